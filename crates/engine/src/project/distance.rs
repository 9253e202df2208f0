//! Distances to water as typed: a figure in metres or kilometres, a bound
//! ("<800", "超过5公里"), and the message for a figure typed with "about".
//! Part of the one parser (`parse`), split off by size.

use super::parse::parse_number;
use super::*;
use crate::project::magnitude;

/// A distance to water written as a bound: `Some` when `s` is one. "At
/// most" (`<1000`, `1公里以内`, `不到1公里`) and "more than" (`>5000`,
/// `＞5公里`, `超过5公里`) are read; "at least" (`>=`, `≥`) is
/// refused with why: a ban "within 5 km" includes 5 km, so "at least 5,000 m"
/// could not clear it. (Only water distances: a location's precision must be
/// a figure, never a floor the margin would ignore.)
pub(super) fn water_bound(key: &str, s: &str) -> Option<Result<Value, FieldError>> {
    let s = s.trim_start();
    if !key.starts_with("site.dist_") {
        return None;
    }
    if [">=", "≥", "＞＝", "＞=", "≧"]
        .iter()
        .any(|p| s.starts_with(p))
    {
        return Some(Err(FieldError::new(
            key,
            format!("“{s}”：禁建带含其边界，“至少”无法判断；5公里内没有请填 >5000，否则填实测距离。"),
            format!("“{s}”: bands include their edge, so “at least” cannot decide; if none is within 5 km enter >5000, else the measured distance."),
        )));
    }
    // "At most" ("<1000", "不到1公里", "1公里以内", "within 1 km"): staff
    // often know a site is inside a band before it is surveyed, and inside
    // the 1 km band a chemical plant's answer needs no figure.
    let within = [
        "<=",
        "≤",
        "＜＝",
        "＜=",
        "≦",
        "<",
        "＜",
        "不到",
        "不足",
        "小于",
        "less than",
        "under",
        "within",
    ]
    .iter()
    .find_map(|p| magnitude::without_prefix(s, p))
    .or_else(|| {
        ["以内", "之内", "内"]
            .iter()
            .find_map(|p| s.trim_end().strip_suffix(p))
    });
    if let Some(rest) = within {
        return Some(match parse_distance(key, rest) {
            Ok(Some(v)) => Ok(Value::Within(v)),
            Ok(None) => Err(FieldError::new(
                key,
                format!("“{s}”：缺少距离。"),
                format!("“{s}”: the distance is missing."),
            )),
            Err(e) => Err(e),
        });
    }
    let rest = [">", "＞", "超过", "more than"]
        .iter()
        .find_map(|p| magnitude::without_prefix(s, p))?;
    Some(match parse_distance(key, rest) {
        Ok(Some(v)) => Ok(Value::Beyond(v)),
        Ok(None) => Err(FieldError::new(
            key,
            format!("“{s}”：“>”后缺少距离。"),
            format!("“{s}”: a distance must follow “>”."),
        )),
        Err(e) => Err(e),
    })
}

pub fn parse_distance(key: &str, raw: &str) -> Result<Option<f64>, FieldError> {
    parse_number(key, raw, MAX_DISTANCE_M, "m").map_err(|mut e| {
        if let Some(figure) = roughly(key, raw) {
            // "about 2 km" is refused (near a band's line "about" is the
            // question), but told where the "about" goes, not "not a number".
            e.message = Text {
                zh: format!("“{}”：请只填数字（{figure}）；把握多大可填在“所填距离的量测误差”一栏。", raw.trim()),
                en: format!("“{}”: enter the figure alone ({figure}); how precise it is goes in “Precision of the distances entered”.", raw.trim()),
            };
        } else if e.message.en.starts_with('“') {
            e.message.zh = e
                .message
                .zh
                .replace("不是数字。", "不是数字，请以米为单位填写，如 1200。");
            e.message.en = e.message.en.replace(
                "is not a number.",
                "is not a number; enter metres, e.g. 1200.",
            );
        } else if e.message.en.starts_with("Cannot") {
            e.message = Text {
                zh: "距离不能为负数。".into(),
                en: "A distance cannot be negative.".into(),
            };
        }
        e
    })
}

/// The figure of a distance typed with a word for "about" ("about 2 km",
/// "约2公里", "2 km左右"), when the rest reads as one.
fn roughly<'s>(key: &str, raw: &'s str) -> Option<&'s str> {
    let s = raw.trim();
    let rest = [
        "about",
        "approx.",
        "approximately",
        "approx",
        "around",
        "roughly",
        "circa",
        "ca.",
        "~",
        "～",
        "约",
        "大约",
        "大概",
    ]
    .iter()
    .find_map(|p| magnitude::without_prefix(s, p))
    .or_else(|| ["左右", "上下"].iter().find_map(|p| s.strip_suffix(p)))?
    .trim();
    matches!(parse_number(key, rest, MAX_DISTANCE_M, "m"), Ok(Some(_))).then_some(rest)
}
