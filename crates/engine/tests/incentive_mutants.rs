//! Behaviour of the incentive estimate that the golden cases do not pin:
//! thresholds met exactly, the figures in explanations, the totals, the
//! land (亩均) checks, the investment tiers, local items' conditions, caps,
//! bands and stacking, and the validation of packages staff enter. Written
//! against the survivors of `cargo mutants` on `src/incentives/`; each test
//! states the documented behaviour, not the mutant.

mod common;
use common::*;
use jiujiang_engine::data_types::Package;
use jiujiang_engine::incentives::{
    estimate, validate, IncentiveReport, ItemResult, ItemState, Options,
};
use jiujiang_engine::{Date, Outcome, Project, RuleData, Status};
use serde_json::{json, Value};

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-6_f64.max(b.abs() * 1e-9)
}

fn assert_range(what: &str, got: jiujiang_engine::incentives::Range, min: f64, max: f64) {
    assert!(
        close(got.min, min) && close(got.max, max),
        "{what}: expected [{min}, {max}], got [{}, {}]",
        got.min,
        got.max
    );
}

fn project(fields: &[(&str, &str)]) -> Project {
    valid_project(fields.iter().copied())
}

fn run<'a>(
    data: &'a RuleData,
    p: &Project,
    as_of: Date,
    packages: &[&'a Package],
) -> IncentiveReport<'a> {
    estimate(
        data,
        p,
        as_of,
        Outcome::Allowed,
        packages,
        Options::default(),
    )
}

fn item<'r, 'a>(r: &'r IncentiveReport<'a>, id: &str) -> &'r ItemResult<'a> {
    r.items
        .iter()
        .find(|i| i.id == id)
        .unwrap_or_else(|| panic!("{id} not in the report"))
}

/// The national items only, on the default day.
fn national(fields: &[(&str, &str)]) -> IncentiveReport<'static> {
    run(&engine().data, &project(fields), DEFAULT_AS_OF, &[])
}

// ---------------------------------------------------------------------------
// Packages built in the test (the app's JSON format): no bundled data needed.

/// A package item in force since 2020 that applies to every project and pays
/// 50,000–80,000 yuan once; `extra` overrides or adds fields.
fn item_json(id: &str, extra: Value) -> Value {
    let mut v = json!({
        "id": id,
        "title": { "zh": "测试项（虚构）", "en": "" },
        "amount": { "kind": "fixed", "min_cny": 50000.0, "max_cny": 80000.0 },
        "timing": { "kind": "once" },
        "effective_from": "2020-01-01",
        "legal_basis": [{ "document": "测试文件（虚构）", "status": "V2" }],
        "status": "in_force",
        "note": { "zh": "", "en": "" }
    });
    if let (Some(obj), Value::Object(extra)) = (v.as_object_mut(), extra) {
        obj.extend(extra);
    }
    v
}

fn package_json(items: Vec<Value>) -> Value {
    json!({
        "id": "test-park",
        "name": { "zh": "测试园区优惠包（虚构）", "en": "" },
        "level": "park",
        "region": "测试园区",
        "last_verified": "2026-11-23",
        "items": items
    })
}

/// A package as read from JSON, not validated (validation is tested apart).
fn package(v: Value) -> Package {
    serde_json::from_value(v).expect("a package in the JSON format")
}

fn one_item_package(extra: Value) -> Package {
    package(package_json(vec![item_json("INC-LOCAL-06/test", extra)]))
}

/// The one local item of a one-item package, for `fields` on the default day.
fn local_item(extra: Value, fields: &[(&str, &str)]) -> (ItemState, ItemResult<'static>) {
    let p: &'static Package = Box::leak(Box::new(one_item_package(extra)));
    let r = run(&engine().data, &project(fields), DEFAULT_AS_OF, &[p]);
    let it = item(&r, "INC-LOCAL-06/test").clone();
    (it.state, it)
}

// ---------------------------------------------------------------------------
// HNTE tests (INC-TAX-02, 高新技术企业认定管理办法 第十一条): each share must be
// "not lower than" its threshold, so a figure exactly at it passes.

const HNTE_OK: [(&str, &str); 5] = [
    ("finance.sales_10k_cny", "1000"),
    ("finance.rd_10k_cny", "50"),
    ("finance.st_staff_pct", "10"),
    ("finance.hitech_income_pct", "60"),
    ("finance.taxable_income_10k_cny", "100"),
];

