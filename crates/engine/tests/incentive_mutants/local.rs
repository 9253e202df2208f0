//! Local items (conditions, amounts, caps, bands, stacking), and which
//! county and park packages a site is offered.

use super::*;

// Local items: conditions, amounts, caps, bands, stacking.

#[test]
fn local_item_amount_is_shown_as_a_range_in_each_language() {
    let (state, it) = local_item(json!({}), &[]);
    assert_eq!(state, ItemState::Applies);
    assert_range("year 1", it.yearly[0], 50_000.0, 80_000.0);
    // The test package's region (测试园区) is none the tool can place: the
    // item says the site was not checked against it.
    assert_eq!(
        it.explanation.zh,
        "按本项规定：5 – 8 万元（一次性）。本包适用于测试园区，本工具无法核对选址是否在其中。"
    );
    assert_eq!(
        it.explanation.en,
        "By this item: 50,000 – 80,000 yuan (once). This package is for 测试园区; the tool cannot check whether the site is there."
    );
}

#[test]
fn an_unoffered_item_keeps_the_grade_of_its_basis() {
    let (state, it) = local_item(
        json!({
            "available": false,
            "legal_basis": [{ "document": "测试文件（虚构）", "status": "U" }]
        }),
        &[],
    );
    assert_eq!(state, ItemState::NotOffered);
    assert_eq!(it.status, Status::U);
}

#[test]
fn per_mu_amounts_multiply_by_the_area() {
    let (state, it) = local_item(
        json!({ "amount": { "kind": "per_mu", "cny": 20000.0 } }),
        &[("invest.land_mu", "30")],
    );
    assert_eq!(state, ItemState::Applies);
    assert_range("per mu", it.yearly[0], 600_000.0, 600_000.0);
}

#[test]
fn a_band_includes_its_minimum_and_excludes_its_maximum() {
    let bands = json!({ "amount": { "kind": "tiered_by_investment", "tiers": [
        { "min_cny": 1e8, "max_cny": 3e8, "per_mu_cny": 15000.0 },
        { "min_cny": 3e8, "max_cny": 5e8, "per_mu_cny": 25000.0 }
    ] } });
    for (fai, per_mu) in [
        ("10000", 15_000.0),
        ("29999", 15_000.0),
        ("30000", 25_000.0),
    ] {
        let (state, it) = local_item(
            bands.clone(),
            &[
                ("invest.fixed_assets_10k_cny", fai),
                ("invest.land_mu", "10"),
            ],
        );
        assert_eq!(state, ItemState::Applies, "{fai}");
        assert_range(fai, it.yearly[0], per_mu * 10.0, per_mu * 10.0);
    }
    let (state, _) = local_item(
        bands,
        &[
            ("invest.fixed_assets_10k_cny", "50000"),
            ("invest.land_mu", "10"),
        ],
    );
    assert_eq!(state, ItemState::NotApplicable);
}

#[test]
fn a_cap_is_reported_only_when_it_cuts_the_amount() {
    let cases = [
        (2_000_000.0_f64, 1_000_000.0, true),
        (1_000_000.0, 1_000_000.0, false),
        (500_000.0, 1_000_000.0, false),
    ];
    for (amount, cap, capped) in cases {
        let (state, it) = local_item(
            json!({
                "amount": { "kind": "fixed", "min_cny": amount, "max_cny": amount },
                "cap_cny": cap
            }),
            &[],
        );
        assert_eq!(state, ItemState::Applies);
        assert_range(
            "capped amount",
            it.yearly[0],
            amount.min(cap),
            amount.min(cap),
        );
        assert_eq!(
            it.explanation.en.contains("capped"),
            capped,
            "{amount} under a cap of {cap}: {}",
            it.explanation.en
        );
        assert_eq!(it.explanation.zh.contains("封顶"), capped);
    }
}

