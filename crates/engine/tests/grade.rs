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