fn with(
    base: &[(&'static str, &'static str)],
    over: &[(&'static str, &'static str)],
) -> Vec<(&'static str, &'static str)> {
    let mut v: Vec<_> = base
        .iter()
        .filter(|(k, _)| !over.iter().any(|(o, _)| o == k))
        .copied()
        .collect();
    v.extend_from_slice(over);
    v
}

#[test]
fn hnte_shares_exactly_at_their_thresholds_pass() {
    // Sales of 10 million (≤ 50 million: 5 %), R&D exactly 5 %, S&T staff
    // exactly 10 %, high-tech income exactly 60 %.
    let r = national(&HNTE_OK);
    let hnte = item(&r, "INC-TAX-02");
    assert_eq!(
        hnte.state,
        ItemState::EligibleIfCertified,
        "{}",
        hnte.explanation.en
    );
    // 1 million taxable income at 15 % instead of 25 %: 100,000 a year,
    // from zero (certification is not assured).
    assert_range("HNTE year 1", hnte.yearly[0], 0.0, 100_000.0);
    assert_range("HNTE total", hnte.total, 0.0, 1_000_000.0);
    assert!(
        hnte.explanation.zh.contains("按15%而非25%计税"),
        "{}",
        hnte.explanation.zh
    );
    assert!(
        hnte.explanation.en.contains("at 15% instead of 25%"),
        "{}",
        hnte.explanation.en
    );
}

#[test]
fn hnte_rd_share_below_its_band_fails_with_the_figures() {
    // Sales of exactly 200 million are still in the 50–200 million band (4 %);
    // R&D of 7 million is 3.5 %.
    let r = national(&with(
        &HNTE_OK,
        &[
            ("finance.sales_10k_cny", "20000"),
            ("finance.rd_10k_cny", "700"),
        ],
    ));
    let hnte = item(&r, "INC-TAX-02");
    assert_eq!(hnte.state, ItemState::NotEligible);
    assert_eq!(
        hnte.explanation.en,
        "Does not meet the HNTE tests: R&D is 3.5% of sales, below 4%."
    );
    assert_eq!(
        hnte.explanation.zh,
        "不符合高新技术企业条件：研发费用占销售收入3.5%，低于4%。"
    );
    // Above 200 million the 3 % band applies and 3.5 % passes.
    let r = national(&with(
        &HNTE_OK,
        &[
            ("finance.sales_10k_cny", "20001"),
            ("finance.rd_10k_cny", "700"),
        ],
    ));
    assert_eq!(item(&r, "INC-TAX-02").state, ItemState::EligibleIfCertified);
}

#[test]
fn hnte_high_tech_income_share_is_read_as_a_percentage() {
    let r = national(&with(&HNTE_OK, &[("finance.hitech_income_pct", "50")]));
    let hnte = item(&r, "INC-TAX-02");
    assert_eq!(hnte.state, ItemState::NotEligible);
    assert_eq!(
        hnte.explanation.en,
        "Does not meet the HNTE tests: High-tech income 50%, below 60%."
    );
    let r = national(&with(&HNTE_OK, &[("finance.st_staff_pct", "9.96")]));
    assert_eq!(
        item(&r, "INC-TAX-02").explanation.en,
        "Does not meet the HNTE tests: S&T staff 10%, below 10%."
    );
}

#[test]
fn hnte_without_sales_fails_the_rd_test() {
    // No sales: the R&D share is taken as zero, not as infinite.
    let r = national(&with(&HNTE_OK, &[("finance.sales_10k_cny", "0")]));
    let hnte = item(&r, "INC-TAX-02");
    assert_eq!(hnte.state, ItemState::NotEligible);
    assert_eq!(
        hnte.explanation.en,
        "Does not meet the HNTE tests: R&D is 0% of sales, below 5%."
    );
}

#[test]
fn hnte_tests_fail_when_their_thresholds_are_not_yet_in_force() {
    // The 2016 measures' thresholds do not exist in 2015: every test fails
    // rather than passing silently.
    let r = run(
        &engine().data,
        &project(&HNTE_OK),
        Date::new(2015, 6, 1),
        &[],
    );
    let hnte = item(&r, "INC-TAX-02");
    assert_eq!(hnte.state, ItemState::NotEligible);
    let en = &hnte.explanation.en;
    assert!(en.contains("R&D is 5% of sales"), "{en}");
    assert!(en.contains("S&T staff 10%"), "{en}");
    assert!(en.contains("High-tech income 60%"), "{en}");
}

