//! Answers the form says no rule reads (`answers_not_read`): said only
//! where it is true. Every other answer to a flagged field leaves every
//! verdict as it is, and an answer a rule does read is not flagged.

mod common;
use common::*;
use jiujiang_engine::project::{FieldKind, Project, FIELDS};
use jiujiang_engine::rules::facts::answers_not_read;

fn flagged(fields: &[(&str, &str)]) -> Vec<&'static str> {
    let p = valid_project(fields.iter().copied());
    (answers_not_read(&engine().data, &p).into_iter())
        .map(|(k, _)| k)
        .collect()
}

/// The verdicts of `fields` with `key` set to each of its choices, and
/// cleared: all alike when no rule reads it.
fn reads(fields: &[(&str, &str)], key: &str) -> bool {
    let e = engine();
    let spec = FIELDS.iter().find(|s| s.key == key).unwrap();
    let FieldKind::Choice(choices) = spec.kind else {
        panic!("{key} is not a choice");
    };
    let with = |value: Option<&str>| -> Project {
        let rest = fields.iter().filter(|(k, _)| *k != key).copied();
        valid_project(rest.chain(value.map(|v| (key, v))))
    };
    let base = e.verdicts(&with(None), DEFAULT_AS_OF).outcomes;
    (choices.iter()).any(|c| e.verdicts(&with(Some(c.key)), DEFAULT_AS_OF).outcomes != base)
}

#[test]
fn a_petrochemical_kind_on_a_code_that_is_not_chemical_is_said_to_be_unread() {
    // An electric-vehicle plant (C3612), far from any chemical class.
    let vehicle = [
        ("industry_code", "C3612"),
        ("action", "new"),
        ("impact.petrochemical_kind", "refinery"),
        ("impact.in_national_layout_plan", "no"),
    ];
    assert_eq!(flagged(&vehicle), ["impact.petrochemical_kind"]);
    assert!(!reads(&vehicle, "impact.petrochemical_kind"));
    // On a refinery's own code it is read (YRB-11), and not flagged.
    let refinery = [
        ("industry_code", "C2511"),
        vehicle[1],
        vehicle[2],
        vehicle[3],
    ];
    assert_eq!(flagged(&refinery), Vec::<&str>::new());
    assert!(reads(&refinery, "impact.petrochemical_kind"));
    // "None of these" says nothing the code contradicts.
    let none = [
        vehicle[0],
        vehicle[1],
        ("impact.petrochemical_kind", "none"),
    ];
    assert_eq!(flagged(&none), Vec::<&str>::new());
}

#[test]
fn a_code_whose_chemical_membership_is_open_is_not_flagged() {
    // C3985 (electronic specialty materials) is chemical by its process,
    // asked: until answered, YRB-11 may read the kind.
    let open = [
        ("industry_code", "C3985"),
        ("action", "new"),
        ("impact.petrochemical_kind", "ethylene"),
    ];
    assert_eq!(flagged(&open), Vec::<&str>::new());
    let not_chemical = [open[0], open[1], open[2], ("chemical_process", "no")];
    assert_eq!(
        flagged(&not_chemical),
        ["impact.petrochemical_kind"],
        "answered no: the kind is unread"
    );
    assert!(!reads(&not_chemical, "impact.petrochemical_kind"));
}

#[test]
fn a_park_positioning_is_read_only_for_a_park_development() {
    let plant = [
        ("industry_code", "C2614"),
        ("action", "new"),
        ("park_positioning", "chemical"),
        ("site.dist_yangtze_mainstream_m", "3000"),
    ];
    assert_eq!(flagged(&plant), ["park_positioning"]);
    assert!(!reads(&plant, "park_positioning"));
    let park = [("industry_code", "L7221"), plant[1], plant[2], plant[3]];
    assert_eq!(flagged(&park), Vec::<&str>::new());
    assert!(reads(&park, "park_positioning"));
}

#[test]
fn the_process_answer_for_a_code_that_decides_alone_is_still_flagged() {
    let fields = [
        ("industry_code", "C3981"),
        ("action", "new"),
        ("chemical_process", "yes"),
    ];
    assert_eq!(flagged(&fields), ["chemical_process"]);
}

