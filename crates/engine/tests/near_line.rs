//! A typed distance at a band's edge is named beside the finding it decided.

mod common;
use common::*;
use jiujiang_engine::data_types::param_value;
use jiujiang_engine::rules::near_line::near_lines;

#[test]
fn a_typed_distance_at_a_band_s_edge_is_named() {
    let e = engine();
    let near = |dist: &str| {
        let p = valid_project([
            ("industry_code", "C2614"),
            ("action", "new"),
            ("site.chemical_park", "pengze-jishan"),
            ("site.distance_reference", "management_line"),
            ("site.dist_yangtze_mainstream_m", dist),
            ("site.dist_important_tributary_m", ">5000"),
            ("site.dist_other_tributary_m", ">5000"),
            ("site.dist_poyang_lake_m", ">5000"),
        ]);
        let r = e.screen(&p, DEFAULT_AS_OF);
        let unstated = param_value(&e.data, "GEO-04.near_line_m", r.as_of);
        assert_eq!(unstated, Some(80.0), "GEO-04.near_line_m");
        let near = near_lines(&r);
        // Each is named with the margin it was measured against: the
        // unstated one, no precision being given.
        for n in &near {
            assert_eq!(n.margin_m, 80.0, "{n:?}");
        }
        near.iter()
            .map(|n| (n.rule_ids.join(","), n.field, n.typed_m, n.edge_m))
            .collect::<Vec<_>>()
    };
    // 1,010 m: YRB-01 compared it with its 1,000 m band and is named.
    let at = near("1010");
    assert!(
        at.iter().any(|n| n.0.split(',').any(|id| id == "YRB-01")
            && n.1 == "site.dist_yangtze_mainstream_m"
            && n.3 == 1000.0),
        "{at:?}"
    );
    // Once per field and edge, however many rules used the same band.
    let edges: Vec<_> = at.iter().map(|n| (n.1, n.3)).collect();
    let mut unique = edges.clone();
    unique.dedup();
    assert_eq!(edges, unique);
    // Inside the band too (990 m), and 40 m out; 81 m clear of it, nothing;
    // nor 930 m or 1,080 m, which a survey's precision could settle (the
    // rule asks for it instead).
    assert!(!near("990").is_empty());
    assert!(!near("1040").is_empty());
    assert!(near("1081").is_empty());
    assert!(near("930").is_empty());
    assert!(near("1080").is_empty());
    assert!(
        near("1200").iter().all(|n| n.3 != 1000.0),
        "{:?}",
        near("1200")
    );
}

/// A survey of the 3 km line is asked for only once the rule that draws it
/// is waiting on nothing else: with the facilities unanswered, whether
/// there is a tailings pond at all is asked first (a user test saw the
/// survey head a battery plant's page, whose "none of these" then made it
/// moot).
#[test]
fn the_line_is_named_only_once_nothing_else_is_asked_first() {
    let e = engine();
    let named = |facilities: Option<&str>| {
        let mut fields = vec![
            ("industry_code", "C3841"),
            ("action", "new"),
            ("chemical_process", "no"),
            ("site.distance_reference", "management_line"),
            ("site.dist_yangtze_mainstream_m", "3000"),
            ("site.dist_important_tributary_m", ">5000"),
            ("site.dist_other_tributary_m", ">5000"),
            ("site.dist_poyang_lake_m", ">5000"),
        ];
        fields.extend(facilities.map(|f| ("facilities", f)));
        let r = e.screen(&valid_project(fields), DEFAULT_AS_OF);
        (near_lines(&r).into_iter())
            .filter(|n| n.edge_m == 3000.0)
            .flat_map(|n| n.rule_ids)
            .collect::<Vec<_>>()
    };
    assert_eq!(named(None), Vec::<&str>::new());
    assert_eq!(named(Some("none")), Vec::<&str>::new());
    assert!(named(Some("tailings_pond")).contains(&"YRB-02"));
}

/// The 1 km band is a line of law; the 4 km up to which a distance to
/// Poyang Lake's water edge is measured again is this tool's figure, and is
/// named as such (a user test read "the 4,000 m line" as a legal one).
#[test]
fn a_review_line_of_this_tool_is_told_from_a_line_of_law() {
    let e = engine();
    let lines = |reference: &str, field: &'static str, dist: &str| {
        let mut fields = vec![
            ("industry_code", "C2614"),
            ("action", "new"),
            ("site.chemical_park", "pengze-jishan"),
            ("site.distance_reference", reference),
            ("site.dist_yangtze_mainstream_m", ">5000"),
            ("site.dist_important_tributary_m", ">5000"),
            ("site.dist_other_tributary_m", ">5000"),
            ("site.dist_poyang_lake_m", ">5000"),
        ];
        fields.retain(|(k, _)| *k != field);
        fields.push((field, dist));
        let r = e.screen(&valid_project(fields), DEFAULT_AS_OF);
        (near_lines(&r).into_iter())
            .map(|n| (n.edge_m, n.edge_inferred))
            .collect::<Vec<_>>()
    };
    let law = lines("management_line", "site.dist_yangtze_mainstream_m", "1010");
    assert!(law.contains(&(1000.0, false)), "{law:?}");
    let tool = lines("water_edge", "site.dist_poyang_lake_m", "4030");
    assert!(tool.contains(&(4000.0, true)), "{tool:?}");
}

