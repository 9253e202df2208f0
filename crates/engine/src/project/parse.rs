//! The one parser: form fields, CSV cells and JSON project files into a
//! [`Project`], every problem reported at its field in both languages.

use super::distance::water_bound;
use super::*;
use crate::project::industry::Industry;
use crate::project::magnitude;
use crate::project::parcel::parse_parcel;

/// Above this a "distance in metres" is surely a unit mistake: Jiujiang spans
/// about 200 km.
pub const MAX_DISTANCE_M: f64 = 500_000.0;

/// Turns full-width digits and punctuation (common in Chinese input) into ASCII.
pub(super) fn normalise(s: &str) -> String {
    s.trim().chars().map(normal_char).collect()
}

fn normal_char(c: char) -> char {
    match c {
        '０'..='９' => char::from(b'0' + (c as u32 - '０' as u32) as u8),
        // A Chinese input method's full-width letters ("Ｃ３８４１", a user test).
        'Ａ'..='Ｚ' => char::from(b'A' + (c as u32 - 'Ａ' as u32) as u8),
        'ａ'..='ｚ' => char::from(b'a' + (c as u32 - 'ａ' as u32) as u8),
        '．' | '。' => '.',
        '－' => '-',
        '，' => ',',
        '；' => ';',
        _ => c,
    }
}

pub(super) fn parse_number(
    key: &str,
    raw: &str,
    max: f64,
    unit: &str,
) -> Result<Option<f64>, FieldError> {
    let s = normalise(raw);
    if s.is_empty() {
        return Ok(None);
    }
    let lower = s.to_lowercase();
    let (num, factor) = strip_distance_unit(&lower, unit == "m");
    // The unit typed after the figure, kept in the example we offer back:
    // "1,2km" told to write "1.2" read 1.2 m (a user test).
    let unit_typed = lower.strip_prefix(num.as_str()).unwrap_or("");
    // Metres are never written to three decimals: "2.500" is 2,500 grouped
    // with a point, as much of Europe writes it, and reading 2.5 m would
    // put a plant beside the river without a word.
    if unit == "m" && factor == 1.0 {
        dot_grouped(key, raw, num.trim())?;
    }
    let Some(num) = ungroup(num.trim()) else {
        // Words or a unit not read here ("0.8 mi"): not a number, whatever
        // the space in it; only figures get the thousands message.
        if num.chars().any(|c| c.is_alphabetic()) {
            return Err(not_a_number(key, raw));
        }
        // A decimal comma ("850,5") is offered back with a point, not as an
        // example of another size (an audit read "(0.85)" beside 850,5).
        let t = num.trim();
        let example = match t.split_once(',') {
            Some((whole, frac))
                if !whole.is_empty()
                    && !frac.is_empty()
                    && !frac.contains(',')
                    && (whole.chars().chain(frac.chars())).all(|c| c.is_ascii_digit()) =>
            {
                crate::text::concat(&[whole, ".", frac, unit_typed])
            }
            _ => "0.85".to_string(),
        };
        return Err(FieldError::new(
            key,
            format!(
                "“{}”：逗号或空格只能用于千位分隔（如 1,000）；小数请用小数点（如 {example}）。",
                raw.trim()
            ),
            format!(
                "“{}”: a comma or space may only group thousands (as in 1,000); write decimals with a point ({example}).",
                raw.trim()
            ),
        ));
    };
    let valid_chars = !num.is_empty()
        && num
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == '-' || c == '+' || c == 'e');
    let value = match num.parse::<f64>() {
        Ok(v) if valid_chars && v.is_finite() => v * factor,
        // "1e400" is a number, just too large for a float: say so, as for
        // "1e300", rather than that it is not one ("-1e400" is told it
        // cannot be negative, as -1 would be).
        Ok(v) if valid_chars && v == f64::INFINITY => f64::INFINITY,
        Ok(v) if valid_chars && v == f64::NEG_INFINITY => -1.0,
        _ => return Err(not_a_number(key, raw)),
    };
    if value < 0.0 {
        return Err(negative(key));
    }
    if value > max {
        return Err(beyond_range(key, raw, max));
    }
    Ok(Some(value))
}

