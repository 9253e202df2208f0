//! What the incentive totals say about themselves: the items inside them
//! that rest on an unverified source.

mod common;
use common::*;
use jiujiang_engine::data_types::ItemKind;
use jiujiang_engine::incentives::Options;
use jiujiang_engine::Status;

/// The items of the totals that rest on an unverified source are named with
/// their present value, so a total is never shown as certain while part of
/// it is [U]; an estimate with none names none.
#[test]
fn unverified_items_in_the_totals_are_named_with_their_value() {
    let e = engine();
    // The equipment deduction's case of data/incentive-cases/national.toml.
    let lead = valid_project([
        ("industry_code", "C3981"),
        ("action", "new"),
        ("finance.equipment_10k_cny", "1000"),
        ("finance.taxable_income_10k_cny", "2000"),
        ("finance.sales_10k_cny", "10000"),
        ("finance.rd_10k_cny", "100"),
        ("finance.st_staff_pct", "5"),
        ("finance.hitech_income_pct", "10"),
    ]);
    // In 2020 the R&D deduction rests on 财税〔2018〕99号, read only second
    // hand [U] (the one-off deduction was [U] until its machinery life was
    // verified in the 2026-12 audit).
    let as_of = jiujiang_engine::Date::new(2020, 6, 1);
    let report = e.screen(&lead, as_of);
    let r = e.incentives(&lead, &report, &[], Options::default());
    let (ids, pv) = r.unverified_in_totals();
    let counted_u: Vec<_> = (r.items.iter())
        .filter(|i| i.state.counts() && i.kind != ItemKind::Cost && i.status == Status::U)
        .collect();
    assert!(
        !counted_u.is_empty(),
        "the lead counts no [U] item: the test needs another"
    );
    assert_eq!(ids, counted_u.iter().map(|i| i.id).collect::<Vec<_>>());
    // The [U] item of this case, by name: the R&D deduction.
    assert!(ids.contains(&"INC-TAX-03"), "{ids:?}");
    let sum: f64 = counted_u.iter().map(|i| i.present_value.max).sum();
    assert!(
        (pv.max - sum).abs() < 1e-6 && pv.max > 0.0,
        "{pv:?} against {sum}"
    );
    // (Summed in another order: equal within rounding when every counted
    // item is [U].)
    assert!(pv.max <= r.present_value.max + 1e-6);
    // Without the inputs that make such items count, nothing is named.
    let bare = valid_project([("industry_code", "I6513"), ("action", "new")]);
    let r = e.incentives(&bare, &e.screen(&bare, as_of), &[], Options::default());
    assert!(r.unverified_in_totals().0.is_empty());
}

/// A prohibition that rests on an unverified rule blocks the incentives only
/// once confirmed, and says so (user test, 2026-12-05: a chemical plant
/// outside a park, prohibited by CHP-01 [U], was told flatly that nothing
/// was obtainable): each figure runs from 0 to what it would be unblocked,
/// not a certain 0 (advisor audit, 2026-12-06). A verified prohibition
/// says it plainly, and leaves nothing.
#[test]
fn a_prohibition_on_an_unverified_rule_blocks_incentives_only_once_confirmed() {
    let e = engine();
    let estimate = |fields: &[(&str, &str)]| {
        let p = valid_project(fields.iter().copied());
        let report = e.screen(&p, DEFAULT_AS_OF);
        let r = e.incentives(&p, &report, &[], Options::default());
        (report.overall, report.overall_status, r)
    };
    let (overall, status, r) = estimate(&[
        ("industry_code", "C2614"),
        ("action", "new"),
        ("site.chemical_park", "none"),
        ("finance.rd_10k_cny", "500"),
    ]);
    assert_eq!(
        (overall, status),
        (jiujiang_engine::Outcome::Prohibited, Some(Status::U))
    );
    assert!(!r.blocked && r.blocked_unverified);
    let rd = r.items.iter().find(|i| i.id == "INC-TAX-03").unwrap();
    assert!(
        rd.explanation.en.contains("unverified rule"),
        "{}",
        rd.explanation.en
    );
    assert_eq!(rd.total.min, 0.0);
    assert!(rd.total.max > 0.0, "{:?}", rd.total);
    assert_eq!(r.total.min, 0.0);
    assert!(r.total.max >= rd.total.max, "{:?}", r.total);
    // The same project in a recognised park: its unblocked figure is the
    // top of the range.
    let (_, _, free) = estimate(&[
        ("industry_code", "C2614"),
        ("action", "new"),
        ("site.chemical_park", "pengze-jishan"),
        ("finance.rd_10k_cny", "500"),
    ]);
    let unblocked = free.items.iter().find(|i| i.id == "INC-TAX-03").unwrap();
    assert_eq!(rd.total.max, unblocked.total.max);
    let (overall, status, r) = estimate(&[
        ("industry_code", "C2614"),
        ("action", "new"),
        ("site.dist_yangtze_mainstream_m", "500"),
        ("finance.rd_10k_cny", "500"),
    ]);
    assert_eq!(overall, jiujiang_engine::Outcome::Prohibited);
    assert_ne!(status, Some(Status::U));
    assert!(r.blocked && !r.blocked_unverified);
}

