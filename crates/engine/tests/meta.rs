//! Meta-tests over the rule base: provenance, dates, references and golden
//! coverage for every rule (publicodes-aides-velo style).

mod common;
use common::*;
use jiujiang_engine::data_types::Cond;
use jiujiang_engine::project::industry::Level;
use jiujiang_engine::rules::facts::{fact_kind, FactKind};
use jiujiang_engine::screen::param_in_force;
use jiujiang_engine::{Outcome, Status};
use std::collections::HashSet;

fn catalogue_ids() -> Vec<String> {
    std::fs::read_to_string(data_dir().join("catalogue-ids.txt"))
        .unwrap()
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| l.trim().to_string())
        .collect()
}

#[test]
fn catalogue_id_list_matches_the_catalogue_when_present() {
    let path = data_dir().join("../../shared/regulation/catalogue.md");
    let Ok(text) = std::fs::read_to_string(&path) else {
        println!("shared catalogue not beside the repository; checked the snapshot only");
        return;
    };
    let in_catalogue: Vec<String> = text
        .lines()
        .filter_map(|l| l.strip_prefix("### "))
        .filter_map(|l| l.split_whitespace().next())
        .filter(|id| id.contains('-') && id.chars().last().is_some_and(|c| c.is_ascii_digit()))
        .map(str::to_string)
        .collect();
    assert_eq!(
        catalogue_ids(),
        in_catalogue,
        "data/catalogue-ids.txt is stale"
    );
}

#[test]
fn every_rule_is_a_catalogue_rule_with_unique_id() {
    let ids = catalogue_ids();
    let mut seen = HashSet::new();
    for r in &engine().data.rules {
        assert!(ids.contains(&r.id), "{} is not a catalogue ID", r.id);
        assert!(seen.insert(&r.id), "duplicate rule ID {}", r.id);
    }
}

#[test]
fn every_rule_has_provenance_and_dates() {
    // Nothing can have been verified after the data was released (the date
    // in data/VERSION).
    let today =
        jiujiang_engine::Date::parse(&engine().data.data_version[..10]).expect("VERSION date");
    for r in &engine().data.rules {
        assert!(!r.citations.is_empty(), "{}: no citation", r.id);
        for c in &r.citations {
            assert!(
                !c.document.trim().is_empty(),
                "{}: citation without document",
                r.id
            );
        }
        // The rule cannot claim more certainty than its best source.
        let best = r.citations.iter().map(|c| c.status).max().unwrap();
        assert!(
            r.status <= best,
            "{}: status {:?} above its citations ({best:?})",
            r.id,
            r.status
        );
        assert!(
            r.last_verified <= today,
            "{}: last_verified in the future",
            r.id
        );
        if let Some(to) = r.effective_to {
            assert!(to >= r.effective_from, "{}: ends before it starts", r.id);
        }
        for t in [&r.title, &r.not_applicable, &r.otherwise.explain] {
            assert!(
                !t.zh.is_empty() && !t.en.is_empty(),
                "{}: text missing a language",
                r.id
            );
        }
        for c in &r.cases {
            assert!(
                !c.explain.zh.is_empty() && !c.explain.en.is_empty(),
                "{}: case text",
                r.id
            );
            // What a review may find, only on a branch that asks for one.
            assert!(
                c.may_find.is_empty() || c.outcome == Outcome::RequiresReview,
                "{}: may_find on a {:?} branch",
                r.id,
                c.outcome
            );
            if c.status.is_some_and(|s| s < Status::V2) {
                assert!(
                    c.caveat.is_some(),
                    "{}: a weak branch must say what to confirm",
                    r.id
                );
            }
        }
        for q in &r.open_questions {
            assert!(
                engine().question(q).is_some(),
                "{}: unknown open question {q}",
                r.id
            );
        }
    }
}

/// A rule that says why each part of its scope leaves it out has a scope
/// of that many parts, all of which must hold, a text for each in both
/// languages, and a golden case of its own not-applicable outcome that
/// says each reason.
#[test]
fn not_applicable_parts_match_the_scope() {
    let e = engine();
    let cases = load_cases();
    let with_parts: Vec<_> = (e.data.rules.iter())
        .filter(|r| !r.not_applicable_parts.is_empty())
        .collect();
    // Not vacuous: YRB-01 gives its reasons by part.
    assert!(with_parts.iter().any(|r| r.id == "YRB-01"));
    for r in with_parts {
        let Some(Cond::All { of }) = &r.applies_if else {
            panic!("{}: reasons by part need a scope of op = \"all\"", r.id);
        };
        assert_eq!(of.len(), r.not_applicable_parts.len(), "{}", r.id);
        let explains: Vec<&str> = (cases.iter())
            .filter(|(_, c)| c.rule == r.id && c.expect == Outcome::NotApplicable)
            .filter_map(|(_, c)| c.explains.as_deref())
            .collect();
        for part in &r.not_applicable_parts {
            assert!(
                !part.zh.trim().is_empty() && !part.en.trim().is_empty(),
                "{}",
                r.id
            );
            assert!(
                explains.iter().any(|x| x.len() > 15 && part.en.contains(x)),
                "{}: no not-applicable case says {:?}",
                r.id,
                part.en
            );
        }
    }
}

