//! The project form: one `Field` per input the engine defines, in sections.

use super::field::Field;
use super::site::SiteHint;
use crate::i18n::{self, Lang};
use jiujiang_engine::model::{Section, FIELDS};
use jiujiang_engine::{FieldError, SiteEstimate};
use std::collections::BTreeMap;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FormProps {
    pub fields: BTreeMap<&'static str, String>,
    pub errors: Vec<FieldError>,
    pub lang: Lang,
    /// Where the engine puts the site, for the hint under the coordinates.
    pub estimate: Option<SiteEstimate>,
    /// The map, the boundary import and the layers' credits, shown at the
    /// end of the site section.
    pub site_panel: Html,
    pub on_change: Callback<(&'static str, String)>,
    pub on_example: Callback<()>,
    pub on_clear: Callback<()>,
}

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
    let given_site = typed("site.location") || typed("site.parcel");
    let section = |s: Section| {
        html! {
            <fieldset class="section" id={section_id(s)}>
                <legend>{ lang.pick(s.label()) }</legend>
                { for FIELDS.iter().filter(|f| f.section == s).map(|spec| html! {
                    <>
                        <Field
                            key={spec.key}
                            spec={spec}
                            value={AttrValue::from(props.fields.get(spec.key).cloned().unwrap_or_default())}
                            error={props.errors.iter().find(|e| e.field == spec.key).cloned()}
                            lang={lang}
                            on_change={props.on_change.clone()}
                        />
                        if spec.key == "site.location_datum" {
                            <SiteHint estimate={props.estimate.clone()} given={given_site} lang={lang}
                                location_text={AttrValue::from(props.fields.get("site.location").cloned().unwrap_or_default())} />
                            { props.site_panel.clone() }
                        }
                    </>
                }) }
            </fieldset>
        }
    };
    html! {
        <section class="form" aria-labelledby="form-title">
            <h2 id="form-title">{ lang.pick(i18n::FORM_TITLE) }</h2>
            <div class="form-actions">
                <button type="button" id="load-example" onclick={on_example}>{ lang.pick(i18n::LOAD_EXAMPLE) }</button>
                <button type="button" id="clear-form" onclick={on_clear}>{ lang.pick(i18n::CLEAR) }</button>
            </div>
            if !props.errors.is_empty() {
                <p class="form-error-summary" role="status">{ lang.pick(i18n::FIX_ERRORS) }</p>
            }
            { for Section::ALL.into_iter().map(section) }
        </section>
    }
}