/// An open screening that could still prohibit says so on the estimate,
/// which holds only if it does not; a settled one, or a prohibition, does
/// not (a decisiveness audit read the totals as certain).
#[test]
fn an_estimate_beside_an_open_prohibition_says_it_may_be_blocked() {
    let e = engine();
    let estimate = |fields: &[(&str, &str)]| {
        let p = valid_project(fields.iter().copied());
        let report = e.screen(&p, DEFAULT_AS_OF);
        let r = e.incentives(&p, &report, &[], Options::default());
        (report.bounds, r.blocked, r.may_be_blocked)
    };
    let (bounds, blocked, may) =
        estimate(&[("industry_code", "C3981"), ("finance.rd_10k_cny", "500")]);
    assert_eq!(bounds.worst, jiujiang_engine::Outcome::Prohibited);
    assert!(!blocked && may);
    let (_, blocked, may) = estimate(&[
        ("industry_code", "C2614"),
        ("action", "new"),
        ("site.dist_yangtze_mainstream_m", "500"),
    ]);
    assert!(blocked && !may);
    // Settled and allowed: nothing to warn of.
    let p = e
        .project_from_json(include_str!(
            "../../../examples/projects/electronics-complete.json"
        ))
        .unwrap();
    let report = e.screen(&p, DEFAULT_AS_OF);
    assert!(report.bounds.decided());
    assert_eq!(report.overall, jiujiang_engine::Outcome::Allowed);
    let r = e.incentives(&p, &report, &[], Options::default());
    assert!(!r.blocked && !r.may_be_blocked);
    // Settled, but on an unverified reading whose rule could prohibit (a
    // recognised park read as a compliant one, YRB-10): the estimate says
    // it may be blocked (an advisor re-audit read its floor as certain).
    let p = e
        .project_from_json(include_str!(
            "../../../examples/leads/chemical.complete.json"
        ))
        .unwrap();
    let mut p = p;
    p.set("site.in_compliant_park", None);
    let report = e.screen(&p, DEFAULT_AS_OF);
    assert!(report.bounds.decided(), "{:?}", report.bounds);
    assert!(report.resting_on_unverified.contains(&"YRB-10"));
    let r = e.incentives(&p, &report, &[], Options::default());
    assert!(!r.blocked && r.may_be_blocked);
}

