//! Issue 15: which county-level division of Jiujiang a point lies in, and
//! what follows from it (the reach of the Yangtze for Art. 22 para. 2).

use jiujiang_engine::geo::coords::LonLat;
use jiujiang_engine::geo::county::Counties;
use jiujiang_engine::{Date, Engine, Outcome};

const AS_OF: Date = Date::new(2026, 11, 23);

/// The places of data/geo/jiujiang_places.tsv: (name, lon, lat, kind, county code).
fn places() -> Vec<(String, f64, f64, String, u32)> {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../data/geo/jiujiang_places.tsv"
    ))
    .expect("places");
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().unwrap().split('\t').collect();
    let col = |name: &str| header.iter().position(|h| *h == name).unwrap();
    let (name, lon, lat, kind, code) = (
        col("name_en"),
        col("lon"),
        col("lat"),
        col("kind"),
        col("county_code"),
    );
    lines
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let c: Vec<&str> = l.split('\t').collect();
            (
                c[name].to_string(),
                c[lon].parse().unwrap(),
                c[lat].parse().unwrap(),
                c[kind].to_string(),
                c[code].parse().unwrap(),
            )
        })
        .collect()
}

#[test]
fn thirteen_divisions_with_codes_and_names() {
    let counties = &Counties::embedded().counties;
    assert_eq!(
        counties.len(),
        13,
        "{:?}",
        counties.iter().map(|c| &c.name_zh).collect::<Vec<_>>()
    );
    for c in counties {
        assert_eq!(c.code / 100, 3604, "{} is not in Jiujiang (3604)", c.code);
        assert!(!c.name_zh.is_empty() && !c.name_en.is_empty());
    }
}

#[test]
fn every_seat_and_town_lies_in_its_own_county() {
    let counties = Counties::embedded();
    let places = places();
    // The GeoNames snapshot has no seat point for 濂溪区, 瑞昌市 and 共青城市
    // (docs/research/basemap.md); their towns are checked all the same.
    let seats = places.iter().filter(|p| p.3 == "seat").count();
    assert!(seats >= 10, "only {seats} seats");
    let covered: std::collections::BTreeSet<u32> = places.iter().map(|p| p.4).collect();
    assert_eq!(covered.len(), 13, "some county has no place: {covered:?}");
    for (name, lon, lat, _, code) in &places {
        let got = counties.locate(LonLat::new(*lon, *lat)).map(|c| c.code);
        assert_eq!(got, Some(*code), "{name} ({lon}, {lat})");
    }
}

#[test]
fn points_outside_jiujiang_are_in_no_county() {
    let counties = Counties::embedded();
    for (name, lon, lat) in [
        ("Nanchang", 115.858, 28.683),
        ("Wuhan", 114.305, 30.593),
        ("Anqing", 117.063, 30.543),
        ("Huangmei, across the Yangtze in Hubei", 115.944, 30.070),
    ] {
        assert!(
            counties.locate(LonLat::new(lon, lat)).is_none(),
            "{name} found in {:?}",
            counties.locate(LonLat::new(lon, lat)).map(|c| &c.name_zh)
        );
    }
}

fn project(engine: &Engine, json: &str) -> jiujiang_engine::Project {
    engine.project_from_json(json).unwrap()
}

