//! Text: what the engine writes for people in both languages (numbers, money,
//! dates, labels, the data changelog). It reads the data types and nothing
//! of the rules' evaluation, so every other module may use it. The older
//! helpers (`display`, `labels`) are still beside it; they belong here.

pub mod changelog;
pub mod numbers;
