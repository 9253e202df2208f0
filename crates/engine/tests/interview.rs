//! The guided interview on the six leads of examples/leads/: answering the
//! top-ranked question truthfully each time reaches a decided verdict within
//! the target (issue 13: median at most 6 questions, at most 10 for any), and
//! the verdict reached is the one the complete project gets.

mod common;
use common::*;
use jiujiang_engine::rules::interview::simulate;
use jiujiang_engine::Project;

fn lead(name: &str) -> (Project, Project) {
    let dir = data_dir().join("../examples/leads");
    let read = |f: String| {
        let text = std::fs::read_to_string(dir.join(&f)).unwrap_or_else(|e| panic!("{f}: {e}"));
        engine()
            .project_from_json(&text)
            .unwrap_or_else(|e| panic!("{f}: {e:?}"))
    };
    (
        read(format!("{name}.json")),
        read(format!("{name}.complete.json")),
    )
}

pub const LEADS: [&str; 6] = [
    "software",
    "electronics",
    "chemical",
    "clinker",
    "logistics",
    "battery",
];

#[test]
fn every_lead_reaches_the_complete_projects_verdict_within_target() {
    let e = engine();
    let mut counts = Vec::new();
    for name in LEADS {
        let (start, truth) = lead(name);
        let (asked, _, report) = simulate(&start, &truth, 40, |p, i| {
            e.screen_for(p, DEFAULT_AS_OF, None, i)
        });
        let full = e.screen(&truth, DEFAULT_AS_OF);
        let ids: Vec<&str> = asked.iter().map(|a| a.id).collect();
        println!(
            "{name}: {} questions {ids:?} -> {:?}",
            asked.len(),
            report.overall
        );
        assert!(report.bounds.decided(), "{name}: undecided after {ids:?}");
        assert_eq!(report.overall, full.overall, "{name}: {ids:?}");
        assert!(
            asked.len() <= 10,
            "{name}: {} questions {ids:?}",
            asked.len()
        );
        // The complete project answers every question asked: no "don't know".
        assert!(asked.iter().all(|a| !a.unknown), "{name}: {ids:?}");
        counts.push(asked.len());
    }
    counts.sort();
    let median = (counts[2] + counts[3]) as f64 / 2.0;
    println!("median {median}, counts {counts:?}");
    assert!(median <= 6.0, "median {median}: {counts:?}");
}

/// A recognised chemical park answers "in a compliant park?": "no" would
/// contradict the park (recognised parks lie in provincial-or-higher zones),
/// so no answer could move the verdict and the question is not asked (an
/// advisor audit, 2026-12-06). The reading is this tool's, so what rests on
/// it is unverified and says why. Without a park it is still asked.
#[test]
fn a_recognised_park_answers_the_compliant_park_question_unverified() {
    let e = engine();
    let today = jiujiang_engine::Date::new(2026, 12, 3);
    let report_of = |fields: &[(&str, &str)]| {
        let (p, errors) = e.parse_fields(fields.iter().copied());
        assert!(errors.is_empty(), "{errors:?}");
        e.screen(&p, today)
    };
    let in_park = report_of(&[
        ("industry_code", "C2614"),
        ("action", "new"),
        ("site.chemical_park", "pengze-jishan"),
    ]);
    assert!(in_park
        .questions
        .iter()
        .all(|q| q.id != "site.in_compliant_park"));
    assert!(in_park
        .missing
        .iter()
        .all(|m| m.field != "site.in_compliant_park"));
    let yrb10 = (in_park.findings.iter())
        .find(|f| f.rule_id == "YRB-10")
        .unwrap();
    assert_eq!(yrb10.outcome, jiujiang_engine::Outcome::Allowed);
    assert_eq!(yrb10.status, jiujiang_engine::Status::U);
    assert!(
        (yrb10.caveats.iter()).any(|c| c.en.contains("taken as in a compliant park")),
        "{:?}",
        yrb10.caveats
    );
    // Said "no" beside the park, it is open again, and asked.
    let contradicted = report_of(&[
        ("industry_code", "C2614"),
        ("action", "new"),
        ("site.chemical_park", "pengze-jishan"),
        ("site.in_compliant_park", "no"),
    ]);
    assert!(contradicted
        .missing
        .iter()
        .any(|m| m.field == "site.in_compliant_park"));
    let no_park = report_of(&[("industry_code", "C2614"), ("action", "new")]);
    assert!(no_park
        .missing
        .iter()
        .any(|m| m.field == "site.in_compliant_park"));
}