#[test]
fn conditions_at_their_minimum_are_met() {
    // Tier 1 from exactly 100 million yuan.
    let (state, _) = local_item(
        json!({ "when": [{ "min_tier": 1 }] }),
        &[("invest.total_10k_cny", "10000")],
    );
    assert_eq!(state, ItemState::Applies);
    let (state, _) = local_item(
        json!({ "when": [{ "min_tier": 1 }] }),
        &[("invest.total_10k_cny", "9999"), ("foreign_invested", "no")],
    );
    assert_eq!(state, ItemState::NotApplicable);
    // Land of exactly the minimum area.
    let (state, _) = local_item(
        json!({ "when": [{ "min_land_mu": 50.0 }] }),
        &[("invest.land_mu", "50")],
    );
    assert_eq!(state, ItemState::Applies);
    let (state, _) = local_item(
        json!({ "when": [{ "min_land_mu": 50.0 }] }),
        &[("invest.land_mu", "49.9")],
    );
    assert_eq!(state, ItemState::NotApplicable);
}

#[test]
fn a_foreign_investment_condition_matches_the_answer() {
    let when = json!({ "when": [{ "foreign_invested": true }] });
    let (state, _) = local_item(when.clone(), &[("foreign_invested", "yes")]);
    assert_eq!(state, ItemState::Applies);
    let (state, _) = local_item(when.clone(), &[("foreign_invested", "no")]);
    assert_eq!(state, ItemState::NotApplicable);
    let (state, it) = local_item(when, &[]);
    assert_eq!(state, ItemState::NeedsInput);
    assert_eq!(it.missing, ["foreign_invested"]);
}

#[test]
fn stacking_compares_items_of_the_same_group_only() {
    let pkg = package(package_json(vec![
        item_json(
            "INC-LOCAL-06/a-small",
            json!({ "stack_group": "a",
                    "amount": { "kind": "fixed", "min_cny": 100000.0, "max_cny": 100000.0 } }),
        ),
        item_json(
            "INC-LOCAL-06/b-large",
            json!({ "stack_group": "b",
                    "amount": { "kind": "fixed", "min_cny": 200000.0, "max_cny": 200000.0 } }),
        ),
        item_json(
            "INC-LOCAL-06/a-smaller",
            json!({ "stack_group": "a",
                    "amount": { "kind": "fixed", "min_cny": 50000.0, "max_cny": 50000.0 } }),
        ),
    ]));
    let r = run(&engine().data, &project(&[]), DEFAULT_AS_OF, &[&pkg]);
    assert_eq!(item(&r, "INC-LOCAL-06/a-small").state, ItemState::Applies);
    assert_eq!(item(&r, "INC-LOCAL-06/b-large").state, ItemState::Applies);
    let smaller = item(&r, "INC-LOCAL-06/a-smaller");
    assert_eq!(smaller.state, ItemState::Stacked);
    has(&smaller.explanation.en, "INC-LOCAL-06/a-small");
    assert_range("total", r.total, 300_000.0, 300_000.0);
}

/// An item that may be superseded outstacks a sure one by its upper end,
/// but the sure one's amount stays the group's floor (a review saw the
/// floor lost: 0–30 million where 20–30 million was due).
#[test]
fn a_doubtful_item_outstacks_a_sure_one_but_keeps_its_floor() {
    let pkg = package(package_json(vec![
        item_json(
            "INC-LOCAL-06/sure",
            json!({ "stack_group": "g",
                    "amount": { "kind": "fixed", "min_cny": 2.0e7, "max_cny": 2.0e7 } }),
        ),
        item_json(
            "INC-LOCAL-06/doubtful",
            json!({ "stack_group": "g", "status": "possibly_superseded",
                    "amount": { "kind": "fixed", "min_cny": 3.0e7, "max_cny": 3.0e7 } }),
        ),
    ]));
    let r = run(&engine().data, &project(&[]), DEFAULT_AS_OF, &[&pkg]);
    assert_eq!(item(&r, "INC-LOCAL-06/sure").state, ItemState::Stacked);
    let doubtful = item(&r, "INC-LOCAL-06/doubtful");
    assert_range("doubtful", doubtful.total, 2.0e7, 3.0e7);
    has(
        &doubtful.explanation.en,
        "Its floor is that of INC-LOCAL-06/sure",
    );
    assert_range("total", r.total, 2.0e7, 3.0e7);
}

