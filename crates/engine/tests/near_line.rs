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
