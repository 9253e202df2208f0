//! How one rule is decided, on small rules written here rather than the rule
//! base: the outcomes an undecided rule could still lead to, which inputs
//! decide it and which only refine it, when a rule is in force, the scope
//! that does not matter, and parameter ranges. (Mutation testing found these
//! steps reachable only through rule data; docs/robustness.md.)

mod common;
use common::rules::*;
use common::*;
use jiujiang_engine::rules::program::Program;
use jiujiang_engine::screen::screen_with;
use jiujiang_engine::{Date, Outcome, RuleData};

const A: &str = "foreign_invested";
const B: &str = "site.key_ecological_zone";

#[test]
fn an_undecided_rule_lists_each_possible_outcome_once_and_separates_deciding_from_refining_inputs()
{
    // A prohibits; B allows; otherwise prohibited. With neither known the
    // rule may prohibit or allow: B decides it, A only says which prohibition.
    let cases = [case("PROHIBITED", A), case("ALLOWED", B)].join(",");
    let data = data_with(&rule("", &cases, "PROHIBITED"), "[]");
    let r = screen(&data, &project(&[]), DEFAULT_AS_OF);
    let f = only(&r);
    assert_eq!(f.outcome, Outcome::NeedsInput);
    assert_eq!(f.could_be, vec![Outcome::Prohibited, Outcome::Allowed]);
    assert_eq!(f.missing, vec![B]);
    assert_eq!(f.would_refine, vec![A]);
    // Known B = no: prohibited either way, and A still only refines.
    let r = screen(&data, &project(&[(B, "no")]), DEFAULT_AS_OF);
    let f = only(&r);
    assert_eq!(f.outcome, Outcome::Prohibited);
    assert!(f.missing.is_empty() && f.could_be.is_empty(), "{f:?}");
    assert_eq!(f.would_refine, vec![A]);
}

#[test]
fn a_rule_is_in_force_through_its_last_day_and_not_after() {
    let extra = r#""effective_to": "2024-06-30","#;
    let data = data_with(&rule(extra, "", "PROHIBITED"), "[]");
    let p = project(&[]);
    let last = screen(&data, &p, Date::new(2024, 6, 30));
    assert_eq!(only(&last).outcome, Outcome::Prohibited);
    let after = screen(&data, &p, Date::new(2024, 7, 1));
    assert_eq!(only(&after).outcome, Outcome::NotApplicable);
    assert!(
        only(&after).explanation.en.contains("not in force"),
        "{:?}",
        only(&after).explanation
    );
    let before = screen(&data, &p, Date::new(2019, 12, 31));
    assert_eq!(only(&before).outcome, Outcome::NotApplicable);
}