/// A figure in a field's unit: refused in the other currency, read with
/// its unit or magnitude where the unit allows one ("5亿", "100万吨"), and
/// asked about where a point may group thousands ("8.000" tce or 万元: 8 or
/// 8,000?, as ambiguous as "2.500" m), with or without them.
fn amount(key: &str, unit: L10n, max: f64, raw: &str) -> Result<Option<f64>, FieldError> {
    if let Some(e) = magnitude::currency_clash(key, unit, raw) {
        return Err(e);
    }
    // Said aloud ("约5亿", "5个亿", "150亩左右"): rewritten, then read as
    // typed; a message quotes what the user typed, not the rewriting.
    let typed = raw;
    let rewritten = super::spoken::spoken_amount(key, unit, raw)?;
    if let Some(r) = &rewritten {
        return amount_of(key, unit, max, r).map_err(|mut e| {
            e.message.zh = e.message.zh.replace(r.as_str(), typed.trim());
            e.message.en = e.message.en.replace(r.as_str(), typed.trim());
            e
        });
    }
    amount_of(key, unit, max, raw)
}

/// [`amount`] once any spoken form is rewritten.
fn amount_of(key: &str, unit: L10n, max: f64, raw: &str) -> Result<Option<f64>, FieldError> {
    let raw = magnitude::without_own_unit(unit, raw);
    let magnitude = magnitude::with_magnitude(unit, raw);
    // "8.000" may be 8 or 8,000, with its own unit too ("8.000万"); before
    // a larger magnitude ("1.667亿千瓦时", "1.667 billion", "1.667 GWh") a
    // point is a decimal point (a user re-test had them refused).
    let larger = magnitude.is_some_and(|(_, f)| f > 1.0);
    if (unit.zh.starts_with(['万', '吨']) || unit.zh == "亩") && !larger {
        let number = magnitude.map_or(raw, |(n, _)| n);
        dot_grouped(key, raw, &normalise(number))?;
    }
    match magnitude {
        Some((number, factor)) => scaled(key, raw, number, factor, max),
        None => parse_number(key, raw, max, ""),
    }
    .map_err(|e| {
        let e = magnitude::hint_tce(magnitude::hint_wan(e, unit, raw), unit, raw);
        magnitude::hint_kwh(e, unit, raw, max)
    })
}

/// `number` (the part of `raw` before its magnitude) times `factor`, checked
/// against `max` as typed.
fn scaled(
    key: &str,
    raw: &str,
    number: &str,
    factor: f64,
    max: f64,
) -> Result<Option<f64>, FieldError> {
    let is_figure = |n: &str| matches!(parse_number(key, n, f64::MAX, ""), Ok(Some(_)));
    let n = match parse_number(key, number, f64::MAX, "") {
        Ok(Some(n)) => n,
        // "-5亿" is a figure, only negative: told so, as "-5" is (it was
        // told it is not a number).
        _ if number.trim_start().strip_prefix('-').is_some_and(is_figure) => {
            return Err(negative(key))
        }
        _ => return Err(not_a_number(key, raw)),
    };
    // To 12 significant figures: "16.67 GWh" is 1,667 ×10⁴ kWh, not
    // 1,667.0000000000002.
    let value = format!("{:.11e}", n * factor).parse().unwrap_or(n * factor);
    if value > max {
        return Err(beyond_range(key, raw, max));
    }
    Ok(Some(value))
}

/// Above the field's plausible range: the text as typed ("1e308" reads
/// better than its 309 digits), the limit in the field's own unit.
fn beyond_range(key: &str, raw: &str, max: f64) -> FieldError {
    let max = crate::text::numbers::format_number(max);
    FieldError::new(
        key,
        format!("“{}”超出合理范围（最大 {max}），单位可能有误。", raw.trim()),
        format!(
            "“{}” is beyond the plausible range (at most {max}); check the unit.",
            raw.trim()
        ),
    )
}

fn negative(key: &str) -> FieldError {
    FieldError::new(key, "不能为负数。".into(), "Cannot be negative.".into())
}

fn not_a_number(key: &str, raw: &str) -> FieldError {
    FieldError::new(
        key,
        format!("“{}”不是数字。", raw.trim()),
        format!("“{}” is not a number.", raw.trim()),
    )
}

