//! Importing an official boundary layer: good files are used, bad ones are
//! refused with the place and the reason, in both languages.

use jiujiang_engine::geo::boundary::{parse, BoundaryKind, BoundaryMeta};
use jiujiang_engine::geo::coords::{haversine_m, wgs84_to_gcj02, Datum, LonLat};

fn meta(datum: Datum) -> BoundaryMeta {
    BoundaryMeta {
        name: "test".into(),
        kind: BoundaryKind::Yangtze,
        datum,
        accuracy_m: 20.0,
        reference: "management_line".into(),
    }
}

fn line(coords: &str) -> String {
    format!(
        r#"{{"type":"Feature","properties":{{}},"geometry":{{"type":"LineString","coordinates":{coords}}}}}"#
    )
}

/// The first error's place and English message.
fn refused(text: &str) -> (String, String) {
    let errors = parse(text, meta(Datum::Wgs84)).expect_err("should be refused");
    assert!(errors
        .iter()
        .all(|e| !e.message.zh.is_empty() && !e.message.en.is_empty()));
    (errors[0].at.clone(), errors[0].message.en.clone())
}

#[test]
fn a_good_line_is_measured_against() {
    let b = parse(
        &line("[[115.95, 29.73], [116.05, 29.73]]"),
        meta(Datum::Wgs84),
    )
    .unwrap();
    assert_eq!(b.vertices, 2);
    let d = b.map.distances(LonLat::new(116.0, 29.72)).river.unwrap();
    // 0.01° of latitude at 29.7 N: 1,109 m.
    assert!((d.metres - 1_109.0).abs() < 3.0, "{}", d.metres);
    assert!(!d.inside);
}

