//! Typed distances at a band's edge. A distance typed into the form carries
//! the official line's uncertainty and the measure's (about ±50 m and ±30 m:
//! catalogue GEO-04 ¶3), so within that of 1 km or 3 km no input decides
//! which side the site is on and the rule requires review (`logic::Tri`).
//! Such a distance is named with the rules that compared it, so the reader
//! sees why and has it surveyed.

use crate::project::Value;
use crate::rules::report::Report;
use crate::{Outcome, Status};

/// A typed distance within its margin of a band's edge that a rule
/// compared it with, where the margin left the rule open.
#[derive(Clone, Debug, PartialEq)]
pub struct NearLine<'a> {
    /// The rules that compared them, in the report's order.
    pub rule_ids: Vec<&'a str>,
    pub field: &'static str,
    pub typed_m: f64,
    pub edge_m: f64,
    /// The edge is this tool's review line (a [C] figure, computed by this
    /// tool, such as the 4 km beside Poyang Lake), not a line of law: named
    /// so. An unverified [U] band is still a legal one.
    pub edge_inferred: bool,
    /// The distance's margin: the official line's and the measure's.
    pub margin_m: f64,
}

/// Every such distance, once per (field, edge), with the rules that used it.
/// Only findings the margin left open are looked at (they list the margin
/// among their thresholds); the margin is what they list, plus a stated
/// precision.
pub fn near_lines<'a>(r: &Report<'a>) -> Vec<NearLine<'a>> {
    use crate::rules::facts::{DISTANCE_PRECISION, LINE_MARGIN, TYPED_MARGIN};
    let mut out: Vec<NearLine<'a>> = Vec::new();
    for f in &r.findings {
        // A rule still waiting on another answer (whether there is a
        // tailings pond at all) asks that first: a question is cheaper than
        // a survey, and may leave the line beside the point (a user test).
        let about_the_distance =
            |m: &&str| *m == DISTANCE_PRECISION || *m == "site.distance_reference";
        // A rule the margin did not leave open (GEO-DEF-03 clear either
        // way) needs no survey.
        let open = matches!(f.outcome, Outcome::RequiresReview | Outcome::NeedsInput);
        // Or one whose other answers can only make it worse: the margin
        // holds it at review whatever they are, so it is why now (a user
        // test read "depends on what you answered 'don't know'" at 999 m,
        // the line's note shown only once the tributaries were given).
        let held_at_review = || f.bounds.is_some_and(|b| b.best == Outcome::RequiresReview);
        if !open || !(f.missing.iter().all(about_the_distance) || held_at_review()) {
            continue;
        }
        let listed = |id: &str| f.thresholds.iter().find(|t| t.param == id).map(|t| t.value);
        let precision = (f.inputs.iter())
            .find(|i| i.field == DISTANCE_PRECISION)
            .and_then(|i| match i.value {
                Some(Value::Num(p)) => Some(p),
                _ => None,
            });
        let margin = match (listed(TYPED_MARGIN), listed(LINE_MARGIN)) {
            (Some(m), _) => m,
            (None, Some(line)) => line + precision.unwrap_or_default(),
            (None, None) => continue,
        };
        let edges = (f.thresholds.iter())
            .filter(|t| t.unit == "m" && t.param != TYPED_MARGIN && t.param != LINE_MARGIN);
        for t in edges {
            for i in &f.inputs {
                let Some(Value::Num(x)) = i.value else {
                    continue;
                };
                if !i.field.starts_with("site.dist_") || (x - t.value).abs() > margin {
                    continue;
                }
                match out
                    .iter_mut()
                    .find(|n| n.field == i.field && n.edge_m == t.value)
                {
                    Some(n) if !n.rule_ids.contains(&f.rule_id) => n.rule_ids.push(f.rule_id),
                    Some(_) => {}
                    None => out.push(NearLine {
                        rule_ids: vec![f.rule_id],
                        field: i.field,
                        typed_m: x,
                        edge_m: t.value,
                        edge_inferred: t.citation.status == Status::C,
                        margin_m: margin,
                    }),
                }
            }
        }
    }
    out
}