/// While the verdict is open, the rule decided at its best bound is named:
/// a new steel line needs replacement whatever else is answered. Once the
/// verdict is decided, or while the best is ALLOWED, there is none.
#[test]
fn the_rule_holding_the_best_bound_is_named_while_open() {
    let e = engine();
    let today = jiujiang_engine::Date::new(2026, 12, 3);
    let report_of = |fields: &[(&str, &str)]| {
        let (p, errors) = e.parse_fields(fields.iter().copied());
        assert!(errors.is_empty(), "{errors:?}");
        e.screen(&p, today)
    };
    let steel = report_of(&[
        ("industry_code", "C3110"),
        ("action", "new"),
        ("capacity.product", "crude_steel"),
        ("capacity.new_t", "1000000"),
    ]);
    assert!(!steel.bounds.decided());
    let f = steel.holding_best().expect("a rule holds the best bound");
    assert_eq!(f.rule_id, "CAP-01");
    assert_eq!(f.outcome, steel.bounds.best);
    let software = report_of(&[("industry_code", "I6513"), ("action", "new")]);
    assert_eq!(software.bounds.best, jiujiang_engine::Outcome::Allowed);
    assert!(software.holding_best().is_none());
}

/// Whether the wharf is in the port plan is asked only once there is a
/// wharf: while the facilities are open they are asked, not their follow-ups.
#[test]
fn a_follow_up_waits_for_the_answer_it_follows() {
    let base = [
        ("industry_code", "C3841"),
        ("action", "new"),
        ("site.dist_yangtze_mainstream_m", "3000"),
    ];
    let open = asked(&base);
    assert!(open.contains(&"facilities"), "{open:?}");
    for follow_up in ["impact.in_port_master_plan", "impact.in_crossing_plan"] {
        assert!(
            !open.contains(&follow_up),
            "{follow_up} before facilities: {open:?}"
        );
    }
    let mut wharf = base.to_vec();
    wharf.push(("facilities", "wharf"));
    let after = asked(&wharf);
    assert!(after.contains(&"impact.in_port_master_plan"), "{after:?}");
    assert!(!after.contains(&"impact.in_crossing_plan"), "{after:?}");
}