#[test]
fn an_open_scope_is_said_only_when_it_is_open() {
    // Applies if A; allowed either way: decided, with the caveat that the
    // scope is open and A refining it.
    let extra = format!(r#""applies_if": {{"op": "is", "fact": "{A}"}},"#);
    let data = data_with(&rule(&extra, "", "ALLOWED"), "[]");
    let open = screen(&data, &project(&[]), DEFAULT_AS_OF);
    let f = only(&open);
    assert_eq!(f.outcome, Outcome::Allowed);
    assert_eq!(f.would_refine, vec![A]);
    assert!(
        f.caveats
            .iter()
            .any(|c| c.en.contains("applies is not settled")),
        "{f:?}"
    );
    let known = screen(&data, &project(&[(A, "yes")]), DEFAULT_AS_OF);
    let f = only(&known);
    assert_eq!(f.outcome, Outcome::Allowed);
    assert!(f.would_refine.is_empty(), "{f:?}");
    assert!(
        !f.caveats
            .iter()
            .any(|c| c.en.contains("applies is not settled")),
        "{f:?}"
    );
}

#[test]
fn a_parameter_range_is_shown_only_where_the_values_differ() {
    // Decided PROHIBITED by the fallback; the open branch (also PROHIBITED)
    // names another ratio. Equal values make no range; different ones do.
    let params = |second: f64| {
        format!(
            r#"[{{"id": "T.r1", "title": {TEXT}, "unit": "ratio", "values": [{{"from": "2020-01-01", "value": 1.5, "status": "V1", "citation": {{"document": "d", "status": "V1"}}}}]}},
                {{"id": "T.r2", "title": {TEXT}, "unit": "ratio", "values": [{{"from": "2020-01-01", "value": {second}, "status": "V1", "citation": {{"document": "d", "status": "V1"}}}}]}}]"#
        )
    };
    let cases = format!(
        r#"{{"outcome": "PROHIBITED", "explain": {{"zh": "{{T.r2}}", "en": "{{T.r2}}"}}, "when": {{"op": "is", "fact": "{A}"}}}}"#
    );
    let rules = rule("", &cases, "PROHIBITED").replace(
        r#""otherwise": {"outcome": "PROHIBITED", "explain": {"zh": "说明", "en": "why"}}"#,
        r#""otherwise": {"outcome": "PROHIBITED", "explain": {"zh": "{T.r1}", "en": "{T.r1}"}}"#,
    );
    let differ = data_with(&rules, &params(2.0));
    let r = screen(&differ, &project(&[]), DEFAULT_AS_OF);
    let f = only(&r);
    assert_eq!(f.outcome, Outcome::Prohibited);
    assert_eq!(f.ranges.len(), 1, "{:?}", f.ranges);
    assert_eq!((f.ranges[0].min, f.ranges[0].max), (1.5, 2.0));
    assert_eq!(f.ranges[0].fixed_by, vec![A]);
    let equal = data_with(&rules, &params(1.5));
    let r = screen(&equal, &project(&[]), DEFAULT_AS_OF);
    assert!(only(&r).ranges.is_empty(), "{:?}", only(&r).ranges);
}

