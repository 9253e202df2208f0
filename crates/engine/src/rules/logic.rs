//! A condition's value (the set of values it may still take: true, false,
//! unsure), how a fact's value compares with a threshold or a list, and the
//! walk over a rule's branches that turns condition values into the
//! outcomes the rule can still come to. Pure functions; used by `evaluate`
//! and `decide`.

use crate::data_types::Outcome;
use crate::rules::bounds::{severity, weight, OutcomeSet};
use crate::rules::facts::{Fact, FactValue};
use crate::rules::program::Op;

/// A condition's value, as the set of values it may still take: true,
/// false, or unsure. Unsure is what no input can settle (a typed distance
/// within its measuring margin of a band's edge, a parameter with no value
/// in force), so a person must check: catalogue GEO-04 ¶3's REQUIRES_REVIEW.
/// More than one value means an input would narrow it (`askable`);
/// `Unknown` is the usual such value, true or false.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Tri(u8);

const T: u8 = 1;
const F: u8 = 2;
const U: u8 = 4;

#[allow(non_upper_case_globals)]
impl Tri {
    pub(crate) const True: Tri = Tri(T);
    pub(crate) const False: Tri = Tri(F);
    pub(crate) const Unknown: Tri = Tri(T | F);
    pub(crate) const Unsure: Tri = Tri(U);

    pub(crate) fn can_be_true(self) -> bool {
        self.0 & T != 0
    }

    pub(crate) fn can_be_false(self) -> bool {
        self.0 & F != 0
    }

    pub(crate) fn can_be_unsure(self) -> bool {
        self.0 & U != 0
    }

    /// Not known to be true or false.
    pub(crate) fn open(self) -> bool {
        self != Tri::True && self != Tri::False
    }

    /// An input could narrow it.
    pub(crate) fn askable(self) -> bool {
        self.0.count_ones() > 1
    }

    pub(crate) fn not(self) -> Tri {
        Tri(NOT[self.0 as usize & 7])
    }

    /// Both hold, over every pair of values the two may take: false if
    /// either is, else unsure if either is, else true.
    pub(crate) fn and(self, other: Tri) -> Tri {
        Tri(AND[self.0 as usize & 7][other.0 as usize & 7])
    }

    /// Either holds: the mirror of [`Tri::and`].
    pub(crate) fn or(self, other: Tri) -> Tri {
        self.not().and(other.not()).not()
    }
}

/// `not` of every set of values, by its bits.
const NOT: [u8; 8] = {
    let mut t = [0u8; 8];
    let mut a = 0;
    while a < 8 {
        t[a] = (a as u8 & U) | ((a as u8 & T) << 1) | ((a as u8 & F) >> 1);
        a += 1;
    }
    t
};

/// `and` of every pair of sets of values: a table, since it is asked for
/// every part of every condition.
const AND: [[u8; 8]; 8] = {
    let mut t = [[0u8; 8]; 8];
    let mut a = 0;
    while a < 8 {
        let mut b = 0;
        while b < 8 {
            let (x, y) = (a as u8, b as u8);
            let mut out = 0;
            if x & F != 0 || y & F != 0 {
                out |= F;
            }
            if (x & U != 0 && y & (U | T) != 0) || (y & U != 0 && x & T != 0) {
                out |= U;
            }
            if x & T != 0 && y & T != 0 {
                out |= T;
            }
            t[a][b] = out;
            b += 1;
        }
        a += 1;
    }
    t
};

/// The outcomes a rule can still come to, walked over its branches in order
/// ("first hit") from the value of each one's condition: a branch that may
/// hold adds its outcome, one that may not passes on, and one a person must
/// check passes on remembering its outcome. Past such a branch any outcome
/// unlike that one becomes REQUIRES_REVIEW: the check chooses between the
/// two, and the tool cannot. The verdict-only path and the explained report
/// both walk with it, so they agree.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Walk {
    /// The paths still going, by what they passed: bit 0 no unsure branch,
    /// bit 1 + severity unsure branches of that outcome (all alike), bit 9
    /// unsure branches of unlike outcomes.
    states: u16,
    pub(crate) possible: OutcomeSet,
}

