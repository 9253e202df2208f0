//! Golden cases for the incentive estimate (data/incentive-cases/) and
//! meta-tests over the incentive data and the bundled packages.

mod common;
use common::*;
use jiujiang_engine::data_types::ItemKind;
use jiujiang_engine::incentives::{estimate, validate, ItemState, Options};
use jiujiang_engine::{Date, Outcome, Status};
use serde::Deserialize;
use std::collections::BTreeMap;

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
struct Case {
    name: String,
    item: String,
    expect: ItemState,
    #[serde(default)]
    as_of: Option<Date>,
    #[serde(default)]
    overall: Option<Outcome>,
    #[serde(default)]
    packages: Option<Vec<String>>,
    #[serde(default)]
    status: Option<Status>,
    #[serde(default)]
    missing: Option<Vec<String>>,
    #[serde(default)]
    year1: Option<[f64; 2]>,
    #[serde(default)]
    total: Option<[f64; 2]>,
    /// A phrase the item's English explanation must contain.
    #[serde(default)]
    explains: Option<String>,
    /// A phrase it must not contain.
    #[serde(default)]
    not_explains: Option<String>,
    project: BTreeMap<String, toml::Value>,
}

fn cases() -> Vec<(String, Case)> {
    load_case_dir("incentive-cases")
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 0.01_f64.max(b.abs() * 1e-9)
}

