//! Typed distances that sit at a band's edge. A distance typed into the form
//! is taken as exact, but how it was measured (the official management line
//! is known to about 50 m, a map click to about 30 m: catalogue GEO-04) can
//! decide a verdict within a few tens of metres of 1 km or 3 km. Such a
//! distance is named with the rules that compared it, so the reader checks
//! the measure before relying on the answer. (The outcome is not changed: that is the rules' business.)

use crate::project::Value;
use crate::rules::report::Report;

/// How close to a band's edge a typed distance must be to be named: the
/// official line's uncertainty and a map click's, added (GEO-04 ¶3) [C].
pub const NEAR_LINE_M: f64 = 80.0;

/// A typed distance less than [`NEAR_LINE_M`] from a band's edge that a
/// rule compared it with.
#[derive(Clone, Debug, PartialEq)]
pub struct NearLine<'a> {
    /// The decided rules that compared them, in the report's order.
    pub rule_ids: Vec<&'a str>,
    pub field: &'static str,
    pub typed_m: f64,
    pub edge_m: f64,
}

/// Every such distance, once per (field, edge), with the rules that used it.
pub fn near_lines<'a>(r: &Report<'a>) -> Vec<NearLine<'a>> {
    let mut out: Vec<NearLine<'a>> = Vec::new();
    for f in &r.findings {
        for t in f.thresholds.iter().filter(|t| t.unit == "m") {
            for i in &f.inputs {
                let Some(Value::Num(x)) = i.value else {
                    continue;
                };
                if !i.field.starts_with("site.dist_") || (x - t.value).abs() >= NEAR_LINE_M {
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
                    }),
                }
            }
        }
    }
    out
}
