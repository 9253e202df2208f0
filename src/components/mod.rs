pub mod field;
pub mod finding;
pub mod form;
pub mod result;
pub mod rules;
pub mod site;