#[test]
fn incentive_golden_cases_pass() {
    let engine = engine();
    let cases = cases();
    assert!(cases.len() >= 40, "only {} cases", cases.len());
    let mut failures = Vec::new();
    for (file, c) in &cases {
        let (project, errors) = parse_case_project(&c.project);
        if !errors.is_empty() {
            failures.push(format!("{file}: {}: input errors {errors:?}", c.name));
            continue;
        }
        // "example" names the sample user package in examples/packages/.
        let example = jiujiang_engine::incentives::package_from_json(
            &std::fs::read_to_string(data_dir().join("../examples/packages/park-example.json"))
                .unwrap(),
        )
        .expect("example package");
        let names: Option<Vec<&str>> =
            (c.packages.as_ref()).map(|ids| ids.iter().map(String::as_str).collect());
        let packages = named_packages(names.as_deref(), &example);
        let report = estimate(
            &engine.data,
            &project,
            c.as_of.unwrap_or(DEFAULT_AS_OF),
            c.overall.unwrap_or(Outcome::Allowed),
            &packages,
            Options::default(),
        );
        let Some(item) = report.items.iter().find(|i| i.id == c.item) else {
            failures.push(format!(
                "{file}: {}: item {} not in the report",
                c.name, c.item
            ));
            continue;
        };
        let mut fail = |what: String| {
            failures.push(format!(
                "{file}: {}: {what} ({})",
                c.name, item.explanation.en
            ))
        };
        if item.state != c.expect {
            fail(format!("expected {:?}, got {:?}", c.expect, item.state));
        }
        if let Some(s) = c.status {
            if item.status != s {
                fail(format!("expected status {s:?}, got {:?}", item.status));
            }
        }
        if let Some(m) = &c.missing {
            if item.missing != m.iter().map(String::as_str).collect::<Vec<_>>() {
                fail(format!("expected missing {m:?}, got {:?}", item.missing));
            }
        }
        if let Some(x) = &c.explains {
            if !item.explanation.en.contains(x.as_str()) {
                fail(format!("expected {x:?} in {:?}", item.explanation.en));
            }
        }
        if let Some(x) = &c.not_explains {
            if item.explanation.en.contains(x.as_str()) {
                fail(format!("expected no {x:?} in {:?}", item.explanation.en));
            }
        }
        if let Some([lo, hi]) = c.year1 {
            let y = item.yearly[0];
            if !close(y.min, lo) || !close(y.max, hi) {
                fail(format!(
                    "year 1 expected [{lo}, {hi}], got [{}, {}]",
                    y.min, y.max
                ));
            }
        }
        if let Some([lo, hi]) = c.total {
            if !close(item.total.min, lo) || !close(item.total.max, hi) {
                fail(format!(
                    "total expected [{lo}, {hi}], got [{}, {}]",
                    item.total.min, item.total.max
                ));
            }
        }
        if item.state == ItemState::NeedsInput && item.missing.is_empty() {
            fail("NEEDS_INPUT without the fields to give".into());
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} incentive cases failed:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

/// Every national item and every bundled package item has a golden case in
/// which it counts (or is offered for negotiation) and one in which it does
/// not; items recorded only for history need only the latter.
#[test]
fn every_incentive_item_has_a_passing_and_a_failing_case() {
    let engine = engine();
    let cases = cases();
    let ids: Vec<(&str, bool)> = engine
        .data
        .incentives
        .iter()
        .map(|i| (i.id.as_str(), true))
        .chain(
            engine
                .data
                .packages
                .iter()
                .flat_map(|p| p.items.iter().map(|i| (i.id.as_str(), i.available))),
        )
        .collect();
    for (id, offered) in ids {
        let states: Vec<ItemState> = cases
            .iter()
            .filter(|(_, c)| c.item == id)
            .map(|(_, c)| c.expect)
            .collect();
        let positive = states
            .iter()
            .any(|s| s.counts() || *s == ItemState::Negotiable);
        let negative = states.iter().any(|s| !s.counts());
        assert!(negative, "{id}: no case where it does not apply");
        if offered {
            assert!(positive, "{id}: no case where it applies");
        }
    }
}

#[test]
fn incentive_data_carries_provenance() {
    let engine = engine();
    let catalogue = std::fs::read_to_string(data_dir().join("catalogue-ids.txt")).unwrap();
    for i in &engine.data.incentives {
        let base = i.id.split('/').next().unwrap();
        assert!(
            catalogue.lines().any(|l| l.trim() == base),
            "{}: not a catalogue ID",
            i.id
        );
        assert!(!i.citations.is_empty(), "{}: no citation", i.id);
        assert!(!i.title.zh.is_empty() && !i.title.en.is_empty(), "{}", i.id);
        assert!(
            i.effective_to.is_none_or(|t| t >= i.effective_from),
            "{}",
            i.id
        );
        // Every parameter under the item's prefix is dated and cited.
        for p in engine
            .data
            .params
            .iter()
            .filter(|p| p.id.starts_with(&format!("{base}.")))
        {
            assert!(!p.values.is_empty(), "{}", p.id);
            for v in &p.values {
                assert!(!v.citation.document.is_empty(), "{}: uncited value", p.id);
                assert!(
                    v.value.is_finite() && v.value >= 0.0,
                    "{}: {}",
                    p.id,
                    v.value
                );
            }
        }
    }
    for p in &engine.data.packages {
        let problems = validate(p);
        assert!(problems.is_empty(), "{}: {problems:?}", p.id);
        assert!(
            !p.entered_by_user,
            "{}: bundled data cannot be user-entered",
            p.id
        );
        for item in &p.items {
            let base = item.id.split('/').next().unwrap();
            assert!(
                catalogue.lines().any(|l| l.trim() == base),
                "{}: not a catalogue ID",
                item.id
            );
            // Replacements point at items that exist.
            for r in &item.replaces {
                assert!(
                    engine
                        .data
                        .packages
                        .iter()
                        .flat_map(|p| &p.items)
                        .any(|i| &i.id == r),
                    "{}: replaces unknown {r}",
                    item.id
                );
            }
        }
    }
}

/// Caps and stacking hold for any project: no capped item exceeds its cap,
/// at most one item of a stacking group counts, amounts are never negative
/// except for the timing item's later years, and nothing counts when the
/// project is prohibited.
#[test]
fn caps_stacking_and_prohibition_hold_across_many_projects() {
    let engine = engine();
    let packages: Vec<_> = engine.data.packages.iter().collect();
    let cap = |id: &str| {
        packages
            .iter()
            .flat_map(|p| &p.items)
            .find(|i| i.id == id)
            .and_then(|i| i.cap_cny)
    };
    let group = |id: &str| {
        packages
            .iter()
            .flat_map(|p| &p.items)
            .find(|i| i.id == id)
            .and_then(|i| i.stack_group.clone())
    };
    for k in 0..400u64 {
        let fai = (k * 7919 % 600_000) as f64; // up to 6 billion yuan, in 万元
        let fields = [
            (
                "industry_code",
                ["C3981", "I6511", "C2614", "F5211"][(k % 4) as usize].to_string(),
            ),
            ("invest.fixed_assets_10k_cny", fai.to_string()),
            ("invest.land_mu", (k % 300 + 1).to_string()),
            (
                "invest.investor_rank",
                if k % 3 == 0 { "yes" } else { "no" }.to_string(),
            ),
            ("finance.sales_10k_cny", (k * 131 % 50_000).to_string()),
            ("finance.rd_10k_cny", (k * 17 % 2_000).to_string()),
            (
                "finance.taxable_income_10k_cny",
                (k * 53 % 5_000).to_string(),
            ),
            ("finance.st_staff_pct", (k % 30).to_string()),
            ("finance.hitech_income_pct", (k * 7 % 100).to_string()),
            ("finance.equipment_10k_cny", (k * 11 % 3_000).to_string()),
        ];
        let project = valid_project(fields.iter().map(|(a, b)| (*a, b.as_str())));
        for (as_of, overall) in [
            (Date::new(2020, 6, 1), Outcome::Allowed),
            (DEFAULT_AS_OF, Outcome::Allowed),
            (DEFAULT_AS_OF, Outcome::Prohibited),
        ] {
            let r = estimate(
                &engine.data,
                &project,
                as_of,
                overall,
                &packages,
                Options::default(),
            );
            let mut counted_groups = std::collections::BTreeMap::new();
            for item in &r.items {
                if let Some(c) = cap(item.id) {
                    assert!(
                        item.total.max <= c + 1e-6,
                        "{} over its cap: {:?}",
                        item.id,
                        item.total
                    );
                }
                if item.state.counts() {
                    if let Some(g) = group(item.id) {
                        *counted_groups.entry(g).or_insert(0) += 1;
                    }
                    if !matches!(item.id, "INC-TAX-04/one-off" | "INC-TAX-01/cap") {
                        assert!(
                            item.yearly.iter().all(|y| y.min >= 0.0),
                            "{}: {:?}",
                            item.id,
                            item.yearly
                        );
                    }
                    assert!(item.total.min <= item.total.max + 1e-6);
                }
                if overall == Outcome::Prohibited {
                    assert!(
                        !item.state.counts(),
                        "{} counts for a prohibited project",
                        item.id
                    );
                }
            }
            assert!(
                counted_groups.values().all(|n| *n <= 1),
                "{counted_groups:?}"
            );
            if overall == Outcome::Prohibited {
                assert_eq!((r.total.min, r.total.max), (0.0, 0.0));
            }
            // Totals add the counted items case by case, so they lie within
            // the sum of the items' ends (equal unless some item's paths cross).
            let (lo, hi) = (r.items.iter())
                .filter(|i| i.state.counts() && i.kind != ItemKind::Cost)
                .fold((0.0, 0.0), |(a, b), i| (a + i.total.min, b + i.total.max));
            let tol = 1e-3 * hi.abs().max(1.0);
            assert!(
                r.total.max <= hi + tol && r.total.min >= lo - tol,
                "{lo}..{hi} vs {:?}",
                r.total
            );
        }
    }
}

#[test]
fn present_value_discounts_and_the_horizon_cuts() {
    let engine = engine();
    let (p, _) = engine.parse_fields([
        ("finance.resource_income_10k_cny", "1000"),
        ("finance.taxable_income_10k_cny", "500"),
        ("finance.st_staff_pct", "1"),
        ("finance.sales_10k_cny", "1000"),
        ("finance.rd_10k_cny", "1"),
        ("finance.hitech_income_pct", "1"),
    ]);
    let run = |years, rate| {
        estimate(
            &engine.data,
            &p,
            DEFAULT_AS_OF,
            Outcome::Allowed,
            &[],
            Options {
                horizon_years: years,
                discount_rate: rate,
            },
        )
    };
    fn item(
        r: &jiujiang_engine::incentives::IncentiveReport<'_>,
    ) -> jiujiang_engine::incentives::Range {
        r.items
            .iter()
            .find(|i| i.id == "INC-TAX-04/resource-income")
            .unwrap()
            .present_value
    }
    fn total(
        r: &jiujiang_engine::incentives::IncentiveReport<'_>,
    ) -> jiujiang_engine::incentives::Range {
        r.items
            .iter()
            .find(|i| i.id == "INC-TAX-04/resource-income")
            .unwrap()
            .total
    }
    // 250,000 a year.
    let r = run(5, 0.0);
    assert!(close(total(&r).max, 1_250_000.0));
    assert!(close(item(&r).max, 1_250_000.0));
    let r = run(5, 0.10);
    let pv: f64 = (1..=5).map(|y| 250_000.0 / 1.1f64.powi(y)).sum();
    assert!(close(item(&r).max, pv), "{:?}", item(&r));
    // The one-off deduction is worth something only discounted.
    let (p, _) = engine.parse_fields([
        ("finance.equipment_10k_cny", "1000"),
        ("finance.taxable_income_10k_cny", "2000"),
        ("finance.st_staff_pct", "1"),
        ("finance.sales_10k_cny", "1000"),
        ("finance.rd_10k_cny", "1"),
        ("finance.hitech_income_pct", "1"),
    ]);
    let r = estimate(
        &engine.data,
        &p,
        DEFAULT_AS_OF,
        Outcome::Allowed,
        &[],
        Options {
            horizon_years: 10,
            discount_rate: 0.08,
        },
    );
    let one_off = r
        .items
        .iter()
        .find(|i| i.id == "INC-TAX-04/one-off")
        .unwrap();
    assert!(close(one_off.total.max, 0.0));
    assert!(
        one_off.present_value.max > 100_000.0,
        "{:?}",
        one_off.present_value
    );
}

#[test]
fn options_from_text_flag_what_they_cannot_use() {
    let (o, h, d) = Options::from_text(" 5 ", "6,5");
    assert!(h && d);
    assert_eq!(o.horizon_years, 5);
    assert!((o.discount_rate - 0.065).abs() < 1e-12);
    // Written with its sign, as the project's share fields take it (a user
    // test had "8%" refused here and "15%" read there).
    for dc in ["8%", "8 ％"] {
        let (o, _, d) = Options::from_text("10", dc);
        assert!(d && (o.discount_rate - 0.08).abs() < 1e-12, "{dc}");
    }
    for (hz, dc) in [("0", "-1"), ("31", "51"), ("x", "NaN"), ("", "")] {
        let (o, h, d) = Options::from_text(hz, dc);
        assert!(!h && !d, "{hz} {dc}");
        assert_eq!(o, Options::default());
    }
}

#[test]
fn explanations_write_amounts_in_each_languages_units() {
    let e = engine();
    let p = valid_project([
        ("industry_code", "C3981"),
        ("finance.taxable_income_10k_cny", "20000"),
        ("finance.sales_10k_cny", "300000"),
        ("finance.rd_10k_cny", "12000"),
        ("finance.st_staff_pct", "18"),
        ("finance.hitech_income_pct", "75"),
    ]);
    let report = estimate(
        &e.data,
        &p,
        Date::parse("2026-11-23").unwrap(),
        Outcome::Allowed,
        &[],
        Options::default(),
    );
    let hnte = report
        .items
        .iter()
        .find(|i| i.id == "INC-TAX-02")
        .expect("HNTE item");
    assert_eq!(hnte.state, ItemState::EligibleIfCertified);
    // 200 million less 120 million of R&D deduction, at 15 % not 25 %: 8 million.
    let zh = &hnte.explanation.zh;
    let en = &hnte.explanation.en;
    assert!(zh.contains("8,000 万元") && zh.contains("800 万元"), "{zh}");
    assert!(
        en.contains("80 million yuan") && en.contains("8 million yuan"),
        "{en}"
    );
    assert!(!en.contains('元') && !en.contains("10,000,000"), "{en}");
}

/// A lead with no figures: nothing counts, so the total of 0 yuan would say
/// nothing; the estimate names how many items wait and on which inputs. Once
/// the investment and tax are given, items count and fewer wait.
#[test]
fn an_estimate_says_what_it_still_waits_on() {
    let engine = engine();
    let as_of = Date::new(2026, 12, 3);
    let estimate_of = |fields: &[(&str, &str)]| allowed_estimate(engine, fields, as_of);
    let bare = estimate_of(&[("industry_code", "C3981"), ("action", "new")]);
    let (open, fields) = bare.needing_input();
    assert!(!bare.counts_any(), "{:?}", bare.total);
    assert!(!bare.has_total());
    assert!(open > 0);
    // Costs are never in the totals, so they are not counted as waiting.
    let waiting = |i: &&jiujiang_engine::incentives::ItemResult| {
        i.state == ItemState::NeedsInput && i.kind != ItemKind::Cost
    };
    assert_eq!(open, bare.items.iter().filter(waiting).count());
    // Every input any waiting item names, each once.
    for i in bare.items.iter().filter(waiting) {
        assert!(i.missing.iter().all(|f| fields.contains(f)), "{}", i.id);
    }
    let mut unique = fields.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), fields.len());
    // Only a cost known (the land-use tax from the land and the city size):
    // still no total, since costs are never in it.
    let cost_only = estimate_of(&[
        ("industry_code", "C3981"),
        ("action", "new"),
        ("invest.land_mu", "100"),
        ("invest.city_size", "medium"),
    ]);
    assert!(cost_only
        .items
        .iter()
        .any(|i| i.kind == ItemKind::Cost && i.state.counts()));
    assert!(!cost_only.counts_any());
    assert!(!cost_only.has_total());
    let given = estimate_of(&[
        ("industry_code", "C3981"),
        ("action", "new"),
        ("invest.total_10k_cny", "50000"),
        ("finance.taxable_income_10k_cny", "3000"),
        ("finance.rd_10k_cny", "500"),
    ]);
    assert!(given.counts_any() && given.has_total());
    assert!(given.needing_input().0 < open);
}

