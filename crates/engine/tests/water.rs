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

#[test]
fn the_site_estimate_shown_is_the_one_the_rules_use() {
    let e = jiujiang_engine::Engine::embedded().unwrap();
    let today = jiujiang_engine::Date::new(2026, 11, 23);
    let (p, _) = e.parse_fields([
        ("site.location", "116.0050890, 29.6974550"),
        ("site.location_datum", "gcj02"),
    ]);
    let est = e.site_estimate(&p, today).unwrap();
    assert!(
        (est.wgs84.lon - 116.0).abs() < 1e-6 && (est.wgs84.lat - 29.70).abs() < 1e-6,
        "{est:?}"
    );
    assert!((550.0..600.0).contains(&est.moved_m), "{}", est.moved_m);
    assert_eq!(est.margin_m, 1030.0);
    assert!(est.in_jiujiang_box);
    // The map distance in the finding is the same number.
    let (p2, _) = e.parse_fields([
        ("site.location", "116.0050890, 29.6974550"),
        ("site.location_datum", "gcj02"),
        ("industry_code", "C2614"),
        ("action", "new"),
    ]);
    let report = e.screen(&p2, today);
    let yrb01 = report
        .findings
        .iter()
        .find(|f| f.rule_id == "YRB-01")
        .unwrap();
    let river = est.river.unwrap().metres.round();
    assert!(
        yrb01.caveats.iter().any(|c| c
            .en
            .contains(&jiujiang_engine::screen::format_number(river))),
        "{:?}",
        yrb01.caveats
    );
    // Before the map margins are in force there is no margin to report.
    assert_eq!(
        e.site_estimate(&p, jiujiang_engine::Date::new(2017, 1, 1))
            .unwrap()
            .margin_m,
        0.0
    );
    // Coordinates without a system give no estimate; a point in Tokyo is off the map.
    let (no_datum, _) = e.parse_fields([("site.location", "116.0, 29.70")]);
    assert!(e.site_estimate(&no_datum, today).is_none());
    let (tokyo, _) = e.parse_fields([
        ("site.location", "139.69, 35.69"),
        ("site.location_datum", "wgs84"),
    ]);
    assert!(!e.site_estimate(&tokyo, today).unwrap().in_jiujiang_box);
}