#[test]
fn a_class_known_only_as_one_of_two_decides_where_both_lead_alike() {
    // "Neither restricted nor eliminated": encouraged or permitted.
    let rule_in = |values: &str| {
        let cases = format!(
            r#"{{"outcome": "PROHIBITED", "explain": {TEXT}, "when": {{"op": "in", "fact": "catalogue.class", "values": {values}}}}}"#
        );
        data_with(&rule("", &cases, "ALLOWED"), "[]")
    };
    let p = project(&[("catalogue.not_restricted", "yes")]);
    let both = rule_in(r#"["encouraged", "permitted", "restricted"]"#);
    assert_eq!(
        only(&screen(&both, &p, DEFAULT_AS_OF)).outcome,
        Outcome::Prohibited
    );
    let neither = rule_in(r#"["restricted", "eliminated"]"#);
    assert_eq!(
        only(&screen(&neither, &p, DEFAULT_AS_OF)).outcome,
        Outcome::Allowed
    );
    let one = rule_in(r#"["permitted"]"#);
    let r = screen(&one, &p, DEFAULT_AS_OF);
    assert_eq!(only(&r).outcome, Outcome::NeedsInput);
    assert_eq!(only(&r).missing, vec!["catalogue.class"]);
}

#[test]
fn each_threshold_a_rule_compares_is_listed_once_with_its_value() {
    // YRB-01-like: the same band against two distances, then a second band.
    let params = format!(
        r#"[{{"id": "T.band", "title": {TEXT}, "unit": "m", "values": [{{"from": "2020-01-01", "value": 1000, "status": "V1", "citation": {{"document": "d", "status": "V1"}}}}]}},
            {{"id": "T.edge", "title": {TEXT}, "unit": "m", "values": [{{"from": "2021-05-01", "value": 1500, "status": "V1", "citation": {{"document": "d", "status": "V1"}}}}]}}]"#
    );
    let when = r#"{"op": "any", "of": [
        {"op": "lt", "fact": "site.dist_yangtze_mainstream_m", "param": "T.band"},
        {"op": "lt", "fact": "site.dist_important_tributary_m", "param": "T.band"},
        {"op": "lt", "fact": "site.dist_poyang_lake_m", "param": "T.edge"}]}"#;
    let cases = format!(r#"{{"outcome": "PROHIBITED", "explain": {TEXT}, "when": {when}}}"#);
    let data = data_with(&rule("", &cases, "ALLOWED"), &params);
    let p = project(&[
        ("site.dist_yangtze_mainstream_m", "3000"),
        ("site.dist_important_tributary_m", "4000"),
        ("site.dist_poyang_lake_m", "5000"),
    ]);
    let r = screen(&data, &p, DEFAULT_AS_OF);
    let f = only(&r);
    assert_eq!(f.outcome, Outcome::Allowed);
    let listed: Vec<(&str, f64, Date)> = f
        .thresholds
        .iter()
        .map(|t| (t.param, t.value, t.from))
        .collect();
    assert_eq!(
        listed,
        vec![
            ("T.band", 1000.0, Date::new(2020, 1, 1)),
            ("T.edge", 1500.0, Date::new(2021, 5, 1))
        ]
    );
}

#[test]
fn different_notes_of_one_screening_are_each_worded() {
    // The chemical lead: C2614 lies outside several unverified sector
    // mappings, each its own note on YRB-13, worded once per screening.
    let lead = engine()
        .project_from_json(include_str!("../../../examples/leads/chemical.json"))
        .unwrap();
    let r = engine().screen(&lead, DEFAULT_AS_OF);
    let f = r.findings.iter().find(|f| f.rule_id == "YRB-13").unwrap();
    let outside: Vec<&str> = (f.caveats.iter())
        .map(|c| c.en.as_str())
        .filter(|c| c.contains("is outside this tool's") || c.contains("by its GB/T 4754 title"))
        .collect();
    assert!(outside.len() >= 2, "{outside:?}");
    for (i, c) in outside.iter().enumerate() {
        assert!(!outside[..i].contains(c), "repeated: {c}");
    }
}

#[test]
fn the_verdict_path_reads_flags_and_given_facts_as_the_report_does() {
    use jiujiang_engine::screen::verdicts_with;
    let flag = |value: u8| {
        format!(
            r#"[{{"id": "T.flag", "title": {TEXT}, "unit": "flag", "values": [{{"from": "2020-01-01", "value": {value}, "status": "V1", "citation": {{"document": "d", "status": "V1"}}}}]}}]"#
        )
    };
    let cases = format!(
        r#"{{"outcome": "PROHIBITED", "explain": {TEXT}, "when": {{"op": "flag", "param": "T.flag"}}}},
           {{"outcome": "CONDITIONAL", "explain": {TEXT}, "when": {{"op": "given", "fact": "{A}"}}}}"#
    );
    let p_none = project(&[]);
    let p_given = project(&[(A, "no")]);
    for (value, p, expected) in [
        (1, &p_none, Outcome::Prohibited),
        (0, &p_none, Outcome::Allowed),
        (0, &p_given, Outcome::Conditional),
    ] {
        let data = data_with(&rule("", &cases, "ALLOWED"), &flag(value));
        let program = Program::new(&data);
        let fast = verdicts_with(&data, &program, Default::default(), p, DEFAULT_AS_OF);
        let full = screen(&data, p, DEFAULT_AS_OF);
        assert_eq!(fast.outcomes, vec![expected], "flag {value}");
        assert_eq!(only(&full).outcome, expected, "flag {value}");
    }
}

#[test]
fn a_finding_decided_by_either_of_two_reasons_is_as_sure_as_the_surer() {
    // Two distances each under their band: the any is decided by both; one
    // band is C, the other V2, so the finding is V2 (the rule itself is V1).
    let param = |id: &str, status: &str| {
        format!(
            r#"{{"id": "{id}", "title": {TEXT}, "unit": "m", "values": [{{"from": "2020-01-01", "value": 1000, "status": "{status}", "citation": {{"document": "d", "status": "{status}"}}}}]}}"#
        )
    };
    let params = format!("[{}, {}]", param("T.c", "C"), param("T.v2", "V2"));
    let when = r#"{"op": "any", "of": [
        {"op": "lt", "fact": "site.dist_yangtze_mainstream_m", "param": "T.c"},
        {"op": "lt", "fact": "site.dist_important_tributary_m", "param": "T.v2"}]}"#;
    let cases = format!(r#"{{"outcome": "PROHIBITED", "explain": {TEXT}, "when": {when}}}"#);
    let data = data_with(&rule("", &cases, "ALLOWED"), &params);
    let p = project(&[
        ("site.dist_yangtze_mainstream_m", "300"),
        ("site.dist_important_tributary_m", "400"),
    ]);
    let r = screen(&data, &p, DEFAULT_AS_OF);
    assert_eq!(only(&r).outcome, Outcome::Prohibited);
    assert_eq!(only(&r).status, jiujiang_engine::Status::V2);
    // Only the C reason holds: the finding is C.
    let p = project(&[
        ("site.dist_yangtze_mainstream_m", "300"),
        ("site.dist_important_tributary_m", "4000"),
    ]);
    let r = screen(&data, &p, DEFAULT_AS_OF);
    assert_eq!(only(&r).status, jiujiang_engine::Status::C);
}