/// A package staff edit is refused where it could never apply or could not
/// be meant: land bounds crossed, an industry prefix no GB/T code has, an
/// amount beyond a trillion yuan; each at its place.
#[test]
fn a_package_that_could_never_apply_or_cannot_be_meant_is_refused_at_its_place() {
    use jiujiang_engine::incentives::package_from_json;
    let text =
        std::fs::read_to_string(data_dir().join("../examples/packages/park-example.json")).unwrap();
    assert!(package_from_json(&text).is_ok());
    let mut v: serde_json::Value = serde_json::from_str(&text).unwrap();
    let item = &mut v["items"][0];
    item["when"][0]["min_land_mu"] = 300.into();
    item["when"][0]["max_land_mu"] = 100.into();
    item["when"][0]["industry_prefixes"] = serde_json::json!(["C39", "X99"]);
    item["amount"]["cny"] = 1e300.into();
    let problems = package_from_json(&v.to_string()).unwrap_err();
    let at: Vec<&str> = problems.iter().map(|(a, _)| a.as_str()).collect();
    assert!(at.contains(&"items[0].when"), "{problems:?}");
    assert!(
        at.contains(&"items[0].when.industry_prefixes"),
        "{problems:?}"
    );
    assert!(at.contains(&"items[0].amount.cny"), "{problems:?}");
    assert_eq!(problems.len(), 3, "{problems:?}");
    // Real prefixes of every level pass.
    item_prefixes_ok(&mut v, &["C", "C39", "C398", "C3981", "M"]);
}

