//! Geometry for siting (issue 5): coordinate systems first.
pub mod coords;
pub mod water;
