//! The package editor: a draft of one package, each field at its place,
//! with the engine's `validate` deciding what may be saved.

use super::fields::{
    item_input, item_input_id, live_fields, typed_edit, without_item, BandsField, NumField,
};
use super::new_item;
use crate::i18n::{self, Lang};
use jiujiang_engine::data_types::{
    Amount, Citation, InvestmentTier, ItemCondition, ItemStatus, Level, Package, PackageItem,
    Timing,
};
use jiujiang_engine::incentives::validate;
use jiujiang_engine::project::L10n;
use jiujiang_engine::{Date, Text};
use std::collections::BTreeMap;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

/// Applies a text input's value to the draft.
type EditText = Rc<dyn Fn(&mut Package, String)>;
/// Applies a number input's value (blank: `None`) to the draft.
type EditNum = Rc<dyn Fn(&mut Package, Option<f64>)>;

#[derive(Properties, PartialEq)]
pub(super) struct EditorProps {
    pub lang: Lang,
    pub draft: Package,
    /// Ids of the bundled packages, which a user package may not take.
    pub taken: Vec<String>,
    /// Ids of the user's other packages: saving over one would replace it
    /// without a word.
    #[prop_or_default]
    pub mine: Vec<String>,
    pub on_save: Callback<Package>,
    pub on_cancel: Callback<()>,
    /// The draft was left unsaved by an earlier visit.
    #[prop_or_default]
    pub restored: bool,
    /// Text the editor could not read when the draft was left, by input id:
    /// shown again as typed, with its error.
    #[prop_or_default]
    pub typed: BTreeMap<String, String>,
}