fn walk<'a>(c: &'a Cond, out: &mut Vec<&'a Cond>) {
    out.push(c);
    match c {
        Cond::All { of } | Cond::Any { of } => of.iter().for_each(|x| walk(x, out)),
        Cond::Not { of } => walk(of, out),
        _ => {}
    }
}

/// The parameters `c` compares with or tests, each with the first day it
/// can be needed from `from` on. The parts of an `all` led by a flag are
/// needed only from the day that flag is first set: before it the `all` is
/// false whatever they say (EN-01's coal test, new in 2025).
fn params_needed<'a>(
    c: &'a Cond,
    from: jiujiang_engine::Date,
    data: &jiujiang_engine::RuleData,
    out: &mut Vec<(&'a str, jiujiang_engine::Date)>,
) {
    match c {
        Cond::All { of } => {
            let mut rest_from = from;
            if let Some(Cond::Flag { param }) = of.first() {
                let flag = data.params.iter().find(|p| &p.id == param);
                let set = flag.and_then(|p| {
                    (p.values.iter())
                        .filter(|v| v.value != 0.0)
                        .map(|v| v.from)
                        .min()
                });
                if let Some(set) = set {
                    rest_from = rest_from.max(set);
                }
            }
            for (i, part) in of.iter().enumerate() {
                params_needed(part, if i == 0 { from } else { rest_from }, data, out);
            }
        }
        Cond::Any { of } => of.iter().for_each(|p| params_needed(p, from, data, out)),
        Cond::Not { of } => params_needed(of, from, data, out),
        Cond::Lt { param, .. }
        | Cond::Le { param, .. }
        | Cond::Gt { param, .. }
        | Cond::Ge { param, .. }
        | Cond::Flag { param } => out.push((param, from)),
        Cond::Is { .. } | Cond::In { .. } | Cond::Given { .. } => {}
    }
}

#[test]
fn every_condition_refers_to_known_facts_and_params_in_force() {
    let data = &engine().data;
    for r in &data.rules {
        let mut conds = Vec::new();
        if let Some(c) = &r.applies_if {
            walk(c, &mut conds);
        }
        r.cases.iter().for_each(|c| walk(&c.when, &mut conds));
        // Every parameter is in force from the day it can be needed: the
        // rule's start, or the day the flag guarding it is first set.
        let mut needed = Vec::new();
        if let Some(c) = &r.applies_if {
            params_needed(c, r.effective_from, data, &mut needed);
        }
        for c in &r.cases {
            params_needed(&c.when, r.effective_from, data, &mut needed);
        }
        for (param, from) in needed {
            let p = data
                .params
                .iter()
                .find(|p| p.id == param)
                .unwrap_or_else(|| panic!("{}: unknown param {param}", r.id));
            assert!(
                param_in_force(p, from).is_some(),
                "{}: {param} not in force on {from}, when it is first needed",
                r.id
            );
        }
        for c in conds {
            match c {
                Cond::Is { fact } => assert_eq!(
                    fact_kind(fact, data),
                    Some(FactKind::Bool),
                    "{}: {fact}",
                    r.id
                ),
                Cond::In { fact, values } => match fact_kind(fact, data) {
                    Some(FactKind::Sym(allowed)) => {
                        for v in values {
                            assert!(
                                allowed.contains(&v.as_str()),
                                "{}: {fact} has no value {v}",
                                r.id
                            )
                        }
                    }
                    other => panic!("{}: {fact} is {other:?}, not symbolic", r.id),
                },
                Cond::Given { fact } => {
                    assert!(fact_kind(fact, data).is_some(), "{}: {fact}", r.id)
                }
                Cond::Lt { fact, .. }
                | Cond::Le { fact, .. }
                | Cond::Gt { fact, .. }
                | Cond::Ge { fact, .. } => {
                    assert_eq!(
                        fact_kind(fact, data),
                        Some(FactKind::Num),
                        "{}: {fact}",
                        r.id
                    );
                }
                Cond::Flag { .. } => {}
                Cond::All { .. } | Cond::Any { .. } | Cond::Not { .. } => {}
            }
        }
    }
}

