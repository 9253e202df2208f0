//! Distances to the bundled OSM water polygons, checked against figures in
//! shared/data/geo/NOTES.md and against brute force over every bank segment.

mod common;
use common::valid_project;
use jiujiang_engine::geo::coords::{haversine_m, LonLat};
use jiujiang_engine::geo::water::{Layer, WaterMap, POYANG_OPEN_WATER};

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
        // Each layer, and the water it names (the Yangtze, Poyang Lake).
        for (layer, named) in [Layer::River, Layer::Lake]
            .into_iter()
            .flat_map(|l| [(l, false), (l, true)])
        {
            let pick = |d: &jiujiang_engine::geo::water::WaterDistances| {
                let (any, only_named) = d.of(layer);
                if named {
                    only_named
                } else {
                    any
                }
            };
            match (pick(&fast), pick(&slow)) {
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

/// The map draws a line to the Yangtze or Poyang Lake only where the
/// nearest river or lake is other water, and that line is the range's upper
/// end: by the Xiu in Yongxiu, Poyang Lake beside Saicheng-like lakes and no
/// Yangtze within the search; by the Yangtze in Jiujiang, none.
#[test]
fn the_named_water_is_drawn_only_where_the_nearest_is_other_water() {
    let e = jiujiang_engine::Engine::embedded().unwrap();
    let today = jiujiang_engine::Date::new(2026, 12, 3);
    let at = |loc: &str| {
        let (p, _) = e.parse_fields([("site.location", loc), ("site.location_datum", "wgs84")]);
        e.site_estimate(&p, today, None).unwrap()
    };
    let xiu = at("115.80, 29.045");
    assert_eq!(xiu.yangtze, None, "{:?}", xiu.yangtze_m);
    assert!(xiu.yangtze_m.1.is_infinite());
    let poyang = xiu.poyang.expect("Poyang Lake within the search");
    assert_eq!(poyang.metres, xiu.poyang_m.1);
    assert!(poyang.metres > xiu.lake.unwrap().metres);
    let by_the_yangtze = at("116.0, 29.73");
    assert_eq!(by_the_yangtze.yangtze, None);
    assert_eq!(by_the_yangtze.yangtze_m.0, by_the_yangtze.yangtze_m.1);
}

#[test]
fn the_site_estimate_shown_is_the_one_the_rules_use() {
    let e = jiujiang_engine::Engine::embedded().unwrap();
    let today = jiujiang_engine::Date::new(2026, 11, 23);
    let (p, _) = e.parse_fields([
        ("site.location", "116.0050890, 29.6974550"),
        ("site.location_datum", "gcj02"),
    ]);
    let est = e.site_estimate(&p, today, None).unwrap();
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
        e.site_estimate(&p, jiujiang_engine::Date::new(2017, 1, 1), None)
            .unwrap()
            .margin_m,
        0.0
    );
    // Coordinates without a system give no estimate; a point in Tokyo is off the map.
    let (no_datum, _) = e.parse_fields([("site.location", "116.0, 29.70")]);
    assert!(e.site_estimate(&no_datum, today, None).is_none());
    let (tokyo, _) = e.parse_fields([
        ("site.location", "139.69, 35.69"),
        ("site.location_datum", "wgs84"),
    ]);
    assert!(
        !e.site_estimate(&tokyo, today, None)
            .unwrap()
            .in_jiujiang_box
    );
}

/// The least distance from a parcel, against brute force: every point of
/// the outline densified every 5 m, each measured with the point search.
#[test]
fn parcel_distance_matches_a_densified_outline() {
    let map = WaterMap::embedded();
    let parcels: [&[(f64, f64)]; 4] = [
        &[
            (115.995, 29.714),
            (116.005, 29.714),
            (116.005, 29.66),
            (115.995, 29.66),
        ],
        &[(115.62, 29.80), (115.64, 29.81), (115.63, 29.82)],
        &[
            (116.40, 29.50),
            (116.42, 29.50),
            (116.42, 29.52),
            (116.41, 29.51),
            (116.40, 29.52),
        ],
        &[(116.10, 29.60), (116.13, 29.61), (116.12, 29.64)],
    ];
    for parcel in parcels {
        let ring: Vec<LonLat> = parcel.iter().map(|&(x, y)| LonLat::new(x, y)).collect();
        let got = map.distances_from_parcel(&ring);
        let mut want = [f64::MAX; 4];
        for i in 0..ring.len() {
            let (a, b) = (ring[i], ring[(i + 1) % ring.len()]);
            let steps = (haversine_m(a, b) / 5.0).ceil() as usize;
            for k in 0..=steps {
                let t = k as f64 / steps as f64;
                let p = LonLat::new(a.lon + t * (b.lon - a.lon), a.lat + t * (b.lat - a.lat));
                let d = map.distances(p);
                for (slot, n) in want.iter_mut().zip([d.river, d.lake, d.yangtze, d.poyang]) {
                    if let Some(n) = n {
                        *slot = slot.min(n.metres);
                    }
                }
            }
        }
        let all = [got.river, got.lake, got.yangtze, got.poyang];
        for (layer, (got, want)) in all.into_iter().zip(want).enumerate() {
            let Some(got) = got.map(|n| n.metres) else {
                assert_eq!(
                    want,
                    f64::MAX,
                    "layer {layer}: none found, brute force found one"
                );
                continue;
            };
            // Densifying can only overstate the least distance, by < 5 m.
            // The parcel is measured on a plane at its centre, which drifts
            // from the ellipsoid by about 1 m in 10 km (Poyang Lake is 8 km
            // from the first parcel).
            assert!(
                got <= want + 0.01 + want * 1e-4 && want - got < 5.0 + want * 4e-4,
                "layer {layer}: {got} vs {want} for {parcel:?}"
            );
        }
    }
}

#[test]
fn a_parcel_across_the_river_touches_the_water() {
    let map = WaterMap::embedded();
    // Straddles the OSM water at 116.0 E (29.7366–29.7529 N), no vertex inside.
    let ring = [
        LonLat::new(115.999, 29.73),
        LonLat::new(116.001, 29.73),
        LonLat::new(116.001, 29.76),
        LonLat::new(115.999, 29.76),
    ];
    let d = map.distances_from_parcel(&ring).river.unwrap();
    assert_eq!(d.metres, 0.0);
    assert!(d.inside);
}

#[test]
fn gshhg_and_osm_banks_differ_by_the_documented_spread() {
    // NOTES: over points every 200 m along the OSM Yangtze bank between
    // 115.32 and 116.83 E, the GSHHG bank lies a median 818 m away. Here:
    // the OSM river vertices in that stretch, to GSHHG's boundaries as lines.
    use jiujiang_engine::geo::shapes::{embedded, MapLayer};
    let gshhg_lines = WaterMap::from_shapes(
        embedded()
            .iter()
            .filter(|s| s.layer == MapLayer::GshhgWater)
            .map(|s| (Layer::River, false, s.parts.clone())),
    );
    let mut gaps: Vec<f64> = embedded()
        .iter()
        .filter(|s| s.layer == MapLayer::OsmRiver)
        .flat_map(|s| s.parts.iter().flatten())
        .filter(|p| (115.32..=116.83).contains(&p.lon) && (29.65..=30.1).contains(&p.lat))
        .filter_map(|&p| gshhg_lines.distances(p).river.map(|n| n.metres))
        .collect();
    gaps.sort_by(f64::total_cmp);
    let median = gaps[gaps.len() / 2];
    assert!(gaps.len() > 200, "{}", gaps.len());
    assert!(
        (500.0..=1_200.0).contains(&median),
        "median {median} m over {}",
        gaps.len()
    );
}

/// A distance the map estimates says what it was measured from: the site
/// point, or the parcel's nearest edge when an outline is given.
#[test]
fn a_map_estimate_says_whether_it_is_from_the_point_or_the_parcel() {
    let e = jiujiang_engine::Engine::embedded().unwrap();
    let today = jiujiang_engine::Date::new(2026, 12, 3);
    let note_of = |fields: &[(&str, &str)]| -> String {
        let (p, errors) = e.parse_fields(fields.iter().copied());
        assert!(errors.is_empty(), "{errors:?}");
        let r = e.screen(&p, today);
        let f = r.findings.iter().find(|f| f.rule_id == "YRB-01").unwrap();
        (f.caveats.iter())
            .map(|c| c.en.clone())
            .find(|c| c.contains("No measured distance"))
            .unwrap_or_default()
    };
    let base = [
        ("industry_code", "C2614"),
        ("action", "new"),
        ("site.location", "116.00, 29.69"),
        ("site.location_datum", "wgs84"),
    ];
    let point = note_of(&base);
    assert!(point.contains("from the site point"), "{point}");
    assert!(point.contains("the nearest river"), "{point}");
    let mut with_parcel = base.to_vec();
    let outline = "116.00, 29.69; 116.01, 29.69; 116.01, 29.68";
    with_parcel.push(("site.parcel", outline));
    let parcel = note_of(&with_parcel);
    assert!(
        parcel.contains("from the parcel's nearest edge"),
        "{parcel}"
    );
}

/// The river layer holds tributary fragments and the lake layer other lakes;
/// the polygons known to be the Yangtze main stream and Poyang Lake are
/// marked, and measured on their own beside the nearest of each layer.
#[test]
fn the_yangtze_and_poyang_lake_are_told_from_other_water() {
    let map = WaterMap::embedded();
    // One lake polygon is Poyang Lake; 33 of the river polygons hold the
    // Yangtze's centerline (docs/siting.md).
    assert_eq!(map.named_count(Layer::Lake), 1);
    assert_eq!(map.named_count(Layer::River), 33);
    let at = |lon, lat| map.distances(LonLat::new(lon, lat));
    // Jiujiang's riverside: the nearest river is the Yangtze itself.
    let city = at(116.0, 29.725);
    let (river, yangtze) = (city.river.unwrap(), city.yangtze.unwrap());
    assert!((river.metres - yangtze.metres).abs() < 1e-6, "{city:?}");
    assert!(river.metres < 1_000.0, "{city:?}");
    // Yongxiu, by a mapped stretch of the Xiu: no Yangtze within 30 km, and
    // the Xiu there, beyond 10 km of the main stream, is no candidate for it
    // (a river near the main stream may still be a side channel).
    let yongxiu = at(115.80, 29.045);
    assert_eq!(yongxiu.river, None, "{yongxiu:?}");
    assert_eq!(yongxiu.yangtze, None);
    // Ruichang, 3.5 km from a lake 30 km from Poyang Lake: no candidate
    // for Poyang within the search (a user test saw it left open).
    let ruichang = at(115.66, 29.70);
    assert_eq!(ruichang.lake, None, "{ruichang:?}");
    // By Saicheng Lake (a city lake): Poyang Lake is ten times as far.
    let lake = at(116.0, 29.73);
    let (nearest, poyang) = (lake.lake.unwrap(), lake.poyang.unwrap());
    assert!(
        nearest.metres < 1_000.0 && poyang.metres > 9_000.0,
        "{lake:?}"
    );
    // Open water of Poyang Lake, and the lake seen from Hukou.
    assert!(map.distances(POYANG_OPEN_WATER).poyang.unwrap().inside);
    let hukou = at(116.22, 29.70);
    assert_eq!(hukou.lake, hukou.poyang);
    // Every marked Yangtze polygon lies along the main stream: none south
    // of 29.6° N, where the map holds the Xiu and Gan but no Yangtze.
    for lat in [28.7, 29.0, 29.3, 29.55] {
        for k in 0..34 {
            let p = LonLat::new(113.9 + 0.1 * k as f64, lat);
            if let Some(y) = map.distances_within(p, 5_000.0).yangtze {
                assert!(y.at.lat > 29.6, "{p:?}: {y:?}");
            }
        }
    }
}

/// What the map says against a distance to the Yangtze typed for a site
/// about 4 km south of it (116.0 E, 29.70 N), and the map's estimate.
fn typed_at_the_site(
    typed: &str,
) -> (
    Vec<jiujiang_engine::Disagreement>,
    jiujiang_engine::SiteEstimate,
) {
    let e = jiujiang_engine::Engine::embedded().unwrap();
    let today = jiujiang_engine::Date::new(2026, 12, 4);
    let p = valid_project([
        ("site.location", "116.0, 29.70"),
        ("site.location_datum", "wgs84"),
        ("site.dist_yangtze_mainstream_m", typed),
    ]);
    let est = e.site_estimate(&p, today, None).unwrap();
    (e.disagreements(&est, &p, today), est)
}

/// A typed distance the map contradicts beyond its margin is named; one
/// within the margin, or up to `GEO-04.inland_line_m` (300 m) short of the
/// map (measured to the management line, inland of the water), is not.
#[test]
fn a_typed_distance_the_map_contradicts_is_named() {
    let at = typed_at_the_site;
    let est = at("3000").1;
    let (lo, hi) = est.yangtze_m;
    assert!(hi.is_finite(), "{:?}", est.yangtze_m);
    let margin = est.margin_m;
    let fits = format!("{}", ((lo + hi) / 2.0 + margin * 0.5).round());
    assert!(at(&fits).0.is_empty(), "{fits} against {lo} ± {margin}");
    let far = format!("{}", (hi + margin + 5_000.0).round());
    let (d, _) = at(&far);
    assert_eq!(d.len(), 1, "{far} against {lo} ± {margin}");
    assert_eq!(d[0].field, "site.dist_yangtze_mainstream_m");
    assert_eq!(d[0].map_m, (lo, hi));
    // Short of the map by less than its margin and 300 m: a nearer line;
    // by more, a contradiction.
    let near_line = format!("{}", (lo - margin - 250.0).round());
    assert!(
        at(&near_line).0.is_empty(),
        "{near_line} against {lo} ± {margin}"
    );
    let too_short = format!("{}", (lo - margin - 400.0).round());
    assert_eq!(
        at(&too_short).0.len(),
        1,
        "{too_short} against {lo} ± {margin}"
    );
}

/// A typed bound the map contradicts is named as its nearest figure would
/// be: "none within 5 km" for a site the map puts nearer, or "under" a
/// figure the map puts it well beyond; a bound the map fits is not.
#[test]
fn a_typed_bound_the_map_contradicts_is_named() {
    let at = typed_at_the_site;
    let est = at("3000").1;
    let ((lo, hi), margin) = (est.yangtze_m, est.margin_m);
    assert!(
        hi.is_finite() && lo > margin + 1_000.0,
        "{:?}",
        est.yangtze_m
    );
    let beyond = format!(">{}", (hi + margin + 100.0).round());
    let (d, _) = at(&beyond);
    assert_eq!(d.len(), 1, "{beyond} against {lo}–{hi} ± {margin}");
    assert_eq!(d[0].typed_bound, ">");
    let within = format!("<{}", (lo - margin - 400.0).round());
    let (d, _) = at(&within);
    assert_eq!(d.len(), 1, "{within} against {lo}–{hi} ± {margin}");
    assert_eq!(d[0].typed_bound, "≤ ");
    // Bounds the map's range fits.
    for fits in [
        ">0".to_string(),
        format!("<{}", (hi + margin + 5_000.0).round()),
    ] {
        assert!(
            at(&fits).0.is_empty(),
            "{fits} against {lo}–{hi} ± {margin}"
        );
    }
}

/// A distance typed farther than the map's estimate allows decides
/// nothing: one of the two is wrong. A user test tapped "none within 5 km"
/// for a chemical line the map put 483 m (± 1 km) from the Yangtze, and the
/// 1 km ban read "every distance is more than 1,000 m". A figure the map
/// allows is read as typed, and so is one nearer than the map: the user's
/// own statement against a clearance. An imported boundary layer that
/// contradicts the figure does the same.
#[test]
fn a_distance_the_map_contradicts_does_not_clear_the_1_km_ban() {
    use jiujiang_engine::geo::boundary::{parse, BoundaryKind, BoundaryMeta};
    use jiujiang_engine::geo::coords::Datum;
    use jiujiang_engine::Outcome;
    let e = jiujiang_engine::Engine::embedded().unwrap();
    let today = jiujiang_engine::Date::new(2026, 12, 5);
    let yrb01 = |at: (&str, &str), yangtze: &str, boundary| {
        let p = valid_project([
            ("industry_code", "C2669"),
            ("action", "new"),
            ("site.location", at.0),
            ("site.location_datum", at.1),
            ("site.dist_yangtze_mainstream_m", yangtze),
            // What the map says of the lake here (about 1.1 km), so the
            // lake's distance agrees with it.
            ("site.dist_poyang_lake_m", "1200"),
            ("site.dist_important_tributary_m", ">5000"),
            ("site.dist_other_tributary_m", ">5000"),
        ]);
        let report = e.screen_in(&p, today, boundary);
        let f = report
            .findings
            .iter()
            .find(|f| f.rule_id == "YRB-01")
            .unwrap();
        (
            f.outcome,
            f.could_be.clone(),
            serde_json::to_string(f).unwrap(),
        )
    };
    let near = ("116.2000, 29.7450", "gcj02");
    let (outcome, could_be, text) = yrb01(near, ">5000", None);
    assert_eq!(outcome, Outcome::NeedsInput, "{text}");
    assert!(could_be.contains(&Outcome::Prohibited), "{could_be:?}");
    assert!(
        text.contains("the Yangtze main stream (>5,000 m) and the map's estimate"),
        "{text}"
    );
    // A figure within the map's margin is the one the rule reads.
    assert_eq!(yrb01(near, "800", None).0, Outcome::Prohibited);
    // Nearer than a map that puts the river kilometres off: read as typed.
    let far = ("115.80, 29.40", "wgs84");
    assert_eq!(yrb01(far, "300", None).0, Outcome::Prohibited);
    // A layer of the management line 500 m off, against "none within 5 km".
    let layer = parse(
        r#"{"type":"Feature","properties":{},"geometry":{"type":"LineString","coordinates":[[115.79,29.4045],[115.81,29.4045]]}}"#,
        BoundaryMeta {
            name: "test".into(),
            kind: BoundaryKind::Yangtze,
            datum: Datum::Wgs84,
            accuracy_m: 20.0,
            reference: "management_line".into(),
        },
    )
    .unwrap();
    let (outcome, could_be, text) = yrb01(far, ">5000", Some(&layer));
    assert_eq!(outcome, Outcome::NeedsInput, "{text}");
    assert!(could_be.contains(&Outcome::Prohibited), "{could_be:?}");
}

/// A surveyed distance, with who measured it and when, prevails over a map
/// that disagrees (docs/project-format.md): the coordinates are then the
/// likelier error. An advisor audit's interview re-asked such a distance
/// without end. Without the survey's record, it still clears nothing.
#[test]
fn a_documented_survey_prevails_over_a_map_that_disagrees() {
    use jiujiang_engine::Outcome;
    let e = jiujiang_engine::Engine::embedded().unwrap();
    let today = jiujiang_engine::Date::new(2026, 12, 6);
    let yrb01 = |survey: &[(&str, &str)]| {
        let mut fields = vec![
            ("industry_code", "C2614"),
            ("action", "new"),
            ("site.location", "116.00, 29.72"),
            ("site.location_datum", "wgs84"),
            ("site.dist_yangtze_mainstream_m", "3000"),
            ("site.dist_poyang_lake_m", ">5000"),
            ("site.dist_important_tributary_m", ">5000"),
            ("site.dist_other_tributary_m", ">5000"),
        ];
        fields.extend_from_slice(survey);
        let p = valid_project(fields);
        let report = e.screen(&p, today);
        let f = (report.findings.iter())
            .find(|f| f.rule_id == "YRB-01")
            .unwrap();
        (f.outcome, serde_json::to_string(f).unwrap())
    };
    let (open, text) = yrb01(&[]);
    assert_eq!(open, Outcome::NeedsInput, "{text}");
    assert!(text.contains("give who measured it and when"), "{text}");
    // Who measured it alone is not the survey's record.
    let (half, _) = yrb01(&[("site.distance_measured_by", "Jiujiang Survey Institute")]);
    assert_eq!(half, Outcome::NeedsInput);
    let (outcome, text) = yrb01(&[
        ("site.distance_measured_by", "Jiujiang Survey Institute"),
        ("site.distance_measured_on", "2026-10-01"),
    ]);
    assert!(
        matches!(outcome, Outcome::Allowed | Outcome::NotApplicable),
        "{outcome:?} {text}"
    );
    // A survey dated after the as-of day is not on record on that day.
    let (later, _) = yrb01(&[
        ("site.distance_measured_by", "Jiujiang Survey Institute"),
        ("site.distance_measured_on", "2027-01-01"),
    ]);
    assert_eq!(later, Outcome::NeedsInput);
}

/// With no water marked as the Yangtze (its centerline missing), nothing is
/// far from it: the nearest river still bounds the distance from below, and
/// a riverside site stays open rather than cleared (a review).
#[test]
fn without_marked_water_nothing_counts_as_far() {
    use jiujiang_engine::geo::shapes::{embedded, MapLayer};
    let unmarked = WaterMap::with_named(
        embedded()
            .iter()
            .filter(|s| s.layer == MapLayer::OsmRiver)
            .map(|s| ((Layer::River, true, s.parts.clone()), false))
            .collect(),
    );
    let d = unmarked.distances(LonLat::new(116.0, 29.74));
    assert!(d.river.is_some_and(|n| n.metres < 1_000.0), "{d:?}");
    assert_eq!(d.yangtze, None);
}

/// Beyond the map's edge the map knows no water: a Wuhan waterfront site
/// was put 25 km from the Yangtze, measured to the clipped layer's edge,
/// and a chemical plant there was allowed (a decisiveness audit). Outside
/// the map, or nearer its edge than to the water found, the distance is
/// asked; well inside, the map's estimate stands.
#[test]
fn past_the_maps_edge_the_distance_is_asked_not_estimated() {
    use jiujiang_engine::Outcome;
    let map = WaterMap::embedded();
    assert_eq!(map.edge_m(LonLat::new(114.30, 30.60)), None);
    let edge = map.edge_m(LonLat::new(116.0, 29.72)).unwrap();
    assert!(edge > 30_000.0, "{edge}");
    let e = jiujiang_engine::Engine::embedded().unwrap();
    let yrb01 = |at: &str| {
        let p = valid_project([
            ("industry_code", "C2614"),
            ("action", "new"),
            ("site.location", at),
            ("site.location_datum", "wgs84"),
            ("site.dist_poyang_lake_m", ">5000"),
            ("site.dist_important_tributary_m", ">5000"),
            ("site.dist_other_tributary_m", ">5000"),
        ]);
        let report = e.screen(&p, jiujiang_engine::Date::new(2026, 12, 6));
        let f = report.findings.into_iter().find(|f| f.rule_id == "YRB-01");
        f.unwrap()
    };
    for outside in ["114.30, 30.60", "117.05, 30.51"] {
        let f = yrb01(outside);
        assert_eq!(f.outcome, Outcome::NeedsInput, "{outside}");
        assert!(
            f.missing.contains(&"site.dist_yangtze_mainstream_m"),
            "{outside}"
        );
    }
    // Inside, far from the edge and 20 km or more from the river: cleared.
    assert_eq!(yrb01("115.20, 29.10").outcome, Outcome::Allowed);
    // The site hint leaves out what the rules leave out.
    let hint = |at: &str| {
        let p = valid_project([("site.location", at), ("site.location_datum", "wgs84")]);
        let est = e.site_estimate(&p, jiujiang_engine::Date::new(2026, 12, 6), None);
        est.unwrap()
    };
    let wuhan = hint("114.30, 30.60");
    assert_eq!(wuhan.beyond_map, (true, true));
    assert!(wuhan.river.is_none() && wuhan.yangtze.is_none() && wuhan.gshhg.is_none());
    assert_eq!(hint("116.0, 29.72").beyond_map, (false, false));
    // A measured figure there is not set against a map figure it lacks.
    let p = valid_project([
        ("site.location", "114.30, 30.60"),
        ("site.location_datum", "wgs84"),
        ("site.dist_yangtze_mainstream_m", "300"),
    ]);
    let today = jiujiang_engine::Date::new(2026, 12, 6);
    let est = e.site_estimate(&p, today, None).unwrap();
    assert!(e.disagreements(&est, &p, today).is_empty());
    // Inside the box but nearer its west edge (113.9 E) than to any water
    // the map holds: not estimated either.
    let west = hint("113.93, 28.95");
    let edge = map.edge_m(LonLat::new(113.93, 28.95)).unwrap();
    assert!(edge < 5_000.0, "{edge}");
    assert!(west.beyond_map.0, "{:?}", west.river);
    assert_eq!(yrb01("113.93, 28.95").outcome, Outcome::NeedsInput);
}
