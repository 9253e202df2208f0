//! The editor's fields that read what staff type (amounts, bands): the text
//! stays as typed, only what can be read reaches the draft, and what cannot
//! is kept, by input id, beside the draft until it is mended.

use crate::i18n::{self, Lang};
use jiujiang_engine::data_types::{Amount, InvestmentTier, Package, Timing};
use jiujiang_engine::project::L10n;
use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

/// What an editor field reports on every keystroke: its input id, the value
/// read (`None` when the text cannot be read) and the text as typed.
pub(super) type Typed<T> = (String, Option<T>, String);

/// Puts a value read from a field into the draft.
pub(super) type Apply<T> = Rc<dyn Fn(&mut Package, T)>;

/// A number typed in the editor: the text is kept as typed; only a valid
/// number reaches the draft, and an invalid one blocks saving.
#[derive(Properties, PartialEq)]
pub(super) struct NumProps {
    pub id: String,
    pub label: L10n,
    pub lang: Lang,
    /// Text left unreadable by an earlier visit, shown instead of the value.
    #[prop_or_default]
    pub typed: Option<String>,
    /// The value in the draft's unit (yuan, a share).
    pub value: Option<f64>,
    /// Shown as value / scale (万元: 1e4; per cent: 0.01).
    pub scale: f64,
    pub optional: bool,
    /// A sum of money: "1亿", "2万" or "300 million" are read as the project
    /// form reads them, then put in the field's unit.
    #[prop_or_default]
    pub money: bool,
    /// A count (jobs): "50.5" is refused, not kept as half a person.
    #[prop_or_default]
    pub whole: bool,
    /// A share typed in per cent: "3%" is the 3 the label asks for.
    #[prop_or_default]
    pub percent: bool,
    pub on_change: Callback<Typed<Option<f64>>>,
}

#[function_component(NumField)]
pub(super) fn num_field(props: &NumProps) -> Html {
    let shown = |v: Option<f64>| {
        v.map(|v| {
            let x = v / props.scale;
            format!("{}", (x * 1e6).round() / 1e6)
        })
        .unwrap_or_default()
    };
    // A required amount still at its fresh 0 starts blank: typed into, "0"
    // became "0200" (a user test on a tablet). Blank is refused only once
    // the field has been typed in; the draft's 0 is refused by `validate`.
    let fresh = !props.optional && props.value == Some(0.0) && props.typed.is_none();
    let text = use_state(|| match fresh {
        true => String::new(),
        false => props.typed.clone().unwrap_or_else(|| shown(props.value)),
    });
    let edited = use_state(|| !fresh);
    // Read as the form reads numbers: "1,000" is a thousand, and a decimal
    // comma ("0,5") is refused rather than taken for 5.
    let (money, scale, whole, percent) = (props.money, props.scale, props.whole, props.percent);
    let read = move |t: &str| {
        let t = match percent {
            true => t.trim().trim_end_matches(['%', '％']),
            false => t,
        };
        read_number(t, money, scale)
    };
    let fraction = move |x: f64| whole && x.fract() != 0.0;
    // Why the text is refused, in the engine's words ("cannot be negative"
    // is not "not a number").
    let why = match read(&text) {
        Ok(Some(x)) if !(x * props.scale).is_finite() => {
            Some(props.lang.pick(i18n::NOT_A_NUMBER).to_string())
        }
        Ok(Some(x)) if fraction(x) => Some(props.lang.pick(i18n::WHOLE_NUMBER).to_string()),
        Ok(Some(_)) => None,
        Ok(None) if props.optional || !*edited => None,
        Ok(None) => Some(props.lang.pick(i18n::NOT_A_NUMBER).to_string()),
        Err(e) => Some(props.lang.text(&e.message)),
    };
    let bad = why.is_some();
    let oninput = {
        let text = text.clone();
        let edited = edited.clone();
        let cb = props.on_change.clone();
        let id = props.id.clone();
        let scale = props.scale;
        let optional = props.optional;
        Callback::from(move |e: InputEvent| {
            let v = e.target_unchecked_into::<HtmlInputElement>().value();
            // Some(Some(x)): a number; Some(None): cleared; None: not a number.
            let parsed = match read(&v) {
                // "1e305" 万元 is no number a draft can keep (JSON has no
                // infinity, and the draft would be lost on reload).
                Ok(Some(x)) if !(x * scale).is_finite() || fraction(x) => None,
                Ok(Some(x)) => Some(Some(x * scale)),
                Ok(None) if optional => Some(None),
                _ => None,
            };
            text.set(v.clone());
            edited.set(true);
            cb.emit((id.clone(), parsed, v));
        })
    };
    html! {
        <label class={classes!("num", bad.then_some("has-error"))}>
            { props.lang.pick(props.label) }
            <input id={props.id.clone()} type="text" inputmode="decimal" maxlength="20" value={(*text).clone()}
                aria-invalid={bad.then_some("true")} {oninput} />
            if let Some(why) = why {
                <span class="error" role="alert">{ why }</span>
            }
        </label>
    }
}