/// A negotiable item whose conditions are not known may not apply: it does
/// not replace an item whose conditions are met (a review saw the land
/// subsidy replaced by a 3 % one whose investor rank was never asked).
#[test]
fn an_item_of_unknown_conditions_replaces_nothing() {
    let pkg = package(package_json(vec![
        item_json(
            "INC-LOCAL-06/open",
            json!({ "selective": true, "replaces": ["INC-LOCAL-06/met"],
                    "when": [{ "investor_rank": true }] }),
        ),
        item_json("INC-LOCAL-06/met", json!({})),
    ]));
    let r = run(&engine().data, &project(&[]), DEFAULT_AS_OF, &[&pkg]);
    let open = item(&r, "INC-LOCAL-06/open");
    assert_eq!(open.state, ItemState::Negotiable);
    has(&open.explanation.en, "not yet known");
    assert_eq!(item(&r, "INC-LOCAL-06/met").state, ItemState::Applies);
    // Its conditions met, it does.
    let r = run(
        &engine().data,
        &project(&[("invest.investor_rank", "yes")]),
        DEFAULT_AS_OF,
        &[&pkg],
    );
    assert_eq!(item(&r, "INC-LOCAL-06/met").state, ItemState::Replaced);
}

/// The bundled data with the Fair Competition Review Regulation marked as
/// not (or no longer) in force from its first day.
fn data_without_fair_competition_rule() -> RuleData {
    let mut data = engine().data.clone();
    let p = data
        .params
        .iter_mut()
        .find(|p| p.id == "INC-LEGAL-01.in_force")
        .expect("INC-LEGAL-01.in_force");
    for v in &mut p.values {
        v.value = 0.0;
    }
    data
}

#[test]
fn a_selective_subsidy_is_negotiable_only_while_the_review_rule_is_in_force() {
    let pkg = one_item_package(json!({ "selective": true }));
    let p = project(&[]);
    let r = run(&engine().data, &p, DEFAULT_AS_OF, &[&pkg]);
    let it = item(&r, "INC-LOCAL-06/test");
    assert_eq!(it.state, ItemState::Negotiable);
    assert_eq!(it.params, ["INC-LEGAL-01.in_force"]);
    assert_range("negotiable", it.total, 0.0, 0.0);
    let data = data_without_fair_competition_rule();
    let r = run(&data, &p, DEFAULT_AS_OF, &[&pkg]);
    let it = item(&r, "INC-LOCAL-06/test");
    assert_eq!(it.state, ItemState::Applies);
    assert_range("amount", it.yearly[0], 50_000.0, 80_000.0);
    assert!(it.params.is_empty());
}

