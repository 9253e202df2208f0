//! Incentive packages (issue 6): the bundled ones, and those staff enter,
//! import and export. The editor holds a draft; the engine's `validate`
//! decides what may be saved, and every problem is shown at its place.
//! Nothing here computes an incentive.

use super::incentives::level_label;
use crate::i18n::{self, Lang};
use jiujiang_engine::data_types::{
    Amount, Citation, InvestmentTier, ItemCondition, ItemStatus, Level, Package, PackageItem,
    Timing,
};
use jiujiang_engine::incentives::{package_from_json, validate};
use jiujiang_engine::project::L10n;
use jiujiang_engine::{Date, Text};
use std::collections::BTreeSet;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PackagesProps {
    pub lang: Lang,
    pub today: Date,
    pub bundled: Rc<Vec<Package>>,
    pub user_packages: Rc<Vec<Package>>,
    pub packages_on: BTreeSet<String>,
    /// Saved packages that could not be read back.
    pub restore_error: Option<Text>,
    /// Whether the browser refused to keep the last save.
    pub not_kept: bool,
    pub on_save: Callback<Package>,
    pub on_delete: Callback<String>,
    pub on_toggle: Callback<String>,
}

fn export(p: &Package) {
    let mut p = p.clone();
    // The flag is the app's, set again on import.
    p.entered_by_user = false;
    if let Ok(text) = serde_json::to_string_pretty(&p) {
        crate::files::download(&format!("{}.json", p.id), &text);
    }
}

/// A new package to start from: one item that needs filling in.
pub fn template(today: Date) -> Package {
    Package {
        id: format!("my-park-{today}"),
        name: Text {
            zh: "本园区招商优惠".into(),
            en: "Our park's incentives".into(),
        },
        level: Level::Park,
        region: String::new(),
        last_verified: today,
        entered_by_user: true,
        standard_land: None,
        items: vec![new_item(today, 1)],
    }
}

fn new_item(today: Date, n: usize) -> PackageItem {
    PackageItem {
        id: format!("INC-LOCAL-06/item-{n}"),
        title: Text::default(),
        when: Vec::new(),
        amount: Amount::Fixed {
            min_cny: 0.0,
            max_cny: 0.0,
        },
        timing: Timing::Once,
        cap_cny: None,
        stack_group: None,
        replaces: Vec::new(),
        effective_from: today,
        effective_to: None,
        legal_basis: vec![Citation::blank()],
        status: ItemStatus::NeedsReview,
        selective: false,
        available: true,
        note: Text::default(),
    }
}

