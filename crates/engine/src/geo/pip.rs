//! Point in polygon, fast for many points: the edges of a polygon's rings are
//! sorted into latitude bands once, and a point's eastward ray is tested only
//! against the edges of its band. Even-odd over all rings, so holes and
//! islands count right. Used for the counties and the water areas, which have
//! thousands of vertices each and are asked once per cell of the "where" grid.

use super::coords::LonLat;

/// About this many edges per band, on average.
const EDGES_PER_BAND: usize = 8;
const MAX_BANDS: usize = 1024;

#[derive(Clone, Debug, PartialEq)]
pub struct Banded {
    min: LonLat,
    max: LonLat,
    /// Latitude of band 0's south edge, and the height of a band (degrees).
    lat0: f64,
    step: f64,
    /// Per band, the edges (a, b) crossing it.
    bands: Vec<Vec<(LonLat, LonLat)>>,
}

impl Banded {
    /// From closed or open rings (the last point joins the first).
    pub fn new(rings: &[Vec<LonLat>]) -> Banded {
        let points = rings.iter().flatten();
        let min = points
            .clone()
            .fold(LonLat::new(f64::MAX, f64::MAX), |m, p| {
                LonLat::new(m.lon.min(p.lon), m.lat.min(p.lat))
            });
        let max = points.fold(LonLat::new(f64::MIN, f64::MIN), |m, p| {
            LonLat::new(m.lon.max(p.lon), m.lat.max(p.lat))
        });
        let edges: usize = rings.iter().map(Vec::len).sum();
        let n = (edges / EDGES_PER_BAND).clamp(1, MAX_BANDS);
        let height = max.lat - min.lat;
        let step = if height > 0.0 { height / n as f64 } else { 1.0 };
        let mut bands = vec![Vec::new(); if height > 0.0 { n } else { 0 }];
        let band_of = |lat: f64| (((lat - min.lat) / step) as usize).min(n - 1);
        for ring in rings {
            let len = ring.len();
            for i in 0..len {
                let (a, b) = (ring[i], ring[(i + 1) % len]);
                if a.lat == b.lat || bands.is_empty() {
                    continue; // a level edge never crosses an eastward ray
                }
                let (lo, hi) = (a.lat.min(b.lat), a.lat.max(b.lat));
                for band in &mut bands[band_of(lo)..=band_of(hi)] {
                    band.push((a, b));
                }
            }
        }
        Banded {
            min,
            max,
            lat0: min.lat,
            step,
            bands,
        }
    }

    pub fn contains(&self, p: LonLat) -> bool {
        if !(p.lon >= self.min.lon
            && p.lon <= self.max.lon
            && p.lat >= self.min.lat
            && p.lat <= self.max.lat)
            || self.bands.is_empty()
        {
            return false;
        }
        let i = (((p.lat - self.lat0) / self.step) as usize).min(self.bands.len() - 1);
        let mut inside = false;
        for &(a, b) in &self.bands[i] {
            if (a.lat > p.lat) != (b.lat > p.lat)
                && p.lon < a.lon + (p.lat - a.lat) / (b.lat - a.lat) * (b.lon - a.lon)
            {
                inside = !inside;
            }
        }
        inside
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The plain even-odd test over every edge, as the reference.
    fn reference(rings: &[Vec<LonLat>], p: LonLat) -> bool {
        let mut inside = false;
        for ring in rings {
            let n = ring.len();
            for i in 0..n {
                let (a, b) = (ring[i], ring[(i + 1) % n]);
                if (a.lat > p.lat) != (b.lat > p.lat)
                    && p.lon < a.lon + (p.lat - a.lat) / (b.lat - a.lat) * (b.lon - a.lon)
                {
                    inside = !inside;
                }
            }
        }
        inside
    }

    #[test]
    fn agrees_with_every_edge_tested() {
        // A star with a square hole: concave, many edges, and a ring inside.
        let star: Vec<LonLat> = (0..200)
            .map(|i| {
                let t = i as f64 / 200.0 * std::f64::consts::TAU;
                let r = if i % 2 == 0 { 1.0 } else { 0.45 };
                LonLat::new(116.0 + r * t.cos(), 29.5 + r * t.sin())
            })
            .collect();
        let hole = vec![
            LonLat::new(115.9, 29.4),
            LonLat::new(116.1, 29.4),
            LonLat::new(116.1, 29.6),
            LonLat::new(115.9, 29.6),
        ];
        let rings = vec![star, hole];
        let banded = Banded::new(&rings);
        let mut seed = 12345u64;
        let mut next = || {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 11) as f64 / (1u64 << 53) as f64
        };
        let mut hits = 0;
        for _ in 0..20_000 {
            let p = LonLat::new(114.8 + 2.4 * next(), 28.3 + 2.4 * next());
            let want = reference(&rings, p);
            hits += want as usize;
            assert_eq!(banded.contains(p), want, "{p:?}");
        }
        assert!(hits > 1000, "{hits}");
        assert!(!banded.contains(LonLat::new(116.0, 29.5)), "the hole");
    }

    #[test]
    fn degenerate_rings_contain_nothing() {
        let flat = vec![vec![LonLat::new(116.0, 29.0), LonLat::new(117.0, 29.0)]];
        assert!(!Banded::new(&flat).contains(LonLat::new(116.5, 29.0)));
        assert!(!Banded::new(&[]).contains(LonLat::new(116.5, 29.0)));
    }
}
