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

/// Equal strings. Keys and labels are usually the same static on both
/// sides, so in wasm, where comparing bytes is a slow loop of its own, the
/// address is tried first; natively the extra test costs more than the
/// `memcmp` it saves (callgrind, docs/benchmarks.md).
#[inline]
pub fn same(a: &str, b: &str) -> bool {
    (cfg!(target_arch = "wasm32") && std::ptr::eq(a, b)) || a == b
}

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