// ---------------------------------------------------------------------------
// Totals, rates and options.

#[test]
fn totals_add_both_ends_of_each_counted_item() {
    // Resource-utilisation income of 10 million: 10 % of it untaxed, at
    // 15 % (if HNTE) to 25 %: 150,000–250,000 a year.
    let r = national(&[
        ("finance.resource_income_10k_cny", "1000"),
        // A cost item that counts in costs_total only.
        ("invest.land_mu", "15"),
        ("invest.city_size", "large"),
    ]);
    let ri = item(&r, "INC-TAX-04/resource-income");
    assert_eq!(ri.state, ItemState::Applies);
    assert_range("resource income year 1", ri.yearly[0], 150_000.0, 250_000.0);
    assert_eq!(
        ri.params,
        [
            "INC-TAX-04.resource_income_share",
            "INC-TAX-01.standard_rate",
            "INC-TAX-01.hnte_rate"
        ]
    );
    assert_eq!(
        ri.explanation.zh,
        "资源综合利用收入 1,000 万元 只按90%计入收入，每年少缴 15 – 25 万元。"
    );
    assert_eq!(
        ri.explanation.en,
        "Only 90% of the 10 million yuan resource-utilisation income is counted: 150,000 – 250,000 yuan less tax a year."
    );
    assert_range("report year 1", r.yearly[0], 150_000.0, 250_000.0);
    assert_range("report total", r.total, 1_500_000.0, 2_500_000.0);
    let pv: f64 = (1..=10).map(|y| 1.0 / 1.08f64.powi(y)).sum();
    assert_range(
        "report present value",
        r.present_value,
        150_000.0 * pv,
        250_000.0 * pv,
    );
    // 15 mu = 10,000 m² at 1.5–30 yuan a year: a cost, outside the savings.
    let tax = item(&r, "INC-TAX-05");
    assert_eq!(tax.state, ItemState::Applies);
    assert_range("land-use tax year 1", tax.yearly[0], 15_000.0, 300_000.0);
    assert_range("costs", r.costs_total, 150_000.0, 3_000_000.0);
    assert!(
        tax.explanation.zh.contains("每年 1.5 – 30 万元"),
        "{}",
        tax.explanation.zh
    );
    assert!(
        tax.explanation.en.contains("15,000 – 300,000 yuan a year"),
        "{}",
        tax.explanation.en
    );
}

#[test]
fn costs_alone_leave_the_savings_total_at_zero() {
    let r = national(&[("invest.land_mu", "15"), ("invest.city_size", "small")]);
    assert_eq!(item(&r, "INC-TAX-05").state, ItemState::Applies);
    assert_range("costs", r.costs_total, 90_000.0, 1_800_000.0);
    assert_range("total", r.total, 0.0, 0.0);
    assert_range("present value", r.present_value, 0.0, 0.0);
}

#[test]
fn the_report_states_the_horizon_it_used() {
    let p = project(&[("finance.resource_income_10k_cny", "1000")]);
    for (asked, used) in [(0, 1), (3, 3), (99, 30)] {
        let r = estimate(
            &engine().data,
            &p,
            DEFAULT_AS_OF,
            Outcome::Allowed,
            &[],
            Options {
                horizon_years: asked,
                discount_rate: 0.0,
            },
        );
        assert_eq!(r.options.horizon_years, used, "asked {asked}");
        assert_eq!(r.yearly.len(), used as usize);
        assert_range(
            "total",
            r.total,
            150_000.0 * used as f64,
            250_000.0 * used as f64,
        );
    }
}

fn national_over(fields: &[(&str, &str)], years: u32) -> IncentiveReport<'static> {
    estimate(
        &engine().data,
        &project(fields),
        DEFAULT_AS_OF,
        Outcome::Allowed,
        &[],
        Options {
            horizon_years: years,
            discount_rate: 0.08,
        },
    )
}

