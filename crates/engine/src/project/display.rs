//! How an entered value reads back to a person: choice labels, money in the
//! reader's units, the file form of a value.

use super::*;

/// A money field's entry restated in the reader's units, shown under the
/// input so that 50000 (万元) reads back as "5 亿元" / "500 million yuan".
/// `None` for other fields and for text that is not a valid amount.
pub fn amount_echo(spec: &FieldSpec, raw: &str) -> Option<Text> {
    // A distance said in words ("5公里外", "一公里多", "不到1公里") reads back
    // as the figure or bound the rules use (a re-test: read silently).
    if spec.kind == FieldKind::Distance {
        let plain = raw
            .trim()
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | ','));
        return match parse_value(spec, raw, None) {
            Ok(Some(v)) if !plain => Some(display_value(Some(spec), &v)),
            _ => None,
        };
    }
    let FieldKind::Number { unit, .. } = spec.kind else {
        return None;
    };
    match parse_value(spec, raw, None) {
        Ok(Some(Value::Num(x))) => money_in_units(x, unit).or_else(|| in_field_unit(x, unit, raw)),
        // An energy total said as a bound reads back as one ("≤ 500 tce").
        Ok(Some(v @ Value::Within(_))) => Some(display_value(Some(spec), &v)),
        _ => None,
    }
}

/// A share typed as a fraction ("0.15" in a per-cent field): read as it
/// stands, 0.15 %, which is what the rules then use, so the reader is told
/// and shown what to type for 15 % (a user test lost the high-tech rate to
/// it, silently). Not refused: a share under 1 % can be meant.
pub fn fraction_hint(spec: &FieldSpec, raw: &str) -> Option<Text> {
    let FieldKind::Number { unit, .. } = spec.kind else {
        return None;
    };
    // Typed with its sign ("0.5%"), it is meant as per cent.
    if unit != PCT || raw.contains(['%', '％']) {
        return None;
    }
    match parse_value(spec, raw, None) {
        // (From 0.005: "1e-7" would be told to type 0.)
        Ok(Some(Value::Num(x))) if (0.005..1.0).contains(&x) => {
            let f = crate::text::numbers::format_number;
            let (typed, meant) = (f(x), f((x * 1e6).round() / 1e4));
            Some(Text {
                zh: format!("按 {typed}% 读取；若是 {meant}%，请填 {meant}。"),
                en: format!("Read as {typed} %. If {meant} % is meant, type {meant}."),
            })
        }
        _ => None,
    }
}

/// A figure typed with a magnitude or another unit ("10 ha", "30 million
/// kWh", "100万吨"), in the field's unit it was read as: the reader sees
/// what the rules will use. A bare figure, or one in the field's unit alone
/// ("300亩"), needs no echo.
fn in_field_unit(x: f64, unit: L10n, raw: &str) -> Option<Text> {
    let bare = [unit.zh, unit.en]
        .iter()
        .find_map(|u| raw.trim().strip_suffix(u))
        .unwrap_or(raw);
    let plain = !bare.chars().any(|c| c.is_alphabetic() || "²㎡".contains(c));
    if plain || unit.zh.is_empty() || unit == PEOPLE {
        return None;
    }
    // Whole units from a hundred up, as land and energy are quoted; below,
    // enough decimals to show what was read ("2 m2" is 0.003 亩, not 0).
    let shown = |x: f64| {
        let places = match x {
            x if x >= 100.0 => 0,
            x if x >= 1.0 => 2,
            _ => 4,
        };
        let scale = 10f64.powi(places);
        crate::text::numbers::format_number((x * scale).round() / scale)
    };
    let n = shown(x);
    // "10⁴ kWh" is read in English as the kWh themselves, scaled before
    // rounding so none go missing.
    let en = match unit.en.strip_prefix("10⁴ ") {
        Some(rest) => format!("{} {rest}", shown(x * 1e4)),
        None => format!("{n} {}", unit.en),
    };
    Some(Text {
        zh: format!("{n} {}", unit.zh),
        en,
    })
}

/// An amount entered in 万元, 万元/年 or 万美元, in the reader's units
/// (万元/亿元 or millions/billions); `None` for any other unit.
fn money_in_units(x: f64, unit: L10n) -> Option<Text> {
    let m = if unit == WAN_CNY {
        crate::text::display::money(x * 1e4)
    } else if unit == WAN_CNY_YR {
        let m = crate::text::display::money(x * 1e4);
        Text {
            zh: format!("{}/年", m.zh),
            en: format!("{} a year", m.en),
        }
    } else if unit == WAN_USD {
        crate::text::display::usd(x * 1e4)
    } else {
        return None;
    };
    Some(m)
}