/// A "no" to the chemical process on a code the mapping counts as chemical
/// by itself (a chemical API, a refinery) is said to go unread, with
/// a hint to check the code; on a borderline code that is no member (a
/// formulation plant) it decides, and is not flagged (a user test saw a
/// "no" on C2710 dropped without a word).
#[test]
fn a_process_answer_on_a_code_chemical_by_itself_is_flagged() {
    let e = engine();
    for code in ["C2710", "C2511"] {
        let with = |answer: &'static str| {
            [
                ("industry_code", code),
                ("action", "new"),
                ("site.dist_yangtze_mainstream_m", "800"),
                ("chemical_process", answer),
            ]
        };
        let p = valid_project(with("no").iter().copied());
        let notes = answers_not_read(&e.data, &p);
        assert_eq!(notes.len(), 1, "{code}");
        assert_eq!(notes[0].0, "chemical_process");
        assert!(
            notes[0].1.en.contains("counts as chemical by itself"),
            "{}",
            notes[0].1.en
        );
        let yes = valid_project(with("yes").iter().copied());
        assert_eq!(
            e.verdicts(&p, DEFAULT_AS_OF).outcomes,
            e.verdicts(&yes, DEFAULT_AS_OF).outcomes,
            "{code}: the answer is read after all"
        );
    }
    let formulation = [
        ("industry_code", "C2720"),
        ("action", "new"),
        ("chemical_process", "no"),
    ];
    assert_eq!(flagged(&formulation), Vec::<&str>::new());
}

/// The values the form says go unread off their sector are the very values
/// the rules test: every value of the two fields that some rule's condition
/// names is in the lists, and nothing else.
#[test]
fn the_unread_lists_are_the_values_the_rules_test() {
    use jiujiang_engine::data_types::Cond;
    use jiujiang_engine::rules::facts::{PETROCHEMICAL_KINDS_READ, POSITIONINGS_READ};
    fn named(c: &Cond, key: &str, out: &mut Vec<String>) {
        match c {
            Cond::All { of } | Cond::Any { of } => of.iter().for_each(|c| named(c, key, out)),
            Cond::Not { of } => named(of, key, out),
            Cond::In { fact, values } if fact == key => out.extend(values.iter().cloned()),
            _ => {}
        }
    }
    for (key, listed) in [
        ("impact.petrochemical_kind", PETROCHEMICAL_KINDS_READ),
        ("park_positioning", POSITIONINGS_READ),
    ] {
        let mut tested = Vec::new();
        for rule in &engine().data.rules {
            if let Some(c) = &rule.applies_if {
                named(c, key, &mut tested);
            }
            for case in &rule.cases {
                named(&case.when, key, &mut tested);
            }
        }
        tested.sort();
        tested.dedup();
        let mut listed: Vec<String> = listed.iter().map(|s| s.to_string()).collect();
        listed.sort();
        assert_eq!(tested, listed, "{key}");
    }
}

/// A code broader than a class the chemical sector asks its process of
/// (C39 holds C3985): the rules read the answer ("no" clears every class of
/// it), so the form must not call it unread.
#[test]
fn a_process_answer_on_a_broad_code_holding_an_asked_class_is_read() {
    let with = |process: &'static str| {
        [
            ("industry_code", "C39"),
            ("action", "new"),
            ("site.dist_yangtze_mainstream_m", "600"),
            ("chemical_process", process),
        ]
    };
    assert_eq!(flagged(&with("no")), Vec::<&str>::new());
    assert_eq!(flagged(&with("yes")), Vec::<&str>::new());
    let e = engine();
    let verdict = |process| {
        e.verdicts(&valid_project(with(process)), DEFAULT_AS_OF)
            .outcomes
    };
    assert_ne!(verdict("no"), verdict("yes"));
    // Under no class it is asked of (C3911 alone), it is unread.
    let computers = [("industry_code", "C3911"), with("yes")[1], with("yes")[3]];
    assert_eq!(flagged(&computers), ["chemical_process"]);
}
