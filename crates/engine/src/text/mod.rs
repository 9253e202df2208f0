//! Text: what the engine writes for people in both languages (numbers, money,
//! dates, labels, the data changelog). It reads the data types and nothing
//! of the rules' evaluation. The older helpers (`display`, `labels`) move here
//! as the engine is laid out by domain (issue 16).

pub mod changelog;
