//! How well a verdict is supported: the grade of the rules that decide it
//! (`Report::overall_status`), on small rules written here.

mod common;
use common::rules::*;
use common::*;
use jiujiang_engine::Outcome;

const A: &str = "foreign_invested";
const B: &str = "site.key_ecological_zone";

/// A verdict is as well supported as the best rule that decides it: an
/// unverified rule alone makes it a flag to check ([U]); a verified rule
/// reaching the same verdict makes it firm. Nothing deciding, no grade.
#[test]
fn a_verdict_is_graded_by_the_best_rule_that_decides_it() {
    let two = |second_status: &str| {
        let first = rule("", &case("PROHIBITED", A), "ALLOWED")
            .replace("\"status\": \"V1\"", "\"status\": \"U\"");
        let second = rule("", &case("PROHIBITED", B), "ALLOWED")
            .replace("T-01", "T-02")
            .replace(
                "\"status\": \"V1\"",
                &format!("\"status\": \"{second_status}\""),
            );
        format!(
            "[{}, {}]",
            &first[1..first.len() - 1],
            &second[1..second.len() - 1]
        )
    };
    let grade = |rules: &str, fields: &[(&str, &str)]| {
        let data = data_with(rules, "[]");
        let r = screen(&data, &project(fields), DEFAULT_AS_OF);
        (r.overall, r.overall_status)
    };
    use jiujiang_engine::Status;
    let rules = two("V1");
    // Only the unverified rule prohibits.
    assert_eq!(
        grade(&rules, &[(A, "yes"), (B, "no")]),
        (Outcome::Prohibited, Some(Status::U))
    );
    assert!(jiujiang_engine::text::labels::verdict_grade(Status::U).is_some());
    // The verified one does too: the verdict is firm.
    assert_eq!(
        grade(&rules, &[(A, "yes"), (B, "yes")]),
        (Outcome::Prohibited, Some(Status::V1))
    );
    assert!(jiujiang_engine::text::labels::verdict_grade(Status::V1).is_none());
    // Allowed, or still open: nothing decides it worse, so no grade.
    assert_eq!(grade(&rules, &[(A, "no"), (B, "no")]).1, None);
    assert_eq!(grade(&rules, &[(A, "no")]), (Outcome::NeedsInput, None));
}

/// The energy summary's "two-high: yes/no" and its energy review carry the
/// grade of the rule that answered them, so the app never shows an answer
/// from an unverified rule as certain.
#[test]
fn the_energy_summary_carries_the_grade_of_its_answers() {
    let e = engine();
    let lead = e
        .project_from_json(include_str!(
            "../../../examples/leads/chemical.complete.json"
        ))
        .unwrap();
    let r = e.screen(&lead, DEFAULT_AS_OF);
    let hehe = r.findings.iter().find(|f| f.rule_id == "HEHE-01").unwrap();
    assert!(r.energy.two_high.is_some(), "{:?}", r.energy);
    assert_eq!(r.energy.two_high_status, Some(hehe.status));
    let en = r.findings.iter().find(|f| f.rule_id == "EN-01").unwrap();
    assert_eq!(r.energy.energy_review_status, Some(en.status));
    // Undecided, it carries no grade.
    let open = valid_project([("industry_code", "C2614"), ("action", "new")]);
    let r = e.screen(&open, DEFAULT_AS_OF);
    assert_eq!(r.energy.two_high, None);
    assert_eq!(r.energy.two_high_status, None);
}

/// While the verdict is open, of two rules holding its best bound the
/// verified one is named, not the first one listed (an unverified rule would
/// otherwise be shown as "already certain").
#[test]
fn the_best_bound_is_named_by_its_best_sourced_rule() {
    let with = |id: &str, status: &str, outcome: &str, fact: &str| {
        let r = rule("", &case(outcome, fact), "ALLOWED")
            .replace("T-01", id)
            .replace("\"status\": \"V1\"", &format!("\"status\": \"{status}\""));
        r[1..r.len() - 1].to_string()
    };
    let rules = format!(
        "[{}, {}, {}]",
        with("T-01", "U", "REQUIRES_REVIEW", A),
        with("T-02", "V1", "REQUIRES_REVIEW", A),
        with("T-03", "V1", "PROHIBITED", B)
    );
    let data = data_with(&rules, "[]");
    let r = screen(&data, &project(&[(A, "yes")]), DEFAULT_AS_OF);
    assert!(!r.bounds.decided());
    assert_eq!(r.bounds.best, Outcome::RequiresReview);
    assert_eq!(r.holding_best().map(|f| f.rule_id), Some("T-02"));
}

/// A decided verdict that a rule keeps from being worse only on an
/// unverified answer (its branch, not the rule, is [U]) names that rule; a
/// verified answer, or an unverified rule as a whole, does not.
#[test]
fn a_verdict_kept_only_by_an_unverified_answer_says_so() {
    let rules = |otherwise_status: &str, rule_status: &str| {
        rule("", &case("PROHIBITED", A), "ALLOWED")
            .replace(
                r#""otherwise": {"outcome": "ALLOWED""#,
                &format!(r#""otherwise": {{"status": "{otherwise_status}", "outcome": "ALLOWED""#),
            )
            .replace(
                "\"status\": \"V1\"",
                &format!("\"status\": \"{rule_status}\""),
            )
    };
    let resting = |rules: String, a: &str| {
        let data = data_with(&rules, "[]");
        let r = screen(&data, &project(&[(A, a)]), DEFAULT_AS_OF);
        assert!(r.bounds.decided(), "{:?}", r.bounds);
        r.resting_on_unverified
            .iter()
            .map(|s| s.to_string())
            .collect::<Vec<String>>()
    };
    assert_eq!(resting(rules("U", "V1"), "no"), ["T-01"]);
    // A verified answer, or a prohibition (nothing worse to fear): none.
    assert!(resting(rules("V1", "V1"), "no").is_empty());
    assert!(resting(rules("U", "V1"), "yes").is_empty());
    // A rule unverified as a whole is already tagged [U] wherever it shows.
    assert!(resting(rules("U", "U"), "no").is_empty());
}
