//! The totals' two ends are two whole cases, not each item's ends added.
//! While the HNTE item counts, its favourable end is a certified firm taxed
//! at 15 %, so an item valued at the tax rate (the one-off equipment
//! deduction) counts at 15 % there, and at 25 % in the cautious case, where
//! the firm is not certified. Added end to end, the favourable year one had
//! held the HNTE saving beside the one-off deduction at 25 %.

mod common;
use common::*;
use jiujiang_engine::incentives::ItemState;

fn plant(extra: &[(&'static str, &'static str)]) -> jiujiang_engine::Project {
    let mut fields = vec![
        ("industry_code", "C3981"),
        ("action", "new"),
        ("finance.sales_10k_cny", "100000"),
        ("finance.rd_10k_cny", "5000"),
        ("finance.st_staff_pct", "20"),
        ("finance.taxable_income_10k_cny", "40000"),
        ("finance.equipment_10k_cny", "10000"),
        ("finance.new_company", "no"),
    ];
    fields.extend_from_slice(extra);
    valid_project(fields)
}

#[test]
fn with_hnte_counting_the_ends_are_a_certified_and_an_uncertified_firm() {
    let r = estimate_of(&plant(&[("finance.hitech_income_pct", "80")]));
    let item = |id: &str| r.items.iter().find(|i| i.id == id).unwrap();
    let (hnte, one_off) = (item("INC-TAX-02"), item("INC-TAX-04/one-off"));
    assert_eq!(hnte.state, ItemState::EligibleIfCertified);
    assert_eq!(one_off.state, ItemState::Applies);
    assert!(
        one_off.yearly[0].min < one_off.yearly[0].max,
        "{:?}",
        one_off.yearly[0]
    );
    // The tax cap does not bind here: the totals are the items' cases added.
    assert_ne!(item("INC-TAX-01/cap").state, ItemState::Applies);
    let others = |end: fn(&jiujiang_engine::incentives::Range) -> f64| -> f64 {
        (r.items.iter())
            .filter(|i| i.state.counts() && i.id != "INC-TAX-02" && i.id != "INC-TAX-04/one-off")
            .filter(|i| i.kind != jiujiang_engine::data_types::ItemKind::Cost)
            .map(|i| end(&i.yearly[0]))
            .sum()
    };
    let (min, max) = (
        |x: &jiujiang_engine::incentives::Range| x.min,
        |x: &jiujiang_engine::incentives::Range| x.max,
    );
    // Favourable: certified (the HNTE saving) with the deduction at 15 %.
    let favourable = others(max) + hnte.yearly[0].max + one_off.yearly[0].min;
    // Cautious: not certified (no HNTE saving) with the deduction at 25 %.
    let cautious = others(min) + hnte.yearly[0].min + one_off.yearly[0].max;
    assert!(
        (r.yearly[0].max - favourable).abs() < 1.0,
        "{:?} against {favourable}",
        r.yearly[0]
    );
    assert!(
        (r.yearly[0].min - cautious).abs() < 1.0,
        "{:?} against {cautious}",
        r.yearly[0]
    );
    // Not the items' ends added, which no firm could have in year one.
    let added = others(max) + hnte.yearly[0].max + one_off.yearly[0].max;
    assert!(r.yearly[0].max < added - 1.0);
}

#[test]
fn without_hnte_the_deduction_counts_at_the_one_rate_there_is() {
    // High-tech income under 60 %: no HNTE, so one rate, and one figure.
    let r = estimate_of(&plant(&[("finance.hitech_income_pct", "10")]));
    let item = |id: &str| r.items.iter().find(|i| i.id == id).unwrap();
    assert_eq!(item("INC-TAX-02").state, ItemState::NotEligible);
    let one_off = item("INC-TAX-04/one-off");
    assert_eq!(one_off.yearly[0].min, one_off.yearly[0].max);
}
