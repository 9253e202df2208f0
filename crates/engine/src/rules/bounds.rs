//! Outcome sets and bounds. A rule that cannot be decided keeps the set of
//! outcomes its missing facts could still lead to; the project's bounds are
//! the best and worst overall verdicts those sets allow. Answering a question
//! can only remove outcomes from a set, so the bounds only ever narrow.

use crate::data_types::Outcome;
use serde::Serialize;

/// A set of outcomes (one bit per outcome, by [`severity`]).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct OutcomeSet(u8);

/// Every outcome, mildest first.
const ALL: [Outcome; 8] = [
    Outcome::NotApplicable,
    Outcome::Info,
    Outcome::Allowed,
    Outcome::Conditional,
    Outcome::RequiresReview,
    Outcome::RequiresReplacement,
    Outcome::NeedsInput,
    Outcome::Prohibited,
];

impl OutcomeSet {
    pub fn one(o: Outcome) -> OutcomeSet {
        let mut s = OutcomeSet::default();
        s.insert(o);
        s
    }

    fn bit(o: Outcome) -> u8 {
        1 << severity(o)
    }

    pub fn insert(&mut self, o: Outcome) {
        self.0 |= Self::bit(o);
    }

    pub fn contains(self, o: Outcome) -> bool {
        self.0 & Self::bit(o) != 0
    }

    pub fn len(self) -> u32 {
        self.0.count_ones()
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// Mildest first.
    pub fn iter(self) -> impl Iterator<Item = Outcome> {
        ALL.into_iter().filter(move |o| self.contains(*o))
    }

    /// Every outcome in the set is one of `others`.
    pub fn within(self, others: &[Outcome]) -> bool {
        let mask = others.iter().fold(0u8, |m, o| m | Self::bit(*o));
        self.0 & !mask == 0
    }

    /// The mildest and the worst outcome in the set, by [`weight`]. Bits
    /// go by severity, which orders outcomes as weight does: the lowest bit
    /// is the mildest (NOT_APPLICABLE among the clear ones), the highest the
    /// worst (ALLOWED among them).
    pub fn best(self) -> Option<Outcome> {
        (self.0 != 0).then(|| ALL[self.0.trailing_zeros() as usize])
    }

    pub fn worst(self) -> Option<Outcome> {
        (self.0 != 0).then(|| ALL[7 - self.0.leading_zeros() as usize])
    }
}

/// What an outcome weighs on the project as a whole. ALLOWED, INFO and
/// NOT_APPLICABLE all leave the project clear, so they weigh the same: a rule
/// that may or may not apply, and lets the project through either way, does
/// not hold the verdict open.
pub fn weight(o: Outcome) -> u8 {
    match o {
        Outcome::Prohibited => 5,
        Outcome::NeedsInput => 4,
        Outcome::RequiresReplacement => 3,
        Outcome::RequiresReview => 2,
        Outcome::Conditional => 1,
        Outcome::Allowed | Outcome::Info | Outcome::NotApplicable => 0,
    }
}

/// Whether an outcome leaves the project clear (weighs nothing on it).
pub fn clears(o: Outcome) -> bool {
    weight(o) == 0
}

/// The best and worst overall verdict still possible. A clear verdict is
/// written ALLOWED.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Bounds {
    pub best: Outcome,
    pub worst: Outcome,
}

impl Bounds {
    /// The overall verdict cannot move whatever the missing facts are.
    pub fn decided(&self) -> bool {
        weight(self.best) == weight(self.worst)
    }

    /// `other` lies inside these bounds.
    pub fn contains(&self, other: &Bounds) -> bool {
        weight(self.best) <= weight(other.best) && weight(other.worst) <= weight(self.worst)
    }

    /// The project's bounds from each rule's possible outcomes: at best every
    /// rule ends at its mildest, at worst any rule at its worst.
    pub fn of_rules(sets: impl IntoIterator<Item = OutcomeSet>) -> Bounds {
        let (mut best, mut worst) = (0u8, 0u8);
        let (mut best_o, mut worst_o) = (Outcome::Allowed, Outcome::Allowed);
        for s in sets {
            if let (Some(b), Some(w)) = (s.best(), s.worst()) {
                if weight(b) > best {
                    (best, best_o) = (weight(b), b);
                }
                if weight(w) > worst {
                    (worst, worst_o) = (weight(w), w);
                }
            }
        }
        Bounds {
            best: best_o,
            worst: worst_o,
        }
    }
}

/// How bad an outcome is for the project. NEEDS_INPUT ranks just below
/// PROHIBITED: an undecided rule may still turn out to prohibit.
pub fn severity(o: Outcome) -> u8 {
    match o {
        Outcome::Prohibited => 7,
        Outcome::NeedsInput => 6,
        Outcome::RequiresReplacement => 5,
        Outcome::RequiresReview => 4,
        Outcome::Conditional => 3,
        Outcome::Allowed => 2,
        Outcome::Info => 1,
        Outcome::NotApplicable => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn best_and_worst_follow_weight_for_every_set() {
        for bits in 1u8..=255 {
            let s = OutcomeSet(bits);
            let by_weight_min = s.iter().min_by_key(|o| weight(*o));
            let by_weight_max = s.iter().max_by_key(|o| weight(*o));
            assert_eq!(s.best(), by_weight_min, "{bits:08b}");
            assert_eq!(s.worst(), by_weight_max, "{bits:08b}");
        }
    }

    #[test]
    fn clear_outcomes_weigh_the_same_and_bounds_take_each_rules_extremes() {
        let mut open = OutcomeSet::one(Outcome::Allowed);
        open.insert(Outcome::Prohibited);
        let mut harmless = OutcomeSet::one(Outcome::Info);
        harmless.insert(Outcome::NotApplicable);
        let b = Bounds::of_rules([open, harmless, OutcomeSet::one(Outcome::Conditional)]);
        assert_eq!(
            (b.best, b.worst),
            (Outcome::Conditional, Outcome::Prohibited)
        );
        assert!(!b.decided());
        let b = Bounds::of_rules([harmless, OutcomeSet::one(Outcome::Allowed)]);
        assert!(b.decided());
        assert_eq!(b.best, Outcome::Allowed);
        assert!(harmless.within(&[Outcome::Info, Outcome::NotApplicable]));
        assert!(!open.within(&[Outcome::Allowed]));
    }
}
