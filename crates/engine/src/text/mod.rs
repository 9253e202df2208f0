//! Text: what the engine writes for people in both languages (numbers, money,
//! dates, labels, the data changelog). It reads the data types and nothing
//! of the rules' evaluation, so every other module may use it.
//!
//! Owns dates (`date`), numbers and money (`numbers`), outcome and status
//! words (`labels`), how findings and amounts read (`display`) and the data
//! changelog (`changelog`).

pub mod changelog;
pub mod date;
pub mod display;
pub mod labels;
pub mod numbers;

/// The parts joined, in one allocation of the exact size. Notes are worded
/// for every screening; this is several times cheaper than `format!`.
pub fn concat(parts: &[&str]) -> String {
    let mut s = String::with_capacity(parts.iter().map(|p| p.len()).sum());
    for p in parts {
        s.push_str(p);
    }
    s
}

#[cfg(test)]
mod tests {
    #[test]
    fn concat_joins_every_part_in_order() {
        assert_eq!(
            super::concat(&["“", "C2614", "”归入", "化工"]),
            "“C2614”归入化工"
        );
        assert_eq!(super::concat(&[]), "");
    }
}
