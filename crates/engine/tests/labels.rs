//! How a verdict is named: "needs replacement" by its kind only where no
//! rule still open could add the other kind.

mod common;
use common::*;
use jiujiang_engine::project::Value;
use jiujiang_engine::Outcome;

/// The complete clinker lead of examples/leads, with its energy as given.
fn clinker(energy: Option<f64>) -> (Outcome, String) {
    let path = format!(
        "{}/../../examples/leads/clinker.complete.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let e = engine();
    let mut p = e
        .project_from_json(&std::fs::read_to_string(path).unwrap())
        .unwrap();
    // The total alone (the electricity in it would bound it from below).
    // On the two-high basis, so it is read as one figure.
    p.set("energy.stated_total_tce", energy.map(Value::Num));
    p.set("energy.electricity_10k_kwh", None);
    p.set(
        "energy.stated_basis",
        energy.map(|_| Value::Choice("primary")),
    );
    let r = e.screen(&p, DEFAULT_AS_OF);
    (r.overall, r.overall_label().zh.to_string())
}

#[test]
fn replacement_is_named_by_kind_only_when_nothing_open_could_add_the_other() {
    // Two-high and over capacity: both kinds.
    assert_eq!(
        clinker(Some(160_000.0)),
        (Outcome::RequiresReplacement, "须产能置换和能耗替代".into())
    );
    // Small: capacity alone.
    assert_eq!(
        clinker(Some(3_000.0)),
        (Outcome::RequiresReplacement, "须产能置换".into())
    );
    // The energy not given: the offset may still follow, so the general name.
    assert_eq!(
        clinker(None),
        (Outcome::RequiresReplacement, "须产能/能耗置换".into())
    );
}

/// An open verdict's ends are named as a decided one is: by the rules whose
/// own best (or worst) is that end (a user test read "at best
/// capacity/energy replacement" for a cathode plant owing an energy offset
/// alone, every capacity rule not applicable).
#[test]
fn an_open_verdict_names_each_replacement_end_by_the_rules_at_it() {
    let e = engine();
    let cathode = valid_project([
        ("industry_code", "C3985"),
        ("action", "new"),
        ("chemical_process", "yes"),
        ("site.chemical_park", "hukou-hitech"),
        ("energy.stated_total_tce", "25000"),
        ("energy.stated_basis", "calorific"),
    ]);
    let r = e.screen(&cathode, DEFAULT_AS_OF);
    assert_eq!(
        (r.bounds.best, r.bounds.worst),
        (Outcome::RequiresReplacement, Outcome::Prohibited)
    );
    let (best, worst) = r.bound_labels();
    assert_eq!(
        (best.en, worst.en),
        ("Needs an energy offset", "Prohibited")
    );
    // The clinker line with its energy and its catalogue class unknown:
    // capacity at best for certain, the offset only possible, so the best
    // end names capacity alone (and the worst, an eliminated class,
    // prohibition).
    let path = format!(
        "{}/../../examples/leads/clinker.complete.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let mut p = e
        .project_from_json(&std::fs::read_to_string(path).unwrap())
        .unwrap();
    for key in [
        "energy.stated_total_tce",
        "energy.stated_basis",
        "energy.electricity_10k_kwh",
        "catalogue.class",
    ] {
        p.set(key, None);
    }
    let r = e.screen(&p, DEFAULT_AS_OF);
    assert!(!r.bounds.decided(), "{:?}", r.bounds);
    assert_eq!(r.bounds.best, Outcome::RequiresReplacement);
    assert_eq!(r.bound_labels().0.zh, "须产能置换");
}