#[test]
fn the_report_names_the_county_and_the_reach_follows_it() {
    let engine = Engine::embedded().unwrap();
    let counties = Counties::embedded();
    // A place of the county: its seat where GeoNames has one, else a town.
    let seat = |code: u32| {
        let all = places();
        let p = all
            .iter()
            .find(|p| p.3 == "seat" && p.4 == code)
            .or_else(|| all.iter().find(|p| p.4 == code))
            .unwrap();
        (p.1, p.2)
    };
    // A heavy polluter moved from the delta: in Pengze (below Hukou) the
    // lower reach by the river's division, reviewed as the reading is
    // unsure; in Ruichang (above) a move to the middle reach, reviewed.
    for (code, expect, says) in [
        (360430, Outcome::RequiresReview, "reach below Hukou"),
        (360481, Outcome::RequiresReview, "to the middle reach"),
    ] {
        let (lon, lat) = seat(code);
        let p = project(
            engine,
            &format!(
                r#"{{"schema_version": 1, "industry_code": "C2614", "action": "relocation", "transfer_origin": "lower_or_outside",
                   "site": {{"location": "{lon}, {lat}", "location_datum": "wgs84", "key_ecological_zone": false, "zoning_check": "allowed"}}}}"#
            ),
        );
        let report = engine.screen(&p, AS_OF);
        let site = report.site.as_ref().expect("site info");
        assert_eq!(site.county.as_ref().unwrap().code, code.to_string());
        assert_eq!(
            site.county.as_ref().unwrap().name.zh,
            counties.by_code(code).unwrap().name_zh
        );
        let f = report
            .findings
            .iter()
            .find(|f| f.rule_id == "YRB-16")
            .unwrap();
        assert_eq!(f.outcome, expect, "{code}: {}", f.explanation.en);
        assert!(
            f.explanation.en.contains(says),
            "{code}: {}",
            f.explanation.en
        );
        assert!(!f.missing.contains(&"site.yangtze_reach"));
    }
    // Outside Jiujiang: named as such, and the reach is asked, not guessed.
    let p = project(
        engine,
        r#"{"schema_version": 1, "industry_code": "C2614", "action": "relocation", "transfer_origin": "lower_or_outside",
           "site": {"location": "115.858, 28.683", "location_datum": "wgs84", "key_ecological_zone": false, "zoning_check": "allowed"}}"#,
    );
    let report = engine.screen(&p, AS_OF);
    let site = report.site.as_ref().unwrap();
    assert!(site.county.is_none() && !site.in_jiujiang);
    let f = report
        .findings
        .iter()
        .find(|f| f.rule_id == "YRB-16")
        .unwrap();
    assert_eq!(f.missing, ["site.yangtze_reach"]);
    // Without a point there is no site information at all.
    let p = project(
        engine,
        r#"{"schema_version": 1, "industry_code": "C2614", "action": "new"}"#,
    );
    assert!(engine.screen(&p, AS_OF).site.is_none());
}

#[test]
fn a_point_in_the_water_says_so() {
    let engine = Engine::embedded().unwrap();
    // The middle of the Yangtze off Jiujiang city, and of Poyang Lake.
    for (lon, lat) in [(116.000, 29.752), (116.25, 29.20)] {
        let p = project(
            engine,
            &format!(
                r#"{{"schema_version": 1, "site": {{"location": "{lon}, {lat}", "location_datum": "wgs84"}}}}"#
            ),
        );
        let est = engine.site_estimate(&p, AS_OF, None).unwrap();
        let inside = est.river.is_some_and(|n| n.inside) || est.lake.is_some_and(|n| n.inside);
        assert!(
            inside,
            "({lon}, {lat}) is not reported as in the water: {est:?}"
        );
    }
}

/// data/counties.toml (what the rules know of each county) and the boundary
/// layer name the same 13 divisions, and every reach is a choice of the field.
#[test]
fn county_facts_match_the_boundaries() {
    let engine = Engine::embedded().unwrap();
    let facts = &engine.data.counties;
    let bounds = &Counties::embedded().counties;
    assert_eq!(facts.len(), bounds.len());
    let reaches = match jiujiang_engine::project::field("site.yangtze_reach")
        .unwrap()
        .kind
    {
        jiujiang_engine::project::FieldKind::Choice(c) => {
            c.iter().map(|c| c.key).collect::<Vec<_>>()
        }
        _ => panic!("site.yangtze_reach is a choice"),
    };
    for b in bounds {
        let f = facts.iter().find(|f| f.code == b.code).unwrap_or_else(|| {
            panic!(
                "{} {} has no entry in data/counties.toml",
                b.code, b.name_zh
            )
        });
        assert_eq!(f.name, b.name_zh, "{}", b.code);
        assert!(
            reaches.contains(&f.reach.as_str()),
            "{}: reach {}",
            f.name,
            f.reach
        );
        // Every entry cites what its reach rests on, no surer than the entry.
        assert!(!f.citation.document.is_empty(), "{}: no citation", f.name);
        assert!(
            f.citation.status <= f.status,
            "{}: citation surer than the entry",
            f.name
        );
    }
}