/// Whatever the figures, the income-tax items together (the cap line
/// included) never save more in a year than the income tax due, at either
/// end of their range (user test, 2026-12-05: 575 of savings against 375 of
/// tax, in 万元); and more income never lowers the cautious end (the cap
/// once took the favourable case's excess off it: 288 million of total at
/// 140 million of income, 283.5 at 200 million).
#[test]
fn income_tax_items_never_save_more_than_the_tax_due() {
    for k in 0..300u64 {
        let income = (k * 53 % 4_000) as f64;
        let fields = [
            (
                "industry_code",
                ["C3971", "C2614", "I6511"][(k % 3) as usize].to_string(),
            ),
            ("finance.taxable_income_10k_cny", income.to_string()),
            ("finance.sales_10k_cny", (k * 131 % 50_000 + 1).to_string()),
            ("finance.rd_10k_cny", (k * 17 % 3_000).to_string()),
            ("finance.st_staff_pct", (k % 30).to_string()),
            ("finance.hitech_income_pct", (k * 7 % 100).to_string()),
            ("finance.equipment_10k_cny", (k * 11 % 5_000).to_string()),
            (
                "finance.env_equipment_10k_cny",
                (k * 29 % 4_000).to_string(),
            ),
            ("finance.resource_income_10k_cny", (k * 3 % 900).to_string()),
        ];
        let p = valid_project(fields.iter().map(|(a, b)| (*a, b.as_str())));
        let r = estimate_of(&p);
        // Only income-tax items count here (no land, no package, not
        // foreign), so a year of the report is theirs: its favourable end,
        // the cases added path by path, stays within the tax due.
        let others: Vec<_> = (r.items.iter())
            .filter(|i| i.state.counts() && i.kind != ItemKind::Cost)
            .filter(|i| !i.id.starts_with("INC-TAX-0"))
            .map(|i| i.id)
            .collect();
        assert!(others.is_empty(), "project {k}: {others:?}");
        for y in 0..r.yearly.len() {
            let most = r.yearly[y].max;
            assert!(
                most <= income * 1e4 * 0.25 + 1.0,
                "project {k}, year {}: {most} saved against {} due",
                y + 1,
                income * 1e4 * 0.25
            );
        }
    }
}

/// No amount of the estimate carries a sign of its own when it is nothing:
/// a float sum of no years is -0.0, which the JSON report printed as "-0.0".
#[test]
fn an_item_worth_nothing_is_zero_without_a_sign() {
    let lead = valid_project([
        ("industry_code", "C3981"),
        ("action", "new"),
        ("finance.taxable_income_10k_cny", "2000"),
    ]);
    let r = estimate_of(&lead);
    let zeros: Vec<_> = (r.items.iter())
        .flat_map(|i| [i.total, i.present_value])
        .flat_map(|range| [range.min, range.max])
        .filter(|v| *v == 0.0)
        .collect();
    assert!(!zeros.is_empty(), "the lead has no item worth nothing");
    assert!(zeros.iter().all(|v| v.is_sign_positive()), "{zeros:?}");
}

#[test]
fn more_taxable_income_never_lowers_the_cautious_total() {
    let e = engine();
    let text = std::fs::read_to_string(
        data_dir().join("../examples/projects/electronics-incentives.json"),
    )
    .unwrap();
    let mut last = f64::MIN;
    for income in [2_000, 8_000, 14_000, 20_000, 30_000, 60_000] {
        let mut p = e.project_from_json(&text).unwrap();
        let (q, errors) = e.parse_fields([(
            "finance.taxable_income_10k_cny",
            income.to_string().as_str(),
        )]);
        assert!(errors.is_empty());
        p.set(
            "finance.taxable_income_10k_cny",
            q.get("finance.taxable_income_10k_cny").cloned(),
        );
        let r = estimate_of(&p);
        assert!(
            r.total.min >= last - 1.0,
            "{income}: {} after {last}",
            r.total.min
        );
        last = r.total.min;
    }
}