/// Refuses a whole number grouped with points ("2.500", "1.000.000"): in a
/// field where three decimals make no sense it is 2,500 as often as 2.5.
fn dot_grouped(key: &str, raw: &str, num: &str) -> Result<(), FieldError> {
    if !looks_dot_grouped(num) {
        return Ok(());
    }
    let (a, b) = (num.replacen('.', "", usize::MAX), num.trim_end_matches('0'));
    let b = b.trim_end_matches('.');
    Err(FieldError::new(
        key,
        format!(
            "“{}”：是 {b} 还是 {a}？千位请用逗号分隔（如 1,000）或不分隔，小数不要补零。",
            raw.trim()
        ),
        format!(
            "“{}”: {b} or {a}? Group thousands with a comma (as in 1,000) or not at all, and write decimals without trailing zeros.",
            raw.trim()
        ),
    ))
}

/// "2.500", "1.000.000": one to three digits, then groups of three after
/// points.
fn looks_dot_grouped(num: &str) -> bool {
    let mut groups = num.split('.');
    let first = groups.next().unwrap_or("");
    let digits = |g: &str| !g.is_empty() && g.bytes().all(|b| b.is_ascii_digit());
    let rest: Vec<&str> = groups.collect();
    (1..=3).contains(&first.len())
        && digits(first)
        && !first.starts_with('0')
        && !rest.is_empty()
        && rest.iter().all(|g| g.len() == 3 && digits(g))
}

/// The number without its thousands separators (commas or spaces), or
/// `None` when they do not group thousands: "0,85" and "850,5" are decimal
/// commas, and reading them as 85 or 8505 would move a distance across a
/// threshold without a word.
fn ungroup(num: &str) -> Option<String> {
    let is_sep = |c: char| c == ',' || c == ' ';
    if !num.contains(is_sep) {
        return Some(num.to_string());
    }
    let int_end = num.find(['.', 'e']).unwrap_or(num.len());
    let (int, rest) = num.split_at(int_end);
    if rest.contains(is_sep) {
        return None;
    }
    let int = int.strip_prefix(['-', '+']).unwrap_or(int);
    let mut groups = int.split(is_sep);
    let first = groups.next()?;
    let digits = |g: &str| g.bytes().all(|b| b.is_ascii_digit());
    // A leading zero never starts a grouped number: "0,450" is 0.45 written
    // with a decimal comma, not 450.
    let grouped = (1..=3).contains(&first.len())
        && digits(first)
        && !first.starts_with('0')
        && groups.all(|g| g.len() == 3 && digits(g));
    grouped.then(|| num.chars().filter(|c| !is_sep(*c)).collect())
}

pub(super) fn strip_distance_unit(s: &str, is_distance: bool) -> (String, f64) {
    if !is_distance {
        return (s.to_string(), 1.0);
    }
    if let Some(n) = s
        .strip_suffix("km")
        .or_else(|| s.strip_suffix("公里"))
        .or_else(|| s.strip_suffix("千米"))
    {
        (n.to_string(), 1000.0)
    } else if let Some(n) = s.strip_suffix('m').or_else(|| s.strip_suffix('米')) {
        (n.to_string(), 1.0)
    } else {
        (s.to_string(), 1.0)
    }
}

/// A non-negative number as the form reads one (thousands separators, a
/// decimal point, full-width digits), for inputs outside the project's
/// fields (the package editor's amounts): `None` when blank.
pub fn parse_plain_number(raw: &str) -> Result<Option<f64>, FieldError> {
    parse_number("", raw, f64::MAX, "")
}

/// A sum of money typed with its magnitude ("1亿", "2万", "300 million",
/// "5亿元人民币"), in yuan, as the project form reads one in 万元: `None`
/// for a figure typed without one, which the caller reads in its own unit
/// (the package editor's amounts are in 元 or 万元; a user test saw "1亿"
/// refused there while the form took it).
pub fn parse_yuan_with_magnitude(raw: &str) -> Option<Result<f64, FieldError>> {
    let unit = super::fields::WAN_CNY;
    magnitude::with_magnitude(unit, raw)?;
    Some(
        amount("", unit, f64::MAX, raw)
            .and_then(|v| v.map(|wan| wan * 1e4).ok_or_else(|| not_a_number("", raw))),
    )
}

