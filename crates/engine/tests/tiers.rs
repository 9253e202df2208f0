//! The investment tiers of Jiujiang's 2023 manufacturing plan (seed 002):
//! by the yuan total, by foreign dollars, and open where an amount not
//! given could lift them.

mod common;
use common::*;

#[test]
fn investment_tiers_follow_seed_002() {
    let engine = engine();
    let tier = |fields: &[(&str, &str)]| allowed_estimate(engine, fields, DEFAULT_AS_OF).tier;
    let domestic = |total| tier(&[("invest.total_10k_cny", total), ("foreign_invested", "no")]);
    assert_eq!(domestic("9999").tier, Some(0));
    assert_eq!(tier(&[("invest.total_10k_cny", "10000")]).tier, Some(1));
    // 99.99 million yuan, foreign investment not said: US$10 million of it
    // would make tier 1, so the tier waits on that (an audit read "below").
    let open = tier(&[("invest.total_10k_cny", "9999")]);
    assert_eq!(
        (open.tier, open.missing.clone()),
        (None, vec!["foreign_invested"])
    );
    let open = tier(&[
        ("invest.total_10k_cny", "9000"),
        ("foreign_invested", "yes"),
    ]);
    assert_eq!(
        (open.tier, open.missing.clone()),
        (None, vec!["invest.foreign_usd_10k"])
    );
    assert!(
        open.explanation.en.contains("10 million USD"),
        "{}",
        open.explanation.en
    );
    assert!(
        open.explanation.zh.starts_with("按总投资未达第1档"),
        "{}",
        open.explanation.zh
    );
    assert!(
        open.explanation.zh.ends_with("请填外资金额。"),
        "{}",
        open.explanation.zh
    );
    // 60 million yuan holds no US$10 million at 7.1 or so: below, decided.
    assert_eq!(tier(&[("invest.total_10k_cny", "6000")]).tier, Some(0));
    assert_eq!(tier(&[("invest.total_10k_cny", "200000")]).tier, Some(2));
    assert_eq!(tier(&[("invest.total_10k_cny", "500000")]).tier, Some(3));
    // 15 million USD foreign is tier 1 even if the yuan total is below 100 million.
    assert_eq!(
        tier(&[
            ("invest.total_10k_cny", "9000"),
            ("invest.foreign_usd_10k", "1500")
        ])
        .tier,
        Some(1)
    );
    // Without a yuan total, the foreign amount is converted at the stated rate.
    let t = tier(&[
        ("invest.foreign_usd_10k", "1000"),
        ("invest.cny_per_usd", "7.2"),
    ]);
    assert_eq!(t.tier, Some(1));
    assert!(t.explanation.en.contains("converted"));
    // Fixed assets alone: a floor under the total, said, but no tier yet.
    let t = tier(&[("invest.fixed_assets_10k_cny", "50000")]);
    assert_eq!(
        (t.tier, t.missing.clone()),
        (None, vec!["invest.total_10k_cny"])
    );
    assert!(
        t.explanation.en.contains("tier 1 at least"),
        "{}",
        t.explanation.en
    );
    let t = tier(&[("invest.fixed_assets_10k_cny", "500")]);
    assert!(
        t.explanation.en.contains("does not settle"),
        "{}",
        t.explanation.en
    );
    let t = tier(&[]);
    assert_eq!((t.tier, t.missing), (None, vec!["invest.total_10k_cny"]));
    // A total typed but refused is said so, not read as none given.
    let (p, errors) = engine.parse_fields([("invest.total_10k_cny", "5o000")]);
    assert_eq!(errors.len(), 1);
    let refused = jiujiang_engine::incentives::estimate(
        &engine.data,
        &p,
        DEFAULT_AS_OF,
        jiujiang_engine::Outcome::Allowed,
        &[],
        jiujiang_engine::incentives::Options::default(),
    )
    .tier;
    assert_eq!(refused.missing, vec!["invest.total_10k_cny"]);
    assert!(
        refused.explanation.en.contains("could not be read"),
        "{}",
        refused.explanation.en
    );
}
