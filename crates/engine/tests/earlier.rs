//! Dates on which an earlier edition applied that this base does not hold
//! in full (the 2011 industrial catalogue, the 2018–2022 market-access
//! lists): the project's stated class or listing is read as the current
//! edition reads it, graded [U], never left out as "not in force" (a legal
//! review saw a restricted plant "allowed" in 2019 and a listed project on
//! 23 April 2025).

mod common;
use common::*;
use jiujiang_engine::{Date, Outcome, Status};

fn finding(fields: &[(&str, &str)], as_of: Date, rule: &str) -> (Outcome, Status, Outcome) {
    let e = engine();
    let p = valid_project(fields.iter().copied());
    let report = e.screen(&p, as_of);
    let f = report.findings.iter().find(|f| f.rule_id == rule).unwrap();
    // The fast path agrees.
    let fast = e.verdicts(&p, as_of);
    assert_eq!(fast.overall, report.overall);
    assert_eq!(fast.bounds, report.bounds);
    (f.outcome, f.status, report.bounds.worst)
}

#[test]
fn a_restricted_plant_under_the_2011_catalogue_is_not_allowed() {
    let plant = [
        ("industry_code", "C3011"),
        ("action", "new"),
        ("catalogue.class", "restricted"),
    ];
    let (outcome, status, worst) = finding(&plant, Date::new(2019, 6, 1), "IND-02");
    assert_eq!(
        (outcome, status, worst),
        (Outcome::Prohibited, Status::U, Outcome::Prohibited)
    );
    // Before the 2011 edition, this base says nothing of it.
    let (outcome, _, _) = finding(&plant, Date::new(2011, 5, 31), "IND-02");
    assert_eq!(outcome, Outcome::NotApplicable);
    // Under the 2024 edition, read in full, it is graded as that edition.
    let (outcome, status, _) = finding(&plant, Date::new(2026, 11, 23), "IND-02");
    assert_eq!(outcome, Outcome::Prohibited);
    assert!(status >= Status::C, "{status:?}");
}

#[test]
fn a_listed_project_under_an_earlier_list_is_not_allowed() {
    let listed = [
        ("industry_code", "C3981"),
        ("action", "new"),
        ("catalogue.market_access", "prohibited"),
    ];
    let (outcome, status, _) = finding(&listed, Date::new(2025, 4, 23), "MKT-01");
    assert_eq!((outcome, status), (Outcome::Prohibited, Status::U));
    let (outcome, status, _) = finding(&listed, Date::new(2025, 4, 24), "MKT-01");
    assert_eq!((outcome, status), (Outcome::Prohibited, Status::V2));
}

/// The re-review's first day is written twice, as CHP-02's start and as the
/// flag that makes an unconfirmed park doubtful (a review): the two agree,
/// and the flag the engine reads is there (renamed, every park would count
/// as recognised).
#[test]
fn the_rereview_starts_on_one_day_for_the_rule_and_the_park_facts() {
    let data = &engine().data;
    let rule = data.rules.iter().find(|r| r.id == "CHP-02").unwrap();
    let flag = data.params.iter().find(|p| p.id == "CHP-02.rereview_due");
    let first = flag.and_then(|p| p.values.iter().map(|v| v.from).min());
    assert_eq!(first, Some(rule.effective_from));
}

/// A rule is graded on a date by the editions it rests on that day: YRB-01
/// is [V1] on the 2021 law, but on 2019-06-01 it stood on the 2018 Poyang
/// plan and the 2019 guide, both [V2] (the rule base showed [V1] then, a
/// user test).
#[test]
fn a_rule_is_graded_by_the_editions_in_force_on_the_day() {
    let rule = (engine().data.rules.iter())
        .find(|r| r.id == "YRB-01")
        .unwrap();
    assert_eq!(rule.status, Status::V1);
    assert_eq!(rule.status_on(Date::new(2026, 12, 7)), Status::V1);
    assert_eq!(rule.status_on(Date::new(2019, 6, 1)), Status::V2);
}