#[test]
fn the_one_off_deduction_is_paid_back_over_the_machinery_life_only() {
    // 10 million of equipment deducted at once instead of over 10 years:
    // 0.9 of it earlier in year one, a tenth back in each of years 2–10,
    // nothing after; at 15 % (if HNTE) to 25 %.
    let r = national_over(&[("finance.equipment_10k_cny", "1000")], 15);
    let it = item(&r, "INC-TAX-04/one-off");
    assert_eq!(it.state, ItemState::Applies);
    assert_eq!(it.yearly.len(), 15);
    assert_range("year 1", it.yearly[0], 1_350_000.0, 2_250_000.0);
    for y in 1..10 {
        assert_range(
            &format!("year {}", y + 1),
            it.yearly[y],
            -250_000.0,
            -150_000.0,
        );
    }
    for y in 10..15 {
        assert_range(&format!("year {}", y + 1), it.yearly[y], 0.0, 0.0);
    }
    assert_range("total", it.total, 0.0, 0.0);
}

#[test]
fn the_equipment_credit_is_used_in_its_year_and_five_more() {
    // A credit of 1 million (10 % of 10 million) against 100,000 (25 %) or
    // 60,000 (15 %) of tax a year: used in year one and carried forward
    // five years, then it lapses.
    let r = national_over(
        &[
            ("finance.env_equipment_10k_cny", "1000"),
            ("finance.taxable_income_10k_cny", "40"),
        ],
        10,
    );
    let it = item(&r, "INC-TAX-04/env-credit");
    assert_eq!(it.state, ItemState::Applies);
    for y in 0..6 {
        assert_range(
            &format!("year {}", y + 1),
            it.yearly[y],
            60_000.0,
            100_000.0,
        );
    }
    for y in 6..10 {
        assert_range(&format!("year {}", y + 1), it.yearly[y], 0.0, 0.0);
    }
    assert_range("total", it.total, 360_000.0, 600_000.0);
}

// ---------------------------------------------------------------------------
// FDI-02 and the 70 % land floor (INC-LAND-02).

#[test]
fn duty_exemption_needs_the_encouraged_catalogue() {
    let base = [
        ("foreign_invested", "yes"),
        ("finance.imported_equipment_10k_cny", "100"),
        ("finance.duty_rate_pct", "8"),
    ];
    let r = national(&with(&base, &[("catalogue.fdi_encouraged", "no")]));
    let fdi = item(&r, "FDI-02");
    assert_eq!(fdi.state, ItemState::NotEligible);
    assert_range("not encouraged", fdi.total, 0.0, 0.0);
    let r = national(&with(&base, &[("catalogue.fdi_encouraged", "yes")]));
    let fdi = item(&r, "FDI-02");
    assert_eq!(fdi.state, ItemState::Applies);
    assert_range("encouraged", fdi.yearly[0], 80_000.0, 80_000.0);
}

fn land_floor_70(over: &[(&'static str, &'static str)]) -> ItemState {
    let base = [
        ("invest.land_mu", "30"),
        ("invest.land_grade", "4"),
        ("invest.land_intensive", "yes"),
    ];
    let r = national(&with(&base, over));
    item(&r, "INC-LAND-02").state
}

#[test]
fn land_floor_is_the_grade_price_times_the_area() {
    // Grade 4: 480 yuan/m²; 30 mu = 20,000 m²: a floor of 9.6 million, and
    // up to 30 % of it off for an encouraged, land-intensive project.
    let r = national(&[
        ("invest.land_mu", "30"),
        ("invest.land_grade", "4"),
        ("invest.land_intensive", "yes"),
        ("catalogue.class", "encouraged"),
    ]);
    let floor = item(&r, "INC-LAND-01");
    assert_eq!(floor.state, ItemState::Applies);
    assert_range("floor", floor.yearly[0], 9_600_000.0, 9_600_000.0);
    assert_range("floor total", floor.total, 9_600_000.0, 9_600_000.0);
    assert!(
        floor.explanation.en.contains("(20,000 m²)"),
        "{}",
        floor.explanation.en
    );
    let cut = item(&r, "INC-LAND-02");
    assert_eq!(cut.state, ItemState::Applies);
    assert_range("70 % floor", cut.yearly[0], 0.0, 2_880_000.0);
}

#[test]
fn land_floor_70_follows_the_class_for_domestic_projects() {
    // A domestic project counts as priority only by the encouraged class;
    // the FDI catalogue is not its test.
    assert_eq!(
        land_floor_70(&[("catalogue.class", "encouraged")]),
        ItemState::Applies
    );
    assert_eq!(
        land_floor_70(&[
            ("foreign_invested", "no"),
            ("catalogue.class", "permitted"),
            ("catalogue.fdi_encouraged", "yes"),
        ]),
        ItemState::NotApplicable
    );
    assert_eq!(
        land_floor_70(&[("foreign_invested", "no"), ("catalogue.class", "permitted")]),
        ItemState::NotApplicable
    );
    assert_eq!(
        land_floor_70(&[("catalogue.class", "restricted")]),
        ItemState::NotApplicable
    );
}

