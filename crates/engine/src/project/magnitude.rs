//! Figures typed with a Chinese magnitude or an English one ("5亿",
//! "8000万元", "2 billion", "100万吨"), read into the field's own unit.

use super::{FieldError, L10n};

/// How a currency is written before or in a figure, lower case.
const YUAN: &[&str] = &["rmb", "cny", "¥", "￥", "人民币"];
const DOLLARS: &[&str] = &["usd", "us$", "$", "美金"];

/// `s` without `prefix` (ASCII case ignored: "Within 800 m"), trimmed;
/// `None` if it lacks it.
pub(super) fn without_prefix<'s>(s: &'s str, prefix: &str) -> Option<&'s str> {
    let head = s.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| s[prefix.len()..].trim_start())
}

/// `s` without `suffix` (ASCII case ignored), trimmed; `None` if it lacks it.
fn without_suffix<'s>(s: &'s str, suffix: &str) -> Option<&'s str> {
    let at = s.len().checked_sub(suffix.len())?;
    let tail = s.get(at..)?;
    tail.eq_ignore_ascii_case(suffix)
        .then(|| s[..at].trim_end())
}

/// Electricity's own unit as it is written and said: 度 is how staff say
/// kWh ("3000万度").
const KWH_WORDS: &[&str] = &["千瓦时", "度电", "度", "kwh"];
/// Larger units of electricity and their factor to 10⁴ kWh: power plants
/// and battery lines count in MWh and GWh.
const KWH_LARGER: &[(&str, f64)] = &[
    ("twh", 1.0e5),
    ("gwh", 100.0),
    ("吉瓦时", 100.0),
    ("mwh", 0.1),
    ("兆瓦时", 0.1),
];

/// The number before the magnitude and the factor to the field's unit, for
/// a figure typed with one; `None` for a plain figure.
pub(super) fn with_magnitude(unit: L10n, raw: &str) -> Option<(&str, f64)> {
    in_wan(unit, raw).or_else(|| in_tonnes(unit, raw))
}

/// A figure in a unit of 万 (万元, 万美元, 万千瓦时…) typed with its Chinese
/// magnitude, as it is said: "5亿" is 50,000 万元, "8000万元" is 8,000, and
/// "8000万" of electricity is 8,000 万千瓦时. The number before the
/// magnitude, and the factor to 万.
fn in_wan(unit: L10n, raw: &str) -> Option<(&str, f64)> {
    if !unit.zh.starts_with('万') {
        return None;
    }
    // A currency written first, as an investor does ("RMB 2 billion",
    // "US$ 30 million"); one of the other currency is refused before this.
    let s = raw.trim();
    // The unit as the English label writes it: "1667 ×10⁴ kWh" is 1,667
    // (a user re-test typed the label's unit and was told "not a number").
    let en = [unit.en.to_string(), unit.en.replace('⁴', "^4")];
    let labelled = (en.iter())
        .flat_map(|u| ["×", "x", "*", ""].map(move |times| (times, u)))
        .find_map(|(times, u)| {
            let n = without_suffix(s, u)?;
            Some(n.strip_suffix(times)?.trim_end())
        });
    if let Some(n) = labelled.filter(|n| !n.is_empty()) {
        return Some((n, 1.0));
    }
    let s = (YUAN.iter().chain(DOLLARS))
        .find_map(|c| without_prefix(s, c))
        .unwrap_or(s);
    // Or after it, as a contract writes it: "5亿元人民币", "3000万美金".
    let s = (["人民币", "美金"].iter())
        .find_map(|c| s.strip_suffix(c))
        .unwrap_or(s)
        .trim_end();
    // Power plants and battery lines count in MWh and GWh (a user test typed
    // "20 GWh" and was told it was not a number).
    if unit.zh.contains("千瓦时") {
        if let Some((n, f)) =
            (KWH_LARGER.iter()).find_map(|(u, f)| without_suffix(s, u).map(|n| (n, *f)))
        {
            // "2万兆瓦时": a Chinese magnitude before the unit.
            return Some(match (n.strip_suffix('万'), n.strip_suffix('亿')) {
                (Some(n), _) => (n.trim_end(), f * 1.0e4),
                (_, Some(n)) => (n.trim_end(), f * 1.0e8),
                _ => (n, f),
            });
        }
    }
    // The field's own unit after the magnitude, as it is said: 度 is how
    // staff say kWh ("3000万度"), 方 cubic metres.
    let own: &[&str] = if unit.zh.contains("千瓦时") {
        KWH_WORDS
    } else if unit.zh.contains("立方米") {
        &["立方米", "方", "m³", "m3"]
    } else {
        &["美元/年", "元/年", "美元", "元"]
    };
    let unit_written = (own.iter()).find_map(|u| without_suffix(s, u));
    let s = unit_written.unwrap_or(s);
    if let Some(n) = s.strip_suffix('亿') {
        return Some((n, 1.0e4));
    }
    if let Some(n) = s.strip_suffix('万') {
        return Some((n, 1.0));
    }
    // As an investor writes it: "2 billion", "2bn yuan", "1.2b",
    // "300 million", "300m", "500k". (Lower-casing ASCII keeps every byte where it was, so the
    // number is cut from `s` at the length found in `lower`.)
    let lower = s.to_ascii_lowercase();
    let mut rest = lower.as_str();
    let mut word_written = false;
    // The field's own unit words only: "5000 kwh" in 万元, or a gas row
    // given "16670000 kWh", is refused, not read as 0.5 万元 or 1,667 万m³
    // (a code review).
    let words: &[&str] = if unit.zh.contains("千瓦时") {
        &["kwh"]
    } else if unit.zh.contains('元') {
        &["yuan", "cny", "rmb", "usd", "dollars"]
    } else {
        &[]
    };
    if let Some(r) = words.iter().find_map(|u| rest.strip_suffix(u)) {
        rest = r.trim_end();
        word_written = true;
    }
    [
        ("billion", 1.0e5),
        ("bn", 1.0e5),
        ("b", 1.0e5),
        ("million", 100.0),
        ("mn", 100.0),
        ("m", 100.0),
        ("thousand", 0.1),
        ("k", 0.1),
    ]
    .iter()
    .find_map(|(word, factor)| {
        rest.strip_suffix(word)
            .map(|r| (s[..r.len()].trim_end(), *factor))
    })
    // The unit itself with no magnitude ("16670000 kWh", "500000元",
    // "3000 yuan"): the figure is in units, a ten-thousandth of the field's
    // 万 (an audit's "16670000 kWh" was "not a number").
    .or_else(|| {
        (unit_written.is_some() || word_written).then(|| (s[..rest.len()].trim_end(), 1.0e-4))
    })
}