#[test]
fn an_energy_total_known_only_as_a_range_is_written_as_the_range() {
    // 8,000 tce stated without its basis: the primary-equivalent total lies in
    // a range, and the two-high finding says which.
    let p = project(&[
        ("industry_code", "C2614"),
        ("action", "new"),
        ("site.chemical_park", "pengze-jishan"),
        ("energy.stated_total_tce", "8000"),
    ]);
    let r = engine().screen(&p, DEFAULT_AS_OF);
    let f = r.findings.iter().find(|f| f.rule_id == "HEHE-01").unwrap();
    let text = &f.explanation.en;
    assert!(text.contains("8,000–") || text.contains("–8,000"), "{text}");
    assert!(!text.contains('{') && !text.contains('?'), "{text}");
}

#[test]
fn a_stated_class_or_reach_is_used_over_what_would_be_inferred() {
    let in_rule = |fact: &str, value: &str| {
        let cases = format!(
            r#"{{"outcome": "PROHIBITED", "explain": {TEXT}, "when": {{"op": "in", "fact": "{fact}", "values": ["{value}"]}}}}"#
        );
        data_with(&rule("", &cases, "ALLOWED"), "[]")
    };
    // The class as stated, not inferred from "neither restricted nor eliminated".
    let class = in_rule("catalogue.class", "restricted");
    let p = project(&[("catalogue.class", "restricted")]);
    assert_eq!(
        only(&screen(&class, &p, DEFAULT_AS_OF)).outcome,
        Outcome::Prohibited
    );
    // A site in the city (middle reach by its county) with the lower reach
    // stated: the statement decides; without it, the county does.
    let reach = in_rule("site.yangtze_reach", "lower");
    let site = [
        ("site.location", "116.00, 29.69"),
        ("site.location_datum", "wgs84"),
    ];
    let stated = project(&[site[0], site[1], ("site.yangtze_reach", "lower")]);
    assert_eq!(
        only(&screen(&reach, &stated, DEFAULT_AS_OF)).outcome,
        Outcome::Prohibited
    );
    let inferred = project(&site);
    assert_eq!(
        only(&screen(&reach, &inferred, DEFAULT_AS_OF)).outcome,
        Outcome::Allowed
    );
}

#[test]
fn a_finding_lists_the_inputs_it_read_with_their_values() {
    let p = project(&[
        ("industry_code", "C2614"),
        ("action", "new"),
        ("site.dist_yangtze_mainstream_m", "850"),
    ]);
    let r = engine().screen(&p, DEFAULT_AS_OF);
    let f = r.findings.iter().find(|f| f.rule_id == "YRB-01").unwrap();
    assert_eq!(f.outcome, Outcome::Prohibited);
    let distance = f
        .inputs
        .iter()
        .find(|i| i.field == "site.dist_yangtze_mainstream_m");
    assert_eq!(
        distance.map(|i| i.text()).as_deref(),
        Some("850"),
        "{:?}",
        f.inputs
    );
    assert!(
        f.inputs.iter().any(|i| i.field == "industry_code"),
        "{:?}",
        f.inputs
    );
}

