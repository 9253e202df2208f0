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
    // "离江5公里外", "距长江不到1公里": the water named before the figure, as
    // it is said (a re-test saw it refused).
    let s = [
        "离长江",
        "距长江",
        "离江边",
        "距江边",
        "离江",
        "距江",
        "离湖",
        "距湖",
        "距离",
        "离",
    ]
    .iter()
    .find_map(|p| s.strip_prefix(p))
    .map_or(s, str::trim_start);
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
    // A range ("1-2 km", "1~2公里", "between 1 and 2 km"): which end
    // decides depends on the band, and the nearer end is "at least", which
    // no band's edge clears; said how to write what is known (a user test
    // was told "not a number").
    if let Some((near, far)) = distance_range(s) {
        // Either end may decide (the far one below a band's line, the near
        // one beyond it): both are offered, the near one unless it is 0.
        let zero = near
            .trim_start_matches(['0', '.'])
            .chars()
            .next()
            .is_none_or(|c| !c.is_ascii_digit());
        let (zh_near, en_near) = match zero {
            true => (String::new(), String::new()),
            false => (
                format!("确知远于{near}的填“>{near}”；"),
                format!("surely farther than {near}: enter “>{near}”; "),
            ),
        };
        return Some(Err(FieldError::new(
            key,
            format!("“{s}”是一个范围：确知在{far}以内的填“<{far}”；{zh_near}否则请填实测距离。"),
            format!("“{s}” is a range: if the site is surely within {far}, enter “<{far}”; {en_near}else the measured distance."),
        )));
    }
    let owned;
    let rest = match [
        ">",
        "＞",
        "超过",
        "大于",
        "多于",
        "远于",
        "more than",
        "over",
        "above",
        "beyond",
        "farther than",
        "further than",
    ]
    .iter()
    // A word ends where the figure begins: "overall 5" is no "over 5".
    .find_map(|p| {
        let rest = magnitude::without_prefix(s, p)?;
        let word_runs_on = p.ends_with(|c: char| c.is_ascii_alphabetic())
            && s[p.len()..].starts_with(|c: char| c.is_alphabetic());
        (!word_runs_on).then_some(rest)
    }) {
        Some(rest) => rest,
        None => {
            owned = more_than_spoken(s)?;
            owned.as_str()
        }
    };
    Some(match parse_distance(key, rest) {
        Ok(Some(v)) => Ok(Value::Beyond(v)),
        Ok(None) => Err(FieldError::new(
            key,
            format!("“{s}”：缺少距离。"),
            format!("“{s}”: the distance is missing."),
        )),
        Err(e) => Err(e),
    })
}

/// A distance typed as a range, as its two ends written ("1", "2 km"):
/// "a-b", "a–b", "a~b", "a～b", "a到b", "a至b", "between a and b".
fn distance_range(s: &str) -> Option<(String, String)> {
    let s = s.trim();
    // Most distances are a figure: one pass over the characters rules out a
    // range before any word is searched for.
    let separators = ['-', '–', '—', '~', '～', '到', '至'];
    if !s.contains(separators) && !s.starts_with(['b', 'B']) {
        return None;
    }
    let lower = s.to_ascii_lowercase();
    let (a, b) = if let Some(rest) = lower.strip_prefix("between ") {
        let (a, b) = rest.split_once(" and ")?;
        (a.trim().to_string(), b.trim().to_string())
    } else {
        let (a, b) = ["-", "–", "—", "~", "～", "到", "至"]
            .iter()
            .find_map(|sep| s.split_once(sep))?;
        (a.trim().to_string(), b.trim().to_string())
    };
    // Both ends start with a figure (a negative figure "-5" has no first end).
    let starts_with_figure = |t: &str| {
        t.chars()
            .next()
            .is_some_and(|c| c.is_ascii_digit() || ('０'..='９').contains(&c))
    };
    if !(starts_with_figure(&a) && starts_with_figure(&b)) {
        return None;
    }
    // A date ("2024-01-05") has three parts, a range two.
    if b.contains(['-', '–', '—', '~', '～']) {
        return None;
    }
    // "1-2 km": the near end takes the far end's unit.
    let bare = |t: &str| {
        t.chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
    };
    let unit = b.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ',');
    let a = match bare(&a) && !unit.is_empty() {
        true => format!("{a}{unit}"),
        false => a,
    };
    Some((a, b))
}