/// A package item that does not apply is graded no surer than its own
/// basis (a re-test saw a user's [U] item that did not apply read [V1]).
#[test]
fn a_package_item_that_does_not_apply_keeps_its_basis_grade() {
    use jiujiang_engine::incentives::{package_from_json, ItemState};
    let e = engine();
    let text =
        std::fs::read_to_string(data_dir().join("../examples/packages/park-example.json")).unwrap();
    let package = package_from_json(&text).unwrap();
    // 10 jobs: below the item's 100.
    let p = valid_project([
        ("industry_code", "C3981"),
        ("action", "new"),
        ("finance.jobs", "10"),
    ]);
    let r = e.incentives(
        &p,
        &e.screen(&p, DEFAULT_AS_OF),
        &[&package],
        Options::default(),
    );
    let item = (r.items.iter())
        .find(|i| i.id == "INC-LOCAL-06/example-jobs")
        .unwrap();
    assert!(
        !item.state.counts() && item.state != ItemState::NeedsInput,
        "{:?}",
        item.state
    );
    assert_eq!(item.status, Status::U);
}

/// Before the first day of the version this tool holds, an item is not
/// called "not in force": an earlier rule may have given the same (the
/// equipment duty exemption dates from 1998 under other catalogues). The
/// tool says it holds none and counts nothing; after an item's last day it
/// is plainly not in force.
#[test]
fn an_item_before_the_version_held_says_so_rather_than_not_in_force() {
    use jiujiang_engine::incentives::ItemState;
    let e = engine();
    let p = valid_project([
        ("industry_code", "C3981"),
        ("action", "new"),
        ("foreign_invested", "yes"),
        ("catalogue.fdi_encouraged", "yes"),
        ("finance.imported_equipment_10k_cny", "50000"),
        ("finance.duty_rate_pct", "5"),
    ]);
    let as_of = jiujiang_engine::Date::new(2019, 6, 1);
    let est = e.incentives(&p, &e.screen(&p, as_of), &[], Options::default());
    let item = est.items.iter().find(|i| i.id == "FDI-02").unwrap();
    assert_eq!(item.state, ItemState::NotInForce);
    assert!(
        item.explanation.en.contains("whether an earlier rule"),
        "{:?}",
        item.explanation
    );
    assert!(
        !item.explanation.en.starts_with("Not in force"),
        "{:?}",
        item.explanation
    );
}

/// An item's legal basis follows the date: the R&D deduction of 2019 rests
/// on 财税〔2018〕99号, not on notices of 2021 and 2023.
#[test]
fn an_items_basis_is_the_one_in_force_on_the_date() {
    let e = engine();
    let p = valid_project([
        ("industry_code", "C3981"),
        ("action", "new"),
        ("finance.rd_10k_cny", "8000"),
        ("finance.taxable_income_10k_cny", "30000"),
    ]);
    let numbers = |y, m, d| {
        let as_of = jiujiang_engine::Date::new(y, m, d);
        let est = e.incentives(&p, &e.screen(&p, as_of), &[], Options::default());
        let item = est.items.iter().find(|i| i.id == "INC-TAX-03").unwrap();
        (item.legal_basis.iter())
            .map(|c| c.number.clone().unwrap_or_default())
            .collect::<Vec<_>>()
    };
    // The excluded industries' notice (财税〔2015〕119号) is cited on every
    // date; the rates' notices follow the date.
    assert_eq!(
        numbers(2019, 6, 1),
        ["财税〔2018〕99号", "财税〔2015〕119号"]
    );
    assert_eq!(
        numbers(2022, 6, 1),
        // 99号 ran to 2020; the extension of 2021 carried its 75 % on for
        // firms outside manufacturing (each citation says whose it is).
        [
            "财政部 税务总局公告2021年第13号",
            "财政部 税务总局公告2021年第6号",
            "财税〔2015〕119号"
        ]
    );
    assert!(numbers(2026, 12, 5)
        .iter()
        .any(|n| n.contains("2023年第7号")));
}

