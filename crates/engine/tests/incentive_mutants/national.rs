//! The national items: HNTE tests, totals and options, FDI-02 and the land
//! floor, the 亩均 checks, the investment tiers.

use super::*;

// ---------------------------------------------------------------------------
// HNTE tests (INC-TAX-02, 高新技术企业认定管理办法 第十一条): each share must be
// "not lower than" its threshold, so a figure exactly at it passes.

// With 100 million invested: no small low-profit firm (whose 5 % would
// take the HNTE item's place).
const HNTE_OK: [(&str, &str); 6] = [
    ("invest.total_10k_cny", "10000"),
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
    has(&hnte.explanation.zh, "按15%而非25%计税");
    has(&hnte.explanation.en, "at 15% instead of 25%");
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
        "Does not meet the HNTE tests: S&T staff 9.96%, below 10%."
    );
}

#[test]
fn hnte_without_sales_fails_the_rd_test() {
    // No sales: the R&D share fails, not taken as infinite, and is said to
    // be beyond computing rather than "0%" (an advisor audit).
    let r = national(&with(&HNTE_OK, &[("finance.sales_10k_cny", "0")]));
    let hnte = item(&r, "INC-TAX-02");
    assert_eq!(hnte.state, ItemState::NotEligible);
    assert_eq!(
        hnte.explanation.en,
        "Does not meet the HNTE tests: No sales revenue: R&D as a share of sales cannot be computed, so that test is not met."
    );
}

#[test]
fn hnte_is_not_held_before_its_thresholds_are_in_force() {
    // The 2016 measures' thresholds do not exist in 2015: the item is not
    // held then, rather than eligible, or failing "below NaN%" (a review).
    let r = run(
        &engine().data,
        &project(&HNTE_OK),
        Date::new(2015, 6, 1),
        &[],
    );
    let hnte = item(&r, "INC-TAX-02");
    assert_eq!(hnte.state, ItemState::NotInForce);
    assert!(
        !hnte.explanation.en.contains("NaN"),
        "{:?}",
        hnte.explanation
    );
}

// ---------------------------------------------------------------------------
// Totals, rates and options.

