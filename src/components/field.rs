//! One labelled input of the project form, with help text and the error for
//! that field. It keeps whatever the user typed, valid or not.

use crate::i18n::{self, Lang};
use jiujiang_engine::model::{Action, FieldKind, FieldSpec};
use jiujiang_engine::{Engine, FieldError};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FieldProps {
    pub spec: &'static FieldSpec,
    pub value: AttrValue,
    pub error: Option<FieldError>,
    pub lang: Lang,
    pub on_change: Callback<(&'static str, String)>,
}

/// DOM id of a field's input, also used by "please give" links.
pub fn input_id(key: &str) -> String {
    format!("field-{}", key.replace('.', "-"))
}

#[function_component(Field)]
pub fn field(props: &FieldProps) -> Html {
    let FieldProps {
        spec,
        value,
        error,
        lang,
        on_change,
    } = props;
    let key = spec.key;
    let id = input_id(key);
    let help_id = format!("{id}-help");
    let err_id = format!("{id}-error");
    let described = if error.is_some() {
        format!("{help_id} {err_id}")
    } else {
        help_id.clone()
    };
    let on_input = {
        let cb = on_change.clone();
        Callback::from(move |e: InputEvent| {
            let el: HtmlInputElement = e.target_unchecked_into();
            cb.emit((key, el.value()));
        })
    };
    let on_select = {
        let cb = on_change.clone();
        Callback::from(move |e: Event| {
            let el: HtmlSelectElement = e.target_unchecked_into();
            cb.emit((key, el.value()));
        })
    };
    let invalid = error.is_some().then_some("true");
    let control = match spec.kind {
        FieldKind::Action => {
            let options = Action::ALL.iter().map(|a| {
                html! { <option value={a.key()} selected={value.as_str() == a.key()}>{ lang.pick(a.label()) }</option> }
            });
            html! {
                <select id={id.clone()} name={key} aria-describedby={described.clone()} aria-invalid={invalid} onchange={on_select}>
                    <option value="" selected={value.is_empty()}>{ lang.pick(i18n::CHOOSE) }</option>
                    { for options }
                </select>
            }
        }
        FieldKind::YesNo => html! {
            <select id={id.clone()} name={key} aria-describedby={described.clone()} aria-invalid={invalid} onchange={on_select}>
                <option value="" selected={value.is_empty()}>{ lang.pick(i18n::NOT_GIVEN) }</option>
                <option value="yes" selected={value.as_str() == "yes"}>{ lang.pick(i18n::YES) }</option>
                <option value="no" selected={value.as_str() == "no"}>{ lang.pick(i18n::NO) }</option>
            </select>
        },
        FieldKind::Distance => html! {
            <input id={id.clone()} name={key} type="text" inputmode="decimal" autocomplete="off"
                value={value.clone()} aria-describedby={described.clone()} aria-invalid={invalid} oninput={on_input} />
        },
        FieldKind::IndustryCode => html! {
            <input id={id.clone()} name={key} type="text" autocomplete="off" list={format!("{id}-list")}
                value={value.clone()} aria-describedby={described.clone()} aria-invalid={invalid} oninput={on_input} />
        },
        FieldKind::Text => html! {
            <input id={id.clone()} name={key} type="text" autocomplete="off" maxlength="200"
                value={value.clone()} aria-describedby={described.clone()} aria-invalid={invalid} oninput={on_input} />
        },
    };
    html! {
        <div class={classes!("field", error.is_some().then_some("has-error"))}>
            <label for={id.clone()}>{ lang.pick(spec.label) }</label>
            { control }
            if spec.kind == FieldKind::IndustryCode {
                <IndustryHint id={id.clone()} value={value.clone()} />
            }
            <p class="help" id={help_id}>{ lang.pick(spec.help) }</p>
            if let Some(e) = error {
                <p class="error" id={err_id} role="alert">{ lang.text(&e.message) }</p>
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct IndustryHintProps {
    id: String,
    value: AttrValue,
}

/// Suggestions while typing a code or a Chinese name, and the resolved class.
#[function_component(IndustryHint)]
fn industry_hint(props: &IndustryHintProps) -> Html {
    let Ok(engine) = Engine::embedded() else {
        return html! {};
    };
    let industry = &engine.industry;
    let resolved = industry
        .canonical(&props.value)
        .and_then(|c| industry.get(&c));
    let suggestions = industry.search(&props.value, 12);
    html! {
        <>
            <datalist id={format!("{}-list", props.id)}>
                { for suggestions.iter().map(|c| html! { <option value={c.code.clone()}>{ format!("{} {}", c.code, c.name_zh) }</option> }) }
            </datalist>
            if let Some(c) = resolved {
                <p class="resolved" id={format!("{}-resolved", props.id)}>
                    { industry.path(&c.code).iter().map(|p| p.name_zh.as_str()).collect::<Vec<_>>().join(" › ") }
                    { format!(" ({} {})", c.code, c.level.zh()) }
                </p>
            }
        </>
    }
}
