//! How the incentive items write amounts and shares in their explanations.

use crate::text::numbers::format_number;

/// Amounts in explanations read like every other amount: 万元/亿元, millions.
pub(super) fn yuan(v: f64) -> String {
    crate::text::display::money(v).zh
}

pub(super) fn yuan_en(v: f64) -> String {
    crate::text::display::money(v).en
}

pub(super) fn yuan_range(lo: f64, hi: f64) -> String {
    crate::text::display::money_range(lo, hi).zh
}

pub(super) fn yuan_range_en(lo: f64, hi: f64) -> String {
    crate::text::display::money_range(lo, hi).en
}

pub(super) fn pct(v: f64) -> String {
    format_number((v * 1000.0).round() / 10.0)
}

/// A share that fell short of `min`, in per cent with as many decimals as
/// it takes to read below it (9.99 % of 10 % is not "10%, below 10%", as a
/// review saw).
pub(super) fn pct_below(v: f64, min: f64) -> String {
    // Exactly, where four decimals hold it: 0.15 % typed is not "0.2%" (a
    // user test could not find the figure it had typed); a computed share
    // that four decimals hold (1.875 %) is said exactly too.
    let typed = (v * 1e6).round() / 1e4;
    if (typed - v * 100.0).abs() < 1e-9 && typed < min * 100.0 {
        return format_number(typed);
    }
    for digits in 1..=4 {
        let f = 10f64.powi(digits);
        let shown = (v * 100.0 * f).round() / f;
        if shown < (min * 100.0 * f).round() / f {
            return format_number(shown);
        }
    }
    format_number((v * 1e6).floor() / 1e4)
}