#[test]
fn templates_name_only_params_and_numeric_facts() {
    let data = &engine().data;
    let check = |rule: &str, t: &jiujiang_engine::Text| {
        for s in [&t.zh, &t.en] {
            let mut rest = s.as_str();
            while let Some(i) = rest.find('{') {
                let end = rest[i..]
                    .find('}')
                    .unwrap_or_else(|| panic!("{rule}: unclosed {{ in {s}"))
                    + i;
                for part in rest[i + 1..end].split('*') {
                    let known = data.params.iter().any(|p| p.id == part)
                        || fact_kind(part, data) == Some(FactKind::Num);
                    assert!(
                        known,
                        "{rule}: {{{part}}} is neither a parameter nor a numeric fact"
                    );
                }
                rest = &rest[end + 1..];
            }
        }
    };
    for r in &data.rules {
        check(&r.id, &r.otherwise.explain);
        r.otherwise.hint.iter().for_each(|h| check(&r.id, h));
        for c in &r.cases {
            check(&r.id, &c.explain);
            c.hint.iter().for_each(|h| check(&r.id, h));
            c.caveat.iter().for_each(|h| check(&r.id, h));
        }
    }
}

#[test]
fn energy_parameters_exist_and_cover_the_energy_rules() {
    let data = &engine().data;
    for id in jiujiang_engine::rules::facts::ENERGY_PARAMS {
        let p = data
            .params
            .iter()
            .find(|p| &p.id == id)
            .unwrap_or_else(|| panic!("missing {id}"));
        for rule in ["HEHE-01", "EN-01", "EN-02"] {
            let start = engine().rule(rule).unwrap().effective_from;
            assert!(
                param_in_force(p, start).is_some(),
                "{id} not in force when {rule} starts"
            );
        }
    }
}

#[test]
fn parks_are_cited_and_unique() {
    let data = &engine().data;
    let mut ids = HashSet::new();
    for p in &data.parks {
        assert!(ids.insert(&p.id), "duplicate park {}", p.id);
        assert!(!p.citations.is_empty(), "{}: no citation", p.id);
        assert!(!jiujiang_engine::Engine::PARK_STATEMENTS.contains(&p.id.as_str()));
    }
}

#[test]
fn every_param_value_is_cited_and_dated_in_order() {
    for p in &engine().data.params {
        assert!(!p.values.is_empty(), "{}: no values", p.id);
        assert!(
            p.values.windows(2).all(|w| w[0].from < w[1].from),
            "{}: values out of date order",
            p.id
        );
        for v in &p.values {
            assert!(v.value.is_finite(), "{}", p.id);
            assert!(
                !v.citation.document.is_empty(),
                "{}: value without citation",
                p.id
            );
        }
    }
}

#[test]
fn every_rule_has_a_firing_and_a_non_firing_golden_case() {
    let cases = load_cases();
    for r in &engine().data.rules {
        let outcomes: Vec<Outcome> = cases
            .iter()
            .filter(|(_, c)| c.rule == r.id)
            .map(|(_, c)| c.expect)
            .collect();
        let fires = outcomes.iter().any(|o| {
            matches!(
                o,
                Outcome::Prohibited
                    | Outcome::RequiresReplacement
                    | Outcome::RequiresReview
                    | Outcome::Conditional
                    | Outcome::Info
            )
        });
        let passes = outcomes
            .iter()
            .any(|o| matches!(o, Outcome::Allowed | Outcome::NotApplicable));
        assert!(
            fires && passes,
            "{}: needs a firing and a non-firing golden case (has {outcomes:?})",
            r.id
        );
    }
    for (file, c) in &cases {
        assert!(
            engine().rule(&c.rule).is_some(),
            "{file}: {} names unknown rule {}",
            c.name,
            c.rule
        );
    }
}

#[test]
fn sector_members_are_real_codes() {
    let e = engine();
    for s in &e.data.sectors {
        for m in &s.members {
            assert!(
                e.industry.get(&m.prefix).is_some(),
                "{}: {} is no GB/T 4754 code",
                s.id,
                m.prefix
            );
        }
    }
}

#[test]
fn industry_table_is_complete() {
    let i = &engine().industry;
    assert_eq!(
        [
            i.count(Level::Section),
            i.count(Level::Division),
            i.count(Level::Group),
            i.count(Level::Class)
        ],
        [20, 97, 473, 1381]
    );
}