/// Every follow-up and its gate are fields of the form, and while a gate is
/// open its follow-ups are not asked: the site's zones for a chemical plant,
/// whether a battery plant's process is chemical for its park, a cement
/// plant's product for where its capacity offered comes from.
#[test]
fn follow_ups_name_fields_and_wait_for_their_gates() {
    use jiujiang_engine::rules::follow_ups::FOLLOW_UPS;
    for (field, gate) in FOLLOW_UPS {
        assert!(jiujiang_engine::project::field(field).is_some(), "{field}");
        assert!(jiujiang_engine::project::field(gate).is_some(), "{gate}");
    }
    for code in ["C2614", "C3841", "C3011", "C3216"] {
        let (p, _) = engine().parse_fields([("industry_code", code), ("action", "new")]);
        let r = engine().screen(&p, DEFAULT_AS_OF);
        let ids: Vec<&str> = r.questions.iter().map(|q| q.id).collect();
        assert!(ids.contains(&"site.protected_areas"), "{ids:?}");
        let open: Vec<&str> = (r.findings.iter())
            .flat_map(|f| f.missing.iter().copied())
            .collect();
        let mut waiting = 0;
        for (field, gate) in FOLLOW_UPS {
            if open.contains(gate) {
                waiting += 1;
                assert!(!ids.contains(field), "{code}: {field}: {ids:?}");
            }
        }
        assert!(waiting > 0, "{code}: no gate open");
    }
    let asked = |code: &str, action: &str| -> Vec<&'static str> {
        let (p, _) = engine().parse_fields([("industry_code", code), ("action", action)]);
        (engine().screen(&p, DEFAULT_AS_OF).questions.iter())
            .map(|q| q.id)
            .collect()
    };
    let ids = asked("C3011", "new");
    assert!(ids.contains(&"capacity.product"), "{ids:?}");
    assert!(!ids.contains(&"capacity.source_cross_province"), "{ids:?}");
    assert!(!ids.contains(&"capacity.offered_t"), "{ids:?}");
    let ids = asked("C3011", "relocation");
    assert!(!ids.contains(&"capacity.planning_relocation"), "{ids:?}");
    // An aluminium plant's power use once it makes electrolytic aluminium.
    let ids = asked("C3216", "new");
    assert!(ids.contains(&"capacity.product"), "{ids:?}");
    assert!(!ids.contains(&"capacity.aluminium_ac_kwh_t"), "{ids:?}");
    let (p, _) = engine().parse_fields([
        ("industry_code", "C3216"),
        ("action", "new"),
        ("capacity.product", "electrolytic_aluminium"),
    ]);
    let ids: Vec<&str> = (engine().screen(&p, DEFAULT_AS_OF).questions.iter())
        .map(|q| q.id)
        .collect();
    assert!(ids.contains(&"capacity.aluminium_ac_kwh_t"), "{ids:?}");
    // The chemical plant's park is asked: its process is not in question.
    let ids = asked("C2614", "new");
    assert!(ids.contains(&"site.chemical_park"), "{ids:?}");
}

/// A chemical plant in a chemical park (the lead of examples/leads/): whether
/// it is in the national layout plan is asked once it is known to be a
/// refinery, ethylene, PX or coal-chemical plant, not before; whether the
/// other water is a river or a lake, once there is one near.
#[test]
fn the_layout_plan_and_the_kind_of_water_wait_for_their_gates() {
    let lead = [
        ("industry_code", "C2614"),
        ("action", "new"),
        ("site.chemical_park", "pengze-jishan"),
        ("site.dist_yangtze_mainstream_m", "2500"),
        ("energy.stated_total_tce", "8000"),
    ];
    let open = asked(&lead);
    assert!(open.contains(&"impact.petrochemical_kind"), "{open:?}");
    assert!(
        !open.contains(&"impact.in_national_layout_plan"),
        "{open:?}"
    );
    assert!(!open.contains(&"site.other_water_kind"), "{open:?}");
    let mut refinery = lead.to_vec();
    refinery.push(("impact.petrochemical_kind", "refinery"));
    let after = asked(&refinery);
    assert!(
        after.contains(&"impact.in_national_layout_plan"),
        "{after:?}"
    );
    let mut near = lead.to_vec();
    near.push(("site.dist_other_tributary_m", "800"));
    let after = asked(&near);
    assert!(after.contains(&"site.other_water_kind"), "{after:?}");
}

/// The ids of the questions a project's report asks, in order.
fn asked(fields: &[(&str, &str)]) -> Vec<&'static str> {
    let r = engine().screen(&valid_project(fields.iter().copied()), DEFAULT_AS_OF);
    r.questions.iter().map(|q| q.id).collect()
}

