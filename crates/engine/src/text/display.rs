//! How amounts and dates read in each product language. Chinese readers count
//! money in 万 (10⁴) and 亿 (10⁸), English readers in millions and billions;
//! dates are 2024年8月23日 and 23 Aug 2024. The engine stores yuan and ISO
//! dates; these functions only format, in both languages at once like every
//! other [`Text`].

use crate::data_types::Text;
use crate::text::date::Date;
use crate::text::numbers::format_number;

/// Chinese and English money units: (divisor, unit), largest first.
const ZH_UNITS: [(f64, &str); 3] = [(1e8, "亿元"), (1e4, "万元"), (1.0, "元")];
const EN_UNITS: [(f64, &str); 3] = [(1e9, "billion yuan"), (1e6, "million yuan"), (1.0, "yuan")];
const ZH_USD: [(f64, &str); 3] = [(1e8, "亿美元"), (1e4, "万美元"), (1.0, "美元")];
const EN_USD: [(f64, &str); 3] = [(1e9, "billion USD"), (1e6, "million USD"), (1.0, "USD")];

/// An amount in yuan: "1.32 亿元" / "132 million yuan", "5.3 万元" / "52,600 yuan".
pub fn money(yuan: f64) -> Text {
    money_range(yuan, yuan)
}

/// 万元 per 亩, the unit of land-intensity targets: "300 万元/亩" in Chinese,
/// where policy documents use it too; "3 million yuan per mu" in English.
pub fn money_per_mu(wan: f64) -> Text {
    Text {
        zh: format!("{} 万元/亩", grouped(wan, 1)),
        en: format!("{} per mu", money(wan * 1e4).en),
    }
}

/// A range in yuan with one unit for both ends, chosen by the larger end, so the
/// two figures compare at a glance: "1,200 – 3,000 万元", "0.8 – 1.5 billion yuan".
/// Equal ends (within half a yuan) read as one amount.
pub fn money_range(min: f64, max: f64) -> Text {
    scaled_range(min, max, &ZH_UNITS, &EN_UNITS)
}

/// US dollars, for foreign investment: "1,500 万美元" / "15 million USD".
pub fn usd(v: f64) -> Text {
    scaled_range(v, v, &ZH_USD, &EN_USD)
}

fn scaled_range(min: f64, max: f64, zh: &[(f64, &str)], en: &[(f64, &str)]) -> Text {
    let one = |units: &[(f64, &str)]| {
        let big = min.abs().max(max.abs());
        let (div, unit) = units
            .iter()
            .copied()
            .find(|(div, _)| big >= *div)
            .unwrap_or(units[units.len() - 1]);
        let fig = |v: f64| {
            let x = v / div;
            let places = if div == 1.0 { 0 } else { decimals(x) };
            grouped(x, places)
        };
        if (max - min).abs() < 0.5 || max.is_nan() {
            format!("{} {unit}", fig(max))
        } else {
            format!("{} – {} {unit}", fig(min), fig(max))
        }
    };
    Text {
        zh: one(zh),
        en: one(en),
    }
}

/// Places after the point for a figure in a large unit: about three
/// significant digits, none once it is in the hundreds.
fn decimals(x: f64) -> usize {
    match x.abs() {
        a if a >= 100.0 => 0,
        a if a >= 10.0 => 1,
        a if a >= 0.01 || a == 0.0 => 2,
        _ => 4,
    }
}

/// `x` rounded to `places`, the integer part grouped by thousands, trailing
/// zeros of the fraction dropped, and no "-0".
pub fn grouped(x: f64, places: usize) -> String {
    if !x.is_finite() {
        return "?".into();
    }
    let text = format!("{:.*}", places, x.abs());
    let (int, frac) = text.split_once('.').unwrap_or((&text, ""));
    let mut out = format_number(int.parse::<f64>().unwrap_or(0.0));
    let frac = frac.trim_end_matches('0');
    if !frac.is_empty() {
        out.push('.');
        out.push_str(frac);
    }
    if x < 0.0 && out.chars().any(|c| c.is_ascii_digit() && c != '0') {
        out.insert(0, '-');
    }
    out
}

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// A calendar day: "2024年8月23日" / "23 Aug 2024".
pub fn date(d: Date) -> Text {
    let month = MONTHS
        .get(usize::from(d.month).wrapping_sub(1))
        .copied()
        .unwrap_or("?");
    Text {
        zh: format!("{}年{}月{}日", d.year, d.month, d.day),
        en: format!("{} {month} {}", d.day, d.year),
    }
}

