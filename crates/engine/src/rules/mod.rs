//! Rules: what a rule (and the whole project) can still turn out to be when
//! some facts are missing, and which question to ask next.
//!
//! Owns the facts rules test (`facts`), the compiled program (`program`)
//! and its texts with placeholders (`template`), filled for a project (`fill`),
//! the logic of a condition's value (`logic`), condition evaluation
//! (`evaluate`), deciding a rule (`decide`), the caveats
//! findings carry (`caveat`), the report
//! (`report`), outcome sets and bounds (`bounds`), the ranked questions
//! (`questions`) and the composite ones among them (`composites`), the questions that wait for another (`follow_ups`), and the likely answers it offers (`likely`), typed distances
//! at a band's edge (`near_line`), the scripted interview (`interview`), where a project
//! can go (`grid`, `candidates`, `placement`) and what keeps it clear of the
//! prohibitions still open (`clear`). It uses the project and its
//! field registry (`project`), the geometry (`geo`) and the texts (`text`);
//! `screen` re-exports the public names.

pub mod bounds;
pub mod candidates;
pub mod caveat;
pub mod clear;
pub mod composites;
pub mod decide;
pub mod evaluate;
pub mod facts;
pub(crate) mod fill;
pub mod follow_ups;
pub mod grid;
pub mod interview;
pub mod likely;
pub(crate) mod logic;
pub mod near_line;
pub mod placement;
pub mod program;
pub mod questions;
pub mod quick;
pub mod report;
pub(crate) mod template;

pub use bounds::{Bounds, OutcomeSet};
pub use questions::{AnswerKind, Question};