/// Electricity and gas in 万 as an English reader quotes them: "3,000 10⁴
/// kWh" read as a typo (a user test); 30 GWh, 2 million m³. (Not for the
/// field's echo, which shows every kWh read.)
fn energy_in_units(x: f64, unit: L10n) -> Option<Text> {
    let f = crate::text::numbers::format_number;
    let v = x * 1e4;
    let en = match unit.en {
        "10⁴ kWh" if v >= 1e9 => format!("{} TWh", f(v / 1e9)),
        "10⁴ kWh" if v >= 1e6 => format!("{} GWh", f(v / 1e6)),
        "10⁴ kWh" => format!("{} MWh", f(v / 1e3)),
        "10⁴ m³" if v >= 1e6 => format!("{} million m³", f(v / 1e6)),
        "10⁴ m³" => format!("{} m³", f(v)),
        _ => return None,
    };
    Some(Text {
        zh: format!("{} {}", f(x), unit.zh),
        en,
    })
}

/// The chemical-park field's answers that name no listed park.
pub const PARK_ANSWERS: [(&str, L10n); 3] = [
    (
        "none",
        L10n::new("不在化工园区内", "Not in a chemical park"),
    ),
    (
        "other_recognised",
        L10n::new(
            "其他已认定化工园区（自述）",
            "Another recognised chemical park (as stated)",
        ),
    ),
    (
        "revoked",
        L10n::new(
            "已取消化工定位的园区",
            "A park whose chemical designation was cancelled",
        ),
    ),
];

/// A value as each language writes it, with its field's unit and labels.
pub fn display_value(spec: Option<&FieldSpec>, v: &Value) -> Text {
    let both = |s: &str| Text {
        zh: s.to_string(),
        en: s.to_string(),
    };
    // A choice's label, or its key when the data has no such choice.
    let label = |choices: &[Choice], k: &str| {
        choices
            .iter()
            .find(|c| c.key == k)
            .map_or_else(|| both(k), |c| Text::from(c.label))
    };
    let with_unit = |x: f64, zh: &str, en: &str| {
        let n = crate::text::numbers::format_number(x);
        Text {
            zh: format!("{n} {zh}"),
            en: format!("{n} {en}"),
        }
    };
    match (v, spec.map(|f| f.kind)) {
        (Value::Num(x), Some(FieldKind::Number { unit, .. })) => (money_in_units(*x, unit)
            .or_else(|| energy_in_units(*x, unit)))
        .unwrap_or_else(|| with_unit(*x, unit.zh, unit.en)),
        (Value::Num(x), Some(FieldKind::Distance)) => with_unit(*x, "米", "m"),
        (Value::Beyond(x), _) => {
            let t = with_unit(*x, "米", "m");
            Text {
                zh: format!("> {}", t.zh),
                en: format!("> {}", t.en),
            }
        }
        (Value::Within(x), kind) => {
            let t = match kind {
                Some(FieldKind::Number { unit, .. }) => with_unit(*x, unit.zh, unit.en),
                _ => with_unit(*x, "米", "m"),
            };
            Text {
                zh: format!("≤ {}", t.zh),
                en: format!("≤ {}", t.en),
            }
        }
        (Value::Text(t), Some(FieldKind::ChemicalPark)) => (PARK_ANSWERS.iter())
            .find(|(k, _)| **k == **t)
            .map_or_else(|| both(t), |(_, l)| Text::from(*l)),
        (Value::Bool(b), _) => Text::from(if *b {
            L10n::new("是", "yes")
        } else {
            L10n::new("否", "no")
        }),
        (Value::Choice(k), Some(FieldKind::Choice(choices))) => label(choices, k),
        (Value::Set(items), _) if items.is_empty() => Text::from(L10n::new("无", "none")),
        (Value::Set(items), Some(FieldKind::Set(choices))) => {
            let names: Vec<Text> = items.iter().map(|k| label(choices, k)).collect();
            let join =
                |pick: fn(&Text) -> &str, sep| names.iter().map(pick).collect::<Vec<_>>().join(sep);
            Text {
                zh: join(|t| &t.zh, "、"),
                en: join(|t| &t.en, ", "),
            }
        }
        (Value::Set(items), _) => both(&items.join(", ")),
        _ => both(&value_text(v)),
    }
}

/// A value as a project file or CSV cell writes it.
pub fn value_text(v: &Value) -> String {
    match v {
        Value::Num(x) => x.to_string(),
        Value::Beyond(x) => format!(">{x}"),
        Value::Within(x) => format!("<={x}"),
        Value::Bool(b) => (if *b { "yes" } else { "no" }).to_string(),
        Value::Choice(s) => s.to_string(),
        Value::Set(items) if items.is_empty() => "none".to_string(),
        Value::Set(items) => items.join(","),
        Value::Text(s) => s.to_string(),
        Value::Point(lon, lat) => format!("{lon}, {lat}"),
        Value::Parcel(pts) => parcel_text(pts),
    }
}
