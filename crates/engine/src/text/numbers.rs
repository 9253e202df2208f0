//! Numbers as the texts write them: rounded for display, grouped by thousands.

/// Shortens for display: whole from 100,000, one decimal from 100, else
/// three decimals. Digits are cut, not rounded, so a figure never reads as
/// a threshold it is below: 9,999.9 tce is not "10,000", nor 4,999.99 tce
/// "5,000" beside a rule saying it is under 5,000 (two reviews).
pub fn round_display(v: f64) -> f64 {
    let scale = if v.abs() >= 100_000.0 {
        1.0
    } else if v.abs() >= 100.0 {
        10.0
    } else {
        1000.0
    };
    let cut = |scale: f64| {
        let x = v * scale;
        // A figure that is already short, up to binary noise (0.29 × 1000
        // is 289.99999999999997), keeps its last digit.
        let near = x.round();
        if (near - x).abs() < 1e-6 {
            near / scale
        } else {
            x.trunc() / scale
        }
    };
    let shown = cut(scale);
    // Cut to a round hundred, a figure would read as the threshold it
    // passes (5,000.04 tce as "5,000" beside "more than 5,000"): a digit
    // more is kept.
    if shown != v && shown % 100.0 == 0.0 && shown != 0.0 {
        cut(scale * 10.0)
    } else {
        shown
    }
}

/// An end of an energy range worked out through conversion factors
/// ("8,193.3–20,000 tce" from 20,000 tce on an unknown basis): a figure from
/// 1,000 with decimals is shown to three significant figures, the low end
/// down and the high end up, so the range shown holds the true one without
/// digits it cannot vouch for (an audit and a user test). A whole figure
/// (typed, or worked out exactly) is kept. A high end that would round up
/// to two significant figures or fewer, where thresholds lie, takes a
/// fourth figure (10,984.5 to 10,990); where that too would land on a round
/// figure (4,999.99 to 5,000, 499,999.5 to 500,000), it is cut as
/// [`round_display`] cuts instead, a hair below the true end, so no figure
/// reads as a line it is below.
pub fn range_end(v: f64, high: bool) -> f64 {
    if !v.is_finite() || v.abs() < 1_000.0 || v.fract().abs() < 1e-6 {
        return round_display(v);
    }
    let step = 10f64.powi(v.abs().log10().floor() as i32 - 2);
    let steps = v / step;
    if !high {
        return steps.floor() * step;
    }
    // Up to three figures, or four where three would leave two (10,984.5 is
    // 10,990, not 11,000); cut where four would too.
    let up = |step: f64| (v / step).ceil();
    match (up(step) % 10.0 == 0.0, up(step / 10.0) % 10.0 == 0.0) {
        (false, _) => up(step) * step,
        (true, false) => up(step / 10.0) * (step / 10.0),
        (true, true) => round_display(v),
    }
}

/// An energy total known within a range, as the findings and the app's
/// summary both write it: its ends rounded outward ("4,760–5,270"), or a
/// floor ("≥ 2,089.3") where it is open above.
pub fn tce_range(lo: f64, hi: f64) -> String {
    match hi.is_finite() {
        true => format!(
            "{}–{}",
            format_number(range_end(lo, false)),
            format_number(range_end(hi, true))
        ),
        false => format!("≥ {}", format_number(round_display(lo))),
    }
}