#[test]
fn land_floor_70_follows_the_fdi_catalogue_for_foreign_projects() {
    assert_eq!(
        land_floor_70(&[
            ("foreign_invested", "yes"),
            ("catalogue.class", "permitted"),
            ("catalogue.fdi_encouraged", "yes"),
        ]),
        ItemState::Applies
    );
    assert_eq!(
        land_floor_70(&[
            ("foreign_invested", "yes"),
            ("catalogue.class", "permitted"),
            ("catalogue.fdi_encouraged", "no"),
        ]),
        ItemState::NotApplicable
    );
    // Not encouraged by class, and the FDI catalogue not answered: open.
    // (Which field it asks for is not pinned here: it names catalogue.class,
    // already answered, where catalogue.fdi_encouraged is what is missing.)
    assert_eq!(
        land_floor_70(&[
            ("foreign_invested", "yes"),
            ("catalogue.class", "permitted")
        ]),
        ItemState::NeedsInput
    );
}

// ---------------------------------------------------------------------------
// The 亩均 / 标准地 checks of a package's standard_land.

fn land_package() -> Package {
    let mut v = package_json(vec![]);
    v["standard_land"] = json!({
        "min_investment_10k_per_mu": 300,
        "min_tax_10k_per_mu": 20,
        "min_output_10k_per_mu": 500,
        "min_floor_area_ratio": 1.2,
        "historical": false,
        "basis": { "document": "测试：标准地出让条件（虚构）", "status": "U" }
    });
    package(v)
}

