pub mod field;
pub mod finding;
pub mod form;
pub mod placements;
pub mod result;
pub mod rules;
pub mod site;