/// A plain figure above an electricity field's range, which is in 10⁴ kWh:
/// most likely kilowatt-hours, told how to write them (an audit's
/// 16,670,000 had been read as 166.7 TWh and sent to the NDRC).
pub(super) fn hint_kwh(e: FieldError, unit: L10n, raw: &str, max: f64) -> FieldError {
    // Beside the out-of-range message only (a decimal comma, "5000000,5",
    // is told how to write it, not read as 50,000,005).
    if !e.message.en.contains("beyond the plausible range") {
        return e;
    }
    let plain = super::parse::normalise(raw).replace([',', ' ', '\u{2009}'], "");
    let Ok(n) = plain.parse::<f64>() else {
        return e;
    };
    // (Only where it would then be within the range: not for "1e308"; and
    // in 万千瓦时 only, not kWh per tonne.)
    if !(unit.zh.starts_with("万千瓦时") && n > max && n / 1.0e4 <= max) {
        return e;
    }
    let wan = crate::text::numbers::format_number(n / 1.0e4);
    followed_by(
        e,
        format!("本栏以万千瓦时计；若所填为千瓦时，请写“{}千瓦时”（即 {wan} 万千瓦时）。", raw.trim()),
        format!(" This field is in 10⁴ kWh; if the figure is in kWh, write “{} kWh” (that is {wan} ×10⁴ kWh).", raw.trim()),
    )
}

/// A figure in a unit with no magnitude of its own (people, %, kWh/t),
/// without that unit written after it: "1000人", "15%", "15 %".
pub(super) fn without_own_unit(unit: L10n, raw: &str) -> &str {
    let s = raw.trim();
    if unit.zh.is_empty() || unit.zh.starts_with(['万', '吨']) || unit.zh == "亩" {
        return s;
    }
    // People are also counted as the jobs they are ("500 employees").
    let more: &[&str] = match unit == super::fields::PEOPLE {
        true => &["employees", "jobs", "workers", "persons", "名员工", "名"],
        false => &[],
    };
    ([unit.zh, unit.en].iter().chain(more))
        .find_map(|u| without_suffix(s, u))
        .unwrap_or(s)
}