/// The options a value may take, in the reader's words first and with the
/// key a file may use beside each (a user test read bare keys as jargon):
/// "新建（new）、扩建（expansion）" and "New build (new), Expansion (expansion)".
/// Each option is (key, Chinese label, English label).
pub(crate) fn worded_options<'a>(
    options: impl Iterator<Item = (&'a str, &'a str, &'a str)>,
) -> (String, String) {
    let (zh, en): (Vec<String>, Vec<String>) = options
        .map(|(key, zh, en)| (format!("{zh}（{key}）"), format!("{en} ({key})")))
        .unzip();
    (zh.join("、"), en.join(", "))
}

fn parse_choice(
    spec: &FieldSpec,
    choices: &'static [Choice],
    s: &str,
) -> Result<&'static str, FieldError> {
    choices
        .iter()
        .find(|c| {
            // `s` is normalised: so is the label it is compared with ("已核对，
            // 未禁止" typed as the form shows it had been refused).
            s.eq_ignore_ascii_case(c.key)
                || s.chars().eq(c.label.zh.chars().map(normal_char))
                || s.eq_ignore_ascii_case(c.label.en)
        })
        .map(|c| c.key)
        .ok_or_else(|| {
            let (zh, en) = worded_options(choices.iter().map(|c| (c.key, c.label.zh, c.label.en)));
            FieldError::new(
                spec.key,
                format!("“{s}”不是有效选项，可选：{zh}。"),
                format!("“{s}” is not an option; use one of: {en}."),
            )
        })
}