#[test]
fn bad_files_are_refused_with_place_and_reason() {
    let cases: &[(&str, &str, &str)] = &[
        ("{ not json", "", "Not valid JSON"),
        ("", "", "Not valid JSON"),
        (r#"{"type":"Topology"}"#, "", "Unsupported GeoJSON type"),
        (r#"{"features":[]}"#, "", "No GeoJSON \"type\""),
        (
            r#"{"type":"FeatureCollection"}"#,
            "features",
            "needs a features array",
        ),
        (
            r#"{"type":"FeatureCollection","features":[]}"#,
            "",
            "no line or polygon",
        ),
        (
            &line(r#"[[116.0, 29.7], ["116.1", 29.7]]"#),
            "geometry.coordinates[1]",
            "two numbers",
        ),
        (
            &line("[[116.0, 29.7]]"),
            "geometry.coordinates",
            "At least 2 positions",
        ),
        (
            &line("[[412000.5, 3290000.0], [413000.5, 3291000.0]]"),
            "geometry.coordinates[0]",
            "projected metres",
        ),
        (
            &line("[[29.73, 115.95], [29.73, 116.05]]"),
            "geometry.coordinates[0]",
            "like latitude, longitude",
        ),
        // Both in range either way round: caught on the whole layer.
        (
            &line("[[29.73, 29.95], [29.73, 30.05]]"),
            "",
            "No part of the layer",
        ),
        (
            &line("[[120.0, 31.0], [120.1, 31.0]]"),
            "",
            "No part of the layer lies in Jiujiang",
        ),
        (
            r#"{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Polygon","coordinates":[[[116,29.7],[116.1,29.7],[116.1,29.8],[116,29.8]]]}}]}"#,
            "features[0].geometry.coordinates[0]",
            "must be closed",
        ),
        (
            r#"{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::4547"}},"features":[]}"#,
            "crs",
            "not longitude/latitude",
        ),
    ];
    for (text, at, message) in cases {
        let (got_at, got) = refused(text);
        assert_eq!(&got_at, at, "{text}: {got}");
        assert!(got.contains(message), "{text}: {got}");
    }
}

#[test]
fn an_unusable_accuracy_is_refused() {
    for accuracy in [0.0, -5.0, f64::NAN, 6_000.0] {
        let m = BoundaryMeta {
            accuracy_m: accuracy,
            ..meta(Datum::Wgs84)
        };
        let errors = parse(&line("[[115.95, 29.73], [116.05, 29.73]]"), m).unwrap_err();
        assert_eq!(errors[0].at, "accuracy_m");
    }
}

#[test]
fn many_errors_are_capped_and_counted() {
    let bad: Vec<String> = (0..50).map(|_| r#"["x", 1]"#.to_string()).collect();
    let errors = parse(&line(&format!("[{}]", bad.join(","))), meta(Datum::Wgs84)).unwrap_err();
    assert_eq!(errors.len(), 21);
    assert!(
        errors[20].message.en.contains("30 more"),
        "{:?}",
        errors[20]
    );
}

#[test]
fn a_declared_gcj02_layer_is_converted_before_measuring() {
    let wgs = [
        LonLat::new(115.95, 29.73),
        LonLat::new(116.0, 29.73),
        LonLat::new(116.05, 29.73),
    ];
    let gcj: Vec<String> = wgs
        .iter()
        .map(|&p| {
            let g = wgs84_to_gcj02(p);
            format!("[{:.9}, {:.9}]", g.lon, g.lat)
        })
        .collect();
    let text = line(&format!("[{}]", gcj.join(",")));
    let as_gcj = parse(&text, meta(Datum::Gcj02)).unwrap();
    let as_wgs = parse(&text, meta(Datum::Wgs84)).unwrap();
    let site = LonLat::new(116.0, 29.72);
    let d_gcj = as_gcj.map.distances(site).river.unwrap().metres;
    // Converted back, the line sits where the WGS-84 original is: 1,109 m.
    assert!((d_gcj - 1_109.0).abs() < 3.0, "{d_gcj}");
    // Read as if it were WGS-84, the offset (~570 m ESE here) shows.
    let d_wrong = as_wgs.map.distances(site).river.unwrap().metres;
    assert!((d_wrong - d_gcj).abs() > 200.0, "{d_wrong} vs {d_gcj}");
    assert!(haversine_m(as_gcj.parts[0][1], wgs[1]) < 0.01);
}

#[test]
fn multipolygons_and_collections_are_read_and_their_insides_count() {
    let text = r#"{"type":"GeometryCollection","geometries":[
        {"type":"MultiPolygon","coordinates":[[[[115.95,29.73],[116.05,29.73],[116.05,29.76],[115.95,29.76],[115.95,29.73]]]]},
        {"type":"MultiLineString","coordinates":[[[116.2,29.8],[116.3,29.8]]]}]}"#;
    let b = parse(text, meta(Datum::Wgs84)).unwrap();
    assert_eq!(b.parts.len(), 2);
    let inside = b.map.distances(LonLat::new(116.0, 29.74)).river.unwrap();
    assert!(inside.inside && inside.metres == 0.0);
}

#[test]
fn any_bytes_give_a_layer_or_errors_never_a_panic() {
    // A cheap fuzz over truncations and corruptions of a valid file.
    let good = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../data/cases/boundaries/test-zone-polygon.geojson"),
    )
    .unwrap();
    for cut in 0..good.len() {
        if good.is_char_boundary(cut) {
            let _ = parse(&good[..cut], meta(Datum::Wgs84));
        }
    }
    for (i, c) in ["]", "}", "\"", "-", "e9", "null", ","]
        .iter()
        .cycle()
        .take(300)
        .enumerate()
    {
        let at = (i * 37) % good.len();
        if good.is_char_boundary(at) {
            let mut s = good.clone();
            s.insert_str(at, c);
            let _ = parse(&s, meta(Datum::Wgs84));
        }
    }
}

/// A distance measured against an imported layer is as uncertain as the
/// layer's stated accuracy plus the point's own (a web-map point's, GEO-04),
/// both in the site estimate and in the finding's note.
#[test]
fn a_boundary_distance_carries_the_layer_accuracy_plus_the_point_margin() {
    let engine = jiujiang_engine::Engine::embedded().unwrap();
    let as_of = jiujiang_engine::Date::new(2026, 12, 3);
    let input = engine
        .data
        .params
        .iter()
        .find(|p| p.id == "GEO-04.input_margin_m")
        .unwrap();
    let input = jiujiang_engine::screen::param_in_force(input, as_of)
        .unwrap()
        .value;
    assert!(input > 0.0);
    let b = parse(
        &line("[[115.95, 29.73], [116.05, 29.73]]"),
        meta(Datum::Wgs84),
    )
    .unwrap();
    let (p, errors) = engine.parse_fields([
        ("industry_code", "C2614"),
        ("action", "new"),
        ("site.location", "116.0, 29.72"),
        ("site.location_datum", "wgs84"),
    ]);
    assert!(errors.is_empty(), "{errors:?}");
    let est = engine.site_estimate(&p, as_of, Some(&b)).unwrap();
    let (_, margin) = est.boundary.unwrap();
    assert!((margin - (20.0 + input)).abs() < 1e-9, "{margin}");
    let r = engine.screen_in(&p, as_of, Some(&b));
    let f = r.findings.iter().find(|f| f.rule_id == "YRB-01").unwrap();
    let note = f
        .caveats
        .iter()
        .find(|c| c.en.contains("boundary layer"))
        .unwrap();
    let want = format!("±{} m", (20.0 + input).round());
    assert!(note.en.contains(&want), "{}", note.en);
}