fn item_prefixes_ok(v: &mut serde_json::Value, prefixes: &[&str]) {
    let item = &mut v["items"][0];
    item["when"][0]["max_land_mu"] = 500.into();
    item["amount"]["cny"] = 2000.into();
    item["when"][0]["industry_prefixes"] = serde_json::json!(prefixes);
    let r = jiujiang_engine::incentives::package_from_json(&v.to_string());
    assert!(r.is_ok(), "{r:?}");
}

/// A user's park package: its region a park the tool lists, or the ETDZ,
/// which is no county. The park chosen decides for a listed park; a region
/// the tool cannot place counts as switched on.
#[test]
fn a_park_package_follows_the_park_chosen_and_an_unplaceable_region_counts_as_switched_on() {
    use jiujiang_engine::incentives::{estimate, package_from_json, ItemState, Options};
    let engine = engine();
    let text =
        std::fs::read_to_string(data_dir().join("../examples/packages/park-example.json")).unwrap();
    let with_region = |region: &str| {
        let mut v: serde_json::Value = serde_json::from_str(&text).unwrap();
        v["region"] = region.into();
        package_from_json(&v.to_string()).unwrap()
    };
    let state = |pkg: &jiujiang_engine::data_types::Package, extra: &[(&str, &str)]| {
        let mut fields = vec![
            ("industry_code", "C3981"),
            ("finance.jobs", "200"),
            ("invest.land_mu", "50"),
            ("finance.tax_paid_10k_cny", "500"),
        ];
        fields.extend_from_slice(extra);
        let (p, errors) = engine.parse_fields(fields);
        assert!(errors.is_empty(), "{errors:?}");
        let r = estimate(
            &engine.data,
            &p,
            DEFAULT_AS_OF,
            jiujiang_engine::Outcome::Allowed,
            &[pkg],
            Options::default(),
        );
        r.items
            .iter()
            .find(|i| i.id == "INC-LOCAL-06/example-jobs")
            .unwrap()
            .state
    };
    let pengze = with_region("江西彭泽工业园区矶山化工园");
    assert_eq!(
        state(&pengze, &[("site.chemical_park", "pengze-jishan")]),
        ItemState::Applies
    );
    assert_eq!(
        state(&pengze, &[("site.chemical_park", "hukou-hitech")]),
        ItemState::NotApplicable
    );
    assert_eq!(state(&pengze, &[]), ItemState::NeedsInput);
    // The ETDZ: a point in Lianxi cannot say whether it is in the zone.
    let etdz = with_region("九江经开区");
    let lianxi = [
        ("site.location", "115.91, 29.61"),
        ("site.location_datum", "wgs84"),
    ];
    assert_eq!(state(&etdz, &lianxi), ItemState::Applies);
    // The fictitious region of the example: counted as switched on, and
    // said so.
    let example = with_region("示例园区");
    assert_eq!(state(&example, &[]), ItemState::Applies);
    let (p, _) = engine.parse_fields([
        ("industry_code", "C3981"),
        ("finance.jobs", "200"),
        ("invest.land_mu", "50"),
        ("finance.tax_paid_10k_cny", "500"),
    ]);
    let r = estimate(
        &engine.data,
        &p,
        DEFAULT_AS_OF,
        jiujiang_engine::Outcome::Allowed,
        &[&example],
        Options::default(),
    );
    let item = r
        .items
        .iter()
        .find(|i| i.id == "INC-LOCAL-06/example-jobs")
        .unwrap();
    assert!(
        item.explanation.en.ends_with(
            "This package is for 示例园区; the tool cannot check whether the site is there."
        ),
        "{}",
        item.explanation.en
    );
    assert!(item.explanation.zh.contains("本工具无法核对选址是否在其中"));
    // Conditions not met stay so, whatever the site.
    let mut v: serde_json::Value = serde_json::from_str(&text).unwrap();
    v["region"] = "柴桑区".into();
    let chaisang = package_from_json(&v.to_string()).unwrap();
    assert_eq!(
        state(&chaisang, &[("finance.jobs", "5")]),
        ItemState::NotApplicable
    );
}