/// The HNTE item lists the R&D share of the firm's own sales band among the
/// parameters it used: 3% above 200 million of sales, not the smallest
/// firms' 5%.
#[test]
fn the_hnte_item_names_the_rd_share_of_its_sales_band() {
    let e = engine();
    let params = |sales: &str| {
        let p = valid_project([
            ("industry_code", "C3981"),
            ("action", "new"),
            ("finance.sales_10k_cny", sales),
            ("finance.rd_10k_cny", "8000"),
            ("finance.st_staff_pct", "15"),
            ("finance.hitech_income_pct", "70"),
            ("finance.taxable_income_10k_cny", "30000"),
        ]);
        let est = e.incentives(&p, &e.screen(&p, DEFAULT_AS_OF), &[], Options::default());
        let item = est.items.iter().find(|i| i.id == "INC-TAX-02").unwrap();
        item.params
            .iter()
            .map(|s| s.to_string())
            .collect::<Vec<_>>()
    };
    let large = params("240000");
    assert!(
        large.contains(&"INC-TAX-02.rd_ratio_large".to_string()),
        "{large:?}"
    );
    assert!(
        !large.contains(&"INC-TAX-02.rd_ratio_small".to_string()),
        "{large:?}"
    );
    let small = params("4000");
    assert!(
        small.contains(&"INC-TAX-02.rd_ratio_small".to_string()),
        "{small:?}"
    );
}

/// Before the 2023 plan there are no investment tiers: an 800-million
/// project in 2022 is not "below the first tier" (a user test read that).
#[test]
fn no_tier_is_given_before_the_tiers_were_in_force() {
    let e = engine();
    let p = valid_project([
        ("industry_code", "C3670"),
        ("invest.total_10k_cny", "80000"),
        ("foreign_invested", "no"),
    ]);
    let tier = |y, m, d| {
        let as_of = jiujiang_engine::Date::new(y, m, d);
        e.incentives(&p, &e.screen(&p, as_of), &[], Options::default())
            .tier
    };
    let before = tier(2022, 1, 1);
    assert_eq!((before.tier, before.missing.len()), (None, 0));
    assert!(
        before.explanation.en.contains("not yet in force"),
        "{}",
        before.explanation.en
    );
    assert_eq!(tier(2024, 1, 1).tier, Some(1));
}

/// Every national item, on its first day and the day before each of its
/// parameters changes, finds the thresholds it compares with: one not yet
/// in force had read as NaN ("R&D is 5.6% of sales, below NaN%", a review
/// saw in 2015 for the HNTE item).
#[test]
fn every_item_reads_its_thresholds_on_every_day_it_is_in_force() {
    let e = engine();
    let p = valid_project([
        ("industry_code", "C3981"),
        ("action", "new"),
        ("catalogue.class", "encouraged"),
        ("foreign_invested", "yes"),
        ("catalogue.fdi_encouraged", "yes"),
        ("invest.total_10k_cny", "50000"),
        ("invest.land_mu", "100"),
        ("invest.land_grade", "10"),
        ("invest.city_size", "large"),
        ("finance.taxable_income_10k_cny", "3000"),
        ("finance.sales_10k_cny", "18000"),
        ("finance.rd_10k_cny", "1000"),
        ("finance.st_staff_pct", "15"),
        ("finance.hitech_income_pct", "70"),
        ("finance.jobs", "90"),
        ("finance.equipment_10k_cny", "2000"),
        ("finance.imported_equipment_10k_cny", "2000"),
        ("finance.duty_rate_pct", "8"),
    ]);
    let mut days: Vec<jiujiang_engine::Date> = (e.data.incentives.iter())
        .map(|i| i.effective_from)
        .collect();
    for param in &e.data.params {
        for v in &param.values {
            days.push(v.from);
            days.push(jiujiang_engine::Date::from_days(v.from.to_days() - 1));
        }
    }
    days.sort();
    days.dedup();
    for as_of in days {
        let est = e.incentives(&p, &e.screen(&p, as_of), &[], Options::default());
        for item in &est.items {
            let text = format!("{} {}", item.explanation.zh, item.explanation.en);
            assert!(
                !text.contains("NaN") && !text.contains(" inf"),
                "{} on {as_of}: {text}",
                item.id
            );
        }
    }
}

