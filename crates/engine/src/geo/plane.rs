//! A plane for drawing the Jiujiang map: longitude and latitude scaled to
//! kilometres by the ellipsoid's radii at the map's middle latitude (an
//! equirectangular projection). Across the 1.8° of latitude the map spans,
//! east-west scale drifts by under 1 %: fine for drawing and for bands drawn
//! as strokes, never used for the distances the rules read (water.rs).

use super::coords::LonLat;

/// WGS-84 semi-major axis and first eccentricity squared.
const A: f64 = 6_378_137.0;
const E2: f64 = 0.006_694_379_990_14;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Plane {
    pub origin: LonLat,
    /// Kilometres per degree of longitude and of latitude at the origin.
    pub km_per_deg_lon: f64,
    pub km_per_deg_lat: f64,
}

impl Plane {
    pub fn at(origin: LonLat) -> Plane {
        let s = origin.lat.to_radians().sin();
        let w = (1.0 - E2 * s * s).sqrt();
        let rad = std::f64::consts::PI / 180.0;
        Plane {
            origin,
            km_per_deg_lon: A / w * origin.lat.to_radians().cos() * rad / 1000.0,
            km_per_deg_lat: A * (1.0 - E2) / (w * w * w) * rad / 1000.0,
        }
    }

    /// The middle of the box the bundled layers cover.
    pub fn jiujiang() -> Plane {
        Plane::at(LonLat::new(115.55, 29.5))
    }

    /// Kilometres east and north of the origin.
    pub fn to_km(&self, p: LonLat) -> (f64, f64) {
        (
            (p.lon - self.origin.lon) * self.km_per_deg_lon,
            (p.lat - self.origin.lat) * self.km_per_deg_lat,
        )
    }

    pub fn to_lonlat(&self, x_km: f64, y_km: f64) -> LonLat {
        LonLat::new(
            self.origin.lon + x_km / self.km_per_deg_lon,
            self.origin.lat + y_km / self.km_per_deg_lat,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::geo::coords::haversine_m;

    #[test]
    fn round_trips_and_matches_great_circle_distances_near_the_middle() {
        let plane = Plane::jiujiang();
        for (lon, lat) in [(115.55, 29.5), (116.0, 29.73), (114.0, 28.7), (117.1, 30.3)] {
            let p = LonLat::new(lon, lat);
            let (x, y) = plane.to_km(p);
            let q = plane.to_lonlat(x, y);
            assert!((q.lon - lon).abs() < 1e-12 && (q.lat - lat).abs() < 1e-12);
        }
        // 10 km east and north of the middle: within 0.5 % of the sphere.
        let a = LonLat::new(115.55, 29.5);
        let b = plane.to_lonlat(10.0, 0.0);
        let c = plane.to_lonlat(0.0, 10.0);
        assert!((haversine_m(a, b) - 10_000.0).abs() < 50.0);
        assert!((haversine_m(a, c) - 10_000.0).abs() < 50.0);
    }
}