#[function_component(PackagesPage)]
pub fn packages_page(props: &PackagesProps) -> Html {
    let lang = props.lang;
    // A draft left unsaved by a reload is opened again, and says so.
    let editing = use_state(crate::storage::restore_package_draft);
    let restored = use_state(|| editing.is_some());
    let import_errors = use_state(Vec::<(String, Text)>::new);
    // The id of a package of the user's that an import replaced.
    let replaced = use_state(|| None::<String>);

    if let Some(draft) = &*editing {
        let on_cancel = {
            let (editing, restored) = (editing.clone(), restored.clone());
            Callback::from(move |_| {
                crate::storage::clear_package_draft();
                restored.set(false);
                editing.set(None)
            })
        };
        let on_save = {
            let editing = editing.clone();
            let save = props.on_save.clone();
            let restored = restored.clone();
            Callback::from(move |p: Package| {
                crate::storage::clear_package_draft();
                restored.set(false);
                save.emit(p);
                editing.set(None);
            })
        };
        return html! {
            <main class="packages">
                <PackageEditor lang={lang} draft={draft.clone()} taken={props.bundled.iter().map(|p| p.id.clone()).collect::<Vec<_>>()}
                    {on_save} {on_cancel} restored={*restored} />
            </main>
        };
    }

    let on_new = {
        let editing = editing.clone();
        let today = props.today;
        Callback::from(move |_: MouseEvent| editing.set(Some(template(today))))
    };
    let on_import = {
        let import_errors = import_errors.clone();
        let replaced = replaced.clone();
        let save = props.on_save.clone();
        let bundled: Vec<String> = props.bundled.iter().map(|p| p.id.clone()).collect();
        let mine: Vec<String> = props.user_packages.iter().map(|p| p.id.clone()).collect();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|f| f.get(0)) else {
                return;
            };
            input.set_value("");
            let import_errors = import_errors.clone();
            let replaced = replaced.clone();
            let save = save.clone();
            let bundled = bundled.clone();
            let mine = mine.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let text =
                    match crate::files::read_text_within(&file, crate::files::MAX_PROJECT_BYTES)
                        .await
                    {
                        Ok(text) => text,
                        Err(why) => {
                            import_errors.set(vec![(String::new(), why)]);
                            return;
                        }
                    };
                match package_from_json(&text) {
                    Ok(p) if bundled.contains(&p.id) => import_errors.set(vec![(
                        "id".into(),
                        Text {
                            zh: format!("代号“{}”已被内置优惠包使用，请改用其他代号。", p.id),
                            en: format!(
                                "The id “{}” belongs to a bundled package; use another.",
                                p.id
                            ),
                        },
                    )]),
                    Ok(p) => {
                        import_errors.set(Vec::new());
                        replaced.set(mine.contains(&p.id).then(|| p.id.clone()));
                        save.emit(p);
                    }
                    Err(errors) => import_errors.set(errors),
                }
            });
        })
    };
    let card = |p: &Package, user: bool| {
        let on = props.packages_on.contains(&p.id);
        let toggle = {
            let cb = props.on_toggle.clone();
            let id = p.id.clone();
            Callback::from(move |_: Event| cb.emit(id.clone()))
        };
        let exp = {
            let p = p.clone();
            Callback::from(move |_: MouseEvent| export(&p))
        };
        let edit = {
            let editing = editing.clone();
            let mut copy = p.clone();
            if !user {
                copy.id = format!("{}-copy", p.id);
                copy.entered_by_user = true;
            }
            Callback::from(move |_: MouseEvent| editing.set(Some(copy.clone())))
        };
        let delete = {
            let cb = props.on_delete.clone();
            let id = p.id.clone();
            Callback::from(move |_: MouseEvent| cb.emit(id.clone()))
        };
        let dom_id = format!("package-{}", p.id);
        html! {
            <li class="package" id={dom_id.clone()}>
                <div class="package-head">
                    <label class="toggle">
                        <input type="checkbox" id={format!("{dom_id}-on")} checked={on} onchange={toggle} />
                        { lang.pick(i18n::APPLY_PACKAGE) }
                    </label>
                    <strong>{ lang.text(&p.name) }</strong>
                    <span class="badge">{ lang.pick(level_label(p.level)) }</span>
                    if user { <span class="badge user">{ lang.pick(i18n::USER_ENTERED) }</span> }
                </div>
                <p class="help">{ format!("{} · {} {} · {} {}", lang.text(&jiujiang_engine::text::display::place(&p.region)), p.items.len(), lang.pick(i18n::ITEMS), lang.pick(i18n::VERIFIED_ON), lang.date(p.last_verified)) }</p>
                <ul class="package-items">
                    { for p.items.iter().map(|i| html! { <li>{ lang.text(&i.title) }<span class="item-id">{ i.id.clone() }</span></li> }) }
                </ul>
                <div class="package-actions">
                    <button type="button" id={format!("{dom_id}-export")} onclick={exp}>{ lang.pick(i18n::EXPORT) }</button>
                    <button type="button" id={format!("{dom_id}-edit")} onclick={edit}>{ lang.pick(if user { i18n::EDIT } else { i18n::COPY_TO_EDIT }) }</button>
                    if user {
                        <button type="button" id={format!("{dom_id}-delete")} onclick={delete}>{ lang.pick(i18n::DELETE) }</button>
                    }
                </div>
            </li>
        }
    };
    html! {
        <main class="packages">
            <h2>{ lang.pick(i18n::PACKAGES_TITLE) }</h2>
            <p class="help">{ lang.pick(i18n::PACKAGES_HELP) }</p>
            if let Some(e) = &props.restore_error {
                <p class="error" role="alert" id="packages-restore-error">{ lang.text(e) }</p>
            }
            if props.not_kept {
                <p class="warn" role="status">{ lang.pick(i18n::PACKAGES_NOT_KEPT) }</p>
            }
            <div class="package-actions">
                <button type="button" id="package-new" onclick={on_new}>{ lang.pick(i18n::NEW_PACKAGE) }</button>
                <label class="file">{ lang.pick(i18n::IMPORT_PACKAGE) }
                    <input type="file" id="package-import" accept=".json,application/json" onchange={on_import} />
                </label>
            </div>
            if let Some(id) = &*replaced {
                <p class="warn" role="status" id="package-replaced">{ lang.pick(i18n::PACKAGE_REPLACED).replace("{id}", id) }</p>
            }
            if !import_errors.is_empty() {
                <div class="error" role="alert" id="package-import-errors">
                    <p>{ lang.pick(i18n::IMPORT_REFUSED) }</p>
                    <ul>{ for import_errors.iter().map(|(at, m)| html! {
                        <li>if !at.is_empty() { <code>{ at.clone() }</code>{ ": " } }{ lang.text(m) }</li>
                    }) }</ul>
                </div>
            }
            <h3>{ lang.pick(i18n::USER_PACKAGES) }</h3>
            if props.user_packages.is_empty() {
                <p class="help" id="no-user-packages">{ lang.pick(i18n::NO_USER_PACKAGES) }</p>
            }
            <ul class="package-list" id="user-packages">{ for props.user_packages.iter().map(|p| card(p, true)) }</ul>
            <h3>{ lang.pick(i18n::BUNDLED_PACKAGES) }</h3>
            <ul class="package-list" id="bundled-packages">{ for props.bundled.iter().map(|p| card(p, false)) }</ul>
        </main>
    }
}

