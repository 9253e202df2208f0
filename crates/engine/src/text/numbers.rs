//! Numbers as the texts write them: rounded for display, grouped by thousands.

/// Rounds for display: whole numbers above 100, else three significant places.
pub fn round_display(v: f64) -> f64 {
    if v.abs() >= 100.0 {
        v.round()
    } else {
        (v * 1000.0).round() / 1000.0
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
    } else {
        format!("{v}")
    }
}

#[cfg(test)]
mod tests {
    use super::format_number;

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
        ] {
            assert_eq!(format_number(v), text, "{v}");
        }
    }
}