/// W4: a source replaced by a new edition is archived with its dates, not
/// deleted. Every dated citation has its dates in order, and every day a rule
/// or an incentive item is in force, at least one of its sources is too (the
/// days checked are where a citation starts or ends).
#[test]
fn dated_citations_cover_their_rule() {
    use jiujiang_engine::{Citation, Date};
    fn check(id: &str, from: Date, to: Option<Date>, cites: &[Citation]) {
        let mut days = vec![from];
        for c in cites {
            if let (Some(a), Some(b)) = (c.from, c.to) {
                assert!(a <= b, "{id}: {} ends before it starts", c.document);
            }
            days.extend(c.from);
            days.extend(c.to.map(|d| Date::from_days(d.to_days() + 1)));
        }
        for day in days {
            if day < from || to.is_some_and(|t| day > t) {
                continue;
            }
            assert!(
                cites.iter().any(|c| c.in_force(day)),
                "{id}: no source in force on {day}"
            );
        }
    }
    let data = &engine().data;
    for r in &data.rules {
        check(&r.id, r.effective_from, r.effective_to, &r.citations);
    }
    for i in &data.incentives {
        check(&i.id, i.effective_from, i.effective_to, &i.citations);
    }
}

/// The documents rule `rule`'s finding cites for a project (JSON) on a day.
fn cited_on(project: &str, rule: &str, day: jiujiang_engine::Date) -> Vec<String> {
    let engine = engine();
    let project = engine.project_from_json(project).unwrap();
    let report = engine.screen(&project, day);
    let f = (report.findings.iter())
        .find(|f| f.rule_id == rule)
        .unwrap();
    f.citations.iter().map(|c| c.document.clone()).collect()
}

/// W4: FDI-02 cites the catalogue edition in force on the screening date.
#[test]
fn fdi_catalogue_edition_follows_the_date() {
    let project = r#"{"schema_version": 1, "industry_code": "C3981", "action": "new", "foreign_invested": true, "catalogue": {"fdi_encouraged": true}}"#;
    let cited = |y, m, d| cited_on(project, "FDI-02", jiujiang_engine::Date::new(y, m, d));
    assert_eq!(cited(2025, 6, 1), ["鼓励外商投资产业目录（2022年版）"]);
    assert_eq!(cited(2026, 1, 31), ["鼓励外商投资产业目录（2022年版）"]);
    assert_eq!(cited(2026, 2, 1), ["鼓励外商投资产业目录（2025年版）"]);
}

/// The Chengdong base plan reports the base's 2022 figures: it is cited from
/// 2023, never for a day before it was written (rules review 2026-12-06).
#[test]
fn the_chengdong_plan_is_not_cited_before_2023() {
    let project = r#"{"schema_version": 1, "industry_code": "C3981", "action": "expansion", "catalogue": {"class": "restricted"}}"#;
    let cites_plan = |y, m, d| {
        (cited_on(project, "IND-02", jiujiang_engine::Date::new(y, m, d)).iter())
            .any(|d| d.contains("城东工业基地"))
    };
    assert!(!cites_plan(2022, 12, 31));
    assert!(cites_plan(2023, 1, 1));
    assert!(!cites_plan(2026, 1, 1));
}

/// The changelog (data/changelog.toml): the newest release is the data
/// version, releases run newest first, every change says what it rests on,
/// and every rule, parameter or item it names exists.
#[test]
fn changelog_names_real_things_and_the_current_version() {
    let data = &engine().data;
    let first = data.changelog.first().expect("a changelog");
    assert_eq!(
        first.version, data.data_version,
        "newest release is not data/VERSION"
    );
    // "2026-12-04.10" follows "2026-12-04.9": the day, then the number.
    let key = |v: &str| {
        let (day, n) = v.rsplit_once('.').unwrap_or((v, "0"));
        (day.to_string(), n.parse::<u32>().unwrap_or(0))
    };
    for pair in data.changelog.windows(2) {
        assert!(
            pair[0].date >= pair[1].date && key(&pair[0].version) > key(&pair[1].version),
            "releases out of order: {} before {}",
            pair[0].version,
            pair[1].version
        );
    }
    let known = |id: &str| {
        data.rules.iter().any(|r| r.id == id)
            || data.params.iter().any(|p| p.id == id)
            || data.incentives.iter().any(|i| i.id == id)
            || (data.packages.iter().flat_map(|p| &p.items)).any(|i| i.id == id)
    };
    for r in &data.changelog {
        for c in r.change.iter().chain(&r.open) {
            assert!(!c.items.is_empty(), "{}: a change without items", r.version);
            assert!(
                !c.text.zh.trim().is_empty() && !c.text.en.trim().is_empty(),
                "{}: {:?} needs both languages",
                r.version,
                c.items
            );
            for id in &c.rules {
                assert!(known(id), "{}: {:?} names unknown {id}", r.version, c.items);
            }
        }
    }
}

