//! Validation of packages staff enter or import.

use super::*;

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

/// A staff package is local: it may neither reuse a national item's id nor
/// replace one (a review knocked out the national high-tech rate so).
#[test]
fn a_package_cannot_stand_in_for_or_replace_a_national_item() {
    assert_eq!(
        item_problems(json!({ "replaces": ["INC-TAX-02", "INC-LOCAL-01/infrastructure-3pct"] })),
        [at(
            "items[0].replaces",
            "A park's item cannot replace a national item."
        )]
    );
    assert_eq!(
        problems(package_json(vec![item_json("INC-TAX-03", json!({}))])),
        [at(
            "items[0].id",
            "The id is a national item's: give the park's item its own."
        )]
    );
    // Every national item is in one of the families checked.
    for item in &engine().data.incentives {
        assert!(
            (jiujiang_engine::incentives::NATIONAL_ID_PREFIXES.iter())
                .any(|p| item.id.starts_with(p)),
            "{}",
            item.id
        );
    }
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
        "The share must be above 0 % and at most 100 % (a package file writes 100 % as 1).",
    );
    let cny = at("items[0].amount.cny", "The amount must be more than 0.");
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
            vec![rate.clone()],
        ),
        // Nothing per unit is a slip (a share left at 0 was saved once).
        (
            json!({ "amount": { "kind": "pct_of_fixed_assets", "rate": 0.0 } }),
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
            vec![cny.clone()],
        ),
        (
            json!({ "amount": { "kind": "per_job", "cny": 0.0 } }),
            vec![cny],
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
        // A fixed sum of nothing is a slip, not an award (a user test saved
        // one after switching the amount's kind).
        (
            json!({ "amount": { "kind": "fixed", "min_cny": 0.0, "max_cny": 0.0 } }),
            vec![at("items[0].amount", "The amount must be more than 0.")],
        ),
        (
            json!({ "amount": { "kind": "fixed", "min_cny": 0.0, "max_cny": 5.0 } }),
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
            "Each band needs a non-negative minimum, a maximum above it, and a per-mu or fixed amount (or none: case by case).",
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
        // A band without an amount is settled case by case (一事一议).
        (json!([{ "min_cny": 0.0 }]), vec![]),
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
        (
            json!({ "when": [{ "min_jobs": 50.5 }] }),
            vec![at("items[0].when", "A number of jobs must be whole.")],
        ),
        (json!({ "when": [{ "min_jobs": 50.0 }] }), vec![]),
        (json!({ "when": [{ "min_tier": 0 }] }), vec![tier.clone()]),
        (json!({ "when": [{ "min_tier": 4 }] }), vec![tier]),
        (json!({ "when": [{ "min_tier": 1 }] }), vec![]),
    ];
    for (extra, expected) in cases {
        assert_eq!(item_problems(extra.clone()), expected, "{extra}");
    }
}

// ---------------------------------------------------------------------------

/// A cap between 0 and the item's minimum amount is refused at the cap: the
/// minimum could never be paid. At the minimum, or 0 (switched off), it is
/// accepted.
#[test]
fn a_cap_below_the_item_s_minimum_is_refused_at_the_cap() {
    let cap = |c: f64| item_problems(json!({ "cap_cny": c }));
    assert_eq!(
        cap(10000.0),
        [at(
            "items[0].cap_cny",
            "The cap is below the item's minimum amount, which could then never be paid."
        )]
    );
    assert_eq!(cap(50000.0), []);
    assert_eq!(cap(0.0), []);
}

/// A project file brought to the package import says what it is and where
/// it opens, not "unknown field schema_version"; a package file with a
/// syntax error still says where the error is.
#[test]
fn a_project_file_imported_as_a_package_is_named_for_what_it_is() {
    use jiujiang_engine::incentives::package_from_json;
    let project = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../examples/projects/chemical-850m.json"),
    )
    .unwrap();
    let errors = package_from_json(&project).unwrap_err();
    assert_eq!(errors.len(), 1);
    assert!(
        errors[0].1.en.contains("project or work file"),
        "{errors:?}"
    );
    assert!(errors[0].1.zh.contains("导入文件"), "{errors:?}");
    let errors = package_from_json("{\"id\": \"x\", \"items\": [").unwrap_err();
    assert!(
        !errors[0].1.en.contains("project or work file"),
        "{errors:?}"
    );
}

/// A package written by hand may leave out an item's note: it reads as
/// empty (a user test's package was refused for the lack of one).
#[test]
fn an_item_without_a_note_is_read() {
    let mut v = package_json(vec![item_json("INC-LOCAL-06/test", json!({}))]);
    v["items"][0].as_object_mut().unwrap().remove("note");
    let text = serde_json::to_string(&v).unwrap();
    let p = jiujiang_engine::incentives::package_from_json(&text).expect("read");
    assert_eq!(p.items[0].note, jiujiang_engine::Text::default());
}
