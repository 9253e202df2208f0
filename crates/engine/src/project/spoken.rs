//! Money and land as staff say them at a table, rewritten into a form the
//! figure reader takes: "5个亿", "约5亿", "150亩左右", "2千万", "两万",
//! "500000000元". A range ("3-5亿") is refused with what to do instead:
//! one field holds one figure, and two scenarios compare the ends. Only for
//! money (万元, 万美元) and land (亩): near a distance's or an energy
//! threshold's line "about" is the very question, so those still refuse it.

use super::{FieldError, L10n};

/// Words for "about" before a figure, and after it.
pub(super) const ABOUT_BEFORE: &[&str] = &[
    "大约",
    "大概",
    "约为",
    "约",
    "approximately",
    "approx.",
    "approx",
    "about",
    "around",
    "roughly",
    "circa",
    "~",
    "～",
];
pub(super) const ABOUT_AFTER: &[&str] = &["左右", "上下"];

/// `raw` rewritten where it was said aloud, for a field in `unit`; `None`
/// when nothing needed rewriting (or the field is not money or land).
pub(super) fn spoken_amount(
    key: &str,
    unit: L10n,
    raw: &str,
) -> Result<Option<String>, FieldError> {
    let money = unit.zh.starts_with("万") && unit.zh.contains('元');
    if !money && unit.zh != "亩" {
        return Ok(None);
    }
    let mut s = raw.trim().to_string();
    let before = s.clone();
    // "About": the figure is what the estimate can use.
    if let Some(rest) = ABOUT_BEFORE
        .iter()
        .find_map(|p| super::magnitude::without_prefix(&s, p))
    {
        s = rest.to_string();
    }
    if let Some(rest) = ABOUT_AFTER.iter().find_map(|p| s.strip_suffix(p)) {
        s = rest.trim_end().to_string();
    }
    if is_range(&s.replace([' ', '\u{3000}'], "")) {
        return Err(FieldError::new(
            key,
            format!("“{}”是一个范围：本栏只填一个数。可先按较保守的一端填写，再复制为新方案按另一端填写比较。", raw.trim()),
            format!("“{}” is a range: this field takes one figure. Enter the cautious end, then duplicate the scenario with the other end to compare.", raw.trim()),
        ));
    }
    // "5个亿": the measure word.
    s = s.replace("个亿", "亿").replace("个万", "万");
    // A small Chinese numeral before the magnitude: "两万", "十亿".
    s = numeral_before(&s, &["万", "亿", "千万", "百万"]);
    // "2千万", "3百万": thousands and hundreds of 万.
    {
        for (word, factor) in [("千万", 1000.0), ("百万", 100.0)] {
            if let Some((n, tail)) = s.split_once(word) {
                if let Ok(Some(v)) = super::parse::parse_plain_number(n) {
                    // Rounded to a millionth: "1.1百万" is 110, not 110.00000000000001.
                    s = format!("{}万{tail}", (v * factor * 1e6).round() / 1e6);
                }
            }
        }
    }
    // Yuan or dollars written out in full ("500000000元", "5000000 USD"):
    // the field counts in 万.
    if money {
        let lower = s.to_ascii_lowercase();
        let whole = ["元", "美元", "yuan", "rmb", "cny", "usd", "dollars"]
            .iter()
            .filter(|u| !(**u == "元" && lower.ends_with("美元")))
            .find_map(|u| lower.strip_suffix(u).map(|n| n.trim_end().len()));
        if let Some(len) = whole {
            let n = s[..len].trim();
            let plain = n
                .chars()
                .all(|c| c.is_ascii_digit() || matches!(c, '.' | ','));
            if plain && !n.is_empty() {
                if let Ok(Some(v)) = super::parse::parse_plain_number(n) {
                    s = format!("{}", (v / 1.0e4 * 1e6).round() / 1e6);
                }
            }
        }
    }
    Ok((s != before).then_some(s))
}

/// Whether `s` gives two figures joined by a range mark: "3-5亿", "3到5亿",
/// "100~150亩". A leading minus is no range.
fn is_range(s: &str) -> bool {
    let chars: Vec<char> = s.chars().collect();
    let figure = |c: char| c.is_ascii_digit() || "一二两三四五六七八九十".contains(c);
    (1..chars.len().saturating_sub(1)).any(|i| {
        matches!(chars[i], '-' | '–' | '—' | '~' | '～' | '到' | '至')
            && figure(chars[i - 1])
            && (figure(chars[i + 1]) || chars[i + 1] == ' ')
    })
}

/// One small Chinese numeral first, before one of `next` ("两万" before
/// 万, "一公里" before 公里), as its digits; else `s` as it was. Shared by
/// the money and land reader here and the distance reader.
pub(super) fn numeral_before(s: &str, next: &[&str]) -> String {
    const DIGITS: [(char, &str); 11] = [
        ('一', "1"),
        ('二', "2"),
        ('两', "2"),
        ('三', "3"),
        ('四', "4"),
        ('五', "5"),
        ('六', "6"),
        ('七', "7"),
        ('八', "8"),
        ('九', "9"),
        ('十', "10"),
    ];
    let mut chars = s.chars();
    let (Some(first), rest) = (chars.next(), chars.as_str()) else {
        return s.to_string();
    };
    match DIGITS.iter().find(|(c, _)| *c == first) {
        Some((_, d)) if next.iter().any(|m| rest.starts_with(m)) => format!("{d}{rest}"),
        _ => s.to_string(),
    }
}