#[test]
fn a_sector_mapping_below_v2_is_flagged_and_one_at_v2_is_not() {
    let cases = format!(
        r#"{{"outcome": "PROHIBITED", "explain": {TEXT}, "when": {{"op": "is", "fact": "sector.shipbuilding"}}}}"#
    );
    let caveats = |status: jiujiang_engine::Status, code: &str| -> Vec<String> {
        let mut data = data_with(&rule("", &cases, "ALLOWED"), "[]");
        let s = data
            .sectors
            .iter_mut()
            .find(|s| s.id == "shipbuilding")
            .unwrap();
        s.members.iter_mut().for_each(|m| m.status = status);
        // The mapping's own "no" only (the data's reasoned one aside).
        (s.outside_status, s.outside_note) = (None, None);
        let p = project(&[("industry_code", code)]);
        let r = screen(&data, &p, DEFAULT_AS_OF);
        only(&r).caveats.iter().map(|c| c.en.to_string()).collect()
    };
    use jiujiang_engine::Status::{C, V2};
    // C3731 (ships) is in; I6513 (software) is out.
    let inside_c = caveats(C, "C3731");
    assert!(
        inside_c
            .iter()
            .any(|c| c.contains("counted under shipbuilding")),
        "{inside_c:?}"
    );
    assert!(caveats(V2, "C3731")
        .iter()
        .all(|c| !c.contains("counted as")));
    let outside_c = caveats(C, "I6513");
    assert!(
        outside_c
            .iter()
            .any(|c| c.contains("outside this tool's shipbuilding mapping")),
        "{outside_c:?}"
    );
    assert!(caveats(V2, "I6513")
        .iter()
        .all(|c| !c.contains("outside this tool's")));
}

#[test]
fn park_action_and_capacity_facts_list_their_inputs() {
    let p = project(&[
        ("industry_code", "C2614"),
        ("action", "new"),
        ("site.chemical_park", "pengze-jishan"),
    ]);
    let r = engine().screen(&p, DEFAULT_AS_OF);
    let inputs_of = |id: &str| -> Vec<&str> {
        let f = r.findings.iter().find(|f| f.rule_id == id).unwrap();
        f.inputs.iter().map(|i| i.field).collect()
    };
    let chp = inputs_of("CHP-01");
    assert!(
        chp.contains(&"site.chemical_park") && chp.contains(&"action"),
        "{chp:?}"
    );
    let steel = project(&[
        ("industry_code", "C3110"),
        ("action", "new"),
        ("capacity.new_t", "1000000"),
        ("capacity.offered_t", "1500000"),
    ]);
    let r = engine().screen(&steel, DEFAULT_AS_OF);
    let cap: Vec<&str> = (r
        .findings
        .iter()
        .find(|f| f.rule_id == "CAP-01")
        .unwrap()
        .inputs
        .iter())
    .map(|i| i.field)
    .collect();
    assert!(
        cap.contains(&"action") && cap.contains(&"industry_code"),
        "{cap:?}"
    );
}

#[test]
fn a_park_counts_only_from_the_day_it_was_recognised() {
    let p = project(&[
        ("industry_code", "C2614"),
        ("action", "new"),
        ("site.chemical_park", "pengze-jishan"),
    ]);
    let park = engine()
        .data
        .parks
        .iter()
        .find(|p| p.id == "pengze-jishan")
        .unwrap();
    let from = park.recognised_from;
    let cases = format!(
        r#"{{"outcome": "PROHIBITED", "explain": {TEXT}, "when": {{"op": "in", "fact": "site.chemical_park_status", "values": ["not_recognised"]}}}}"#
    );
    let data = data_with(&rule("", &cases, "ALLOWED"), "[]");
    let outcome = |d: Date| only(&screen(&data, &p, d)).outcome;
    let day_before = Date::from_days(from.to_days() - 1);
    assert_eq!(outcome(from), Outcome::Allowed);
    assert_eq!(outcome(day_before), Outcome::Prohibited);
}