/// Whether the project may go ahead at all comes first: once a chemical
/// plant's park, lists, facilities and protected areas are answered, the
/// 1 km waters question (it could prohibit) is asked before the energy
/// figures (a review and two-high check), which settle more rules but
/// cannot prohibit (user test, 2026-12-05: the waters came ninth).
#[test]
fn a_question_that_could_prohibit_comes_before_one_that_cannot() {
    let e = engine();
    let answered = [
        ("industry_code", "C2614"),
        ("action", "new"),
        ("site.chemical_park", "pengze-jishan"),
        ("site.in_compliant_park", "yes"),
        ("facilities", "none"),
        ("impact.petrochemical_kind", "none"),
        ("catalogue.efficiency", "meets_benchmark"),
    ];
    let (p, errors) = e.parse_fields(answered);
    assert!(errors.is_empty(), "{errors:?}");
    let report = e.screen(&p, common::DEFAULT_AS_OF);
    let ids: Vec<&str> = report.questions.iter().map(|q| q.id).collect();
    let at = |id: &str| ids.iter().position(|q| *q == id);
    let (waters, energy) = (at("site.waters_5km"), at("energy"));
    assert!(waters.is_some() && energy.is_some(), "{ids:?}");
    assert!(waters < energy, "{ids:?}");
    // Every question that could prohibit precedes every one that cannot,
    // but for those none of whose answers changes anything yet, which come
    // last (below).
    let flags: Vec<bool> = (report.questions.iter())
        .filter(|q| q.weight > 0)
        .map(|q| q.could_prohibit)
        .collect();
    assert!(flags.windows(2).all(|w| w[0] || !w[1]), "{ids:?} {flags:?}");
    // Last: whether it discharges, which YRB-05 reads only beside a
    // drinking-water zone not answered yet; each answer leaves every
    // rule's outcomes as they are (an audit saw it asked next).
    let last = report.questions.last().unwrap();
    assert_eq!(last.id, "impact.discharges_pollutants", "{ids:?}");
    for answer in ["yes", "no"] {
        let (q, _) = e.parse_fields(
            (answered.iter().copied()).chain([("impact.discharges_pollutants", answer)]),
        );
        let after = e.screen(&q, common::DEFAULT_AS_OF);
        for (a, b) in report.findings.iter().zip(&after.findings) {
            assert_eq!((a.rule_id, a.possible), (b.rule_id, b.possible), "{answer}");
        }
    }
}

/// The facilities question names what it asks about: behind "some of them"
/// a user test could not see which facilities were meant.
#[test]
fn the_facilities_question_names_every_facility() {
    let e = engine();
    let (p, errors) = e.parse_fields([("industry_code", "C2614"), ("action", "new")]);
    assert!(errors.is_empty(), "{errors:?}");
    let report = e.screen(&p, DEFAULT_AS_OF);
    let q = (report.questions.iter())
        .find(|q| q.id == "facilities")
        .expect("asked of a new chemical plant");
    for c in jiujiang_engine::project::FACILITIES {
        assert!(q.text.zh.contains(c.label.zh), "{}: {}", c.key, q.text.zh);
        assert!(q.text.en.contains(c.label.en), "{}: {}", c.key, q.text.en);
    }
}

/// What the typed distances were measured to is asked only once one is
/// typed: a user test who knew no distance was asked it, in a heading's
/// words ("Distances measured to").
#[test]
fn the_measuring_line_waits_for_a_typed_distance() {
    let pond = [
        ("industry_code", "B0810"),
        ("action", "new"),
        ("facilities", "tailings_pond"),
    ];
    let open = asked(&pond);
    // The waters within 5 km are asked first, as one question.
    assert!(open.contains(&"site.waters_5km"), "{open:?}");
    assert!(!open.contains(&"site.distance_reference"), "{open:?}");
    let mut near = pond.to_vec();
    near.push(("site.dist_yangtze_mainstream_m", "3100"));
    assert!(asked(&near).contains(&"site.distance_reference"));
}

