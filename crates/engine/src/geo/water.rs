//! Distance from a point to the mapped water of Jiujiang (OSM river and lake
//! polygons, generalised: banks good to about ±1 km, shared/data/geo/NOTES.md).
//!
//! Distances are taken on a plane tangent at the query point, scaled by the
//! ellipsoid's radii of curvature there, so they are within centimetres of
//! the geodesic over the few kilometres that matter; never on raw degrees.
//! A uniform grid over the Jiujiang box finds the nearby banks.

use super::coords::LonLat;

/// Which layer a polygon belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layer {
    /// OSM river areas: the Yangtze and fragments of wider tributaries.
    River,
    /// OSM lakes: Poyang Lake and smaller lakes.
    Lake,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Nearest {
    /// 0 when the point lies inside the water.
    pub metres: f64,
    pub inside: bool,
    /// The nearest point of the bank.
    pub at: LonLat,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct WaterDistances {
    /// `None`: none of this layer within the search radius.
    pub river: Option<Nearest>,
    pub lake: Option<Nearest>,
}

struct Polygon {
    layer: Layer,
    rings: Vec<Vec<LonLat>>,
    min: LonLat,
    max: LonLat,
}

#[derive(Clone, Copy)]
struct Segment {
    a: LonLat,
    b: LonLat,
    layer: Layer,
}

/// Grid over the data's box; cells of 0.02° (about 2 km).
const CELL: f64 = 0.02;
/// Beyond this no distance is reported (the rules look at 5 km at most).
pub const SEARCH_RADIUS_M: f64 = 30_000.0;

pub struct WaterMap {
    polygons: Vec<Polygon>,
    segments: Vec<Segment>,
    origin: LonLat,
    cols: usize,
    rows: usize,
    cells: Vec<Vec<u32>>,
}

/// Metres per radian of latitude and of longitude at a latitude (WGS-84).
fn radii(lat: f64) -> (f64, f64) {
    const A: f64 = 6_378_137.0;
    const E2: f64 = 0.006_694_379_990_14;
    let s = lat.to_radians().sin();
    let w = (1.0 - E2 * s * s).sqrt();
    let meridional = A * (1.0 - E2) / (w * w * w);
    let prime_vertical = A / w;
    (meridional, prime_vertical * lat.to_radians().cos())
}

impl WaterMap {
    pub fn embedded() -> WaterMap {
        WaterMap::from_blob(include_bytes!(concat!(env!("OUT_DIR"), "/water.bin")))
    }

    fn from_blob(blob: &[u8]) -> WaterMap {
        struct Cursor<'b>(&'b [u8]);
        impl Cursor<'_> {
            fn bytes<const N: usize>(&mut self) -> [u8; N] {
                let (head, rest) = self.0.split_at(N);
                self.0 = rest;
                head.try_into().unwrap_or([0; N])
            }
        }
        let mut cur = Cursor(blob);
        let mut polygons = Vec::new();
        while !cur.0.is_empty() {
            let layer = if cur.bytes::<1>()[0] == 0 {
                Layer::River
            } else {
                Layer::Lake
            };
            let n_rings = u16::from_le_bytes(cur.bytes());
            let mut rings = Vec::with_capacity(n_rings as usize);
            let (mut min, mut max) = (
                LonLat::new(f64::MAX, f64::MAX),
                LonLat::new(f64::MIN, f64::MIN),
            );
            for _ in 0..n_rings {
                let n = u32::from_le_bytes(cur.bytes()) as usize;
                let mut ring = Vec::with_capacity(n);
                // Vertices are stored as differences from the previous one.
                let (mut lon_micro, mut lat_micro) = (0i32, 0i32);
                for _ in 0..n {
                    lon_micro = lon_micro.wrapping_add(i32::from_le_bytes(cur.bytes()));
                    lat_micro = lat_micro.wrapping_add(i32::from_le_bytes(cur.bytes()));
                    let (lon, lat) = (lon_micro as f64 / 1e6, lat_micro as f64 / 1e6);
                    min = LonLat::new(min.lon.min(lon), min.lat.min(lat));
                    max = LonLat::new(max.lon.max(lon), max.lat.max(lat));
                    ring.push(LonLat::new(lon, lat));
                }
                rings.push(ring);
            }
            polygons.push(Polygon {
                layer,
                rings,
                min,
                max,
            });
        }
        WaterMap::index(polygons)
    }

    fn index(polygons: Vec<Polygon>) -> WaterMap {
        let min_lon = polygons.iter().map(|p| p.min.lon).fold(f64::MAX, f64::min);
        let min_lat = polygons.iter().map(|p| p.min.lat).fold(f64::MAX, f64::min);
        let max_lon = polygons.iter().map(|p| p.max.lon).fold(f64::MIN, f64::max);
        let max_lat = polygons.iter().map(|p| p.max.lat).fold(f64::MIN, f64::max);
        let origin = LonLat::new(min_lon, min_lat);
        let cols = ((max_lon - min_lon) / CELL).ceil() as usize + 1;
        let rows = ((max_lat - min_lat) / CELL).ceil() as usize + 1;
        let mut map = WaterMap {
            polygons,
            segments: Vec::new(),
            origin,
            cols,
            rows,
            cells: vec![Vec::new(); cols * rows],
        };
        let mut segments = Vec::new();
        for p in &map.polygons {
            for ring in &p.rings {
                for w in ring.windows(2) {
                    segments.push(Segment {
                        a: w[0],
                        b: w[1],
                        layer: p.layer,
                    });
                }
            }
        }
        for (i, s) in segments.iter().enumerate() {
            let (c0, r0) = map.cell_of(LonLat::new(s.a.lon.min(s.b.lon), s.a.lat.min(s.b.lat)));
            let (c1, r1) = map.cell_of(LonLat::new(s.a.lon.max(s.b.lon), s.a.lat.max(s.b.lat)));
            for r in r0..=r1 {
                for c in c0..=c1 {
                    map.cells[r * cols + c].push(i as u32);
                }
            }
        }
        map.segments = segments;
        map
    }

    fn cell_of(&self, p: LonLat) -> (usize, usize) {
        let c = ((p.lon - self.origin.lon) / CELL)
            .floor()
            .clamp(0.0, (self.cols - 1) as f64) as usize;
        let r = ((p.lat - self.origin.lat) / CELL)
            .floor()
            .clamp(0.0, (self.rows - 1) as f64) as usize;
        (c, r)
    }

    /// Whether `p` lies in the box the layer covers (Jiujiang and about
    /// 10 km around); outside it "no water nearby" means nothing.
    pub fn covers(&self, p: LonLat) -> bool {
        p.lon >= self.origin.lon
            && p.lat >= self.origin.lat
            && p.lon <= self.origin.lon + self.cols as f64 * CELL
            && p.lat <= self.origin.lat + self.rows as f64 * CELL
    }

    pub fn polygon_count(&self) -> usize {
        self.polygons.len()
    }

    pub fn vertex_count(&self) -> usize {
        self.polygons
            .iter()
            .flat_map(|p| &p.rings)
            .map(Vec::len)
            .sum()
    }

    fn inside(&self, p: LonLat, layer: Layer) -> bool {
        self.polygons
            .iter()
            .filter(|poly| poly.layer == layer)
            .filter(|poly| {
                p.lon >= poly.min.lon
                    && p.lon <= poly.max.lon
                    && p.lat >= poly.min.lat
                    && p.lat <= poly.max.lat
            })
            .any(|poly| {
                // Even-odd rule over all rings: holes (islands) count out.
                let mut inside = false;
                for ring in &poly.rings {
                    for w in ring.windows(2) {
                        let (a, b) = (w[0], w[1]);
                        if (a.lat > p.lat) != (b.lat > p.lat)
                            && p.lon < a.lon + (p.lat - a.lat) / (b.lat - a.lat) * (b.lon - a.lon)
                        {
                            inside = !inside;
                        }
                    }
                }
                inside
            })
    }

    /// Nearest river and lake bank from `p` (WGS-84).
    pub fn distances(&self, p: LonLat) -> WaterDistances {
        let (m_lat, m_lon) = radii(p.lat);
        let mut best = Best::new(p);
        // Scan the cells of a square around p, doubling it until the nearest
        // bank of each layer is no farther than the square's half-side: a
        // nearer bank would have a point inside the square, in a scanned cell.
        let mut half_m = 2_000.0;
        loop {
            let d_lon = (half_m / m_lon).to_degrees();
            let d_lat = (half_m / m_lat).to_degrees();
            let (c0, r0) = self.cell_of(LonLat::new(p.lon - d_lon, p.lat - d_lat));
            let (c1, r1) = self.cell_of(LonLat::new(p.lon + d_lon, p.lat + d_lat));
            for r in r0..=r1 {
                for c in c0..=c1 {
                    for &i in &self.cells[r * self.cols + c] {
                        best.consider(&self.segments[i as usize]);
                    }
                }
            }
            let settled = best
                .layers
                .iter()
                .all(|b| b.is_some_and(|(d, _)| d <= half_m));
            if settled || half_m >= SEARCH_RADIUS_M {
                break;
            }
            half_m *= 2.0;
        }
        self.finish(p, best.layers)
    }

    /// The same answer by checking every bank segment: the reference the
    /// grid search is tested against.
    pub fn distances_brute_force(&self, p: LonLat) -> WaterDistances {
        let mut best = Best::new(p);
        for s in &self.segments {
            best.consider(s);
        }
        self.finish(p, best.layers)
    }
}

