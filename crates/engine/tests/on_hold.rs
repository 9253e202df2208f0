//! A verdict whose requirement cannot be met now says so: steel capacity
//! must be replaced, and replacement plans may not be announced since
//! 2024-08-23 (工信厅原函〔2024〕327号).

mod common;
use common::*;
use jiujiang_engine::{Date, Outcome};

fn complete(code: &str, product: &str) -> jiujiang_engine::Project {
    let mut json: serde_json::Value = serde_json::from_str(include_str!(
        "../../../examples/leads/clinker.complete.json"
    ))
    .unwrap();
    json["industry_code"] = code.into();
    json["capacity"]["product"] = product.into();
    engine().project_from_json(&json.to_string()).unwrap()
}

#[test]
fn steelmaking_while_replacement_is_suspended_is_on_hold() {
    let e = engine();
    let steel = complete("C3120", "crude_steel");
    let r = e.screen(&steel, Date::new(2026, 12, 5));
    assert_eq!(r.overall, Outcome::RequiresReplacement);
    assert!(r.blocking.contains(&"CAP-01"), "{:?}", r.blocking);
    let hold = r.on_hold().expect("steel replacement is suspended");
    assert!(hold.en.contains("2024-08-23"), "{hold:?}");
    // The day before the suspension the same plant needs replacement, and
    // nothing stands in the way of the procedure.
    let r = e.screen(&steel, Date::new(2024, 8, 22));
    assert_eq!(r.overall, Outcome::RequiresReplacement);
    assert_eq!(r.on_hold(), None);
    // A clinker line needs replacement too, and can apply for it now.
    let r = e.screen(&complete("C3011", "cement_clinker"), Date::new(2026, 12, 5));
    assert_eq!(r.overall, Outcome::RequiresReplacement);
    assert_eq!(r.on_hold(), None);
}