/// "More than" as said aloud: "1公里以上", "一公里多", "1000多米", with or
/// without "大概" before it (a user test typed what an investor had said,
/// "大概一公里多", and was told it was not a number). The figure, with a
/// small Chinese numeral in front read as a digit; `None` when `s` is not
/// said so.
fn more_than_spoken(s: &str) -> Option<String> {
    let s = s.trim();
    let s = ["大概", "大约", "约"]
        .iter()
        .find_map(|p| s.strip_prefix(p))
        .unwrap_or(s)
        .trim();
    let figure = if let Some(rest) = ["以上", "以外", "之外", "开外", "外"]
        .iter()
        .find_map(|x| s.strip_suffix(x))
    {
        // "5公里外" (a user test): beyond the figure.
        rest.to_string()
    } else if let Some(rest) = s.strip_suffix('多') {
        // "1公里多", "一公里多".
        rest.to_string()
    } else if let Some((a, b)) = s.split_once('多') {
        // "1000多米", "两公里多" is the case above.
        if b.is_empty() || a.is_empty() {
            return None;
        }
        format!("{a}{b}")
    } else {
        return None;
    };
    Some(small_numeral(figure.trim()))
}

/// A distance whose figure is one small Chinese numeral before its unit
/// ("一公里", "两公里"), with the numeral as a digit; else as it was.
fn small_numeral(s: &str) -> String {
    super::spoken::numeral_before(s, &["公里", "千米"])
}

pub fn parse_distance(key: &str, raw: &str) -> Result<Option<f64>, FieldError> {
    let spoken;
    let raw = if raw.trim_start().starts_with(|c: char| !c.is_ascii()) {
        spoken = small_numeral(raw.trim());
        spoken.as_str()
    } else {
        raw
    };
    parse_number(key, raw, MAX_DISTANCE_M, "m").map_err(|mut e| {
        if let Some(figure) = roughly(key, raw) {
            // "about 2 km" is refused (near a band's line "about" is the
            // question), but told where the "about" goes, not "not a number".
            e.message = Text {
                zh: format!("“{}”：请去掉“约”“左右”等字样，只填距离（{figure}）；把握多大可填在“所填距离的量测误差”一栏。", raw.trim()),
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

#[cfg(test)]
mod tests {
    use super::*;

    /// "More than" as an investor says it is read as the bound it is; a
    /// small numeral before its unit as its digit; "about" still refused.
    #[test]
    fn more_than_said_aloud_is_a_bound() {
        let key = "site.dist_yangtze_mainstream_m";
        let read = |s: &str| water_bound(key, s).map(|r| r.map_err(|e| e.message.en));
        for s in [
            "1公里以上",
            "一公里多",
            "大概一公里多",
            "1000多米",
            "1000米以上",
            "约1公里多",
        ] {
            assert_eq!(read(s), Some(Ok(Value::Beyond(1000.0))), "{s}");
        }
        assert_eq!(read("两公里多"), Some(Ok(Value::Beyond(2000.0))));
        assert_eq!(read("1200"), None);
        assert!(matches!(read("多"), Some(Err(m)) if m.contains("missing")));
        assert_eq!(
            parse_distance(key, "一公里").map_err(|e| e.message.en),
            Ok(Some(1000.0))
        );
        assert!(parse_distance(key, "约2公里").is_err());
        // Only before a unit: "一" alone stays no number.
        assert!(parse_distance(key, "一").is_err());
    }
}
