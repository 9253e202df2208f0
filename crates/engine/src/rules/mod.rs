//! Rules: what a rule (and the whole project) can still turn out to be when
//! some facts are missing, and which question to ask next.
//!
//! Owns condition evaluation (`evaluate`), deciding a rule (`decide`), the
//! report (`report`), outcome sets and bounds (`bounds`), the ranked
//! questions (`questions`) and the scripted interview (`interview`). It uses
//! facts (`facts`), the compiled program (`program`) and the field registry
//! (`model`); `screen` re-exports the public names.

pub mod bounds;
pub mod candidates;
pub mod decide;
pub mod evaluate;
pub mod grid;
pub mod interview;
pub mod questions;
pub mod report;

pub use bounds::{Bounds, OutcomeSet};
pub use questions::{AnswerKind, Question};