/// An item is never shown surer than its own basis: a package item than its
/// weakest legal basis in any state but "not applicable", a national item
/// than its data's grade in any state but "not applicable" and those worked
/// out (which have the grade of the figures used); for an allowed project
/// and for a prohibited one, where every item is blocked.
#[test]
fn no_item_is_shown_surer_than_its_basis() {
    let engine = engine();
    let example = jiujiang_engine::incentives::package_from_json(
        &std::fs::read_to_string(data_dir().join("../examples/packages/park-example.json"))
            .unwrap(),
    )
    .unwrap();
    let packages = named_packages(None, &example);
    // The grade an item in `state` may not exceed, if any.
    let basis = |id: &str, state: ItemState| {
        let national = engine.data.incentives.iter().find(|i| i.id == id);
        let local = (packages.iter().flat_map(|p| &p.items)).find(|i| i.id == id);
        let worked_out = matches!(
            state,
            ItemState::Applies | ItemState::EligibleIfCertified | ItemState::Negotiable
        );
        match (national, local) {
            (Some(n), _) => (!worked_out).then_some(n.status),
            (None, Some(l)) => {
                Some((l.legal_basis.iter().map(|c| c.status).min()).unwrap_or(Status::U))
            }
            (None, None) => panic!("{id}: no such item"),
        }
    };
    let mut waiting = 0;
    for (file, c) in cases() {
        let (project, _) = parse_case_project(&c.project);
        let as_of = c.as_of.unwrap_or(DEFAULT_AS_OF);
        let reports = [Outcome::Allowed, Outcome::Prohibited].map(|o| {
            estimate(
                &engine.data,
                &project,
                as_of,
                o,
                &packages,
                Options::default(),
            )
        });
        for item in
            (reports.iter().flat_map(|r| &r.items)).filter(|i| i.state != ItemState::NotApplicable)
        {
            let Some(most) = basis(item.id, item.state) else {
                continue;
            };
            assert!(
                item.status <= most,
                "{file}: {}: {}: {:?} above {most:?} ({:?})",
                c.name,
                item.id,
                item.status,
                item.state
            );
            waiting += usize::from(item.state == ItemState::NeedsInput && most < Status::V1);
        }
    }
    assert!(
        waiting > 0,
        "no waiting item below V1: the test proves nothing"
    );
}

/// A package written out says nothing of who entered it unless it was
/// entered in the app: an exported file said `false` of a package its
/// sender had typed (a user test). Read back, it is the user's again.
#[test]
fn a_package_written_out_names_no_user_flag_it_does_not_hold() {
    let mut p = engine().data.packages[0].clone();
    let text = serde_json::to_string(&p).unwrap();
    assert!(!text.contains("entered_by_user"), "{text}");
    let back = jiujiang_engine::incentives::package_from_json(&text).unwrap();
    assert_eq!(back.id, p.id);
    // Imported, it is the user's again (the app's flag, set on reading).
    assert!(back.entered_by_user);
    p.entered_by_user = true;
    let text = serde_json::to_string(&p).unwrap();
    assert!(text.contains("\"entered_by_user\":true"), "{text}");
}