/// A sector that asks about its borderline codes names a field that the
/// engine knows a sector fact may read (else a look-ahead would reuse the
/// fact from before the answer): a yes/no field, or a choice whose "in"
/// values are among its choices. It has borderline codes to ask of, and a
/// sector it is joined by is one that asks.
#[test]
fn a_sector_asks_with_a_field_its_facts_may_read() {
    use jiujiang_engine::project::{field, FieldKind};
    use jiujiang_engine::rules::facts::{may_read, SECTOR_ASKED};
    let data = &engine().data;
    let mut asking = 0;
    for s in &data.sectors {
        for id in &s.joined_by {
            let by = (data.sectors.iter()).find(|t| t.id == *id);
            let by = by.unwrap_or_else(|| panic!("{}: joined by no sector {id}", s.id));
            assert!(
                by.asked_by.is_some(),
                "{}: joined by {id}, which asks nothing",
                s.id
            );
            assert!(!s.borderline.is_empty(), "{}: joined for no code", s.id);
            // Its members join this sector only where this one holds the
            // code borderline (`borderline_answered`): a member of neither
            // kind here would be read as outside without a word.
            for m in &by.members {
                let here = |p: &String| m.prefix.starts_with(p.as_str());
                assert!(
                    s.members.iter().any(|x| here(&x.prefix)) || s.borderline.iter().any(here),
                    "{}: {id}'s member {} is neither a member nor borderline here",
                    s.id,
                    m.prefix
                );
            }
        }
        let Some(key) = s.asked_by.as_deref() else {
            assert!(s.asked_values.is_empty(), "{}: values of no field", s.id);
            continue;
        };
        asking += 1;
        assert!(SECTOR_ASKED.contains(&key), "{}: {key}", s.id);
        let f = field(key).unwrap_or_else(|| panic!("{}: no field {key}", s.id));
        match f.kind {
            FieldKind::YesNo => assert!(
                s.asked_values.is_empty() && s.asked_for.is_empty(),
                "{}: {key}",
                s.id
            ),
            FieldKind::Choice(choices) => {
                // Every borderline code has the values that place it in.
                for b in &s.borderline {
                    let own = (s.asked_for.iter()).any(|a| b.starts_with(a.prefix.as_str()));
                    assert!(
                        own || !s.asked_values.is_empty(),
                        "{}: no value of {key} puts {b} in",
                        s.id
                    );
                }
                let values =
                    (s.asked_values.iter()).chain(s.asked_for.iter().flat_map(|a| &a.values));
                for v in values {
                    assert!(
                        choices.iter().any(|c| c.key == v),
                        "{}: {key} has no {v}",
                        s.id
                    );
                }
            }
            _ => panic!("{}: {key} is neither yes/no nor a choice", s.id),
        }
        assert!(may_read(&format!("sector.{}", s.id), key), "{}", s.id);
        assert!(!s.borderline.is_empty(), "{}: asks of no code", s.id);
    }
    assert!(
        asking > 1,
        "fewer than two sectors ask: the test checks little"
    );
}

/// A code's kinds come from its own group: no prefix of `asked_for` is
/// listed twice, and every one lies under or over a borderline code the
/// sector asks about (else its values would never be read).
#[test]
fn per_prefix_answers_are_read_and_unique() {
    let data = &engine().data;
    let mut checked = 0;
    for s in data.sectors.iter().filter(|s| !s.asked_for.is_empty()) {
        let mut seen = std::collections::BTreeSet::new();
        for a in &s.asked_for {
            assert!(seen.insert(&a.prefix), "{}: {} twice", s.id, a.prefix);
            assert!(
                !a.values.is_empty(),
                "{}: {} puts nothing in",
                s.id,
                a.prefix
            );
            let read = (s.borderline.iter())
                .any(|b| b.starts_with(a.prefix.as_str()) || a.prefix.starts_with(b.as_str()));
            assert!(read, "{}: {} is under no borderline code", s.id, a.prefix);
            checked += 1;
        }
    }
    assert!(checked > 5, "too few to check");
}