const PLAIN: u16 = 1;
const MIXED: u16 = 1 << 9;

fn pending(o: Outcome) -> u16 {
    1 << (1 + severity(o))
}

/// The paths that passed unsure branches of outcomes alike to `o`: the
/// clear outcomes (allowed, not applicable, for information) are alike, as
/// the bounds weigh them.
fn alike(o: Outcome) -> u16 {
    if weight(o) == weight(Outcome::Allowed) {
        pending(Outcome::Allowed) | pending(Outcome::NotApplicable) | pending(Outcome::Info)
    } else {
        pending(o)
    }
}

impl Walk {
    /// From the rule's scope: not applicable where it may not apply, and a
    /// person's check where no input can settle whether it does.
    pub(crate) fn new(applies: Tri) -> Walk {
        let mut w = Walk {
            states: 0,
            possible: OutcomeSet::default(),
        };
        if applies.can_be_false() {
            w.possible.insert(Outcome::NotApplicable);
        }
        if applies.can_be_true() {
            w.states |= PLAIN;
        }
        if applies.can_be_unsure() {
            w.states |= pending(Outcome::NotApplicable);
        }
        w
    }

    /// Some path still reaches the next branch.
    pub(crate) fn going(&self) -> bool {
        self.states != 0
    }

    /// A branch of outcome `o` whose condition is `v`.
    pub(crate) fn branch(&mut self, o: Outcome, v: Tri) {
        // Most branches are true or false with no unsure one passed: that
        // is first hit as it always was.
        if self.states == PLAIN && !v.can_be_unsure() {
            if v.can_be_true() {
                self.possible.insert(o);
            }
            if !v.can_be_false() {
                self.states = 0;
            }
            return;
        }
        let states = self.states;
        let near = PLAIN | alike(o);
        if v.can_be_true() {
            self.emit(states, o);
        }
        let mut next = 0;
        if v.can_be_false() {
            next |= states;
        }
        if v.can_be_unsure() {
            if states & near != 0 {
                next |= pending(o);
            }
            if states & !near != 0 {
                next |= MIXED;
            }
        }
        self.states = next;
    }

    /// The otherwise branch, for the paths that reach it.
    pub(crate) fn end(&mut self, o: Outcome) {
        self.emit(self.states, o);
        self.states = 0;
    }

    fn emit(&mut self, states: u16, o: Outcome) {
        let near = PLAIN | alike(o);
        if states & near != 0 {
            self.possible.insert(o);
        }
        if states & !near != 0 {
            self.possible.insert(Outcome::RequiresReview);
        }
    }
}

impl From<bool> for Tri {
    fn from(b: bool) -> Tri {
        if b {
            Tri::True
        } else {
            Tri::False
        }
    }
}

impl Op {
    fn test(self, x: f64, margin: f64, limit: f64) -> Tri {
        self.test_range(x - margin, x + margin, limit)
    }

    /// For a value anywhere in `[lo, hi]`.
    fn test_range(self, lo: f64, hi: f64, limit: f64) -> Tri {
        let (surely, never) = match self {
            Op::Lt => (hi < limit, lo >= limit),
            Op::Le => (hi <= limit, lo > limit),
            Op::Gt => (lo > limit, hi <= limit),
            Op::Ge => (lo >= limit, hi < limit),
        };
        if surely {
            Tri::True
        } else if never {
            Tri::False
        } else {
            Tri::Unknown
        }
    }
}

/// Whether a symbol fact is among `values` (for a fact known only as one
/// of several symbols: true if all are, false if none is).
pub(crate) fn in_values(v: &FactValue, values: &[Box<str>]) -> Option<Tri> {
    // Choice keys are short and mostly differ: compared byte by byte, not
    // through a `memcmp` call each (callgrind).
    let is = |x: &str, s: &str| x.len() == s.len() && x.bytes().zip(s.bytes()).all(|(a, b)| a == b);
    match v {
        FactValue::Sym(s) => Some(Tri::from(values.iter().any(|x| is(x, s)))),
        FactValue::OneOf(options) => {
            let inside = options.iter().filter(|o| values.iter().any(|x| is(x, o)));
            Some(match inside.count() {
                0 => Tri::False,
                n if n == options.len() => Tri::True,
                _ => Tri::Unknown,
            })
        }
        _ => None,
    }
}

