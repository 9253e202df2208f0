//! Behaviour of the incentive estimate that the golden cases do not pin:
//! thresholds met exactly, the figures in explanations, the totals, the
//! land (亩均) checks, the investment tiers, local items' conditions, caps,
//! bands and stacking, and the validation of packages staff enter. Written
//! against the survivors of `cargo mutants` on `src/incentives/`; each test
//! states the documented behaviour, not the mutant.

#[path = "../common/mod.rs"]
mod common;

mod local;
mod national;
mod validation;
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

/// Asserts that `text` contains `part`, showing the text when it does not.
fn has(text: &str, part: &str) {
    assert!(text.contains(part), "{part:?} is not in: {text}");
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