/// "Some of these" to a group asks its items next, those that could
/// prohibit first: an audit's interview scattered the protected areas'
/// items over fifteen questions, the drinking-water zone's seventeenth.
#[test]
fn a_group_answered_some_of_these_asks_its_items_next() {
    use jiujiang_engine::rules::interview::Interview;
    use jiujiang_engine::rules::questions::composite_of;
    let e = engine();
    let p = valid_project([
        ("industry_code", "C2614"),
        ("action", "new"),
        ("site.chemical_park", "pengze-jishan"),
        ("site.dist_yangtze_mainstream_m", "2500"),
    ]);
    let mut interview = Interview::default();
    let before = e.screen_for(&p, DEFAULT_AS_OF, None, &interview);
    let group = (before.questions.iter())
        .find(|q| q.id == "site.protected_areas")
        .expect("the protected areas are asked");
    interview.some_of(group);
    let after = e.screen_for(&p, DEFAULT_AS_OF, None, &interview);
    let in_group: Vec<bool> = (after.questions.iter())
        .map(|q| composite_of(q.id).is_some_and(|c| c.id == "site.protected_areas"))
        .collect();
    let ids: Vec<&str> = after.questions.iter().map(|q| q.id).collect();
    assert!(in_group.first() == Some(&true), "{ids:?}");
    assert!(
        in_group.windows(2).all(|w| w[0] || !w[1]),
        "the group's items together first: {ids:?}"
    );
    assert!(after.questions[0].could_prohibit, "{ids:?}");
}

/// A distance typed as a bound ("<1000") that cannot decide the 1 km rule
/// is asked for its figure, never inside "is it within 5 km?", whose "no"
/// would contradict it (an audit's interview turned "<1000" into ">5000"
/// and ended "allowed").
#[test]
fn a_bounded_distance_is_asked_for_its_figure_not_in_the_waters_group() {
    let e = engine();
    let p = valid_project([
        ("industry_code", "C2614"),
        ("action", "new"),
        ("site.chemical_park", "lianxi-chemical"),
        ("site.dist_yangtze_mainstream_m", "<1000"),
    ]);
    let report = e.screen(&p, DEFAULT_AS_OF);
    let yangtze = "site.dist_yangtze_mainstream_m";
    let asking: Vec<&str> = (report.questions.iter())
        .filter(|q| q.id == yangtze || q.fields.contains(&yangtze))
        .map(|q| q.id)
        .collect();
    assert_eq!(asking, [yangtze], "{:?}", report.questions);
    // The other waters, unbounded, are still asked as one group.
    let group = (report.questions.iter()).find(|q| q.id == "site.waters_5km");
    assert!(group.is_some_and(|q| !q.fields.contains(&yangtze)));
}

/// A verdict decided on unverified rules alone still names what could
/// reach it on a verified rule: an audit's interview stopped at "prohibited
/// [U]" (a chemical plant in no chemical park) with the 1 km law itself
/// open. A prohibition on a verified rule asks nothing more.
#[test]
fn an_unverified_verdict_lists_what_could_confirm_it() {
    use jiujiang_engine::rules::interview::Interview;
    use jiujiang_engine::{Outcome, Status};
    let e = engine();
    let p = valid_project([
        ("industry_code", "C2614"),
        ("action", "new"),
        ("site.chemical_park", "none"),
        ("site.in_compliant_park", "yes"),
    ]);
    let report = e.screen(&p, DEFAULT_AS_OF);
    assert!(report.bounds.decided() && report.overall == Outcome::Prohibited);
    assert_eq!(report.overall_status, Some(Status::U));
    assert!(report.questions.is_empty());
    let confirming = report.confirming(&e.data, &[]);
    let ids: Vec<&str> = confirming.iter().map(|q| q.id).collect();
    assert!(ids.contains(&"site.waters_5km"), "{ids:?}");
    assert!(confirming.iter().all(|q| q.worst == Outcome::Prohibited));
    // Not the compliant-park question: its "no" prohibits only on YRB-10's
    // unverified branch, so it could confirm nothing (a review).
    assert!(!ids.contains(&"site.in_compliant_park"), "{ids:?}");
    // The interview goes on with them.
    let interview = Interview::default();
    assert!(interview.next(&report).is_none());
    let next = interview.confirming(&report, &e.data);
    assert_eq!(next.first().map(|q| q.id), ids.first().copied());
    // Prohibited by the 1 km law itself: nothing is left to confirm.
    let p = valid_project([
        ("industry_code", "C2614"),
        ("action", "new"),
        ("site.chemical_park", "none"),
        ("site.in_compliant_park", "yes"),
        ("site.dist_yangtze_mainstream_m", "300"),
    ]);
    let report = e.screen(&p, DEFAULT_AS_OF);
    assert_eq!(report.overall, Outcome::Prohibited);
    assert_ne!(report.overall_status, Some(Status::U));
    assert!(report.confirming(&e.data, &[]).is_empty());
}