/// A number as typed in an editor field, in the field's unit.
fn read_number(
    t: &str,
    money: bool,
    scale: f64,
) -> Result<Option<f64>, jiujiang_engine::FieldError> {
    match jiujiang_engine::project::parse_yuan_with_magnitude(t) {
        Some(yuan) if money => yuan.map(|y| Some(y / scale)),
        _ => jiujiang_engine::project::parse_plain_number(t),
    }
}

/// The bands of a tiered item, one a line (`incentives::bands_from_text`):
/// kept as typed, refused with the line at fault, never dropped.
#[derive(Properties, PartialEq)]
pub(super) struct BandsProps {
    pub id: String,
    pub lang: Lang,
    pub bands: Vec<InvestmentTier>,
    #[prop_or_default]
    pub typed: Option<String>,
    pub on_change: Callback<Typed<Vec<InvestmentTier>>>,
}

#[function_component(BandsField)]
pub(super) fn bands_field(props: &BandsProps) -> Html {
    let text = use_state(|| {
        (props.typed.clone())
            .unwrap_or_else(|| jiujiang_engine::incentives::bands_to_text(&props.bands))
    });
    let why = jiujiang_engine::incentives::bands_from_text(&text).err();
    let oninput = {
        let text = text.clone();
        let cb = props.on_change.clone();
        let id = props.id.clone();
        Callback::from(move |e: InputEvent| {
            let v = e.target_unchecked_into::<HtmlTextAreaElement>().value();
            let read = jiujiang_engine::incentives::bands_from_text(&v).ok();
            text.set(v.clone());
            cb.emit((id.clone(), read, v));
        })
    };
    html! {
        <label class={classes!(why.is_some().then_some("has-error"))}>{ props.lang.pick(i18n::PK_TIERS) }
            <textarea id={props.id.clone()} rows="3" value={(*text).clone()} aria-invalid={why.is_some().then_some("true")} {oninput} />
            if let Some(why) = &why {
                <span class="error" role="alert">{ props.lang.text(why) }</span>
            }
            <span class="help">{ props.lang.pick(i18n::PK_TIERS_HELP) }</span>
        </label>
    }
}

/// The callback of an editor field that reads its text: a value read goes
/// into the draft and clears the field's entry among the unread; text that
/// cannot be read is kept there, as typed.
pub(super) fn typed_edit<T: 'static>(
    draft: &UseStateHandle<Package>,
    invalid: &UseStateHandle<BTreeMap<String, String>>,
    f: Apply<T>,
) -> Callback<Typed<T>> {
    let (draft, invalid) = (draft.clone(), invalid.clone());
    Callback::from(move |(id, v, text): Typed<T>| {
        let mut bad = (*invalid).clone();
        match v {
            Some(x) => {
                bad.remove(&id);
                let mut d = (*draft).clone();
                f(&mut d, x);
                draft.set(d);
            }
            None => {
                bad.insert(id, text);
            }
        }
        invalid.set(bad);
    })
}

/// The ids of the fields that read their text, as the editor shows them
/// for this draft.
pub(super) fn live_fields(d: &Package) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for (i, item) in d.items.iter().enumerate() {
        let amount: &[&str] = match item.amount {
            Amount::PctOfFixedAssets { .. } => &["rate"],
            Amount::PerMu { .. } | Amount::PerJob { .. } => &["cny"],
            Amount::Fixed { .. } => &["min", "max"],
            Amount::TieredByInvestment { .. } => &["tiers"],
            Amount::Unstated => &[],
        };
        let years: &[&str] = match item.timing {
            Timing::Yearly { .. } => &["years"],
            Timing::Once => &[],
        };
        let always = ["cap", "min-fai", "min-jobs", "min-tax", "min-mu", "max-mu"];
        for name in amount.iter().chain(years).chain(&always) {
            out.insert(item_input_id(i, name));
        }
    }
    out
}

/// An item's input id (`pkg-item-{n}-{name}`) from its place and name.
pub(super) fn item_input_id(n: usize, name: &str) -> String {
    format!("pkg-item-{n}-{name}")
}

