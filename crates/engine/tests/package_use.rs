//! Which switched-on packages have something for the project: a package
//! none of whose items is in play (a services package beside a factory) is
//! not counted, and one with an item still waiting on a figure is.

mod common;
use common::*;
use jiujiang_engine::incentives::{IncentiveReport, Options};

const SERVICES: &str = "jiujiang-services-2024";
const CITY: &str = "jiujiang-city-investment-measures";

fn with_packages(fields: Vec<(&'static str, &'static str)>) -> IncentiveReport<'static> {
    let p = valid_project(fields);
    let packages: Vec<_> = (engine().data.packages.iter())
        .filter(|k| k.id == SERVICES || k.id == CITY)
        .collect();
    assert_eq!(packages.len(), 2, "both packages are bundled");
    engine().incentives(
        &p,
        &engine().screen(&p, DEFAULT_AS_OF),
        &packages,
        Options::default(),
    )
}

#[test]
fn a_services_package_has_nothing_for_a_factory() {
    let r = with_packages(vec![
        ("industry_code", "C3981"),
        ("action", "new"),
        ("finance.sales_10k_cny", "300000"),
        ("invest.fixed_assets_10k_cny", "50000"),
    ]);
    assert!(!r.package_in_play(SERVICES));
    // The city's measures are negotiable for it: in play.
    assert!(r.package_in_play(CITY));
}

#[test]
fn a_services_firm_is_in_play_and_so_is_one_whose_industry_is_not_said() {
    let r = with_packages(vec![
        ("industry_code", "I6513"),
        ("action", "new"),
        ("finance.sales_10k_cny", "30000"),
    ]);
    assert!(r.package_in_play(SERVICES));
    // No industry: each item waits on it, so the package may yet count.
    let r = with_packages(vec![("action", "new")]);
    assert!(r.package_in_play(SERVICES));
    assert!(!r.package_in_play("no-such-package"));
}