/// The estimate's years fall in consecutive calendar years whatever the
/// date: by multiples of 365.25 days, 2025-07-02 gave 2025, 2026, 2028,
/// 2028 (a review).
#[test]
fn the_estimates_years_are_consecutive_calendar_years() {
    use jiujiang_engine::incentives::year_middle;
    use jiujiang_engine::Date;
    let mut day = Date::new(2023, 1, 1);
    while day < Date::new(2029, 1, 1) {
        let years: Vec<i32> = (0..10).map(|y| year_middle(day, y).year).collect();
        assert!(
            years.windows(2).all(|w| w[1] == w[0] + 1),
            "{day}: {years:?}"
        );
        day = Date::from_days(day.to_days() + 1);
    }
}

/// A negotiable item whose conditions are not yet known names the facts
/// that would say whether it applies at all (an advisor re-audit saw both
/// city subsidies open for a project with no industry, naming nothing).
#[test]
fn an_open_negotiable_item_names_what_would_decide_it() {
    let e = engine();
    let p = valid_project([
        ("action", "new"),
        ("invest.fixed_assets_10k_cny", "50000"),
        ("invest.investor_rank", "yes"),
    ]);
    let report = e.screen(&p, DEFAULT_AS_OF);
    let city: Vec<_> = (e.data.packages.iter())
        .filter(|k| k.id == "jiujiang-city-investment-measures")
        .collect();
    let r = e.incentives(&p, &report, &city, Options::default());
    let item = (r.items.iter())
        .find(|i| i.id == "INC-LOCAL-01/infrastructure-land")
        .unwrap();
    assert_eq!(
        item.state,
        jiujiang_engine::incentives::ItemState::Negotiable
    );
    assert!(
        item.explanation.en.contains("not yet known (Industry code"),
        "{}",
        item.explanation.en
    );
}

/// A software firm that may be certified an HNTE too: the holiday and the
/// 15% rate do not stack, so in no year do both count on the favourable
/// path, and each year's is the better of the two. Its top is the key-firm
/// tier (five years free, then 10 %: 15 points), above the HNTE's 10 points
/// in every year; past a fab's ten free years the HNTE rate counts again.
#[test]
fn the_software_holiday_and_the_hnte_rate_do_not_stack() {
    let fields = |code: &'static str| {
        valid_project([
            ("industry_code", code),
            ("action", "new"),
            ("finance.taxable_income_10k_cny", "1000"),
            ("finance.sales_10k_cny", "10000"),
            ("finance.rd_10k_cny", "600"),
            ("finance.st_staff_pct", "30"),
            ("finance.hitech_income_pct", "80"),
        ])
    };
    let twelve_years = |p: &jiujiang_engine::Project| {
        engine().incentives(
            p,
            &engine().screen(p, DEFAULT_AS_OF),
            &[],
            jiujiang_engine::incentives::Options {
                horizon_years: 12,
                ..Default::default()
            },
        )
    };
    let item = |r: &jiujiang_engine::incentives::IncentiveReport<'static>, id: &str| {
        let i = r.items.iter().find(|i| i.id == id);
        i.unwrap_or_else(|| panic!("{id}")).clone()
    };
    // On the 4 million the R&D super-deduction (6 million) leaves.
    let tax = 4_000_000.0 * 0.25;
    let software = twelve_years(&fields("I6513"));
    let (ic, hnte) = (
        item(&software, "INC-TAX-01/ic-software"),
        item(&software, "INC-TAX-02"),
    );
    for (y, (a, b)) in ic.yearly.iter().zip(&hnte.yearly).enumerate() {
        assert!(
            a.max == 0.0 || b.max == 0.0,
            "year {}: {a:?} and {b:?}",
            y + 1
        );
        let expected = if y < 5 { tax } else { 4_000_000.0 * 0.15 };
        assert!((a.max - expected).abs() < 1.0, "year {}: {a:?}", y + 1);
        assert_eq!(b.max, 0.0, "year {}: {:?}", y + 1, hnte.yearly);
    }
    let fab = twelve_years(&fields("C3973"));
    let (ic, hnte) = (
        item(&fab, "INC-TAX-01/ic-software"),
        item(&fab, "INC-TAX-02"),
    );
    assert!((ic.yearly[9].max - tax).abs() < 1.0, "{:?}", ic.yearly);
    assert_eq!(hnte.yearly[9].max, 0.0, "{:?}", hnte.yearly);
    // Past the holiday the HNTE rate counts again: 10 points on 4 million.
    assert_eq!(ic.yearly[10].max, 0.0, "{:?}", ic.yearly);
    assert!(
        (hnte.yearly[10].max - 400_000.0).abs() < 1.0,
        "{:?}",
        hnte.yearly
    );
}

