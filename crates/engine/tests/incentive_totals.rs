//! What the incentive totals say about themselves: the items inside them
//! that rest on an unverified source.

mod common;
use common::*;
use jiujiang_engine::data_types::ItemKind;
use jiujiang_engine::incentives::Options;
use jiujiang_engine::{Outcome, Status};

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
    let as_of = DEFAULT_AS_OF;
    let overall = e.screen(&lead, as_of).overall;
    let r = e.incentives(&lead, as_of, overall, &[], Options::default());
    let (ids, pv) = r.unverified_in_totals();
    let counted_u: Vec<_> = (r.items.iter())
        .filter(|i| i.state.counts() && i.kind != ItemKind::Cost && i.status == Status::U)
        .collect();
    assert!(
        !counted_u.is_empty(),
        "the lead counts no [U] item: the test needs another"
    );
    assert_eq!(ids, counted_u.iter().map(|i| i.id).collect::<Vec<_>>());
    // The [U] item of this case, by name: the one-off equipment deduction.
    assert!(ids.contains(&"INC-TAX-04/one-off"), "{ids:?}");
    let sum: f64 = counted_u.iter().map(|i| i.present_value.max).sum();
    assert!(
        (pv.max - sum).abs() < 1e-6 && pv.max > 0.0,
        "{pv:?} against {sum}"
    );
    assert!(pv.max <= r.present_value.max);
    // Without the inputs that make such items count, nothing is named.
    let bare = valid_project([("industry_code", "I6513"), ("action", "new")]);
    let r = e.incentives(&bare, as_of, Outcome::Allowed, &[], Options::default());
    assert!(r.unverified_in_totals().0.is_empty());
}