/// A reach typed for the site that its point's county contradicts is told
/// apart (the rules read the typed one): "middle" for a point in Pengze,
/// which lies on the lower reach. The county's reach, or none typed, is no
/// disagreement.
#[test]
fn a_typed_reach_the_site_s_county_contradicts_is_found() {
    use jiujiang_engine::rules::facts::reach_disagreement;
    let e = jiujiang_engine::Engine::embedded().unwrap();
    let at_pengze = |reach: Option<&str>| {
        let mut fields = vec![
            ("industry_code", "C2614"),
            ("site.location", "116.55, 29.9"),
            ("site.location_datum", "wgs84"),
        ];
        fields.extend(reach.map(|r| ("site.yangtze_reach", r)));
        let (p, errors) = e.parse_fields(fields);
        assert!(errors.is_empty(), "{errors:?}");
        reach_disagreement(&e.data, &p)
    };
    let (typed, county) = at_pengze(Some("middle")).expect("told apart");
    assert!(
        typed.zh.starts_with("中游") && county.zh.starts_with("下游"),
        "{} / {}",
        typed.zh,
        county.zh
    );
    assert!(at_pengze(Some("lower")).is_none());
    assert!(at_pengze(None).is_none());
}

/// With no site point, a typed reach the chosen park's county contradicts
/// is found too (an audit typed "middle" for the Pengze park); with a point,
/// the point's county speaks instead.
#[test]
fn a_typed_reach_the_park_s_county_contradicts_is_found() {
    use jiujiang_engine::rules::facts::park_reach_disagreement;
    let e = jiujiang_engine::Engine::embedded().unwrap();
    let with = |fields: &[(&str, &str)]| {
        let (p, errors) = e.parse_fields(fields.iter().copied());
        assert!(errors.is_empty(), "{errors:?}");
        park_reach_disagreement(&e.data, &p)
    };
    let park = ("site.chemical_park", "pengze-jishan");
    let (typed, county) = with(&[park, ("site.yangtze_reach", "middle")]).expect("told apart");
    assert!(typed.zh.starts_with("中游") && county.zh.starts_with("下游"));
    assert!(with(&[park, ("site.yangtze_reach", "lower")]).is_none());
    assert!(with(&[park]).is_none());
    let point = [
        ("site.location", "116.55, 29.9"),
        ("site.location_datum", "wgs84"),
    ];
    assert!(with(&[park, ("site.yangtze_reach", "middle"), point[0], point[1]]).is_none());
}

/// Outside Jiujiang is told by the county boundaries (Shanghai, and a point
/// just across the Yangtze in Hubei inside the map's box), not for a point
/// in a county.
#[test]
fn a_site_outside_jiujiang_is_told_apart() {
    let e = Engine::embedded().unwrap();
    let outside = |point: &str| {
        let (p, errors) =
            e.parse_fields([("site.location", point), ("site.location_datum", "wgs84")]);
        assert!(errors.is_empty(), "{errors:?}");
        e.site_estimate(&p, AS_OF, None)
            .expect("an estimate")
            .outside_jiujiang()
    };
    assert!(outside("121.47, 31.23"));
    assert!(outside("115.45, 29.84"));
    assert!(!outside("116.55, 29.9"));
}
