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