/// A figure in a 万 unit that could not be read is told how one is written,
/// when it holds words: "two billion" in 万元.
pub(super) fn hint_wan(e: FieldError, unit: L10n, raw: &str) -> FieldError {
    // Words, not an exponent ("1e308" is a number, only too large).
    let words = raw
        .chars()
        .any(|c| c.is_alphabetic() && !matches!(c, 'e' | 'E'));
    if !unit.zh.starts_with('万') || !words {
        return e;
    }
    // Gas in tonnes (LNG) is a different measure: said so, not converted,
    // since the ratio depends on the gas (a user test typed "5000 t").
    let lower = raw.trim().to_ascii_lowercase();
    let tonnes = ["吨", "t", "tonnes", "tons", "tonne"]
        .iter()
        .any(|u| lower.ends_with(u) && !lower.ends_with("ft"));
    if unit.zh.contains("立方米") && tonnes {
        return followed_by(e, format!("本栏以{}计；液化天然气的吨数请按供气合同的换算值折成立方米再填。", unit.zh),
            format!(" This field is in {}; convert tonnes of LNG to cubic metres with your supply contract's factor first.", unit.en));
    }
    followed_by(
        e,
        format!("本栏以{}计：可写“5亿”“8000万”或数字。", unit.zh),
        format!(
            " This field is in {}: write “2 billion”, “300 million”, “5亿” or the figure itself.",
            unit.en
        ),
    )
}

/// An energy figure that could not be read, told what to write: "约2万吨"
/// (about is refused near a threshold's line, where it is the question) and
/// "1.2万吨" (tonnes of what? this field is coal equivalent, and a tonne of raw
/// coal is less). A user test met both as "not a number".
pub(super) fn hint_tce(e: FieldError, unit: L10n, raw: &str) -> FieldError {
    if !unit.zh.starts_with("吨标准煤") {
        return e;
    }
    let s = raw.trim();
    let about = super::spoken::ABOUT_BEFORE
        .iter()
        .any(|p| without_prefix(s, p).is_some())
        || super::spoken::ABOUT_AFTER.iter().any(|p| s.ends_with(p));
    if about {
        return FieldError {
            message: crate::data_types::Text {
                zh: format!("“{s}”：请去掉“约”“左右”等字样，只填一个数；能耗在审查门槛附近时，“约”正是要核实的。"),
                en: format!("“{s}”: enter one figure without “about”; near a review threshold, “about” is what has to be checked."),
            },
            ..e
        };
    }
    let lower = s.to_ascii_lowercase();
    let tonnes = ["吨", "t", "tonnes", "tons", "tonne"]
        .iter()
        .any(|u| lower.ends_with(u) && !lower.ends_with("ft"));
    if !tonnes {
        return e;
    }
    FieldError {
        message: crate::data_types::Text {
            zh: format!("“{s}”：本栏以吨标准煤计。若是标准煤，请写明“吨标煤”（如“1.2万吨标煤”）；若是原煤等实物吨数，请改填在“原煤”等能源品种栏，由本工具按折标系数折算。"),
            en: format!("“{s}”: this field is in tonnes of coal equivalent. If it is, write “tce” (e.g. “12000 tce”); if it is physical tonnes (raw coal), enter it under the carrier (“Raw coal”), which this tool converts with its factor."),
        },
        ..e
    }
}

/// `e` with a sentence after its message in each language.
fn followed_by(e: FieldError, zh: String, en: String) -> FieldError {
    FieldError {
        message: crate::data_types::Text {
            zh: format!("{}{zh}", e.message.zh),
            en: format!("{}{en}", e.message.en),
        },
        ..e
    }
}

/// A figure in tonnes or 亩 typed with its unit or its Chinese magnitude, as
/// capacities and land are said: "100万吨" or "100万" is 1,000,000 t, "1.2亿"
/// 120,000,000 t, "200亩" or "200 mu" 200 亩 (a user test saw "100万吨" and
/// "200亩" refused with no word on how to write them).
fn in_tonnes(unit: L10n, raw: &str) -> Option<(&str, f64)> {
    // Tonnes of coal equivalent and physical tonnes are not the same figure
    // (6,000 t of coal is about 4,300 tce): each field takes its own unit
    // only, and the other is refused as not a number.
    let units: &[&str] = if unit.zh.starts_with("吨标准煤") {
        &[
            "吨标准煤/年",
            "吨标准煤",
            "吨标煤/年",
            "吨标煤",
            "tce/yr",
            "tce",
            "tonnes of coal equivalent",
            "tons of coal equivalent",
            "tonnes of standard coal",
        ]
    } else if unit.zh.starts_with('吨') {
        &["吨/年", "吨", "t/yr", "t"]
    } else if unit.zh == "亩" {
        &["亩", "mu"]
    } else {
        return None;
    };
    let s = raw.trim();
    if unit.zh == "亩" {
        if let Some(read) = other_area(s) {
            return Some(read);
        }
    }
    let bare = units.iter().find_map(|u| without_suffix(s, u));
    let n = bare.unwrap_or(s);
    if let Some(n) = n.strip_suffix('亿') {
        return Some((n, 1.0e8));
    }
    if let Some(n) = n.strip_suffix('万') {
        return Some((n, 1.0e4));
    }
    // "10k tce", as an investor writes a thousand.
    if let Some(n) = bare.and_then(|n| n.strip_suffix(['k', 'K'])) {
        return Some((n, 1.0e3));
    }
    bare.map(|n| (n, 1.0))
}

