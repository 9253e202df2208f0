//! One-tap answers that decide: where a figure is not known but a bound on
//! it is ("a software office uses far less than the review line"), the
//! largest round bound that settles every rule the question decides, as a
//! figure of zero would. Offered, never applied; tried with the report's
//! look-ahead, so nothing is offered that would leave the rules open.

use crate::data_types::Text;
use crate::project::{Value, STATED_TOTAL_TCE};
use crate::rules::questions::{Probe, Quick};

/// The bounds tried for the yearly energy total, largest first (tce).
const ENERGY_BOUNDS: &[f64] = &[500.0, 200.0, 100.0, 50.0];

/// For the energy question: "at most N tce, either basis" (the primary
/// basis is the larger, so a bound on it bounds both), the largest N whose
/// outcomes are those of no energy at all. `probe` re-decides `rules` with
/// an answer.
pub fn energy(rules: &[&str], probe: &mut Probe<'_>) -> Option<Quick> {
    const BASIS: &str = "energy.stated_basis";
    let with = |v: Value| vec![(STATED_TOTAL_TCE, v), (BASIS, Value::Choice("primary"))];
    let none = probe(rules, &with(Value::Num(0.0)));
    let cap = ENERGY_BOUNDS
        .iter()
        .find(|&&cap| probe(rules, &with(Value::Within(cap))) == none)?;
    let n = crate::text::numbers::format_number(*cap);
    Some(Quick {
        settings: vec![
            (STATED_TOTAL_TCE, format!("<={cap}")),
            (BASIS, "primary".to_string()),
        ],
        label: Text {
            zh: format!("不超过 {n} 吨标煤（任一口径）"),
            en: format!("At most {n} tce (either basis)"),
        },
    })
}

/// Whether the project's energy total is a bound on the primary basis, as
/// the energy quick answer sets it: it bounds the calorific total too, so
/// it is said as "either basis", not as a basis the reader chose (a user
/// test's printed page read "basis: primary equivalent").
pub fn bound_on_either_basis(p: &crate::project::Project) -> bool {
    p.get("energy.stated_basis") == Some(&Value::Choice("primary"))
        && matches!(p.get(STATED_TOTAL_TCE), Some(Value::Within(_)))
}