/// Parses one field's text. `Ok(None)` means "not given".
pub fn parse_value(
    spec: &FieldSpec,
    raw: &str,
    industry: Option<&Industry>,
) -> Result<Option<Value>, FieldError> {
    let key = spec.key;
    let s = normalise(raw);
    if s.is_empty() {
        return Ok(None);
    }
    Ok(Some(match spec.kind {
        FieldKind::Text => {
            // Kept as typed: a name or a surveyor's note is the user's own
            // words, and its full-width punctuation is Chinese, not a
            // number's (an audit saw "线索，仅知" written back as "线索,仅知").
            let s = raw.trim();
            if s.chars().count() > 200 {
                return Err(FieldError::new(
                    key,
                    "过长（最多200字）。".into(),
                    "Too long (200 characters at most).".into(),
                ));
            }
            Value::Text(s.into())
        }
        FieldKind::IndustryCode => {
            let code = industry.and_then(|i| i.resolve(&s)).ok_or_else(|| {
                // A name typed to search: the field takes its code, so say
                // which codes the words find, as the search list does.
                let found = industry.map_or(Vec::new(), |i| i.search(&s, 3));
                let zh: Vec<String> = (found.iter())
                    .map(|c| format!("{} {}", c.code, c.name_zh))
                    .collect();
                // English names are unofficial and stop at the group: a
                // class is named by its group's.
                let en: Vec<String> = (found.iter())
                    .map(|c| match industry.and_then(|i| i.english(&c.code)) {
                        Some((of, name)) if of.code == c.code => format!("{} {name}", c.code),
                        Some((_, name)) => format!("{} (in {name})", c.code),
                        None => c.code.clone(),
                    })
                    .collect();
                if found.is_empty() {
                    FieldError::new(
                        key,
                        format!("“{s}”不是 GB/T 4754-2017 中的行业代码。"),
                        format!("“{s}” is not a GB/T 4754-2017 industry code."),
                    )
                } else {
                    FieldError::new(
                        key,
                        format!("“{s}”不是行业代码，请选定一个，如：{}。", zh.join("；")),
                        format!(
                            "“{s}” is not an industry code; choose one, e.g. {}.",
                            en.join("; ")
                        ),
                    )
                }
            })?;
            Value::Text(code.into())
        }
        FieldKind::ChemicalPark => {
            if s.len() > 64
                || !s
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
            {
                return Err(FieldError::new(
                    key,
                    format!("“{s}”不是园区代号（如 pengze-jishan；批量表中也可写园区名称，如“彭泽矶山”）。"),
                    format!("“{s}” is not a park id (such as pengze-jishan; a batch sheet may also give the park's name, such as “Jishan”)."),
                ));
            }
            Value::Text(s.into())
        }
        FieldKind::Choice(choices) => Value::Choice(parse_choice(spec, choices, &s)?),
        FieldKind::Set(choices) => {
            let parts: Vec<&str> = s
                .split([',', ';', '、', ' ', '|'])
                .map(str::trim)
                .filter(|p| !p.is_empty())
                .collect();
            if parts.len() == 1
                && (parts[0].eq_ignore_ascii_case("none")
                    || parts[0] == "无"
                    || parts[0] == "均不涉及")
            {
                Value::Set(Vec::new().into())
            } else {
                let mut items = Vec::new();
                for p in parts {
                    let k = parse_choice(spec, choices, p)?;
                    if !items.contains(&k) {
                        items.push(k);
                    }
                }
                items.sort();
                Value::Set(items.into())
            }
        }
        FieldKind::YesNo => match s.to_lowercase().as_str() {
            // As a Chinese reply says it too (a question audit's 不是, 没有
            // and 对 were refused).
            "true" | "yes" | "y" | "1" | "是" | "是的" | "对" | "有" => Value::Bool(true),
            "false" | "no" | "n" | "0" | "否" | "不是" | "不" | "没有" | "无" | "不对" => {
                Value::Bool(false)
            }
            _ => {
                return Err(FieldError::new(
                    key,
                    // Files hold yes/no, forms 是/否: both are read, and said.
                    format!("“{s}”无法识别，请填“是”或“否”（文件中也可写 yes 或 no）。"),
                    format!("“{s}” is not recognised; use yes or no."),
                ));
            }
        },
        FieldKind::Distance => match water_bound(key, &s) {
            Some(bound) => bound?,
            None => match parse_distance(key, raw)? {
                Some(v) => Value::Num(v),
                None => return Ok(None),
            },
        },
        FieldKind::Day => match crate::text::date::Date::parse(&s) {
            Some(d) => Value::Text(d.to_string().into()),
            None => {
                return Err(FieldError::new(
                    key,
                    format!("“{s}”不是有效日期，请用 YYYY-MM-DD。"),
                    format!("“{s}” is not a valid date; use YYYY-MM-DD."),
                ))
            }
        },
        FieldKind::Coordinates => {
            use crate::geo::coords::{parse_lon_lat, CoordError};
            let p = parse_lon_lat(&s).map_err(|e| {
                let (zh, en) = match e {
                    CoordError::NotTwoNumbers => (
                        "应为两个坐标值，如 116.0, 29.71。",
                        "Expected two coordinates, e.g. 116.0, 29.71.",
                    ),
                    CoordError::BadDms => (
                        "分、秒应在0到60之间。",
                        "Minutes and seconds must be between 0 and 60.",
                    ),
                    CoordError::OutOfRange => {
                        ("不是有效的经纬度。", "Not a valid longitude and latitude.")
                    }
                    CoordError::Ambiguous => (
                        "无法分辨经度和纬度，请加上 E/N 或“东经/北纬”。",
                        "Cannot tell longitude from latitude; add E/N.",
                    ),
                    CoordError::LinkWithoutPoint => (
                        "链接中没有坐标：短链接请先在浏览器打开，再复制其中的经纬度。",
                        "The link holds no coordinates: open a short link first, then copy the longitude and latitude.",
                    ),
                };
                FieldError::new(key, format!("“{s}”：{zh}"), format!("“{s}”: {en}"))
            })?;
            Value::Point(p.point.lon, p.point.lat)
        }
        FieldKind::Parcel => parse_parcel(key, &s)?,
        // A yearly energy total known only to be at most a figure ("不超过500",
        // "<=500"): enough for a software office that cannot say its tce
        // but knows it is far below any review line (a user test).
        // (A plain figure falls through to the arm below.)
        FieldKind::Number { unit, max }
            if key == super::fields::STATED_TOTAL_TCE && energy_bound(&s).is_some() =>
        {
            let rest = energy_bound(&s).unwrap_or_default();
            match amount(key, unit, max, rest)? {
                Some(v) => Value::Within(v),
                None => return Ok(None),
            }
        }
        FieldKind::Number { unit, max } => match amount(key, unit, max, raw)? {
            Some(v) if v == 0.0 && super::fields::ABOVE_ZERO.contains(&key) => {
                return Err(FieldError::new(
                    key,
                    "须大于零。".into(),
                    "Must be more than zero.".into(),
                ))
            }
            Some(v) if v.fract() != 0.0 && super::fields::WHOLE_NUMBERS.contains(&key) => {
                return Err(FieldError::new(
                    key,
                    format!("“{}”：须为整数。", raw.trim()),
                    format!("“{}”: must be a whole number.", raw.trim()),
                ))
            }
            Some(v) => Value::Num(v),
            None => return Ok(None),
        },
    }))
}