#[test]
fn a_program_built_for_other_rule_data_is_not_trusted() {
    use jiujiang_engine::screen::verdicts_with;
    let data = data_with(&rule("", &case("PROHIBITED", A), "ALLOWED"), "[]");
    let other = Program::new(&engine().data);
    let p = project(&[(A, "yes")]);
    let r = screen_with(&data, &other, Default::default(), &p, DEFAULT_AS_OF);
    assert_eq!(only(&r).outcome, Outcome::Prohibited);
    let v = verdicts_with(&data, &other, Default::default(), &p, DEFAULT_AS_OF);
    assert_eq!(v.outcomes, vec![Outcome::Prohibited]);
}

/// The fields a one-rule screening lists under "inputs used", for a rule
/// that prohibits when `when` holds.
fn inputs_for(data: &RuleData, fields: &[(&str, &str)]) -> (Outcome, Vec<&'static str>) {
    let r = screen(data, &project(fields), DEFAULT_AS_OF);
    let f = only(&r);
    (f.outcome, f.inputs.iter().map(|i| i.field).collect())
}

fn rule_when(when: &str) -> String {
    let cases = format!(r#"{{"outcome": "PROHIBITED", "explain": {TEXT}, "when": {when}}}"#);
    rule("", &cases, "ALLOWED")
}

#[test]
fn derived_facts_list_the_inputs_they_read_even_when_they_cannot_decide() {
    // A technical upgrade is an expansion or a renovation by whether it adds
    // capacity: with that unanswered, the type of project was still read.
    let kind = data_with(
        &rule_when(r#"{"op": "in", "fact": "action.kind", "values": ["expansion"]}"#),
        "[]",
    );
    let (outcome, inputs) = inputs_for(&kind, &[("action", "tech_upgrade")]);
    assert_eq!((outcome, inputs), (Outcome::NeedsInput, vec!["action"]));
    let (outcome, inputs) = inputs_for(
        &kind,
        &[("action", "tech_upgrade"), ("adds_capacity", "yes")],
    );
    assert_eq!(
        (outcome, inputs),
        (Outcome::Prohibited, vec!["action", "adds_capacity"])
    );

    // The offered capacity ratio reads both capacities, also when the new
    // capacity is zero and the ratio cannot be formed.
    let ratio_param = format!(
        r#"[{{"id": "T.r1", "title": {TEXT}, "unit": "ratio", "values": [{{"from": "2020-01-01", "value": 1.5, "status": "V1", "citation": {{"document": "d", "status": "V1"}}}}]}}]"#
    );
    let ratio = data_with(
        &rule_when(r#"{"op": "lt", "fact": "capacity.offered_ratio", "param": "T.r1"}"#),
        &ratio_param,
    );
    let both = vec!["capacity.new_t", "capacity.offered_t"];
    let fields = |new: &'static str| [("capacity.new_t", new), ("capacity.offered_t", "100")];
    assert_eq!(
        inputs_for(&ratio, &fields("100")),
        (Outcome::Prohibited, both.clone())
    );
    assert_eq!(
        inputs_for(&ratio, &fields("50")),
        (Outcome::Allowed, both.clone())
    );
    assert_eq!(
        inputs_for(&ratio, &fields("0")),
        (Outcome::NeedsInput, both)
    );

    // A 大类 broader than a member class of the sector cannot say whether
    // the project is in it, but the code was read.
    let sector = data_with(
        &rule_when(r#"{"op": "is", "fact": "sector.chemical"}"#),
        "[]",
    );
    assert_eq!(
        inputs_for(&sector, &[("industry_code", "C27")]),
        (Outcome::NeedsInput, vec!["industry_code"])
    );

    // A park that the data no longer lists: its status is unknown, and the
    // park named was read.
    let mut park = data_with(
        &rule_when(
            r#"{"op": "in", "fact": "site.chemical_park_status", "values": ["recognised"]}"#,
        ),
        "[]",
    );
    let (p, errors) = engine().parse_fields([("site.chemical_park", "hukou-hitech")]);
    assert!(errors.is_empty(), "{errors:?}");
    park.parks.retain(|p| p.id != "hukou-hitech");
    let r = screen(&park, &p, DEFAULT_AS_OF);
    let f = only(&r);
    assert_eq!(f.outcome, Outcome::NeedsInput);
    assert_eq!(
        f.inputs.iter().map(|i| i.field).collect::<Vec<_>>(),
        vec!["site.chemical_park"]
    );
}

/// The "as of" date is flagged where the verdict cannot be read plainly:
/// before every rule of the base (nothing to screen with), before some of
/// them, after today; and not for a date within the base's span.
#[test]
fn a_date_outside_what_the_base_knows_is_flagged() {
    use jiujiang_engine::screen::date_caveat;
    let data = &engine().data;
    let today = Date::new(2026, 12, 4);
    let first = (data.rules.iter().map(|r| r.effective_from)).min().unwrap();
    let last = (data.rules.iter().map(|r| r.effective_from)).max().unwrap();
    let before_all = date_caveat(data, Date::new(1990, 1, 1), today).unwrap();
    assert!(
        before_all.en.contains("cannot screen for that date"),
        "{before_all:?}"
    );
    assert!(before_all.zh.contains("无法对该日期作出预审"));
    // The day the first rule starts: every other rule is still to come.
    let some = date_caveat(data, first, today).unwrap();
    let later = data
        .rules
        .iter()
        .filter(|r| r.effective_from > first)
        .count();
    assert!(
        some.en
            .contains(&format!("{later} of the {}", data.rules.len())),
        "{some:?}"
    );
    // Most of the base still to come: said to be no sound screening.
    assert!(later * 2 > data.rules.len());
    assert!(
        some.en.contains("cannot give a sound screening"),
        "{some:?}"
    );
    assert_eq!(date_caveat(data, last, today), None);
    // The day before the last rule starts, one rule is still to come (the
    // as-of audit read "1 of the 41 rules ... were").
    let eve = Date::from_days(last.to_days() - 1);
    let one = (data.rules.iter())
        .filter(|r| r.effective_from > eve)
        .count();
    assert_eq!(one, 1, "the last rule's day is its own");
    let said = date_caveat(data, eve, today).unwrap();
    assert!(
        said.en.contains("1 of the") && said.en.contains(" was not yet"),
        "{said:?}"
    );
    assert_eq!(date_caveat(data, today, today), None);
    let future = date_caveat(data, Date::new(2030, 1, 1), today).unwrap();
    assert!(future.en.contains("after today"));
    // A rule announced for a later day does not flag today.
    let mut announced = data.clone();
    announced.rules[0].effective_from = Date::new(2027, 6, 1);
    assert_eq!(date_caveat(&announced, today, today), None);
    // And the report itself treats the rules not yet in force as such.
    let p = engine()
        .parse_fields([
            ("industry_code", "C2614"),
            ("action", "new"),
            ("site.dist_yangtze_mainstream_m", "500"),
        ])
        .0;
    let r = engine().screen(&p, Date::new(1990, 1, 1));
    assert!(r
        .findings
        .iter()
        .all(|f| f.outcome == jiujiang_engine::Outcome::NotApplicable));
}

/// Before a rule's first day the base holds no earlier text, which is not
/// to say none applied: the finding is graded [U] and a verdict resting on
/// it says it could be worse (an as-of audit saw a nature reserve's core
/// zone allowed in 2018, under a regulation in force since 1994).
#[test]
fn a_rule_not_yet_in_force_is_no_sign_the_project_was_allowed() {
    // Complete, so the verdict is decided (the audit's warehouse).
    let p = engine()
        .project_from_json(
            r#"{"schema_version":1,"industry_code":"G5920","action":"new","site":{"nature_reserve_zone":"core","drinking_water_zone":"none","germplasm_reserve":false,"national_wetland_park":false,"scenic_core_area":false,"shoreline_zone":"none","zoning_check":"allowed","dist_yangtze_mainstream_m":9000,"dist_important_tributary_m":">5000","dist_other_tributary_m":">5000","dist_poyang_lake_m":12000,"distance_reference":"management_line","in_compliant_park":false,"key_ecological_zone":false},"facilities":[],"foreign_invested":false,"impact":{"discharges_pollutants":false,"polluting_production":false,"severe_water_polluter":false,"water_supply_project":false,"shoreline_exception":false},"catalogue":{"class":"permitted","market_access":"not_listed","efficiency":"no_benchmark"},"capacity":{"product":"none"},"energy":{"stated_total_tce":400,"stated_basis":"calorific","electricity_10k_kwh":300},"transfer_origin":"none"}"#,
        )
        .unwrap();
    let before = engine().screen(&p, Date::new(2018, 12, 31));
    assert_eq!(before.overall, jiujiang_engine::Outcome::Allowed);
    let yrb04 = (before.findings.iter())
        .find(|f| f.rule_id == "YRB-04")
        .unwrap();
    assert_eq!(yrb04.outcome, jiujiang_engine::Outcome::NotApplicable);
    assert_eq!(yrb04.status, jiujiang_engine::Status::U);
    assert!(
        before.resting_on_unverified.contains(&"YRB-04"),
        "{:?}",
        before.resting_on_unverified
    );
    // From its first day it decides, on its own grade.
    let after = engine().screen(&p, Date::new(2019, 1, 1));
    assert_eq!(after.overall, jiujiang_engine::Outcome::Prohibited);
    assert!(!after.resting_on_unverified.contains(&"YRB-04"));
}

/// "Which rules concern this industry?": the chemical class keeps the
/// chemical 1 km ban and loses the steel capacity rule; software keeps
/// neither; a code that is none gives nothing to list.
#[test]
fn the_rules_an_industry_can_meet_are_those_its_code_does_not_rule_out() {
    let e = engine();
    let as_of = Date::new(2026, 11, 23);
    let chem = e.rules_for_industry("C2614", as_of).unwrap();
    let soft = e.rules_for_industry("2614", as_of).unwrap();
    assert_eq!(chem, soft, "with or without the section letter");
    assert!(chem.contains(&"YRB-01"), "{chem:?}");
    assert!(!chem.contains(&"CAP-01"), "{chem:?}");
    let steel = e.rules_for_industry("C3120", as_of).unwrap();
    assert!(
        steel.contains(&"CAP-01") && !steel.contains(&"YRB-01"),
        "{steel:?}"
    );
    let software = e.rules_for_industry("I6511", as_of).unwrap();
    assert!(
        !software.contains(&"YRB-01") && !software.contains(&"CAP-01"),
        "{software:?}"
    );
    assert!(software.len() < chem.len());
    assert_eq!(e.rules_for_industry("X9999", as_of), None);
}

/// A source published after the as-of day is not cited for it: the 2020
/// draft and the 2023 Jiangxi notice behind CAP-02 were listed for a 2019
/// flat-glass line (an as-of audit).
#[test]
fn a_source_not_yet_published_is_not_cited() {
    let p = engine()
        .parse_fields([
            ("industry_code", "C3041"),
            ("action", "new"),
            ("capacity.product", "flat_glass"),
            ("capacity.new_t", "100000"),
        ])
        .0;
    let cited = |as_of: Date| -> Vec<String> {
        let r = engine().screen(&p, as_of);
        let f = (r.findings.iter()).find(|f| f.rule_id == "CAP-02").unwrap();
        f.citations.iter().map(|c| c.document.clone()).collect()
    };
    let early = cited(Date::new(2019, 6, 1));
    assert!(
        !early
            .iter()
            .any(|d| d.contains("征求意见稿") || d.contains("2023-10-19")),
        "{early:?}"
    );
    let late = cited(Date::new(2024, 1, 1));
    assert!(late.iter().any(|d| d.contains("2023-10-19")), "{late:?}");
}
