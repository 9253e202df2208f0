//! Answers that contradict each other: which fields, and why. The facts
//! that read them stay open between both readings; the page says so at
//! each field and in the question they reopen. Uses only the project.

use super::*;

/// "Not foreign-invested" beside foreign capital typed.
pub const FOREIGN_PAIR: &[&str] = &["foreign_invested", project::FOREIGN_AMOUNT];
/// "Adds no capacity" beside new capacity entered.
pub const CAPACITY_PAIR: &[&str] = &["adds_capacity", "capacity.new_t"];

pub(super) const FOREIGN_CONTRADICTS: L10n = L10n::new(
    "填为非外商投资，却填有外资金额：两者矛盾（有外资即属外商投资，外商投资法第二条），结论按两种情形取其范围。请改答“是”；外资金额填错的，清空外资金额。",
    "The project is said not to be foreign-invested, yet foreign capital is entered: the two disagree (any foreign capital makes it foreign investment, Foreign Investment Law Art. 2), so the verdict spans both readings. Answer “yes”, or if the foreign amount is wrong, clear it.",
);

/// Answers that contradict each other, with the fields involved and why:
/// the rules they feed stay open until one is corrected, so the page says
/// so at each field and in the question they reopen (a user test re-tapped
/// "no" to a foreign-investment question fourteen times, told only to check
/// it).
pub fn contradictions(p: &Project) -> Vec<(&'static [&'static str], L10n)> {
    let mut out: Vec<(&'static [&'static str], L10n)> = Vec::new();
    if p.foreign_contradicts() {
        out.push((FOREIGN_PAIR, FOREIGN_CONTRADICTS));
    }
    if super::action::capacity_contradicts(p) {
        out.push((CAPACITY_PAIR, super::action::CAPACITY_CONTRADICTS));
    }
    out
}

/// The foreign-investment fact when the two answers disagree: open, both
/// fields read and both named.
pub(super) fn foreign_fact() -> Fact {
    let mut inputs = Keys::one(FOREIGN_PAIR[0]);
    inputs.push(FOREIGN_PAIR[1]);
    Fact {
        inputs,
        ..Fact::unknown(FOREIGN_PAIR)
    }
    .with_note(Note::Fixed(FOREIGN_CONTRADICTS))
}
