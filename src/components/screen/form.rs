//! The project form: one `Field` per input the engine defines, in sections.

use super::field::Field;
use crate::i18n::{self, Lang};
use jiujiang_engine::project::{FieldSpec, L10n, Section, FIELDS};
use jiujiang_engine::FieldError;
use std::collections::{BTreeMap, BTreeSet};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FormProps {
    pub fields: BTreeMap<&'static str, String>,
    pub errors: Vec<FieldError>,
    /// Fields given that no rule reads for this project (see `Field`).
    #[prop_or_default]
    pub not_read: Vec<(&'static str, L10n)>,
    /// Dollar figures refused in yuan fields, with the rate to offer them at
    /// (see `Field`).
    #[prop_or_default]
    pub dollars: Vec<(&'static str, (f64, f64, bool))>,
    pub lang: Lang,
    /// The map with what it makes of the site, the boundary import and the
    /// layers' credits, shown after the coordinates.
    pub site_panel: Html,
    /// Said under a field: the coordinates' (`site::location_note`), a
    /// survey record no longer read (`AppState::survey_stale`).
    #[prop_or_default]
    pub notes: Vec<(&'static str, AttrValue)>,
    pub on_change: Callback<(&'static str, String)>,
    pub on_example: Callback<()>,
    pub on_clear: Callback<()>,
    /// Set while the last Clear or example can be undone.
    pub on_undo: Option<Callback<()>>,
    /// Every field, or the first facts (and every field already given).
    pub full: bool,
    pub on_full: Callback<bool>,
}

/// What an investor brings to a first meeting: industry, type, site, scale.
/// The guided screening asks for the rest one question at a time.
pub const FIRST_FACTS: &[&str] = &[
    "name",
    "industry_code",
    "action",
    "site.location",
    "site.location_datum",
    "site.dist_yangtze_mainstream_m",
    "site.chemical_park",
    "site.in_compliant_park",
    "capacity.product",
    "capacity.new_t",
    "invest.total_10k_cny",
    "energy.stated_total_tce",
    "energy.electricity_10k_kwh",
];

/// Anchor of a form section, also the target of "please give: energy".
pub fn section_id(section: Section) -> String {
    format!("section-{}", section.key())
}

#[function_component(ProjectForm)]
pub fn project_form(props: &FormProps) -> Html {
    let lang = props.lang;
    let on_example = props.on_example.reform(|_: MouseEvent| ());
    let on_clear = props.on_clear.reform(|_: MouseEvent| ());
    let typed = |k: &str| props.fields.get(k).is_some_and(|v| !v.trim().is_empty());
    // A field typed in inside an open fold stays there while the fold is
    // open, and moves up with the given facts once it is closed: moved out
    // at its first key it lost focus, and on a phone the rest of the figure
    // with it (a user test's "200" became "2"); moved out when left, it
    // pushed the field tapped next from under the finger (a re-test).
    let held = use_state(BTreeSet::<&'static str>::new);
    // A field focused above the fold stays there, emptied or not: emptied
    // to be retyped, it folded away under the cursor and took the next
    // keys with it (a user test's land area, cleared to type "123").
    let kept = use_state(BTreeSet::<&'static str>::new);
    let first = |key: &str| {
        props.full
            || FIRST_FACTS.contains(&key)
            || ((typed(key) || kept.contains(key)) && !held.contains(key))
    };
    let on_focus_above = remember_focused(&kept, false);
    let on_focus_in = remember_focused(&held, true);
    // Closing a fold lets its held fields go.
    let on_toggle = |section: Section| {
        let held = held.clone();
        Callback::from(move |e: Event| {
            let open = e
                .target_dyn_into::<web_sys::Element>()
                .is_some_and(|d| d.has_attribute("open"));
            if !open && held.iter().any(|k| in_section(k, section)) {
                let now = held
                    .iter()
                    .copied()
                    .filter(|k| !in_section(k, section))
                    .collect();
                held.set(now);
            }
        })
    };
    let field_html = |(spec, help_above): (&'static FieldSpec, Option<&'static str>)| {
        html! {
            <>
                <Field
                    key={spec.key}
                    spec={spec}
                    help_above={help_above}
                    value={AttrValue::from(props.fields.get(spec.key).cloned().unwrap_or_default())}
                    error={props.errors.iter().find(|e| e.field == spec.key).cloned()}
                    not_read={props.not_read.iter().find(|(k, _)| *k == spec.key).map(|(_, why)| *why)}
                    dollars={props.dollars.iter().find(|(k, _)| *k == spec.key).map(|(_, d)| *d)}
                    lang={lang}
                    on_change={props.on_change.clone()}
                />
                // One slot a field, there or empty: a list of notes here
                // re-created the field before it as a note came, and the
                // coordinates lost the caret after one keystroke (a user test).
                if let Some((k, note)) = props.notes.iter().find(|(k, _)| *k == spec.key) {
                    <p class="echo warn field-note" id={format!("note-{}", k.replace('.', "-"))} role="note">{ note.clone() }</p>
                }
                if spec.key == "site.location_datum" {
                    { props.site_panel.clone() }
                }
            </>
        }
    };
    // In the guided screening each section shows its first facts and what
    // was given; the rest stays in the page, folded, so a link to a field
    // (and the browser's find) still reaches it.
    let section = |s: Section| {
        let (shown, folded): (Vec<_>, Vec<_>) = FIELDS
            .iter()
            .filter(|f| f.section == s)
            .partition(|f| first(f.key));
        html! {
            <fieldset class="section" id={section_id(s)} onfocusin={on_focus_above.clone()}>
                <legend>{ lang.pick(s.label()) }</legend>
                { for shared_help(&shown).into_iter().map(field_html) }
                if !folded.is_empty() {
                    <details class="more-fields" onfocusin={on_focus_in.clone()} ontoggle={on_toggle(s)}>
                        <summary>{ lang.pick(i18n::MORE_FIELDS).replace("{n}", &folded.len().to_string()) }</summary>
                        { for shared_help(&folded).into_iter().map(field_html) }
                    </details>
                }
            </fieldset>
        }
    };
    html! {
        <section class="form" aria-labelledby="form-title">
            <h2 id="form-title">{ lang.pick(i18n::FORM_TITLE) }</h2>
            <div class="form-actions">
                <button type="button" id="load-example" onclick={on_example}>{ lang.pick(i18n::LOAD_EXAMPLE) }</button>
                <button type="button" id="clear-form" onclick={on_clear}>{ lang.pick(i18n::CLEAR) }</button>
                if let Some(undo) = &props.on_undo {
                    <button type="button" id="undo-replace" onclick={undo.reform(|_: MouseEvent| ())}>{ lang.pick(i18n::UNDO_REPLACE) }</button>
                }
            </div>
            if props.full {
                <button type="button" id="first-facts-only" class="link"
                    onclick={props.on_full.reform(|_: MouseEvent| false)}>{ lang.pick(i18n::FIRST_FACTS_ONLY) }</button>
            } else {
                <p class="help first-facts-note">{ lang.pick(i18n::FIRST_FACTS_NOTE) }</p>
            }
            if props.errors.iter().any(|e| !searching(e, &props.fields)) {
                <p class="form-error-summary" role="status">{ lang.pick(i18n::FIX_ERRORS) }</p>
            }
            { for Section::ALL.into_iter().map(section) }
            if !props.full {
                <button type="button" id="show-all-fields"
                    onclick={props.on_full.reform(|_: MouseEvent| true)}>
                    { format!("{} ({})", lang.pick(i18n::SHOW_ALL_FIELDS), FIELDS.len()) }
                </button>
            }
        </section>
    }
}

/// Each field with the one above it whose help it repeats, where the
/// paragraph is shown once: five energy carriers under one long note read
/// as five notes (a user test).
fn in_section(key: &str, section: Section) -> bool {
    FIELDS.iter().any(|f| f.key == key && f.section == section)
}

fn shared_help(fields: &[&'static FieldSpec]) -> Vec<(&'static FieldSpec, Option<&'static str>)> {
    let mut first: Option<&'static FieldSpec> = None;
    (fields.iter())
        .map(|&f| {
            let same = first.filter(|p| !f.help.en.is_empty() && p.help == f.help);
            if same.is_none() {
                first = Some(f);
            }
            (f, same.map(|p| p.key))
        })
        .collect()
}

/// Adds the field focused to `set`, where it lies inside a fold (`in_fold`)
/// or above one, as the set asks: the section's handler and its fold's both
/// see a focus inside the fold.
fn remember_focused(
    set: &UseStateHandle<BTreeSet<&'static str>>,
    in_fold: bool,
) -> Callback<FocusEvent> {
    let set = set.clone();
    Callback::from(move |e: FocusEvent| {
        let Some(el) = e.target_dyn_into::<web_sys::Element>() else {
            return;
        };
        if el.closest("details").ok().flatten().is_some() != in_fold {
            return;
        }
        let name = el.get_attribute("name");
        let Some(spec) = name.and_then(|n| FIELDS.iter().find(|f| f.key == n)) else {
            return;
        };
        if !set.contains(spec.key) {
            let mut now = (*set).clone();
            now.insert(spec.key);
            set.set(now);
        }
    })
}

/// Words typed in the industry field that find classes: a search under way,
/// its matches listed at the field, not an input "to fix" in the summary's
/// red (a user test saw the banner while still searching).
fn searching(e: &jiujiang_engine::FieldError, fields: &BTreeMap<&'static str, String>) -> bool {
    let Ok(engine) = jiujiang_engine::Engine::embedded() else {
        return false;
    };
    e.field == "industry_code"
        && fields
            .get("industry_code")
            .is_some_and(|v| !engine.industry.search(v, 1).is_empty())
}