/// The place and name of an item's input id; `None` for the package's own.
pub(super) fn item_input(id: &str) -> Option<(usize, &str)> {
    let (n, name) = id.strip_prefix("pkg-item-")?.split_once('-')?;
    Some((n.parse().ok()?, name))
}

/// What is kept by input id (unread text, fields changed) once item
/// `removed` is gone: its own are dropped, those of the items after it move
/// up one place, as the items do, and the package's own stay.
pub(super) fn without_item<V: Clone>(
    unread: &BTreeMap<String, V>,
    removed: usize,
) -> BTreeMap<String, V> {
    unread
        .iter()
        .filter_map(|(id, text)| {
            let Some((n, name)) = item_input(id) else {
                return Some((id.clone(), text.clone()));
            };
            let n = match n.cmp(&removed) {
                std::cmp::Ordering::Less => n,
                std::cmp::Ordering::Equal => return None,
                std::cmp::Ordering::Greater => n - 1,
            };
            Some((item_input_id(n, name), text.clone()))
        })
        .collect()
}

/// An item's own entries (`pkg-item-{at}-…`), kept to put back with it.
pub(super) fn of_item<V: Clone>(map: &BTreeMap<String, V>, at: usize) -> BTreeMap<String, V> {
    let prefix = format!("pkg-item-{at}-");
    (map.iter())
        .filter(|(id, _)| id.starts_with(&prefix))
        .map(|(id, v)| (id.clone(), v.clone()))
        .collect()
}

/// The inverse of [`without_item`]: the items from `at` move down a place
/// again, and the removed item's own entries (`its`, keyed at `at`) return.
pub(super) fn with_item_back<V: Clone>(
    map: &BTreeMap<String, V>,
    at: usize,
    its: &BTreeMap<String, V>,
) -> BTreeMap<String, V> {
    let mut out: BTreeMap<String, V> = (map.iter())
        .map(|(id, v)| {
            let moved = item_input(id)
                .map(|(n, name)| item_input_id(if n >= at { n + 1 } else { n }, name));
            (moved.unwrap_or_else(|| id.clone()), v.clone())
        })
        .collect();
    out.extend(its.iter().map(|(id, v)| (id.clone(), v.clone())));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Removing an item and putting it back leaves every entry where it was.
    #[test]
    fn an_item_put_back_finds_its_entries_and_its_neighbours_theirs() {
        let map: BTreeMap<String, String> = [
            ("pkg-id", "x"),
            ("pkg-item-0-title", "a"),
            ("pkg-item-1-min", "b"),
            ("pkg-item-2-max", "c"),
        ]
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .into();
        let its = of_item(&map, 1);
        let without = without_item(&map, 1);
        assert_eq!(without.get("pkg-item-1-max").map(String::as_str), Some("c"));
        assert_eq!(with_item_back(&without, 1, &its), map);
    }

    fn unread(ids: &[&str]) -> BTreeMap<String, String> {
        ids.iter()
            .map(|id| (id.to_string(), format!("text of {id}")))
            .collect()
    }

    #[test]
    fn removing_an_item_drops_its_unread_text_and_moves_the_later_items_up() {
        let before = unread(&[
            "pkg-item-0-cap",
            "pkg-item-1-cny",
            "pkg-item-2-tiers",
            "pkg-item-12-min-mu",
            "pkg-name-zh",
        ]);
        let after = without_item(&before, 1);
        assert_eq!(
            after.keys().map(String::as_str).collect::<Vec<_>>(),
            [
                "pkg-item-0-cap",
                "pkg-item-1-tiers",
                "pkg-item-11-min-mu",
                "pkg-name-zh"
            ]
        );
        // The text moves with its item.
        assert_eq!(after["pkg-item-1-tiers"], "text of pkg-item-2-tiers");
    }

    #[test]
    fn only_the_fields_on_the_page_are_live() {
        let mut p = crate::components::packages::template(
            jiujiang_engine::Date::parse("2026-12-04").unwrap(),
        );
        let live = live_fields(&p);
        assert!(live.contains("pkg-item-0-min") && live.contains("pkg-item-0-cap"));
        assert!(!live.contains("pkg-item-0-tiers") && !live.contains("pkg-item-0-years"));
        p.items[0].amount = Amount::TieredByInvestment { tiers: Vec::new() };
        p.items[0].timing = Timing::Yearly { years: 3 };
        let live = live_fields(&p);
        assert!(live.contains("pkg-item-0-tiers") && live.contains("pkg-item-0-years"));
        assert!(!live.contains("pkg-item-0-min"));
    }
}
