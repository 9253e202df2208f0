//! "Where could it go?": chains, regions and the negative list's room there.

mod common;
use common::*;
use jiujiang_engine::rules::placement::{placements, Fit};

fn regions(code: &str) -> Vec<(String, Fit, Vec<String>)> {
    let e = engine();
    let (p, errors) = e.parse_fields([("industry_code", code)]);
    assert!(errors.is_empty());
    placements(&e.data, &p, DEFAULT_AS_OF)
        .into_iter()
        .map(|pl| {
            (
                pl.region.to_string(),
                pl.fit,
                pl.parks.iter().map(|s| s.to_string()).collect(),
            )
        })
        .collect()
}

#[test]
fn a_chemical_project_fits_only_where_a_recognised_chemical_park_is() {
    let r = regions("C2614");
    let find = |region: &str| {
        r.iter()
            .find(|(x, _, _)| x == region)
            .unwrap_or_else(|| panic!("{region}: {r:?}"))
    };
    // Pengze has the Jishan chemical park; Xunyang has none.
    assert_eq!(find("彭泽县").1, Fit::FitsIf);
    assert_eq!(find("彭泽县").2, vec!["pengze-jishan"]);
    assert_eq!(find("浔阳区").1, Fit::NoRoom);
    // Every region of the chain appears once, no-room last.
    assert_eq!(r.len(), 7);
    assert_eq!(r.last().unwrap().1, Fit::NoRoom);
}

/// A borderline code (battery materials) is placed as the rules read it:
/// open until its process is known, then like a chemical project or not.
#[test]
fn a_borderline_code_is_placed_by_the_answer_on_its_process() {
    let e = engine();
    let place = |answer: Option<&str>| {
        let mut fields = vec![("industry_code", "C3985")];
        fields.extend(answer.map(|a| ("chemical_process", a)));
        let (p, errors) = e.parse_fields(fields);
        assert!(errors.is_empty(), "{errors:?}");
        placements(&e.data, &p, DEFAULT_AS_OF)
    };
    let open = place(None);
    assert!(!open.is_empty());
    for pl in &open {
        assert_eq!(pl.fit, Fit::FitsIf, "{}", pl.region);
        assert!(
            pl.conditions
                .iter()
                .any(|c| c.zh.starts_with("如属化工项目：")
                    && c.en.starts_with("If it counts as a chemical project: ")),
            "{}: {:?}",
            pl.region,
            pl.conditions
        );
    }
    let chemical = place(Some("yes"));
    let regions_without_park: Vec<_> = (chemical.iter())
        .filter(|pl| pl.parks.is_empty())
        .map(|pl| (pl.region, pl.fit))
        .collect();
    assert!(!regions_without_park.is_empty());
    assert!(
        regions_without_park.iter().all(|(_, f)| *f == Fit::NoRoom),
        "{regions_without_park:?}"
    );
    // Matou lies in Ruichang and in Ruichang's ETDZ, which the programme
    // names as a region of its own (a re-test saw it "without a park").
    let ruichang = (chemical.iter())
        .find(|pl| pl.region == "瑞昌经开区")
        .expect("a region");
    assert_eq!(
        (ruichang.fit, ruichang.parks.clone()),
        (Fit::FitsIf, vec!["ruichang-matou"])
    );
    let not_chemical = place(Some("no"));
    assert!(not_chemical
        .iter()
        .all(|pl| pl.fit == Fit::Fits && pl.conditions.is_empty()));
}

#[test]
fn clean_industries_fit_their_chain_regions_and_heavy_ones_need_a_compliant_park() {
    let electronics = regions("C3981");
    assert_eq!(
        electronics.iter().map(|x| x.0.as_str()).collect::<Vec<_>>(),
        ["九江经开区", "共青高新区", "瑞昌经开区"]
    );
    assert!(electronics.iter().all(|x| x.1 == Fit::Fits));
    let steel = regions("C3120");
    assert_eq!(steel, vec![("湖口县".to_string(), Fit::FitsIf, vec![])]);
    // A code outside every chain has no suggestion (not a prohibition).
    assert!(regions("I6511").is_empty());
}

#[test]
fn chains_are_sourced_and_their_codes_real() {
    let e = engine();
    assert_eq!(e.data.chains.len(), 9);
    for c in &e.data.chains {
        assert!(
            !c.regions.is_empty() && !c.source.document.is_empty(),
            "{}",
            c.id
        );
        for p in &c.prefixes {
            assert!(
                e.industry.get(p).is_some(),
                "{}: {p} is no GB/T 4754 code",
                c.id
            );
        }
    }
}

#[test]
fn the_band_in_the_conditions_comes_from_the_rule_data() {
    let e = engine();
    let (p, _) = e.parse_fields([("industry_code", "C2614")]);
    let pengze = placements(&e.data, &p, DEFAULT_AS_OF)
        .into_iter()
        .find(|x| x.region == "彭泽县")
        .unwrap();
    // The band includes its edge (1,000 m is inside), and other tributaries
    // count as well as the important ones (audit W7).
    assert!(
        (pengze.conditions.iter()).any(|c| c.en.contains("More than 1,000 m")
            && c.en.contains("other tributaries")
            && c.zh.contains("超过 1,000 米")),
        "{:?}",
        pengze.conditions
    );
    // Without the band in the data, no distance is claimed.
    let mut data = e.data.clone();
    data.params.retain(|x| x.id != "YRB-01.band_m");
    let without = placements(&data, &p, DEFAULT_AS_OF);
    let pengze = without.iter().find(|x| x.region == "彭泽县").unwrap();
    assert!(
        pengze.conditions.iter().all(|c| !c.en.contains(" m from")),
        "{:?}",
        pengze.conditions
    );
}

/// What holds wherever the project goes is a decided prohibition or
/// replacement from a rule that reads nothing of the site: steel's
/// replacement (CAP-01), not a chemical plant's 1 km ban (YRB-01).
#[test]
fn what_holds_everywhere_reads_nothing_of_the_site() {
    use jiujiang_engine::rules::placement::everywhere;
    let e = engine();
    let ids = |fields: &[(&str, &str)]| -> Vec<String> {
        let (p, errors) = e.parse_fields(fields.iter().copied());
        assert!(errors.is_empty(), "{errors:?}");
        let r = e.screen(&p, DEFAULT_AS_OF);
        everywhere(&e.data, &r.findings)
            .iter()
            .map(|f| f.rule_id.to_string())
            .collect()
    };
    let steel = ids(&[
        ("industry_code", "C3120"),
        ("action", "new"),
        ("capacity.product", "crude_steel"),
    ]);
    assert!(steel.contains(&"CAP-01".to_string()), "{steel:?}");
    let chemical = ids(&[
        ("industry_code", "C2614"),
        ("action", "new"),
        ("site.dist_yangtze_mainstream_m", "300"),
    ]);
    let full = e.screen(
        &e.parse_fields([
            ("industry_code", "C2614"),
            ("action", "new"),
            ("site.dist_yangtze_mainstream_m", "300"),
        ])
        .0,
        DEFAULT_AS_OF,
    );
    assert!(full
        .findings
        .iter()
        .any(|f| f.rule_id == "YRB-01" && f.outcome == jiujiang_engine::Outcome::Prohibited));
    assert!(!chemical.contains(&"YRB-01".to_string()), "{chemical:?}");
}