/// Land in another unit of area, put in 亩 by the exact ratios (1 亩 is
/// 10,000/15 m², an acre 4,046.8564224 m²): "10公顷" is 150 亩, "10万平方米"
/// 150 亩, "200 acres" about 1,214 亩 (a user test saw hectares and acres
/// refused as "not a number"). The form echoes the figure in 亩.
fn other_area(s: &str) -> Option<(&str, f64)> {
    const MU_PER_M2: f64 = 15.0 / 10_000.0;
    const ACRE_M2: f64 = 4_046.856_422_4;
    let units = [
        ("公顷", 15.0),
        ("hectares", 15.0),
        ("hectare", 15.0),
        ("ha", 15.0),
        ("平方米", MU_PER_M2),
        ("㎡", MU_PER_M2),
        ("m²", MU_PER_M2),
        ("m2", MU_PER_M2),
        ("sqm", MU_PER_M2),
        ("acres", ACRE_M2 * MU_PER_M2),
        ("acre", ACRE_M2 * MU_PER_M2),
    ];
    let (n, factor) = units
        .iter()
        .find_map(|(u, f)| without_suffix(s, u).map(|n| (n, *f)))?;
    Some(match n.strip_suffix('万') {
        Some(n) => (n.trim_end(), factor * 1.0e4),
        None => (n, factor),
    })
}

/// A money figure named in the other currency ("2 billion USD" in a yuan
/// field, "RMB 5亿" in a dollar field) is refused, not read as if it were in
/// the field's own: a foreign investor types dollars, and a figure about
/// seven times off would be taken for theirs (a user test).
pub(super) fn currency_clash(key: &str, unit: L10n, raw: &str) -> Option<FieldError> {
    let lower = raw.to_lowercase();
    let dollars = (DOLLARS.iter().chain(&["dollar", "美元"])).any(|w| lower.contains(w));
    // "元" alone is yuan, but not inside "美元" ("美金" holds no 元).
    let yuan = (YUAN.iter().chain(&["yuan"])).any(|w| lower.contains(w))
        || lower.replace("美元", "").contains('元');
    // Dollars in a yuan field: where dollars do go is said too (a user test
    // typed "USD 50 million" as the total and was told only to convert).
    let (clash, zh, en, zh_where, en_where) = if unit.zh.starts_with("万美元") {
        (yuan, "人民币", "yuan", "", "")
    } else if unit.zh.starts_with("万元") {
        // Where dollars go is said only where the figure is an investment
        // (a user test read it at the R&D field, where it made no sense).
        let invested = key.starts_with("invest.");
        (
            dollars,
            "美元",
            "US dollars",
            if invested {
                "外资部分可按美元填在“外资金额”一栏。"
            } else {
                ""
            },
            if invested {
                " Foreign capital itself goes in “Foreign investment”, in dollars."
            } else {
                ""
            },
        )
    } else {
        (false, "", "", "", "")
    };
    clash.then(|| {
        FieldError::new(
            key,
            format!(
                "“{}”：本栏以{}计，不能按{zh}填写；请先折算。{zh_where}",
                raw.trim(),
                unit.zh
            ),
            format!(
                "“{}”: this field is in {}, not {en}; convert the figure first.{en_where}",
                raw.trim(),
                unit.en
            ),
        )
    })
}

/// Whether a figure is written in a unit of electricity ("3000万度",
/// "15.5 GWh", "1.9亿千瓦时"): typed where a total in tce is asked, it is
/// the electricity, which the interview and the app's question then take as
/// such (a question audit and a user test had it refused as not a number).
pub fn names_electricity(raw: &str) -> bool {
    let lower = raw.trim().to_lowercase();
    let units = KWH_WORDS.iter().chain(KWH_LARGER.iter().map(|(u, _)| u));
    units.into_iter().any(|u| lower.ends_with(u))
}

/// A dollar figure typed into a yuan field ("USD 5 million" as the R&D),
/// read as dollars: in 万美元, for the form to offer its conversion at a rate
/// the reader sees. `None` for anything else.
pub fn dollars_in_yuan_field(spec: &super::FieldSpec, raw: &str) -> Option<f64> {
    let super::FieldKind::Number { unit, .. } = spec.kind else {
        return None;
    };
    if !unit.zh.starts_with("万元") {
        return None;
    }
    currency_clash(spec.key, unit, raw)?;
    let dollars = super::field("invest.foreign_usd_10k")?;
    match super::parse_value(dollars, raw, None) {
        Ok(Some(super::Value::Num(x))) if x.is_finite() && x > 0.0 => Some(x),
        _ => None,
    }
}
