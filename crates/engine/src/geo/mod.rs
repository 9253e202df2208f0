//! Geometry for siting (issue 5): coordinate systems, the bundled map layers,
//! distances to the water and imported boundary layers, and the county a
//! point lies in.
pub mod boundary;
pub mod coords;
pub mod county;
pub mod layers;
pub mod pip;
pub mod places;
pub mod plane;
pub mod shapes;
pub mod water;