/// Applies a text input's value to the draft.
type EditText = Rc<dyn Fn(&mut Package, String)>;
/// Applies a number input's value (blank: `None`) to the draft.
type EditNum = Rc<dyn Fn(&mut Package, Option<f64>)>;

#[derive(Properties, PartialEq)]
struct EditorProps {
    lang: Lang,
    draft: Package,
    /// Ids of the bundled packages, which a user package may not take.
    taken: Vec<String>,
    on_save: Callback<Package>,
    on_cancel: Callback<()>,
    /// The draft was left unsaved by an earlier visit.
    #[prop_or_default]
    restored: bool,
}

/// A number typed in the editor: the text is kept as typed; only a valid
/// number reaches the draft, and an invalid one blocks saving.
#[derive(Properties, PartialEq)]
struct NumProps {
    id: String,
    label: L10n,
    lang: Lang,
    /// The value in the draft's unit (yuan, a share).
    value: Option<f64>,
    /// Shown as value / scale (万元: 1e4; per cent: 0.01).
    scale: f64,
    optional: bool,
    on_change: Callback<(String, Option<Option<f64>>)>,
}

#[function_component(NumField)]
fn num_field(props: &NumProps) -> Html {
    let shown = |v: Option<f64>| {
        v.map(|v| {
            let x = v / props.scale;
            format!("{}", (x * 1e6).round() / 1e6)
        })
        .unwrap_or_default()
    };
    let text = use_state(|| shown(props.value));
    // Read as the form reads numbers: "1,000" is a thousand, and a decimal
    // comma ("0,5") is refused rather than taken for 5.
    let read = |t: &str| jiujiang_engine::project::parse_plain_number(t);
    // Why the text is refused, in the engine's words ("cannot be negative"
    // is not "not a number").
    let why = match read(&text) {
        Ok(Some(_)) => None,
        Ok(None) if props.optional => None,
        Ok(None) => Some(props.lang.pick(i18n::NOT_A_NUMBER).to_string()),
        Err(e) => Some(props.lang.text(&e.message)),
    };
    let bad = why.is_some();
    let oninput = {
        let text = text.clone();
        let cb = props.on_change.clone();
        let id = props.id.clone();
        let scale = props.scale;
        let optional = props.optional;
        Callback::from(move |e: InputEvent| {
            let v = e.target_unchecked_into::<HtmlInputElement>().value();
            // Some(Some(x)): a number; Some(None): cleared; None: not a number.
            let parsed = match read(&v) {
                Ok(Some(x)) => Some(Some(x * scale)),
                Ok(None) if optional => Some(None),
                _ => None,
            };
            text.set(v);
            cb.emit((id.clone(), parsed));
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

#[function_component(PackageEditor)]
fn package_editor(props: &EditorProps) -> Html {
    let lang = props.lang;
    let draft = use_state(|| props.draft.clone());
    use_effect_with((*draft).clone(), crate::storage::save_package_draft);
    // Inputs whose text is not a number, by input id: they block saving.
    let invalid = use_state(BTreeSet::<String>::new);

    // One callback shape for every text-like input: apply `f` to the draft.
    let edit = |f: EditText| {
        let draft = draft.clone();
        Callback::from(move |e: Event| {
            let value = e
                .target()
                .and_then(|t| {
                    t.dyn_ref::<HtmlInputElement>()
                        .map(|i| {
                            if i.type_() == "checkbox" {
                                i.checked().to_string()
                            } else {
                                i.value()
                            }
                        })
                        .or_else(|| t.dyn_ref::<HtmlSelectElement>().map(|s| s.value()))
                        .or_else(|| t.dyn_ref::<HtmlTextAreaElement>().map(|s| s.value()))
                })
                .unwrap_or_default();
            let mut d = (*draft).clone();
            f(&mut d, value);
            draft.set(d);
        })
    };
    let num = |f: EditNum| {
        let draft = draft.clone();
        let invalid = invalid.clone();
        Callback::from(move |(id, v): (String, Option<Option<f64>>)| {
            let mut bad = (*invalid).clone();
            match v {
                Some(x) => {
                    bad.remove(&id);
                    let mut d = (*draft).clone();
                    f(&mut d, x);
                    draft.set(d);
                }
                None => {
                    bad.insert(id);
                }
            }
            invalid.set(bad);
        })
    };

    let d = (*draft).clone();
    let mut problems = validate(&d);
    if props.taken.contains(&d.id) {
        problems.push((
            "id".into(),
            Text {
                zh: "此代号已被内置优惠包使用。".into(),
                en: "This id belongs to a bundled package.".into(),
            },
        ));
    }
    let at = |prefix: &str| -> Html {
        let here: Vec<&(String, Text)> = problems
            .iter()
            .filter(|(a, _)| a == prefix || a.starts_with(&format!("{prefix}.")))
            .collect();
        html! { <>{ for here.iter().map(|(_, m)| html! { <span class="error" role="alert">{ lang.text(m) }</span> }) }</> }
    };
    let text_in = |id: String, label: L10n, value: String, f: EditText| {
        html! {
            <label>{ lang.pick(label) }
                <input id={id} type="text" maxlength="300" value={value} onchange={edit(f)} />
            </label>
        }
    };
    let date_in = |id: String, label: L10n, value: Option<Date>, f: EditText| {
        html! {
            <label>{ lang.pick(label) }
                <input id={id} type="date" value={value.map(|d| d.to_string()).unwrap_or_default()} onchange={edit(f)} />
            </label>
        }
    };
    let select = |id: String,
                  label: L10n,
                  value: &str,
                  options: Vec<(&'static str, L10n)>,
                  f: EditText| {
        html! {
            <label>{ lang.pick(label) }
                <select id={id} onchange={edit(f)}>
                    { for options.into_iter().map(|(k, l)| html! { <option value={k} selected={k == value}>{ lang.pick(l) }</option> }) }
                </select>
            </label>
        }
    };
    let levels = vec![
        ("province", i18n::LV_PROVINCE),
        ("city", i18n::LV_CITY),
        ("county", i18n::LV_COUNTY),
        ("park", i18n::LV_PARK),
    ];
    let level_key = match d.level {
        Level::National => "national",
        Level::Province => "province",
        Level::City => "city",
        Level::County => "county",
        Level::Park => "park",
    };

    let item_editor = |i: usize, item: &PackageItem| -> Html {
        let p = format!("items[{i}]");
        let fid = |name: &str| format!("pkg-item-{i}-{name}");
        let it = move |f: fn(&mut PackageItem, String)| -> EditText {
            Rc::new(move |d: &mut Package, v: String| {
                if let Some(item) = d.items.get_mut(i) {
                    f(item, v)
                }
            })
        };
        let itn = move |f: fn(&mut PackageItem, Option<f64>)| -> EditNum {
            Rc::new(move |d: &mut Package, v: Option<f64>| {
                if let Some(item) = d.items.get_mut(i) {
                    f(item, v)
                }
            })
        };
        let amount_key = match item.amount {
            Amount::PctOfFixedAssets { .. } => "pct_of_fixed_assets",
            Amount::TieredByInvestment { .. } => "tiered_by_investment",
            Amount::PerMu { .. } => "per_mu",
            Amount::PerJob { .. } => "per_job",
            Amount::Fixed { .. } => "fixed",
            Amount::Unstated => "unstated",
        };
        let amount_fields = match &item.amount {
            Amount::PctOfFixedAssets { rate } => html! {
                <NumField key={fid("rate")} id={fid("rate")} label={i18n::PK_RATE} {lang} value={Some(*rate)} scale={0.01} optional={false}
                    on_change={num(itn(|it, v| it.amount = Amount::PctOfFixedAssets { rate: v.unwrap_or(0.0) }))} />
            },
            Amount::PerMu { cny } => html! {
                <NumField key={fid("cny")} id={fid("cny")} label={i18n::PK_PER_MU} {lang} value={Some(*cny)} scale={1.0} optional={false}
                    on_change={num(itn(|it, v| it.amount = Amount::PerMu { cny: v.unwrap_or(0.0) }))} />
            },
            Amount::PerJob { cny } => html! {
                <NumField key={fid("cny")} id={fid("cny")} label={i18n::PK_PER_JOB} {lang} value={Some(*cny)} scale={1.0} optional={false}
                    on_change={num(itn(|it, v| it.amount = Amount::PerJob { cny: v.unwrap_or(0.0) }))} />
            },
            Amount::Fixed { min_cny, max_cny } => html! {
                <>
                    <NumField key={fid("min")} id={fid("min")} label={i18n::PK_MIN} {lang} value={Some(*min_cny)} scale={1e4} optional={false}
                        on_change={num(itn(|it, v| if let Amount::Fixed { min_cny, .. } = &mut it.amount { *min_cny = v.unwrap_or(0.0) }))} />
                    <NumField key={fid("max")} id={fid("max")} label={i18n::PK_MAX} {lang} value={Some(*max_cny)} scale={1e4} optional={false}
                        on_change={num(itn(|it, v| if let Amount::Fixed { max_cny, .. } = &mut it.amount { *max_cny = v.unwrap_or(0.0) }))} />
                </>
            },
            Amount::TieredByInvestment { tiers } => html! {
                <label>{ lang.pick(i18n::PK_TIERS) }
                    <textarea id={fid("tiers")} rows="3" onchange={edit(it(|it, v| it.amount = Amount::TieredByInvestment { tiers: parse_tiers(&v) }))}
                        value={tiers_text(tiers)} />
                    <span class="help">{ lang.pick(i18n::PK_TIERS_HELP) }</span>
                </label>
            },
            Amount::Unstated => html! {},
        };
        let cond = item.when.first().cloned().unwrap_or_default();
        let c = move |f: fn(&mut ItemCondition, String)| -> EditText {
            Rc::new(move |d: &mut Package, v: String| edit_first_condition(d, i, |c| f(c, v)))
        };
        let cn = move |f: fn(&mut ItemCondition, Option<f64>)| -> EditNum {
            Rc::new(move |d: &mut Package, v: Option<f64>| edit_first_condition(d, i, |c| f(c, v)))
        };
        let tri = |v: Option<bool>| match v {
            None => "",
            Some(true) => "yes",
            Some(false) => "no",
        };
        let remove = {
            let draft = draft.clone();
            Callback::from(move |_: MouseEvent| {
                let mut d = (*draft).clone();
                if i < d.items.len() {
                    d.items.remove(i);
                }
                draft.set(d);
            })
        };
        let basis = item
            .legal_basis
            .first()
            .cloned()
            .unwrap_or_else(Citation::blank);
        let cite = move |f: fn(&mut Citation, String)| -> EditText {
            Rc::new(move |d: &mut Package, v: String| {
                if let Some(item) = d.items.get_mut(i) {
                    if item.legal_basis.is_empty() {
                        item.legal_basis.push(Citation::blank());
                    }
                    f(&mut item.legal_basis[0], v);
                }
            })
        };
        html! {
            <fieldset class="pkg-item" id={format!("pkg-item-{i}")}>
                <legend>{ format!("{} {}", lang.pick(i18n::PK_ITEM), i + 1) }</legend>
                { text_in(fid("id"), i18n::PK_ID, item.id.clone(), it(|it, v| it.id = v.trim().to_string())) }
                { at(&format!("{p}.id")) }
                { text_in(fid("title-zh"), i18n::PK_TITLE_ZH, item.title.zh.clone(), it(|it, v| it.title.zh = v)) }
                { text_in(fid("title-en"), i18n::PK_TITLE_EN, item.title.en.clone(), it(|it, v| it.title.en = v)) }
                { at(&format!("{p}.title")) }
                { select(fid("amount-kind"), i18n::PK_AMOUNT, amount_key, vec![
                    ("fixed", i18n::PK_FIXED), ("pct_of_fixed_assets", i18n::PK_PCT), ("tiered_by_investment", i18n::PK_TIERED),
                    ("per_mu", i18n::PK_PER_MU), ("per_job", i18n::PK_PER_JOB), ("unstated", i18n::PK_UNSTATED),
                  ], it(|it, v| it.amount = match v.as_str() {
                    "pct_of_fixed_assets" => Amount::PctOfFixedAssets { rate: 0.0 },
                    "tiered_by_investment" => Amount::TieredByInvestment { tiers: vec![InvestmentTier { min_cny: 0.0, max_cny: None, per_mu_cny: None, fixed_cny: Some(0.0) }] },
                    "per_mu" => Amount::PerMu { cny: 0.0 },
                    "per_job" => Amount::PerJob { cny: 0.0 },
                    "unstated" => Amount::Unstated,
                    _ => Amount::Fixed { min_cny: 0.0, max_cny: 0.0 },
                  })) }
                { amount_fields }
                { at(&format!("{p}.amount")) }
                <NumField key={fid("cap")} id={fid("cap")} label={i18n::PK_CAP} {lang} value={item.cap_cny} scale={1e4} optional={true}
                    on_change={num(itn(|it, v| it.cap_cny = v))} />
                { at(&format!("{p}.cap_cny")) }
                { select(fid("timing"), i18n::PK_TIMING, match item.timing { Timing::Once => "once", Timing::Yearly { .. } => "yearly" },
                    vec![("once", i18n::PK_ONCE), ("yearly", i18n::PK_YEARLY)],
                    it(|it, v| it.timing = if v == "yearly" { Timing::Yearly { years: 3 } } else { Timing::Once })) }
                if let Timing::Yearly { years } = item.timing {
                    <NumField key={fid("years")} id={fid("years")} label={i18n::PK_YEARS} {lang} value={Some(years as f64)} scale={1.0} optional={false}
                        on_change={num(itn(|it, v| it.timing = Timing::Yearly { years: v.unwrap_or(0.0).round() as u32 }))} />
                    { at(&format!("{p}.timing")) }
                }
                <div class="pkg-conditions">
                    <p class="help">{ lang.pick(i18n::PK_CONDITIONS) }</p>
                    { text_in(fid("industry"), i18n::PK_INDUSTRY, cond.industry_prefixes.join(", "),
                        c(|c, v| c.industry_prefixes = v.split([',', '，', ' ']).map(str::trim).filter(|s| !s.is_empty()).map(str::to_uppercase).collect())) }
                    <NumField key={fid("min-fai")} id={fid("min-fai")} label={i18n::PK_MIN_FAI} {lang} value={cond.min_fixed_assets_cny} scale={1e4} optional={true}
                        on_change={num(cn(|c, v| c.min_fixed_assets_cny = v))} />
                    <NumField key={fid("min-jobs")} id={fid("min-jobs")} label={i18n::PK_MIN_JOBS} {lang} value={cond.min_jobs} scale={1.0} optional={true}
                        on_change={num(cn(|c, v| c.min_jobs = v))} />
                    <NumField key={fid("min-tax")} id={fid("min-tax")} label={i18n::PK_MIN_TAX} {lang} value={cond.min_tax_cny} scale={1e4} optional={true}
                        on_change={num(cn(|c, v| c.min_tax_cny = v))} />
                    <NumField key={fid("min-mu")} id={fid("min-mu")} label={i18n::PK_MIN_MU} {lang} value={cond.min_land_mu} scale={1.0} optional={true}
                        on_change={num(cn(|c, v| c.min_land_mu = v))} />
                    <NumField key={fid("max-mu")} id={fid("max-mu")} label={i18n::PK_MAX_MU} {lang} value={cond.max_land_mu} scale={1.0} optional={true}
                        on_change={num(cn(|c, v| c.max_land_mu = v))} />
                    { select(fid("min-tier"), i18n::PK_MIN_TIER, &cond.min_tier.map(|t| t.to_string()).unwrap_or_default(),
                        vec![("", i18n::PK_ANY), ("1", i18n::PK_TIER1), ("2", i18n::PK_TIER2), ("3", i18n::PK_TIER3)],
                        c(|c, v| c.min_tier = v.parse().ok())) }
                    { select(fid("foreign"), i18n::PK_FOREIGN, tri(cond.foreign_invested),
                        vec![("", i18n::PK_ANY), ("yes", i18n::YES), ("no", i18n::NO)],
                        c(|c, v| c.foreign_invested = match v.as_str() { "yes" => Some(true), "no" => Some(false), _ => None })) }
                    { select(fid("rank"), i18n::PK_RANK, tri(cond.investor_rank),
                        vec![("", i18n::PK_ANY), ("yes", i18n::YES), ("no", i18n::NO)],
                        c(|c, v| c.investor_rank = match v.as_str() { "yes" => Some(true), "no" => Some(false), _ => None })) }
                    if item.when.len() > 1 {
                        <p class="help">{ format!("{} {}", item.when.len() - 1, lang.pick(i18n::PK_MORE_ALTERNATIVES)) }</p>
                    }
                    { at(&format!("{p}.when")) }
                </div>
                { text_in(fid("stack"), i18n::PK_STACK, item.stack_group.clone().unwrap_or_default(),
                    it(|it, v| it.stack_group = (!v.trim().is_empty()).then(|| v.trim().to_string()))) }
                { date_in(fid("from"), i18n::PK_FROM, Some(item.effective_from), it(|it, v| if let Some(d) = Date::parse(&v) { it.effective_from = d })) }
                { date_in(fid("to"), i18n::PK_TO, item.effective_to, it(|it, v| it.effective_to = Date::parse(&v))) }
                { at(&format!("{p}.effective_to")) }
                { text_in(fid("basis-doc"), i18n::PK_BASIS_DOC, basis.document.clone(), cite(|c, v| c.document = v)) }
                { text_in(fid("basis-number"), i18n::PK_BASIS_NUMBER, basis.number.clone().unwrap_or_default(), cite(|c, v| c.number = (!v.trim().is_empty()).then(|| v.trim().to_string()))) }
                { text_in(fid("basis-article"), i18n::PK_BASIS_ARTICLE, basis.article.clone().unwrap_or_default(), cite(|c, v| c.article = (!v.trim().is_empty()).then(|| v.trim().to_string()))) }
                { at(&format!("{p}.legal_basis")) }
                { select(fid("status"), i18n::PK_STATUS, match item.status {
                        ItemStatus::InForce => "in_force", ItemStatus::Lapsed => "lapsed",
                        ItemStatus::PossiblySuperseded => "possibly_superseded", ItemStatus::NeedsReview => "needs_review" },
                    vec![("in_force", i18n::PK_IN_FORCE), ("needs_review", i18n::PK_NEEDS_REVIEW),
                         ("possibly_superseded", i18n::PK_SUPERSEDED), ("lapsed", i18n::PK_LAPSED)],
                    it(|it, v| it.status = match v.as_str() {
                        "in_force" => ItemStatus::InForce, "lapsed" => ItemStatus::Lapsed,
                        "possibly_superseded" => ItemStatus::PossiblySuperseded, _ => ItemStatus::NeedsReview })) }
                <label class="toggle">
                    <input type="checkbox" id={fid("selective")} checked={item.selective} onchange={edit(it(|it, v| it.selective = v == "true"))} />
                    { lang.pick(i18n::PK_SELECTIVE) }
                </label>
                { text_in(fid("note-zh"), i18n::PK_NOTE_ZH, item.note.zh.clone(), it(|it, v| it.note.zh = v)) }
                { text_in(fid("note-en"), i18n::PK_NOTE_EN, item.note.en.clone(), it(|it, v| it.note.en = v)) }
                <button type="button" id={fid("remove")} onclick={remove}>{ lang.pick(i18n::PK_REMOVE_ITEM) }</button>
            </fieldset>
        }
    };
    let add_item = {
        let draft = draft.clone();
        Callback::from(move |_: MouseEvent| {
            let mut d = (*draft).clone();
            let today = d.last_verified;
            let n = d.items.len() + 1;
            d.items.push(new_item(today, n));
            draft.set(d);
        })
    };
    let can_save = problems.is_empty() && invalid.is_empty();
    let save = {
        let cb = props.on_save.clone();
        let d = d.clone();
        Callback::from(move |_: MouseEvent| {
            if can_save {
                cb.emit(d.clone())
            }
        })
    };
    let cancel = props.on_cancel.reform(|_: MouseEvent| ());
    html! {
        <section class="package-editor" id="package-editor" aria-labelledby="package-editor-title">
            <h2 id="package-editor-title">{ lang.pick(i18n::EDIT_PACKAGE) }</h2>
            <p class="help">{ lang.pick(i18n::EDITOR_HELP) }</p>
            if props.restored {
                <p class="warn" role="status" id="package-draft-restored">{ lang.pick(i18n::DRAFT_RESTORED) }</p>
            }
            <div class="pkg-grid">
                { text_in("pkg-id".into(), i18n::PK_ID, d.id.clone(), Rc::new(|d, v| d.id = v.trim().to_string())) }
                { at("id") }
                { text_in("pkg-name-zh".into(), i18n::PK_NAME_ZH, d.name.zh.clone(), Rc::new(|d, v| d.name.zh = v)) }
                { text_in("pkg-name-en".into(), i18n::PK_NAME_EN, d.name.en.clone(), Rc::new(|d, v| d.name.en = v)) }
                { at("name") }
                { select("pkg-level".into(), i18n::PK_LEVEL, level_key, levels, Rc::new(|d, v| d.level = match v.as_str() {
                    "province" => Level::Province, "city" => Level::City, "county" => Level::County, _ => Level::Park })) }
                { text_in("pkg-region".into(), i18n::PK_REGION, d.region.clone(), Rc::new(|d, v| d.region = v)) }
                { date_in("pkg-verified".into(), i18n::PK_VERIFIED, Some(d.last_verified), Rc::new(|d, v| if let Some(x) = Date::parse(&v) { d.last_verified = x })) }
            </div>
            { for d.items.iter().enumerate().map(|(i, item)| item_editor(i, item)) }
            <div class="package-actions">
                <button type="button" id="pkg-add-item" onclick={add_item}>{ lang.pick(i18n::PK_ADD_ITEM) }</button>
                <button type="button" id="pkg-save" onclick={save} disabled={!can_save}>{ lang.pick(i18n::SAVE) }</button>
                <button type="button" id="pkg-cancel" onclick={cancel}>{ lang.pick(i18n::CANCEL) }</button>
            </div>
            if !can_save {
                <p class="error" role="status" id="pkg-problems">
                    { format!("{} {}", problems.len() + invalid.len(), lang.pick(i18n::PROBLEMS_TO_FIX)) }
                </p>
            }
        </section>
    }
}

/// Edits item `i`'s first set of conditions, creating it if needed and
/// dropping it again when it ends up empty (no condition = any project).
fn edit_first_condition(d: &mut Package, i: usize, f: impl FnOnce(&mut ItemCondition)) {
    let Some(item) = d.items.get_mut(i) else {
        return;
    };
    if item.when.is_empty() {
        item.when.push(ItemCondition::default());
    }
    f(&mut item.when[0]);
    if item.when[0] == ItemCondition::default() {
        item.when.remove(0);
    }
}

/// "MIN-MAX: PER_MU" lines in 万元 and yuan per 亩, e.g. "10000-30000: 15000".
fn parse_tiers(text: &str) -> Vec<InvestmentTier> {
    text.lines()
        .filter_map(|l| {
            let (range, per) = l.split_once(':').or_else(|| l.split_once('：'))?;
            let (lo, hi) = match range.split_once('-') {
                Some((a, b)) => (a.trim(), Some(b.trim())),
                None => (range.trim().trim_end_matches('+'), None),
            };
            Some(InvestmentTier {
                min_cny: lo.parse::<f64>().ok()? * 1e4,
                max_cny: match hi {
                    Some(h) if !h.is_empty() => Some(h.parse::<f64>().ok()? * 1e4),
                    _ => None,
                },
                per_mu_cny: Some(per.trim().parse::<f64>().ok()?),
                fixed_cny: None,
            })
        })
        .collect()
}

fn tiers_text(tiers: &[InvestmentTier]) -> String {
    tiers
        .iter()
        .map(|t| {
            format!(
                "{}-{}: {}",
                t.min_cny / 1e4,
                t.max_cny.map(|m| (m / 1e4).to_string()).unwrap_or_default(),
                t.per_mu_cny.or(t.fixed_cny).unwrap_or(0.0)
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tiers_round_trip_through_their_text() {
        let t = parse_tiers("10000-30000: 15000\n30000-50000: 25000\n50000-: 35000\nnonsense");
        assert_eq!(t.len(), 3);
        assert_eq!(t[0].min_cny, 1e8);
        assert_eq!(t[1].max_cny, Some(5e8));
        assert_eq!(t[2].max_cny, None);
        assert_eq!(parse_tiers(&tiers_text(&t)), t);
    }

    #[test]
    fn an_emptied_condition_set_is_dropped_so_the_item_applies_to_any_project() {
        let mut p = template(Date::new(2026, 11, 23));
        edit_first_condition(&mut p, 0, |c| c.min_jobs = Some(100.0));
        assert_eq!(p.items[0].when[0].min_jobs, Some(100.0));
        edit_first_condition(&mut p, 0, |c| c.min_jobs = None);
        assert!(p.items[0].when.is_empty());
        // Out of range: nothing happens.
        edit_first_condition(&mut p, 9, |c| c.min_jobs = Some(1.0));
        assert_eq!(p.items.len(), 1);
    }

    #[test]
    fn the_template_needs_filling_in_before_it_can_be_saved() {
        let p = template(Date::new(2026, 11, 23));
        let problems = validate(&p);
        // The item has no title and no legal basis yet.
        assert!(problems.iter().any(|(at, _)| at == "items[0].title"));
        assert!(problems.iter().any(|(at, _)| at == "items[0].legal_basis"));
    }
}
