//! Distances to the bundled OSM water polygons, checked against figures in
//! shared/data/geo/NOTES.md and against brute force over every bank segment.

use jiujiang_engine::geo::coords::{haversine_m, LonLat};
use jiujiang_engine::geo::water::{Layer, WaterMap};

#[test]
fn the_bundled_layer_is_complete() {
    let map = WaterMap::embedded();
    // README: 355 river + 342 lake polygons, 2,286 + 2,329 vertices (rings closed).
    assert_eq!(map.polygon_count(), 697);
    assert!(map.vertex_count() >= 4_615, "{}", map.vertex_count());
}

#[test]
fn jiujiang_city_sits_south_of_the_yangtze_band() {
    let map = WaterMap::embedded();
    // NOTES: at 116.0 E the OSM water spans 29.7366–29.7529 N.
    let inside = map.distances(LonLat::new(116.0, 29.745));
    assert!(inside.river.unwrap().inside, "{inside:?}");
    assert_eq!(inside.river.unwrap().metres, 0.0);
    let south = map.distances(LonLat::new(116.0, 29.70));
    let d = south.river.unwrap().metres;
    // (29.7366 - 29.70)° ≈ 4.06 km due north at most; a nearer bank edge may be oblique.
    assert!((2_500.0..=4_100.0).contains(&d), "{d}");
}

#[test]
fn hukou_is_about_a_third_of_a_kilometre_from_the_water() {
    // NOTES: the Hukou point (116.22 E, 29.74 N) is about 0.36 km from the OSM polygons.
    let d = WaterMap::embedded().distances(LonLat::new(116.22, 29.74));
    let nearest = [d.river, d.lake]
        .into_iter()
        .flatten()
        .map(|n| n.metres)
        .fold(f64::MAX, f64::min);
    assert!((250.0..=450.0).contains(&nearest), "{nearest}");
}

#[test]
fn the_reported_bank_point_is_at_the_reported_distance() {
    // The tangent-plane distance agrees with a great-circle distance to the
    // same bank point to well under a metre at these ranges.
    let map = WaterMap::embedded();
    for (lon, lat) in [
        (116.0, 29.70),
        (115.8, 29.6),
        (116.4, 29.5),
        (115.6, 29.9),
        (116.6, 30.1),
    ] {
        let p = LonLat::new(lon, lat);
        let d = map.distances(p);
        for n in [d.river, d.lake]
            .into_iter()
            .flatten()
            .filter(|n| !n.inside)
        {
            let check = haversine_m(p, n.at);
            // Haversine on a sphere differs from the ellipsoid by up to ~0.3 %.
            assert!(
                (check - n.metres).abs() <= 0.004 * n.metres + 0.5,
                "{lon},{lat}: {} vs {check}",
                n.metres
            );
        }
    }
}

#[test]
fn the_grid_search_finds_the_same_bank_as_brute_force() {
    let map = WaterMap::embedded();
    let mut seed = 12345u64;
    let mut rand = || {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (seed >> 11) as f64 / (1u64 << 53) as f64
    };
    for _ in 0..200 {
        let p = LonLat::new(113.9 + 3.3 * rand(), 28.6 + 1.8 * rand());
        let fast = map.distances(p);
        let slow = map.distances_brute_force(p);
        for layer in [Layer::River, Layer::Lake] {
            let (f, s) = match layer {
                Layer::River => (fast.river, slow.river),
                Layer::Lake => (fast.lake, slow.lake),
            };
            match (f, s) {
                (Some(f), Some(s)) => assert!(
                    (f.metres - s.metres).abs() < 1e-6,
                    "{p:?} {layer:?}: {} vs {}",
                    f.metres,
                    s.metres
                ),
                (None, None) => {}
                other => panic!("{p:?} {layer:?}: {other:?}"),
            }
        }
    }
}
