//! Typed distances at a band's edge. A distance typed into the form carries
//! the official line's uncertainty and the measure's (about ±50 m and ±30 m:
//! catalogue GEO-04 ¶3), so within that of 1 km or 3 km no input decides
//! which side the site is on and the rule requires review (`logic::Tri`).
//! Such a distance is named with the rules that compared it, so the reader
//! sees why and has it surveyed.

use crate::data_types::{param_value, RuleData};
use crate::project::Value;
use crate::rules::report::Report;

/// A typed distance's uncertainty on the report's date: the official line's
/// and a map click's, added (GEO-04 ¶3) [C]. The same parameter sets the
/// margin the rules compare a typed distance with.
pub fn near_line_m(data: &RuleData, r: &Report) -> Option<f64> {
    param_value(data, "GEO-04.near_line_m", r.as_of)
}

/// A typed distance no more than [`near_line_m`] from a band's edge that a
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
pub fn near_lines<'a>(data: &RuleData, r: &Report<'a>) -> Vec<NearLine<'a>> {
    let mut out: Vec<NearLine<'a>> = Vec::new();
    let Some(near) = near_line_m(data, r) else {
        return out;
    };
    for f in &r.findings {
        for t in f.thresholds.iter().filter(|t| t.unit == "m") {
            for i in &f.inputs {
                let Some(Value::Num(x)) = i.value else {
                    continue;
                };
                if !i.field.starts_with("site.dist_") || (x - t.value).abs() > near {
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
