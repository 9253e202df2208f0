//! The bundled map layers, decoded from the blob build.rs packs
//! (`map.bin`): OSM water (the layer distances are measured against), and
//! GSHHG and Natural Earth as cross-checks and for drawing.
//! Sources, licences and accuracy: data/geo/README.md.

use super::coords::LonLat;
use std::sync::OnceLock;

/// One layer of one source. The discriminants are the layer bytes in the blob.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum MapLayer {
    /// OSM river areas (ODbL): the Yangtze, fragments of wider tributaries.
    OsmRiver = 0,
    /// OSM lakes (ODbL): Poyang Lake at high water and smaller lakes.
    OsmLake = 1,
    /// GSHHG full-resolution water polygons (LGPL-3.0+): Yangtze and Poyang as one.
    GshhgWater = 2,
    /// GSHHG/WDBII river lines (LGPL-3.0+), unnamed; the Xiu is among them.
    GshhgRiverLine = 3,
    /// Natural Earth 1:10m lakes (public domain).
    NeLake = 4,
    /// Natural Earth 1:10m centerlines of the Yangtze and Gan (public domain).
    NeCenterline = 5,
}

impl MapLayer {
    pub const ALL: [MapLayer; 6] = [
        MapLayer::OsmRiver,
        MapLayer::OsmLake,
        MapLayer::GshhgWater,
        MapLayer::GshhgRiverLine,
        MapLayer::NeLake,
        MapLayer::NeCenterline,
    ];

    fn from_byte(b: u8) -> Option<MapLayer> {
        MapLayer::ALL.get(b as usize).copied()
    }

    /// Areas (closed rings, even-odd rule) rather than lines.
    pub fn is_area(self) -> bool {
        !matches!(self, MapLayer::GshhgRiverLine | MapLayer::NeCenterline)
    }

    pub fn source(self) -> Source {
        match self {
            MapLayer::OsmRiver | MapLayer::OsmLake => Source::Osm,
            MapLayer::GshhgWater | MapLayer::GshhgRiverLine => Source::Gshhg,
            MapLayer::NeLake | MapLayer::NeCenterline => Source::NaturalEarth,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Source {
    Osm,
    Gshhg,
    NaturalEarth,
}

/// A polygon (its rings) or a line (its parts), in WGS-84.
#[derive(Clone, Debug, PartialEq)]
pub struct Shape {
    pub layer: MapLayer,
    pub parts: Vec<Vec<LonLat>>,
}

/// All bundled shapes, decoded once; none until the layers are there
/// (see [`super::layers`]).
pub fn embedded() -> &'static [Shape] {
    static SHAPES: OnceLock<Vec<Shape>> = OnceLock::new();
    match super::layers::blobs() {
        Some((map, _)) => SHAPES.get_or_init(|| decode(map)),
        None => &[],
    }
}

/// The blob is written by build.rs from checked files, so a short or odd
/// blob can only mean a broken build: decoding stops there, it never panics.
pub(crate) fn decode(blob: &[u8]) -> Vec<Shape> {
    let mut cur = blob;
    let mut shapes = Vec::new();
    fn varint(cur: &mut &[u8]) -> Option<i64> {
        let mut z: u64 = 0;
        for shift in (0..64).step_by(7) {
            let (&b, rest) = cur.split_first()?;
            *cur = rest;
            z |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Some((z >> 1) as i64 ^ -((z & 1) as i64));
            }
        }
        None
    }
    let one = |cur: &mut &[u8]| -> Option<Shape> {
        let (&byte, rest) = cur.split_first()?;
        *cur = rest;
        let layer = MapLayer::from_byte(byte)?;
        let n_parts = varint(cur)?;
        let mut parts = Vec::new();
        for _ in 0..n_parts {
            let n = varint(cur)?;
            let mut part = Vec::new();
            let (mut lon, mut lat) = (0i64, 0i64);
            for _ in 0..n {
                lon += varint(cur)?;
                lat += varint(cur)?;
                part.push(LonLat::new(lon as f64 / 1e6, lat as f64 / 1e6));
            }
            parts.push(part);
        }
        Some(Shape { layer, parts })
    };
    while !cur.is_empty() {
        match one(&mut cur) {
            Some(s) => shapes.push(s),
            None => break,
        }
    }
    shapes
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_layer_decodes_with_the_counts_of_the_source_files() {
        let shapes = embedded();
        let count = |l: MapLayer| shapes.iter().filter(|s| s.layer == l).count();
        let vertices = |l: MapLayer| -> usize {
            shapes
                .iter()
                .filter(|s| s.layer == l)
                .flat_map(|s| &s.parts)
                .map(Vec::len)
                .sum()
        };
        // Counts from shared/data/geo/README.md.
        assert_eq!(count(MapLayer::OsmRiver), 355);
        assert_eq!(count(MapLayer::OsmLake), 342);
        assert_eq!(vertices(MapLayer::OsmRiver), 2286);
        assert_eq!(vertices(MapLayer::OsmLake), 2329);
        assert_eq!(count(MapLayer::GshhgWater), 19);
        assert_eq!(vertices(MapLayer::GshhgWater), 4809);
        assert_eq!(count(MapLayer::GshhgRiverLine), 20);
        assert_eq!(vertices(MapLayer::GshhgRiverLine), 3946);
        assert_eq!(count(MapLayer::NeCenterline), 3);
        assert_eq!(vertices(MapLayer::NeCenterline), 151);
        assert_eq!(count(MapLayer::NeLake), 21);
        assert_eq!(vertices(MapLayer::NeLake), 1343);
        // Every vertex inside the clip box.
        for s in shapes {
            for p in s.parts.iter().flatten() {
                assert!((113.9..=117.2).contains(&p.lon) && (28.6..=30.4).contains(&p.lat));
            }
        }
    }

    #[test]
    fn a_truncated_blob_decodes_what_it_can_without_panicking() {
        let blob = super::super::layers::bundled()
            .expect("tests build with the layers")
            .0;
        for cut in [0, 1, 2, 7, 100, blob.len() / 2, blob.len() - 1] {
            let shapes = decode(&blob[..cut]);
            assert!(shapes.len() <= embedded().len());
        }
    }
}