/// The nearest bank found so far per layer, in tangent-plane metres at `p`.
struct Best {
    p: LonLat,
    m_lat: f64,
    m_lon: f64,
    layers: [Option<(f64, (f64, f64))>; 2],
}

impl Best {
    fn new(p: LonLat) -> Best {
        let (m_lat, m_lon) = radii(p.lat);
        Best {
            p,
            m_lat,
            m_lon,
            layers: [None, None],
        }
    }

    fn to_plane(&self, q: LonLat) -> (f64, f64) {
        (
            (q.lon - self.p.lon).to_radians() * self.m_lon,
            (q.lat - self.p.lat).to_radians() * self.m_lat,
        )
    }

    fn consider(&mut self, s: &Segment) {
        let (d, q) = point_segment(self.to_plane(s.a), self.to_plane(s.b));
        let slot = &mut self.layers[s.layer as usize];
        if slot.is_none_or(|(bd, _)| d < bd) {
            *slot = Some((d, q));
        }
    }
}

impl WaterMap {
    /// From the nearest bank per layer (tangent-plane metres at `p`) to the
    /// answer: within the search radius, zero inside the water.
    fn finish(&self, p: LonLat, best: [Option<(f64, (f64, f64))>; 2]) -> WaterDistances {
        let (m_lat, m_lon) = radii(p.lat);
        let result = |layer: Layer| {
            let (d, (x, y)) = best[layer as usize]?;
            if d > SEARCH_RADIUS_M {
                return None;
            }
            let inside = self.inside(p, layer);
            let at = LonLat::new(
                p.lon + (x / m_lon).to_degrees(),
                p.lat + (y / m_lat).to_degrees(),
            );
            Some(Nearest {
                metres: if inside { 0.0 } else { d },
                inside,
                at,
            })
        };
        WaterDistances {
            river: result(Layer::River),
            lake: result(Layer::Lake),
        }
    }
}

/// Distance from the origin to segment ab in the plane, and the nearest point.
fn point_segment(a: (f64, f64), b: (f64, f64)) -> (f64, (f64, f64)) {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let len2 = dx * dx + dy * dy;
    let t = if len2 == 0.0 {
        0.0
    } else {
        (-(a.0 * dx + a.1 * dy) / len2).clamp(0.0, 1.0)
    };
    let q = (a.0 + t * dx, a.1 + t * dy);
    ((q.0 * q.0 + q.1 * q.1).sqrt(), q)
}