/// The figure of an energy total said as an upper bound, "at most" (a
/// strict "under" read as "at most", which can only leave more open).
fn energy_bound(s: &str) -> Option<&str> {
    const BEFORE: &[&str] = &[
        "<=",
        "≤",
        "≦",
        "<",
        "＜",
        "不超过",
        "不到",
        "不足",
        "少于",
        "小于",
        "低于",
        "at most",
        "under",
        "below",
        "less than",
    ];
    const AFTER: &[&str] = &["以下", "以内"];
    let s = s.trim();
    (BEFORE.iter().find_map(|p| magnitude::without_prefix(s, p)))
        .or_else(|| {
            AFTER
                .iter()
                .find_map(|p| s.strip_suffix(p).map(str::trim_end))
        })
        .filter(|rest| !rest.is_empty())
}

/// Builds a project from `(field key, text)` pairs; empty text means "not
/// given". Returns the project with every valid field set, and the errors of
/// the others, so nothing valid is thrown away because of one bad field.
pub fn parse_fields<'a>(
    pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
    industry: &Industry,
) -> (Project, Vec<FieldError>) {
    let mut p = Project::default();
    let mut errors = Vec::new();
    for (key, raw) in pairs {
        if key == "schema_version" {
            if let Err(e) = check_schema_version(raw) {
                errors.push(e);
            }
            continue;
        }
        let Some(spec) = field(key) else {
            errors.push(FieldError::new(
                key,
                format!("未知字段“{key}”。"),
                format!("Unknown field “{key}”."),
            ));
            continue;
        };
        match parse_value(spec, raw, Some(industry)) {
            Ok(Some(v)) => p.set(spec.key, Some(v)),
            Ok(None) => {}
            Err(e) => {
                p.refuse(spec.key);
                errors.push(e);
            }
        }
    }
    (p, errors)
}

fn check_schema_version(raw: &str) -> Result<(), FieldError> {
    let s = raw.trim();
    match s.parse::<u32>() {
        Ok(v) if v == SCHEMA_VERSION => Ok(()),
        Ok(v) if v > SCHEMA_VERSION => Err(FieldError::new(
            "schema_version",
            format!("文件格式版本 {v} 比本程序（{SCHEMA_VERSION}）新，请更新程序。"),
            format!("File format version {v} is newer than this program's ({SCHEMA_VERSION}); update the program."),
        )),
        _ => Err(FieldError::new(
            "schema_version",
            format!("文件格式版本“{s}”无效，应为 {SCHEMA_VERSION}。"),
            format!("Invalid file format version “{s}”; expected {SCHEMA_VERSION}."),
        )),
    }
}

/// Reads a project file (JSON, docs/project-format.md).
pub fn project_from_json(text: &str, industry: &Industry) -> Result<Project, Vec<FieldError>> {
    // Every error at once: those of the file's shape and those of its values.
    let (pairs, mut errors) = json_pairs(text)?;
    let (project, parse_errors) = parse_fields(
        pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())),
        industry,
    );
    errors.extend(parse_errors);
    if errors.is_empty() {
        Ok(project)
    } else {
        Err(errors)
    }
}

/// A project file's fields as the texts a form holds, before any value is
/// checked: the errors are only of its shape (not JSON, not an object, a
/// value of the wrong type, no or a newer `schema_version`). The app imports
/// a file whose values are wrong this way, so they are kept and flagged at
/// their fields, as typed ones are.
pub fn project_json_fields(text: &str) -> Result<Vec<(String, String)>, Vec<FieldError>> {
    let (pairs, mut errors) = json_pairs(text)?;
    // The version is part of the shape: a newer file may mean other things.
    if let Some((_, v)) = pairs.iter().find(|(k, _)| k == "schema_version") {
        if let Err(e) = check_schema_version(v) {
            errors.push(e);
        }
    }
    if errors.is_empty() {
        Ok(pairs)
    } else {
        Err(errors)
    }
}