/// A distance the map already puts within 5 km (its margin included) is
/// asked for its figure, never in "none of these within 5 km", whose "none"
/// would contradict the map (a user test, 2026-12-06: a plant in the Hukou
/// park, Poyang Lake mapped 1,185 ± 1,030 m away, was offered it). Away
/// from the water the group still holds it.
#[test]
fn a_distance_the_map_puts_within_5_km_is_asked_for_its_figure() {
    let e = engine();
    let today = jiujiang_engine::Date::new(2026, 12, 3);
    let report_at = |point: &str, park: &str| {
        let (p, errors) = e.parse_fields([
            ("industry_code", "C2614"),
            ("action", "new"),
            ("site.chemical_park", park),
            ("site.location", point),
            ("site.location_datum", "gcj02"),
        ]);
        assert!(errors.is_empty(), "{errors:?}");
        e.screen(&p, today)
    };
    let hukou = report_at("116.25, 29.74", "hukou-hitech");
    let group = (hukou.questions.iter()).find(|q| q.id == "site.waters_5km");
    assert!(group.is_none_or(|q| !q.fields.contains(&"site.dist_poyang_lake_m")));
    let own = (hukou.questions.iter())
        .find(|q| q.id == "site.dist_poyang_lake_m")
        .expect("asked for its figure");
    assert!(own.none.is_empty());
    // Typed farther than the map allows (8 km and 6 km there): disputed, so
    // still open, and asked alone, never overwritten by "none within 5 km"
    // (a user re-test saw the group replace them and come back forever).
    let (p, errors) = e.parse_fields([
        ("industry_code", "C2614"),
        ("action", "new"),
        ("site.chemical_park", "hukou-hitech"),
        ("site.location", "116.25, 29.74"),
        ("site.location_datum", "gcj02"),
        ("site.dist_yangtze_mainstream_m", "8000"),
        ("site.dist_poyang_lake_m", "6000"),
    ]);
    assert!(errors.is_empty(), "{errors:?}");
    let disputed = e.screen(&p, today);
    let ids: Vec<&str> = disputed.questions.iter().map(|q| q.id).collect();
    assert!(
        ids.contains(&"site.dist_yangtze_mainstream_m") && ids.contains(&"site.dist_poyang_lake_m"),
        "{ids:?}"
    );
    for q in &disputed.questions {
        assert!(
            !q.fields.contains(&"site.dist_yangtze_mainstream_m")
                && !q.fields.contains(&"site.dist_poyang_lake_m"),
            "{} groups a typed distance",
            q.id
        );
    }
    // In Pengze, by the Yangtze, far from the lake: the Yangtze is asked for
    // its figure, the tributaries the map cannot see stay in the group.
    let pengze = report_at("116.45, 29.88", "pengze-jishan");
    let ids: Vec<&str> = pengze.questions.iter().map(|q| q.id).collect();
    assert!(ids.contains(&"site.dist_yangtze_mainstream_m"), "{ids:?}");
    let group = (pengze.questions.iter())
        .find(|q| q.id == "site.waters_5km")
        .expect("the group");
    assert_eq!(
        group.fields,
        [
            "site.dist_important_tributary_m",
            "site.dist_other_tributary_m"
        ]
    );
}

