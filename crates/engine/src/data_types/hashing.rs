//! A fast hash for the engine's small keys (parameter ids, grid cell keys).

use std::hash::{BuildHasherDefault, Hasher};

/// Parameters by id: their places in the rule data (built by the program).
pub type ParamIndex = std::collections::HashMap<String, u16, WordHashing>;

pub type WordHashing = BuildHasherDefault<WordHasher>;

/// A word-at-a-time hash (FxHash's mixing) for small keys; SipHash's DoS
/// resistance buys nothing here.
#[derive(Default)]
pub struct WordHasher(u64);

impl WordHasher {
    fn mix(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl Hasher for WordHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.mix(u64::from_le_bytes([
                c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7],
            ]));
        }
        let mut tail = [0u8; 8];
        let rest = chunks.remainder();
        tail[..rest.len()].copy_from_slice(rest);
        self.mix(u64::from_le_bytes(tail));
    }

    fn write_usize(&mut self, n: usize) {
        self.mix(n as u64);
    }
}
