//! The app's components, grouped by page: `screen/` (the screening page: the
//! verdict box and its questions, the form and its fields, the site and map,
//! findings, incentives, scenarios, the printed opinion), `rulebase/` (the
//! rule base and the data changelog), and one file each for the packages
//! editor, the batch page and the map-data credits. Components take data and
//! callbacks; state lives in `crate::state`.

pub mod about;
pub mod batch;
pub mod packages;
pub mod rulebase;
pub mod screen;

// Their old paths (`components::finding` …) stay valid.
pub use rulebase::{changelog, rules};
pub use screen::{
    advisor, boundary, field, finding, form, incentives, map, placements, print, qr, result,
    scenarios, site,
};
