//! The rule-base page: every rule as the engine sees it, and what changed in
//! the rule data.

pub mod changelog;
pub mod rules;