/// `(field key, text)`, in the order the file gives them.
type Pairs = Vec<(String, String)>;

/// The file's `(key, text)` pairs and the errors of its shape; `Err` only
/// when it is not a JSON object at all.
fn json_pairs(text: &str) -> Result<(Pairs, Vec<FieldError>), Vec<FieldError>> {
    // Notepad saves UTF-8 with a byte-order mark, which JSON does not allow;
    // the CSV reader takes it, and so does this (an audit).
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let value: serde_json::Value = serde_json::from_str(text).map_err(|e| {
        let t = crate::text::json_error(("项目文件", "project file"), &e);
        vec![FieldError::new("", t.zh, t.en)]
    })?;
    let obj = value.as_object().ok_or_else(|| {
        vec![FieldError::new(
            "",
            "项目文件应为一个 JSON 对象。".into(),
            "A project file must be one JSON object.".into(),
        )]
    })?;
    // A key given twice is read by JSON from its last copy, without a word:
    // which one was meant is not guessed (an audit's "site" twice, 600 m
    // then 1,500 m from the Yangtze, flipped a chemical plant's verdict).
    if let Ok(super::json_keys::Repeated(Some(key))) = serde_json::from_str(text) {
        return Err(vec![FieldError::new(
            &key,
            format!("“{key}”在文件中出现了不止一次，无法判断以哪一个为准：请只保留一个。"),
            format!("“{key}” appears more than once in the file, so which one is meant cannot be told: keep one."),
        )]);
    }
    let mut pairs: Vec<(String, String)> = Vec::new();
    let mut errors = Vec::new();
    flatten("", obj, &mut pairs, &mut errors);
    if !obj.contains_key("schema_version") {
        errors.push(FieldError::new(
            "schema_version",
            format!("缺少 schema_version（当前为 {SCHEMA_VERSION}）。"),
            format!("Missing schema_version (currently {SCHEMA_VERSION})."),
        ));
    }
    Ok((pairs, errors))
}

fn flatten(
    prefix: &str,
    obj: &serde_json::Map<String, serde_json::Value>,
    pairs: &mut Vec<(String, String)>,
    errors: &mut Vec<FieldError>,
) {
    use serde_json::Value as J;
    for (k, v) in obj {
        let key = if prefix.is_empty() {
            k.clone()
        } else {
            format!("{prefix}.{k}")
        };
        let is_set = field(&key).is_some_and(|f| matches!(f.kind, FieldKind::Set(_)));
        match v {
            J::Null => pairs.push((key, String::new())),
            J::Bool(b) => pairs.push((key, b.to_string())),
            // As a person types it: 4000, not 4000.0 (the file may hold floats).
            J::Number(n) => pairs.push((key, {
                let text = match n.as_f64() {
                    Some(x) if n.is_f64() && x.fract() == 0.0 && x.abs() < 1e15 => {
                        (x as i64).to_string()
                    }
                    _ => n.to_string(),
                };
                // A file's 123.456 is a decimal, never grouped thousands: a
                // trailing zero keeps the text from reading as typed "2.500".
                if looks_dot_grouped(&text) {
                    text + "0"
                } else {
                    text
                }
            })),
            J::String(s) => pairs.push((key, s.clone())),
            J::Array(items) if is_set && items.iter().all(J::is_string) => {
                let joined: Vec<&str> = items.iter().filter_map(J::as_str).collect();
                pairs.push((
                    key,
                    if joined.is_empty() {
                        "none".into()
                    } else {
                        joined.join(",")
                    },
                ));
            }
            J::Object(inner)
                if prefix.is_empty()
                    && Section::from_key(k).is_some_and(|s| s != Section::Project) =>
            {
                flatten(&key, inner, pairs, errors)
            }
            _ => errors.push(FieldError::new(
                &key,
                format!("字段“{key}”的值类型不对。"),
                format!("Field “{key}” has a value of the wrong type."),
            )),
        }
    }
}