/// Jiujiang's county-level divisions and zones as the data names them, with
/// their usual English (pinyin) names. Bundled parks, chains and packages use
/// only names from this list (checked in `tests/meta.rs`).
pub const PLACES: &[(&str, &str)] = &[
    ("江西省", "Jiangxi Province"),
    ("九江市", "Jiujiang City"),
    ("濂溪区", "Lianxi District"),
    ("浔阳区", "Xunyang District"),
    ("柴桑区", "Chaisang District"),
    ("武宁县", "Wuning County"),
    ("修水县", "Xiushui County"),
    ("永修县", "Yongxiu County"),
    ("德安县", "De'an County"),
    ("都昌县", "Duchang County"),
    ("湖口县", "Hukou County"),
    ("彭泽县", "Pengze County"),
    ("瑞昌市", "Ruichang City"),
    ("共青城市", "Gongqingcheng City"),
    ("庐山市", "Lushan City"),
    ("九江经开区", "Jiujiang ETDZ"),
    ("共青高新区", "Gongqingcheng High-tech Zone"),
    ("瑞昌经开区", "Ruichang ETDZ"),
];

/// A place as each language writes it. A name not in [`PLACES`] (a region staff
/// typed into their own package) reads the same in both, as typed.
pub fn place(name: &str) -> Text {
    let en = PLACES
        .iter()
        .find(|(zh, _)| *zh == name.trim())
        .map_or(name, |(_, en)| en);
    Text {
        zh: name.to_string(),
        en: en.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn both(t: Text) -> (String, String) {
        (t.zh, t.en)
    }

    #[test]
    fn money_reads_in_wan_and_yi_or_millions_and_billions() {
        let cases: [(f64, &str, &str); 9] = [
            (132_253_000.0, "1.32 亿元", "132 million yuan"),
            (2_500_000_000.0, "25 亿元", "2.5 billion yuan"),
            (52_600_000_000.0, "526 亿元", "52.6 billion yuan"),
            (99_990_000.0, "9,999 万元", "100 million yuan"),
            (1_000_000.0, "100 万元", "1 million yuan"),
            (52_600.0, "5.26 万元", "52,600 yuan"),
            (7_300.0, "7,300 元", "7,300 yuan"),
            (-7_500_000.0, "-750 万元", "-7.5 million yuan"),
            (0.0, "0 元", "0 yuan"),
        ];
        for (yuan, zh, en) in cases {
            assert_eq!(both(money(yuan)), (zh.into(), en.into()), "{yuan}");
        }
    }

    #[test]
    fn land_intensity_reads_per_mu() {
        assert_eq!(
            both(money_per_mu(300.0)),
            ("300 万元/亩".into(), "3 million yuan per mu".into())
        );
        assert_eq!(money_per_mu(12.26).zh, "12.3 万元/亩");
        assert_eq!(money_per_mu(15.0).en, "150,000 yuan per mu");
    }

    #[test]
    fn a_range_uses_one_unit_chosen_by_its_larger_end() {
        assert_eq!(
            both(money_range(12_000_000.0, 150_000_000.0)),
            ("0.12 – 1.5 亿元".into(), "12 – 150 million yuan".into())
        );
        assert_eq!(
            both(money_range(0.0, 30_000_000.0)),
            ("0 – 3,000 万元".into(), "0 – 30 million yuan".into())
        );
        // Equal within half a yuan: one figure.
        assert_eq!(money_range(1e6, 1e6 + 0.2).en, "1 million yuan");
        // A tiny lower end is not rounded away to a misleading zero.
        assert_eq!(money_range(5_000.0, 2e8).zh, "0.0001 – 2 亿元");
        assert_eq!(money(f64::NAN).en, "? yuan");
        assert_eq!(
            both(usd(15_000_000.0)),
            ("1,500 万美元".into(), "15 million USD".into())
        );
    }

    #[test]
    fn dates_read_in_each_languages_order() {
        let d = Date::parse("2024-08-23").unwrap();
        assert_eq!(
            both(date(d)),
            ("2024年8月23日".into(), "23 Aug 2024".into())
        );
        let d = Date::parse("2027-01-05").unwrap();
        assert_eq!(date(d).en, "5 Jan 2027");
    }

    #[test]
    fn places_read_in_english_and_unknown_ones_as_typed() {
        assert_eq!(
            both(place("永修县")),
            ("永修县".into(), "Yongxiu County".into())
        );
        assert_eq!(
            both(place("示例园区")),
            ("示例园区".into(), "示例园区".into())
        );
    }
}
