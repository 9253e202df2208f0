//! An energy total known only as a bound, and the one-tap bound the guided
//! screening offers for it: a software office cannot say its tce but knows
//! it is small (a user test had nothing to type, and the verdict stayed open).

mod common;
use common::*;
use jiujiang_engine::project::{display_value, field, Value};
use jiujiang_engine::Outcome;

#[test]
fn an_energy_total_may_be_a_bound() {
    let e = engine();
    for typed in [
        "<=500",
        "<500",
        "不超过500",
        "500以下",
        "under 500",
        "≤ 500",
    ] {
        let (p, errors) = e.parse_fields([("energy.stated_total_tce", typed)]);
        assert!(errors.is_empty(), "{typed}: {errors:?}");
        let v = p.get("energy.stated_total_tce").cloned();
        assert_eq!(v, Some(Value::Within(500.0)), "{typed}");
        let shown = display_value(field("energy.stated_total_tce"), &v.unwrap());
        assert!(shown.en.starts_with("≤ 500"), "{}", shown.en);
        assert!(!shown.zh.contains('米'), "{}", shown.zh);
        // The form echoes what it read (a re-test saw none for a bound).
        let spec = field("energy.stated_total_tce").unwrap();
        let echo = jiujiang_engine::project::amount_echo(spec, typed).expect("an echo");
        assert!(echo.en.starts_with("≤ 500"), "{}", echo.en);
    }
    // A bound with nothing after it is refused at the field.
    let (_, errors) = e.parse_fields([("energy.stated_total_tce", "不超过")]);
    assert_eq!(errors.len(), 1);
}

#[test]
fn the_offered_bound_settles_what_the_energy_question_decides() {
    let e = engine();
    let software = [("industry_code", "I6513"), ("action", "new")];
    let r = e.screen(&valid_project(software), DEFAULT_AS_OF);
    let q = (r.questions.iter().find(|q| q.id == "energy")).expect("the energy question is asked");
    let quick = q.quick.clone().expect("a bound is offered");
    assert!(
        quick.label.en.contains("At most 500 tce"),
        "{:?}",
        quick.label
    );
    let rules: Vec<String> = q.rules.iter().map(|s| s.to_string()).collect();
    // Applied, it decides those rules and the question goes.
    let mut fields: Vec<(&str, &str)> = software.to_vec();
    fields.extend(quick.settings.iter().map(|(k, v)| (*k, v.as_str())));
    let r = e.screen(&valid_project(fields), DEFAULT_AS_OF);
    assert!(r.questions.iter().all(|q| q.id != "energy"));
    for id in &rules {
        let f = r.findings.iter().find(|f| f.rule_id == id).unwrap();
        assert_ne!(f.outcome, Outcome::NeedsInput, "{id}");
    }
    let en01 = r.findings.iter().find(|f| f.rule_id == "EN-01").unwrap();
    assert_eq!(en01.outcome, Outcome::NotApplicable);
    // A bound above the review line decides nothing and is asked about.
    let r = e.screen(
        &valid_project([
            ("industry_code", "I6513"),
            ("action", "new"),
            ("energy.stated_total_tce", "<=5000"),
            ("energy.stated_basis", "primary"),
        ]),
        DEFAULT_AS_OF,
    );
    let en01 = r.findings.iter().find(|f| f.rule_id == "EN-01").unwrap();
    assert_eq!(en01.outcome, Outcome::NeedsInput);
    assert!(
        en01.missing.contains(&"energy.stated_total_tce"),
        "{:?}",
        en01.missing
    );
}
