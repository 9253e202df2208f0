//! The investment bands of a tiered package item as staff write them in the
//! package editor, one band a line: `MIN-MAX: AMOUNT`, the investment in
//! 万元, the amount in yuan per 亩, or `fixed N` (`固定 N`) for N 万元 once.
//! The top band leaves MAX empty (`30000-: 20000` or `30000+: 20000`).
//! A line that cannot be read is refused with its number, never dropped:
//! a band left out silently would change the estimate.

use crate::data_types::InvestmentTier;
use crate::data_types::Text;
use crate::project::parse_plain_number;

const WAN: f64 = 1e4;

/// A band's amount settled case by case (一事一议): no amount, negotiable.
const CASE_BY_CASE: &[&str] = &["一事一议", "case by case", "negotiable", "面议"];

fn line_error(n: usize, zh: &str, en: &str) -> Text {
    Text {
        zh: format!("第 {n} 行：{zh}"),
        en: format!("Line {n}: {en}"),
    }
}

/// One number of a band, in the editor's unit; `what` names it in errors.
fn number(n: usize, raw: &str, what: (&str, &str)) -> Result<f64, Text> {
    match parse_plain_number(raw) {
        Ok(Some(x)) => Ok(x),
        Ok(None) => Err(line_error(
            n,
            &format!("缺少{}。", what.0),
            &format!("the {} is missing.", what.1),
        )),
        Err(e) => Err(Text {
            zh: format!("第 {n} 行，{}：{}", what.0, e.message.zh),
            en: format!("Line {n}, {}: {}", what.1, e.message.en),
        }),
    }
}

/// The bands written in `text`, in the order given, each above the one
/// before and not overlapping it (as the package's validation asks), so a
/// band out of place is refused at its line, not later without one. Blank
/// lines are skipped.
pub fn bands_from_text(text: &str) -> Result<Vec<InvestmentTier>, Text> {
    let mut out: Vec<InvestmentTier> = Vec::new();
    // The line of the band before, for a message about the two.
    let mut previous_line = 0;
    for (k, line) in text.lines().enumerate() {
        let n = k + 1;
        if line.trim().is_empty() {
            continue;
        }
        let Some((range, amount)) = line.split_once([':', '：']) else {
            return Err(line_error(
                n,
                "应写作“下限-上限: 每亩元数”，如 10000-30000: 15000。",
                "write “min-max: yuan per mu”, e.g. 10000-30000: 15000.",
            ));
        };
        let range = range.trim();
        let (lo, hi) = match range.split_once(['-', '–', '—', '~', '～', '至']) {
            Some((a, b)) => (a, b.trim()),
            None => (range.strip_suffix('+').unwrap_or(range), ""),
        };
        let min_cny = number(n, lo, ("投资额下限", "least investment"))? * WAN;
        let max_cny = if hi.is_empty() {
            None
        } else {
            Some(number(n, hi, ("投资额上限", "most investment"))? * WAN)
        };
        let amount = amount.trim();
        let fixed = ["fixed", "Fixed", "固定"]
            .iter()
            .find_map(|w| amount.strip_prefix(w));
        let case_by_case = CASE_BY_CASE.iter().any(|w| amount.eq_ignore_ascii_case(w));
        let (per_mu_cny, fixed_cny) = match fixed {
            _ if case_by_case => (None, None),
            Some(rest) => (
                None,
                Some(number(n, rest, ("固定金额（万元）", "fixed amount (10⁴ yuan)"))? * WAN),
            ),
            None => (
                Some(number(
                    n,
                    amount,
                    ("每亩金额（元）", "amount per mu (yuan)"),
                )?),
                None,
            ),
        };
        let amounts = [Some(min_cny), max_cny, per_mu_cny, fixed_cny];
        if amounts.iter().flatten().any(|x| !x.is_finite()) {
            return Err(line_error(n, "数值过大。", "a figure is too large."));
        }
        if max_cny.is_some_and(|hi| hi <= min_cny) {
            return Err(line_error(
                n,
                "上限须大于下限。",
                "the most investment must be above the least.",
            ));
        }
        if let Some(before) = out.last() {
            let m = previous_line;
            match before.max_cny {
                None => {
                    return Err(line_error(
                        n,
                        &format!("第 {m} 行已是不设上限的最高档，其后不能再有一档。"),
                        &format!("line {m} is the open top band; no band can follow it."),
                    ))
                }
                Some(top) if top > min_cny => {
                    let wan = crate::text::numbers::format_number(top / WAN);
                    return Err(line_error(
                        n,
                        &format!("各档须按投资额递增且不重叠：本档下限须不低于第 {m} 行的上限 {wan} 万元。"),
                        &format!("bands must rise and not overlap: the least investment here must be at least line {m}'s most, {wan} (10⁴ yuan)."),
                    ));
                }
                Some(_) => {}
            }
        }
        previous_line = n;
        out.push(InvestmentTier {
            min_cny,
            max_cny,
            per_mu_cny,
            fixed_cny,
        });
    }
    Ok(out)
}