/// 1000 → "1,000"; 1.5 → "1.5".
pub fn format_number(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        // Whole numbers are most of what texts show: written digit by digit,
        // without the formatting machinery.
        let mut n = v.abs() as u64;
        let mut buf = [0u8; 26];
        let mut at = buf.len();
        let mut written = 0;
        loop {
            if written > 0 && written % 3 == 0 {
                at -= 1;
                buf[at] = b',';
            }
            at -= 1;
            buf[at] = b'0' + (n % 10) as u8;
            n /= 10;
            written += 1;
            if n == 0 {
                break;
            }
        }
        if v < 0.0 {
            at -= 1;
            buf[at] = b'-';
        }
        // Digits, commas and a sign: always ASCII, so this never gives "".
        std::str::from_utf8(&buf[at..]).map_or_else(|_| String::new(), str::to_owned)
    } else if v.is_finite() && (v * 10.0).fract() == 0.0 && v.abs() < 1e14 {
        // One decimal, as `round_display` leaves figures from 100: written
        // by hand too (the formatting machinery showed in the profile).
        let tenths = (v.abs() * 10.0).round() as u64;
        let whole = format_number((tenths / 10) as f64);
        let digit = char::from(b'0' + (tenths % 10) as u8);
        let sign = if v < 0.0 { "-" } else { "" };
        let mut out = String::with_capacity(whole.len() + 3);
        out.push_str(sign);
        out.push_str(&whole);
        out.push('.');
        out.push(digit);
        out
    } else if v.is_finite() && v.abs() >= 1000.0 && v.abs() < 1e15 {
        // The whole part grouped as above, the decimals as they are.
        let text = format!("{}", v.abs());
        let (_, fraction) = text.split_once('.').unwrap_or((&text, ""));
        let whole = format_number(v.abs().trunc());
        let sign = if v < 0.0 { "-" } else { "" };
        if fraction.is_empty() {
            format!("{sign}{whole}")
        } else {
            format!("{sign}{whole}.{fraction}")
        }
    } else {
        format!("{v}")
    }
}

#[cfg(test)]
mod tests {
    use super::{format_number, round_display};

    /// Figures are cut, not rounded, so none reads as a threshold it is
    /// below; short figures keep their digits despite binary noise.
    #[test]
    fn display_figures_never_round_up_to_a_threshold() {
        for (v, shown) in [
            (4_999.99, "4,999.9"),
            (9_999.96, "9,999.9"),
            (499_999.6, "499,999"),
            (999.9999, "999.9"),
            (0.29, "0.29"),
            (0.9999, "0.999"),
            (1_000.0, "1,000"),
            (5_000.04, "5,000.04"),
            (100_000.3, "100,000.3"),
            (123_456.7, "123,456"),
            (-4_999.99, "-4,999.9"),
            (123_456.0, "123,456"),
        ] {
            assert_eq!(format_number(round_display(v)), shown, "{v}");
        }
    }

    /// Range ends with decimals keep three figures from 1,000, rounded
    /// outward, and never round up to two figures, where thresholds lie.
    #[test]
    fn range_ends_round_outward_to_three_figures() {
        use super::range_end;
        for (v, high, shown) in [
            (8_193.3, false, "8,190"),
            (48_820.1, true, "48,900"),
            (1_220_504.0, true, "1,220,504"),
            (1_220_504.5, true, "1,230,000"),
            (1_843.5, false, "1,840"),
            (20_000.0, true, "20,000"),
            (29_292.1, true, "29,300"),
            (4_999.99, true, "4,999.9"),
            (499_700.5, true, "499,800"),
            (499_999.5, true, "499,999"),
            (9_950.2, true, "9,960"),
            (9_995.5, true, "9,996"),
            (9_999.95, true, "9,999.9"),
            (10_984.5, true, "10,990"),
            (21_969.08, true, "21,970"),
            (614.5, true, "614.5"),
            (6_145.0, false, "6,145"),
        ] {
            assert_eq!(format_number(range_end(v, high)), shown, "{v}");
        }
    }

    #[test]
    fn numbers_are_grouped_by_thousands() {
        for (v, text) in [
            (0.0, "0"),
            (7.0, "7"),
            (999.0, "999"),
            (1000.0, "1,000"),
            (-1234567.0, "-1,234,567"),
            (100000.0, "100,000"),
            (1.5, "1.5"),
            (-0.25, "-0.25"),
            (9999.9, "9,999.9"),
            (-1234.5, "-1,234.5"),
            (1234567.25, "1,234,567.25"),
            (-0.5, "-0.5"),
            (0.1, "0.1"),
            (100.5, "100.5"),
            (-9999.9, "-9,999.9"),
        ] {
            assert_eq!(format_number(v), text, "{v}");
        }
    }
}