/// Whether a renovation is for safety is asked once the project is known to
/// be a renovation: an advisor audit was asked it for a tailings pond whose
/// type was not yet given, before the type itself.
#[test]
fn a_renovations_purpose_waits_for_the_type_of_project() {
    let pond = [
        ("industry_code", "B0911"),
        ("facilities", "tailings_pond"),
        ("site.dist_yangtze_mainstream_m", "2500"),
    ];
    let ids = asked(&pond);
    assert!(ids.contains(&"action"), "{ids:?}");
    assert!(!ids.contains(&"renovation_for_safety_env"), "{ids:?}");
    let mut renovation = pond.to_vec();
    renovation.push(("action", "renovation"));
    let ids = asked(&renovation);
    assert!(ids.contains(&"renovation_for_safety_env"), "{ids:?}");
}

/// Who cannot say the type of project is asked whether it adds capacity,
/// which makes it new or an expansion whatever the type: a chemical plant
/// 500 m from the Yangtze is then prohibited (a question audit saw the
/// 1 km rule left open, never asking it). Answered, it is not asked again.
#[test]
fn the_type_not_known_asks_whether_capacity_is_added() {
    use jiujiang_engine::rules::interview::Interview;
    use jiujiang_engine::Outcome;
    let e = engine();
    let start = valid_project([
        ("industry_code", "C2614"),
        ("site.dist_yangtze_mainstream_m", "500"),
    ]);
    let mut interview = Interview::default();
    let first = e.screen_for(&start, DEFAULT_AS_OF, None, &interview);
    let action = (first.questions.iter())
        .find(|q| q.id == "action")
        .expect("the type is asked")
        .clone();
    assert!(!first.questions.iter().any(|q| q.id == "adds_capacity"));
    interview.dont_know(&action);
    let after = e.screen_for(&start, DEFAULT_AS_OF, None, &interview);
    let next = interview.next(&after).map(|q| q.id);
    assert_eq!(next, Some("adds_capacity"));
    // Yes: new or an expansion, prohibited within 1 km.
    let mut adds = start.clone();
    adds.set(
        "adds_capacity",
        Some(jiujiang_engine::project::Value::Bool(true)),
    );
    let r = e.screen_for(&adds, DEFAULT_AS_OF, None, &interview);
    let yrb01 = r.findings.iter().find(|f| f.rule_id == "YRB-01").unwrap();
    assert_eq!(yrb01.outcome, Outcome::Prohibited);
    // No: a relocation or a renovation, still open, and not asked again.
    let mut keeps = start.clone();
    keeps.set(
        "adds_capacity",
        Some(jiujiang_engine::project::Value::Bool(false)),
    );
    let r = e.screen_for(&keeps, DEFAULT_AS_OF, None, &interview);
    assert!(!interview
        .questions(&r)
        .iter()
        .any(|q| q.id == "adds_capacity"));
}