#[function_component(PackageEditor)]
pub(super) fn package_editor(props: &EditorProps) -> Html {
    let lang = props.lang;
    let draft = use_state(|| props.draft.clone());
    use_effect_with((*draft).clone(), crate::storage::save_package_draft);
    // Inputs whose text cannot be read, by input id, with the text as typed:
    // they block saving, and are kept with the draft so a reload loses none.
    let invalid = use_state(|| props.typed.clone());
    // Bumped when an item is removed: the items after it move up a place,
    // and their fields must start again from the draft (and the unread text
    // that moved with them), not keep the text of the item that was there.
    let generation = use_state(|| 0u32);
    // Amounts of the kinds an item was switched away from, by item and kind.
    let stash = use_mut_ref(BTreeMap::<(usize, String), Amount>::new);
    use_effect_with((*invalid).clone(), |t| {
        crate::storage::save_package_draft_typed(t)
    });
    // Inputs the user has changed, by input id. A problem is marked at its
    // field only once one of its inputs was changed, or when asked to show
    // them all: a new item opened with three red messages before anything
    // was typed (a review of the editor). A restored draft shows them all.
    // Kept outside the state: recording a keystroke must not redraw the
    // form, whose text inputs hold the draft's value until they change. The
    // field's own handler redraws once the draft changes, and the record is
    // read then.
    let touched = use_mut_ref(BTreeMap::<String, ()>::new);
    // The item removed last, where it was, with its unread text and what
    // was touched in it: put back by its undo (a user test lost an item,
    // its basis and conditions, to one tap).
    let removed = use_state(|| None::<Removed>);
    let show_all = use_state(|| props.restored);
    let record = {
        let touched = touched.clone();
        move |e: &Event| {
            let id = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .map(|el| el.id())
                .unwrap_or_default();
            if !id.is_empty() {
                touched.borrow_mut().insert(id, ());
            }
        }
    };
    let on_any_change = {
        let record = record.clone();
        Callback::from(move |e: Event| record(&e))
    };
    let on_any_input = Callback::from(move |e: InputEvent| record(&e));

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
    let num = |f: EditNum| typed_edit(&draft, &invalid, f);
    let typed = |id: &str| invalid.get(id).cloned();

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
    if props.mine.contains(&d.id) {
        problems.push((
            "id".into(),
            Text {
                zh: "此代号已被您的另一个优惠包使用，请改用其他代号。".into(),
                en: "Another of your packages has this id; use another.".into(),
            },
        ));
    }
    let seen = |path: &str| -> bool {
        // What an item replaces has no input here (it comes with an
        // imported file): its problem shows at once.
        *show_all
            || path.contains(".replaces")
            || touched
                .borrow()
                .keys()
                .any(|id| touched_problem(id).is_some_and(|p| path_within(path, &p)))
    };
    let at = |prefix: &str| -> Html {
        if !seen(prefix) {
            return html! {};
        }
        let here: Vec<&(String, Text)> = problems
            .iter()
            .filter(|(a, _)| path_within(a, prefix))
            .collect();
        html! { <>{ for here.iter().map(|(_, m)| html! { <span class="error" role="alert">{ lang.text(m) }</span> }) }</> }
    };
    // A text input is marked where the problem it is part of is reported
    // (a user test saw "name missing" with no field outlined).
    let refused = |id: &str| -> bool {
        let path = problem_path(id);
        path.is_some_and(|path| seen(&path) && problems.iter().any(|(a, _)| *a == path))
    };
    let text_in = |id: String, label: L10n, value: String, f: EditText| {
        let bad = refused(&id);
        html! {
            <label>{ lang.pick(label) }
                <input id={id} type="text" maxlength="300" value={value} onchange={edit(f)}
                    aria-invalid={bad.then_some("true")} />
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
        let fid = |name: &str| item_input_id(i, name);
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
        let amount_key = amount_kind(&item.amount);
        let amount_fields = match &item.amount {
            Amount::PctOfFixedAssets { rate } => html! {
                <NumField key={fid("rate")} id={fid("rate")} typed={typed(&fid("rate"))} label={i18n::PK_RATE} {lang} value={Some(*rate)} scale={0.01} optional={false} percent={true}
                    on_change={num(itn(|it, v| it.amount = Amount::PctOfFixedAssets { rate: v.unwrap_or(0.0) }))} />
            },
            Amount::PerMu { cny } => html! {
                <NumField key={fid("cny")} id={fid("cny")} typed={typed(&fid("cny"))} label={i18n::PK_PER_MU} money=true {lang} value={Some(*cny)} scale={1.0} optional={false}
                    on_change={num(itn(|it, v| it.amount = Amount::PerMu { cny: v.unwrap_or(0.0) }))} />
            },
            Amount::PerJob { cny } => html! {
                <NumField key={fid("cny")} id={fid("cny")} typed={typed(&fid("cny"))} label={i18n::PK_PER_JOB} money=true {lang} value={Some(*cny)} scale={1.0} optional={false}
                    on_change={num(itn(|it, v| it.amount = Amount::PerJob { cny: v.unwrap_or(0.0) }))} />
            },
            Amount::Fixed { min_cny, max_cny } => html! {
                <>
                    <NumField key={fid("min")} id={fid("min")} typed={typed(&fid("min"))} label={i18n::PK_MIN} money=true {lang} value={Some(*min_cny)} scale={1e4} optional={false}
                        on_change={num(itn(|it, v| if let Amount::Fixed { min_cny, .. } = &mut it.amount { *min_cny = v.unwrap_or(0.0) }))} />
                    <NumField key={fid("max")} id={fid("max")} typed={typed(&fid("max"))} label={i18n::PK_MAX} money=true {lang} value={Some(*max_cny)} scale={1e4} optional={false}
                        on_change={num(itn(|it, v| if let Amount::Fixed { max_cny, .. } = &mut it.amount { *max_cny = v.unwrap_or(0.0) }))} />
                </>
            },
            Amount::TieredByInvestment { tiers } => {
                let on_change = typed_edit(
                    &draft,
                    &invalid,
                    Rc::new(move |d: &mut Package, bands: Vec<InvestmentTier>| {
                        if let Some(item) = d.items.get_mut(i) {
                            item.amount = Amount::TieredByInvestment { tiers: bands };
                        }
                    }),
                );
                html! {
                    <BandsField key={fid("tiers")} id={fid("tiers")} {lang} bands={tiers.clone()} typed={typed(&fid("tiers"))} {on_change} />
                }
            }
            Amount::Unstated => html! {},
        };
        // Switching an amount's kind and back brings back what was typed
        // for it (a user test lost a fixed sum to 0 that way).
        let switch_kind: EditText = {
            let stash = stash.clone();
            Rc::new(move |d: &mut Package, v: String| {
                let Some(item) = d.items.get_mut(i) else {
                    return;
                };
                let mut stash = stash.borrow_mut();
                let old = std::mem::replace(&mut item.amount, Amount::Unstated);
                stash.insert((i, amount_kind(&old)), old);
                item.amount = stash
                    .remove(&(i, v.clone()))
                    .unwrap_or_else(|| fresh_amount(&v));
            })
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
            let invalid = invalid.clone();
            let touched = touched.clone();
            let generation = generation.clone();
            let stash = stash.clone();
            let removed = removed.clone();
            Callback::from(move |_: MouseEvent| {
                // The items after it move up a place: what was kept for
                // them by place no longer belongs to them.
                stash.borrow_mut().clear();
                generation.set(generation.wrapping_add(1));
                let mut d = (*draft).clone();
                if i < d.items.len() {
                    removed.set(Some(Removed {
                        at: i,
                        item: d.items.remove(i),
                        invalid: super::fields::of_item(&invalid, i),
                        touched: super::fields::of_item(&touched.borrow(), i),
                    }));
                }
                draft.set(d);
                invalid.set(without_item(&invalid, i));
                let kept = without_item(&touched.borrow(), i);
                *touched.borrow_mut() = kept;
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
            <fieldset class="pkg-item" id={format!("pkg-item-{i}")} key={format!("{}-{i}", *generation)}>
                <legend>{ format!("{} {}", lang.pick(i18n::PK_ITEM), i + 1) }</legend>
                { text_in(fid("id"), i18n::PK_ID, item.id.clone(), it(|it, v| it.id = v.trim().to_string())) }
                { at(&format!("{p}.id")) }
                { at(&format!("{p}.replaces")) }
                { text_in(fid("title-zh"), i18n::PK_TITLE_ZH, item.title.zh.clone(), it(|it, v| it.title.zh = v)) }
                { text_in(fid("title-en"), i18n::PK_TITLE_EN, item.title.en.clone(), it(|it, v| it.title.en = v)) }
                { at(&format!("{p}.title")) }
                { select(fid("amount-kind"), i18n::PK_AMOUNT, &amount_key, vec![
                    ("fixed", i18n::PK_FIXED), ("pct_of_fixed_assets", i18n::PK_PCT), ("tiered_by_investment", i18n::PK_TIERED),
                    ("per_mu", i18n::PK_PER_MU), ("per_job", i18n::PK_PER_JOB), ("unstated", i18n::PK_UNSTATED),
                  ], switch_kind) }
                { amount_fields }
                // Text that cannot be read is said at its field: the amount
                // it left behind is not refused a second time beside it.
                if !["rate", "cny", "min", "max", "tiers"].iter().any(|n| invalid.contains_key(&fid(n))) {
                    { at(&format!("{p}.amount")) }
                }
                <NumField key={fid("cap")} id={fid("cap")} typed={typed(&fid("cap"))} label={i18n::PK_CAP} money=true {lang} value={item.cap_cny} scale={1e4} optional={true}
                    on_change={num(itn(|it, v| it.cap_cny = v))} />
                { at(&format!("{p}.cap_cny")) }
                { select(fid("timing"), i18n::PK_TIMING, match item.timing { Timing::Once => "once", Timing::Yearly { .. } => "yearly" },
                    vec![("once", i18n::PK_ONCE), ("yearly", i18n::PK_YEARLY)],
                    it(|it, v| it.timing = if v == "yearly" { Timing::Yearly { years: 0 } } else { Timing::Once })) }
                if let Timing::Yearly { years } = item.timing {
                    <NumField key={fid("years")} id={fid("years")} typed={typed(&fid("years"))} label={i18n::PK_YEARS} {lang} value={(years > 0).then_some(years as f64)} scale={1.0} optional={true} whole={true}
                        on_change={num(itn(|it, v| it.timing = Timing::Yearly { years: v.unwrap_or(0.0).round() as u32 }))} />
                    { at(&format!("{p}.timing")) }
                }
                <div class="pkg-conditions">
                    <p class="help">{ lang.pick(i18n::PK_CONDITIONS) }</p>
                    { text_in(fid("industry"), i18n::PK_INDUSTRY, cond.industry_prefixes.join(", "),
                        c(|c, v| c.industry_prefixes = v.split([',', '，', ' ']).map(str::trim).filter(|s| !s.is_empty()).map(str::to_uppercase).collect())) }
                    <NumField key={fid("min-fai")} id={fid("min-fai")} typed={typed(&fid("min-fai"))} label={i18n::PK_MIN_FAI} money=true {lang} value={cond.min_fixed_assets_cny} scale={1e4} optional={true}
                        on_change={num(cn(|c, v| c.min_fixed_assets_cny = v))} />
                    <NumField key={fid("min-jobs")} id={fid("min-jobs")} typed={typed(&fid("min-jobs"))} label={i18n::PK_MIN_JOBS} {lang} value={cond.min_jobs} scale={1.0} optional={true} whole={true}
                        on_change={num(cn(|c, v| c.min_jobs = v))} />
                    <NumField key={fid("min-tax")} id={fid("min-tax")} typed={typed(&fid("min-tax"))} label={i18n::PK_MIN_TAX} money=true {lang} value={cond.min_tax_cny} scale={1e4} optional={true}
                        on_change={num(cn(|c, v| c.min_tax_cny = v))} />
                    <NumField key={fid("min-mu")} id={fid("min-mu")} typed={typed(&fid("min-mu"))} label={i18n::PK_MIN_MU} {lang} value={cond.min_land_mu} scale={1.0} optional={true}
                        on_change={num(cn(|c, v| c.min_land_mu = v))} />
                    <NumField key={fid("max-mu")} id={fid("max-mu")} typed={typed(&fid("max-mu"))} label={i18n::PK_MAX_MU} {lang} value={cond.max_land_mu} scale={1.0} optional={true}
                        on_change={num(cn(|c, v| c.max_land_mu = v))} />
                    { select(fid("min-tier"), i18n::PK_MIN_TIER, &cond.min_tier.map(|t| t.to_string()).unwrap_or_default(),
                        vec![("", i18n::PK_ANY), ("1", i18n::PK_TIER1), ("2", i18n::PK_TIER2), ("3", i18n::PK_TIER3)],
                        c(|c, v| c.min_tier = v.parse().ok())) }
                    { select(fid("foreign"), i18n::PK_FOREIGN, tri(cond.foreign_invested),
                        vec![("", i18n::PK_ANY), ("yes", i18n::YES), ("no", i18n::NO)],
                        c(|c, v| c.foreign_invested = match v.as_str() { "yes" => Some(true), "no" => Some(false), _ => None })) }
                    { action_boxes(&fid("action"), &cond.actions, lang, |key| {
                        edit(Rc::new(move |d: &mut Package, v: String| {
                            edit_first_condition(d, i, |c| toggle_action(&mut c.actions, key, v == "true"))
                        }))
                    }) }
                    { select(fid("rank"), i18n::PK_RANK, tri(cond.investor_rank),
                        vec![("", i18n::PK_ANY), ("yes", i18n::YES), ("no", i18n::NO)],
                        c(|c, v| c.investor_rank = match v.as_str() { "yes" => Some(true), "no" => Some(false), _ => None })) }
                    if item.when.len() > 1 {
                        <p class="help">{ format!("{} {}", item.when.len() - 1, lang.pick(if item.when.len() == 2 { i18n::PK_ONE_MORE_ALTERNATIVE } else { i18n::PK_MORE_ALTERNATIVES })) }</p>
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
    // Unread text counts only while its field is on the page (a field
    // leaves with its amount kind or timing; its text comes back with it).
    let live = live_fields(&d);
    let unread = invalid.keys().filter(|id| live.contains(*id)).count();
    let can_save = problems.is_empty() && unread == 0;
    let hidden = problems.iter().filter(|(a, _)| !seen(a)).count();
    let show_problems = {
        let show_all = show_all.clone();
        Callback::from(move |_: MouseEvent| show_all.set(true))
    };
    let save = {
        let cb = props.on_save.clone();
        let d = d.clone();
        Callback::from(move |_: MouseEvent| {
            if can_save {
                cb.emit(d.clone())
            }
        })
    };
    // Leaving with changes unsaved asks first: 取消 sits beside 保存, and
    // a tap on the wrong one lost a typed item (a user test on a tablet).
    let confirming = use_state(|| false);
    let changed = d != props.draft || unread > 0;
    let cancel = {
        let cb = props.on_cancel.clone();
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| {
            if changed && !*confirming {
                confirming.set(true);
            } else {
                cb.emit(())
            }
        })
    };
    let keep_editing = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(false))
    };
    html! {
        <section class="package-editor" id="package-editor" aria-labelledby="package-editor-title" onchange={on_any_change} oninput={on_any_input}>
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
                // What the name does to the estimate, said where it is typed
                // (a user test saw a county name hold every item back).
                <p class="help" id="pkg-region-help">{ lang.pick(i18n::PK_REGION_HELP) }</p>
                { date_in("pkg-verified".into(), i18n::PK_VERIFIED, Some(d.last_verified), Rc::new(|d, v| if let Some(x) = Date::parse(&v) { d.last_verified = x })) }
            </div>
            { for d.items.iter().enumerate().map(|(i, item)| item_editor(i, item)) }
            if let Some(r) = &*removed {
                <p class="ok" role="status" id="pkg-item-removed">
                    { lang.pick(i18n::PK_ITEM_REMOVED).replace("{id}", &r.item.id) }
                    { " " }<button type="button" id="pkg-undo-remove" onclick={{
                        let (draft, invalid, touched) = (draft.clone(), invalid.clone(), touched.clone());
                        let (generation, stash, removed) = (generation.clone(), stash.clone(), removed.clone());
                        Callback::from(move |_: MouseEvent| {
                            let Some(r) = (*removed).clone() else { return };
                            stash.borrow_mut().clear();
                            generation.set(generation.wrapping_add(1));
                            let mut d = (*draft).clone();
                            d.items.insert(r.at.min(d.items.len()), r.item.clone());
                            draft.set(d);
                            invalid.set(super::fields::with_item_back(&invalid, r.at, &r.invalid));
                            let back = super::fields::with_item_back(&touched.borrow(), r.at, &r.touched);
                            *touched.borrow_mut() = back;
                            removed.set(None);
                        })
                    }}>{ lang.pick(i18n::UNDO_DELETE_PACKAGE) }</button>
                </p>
            }
            <div class="package-actions">
                <button type="button" id="pkg-add-item" onclick={add_item}>{ lang.pick(i18n::PK_ADD_ITEM) }</button>
                <button type="button" id="pkg-save" onclick={save} disabled={!can_save}>{ lang.pick(i18n::SAVE) }</button>
                if !*confirming {
                    <button type="button" id="pkg-cancel" onclick={cancel.clone()}>{ lang.pick(i18n::CANCEL) }</button>
                }
            </div>
            if *confirming {
                <p class="warn" role="alert" id="pkg-cancel-ask">
                    { lang.pick(i18n::DISCARD_ASK) }{ " " }
                    <button type="button" id="pkg-cancel-confirm" onclick={cancel}>{ lang.pick(i18n::DISCARD_CHANGES) }</button>
                    { " " }
                    <button type="button" id="pkg-keep-editing" onclick={keep_editing}>{ lang.pick(i18n::KEEP_EDITING) }</button>
                </p>
            }
            if !can_save {
                // Until a problem is shown at its field, the count is a
                // plain note with a way to see where (save is disabled).
                <p class={if hidden > 0 { "help" } else { "error" }} role="status" id="pkg-problems">
                    { format!("{} {}", problems.len() + unread, lang.pick(i18n::PROBLEMS_TO_FIX)) }
                    if hidden > 0 {
                        { " " }
                        <button type="button" id="pkg-show-problems" onclick={show_problems}>{ lang.pick(i18n::SHOW_WHERE) }</button>
                    }
                </p>
            }
        </section>
    }
}

/// Whether the problem at `path` lies at or under `prefix`.
fn path_within(path: &str, prefix: &str) -> bool {
    path == prefix
        || path
            .strip_prefix(prefix)
            .is_some_and(|rest| rest.starts_with('.') || rest.starts_with('['))
}

/// The problem a change to input `id` bears on, so its message may show:
/// each amount, condition and citation input, as well as the marked ones.
fn touched_problem(id: &str) -> Option<String> {
    if id == "pkg-name-en" {
        return Some("name".into());
    }
    if let Some(path) = problem_path(id) {
        return Some(path);
    }
    let (i, name) = item_input(id)?;
    let field = match name {
        "title-en" => "title",
        // Not the lower end alone: its upper end still blank read as 0,
        // "lower above upper" showed as the user moved to type it (a re-test).
        "rate" | "cny" | "max" | "tiers" => "amount",
        "cap" => "cap_cny",
        "years" => "timing",
        "industry" | "min-fai" | "min-jobs" | "min-tax" | "min-mu" | "max-mu" | "min-tier"
        | "foreign" | "rank" => "when",
        "from" | "to" => "effective_to",
        "basis-number" | "basis-article" => "legal_basis",
        _ => return None,
    };
    Some(format!("items[{i}].{field}"))
}

/// Where `validate` reports a problem with the text input `id`: the
/// package's id and name, an item's id, title and legal basis.
fn problem_path(id: &str) -> Option<String> {
    match id {
        "pkg-id" => return Some("id".into()),
        // The Chinese name and title are the required ones: a blank English
        // one is shown as the Chinese, so it is not marked.
        "pkg-name-zh" => return Some("name".into()),
        _ => {}
    }
    let (i, name) = item_input(id)?;
    let field = match name {
        "id" => "id",
        "title-zh" => "title",
        "basis-doc" => "legal_basis",
        _ => return None,
    };
    Some(format!("items[{i}].{field}"))
}

/// The key of an amount's kind, as the kind select names it.
fn amount_kind(a: &Amount) -> String {
    match a {
        Amount::PctOfFixedAssets { .. } => "pct_of_fixed_assets",
        Amount::TieredByInvestment { .. } => "tiered_by_investment",
        Amount::PerMu { .. } => "per_mu",
        Amount::PerJob { .. } => "per_job",
        Amount::Fixed { .. } => "fixed",
        Amount::Unstated => "unstated",
    }
    .to_string()
}

/// A kind's amount before anything is typed for it.
fn fresh_amount(kind: &str) -> Amount {
    match kind {
        "pct_of_fixed_assets" => Amount::PctOfFixedAssets { rate: 0.0 },
        "tiered_by_investment" => Amount::TieredByInvestment {
            tiers: vec![InvestmentTier {
                min_cny: 0.0,
                max_cny: None,
                per_mu_cny: None,
                fixed_cny: Some(0.0),
            }],
        },
        "per_mu" => Amount::PerMu { cny: 0.0 },
        "per_job" => Amount::PerJob { cny: 0.0 },
        "unstated" => Amount::Unstated,
        _ => Amount::Fixed {
            min_cny: 0.0,
            max_cny: 0.0,
        },
    }
}

/// The types of project an item is limited to, one box each: a package
/// may name several (INC-LOCAL-01 names new builds and expansions), and a
/// single select showed only the first and, once touched, dropped the rest.
/// No box ticked is any type, as the hint under them says.
fn action_boxes(
    id: &str,
    chosen: &[String],
    lang: Lang,
    on_toggle: impl Fn(&'static str) -> Callback<Event>,
) -> Html {
    let actions = jiujiang_engine::project::ACTIONS;
    html! {
        <fieldset class="pkg-actions" id={id.to_string()}>
            <legend>{ lang.pick(i18n::PK_ACTION) }</legend>
            { for actions.iter().map(|a| html! {
                <label class="toggle">
                    <input type="checkbox" id={format!("{id}-{}", a.key)}
                        checked={chosen.iter().any(|c| c == a.key)} onchange={on_toggle(a.key)} />
                    { lang.pick(a.label) }
                </label>
            }) }
            // A key no form offers (from an imported file) is kept, and said.
            { for chosen.iter().filter(|c| !actions.iter().any(|a| a.key == c.as_str())).map(|c| html! {
                <span class="toggle">{ c.clone() }</span>
            }) }
            <p class="help">{ lang.pick(i18n::PK_ACTIONS_NONE) }</p>
        </fieldset>
    }
}

/// Ticks or unticks one type of project, keeping the others in the order
/// the form lists them.
fn toggle_action(actions: &mut Vec<String>, key: &str, on: bool) {
    actions.retain(|a| a != key);
    if on {
        actions.push(key.to_string());
        let place = |a: &String| {
            jiujiang_engine::project::ACTIONS
                .iter()
                .position(|c| c.key == a.as_str())
                .unwrap_or(usize::MAX)
        };
        actions.sort_by_key(place);
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

/// An item removed in the editor, kept for its undo.
#[derive(Clone, PartialEq)]
struct Removed {
    at: usize,
    item: PackageItem,
    invalid: BTreeMap<String, String>,
    touched: BTreeMap<String, ()>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::components::packages::template;

    #[test]
    fn ticking_a_type_of_project_keeps_the_others_in_the_form_s_order() {
        let mut actions = vec!["relocation".to_string()];
        toggle_action(&mut actions, "new", true);
        toggle_action(&mut actions, "new", true);
        assert_eq!(actions, ["new", "relocation"]);
        toggle_action(&mut actions, "relocation", false);
        assert_eq!(actions, ["new"]);
        toggle_action(&mut actions, "new", false);
        assert!(actions.is_empty());
    }

    #[test]
    fn a_change_shows_the_problems_of_its_own_field_only() {
        assert_eq!(
            touched_problem("pkg-item-2-max").as_deref(),
            Some("items[2].amount")
        );
        assert_eq!(touched_problem("pkg-item-2-min"), None);
        assert_eq!(
            touched_problem("pkg-item-0-basis-article").as_deref(),
            Some("items[0].legal_basis")
        );
        assert_eq!(touched_problem("pkg-name-en").as_deref(), Some("name"));
        assert_eq!(touched_problem("pkg-item-0-amount-kind"), None);
        assert!(path_within("items[1].amount", "items[1].amount"));
        assert!(path_within("items[1].when[0].min_jobs", "items[1].when"));
        assert!(!path_within("items[10].title", "items[1]"));
        assert!(!path_within("items[1].amount_extra", "items[1].amount"));
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