#[test]
fn totals_add_both_ends_of_each_counted_item() {
    // Resource-utilisation income of 10 million: 10 % of it untaxed, at
    // 15 % (if HNTE) to 25 %: 150,000–250,000 a year.
    let r = national(&[
        ("finance.resource_income_10k_cny", "1000"),
        // Income enough for the cap to take nothing (without it, the cap
        // could take all: the cautious total starts at zero).
        ("finance.taxable_income_10k_cny", "100000"),
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
    has(&tax.explanation.zh, "每年 1.5 – 30 万元");
    has(&tax.explanation.en, "15,000 – 300,000 yuan a year");
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
    let p = project(&[
        ("finance.resource_income_10k_cny", "1000"),
        ("finance.taxable_income_10k_cny", "100000"),
    ]);
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
    // Taxable income enough to take the whole deduction in year one.
    let r = national_over(
        &[
            ("finance.equipment_10k_cny", "1000"),
            ("finance.taxable_income_10k_cny", "2000"),
        ],
        15,
    );
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
    // At most all of it; none if every item is on a non-exempt list.
    assert_range("encouraged", fdi.yearly[0], 0.0, 80_000.0);
}

fn land_floor_70(over: &[(&'static str, &'static str)]) -> ItemState {
    let base = [
        ("industry_code", "C3841"),
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
        ("industry_code", "C3841"),
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
fn land_floors_are_for_industrial_projects_only() {
    // A review saw a software firm and a property developer given the
    // industrial floor; mining, manufacturing and utilities keep it.
    for code in ["I6513", "K7010", "G5930"] {
        let r = national(&with(
            &[
                ("invest.land_mu", "30"),
                ("invest.land_grade", "4"),
                ("invest.land_intensive", "yes"),
                ("catalogue.class", "encouraged"),
            ],
            &[("industry_code", code)],
        ));
        for id in ["INC-LAND-01", "INC-LAND-02"] {
            let it = item(&r, id);
            assert_eq!(it.state, ItemState::NotApplicable, "{code} {id}");
            assert!(
                it.explanation.en.contains("industrial projects"),
                "{}",
                it.explanation.en
            );
        }
        // The land-use tax is every user's.
        assert_ne!(
            item(&r, "INC-TAX-05").state,
            ItemState::NotApplicable,
            "{code}"
        );
    }
    for code in ["B0610", "C3841", "D4411"] {
        assert_eq!(
            land_floor_70(&[("industry_code", code), ("catalogue.class", "encouraged")]),
            ItemState::Applies,
            "{code}"
        );
    }
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
        land_floor_70(&[
            ("foreign_invested", "no"),
            ("catalogue.class", "restricted")
        ]),
        ItemState::NotApplicable
    );
    // Not said whether it is foreign: the FDI catalogue could still make it
    // priority, so that is asked (it had been read as domestic).
    assert_eq!(
        land_floor_70(&[("catalogue.class", "restricted")]),
        ItemState::NeedsInput
    );
}

/// "Not foreign-invested" beside foreign capital: the land floor waits on
/// the two answers, as the rules do, and names both (a code review saw the
/// contradiction read as domestic here).
#[test]
fn land_floor_70_waits_on_a_contradicted_foreign_answer() {
    let over = [
        ("foreign_invested", "no"),
        ("invest.foreign_usd_10k", "500"),
        ("catalogue.class", "permitted"),
        ("catalogue.fdi_encouraged", "yes"),
    ];
    let base = [
        ("industry_code", "C3841"),
        ("invest.land_mu", "30"),
        ("invest.land_grade", "4"),
        ("invest.land_intensive", "yes"),
    ];
    let r = national(&with(&base, &over));
    let it = item(&r, "INC-LAND-02");
    assert_eq!(it.state, ItemState::NeedsInput);
    assert_eq!(it.missing, ["foreign_invested", "invest.foreign_usd_10k"]);
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
    has(&t.explanation.en, "converted");
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
            "Below the tier of 100 million yuan, or 10 million USD of foreign investment, in the tiers of Jiujiang's 2023 manufacturing plan.",
            "未达1亿元（或1000万美元外资）档",
        ),
        (
            "10000",
            1,
            "Tier 1: at least 100 million yuan, or 10 million USD of foreign investment, in the tiers of Jiujiang's 2023 manufacturing plan.",
            "1亿元以上（或外资1000万美元以上）项目",
        ),
        (
            "200000",
            2,
            "Tier 2: at least 2 billion yuan, or 100 million USD of foreign investment, in the tiers of Jiujiang's 2023 manufacturing plan.",
            "20亿元以上（或外资1亿美元以上）项目",
        ),
        (
            "500000",
            3,
            "Tier 3: at least 5 billion yuan, in the tiers of Jiujiang's 2023 manufacturing plan.",
            "50亿元以上项目",
        ),
    ] {
        // A domestic project: a foreign amount could lift none of these.
        let t = tier_of(&[("invest.total_10k_cny", total), ("foreign_invested", "no")]);
        assert_eq!(t.tier, Some(tier));
        // A yuan total is used as given: nothing converted.
        assert_eq!(t.explanation.en, en);
        assert!(t.explanation.zh.starts_with(zh), "{}", t.explanation.zh);
        assert!(t.explanation.zh.ends_with("招商分档）。"), "{}", t.explanation.zh);
    }
}

// ---------------------------------------------------------------------------

/// A horizon shorter than the machinery life keeps the one-off deduction a
/// timing item: what is paid back after the horizon is counted in its last
/// year (a review saw a 3-year horizon credit 31.5–52.5 million, the
/// year-one saving alone, "the same in total").
#[test]
fn a_short_horizon_counts_the_one_off_deductions_payback() {
    let fields = [
        ("finance.equipment_10k_cny", "1000"),
        ("finance.taxable_income_10k_cny", "2000"),
        ("invest.total_10k_cny", "100000"),
    ];
    let short = national_over(&fields, 3);
    let it = item(&short, "INC-TAX-04/one-off");
    // Over three years the total is what it is over the life: nothing.
    assert!(
        it.total.min.abs() < 1.0 && it.total.max.abs() < 1.0,
        "{:?}",
        it.total
    );
    // Year one is the same as over ten years.
    let long = national_over(&fields, 10);
    assert_eq!(it.yearly[0], item(&long, "INC-TAX-04/one-off").yearly[0]);
    has(&it.explanation.en, "counted in year 3");
}

/// Without the taxable income no income-tax saving is stated: a decisiveness
/// audit saw 150,000 stated as the floor, and an incentive audit the
/// resource-utilisation item counting 500,000 a year for a firm with none.
/// Resource income now asks for the income as the other items do, so the
/// totals start and end at zero and the cap has nothing to check.
#[test]
fn without_the_income_no_income_tax_saving_is_stated() {
    let r = national(&[("finance.resource_income_10k_cny", "1000")]);
    let resource = item(&r, "INC-TAX-04/resource-income");
    assert_eq!(resource.state, ItemState::NeedsInput);
    assert!(resource.missing.contains(&"finance.taxable_income_10k_cny"));
    assert_ne!(item(&r, "INC-TAX-01/cap").state, ItemState::Applies);
    assert_range("total year 1", r.yearly[0], 0.0, 0.0);
}