/// A rice mill whose income is all exempt in the favourable case: no tax
/// is due there, so the one-off deduction's later "tax paid back" takes
/// nothing off (an incentive audit saw 2.0 million a year in years 8–10,
/// where the whole 2.5 million of tax is saved).
#[test]
fn a_year_with_no_tax_due_saves_exactly_the_tax() {
    let p = valid_project([
        ("industry_code", "C1311"),
        ("action", "new"),
        ("foreign_invested", "no"),
        ("catalogue.class", "permitted"),
        ("invest.primary_processing", "yes"),
        ("finance.taxable_income_10k_cny", "1000"),
        ("finance.sales_10k_cny", "60000"),
        ("finance.rd_10k_cny", "0"),
        ("finance.jobs", "200"),
        ("finance.new_company", "yes"),
        ("finance.equipment_10k_cny", "2000"),
        ("finance.env_equipment_10k_cny", "0"),
        ("finance.resource_income_10k_cny", "0"),
    ]);
    let r = estimate_of(&p);
    // Year one holds the land items too; from year two only income tax.
    for (y, total) in r.yearly.iter().enumerate().skip(1) {
        assert!(
            (total.max - 2_500_000.0).abs() < 1.0,
            "year {}: {:?}",
            y + 1,
            r.yearly
        );
    }
}

/// The one-off deduction is a timing item over the equipment's life: a
/// horizon shorter than the life adds what is paid back after it to its
/// last year's total, but the present value discounts each amount at its
/// own year, so it is the same whatever the horizon (an incentive audit saw
/// a 3-year horizon's lump discounted as if paid in year 3).
#[test]
fn a_short_horizon_discounts_later_paybacks_at_their_own_years() {
    let p = valid_project([
        ("industry_code", "C3981"),
        ("finance.equipment_10k_cny", "20000"),
        ("finance.taxable_income_10k_cny", "2000"),
        ("finance.sales_10k_cny", "100000"),
        ("finance.rd_10k_cny", "0"),
        ("finance.st_staff_pct", "5"),
        ("finance.hitech_income_pct", "10"),
    ]);
    let over = |years: u32| {
        let r = engine().incentives(
            &p,
            &engine().screen(&p, DEFAULT_AS_OF),
            &[],
            jiujiang_engine::incentives::Options {
                horizon_years: years,
                ..Default::default()
            },
        );
        let item = r.items.iter().find(|i| i.id == "INC-TAX-04/one-off");
        let item = item.expect("one-off").clone();
        (item, r.present_value)
    };
    let ((short, short_total), (long, long_total)) = (over(3), over(10));
    assert!(
        short.present_value.max > 100_000.0,
        "{:?}",
        short.present_value
    );
    assert!(
        (short.present_value.max - long.present_value.max).abs() < 1.0
            && (short.present_value.min - long.present_value.min).abs() < 1.0,
        "{:?} against {:?}",
        short.present_value,
        long.present_value
    );
    assert!(
        (short_total.max - long_total.max).abs() < 1.0,
        "{short_total:?} against {long_total:?}"
    );
    // The nominal total still books the paybacks: zero over the life.
    assert!(short.total.max.abs() < 1.0, "{:?}", short.total);
}
