//! The screening page: what a user sees and does while describing a project.

pub mod advisor;
pub mod boundary;
pub mod candidates;
pub mod field;
pub mod finding;
pub mod form;
pub mod incentives;
pub mod map;
pub mod placements;
pub mod print;
pub mod qr;
pub mod result;
pub mod scenarios;
pub mod site;