/// A staff item that returns or rewards tax paid is not counted, whatever
/// its package says: since the Fair Competition Review Regulation it needs a
/// basis in law (a user test saw a park's 50 % tax-share rebate make up
/// most of a printed total). Before the regulation, it counted.
#[test]
fn a_rebate_of_tax_paid_is_not_counted_under_the_review_rule() {
    let rebate = |title: &str| {
        one_item_package(
            json!({ "title": { "zh": title, "en": "" }, "timing": { "kind": "yearly", "years": 3 } }),
        )
    };
    let p = project(&[]);
    let before = data_without_fair_competition_rule();
    for title in [
        "地方财政贡献奖励：按地方留成部分的50%奖励",
        "企业所得税地方留成返还",
    ] {
        let pkg = rebate(title);
        let r = run(&engine().data, &p, DEFAULT_AS_OF, &[&pkg]);
        let it = item(&r, "INC-LOCAL-06/test");
        assert_eq!(it.state, ItemState::Negotiable, "{title}");
        has(&it.explanation.zh, "看似按企业纳税额返还或奖励");
        assert_range("total", r.total, 0.0, 0.0);
        let r = run(&before, &p, DEFAULT_AS_OF, &[&pkg]);
        assert_eq!(item(&r, "INC-LOCAL-06/test").state, ItemState::Applies);
    }
    // An English title says it as well; a land subsidy does not.
    let pkg = one_item_package(json!({ "title": { "zh": "", "en": "Local tax share reward" } }));
    let r = run(&engine().data, &p, DEFAULT_AS_OF, &[&pkg]);
    assert_eq!(item(&r, "INC-LOCAL-06/test").state, ItemState::Negotiable);
    let pkg = one_item_package(
        json!({ "title": { "zh": "土地出让价款补助", "en": "Land price subsidy" } }),
    );
    let r = run(&engine().data, &p, DEFAULT_AS_OF, &[&pkg]);
    assert_eq!(item(&r, "INC-LOCAL-06/test").state, ItemState::Applies);
    // The wordings a review saw counted, in a title or only in the note.
    let linked = |title: &str, en: &str, note: &str| {
        let pkg = one_item_package(json!({ "title": { "zh": title, "en": en },
            "note": { "zh": note, "en": "" } }));
        item(
            &run(&engine().data, &p, DEFAULT_AS_OF, &[&pkg]),
            "INC-LOCAL-06/test",
        )
        .state
    };
    for (title, en, note) in [
        ("增值税地方分成部分返还50%", "", ""),
        ("按地方留存部分的50%奖励", "", ""),
        ("按企业上年度实缴税额的40%奖励", "", ""),
        ("按企业纳税额的30%奖励", "", ""),
        ("", "Refund of 50% of the local share of VAT", ""),
        ("", "Award of 40% of taxes paid", ""),
        ("企业发展扶持资金", "", "按企业所得税地方留成部分的60%拨付"),
    ] {
        assert_eq!(
            linked(title, en, note),
            ItemState::Negotiable,
            "{title}{en}{note}"
        );
    }
    // Not tied to tax: a statutory refund, a per-mu land award, equipment.
    for (title, en, note) in [
        ("出口退税", "Export VAT refund", ""),
        // A review: these name tax, or a share, without tying the amount to tax paid.
        ("增值税留抵税额退还", "", ""),
        ("城镇土地使用税按最低税额征收", "", ""),
        ("社会保险补贴", "", "按实缴额的50%补贴"),
        ("", "Co-funding: local share 30%", ""),
        ("人才奖励", "", "不属于税收返还，按人才层次给予"),
        ("按亩奖励", "Per-mu land award", "按实际用地面积计算"),
        ("设备投资补助", "Equipment subsidy", "按设备投资额的5%补助"),
    ] {
        assert_eq!(
            linked(title, en, note),
            ItemState::Applies,
            "{title}{en}{note}"
        );
    }
}

// ---------------------------------------------------------------------------

// Which county and park packages a site is offered.

#[test]
fn a_county_is_offered_the_packages_of_its_parks_and_bases_only() {
    let data = &engine().data;
    let park = &data.parks[0];
    let base = &data.profiles[0];
    assert_ne!(park.county, base.county);
    let pkg = |id: &str, level: &str, region: &str| {
        let mut v = package_json(vec![]);
        v["id"] = json!(id);
        v["level"] = json!(level);
        v["region"] = json!(region);
        package(v)
    };
    let packages = [
        pkg("park", "park", &park.name.zh),
        pkg("base", "park", &base.name.zh),
        pkg("county", "county", &park.county),
        pkg("elsewhere", "park", "测试园区"),
        // City-wide: applies everywhere already, never offered again.
        pkg("city", "city", &park.county),
    ];
    let offered = |county: &str| -> Vec<String> {
        jiujiang_engine::incentives::for_county(data, &packages, county)
            .iter()
            .map(|p| p.id.clone())
            .collect()
    };
    assert_eq!(offered(&park.county), ["park", "county"]);
    assert_eq!(offered(&base.county), ["base"]);
    assert!(offered("测试县").is_empty());
}
