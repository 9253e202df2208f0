//! A decided verdict and the rules still open beside it: a chemical plant
//! that must swap energy or capacity whatever else is answered may also have
//! its distance to the water reviewed. The verdict stands; the report still
//! names what else the project may have to meet (`open_requirements`).

mod common;
use common::*;
use jiujiang_engine::Outcome;

/// Every question a first meeting leaves, answered as a clean site would,
/// except which line the 1,200 m was measured to.
fn plant() -> impl Iterator<Item = (&'static str, &'static str)> {
    CLEAN_SITE.iter().copied().chain([
        ("industry_code", "C2614"),
        ("action", "new"),
        ("site.chemical_park", "pengze-jishan"),
        ("site.dist_yangtze_mainstream_m", "1200"),
        ("site.dist_poyang_lake_m", ">5000"),
        ("energy.stated_total_tce", "8000"),
        ("energy.stated_basis", "primary"),
        ("catalogue.class", "permitted"),
        ("impact.petrochemical_kind", "none"),
    ])
}

#[test]
fn a_decided_verdict_still_names_a_review_the_project_may_need() {
    let engine = engine();
    let (p, errors) = engine.parse_fields(plant());
    assert!(errors.is_empty(), "{errors:?}");
    let report = engine.screen(&p, DEFAULT_AS_OF);
    assert!(report.bounds.decided(), "{:?}", report.bounds);
    assert!(report.questions.is_empty());
    let open: Vec<&str> = report
        .open_requirements()
        .iter()
        .map(|f| f.rule_id)
        .collect();
    assert!(open.contains(&"GEO-DEF-03"), "{open:?}");
    for f in report.open_requirements() {
        assert_eq!(f.outcome, Outcome::NeedsInput);
        assert!(
            !f.missing.is_empty(),
            "{}: names nothing to give",
            f.rule_id
        );
    }
    // Measured to the legal line, nothing is left open beside the verdict.
    let (p, _) =
        engine.parse_fields(plant().chain([("site.distance_reference", "management_line")]));
    let report = engine.screen(&p, DEFAULT_AS_OF);
    assert!(report.bounds.decided());
    let open: Vec<&str> = report
        .open_requirements()
        .iter()
        .map(|f| f.rule_id)
        .collect();
    assert!(!open.contains(&"GEO-DEF-03"), "{open:?}");
    // While the verdict is open, the questions carry such rules instead.
    let (p, _) = engine.parse_fields([("industry_code", "C2614"), ("action", "new")]);
    assert!(engine
        .screen(&p, DEFAULT_AS_OF)
        .open_requirements()
        .is_empty());
}

/// Beside a prohibition nothing is listed as still to meet: the project may
/// not be built, whatever the open rules would add.
#[test]
fn a_prohibition_lists_no_requirements_beside_it() {
    let engine = engine();
    let p = valid_project([
        ("industry_code", "C2614"),
        ("action", "new"),
        ("site.dist_yangtze_mainstream_m", "800"),
    ]);
    let report = engine.screen(&p, DEFAULT_AS_OF);
    assert_eq!(report.overall, Outcome::Prohibited);
    assert!(report.bounds.decided());
    // Rules are still open (the facilities, the zones)…
    assert!(report
        .findings
        .iter()
        .any(|f| f.outcome == Outcome::NeedsInput));
    // …and none is offered as a requirement.
    assert!(report.open_requirements().is_empty());
}
