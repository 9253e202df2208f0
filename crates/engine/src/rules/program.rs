//! A rule base prepared for fast evaluation: every fact and parameter name in
//! the rule conditions gets a small number once, so screening looks facts up
//! in an array instead of hashing or comparing strings at every leaf.
//!
//! Names are found by the address of their text in the rule data (which does
//! not move once loaded), with a by-name fallback, so a program built for one
//! copy of the data stays correct, only slower, with another.

use crate::data_types::{Cond, RuleData};
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

pub struct Program {
    /// Distinct fact names; a fact's number is its index here.
    pub(crate) facts: Vec<String>,
    /// What deriving each fact does, by fact number.
    pub(crate) refs: Vec<crate::rules::facts::FactRef>,
    fact_by_addr: HashMap<usize, u16, WordHashing>,
    fact_by_name: HashMap<String, u16, WordHashing>,
    /// Parameter index in `RuleData::params`, by the address of its name.
    param_by_addr: HashMap<usize, u16, WordHashing>,
    /// The same by name, for names met outside conditions (`{id}` in texts).
    param_by_name: HashMap<String, u16, WordHashing>,
    /// Which rule data the addresses belong to (its rule and parameter lists).
    source: (usize, usize),
}

fn source_of(data: &RuleData) -> (usize, usize) {
    (data.rules.as_ptr() as usize, data.params.as_ptr() as usize)
}

fn addr(s: &str) -> usize {
    s.as_ptr() as usize
}

impl Program {
    pub fn new(data: &RuleData) -> Program {
        let mut p = Program {
            facts: Vec::new(),
            refs: Vec::new(),
            fact_by_addr: HashMap::default(),
            fact_by_name: HashMap::default(),
            param_by_addr: HashMap::default(),
            param_by_name: (data.params.iter().enumerate())
                .map(|(i, p)| (p.id.clone(), i as u16))
                .collect(),
            source: source_of(data),
        };
        for rule in &data.rules {
            if let Some(c) = &rule.applies_if {
                p.walk(c, data);
            }
            for case in &rule.cases {
                p.walk(&case.when, data);
            }
        }
        // Facts the report reads besides the conditions.
        for name in ["energy.tce_calorific", "energy.tce_primary"] {
            p.intern(name);
        }
        p.refs = (p.facts.iter())
            .map(|name| crate::rules::facts::resolve(name, data))
            .collect();
        p
    }

    fn intern(&mut self, name: &str) -> u16 {
        if let Some(id) = self.fact_by_name.get(name) {
            return *id;
        }
        let id = self.facts.len() as u16;
        self.facts.push(name.to_string());
        self.fact_by_name.insert(name.to_string(), id);
        id
    }

    fn walk(&mut self, cond: &Cond, data: &RuleData) {
        let (fact, param) = match cond {
            Cond::All { of } | Cond::Any { of } => {
                for c in of {
                    self.walk(c, data);
                }
                return;
            }
            Cond::Not { of } => return self.walk(of, data),
            Cond::Is { fact } | Cond::In { fact, .. } | Cond::Given { fact } => (Some(fact), None),
            Cond::Lt { fact, param }
            | Cond::Le { fact, param }
            | Cond::Gt { fact, param }
            | Cond::Ge { fact, param } => (Some(fact), Some(param)),
            Cond::Flag { param } => (None, Some(param)),
        };
        if let Some(f) = fact {
            let id = self.intern(f);
            self.fact_by_addr.insert(addr(f), id);
        }
        if let Some(name) = param {
            if let Some(i) = data.params.iter().position(|p| &p.id == name) {
                self.param_by_addr.insert(addr(name), i as u16);
            }
        }
    }

    /// Whether this program was built from `data` itself, so that name
    /// addresses can be trusted without comparing the text. (Rule data is
    /// never changed once loaded.)
    pub(crate) fn built_for(&self, data: &RuleData) -> bool {
        self.source == source_of(data)
    }

    /// The number of a fact name, if the program knows it. `trusted`: see
    /// [`Program::built_for`].
    pub(crate) fn fact_id(&self, name: &str, trusted: bool) -> Option<u16> {
        self.fact_by_addr
            .get(&addr(name))
            .filter(|id| trusted || self.facts[**id as usize] == name)
            .or_else(|| self.fact_by_name.get(name))
            .copied()
    }

    /// The index of a parameter in the data, for a name taken from a condition.
    pub(crate) fn param_index(&self, name: &str, data: &RuleData, trusted: bool) -> Option<usize> {
        match self.param_by_addr.get(&addr(name)) {
            Some(i) if trusted || data.params.get(*i as usize).is_some_and(|p| p.id == name) => {
                Some(*i as usize)
            }
            // Built from this data, the name index has every parameter.
            _ if trusted => self.param_by_name.get(name).map(|i| *i as usize),
            _ => data.params.iter().position(|p| p.id == name),
        }
    }
}

pub(crate) type WordHashing = BuildHasherDefault<WordHasher>;

/// A word-at-a-time hash (FxHash's mixing) for small keys; SipHash's DoS
/// resistance buys nothing here.
#[derive(Default)]
pub(crate) struct WordHasher(u64);

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
