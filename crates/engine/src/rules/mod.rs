//! Rules: what a rule (and the whole project) can still turn out to be when
//! some facts are missing, and which question to ask next.
//!
//! Owns the outcome sets and bounds (`bounds`), the ranked questions
//! (`questions`) and the scripted interview (`interview`). It reads the
//! findings that `screen` produces and the field registry in `model`; nothing
//! here reads the rule data directly.

pub mod bounds;
pub mod interview;
pub mod questions;

pub use bounds::{Bounds, OutcomeSet};
pub use questions::{AnswerKind, Question};