/// A chemical park whose records place part of it near the Yangtze, with
/// the site entered as beyond 5 km of the river: the 1 km ban's clearance
/// rests on that answer alone, so it is unverified and says why (a user
/// test's "none within 5 km" for the Jishan park cleared it as certain). A
/// park without such a record, or a nearer figure, is read as before.
#[test]
fn far_from_the_river_in_a_park_that_reaches_it_is_unverified() {
    let e = engine();
    let yrb01_at = |park: &str, yangtze: &str, at: Option<&str>| {
        let (p, errors) = e.parse_fields([
            ("site.location", at.unwrap_or("")),
            ("site.location_datum", at.map_or("", |_| "wgs84")),
            ("industry_code", "C2614"),
            ("action", "expansion"),
            ("site.chemical_park", park),
            ("site.dist_yangtze_mainstream_m", yangtze),
            ("site.dist_important_tributary_m", ">5000"),
            ("site.dist_other_tributary_m", ">5000"),
            ("site.dist_poyang_lake_m", ">5000"),
        ]);
        assert!(errors.is_empty(), "{errors:?}");
        let r = e.screen(&p, DEFAULT_AS_OF);
        let f = r
            .findings
            .iter()
            .find(|f| f.rule_id == "YRB-01")
            .unwrap()
            .clone();
        let said = f
            .caveats
            .iter()
            .any(|c| c.en.contains("block far from the river"));
        (f.outcome, f.status, said)
    };
    let yrb01 = |park: &str, yangtze: &str| yrb01_at(park, yangtze, None);
    use jiujiang_engine::{Outcome, Status};
    let (outcome, status, said) = yrb01("pengze-jishan", ">5000");
    assert_eq!((outcome, said), (Outcome::Allowed, true));
    assert_eq!(status, Status::U);
    // A measured figure is more than the quick answer: read as typed.
    for measured in ["3000", "6200"] {
        let (_, status, said) = yrb01("pengze-jishan", measured);
        assert!(!said && status != Status::U, "{measured}: {status:?}");
    }
    let (_, status, said) = yrb01("lianxi-chemical", ">5000");
    assert!(!said && status != Status::U, "{status:?}");
    // A site point lets the map measure the answer: no longer the answer alone.
    let (_, _, said) = yrb01_at("pengze-jishan", ">5000", Some("116.55, 29.82"));
    assert!(!said);
}

/// Still waiting on the tributaries, a rule whose main-stream distance sits
/// at its line's margin says so beside what it asks: a user test read
/// "999 m: give the tributary distances" as a puzzle.
#[test]
fn a_rule_open_on_other_inputs_says_its_distance_is_at_the_margin() {
    let e = engine();
    let caveats = |dist: &str| {
        let p = valid_project([
            ("industry_code", "C2614"),
            ("action", "new"),
            ("site.dist_yangtze_mainstream_m", dist),
        ]);
        let r = e.screen(&p, DEFAULT_AS_OF);
        let f = r.findings.iter().find(|f| f.rule_id == "YRB-01").unwrap();
        assert_eq!(f.outcome, jiujiang_engine::Outcome::NeedsInput, "{dist}");
        assert!(f.missing.contains(&"site.dist_important_tributary_m"));
        f.caveats
            .iter()
            .map(|c| c.en.to_string())
            .collect::<Vec<_>>()
    };
    let at_margin = |dist: &str| {
        caveats(dist)
            .iter()
            .any(|c| c.contains("nearer this rule's line than its uncertainty"))
    };
    assert!(at_margin("999"));
    // Far from it, nothing of the kind.
    assert!(!at_margin("3000"));
}

/// 999 m from the Yangtze with the tributaries not known: whatever they
/// are, the rule cannot come out better than review, so the line is named
/// now, not once they are given (a user test). With a distance clear of the
/// line, the open tributaries name nothing.
#[test]
fn a_line_that_holds_the_rule_at_review_is_named_while_other_answers_wait() {
    let e = engine();
    let named = |dist: &str| {
        let p = valid_project([
            ("industry_code", "C2614"),
            ("action", "new"),
            ("site.chemical_park", "pengze-jishan"),
            ("site.distance_reference", "management_line"),
            ("site.dist_yangtze_mainstream_m", dist),
        ]);
        let r = e.screen(&p, DEFAULT_AS_OF);
        let yrb01 = r.findings.iter().find(|f| f.rule_id == "YRB-01").unwrap();
        (
            yrb01.outcome,
            near_lines(&r)
                .into_iter()
                .map(|n| n.edge_m)
                .collect::<Vec<_>>(),
        )
    };
    let (outcome, edges) = named("999");
    assert_eq!(outcome, jiujiang_engine::Outcome::NeedsInput);
    assert_eq!(edges, vec![1000.0]);
    let (_, edges) = named("1500");
    assert!(edges.is_empty(), "{edges:?}");
}