/// The bands as `bands_from_text` reads them back.
pub fn bands_to_text(bands: &[InvestmentTier]) -> String {
    let wan = |x: f64| crate::text::numbers::format_number(x / WAN);
    bands
        .iter()
        .map(|t| {
            let range = format!(
                "{}-{}",
                wan(t.min_cny),
                t.max_cny.map(wan).unwrap_or_default()
            );
            match (t.per_mu_cny, t.fixed_cny) {
                (Some(v), _) => format!("{range}: {}", crate::text::numbers::format_number(v)),
                (None, Some(v)) => format!("{range}: fixed {}", wan(v)),
                (None, None) => format!("{range}: {}", CASE_BY_CASE[0]),
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn band(lo: f64, hi: Option<f64>, per_mu: Option<f64>, fixed: Option<f64>) -> InvestmentTier {
        InvestmentTier {
            min_cny: lo,
            max_cny: hi,
            per_mu_cny: per_mu,
            fixed_cny: fixed,
        }
    }

    #[test]
    fn bands_read_in_wan_with_per_mu_or_fixed_amounts() {
        let read = bands_from_text("10,000-30000: 15000\n\n30000～50000：固定 500\n50000+: 20000")
            .unwrap();
        assert_eq!(
            read,
            [
                band(1e8, Some(3e8), Some(15000.0), None),
                band(3e8, Some(5e8), None, Some(5e6)),
                band(5e8, None, Some(20000.0), None),
            ]
        );
        // What is written out reads back as the same bands.
        assert_eq!(bands_from_text(&bands_to_text(&read)).unwrap(), read);
        // A top band settled case by case has no amount, and reads back.
        let read = bands_from_text("50000-80000: 35000\n80000+: 一事一议").unwrap();
        assert_eq!(read[1], band(8e8, None, None, None));
        assert_eq!(bands_from_text(&bands_to_text(&read)).unwrap(), read);
        assert_eq!(
            bands_from_text("80000+: Case by case").unwrap(),
            [band(8e8, None, None, None)]
        );
    }

    #[test]
    fn a_line_that_cannot_be_read_is_refused_with_its_number() {
        let e = bands_from_text("10000-30000: 15000\n30000-50000 20000").unwrap_err();
        assert!(e.en.starts_with("Line 2:"), "{}", e.en);
        assert!(e.zh.starts_with("第 2 行"), "{}", e.zh);
        // A decimal comma is not taken for a larger number.
        let e = bands_from_text("0,5-1: 100").unwrap_err();
        assert!(e.en.contains("least investment"), "{}", e.en);
        // Nor are NaN, a negative amount or a missing minimum accepted.
        assert!(bands_from_text("1-2: NaN").is_err());
        assert!(bands_from_text("1-2: -5").is_err());
        assert!(bands_from_text("-2: 5").is_err());
        assert!(bands_from_text("1-2: fixed").is_err());
        // A figure that overflows once in yuan is refused, not kept as infinity.
        assert!(bands_from_text("1e305-: 5").is_err());
    }

    /// A band out of place is refused at its own line, naming the line it
    /// clashes with (blank lines count as lines); bands that meet are fine.
    #[test]
    fn a_band_out_of_order_is_refused_at_its_line() {
        let e = bands_from_text("0-10000: 100\n\n5000-20000: 200").unwrap_err();
        assert!(e.en.starts_with("Line 3: bands must rise"), "{}", e.en);
        assert!(e.en.contains("line 1's most, 10,000"), "{}", e.en);
        assert!(e.zh.starts_with("第 3 行"), "{}", e.zh);
        let e = bands_from_text("0-: 100\n5000-20000: 200").unwrap_err();
        assert!(
            e.en.starts_with("Line 2: line 1 is the open top band"),
            "{}",
            e.en
        );
        let e = bands_from_text("0-10000: 100\n30000-5: 200").unwrap_err();
        assert!(e.en.starts_with("Line 2: the most investment"), "{}", e.en);
        assert_eq!(
            bands_from_text("0-10000: 100\n10000-20000: 200\n20000+: fixed 5")
                .unwrap()
                .len(),
            3
        );
    }
}