#[test]
fn land_checks_compare_per_mu_figures_and_the_plot_ratio() {
    let pkg = land_package();
    let p = project(&[
        ("invest.land_mu", "10"),
        ("invest.fixed_assets_10k_cny", "3000"),
        ("finance.tax_paid_10k_cny", "150"),
        ("finance.output_10k_cny", "6000"),
        ("invest.floor_area_ratio", "1.5"),
    ]);
    let r = run(&engine().data, &p, DEFAULT_AS_OF, &[&pkg]);
    let got: Vec<_> = r
        .land_checks
        .iter()
        .map(|c| {
            (
                c.what.en.as_str(),
                c.value,
                c.threshold,
                c.meets,
                c.per_mu_money,
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            // 3,000 万元 over 10 亩: exactly the 300 万元/亩 required, which meets it.
            ("Investment intensity", Some(300.0), 300.0, Some(true), true),
            ("Tax per mu", Some(15.0), 20.0, Some(false), true),
            ("Output per mu", Some(600.0), 500.0, Some(true), true),
            // The plot ratio is not divided by the area.
            ("Floor-area ratio", Some(1.5), 1.2, Some(true), false),
        ]
    );
    assert!(r.land_checks.iter().all(|c| c.missing.is_empty()));
    assert!(r.land_checks.iter().all(|c| c.source.en.is_empty()
        && c.source.zh == "测试园区优惠包（虚构）"
        && !c.historical));
    let money = &r.land_checks[0];
    let f = money.figure(300.0);
    assert_eq!(
        (f.zh.as_str(), f.en.as_str()),
        ("300 万元/亩", "3 million yuan per mu")
    );
    let ratio = &r.land_checks[3];
    let f = ratio.figure(1.25);
    assert_eq!((f.zh.as_str(), f.en.as_str()), ("1.25", "1.25"));
}

#[test]
fn land_checks_without_a_usable_area_ask_for_it() {
    let pkg = land_package();
    for area in ["0", ""] {
        let p = project(&[
            ("invest.land_mu", area),
            ("invest.fixed_assets_10k_cny", "3000"),
            ("finance.tax_paid_10k_cny", "150"),
            ("finance.output_10k_cny", "6000"),
            ("invest.floor_area_ratio", "1.5"),
        ]);
        let r = run(&engine().data, &p, DEFAULT_AS_OF, &[&pkg]);
        assert_eq!(r.land_checks.len(), 4);
        for c in &r.land_checks[..3] {
            assert_eq!(c.value, None, "{}: area {area:?}", c.what.en);
            assert_eq!(c.meets, None);
            assert_eq!(c.missing, ["invest.land_mu"]);
        }
        assert_eq!(r.land_checks[3].value, Some(1.5));
    }
}

// ---------------------------------------------------------------------------
// Investment tiers (seed 002).

fn tier_of(fields: &[(&str, &str)]) -> jiujiang_engine::incentives::TierResult {
    national(fields).tier
}

#[test]
fn a_foreign_amount_alone_is_converted_for_the_yuan_tiers() {
    // 800 million USD at the default 7.1: 5.68 billion yuan, tier 3 (the
    // USD tiers stop at tier 2).
    let t = tier_of(&[("invest.foreign_usd_10k", "80000")]);
    assert_eq!(t.tier, Some(3));
    assert!(
        t.explanation.en.contains("converted"),
        "{}",
        t.explanation.en
    );
    // At a stated 6 yuan to the dollar it is 4.8 billion: tier 2.
    let t = tier_of(&[
        ("invest.foreign_usd_10k", "80000"),
        ("invest.cny_per_usd", "6"),
    ]);
    assert_eq!(t.tier, Some(2));
}

#[test]
fn a_yuan_total_given_with_a_foreign_amount_is_not_converted() {
    // 90 million yuan, but 15 million USD foreign: tier 1 by the USD figure,
    // and the yuan figure is the one given.
    let t = tier_of(&[
        ("invest.total_10k_cny", "9000"),
        ("invest.foreign_usd_10k", "1500"),
    ]);
    assert_eq!(t.tier, Some(1));
    assert!(
        !t.explanation.en.contains("converted") && !t.explanation.zh.contains("折算"),
        "{:?}",
        t.explanation
    );
}

#[test]
fn each_tier_is_named_in_its_explanation() {
    for (total, tier, en, zh) in [
        (
            "9999",
            0,
            "Below the 100-million-yuan (10-million-USD foreign) tier (tiers of Jiujiang's 2023 manufacturing plan).",
            "未达1亿元（或1000万美元外资）档",
        ),
        (
            "10000",
            1,
            "Tier 1: at least 100 million yuan (or 10 million USD foreign) (tiers of Jiujiang's 2023 manufacturing plan).",
            "亿元以上（或外资1000万美元以上）项目",
        ),
        (
            "200000",
            2,
            "Tier 2: at least 2 billion yuan (or 100 million USD foreign) (tiers of Jiujiang's 2023 manufacturing plan).",
            "20亿元以上（或外资1亿美元以上）项目",
        ),
        (
            "500000",
            3,
            "Tier 3: at least 5 billion yuan (tiers of Jiujiang's 2023 manufacturing plan).",
            "50亿元以上项目",
        ),
    ] {
        let t = tier_of(&[("invest.total_10k_cny", total)]);
        assert_eq!(t.tier, Some(tier));
        // A yuan total is used as given: nothing converted.
        assert_eq!(t.explanation.en, en);
        assert!(t.explanation.zh.starts_with(zh), "{}", t.explanation.zh);
        assert!(t.explanation.zh.ends_with("招商分档）。"), "{}", t.explanation.zh);
    }
}

// ---------------------------------------------------------------------------
// Local items: conditions, amounts, caps, bands, stacking.

#[test]
fn local_item_amount_is_shown_as_a_range_in_each_language() {
    let (state, it) = local_item(json!({}), &[]);
    assert_eq!(state, ItemState::Applies);
    assert_range("year 1", it.yearly[0], 50_000.0, 80_000.0);
    assert_eq!(it.explanation.zh, "按本项规定：5 – 8 万元（一次性）。");
    assert_eq!(
        it.explanation.en,
        "By this item: 50,000 – 80,000 yuan (once)."
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
        &[("invest.total_10k_cny", "9999")],
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
    assert!(
        smaller.explanation.en.contains("INC-LOCAL-06/a-small"),
        "{}",
        smaller.explanation.en
    );
    assert_range("total", r.total, 300_000.0, 300_000.0);
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

// ---------------------------------------------------------------------------
// Validation of packages staff enter or import.

fn problems(v: Value) -> Vec<(String, String)> {
    validate(&package(v))
        .into_iter()
        .map(|(at, t)| (at, t.en))
        .collect()
}

/// The problems of a one-item package whose item has `extra`.
fn item_problems(extra: Value) -> Vec<(String, String)> {
    problems(package_json(vec![item_json("INC-LOCAL-06/test", extra)]))
}

fn at(at: &str, en: &str) -> (String, String) {
    (at.to_string(), en.to_string())
}

#[test]
fn a_package_named_in_one_language_with_a_one_day_item_is_valid() {
    // Name in Chinese only, the item titled in English only, in force for
    // a single day, an amount of zero and a band open at the top.
    let v = package_json(vec![
        item_json(
            "INC-LOCAL-06/one-day",
            json!({
                "title": { "zh": "", "en": "One day" },
                "effective_from": "2026-05-01",
                "effective_to": "2026-05-01",
                "cap_cny": 0.0
            }),
        ),
        item_json(
            "INC-LOCAL-06/bands",
            json!({
                "amount": { "kind": "tiered_by_investment", "tiers": [
                    { "min_cny": 0.0, "max_cny": 1e8, "fixed_cny": 0.0 },
                    { "min_cny": 1e8, "per_mu_cny": 10000.0 }
                ] },
                "timing": { "kind": "yearly", "years": 30 },
                "when": [{ "min_jobs": 0.0, "min_tier": 3 }]
            }),
        ),
    ]);
    assert_eq!(problems(v.clone()), []);
    let p = jiujiang_engine::incentives::package_from_json(&v.to_string()).expect("valid");
    assert!(p.entered_by_user);
}

#[test]
fn missing_names_ids_and_bases_are_reported_where_they_are() {
    let mut v = package_json(vec![
        item_json(
            "",
            json!({ "title": { "zh": " ", "en": "" }, "legal_basis": [] }),
        ),
        item_json(
            "INC-LOCAL-06/x",
            json!({ "legal_basis": [{ "document": " ", "status": "U" }] }),
        ),
        item_json("INC-LOCAL-06/x", json!({ "replaces": ["INC-LOCAL-06/x"] })),
    ]);
    v["id"] = json!(" ");
    v["name"] = json!({ "zh": "", "en": " " });
    assert_eq!(
        problems(v),
        [
            at("id", "The id is missing."),
            at("name", "The name is missing."),
            at("items[0].id", "The id is missing."),
            at("items[0].title", "The title is missing."),
            at(
                "items[0].legal_basis",
                "Every item needs the document it rests on."
            ),
            at(
                "items[1].legal_basis",
                "Every item needs the document it rests on."
            ),
            at("items[2].id", "Duplicate id."),
            at("items[2].replaces", "An item cannot replace itself."),
        ]
    );
}

#[test]
fn an_item_ending_before_it_starts_is_reported() {
    assert_eq!(
        item_problems(json!({ "effective_to": "2019-12-31" })),
        [at("items[0].effective_to", "It ends before it starts.")]
    );
}

#[test]
fn negative_or_inconsistent_amounts_are_reported() {
    let cap = at("items[0].cap_cny", "The cap must be a non-negative number.");
    let rate = at(
        "items[0].amount.rate",
        "The share must be between 0 and 1 (0.03 for 3%).",
    );
    let cny = at(
        "items[0].amount.cny",
        "The amount must be a non-negative number.",
    );
    let fixed = at(
        "items[0].amount",
        "Amounts must be non-negative, the minimum no more than the maximum.",
    );
    let cases = [
        (json!({ "cap_cny": -1.0 }), vec![cap]),
        (
            json!({ "amount": { "kind": "pct_of_fixed_assets", "rate": 1.5 } }),
            vec![rate.clone()],
        ),
        (
            json!({ "amount": { "kind": "pct_of_fixed_assets", "rate": -0.01 } }),
            vec![rate],
        ),
        (
            json!({ "amount": { "kind": "pct_of_fixed_assets", "rate": 1.0 } }),
            vec![],
        ),
        (
            json!({ "amount": { "kind": "per_mu", "cny": -5.0 } }),
            vec![cny.clone()],
        ),
        (
            json!({ "amount": { "kind": "per_job", "cny": -5.0 } }),
            vec![cny],
        ),
        (
            json!({ "amount": { "kind": "per_job", "cny": 0.0 } }),
            vec![],
        ),
        (
            json!({ "amount": { "kind": "fixed", "min_cny": 10.0, "max_cny": 5.0 } }),
            vec![fixed.clone()],
        ),
        (
            json!({ "amount": { "kind": "fixed", "min_cny": -1.0, "max_cny": 5.0 } }),
            vec![fixed.clone()],
        ),
        (
            json!({ "amount": { "kind": "fixed", "min_cny": 1.0, "max_cny": -5.0 } }),
            vec![fixed],
        ),
        (
            json!({ "amount": { "kind": "fixed", "min_cny": 5.0, "max_cny": 5.0 } }),
            vec![],
        ),
    ];
    for (extra, expected) in cases {
        assert_eq!(item_problems(extra.clone()), expected, "{extra}");
    }
}

#[test]
fn bad_investment_bands_are_reported() {
    let band = |k: usize| {
        at(
            &format!("items[0].amount.tiers[{k}]"),
            "Each band needs a non-negative minimum, a maximum above it, and a per-mu or fixed amount.",
        )
    };
    let overlap = |k: usize| {
        at(
            &format!("items[0].amount.tiers[{k}]"),
            "Bands must rise with the investment and not overlap.",
        )
    };
    let tiers = |t: Value| json!({ "amount": { "kind": "tiered_by_investment", "tiers": t } });
    let cases = [
        (
            json!([]),
            vec![at("items[0].amount.tiers", "At least one band is needed.")],
        ),
        (
            json!([{ "min_cny": -1.0, "per_mu_cny": 100.0 }]),
            vec![band(0)],
        ),
        (
            json!([{ "min_cny": -1.0, "fixed_cny": 100.0 }]),
            vec![band(0)],
        ),
        (
            json!([{ "min_cny": 10.0, "max_cny": 5.0, "fixed_cny": 1.0 }]),
            vec![band(0)],
        ),
        (
            json!([{ "min_cny": 10.0, "max_cny": 10.0, "fixed_cny": 1.0 }]),
            vec![band(0)],
        ),
        (
            json!([{ "min_cny": 0.0, "max_cny": -1.0, "fixed_cny": 1.0 }]),
            vec![band(0)],
        ),
        (
            json!([{ "min_cny": 0.0, "per_mu_cny": -1.0 }]),
            vec![band(0)],
        ),
        (
            json!([{ "min_cny": 0.0, "fixed_cny": -1.0 }]),
            vec![band(0)],
        ),
        (
            json!([{ "min_cny": 0.0, "per_mu_cny": 1.0, "fixed_cny": -1.0 }]),
            vec![band(0)],
        ),
        (json!([{ "min_cny": 0.0 }]), vec![band(0)]),
        (
            json!([{ "min_cny": 0.0, "max_cny": 10.0, "fixed_cny": 1.0 },
                   { "min_cny": 5.0, "fixed_cny": 1.0 }]),
            vec![overlap(1)],
        ),
        (
            json!([{ "min_cny": 0.0, "fixed_cny": 1.0 },
                   { "min_cny": 5.0, "fixed_cny": 1.0 }]),
            vec![overlap(1)],
        ),
        (
            json!([{ "min_cny": 0.0, "max_cny": 10.0, "fixed_cny": 1.0 },
                   { "min_cny": 10.0, "max_cny": 20.0, "per_mu_cny": 1.0, "fixed_cny": 2.0 }]),
            vec![],
        ),
    ];
    for (t, expected) in cases {
        assert_eq!(item_problems(tiers(t.clone())), expected, "{t}");
    }
}

#[test]
fn timing_and_condition_numbers_are_checked() {
    let years = at("items[0].timing.years", "Years must be between 1 and 30.");
    let when = at(
        "items[0].when",
        "Numbers in conditions must be non-negative.",
    );
    let tier = at("items[0].when.min_tier", "The tier must be 1, 2 or 3.");
    let cases = [
        (
            json!({ "timing": { "kind": "yearly", "years": 0 } }),
            vec![years.clone()],
        ),
        (
            json!({ "timing": { "kind": "yearly", "years": 31 } }),
            vec![years],
        ),
        (
            json!({ "timing": { "kind": "yearly", "years": 1 } }),
            vec![],
        ),
        (
            json!({ "when": [{ "min_jobs": -1.0 }] }),
            vec![when.clone()],
        ),
        (
            json!({ "when": [{ "min_sales_cny": -1.0 }] }),
            vec![when.clone()],
        ),
        (
            json!({ "when": [{ "min_fixed_assets_cny": -1.0 }] }),
            vec![when],
        ),
        (json!({ "when": [{ "min_tier": 0 }] }), vec![tier.clone()]),
        (json!({ "when": [{ "min_tier": 4 }] }), vec![tier]),
        (json!({ "when": [{ "min_tier": 1 }] }), vec![]),
    ];
    for (extra, expected) in cases {
        assert_eq!(item_problems(extra.clone()), expected, "{extra}");
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