/// What a leaf's test of a fact comes to (`tested`: the test at the fact's
/// margin, `None` when its value does not answer it; `test`: the test of
/// another value at another margin). An open value with nothing that would
/// decide it is `Unsure`: a typed distance within its margin of the line
/// even at the narrowest margin a stated precision could give, or a fact
/// no input could settle. An open value an answer could settle takes the
/// values that answer could give: a stated precision gives the narrow
/// margin's result or leaves it unsure; the figure of a distance known only
/// to exceed one gives what any figure in the range would.
pub(crate) fn leaf_value(
    f: &Fact,
    tested: Option<Tri>,
    test: impl Fn(&FactValue, f64) -> Option<Tri>,
) -> Tri {
    // An open result at a margin is unsure: the margin itself left it so.
    let at = |v: &FactValue, m: f64| match test(v, m) {
        Some(Tri::Unknown) | None => Tri::Unsure,
        Some(t) => t,
    };
    match tested {
        Some(Tri::Unknown) if f.decide_with.is_empty() => Tri::Unsure,
        Some(Tri::Unknown) => match (f.settle_margin, &f.value) {
            (Some(m), v) => match at(v, m) {
                Tri::Unsure => Tri::Unsure,
                t => Tri(t.0 | U),
            },
            (None, FactValue::Between(lo, hi)) if f.margin_param.is_some() => {
                let (a, b) = (
                    at(&FactValue::Num(*lo), f.margin),
                    at(&FactValue::Num(*hi), f.margin),
                );
                let mut out = a.0 | b.0;
                // From one side of the line to the other, some figure
                // between lies within the margin.
                if out & (T | F) == T | F {
                    out |= U;
                }
                Tri(out)
            }
            _ => Tri::Unknown,
        },
        Some(t) => t,
        None if f.missing.is_empty() => Tri::Unsure,
        // A distance still to be typed: either side, or within its margin.
        None if f.margin_param.is_some() && f.value == FactValue::Unknown => Tri(T | F | U),
        None => Tri::Unknown,
    }
}