/// A complete chemical plant whose only open question is the electricity's
/// band across the two-high line (17 GWh: 4,760–5,270 tce primary).
fn band_across_the_line() -> String {
    let path = data_dir().join("../examples/projects/chemical-17gwh-band.json");
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// After "don't know" to the total, nothing left could move the band off
/// the line: the interview stops instead of asking whether the carriers are
/// all (either answer leaves the band) and the basis of a total not given
/// (an advisor audit, 2026-12-07).
#[test]
fn nothing_is_asked_that_no_answer_could_change_after_dont_know() {
    use jiujiang_engine::rules::interview::Interview;
    let e = engine();
    let p = e
        .project_from_json(&band_across_the_line())
        .expect("project");
    let first = e.screen_for(&p, DEFAULT_AS_OF, None, &Interview::default());
    assert!(!first.bounds.decided());
    let ids: Vec<&str> = first.questions.iter().map(|q| q.id).collect();
    assert_eq!(ids.first(), Some(&"energy.stated_total_tce"), "{ids:?}");
    let mut interview = Interview::default();
    interview.dont_know(&first.questions[0]);
    let after = e.screen_for(&p, DEFAULT_AS_OF, None, &interview);
    assert!(!after.bounds.decided());
    let left: Vec<&str> = after.questions.iter().map(|q| q.id).collect();
    assert!(left.is_empty(), "{left:?}");
    // Each of them, screened without the "don't know", is marked as
    // settling nothing, which is what lets them go.
    let unmarked: Vec<&str> = (first.questions.iter())
        .filter(|q| q.id != "energy.stated_total_tce" && !q.settles_nothing)
        .map(|q| q.id)
        .collect();
    assert!(unmarked.is_empty(), "{unmarked:?}");
}

/// With another question open beside it, the rest is still asked, but not
/// the basis of a total answered "don't know".
#[test]
fn the_basis_of_a_total_not_known_is_not_asked() {
    use jiujiang_engine::rules::interview::Interview;
    let e = engine();
    let mut doc: serde_json::Value = serde_json::from_str(&band_across_the_line()).unwrap();
    doc["site"].as_object_mut().unwrap().remove("zoning_check");
    let p = e.project_from_json(&doc.to_string()).expect("project");
    let interview = Interview {
        unknown: vec!["energy.stated_total_tce"],
        declined: Vec::new(),
    };
    let r = e.screen_for(&p, DEFAULT_AS_OF, None, &interview);
    let ids: Vec<&str> = r.questions.iter().map(|q| q.id).collect();
    assert!(ids.contains(&"site.zoning_check"), "{ids:?}");
    assert!(!ids.contains(&"energy.stated_basis"), "{ids:?}");
    // Given a total, its basis is asked again where it matters (4,900
    // tce primary is under the line, calorific over it).
    doc["energy"]["stated_total_tce"] = 4900.into();
    let p = e.project_from_json(&doc.to_string()).expect("project");
    let r = e.screen_for(&p, DEFAULT_AS_OF, None, &interview);
    let ids: Vec<&str> = r.questions.iter().map(|q| q.id).collect();
    assert!(ids.contains(&"energy.stated_basis"), "{ids:?}");
}

/// The catalogue class answered "don't know": whether the project is
/// neither restricted nor eliminated is asked next, and "yes" decides the
/// verdict (an advisor audit saw the catalogue rules left open and the
/// interview end, that question never asked).
#[test]
fn the_class_not_known_asks_whether_neither_restricted_nor_eliminated() {
    use jiujiang_engine::rules::interview::Interview;
    let e = engine();
    // No catalogue class: that is what is asked.
    let start = valid_project(CLEAN_SITE.iter().copied().chain([
        ("site.distance_reference", "management_line"),
        ("site.dist_yangtze_mainstream_m", "9000"),
        ("site.dist_poyang_lake_m", "30000"),
        ("impact.discharges_pollutants", "yes"),
        ("impact.polluting_production", "yes"),
        ("impact.severe_water_polluter", "no"),
        ("impact.water_supply_project", "no"),
        ("impact.shoreline_exception", "no"),
        ("impact.county_air_attained", "yes"),
        ("impact.county_water_attained", "yes"),
        ("transfer_origin", "none"),
        ("industry_code", "C2022"),
        ("action", "new"),
        ("energy.electricity_10k_kwh", "300"),
        ("energy.carriers_complete", "yes"),
    ]));
    let mut interview = Interview::default();
    let first = e.screen_for(&start, DEFAULT_AS_OF, None, &interview);
    let class = interview.next(&first).expect("a question").clone();
    assert_eq!(class.id, "catalogue.class");
    interview.dont_know(&class);
    let after = e.screen_for(&start, DEFAULT_AS_OF, None, &interview);
    assert_eq!(
        interview.next(&after).map(|q| q.id),
        Some("catalogue.not_restricted")
    );
    let mut clear = start.clone();
    clear.set(
        "catalogue.not_restricted",
        Some(jiujiang_engine::project::Value::Bool(true)),
    );
    let done = e.screen_for(&clear, DEFAULT_AS_OF, None, &interview);
    assert!(done.bounds.decided(), "{:?}", done.bounds);
    assert_eq!(done.overall, jiujiang_engine::Outcome::Allowed);
}
