//! Screening, as the app, the CLI and the tests call it. The work is done in
//! `rules/` (evaluate, decide, report); this module keeps their public names
//! in one place.

pub use crate::rules::caveat::Caveat;
pub use crate::rules::decide::ParamRange;
pub use crate::rules::evaluate::{format_number, param_in_force};
pub use crate::rules::report::*;