/// A numeric fact (± `margin`, or a range) against a threshold.
pub(crate) fn compare_value(op: Op, v: &FactValue, margin: f64, limit: f64) -> Option<Tri> {
    match v {
        FactValue::Num(x) => Some(op.test(*x, margin, limit)),
        FactValue::Between(lo, hi) => Some(op.test_range(lo - margin, hi + margin, limit)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each comparison at, below and above its threshold, for an exact value
    /// and for a value known to ± 1: true or false only when the whole
    /// interval is on one side.
    #[test]
    fn comparisons_with_a_margin_decide_only_when_the_interval_is_on_one_side() {
        let (yes, no, open) = (Tri::True, Tri::False, Tri::Unknown);
        // (op, x, margin, limit 10) -> expected
        let cases = [
            (Op::Lt, 9.0, 0.0, yes),
            (Op::Lt, 10.0, 0.0, no),
            (Op::Lt, 8.0, 1.0, yes),
            (Op::Lt, 9.5, 1.0, open),
            (Op::Lt, 11.0, 1.0, no),
            (Op::Le, 10.0, 0.0, yes),
            (Op::Le, 10.5, 0.0, no),
            (Op::Le, 9.0, 1.0, yes),
            (Op::Le, 10.0, 1.0, open),
            (Op::Le, 11.0, 1.0, open),
            (Op::Le, 11.5, 1.0, no),
            (Op::Gt, 10.5, 0.0, yes),
            (Op::Gt, 10.0, 0.0, no),
            (Op::Gt, 11.5, 1.0, yes),
            (Op::Gt, 11.0, 1.0, open),
            (Op::Gt, 9.0, 1.0, no),
            (Op::Ge, 10.0, 0.0, yes),
            (Op::Ge, 9.5, 0.0, no),
            (Op::Ge, 11.0, 1.0, yes),
            (Op::Ge, 10.0, 1.0, open),
            (Op::Ge, 9.0, 1.0, open),
            (Op::Ge, 8.5, 1.0, no),
        ];
        for (op, x, margin, expected) in cases {
            assert_eq!(op.test(x, margin, 10.0), expected, "{op:?} {x} ± {margin}");
        }
    }

    /// A range (an energy total whose basis is not given) against a limit.
    #[test]
    fn a_range_decides_only_when_it_lies_on_one_side() {
        assert_eq!(Op::Ge.test_range(5000.0, 9000.0, 5000.0), Tri::True);
        assert_eq!(Op::Ge.test_range(4000.0, 9000.0, 5000.0), Tri::Unknown);
        assert_eq!(Op::Ge.test_range(1000.0, 4999.0, 5000.0), Tri::False);
        assert_eq!(Op::Le.test_range(1000.0, 5000.0, 5000.0), Tri::True);
        assert_eq!(Op::Le.test_range(5000.0, 5001.0, 5000.0), Tri::Unknown);
        assert_eq!(Op::Le.test_range(5000.5, 6000.0, 5000.0), Tri::False);
    }

    /// A range known only to ± a margin widens by the margin on both sides.
    #[test]
    fn a_range_with_a_margin_widens_on_both_sides() {
        let range = FactValue::Between(100.0, 200.0);
        assert_eq!(compare_value(Op::Ge, &range, 0.0, 95.0), Some(Tri::True));
        assert_eq!(
            compare_value(Op::Ge, &range, 10.0, 95.0),
            Some(Tri::Unknown)
        );
        assert_eq!(compare_value(Op::Lt, &range, 0.0, 205.0), Some(Tri::True));
        assert_eq!(
            compare_value(Op::Lt, &range, 10.0, 205.0),
            Some(Tri::Unknown)
        );
        assert_eq!(compare_value(Op::Lt, &FactValue::Unknown, 0.0, 1.0), None);
    }

    /// `and` and `or` over sets of values: a false part decides an `and`,
    /// an unsure one leaves it unsure unless a part is false, and an open
    /// part (true or false) carries its values through.
    #[test]
    fn and_or_and_not_take_every_value_a_part_may_have() {
        use Tri as V;
        let tu = V::True.or(V::Unsure).and(V::True);
        assert_eq!(V::Unsure.and(V::Unknown), V(U | F));
        assert_eq!(V::Unsure.or(V::Unknown), V(T | U));
        assert_eq!(V::Unsure.and(V::False), V::False);
        assert_eq!(V::Unsure.or(V::True), V::True);
        assert_eq!(V::Unsure.and(V::True), V::Unsure);
        assert_eq!(tu, V::True);
        assert_eq!(V(T | U).not(), V(F | U));
        assert!(V(T | U).askable() && !V::Unsure.askable() && V::Unsure.open());
    }

    /// YRB-01 at 1,010 m typed, the tributary not given: the first branch
    /// may hold (a near tributary) or be unsure, never fail, so "allowed"
    /// is out of reach; what a near Poyang Lake would add is review, which
    /// the unsure branch gives anyway.
    #[test]
    fn past_an_unsure_branch_an_unlike_outcome_is_review() {
        use Outcome::*;
        let mut w = Walk::new(Tri::True);
        w.branch(Prohibited, Tri(T | U));
        w.branch(RequiresReview, Tri::Unknown);
        w.end(Allowed);
        assert_eq!(
            w.possible.iter().collect::<Vec<_>>(),
            [RequiresReview, Prohibited]
        );
        // Unsure between two alike outcomes: decided.
        let mut w = Walk::new(Tri::Unsure);
        w.branch(Allowed, Tri::False);
        w.end(Allowed);
        assert_eq!(w.possible, OutcomeSet::one(Allowed));
        // Two unsure branches of unlike outcomes, then a sure one alike to
        // the first: still review.
        let mut w = Walk::new(Tri::True);
        w.branch(Prohibited, Tri::Unsure);
        w.branch(RequiresReplacement, Tri::Unsure);
        w.branch(Prohibited, Tri::True);
        assert!(!w.going());
        assert_eq!(w.possible, OutcomeSet::one(RequiresReview));
    }
}
