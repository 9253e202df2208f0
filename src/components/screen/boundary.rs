//! Importing an official boundary layer (GeoJSON of a management line, a
//! levee or a planning line). The engine validates it; this component only
//! collects what the user states about it, reads the file and shows the
//! errors where they are. A refused file changes nothing.

use crate::i18n::{self, Lang};
use crate::state::SharedBoundary;
use crate::storage;
use jiujiang_engine::geo::boundary::{parse, BoundaryError, BoundaryKind, BoundaryMeta};
use jiujiang_engine::geo::coords::Datum;
use jiujiang_engine::project::{L10n, DISTANCE_REFERENCES};
use jiujiang_engine::screen::format_number;
use jiujiang_engine::Text;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct BoundaryProps {
    pub lang: Lang,
    pub current: Option<SharedBoundary>,
    /// A saved layer that could not be read back, to say so.
    pub restore_error: Option<Text>,
    pub on_set: Callback<Option<SharedBoundary>>,
}

fn kind_label(k: BoundaryKind) -> L10n {
    match k {
        BoundaryKind::Yangtze => i18n::KIND_YANGTZE,
        BoundaryKind::Poyang => i18n::KIND_POYANG,
        BoundaryKind::ImportantTributary => i18n::KIND_TRIBUTARY,
        BoundaryKind::OtherTributary => i18n::KIND_OTHER,
    }
}

/// What the import form holds before a file is chosen.
#[derive(Clone, PartialEq)]
struct Stated {
    kind: String,
    datum: String,
    accuracy: String,
    reference: String,
}

/// The outcome of the last attempt.
#[derive(Clone, PartialEq)]
enum Status {
    Idle,
    Reading,
    Refused(Vec<BoundaryError>),
    /// Accepted; `false` when the browser would not keep it.
    Accepted(bool),
}

#[function_component(BoundaryImport)]
pub fn boundary_import(props: &BoundaryProps) -> Html {
    let lang = props.lang;
    let stated = use_state(|| Stated {
        kind: "yangtze".into(),
        datum: "wgs84".into(),
        accuracy: String::new(),
        reference: "management_line".into(),
    });
    let status = use_state(|| Status::Idle);
    // The saved layer's problem is shown until the user acts on it.
    let dismissed = use_state(|| false);

    let set = |f: fn(&mut Stated, String)| {
        let stated = stated.clone();
        Callback::from(move |e: Event| {
            let value = e
                .target()
                .and_then(|t| {
                    t.dyn_ref::<HtmlSelectElement>()
                        .map(|s| s.value())
                        .or_else(|| t.dyn_ref::<HtmlInputElement>().map(|i| i.value()))
                })
                .unwrap_or_default();
            let mut s = (*stated).clone();
            f(&mut s, value);
            stated.set(s);
        })
    };

    let on_file = {
        let stated = stated.clone();
        let status = status.clone();
        let on_set = props.on_set.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|f| f.get(0)) else {
                return;
            };
            // The same file may be chosen again after fixing the form.
            input.set_value("");
            let s = (*stated).clone();
            let accuracy = s.accuracy.trim().replace(',', ".").parse::<f64>();
            let meta = match (
                BoundaryKind::from_key(&s.kind),
                Datum::from_key(&s.datum),
                accuracy,
            ) {
                (Some(kind), Some(datum), Ok(accuracy_m)) => BoundaryMeta {
                    name: file.name(),
                    kind,
                    datum,
                    accuracy_m,
                    reference: s.reference.clone(),
                },
                _ => {
                    status.set(Status::Refused(vec![BoundaryError {
                        at: "accuracy_m".into(),
                        message: Text {
                            zh: "请先填写图层的位置精度（米）。".into(),
                            en: "State the layer's positional accuracy (m) first.".into(),
                        },
                    }]));
                    return;
                }
            };
            status.set(Status::Reading);
            let status = status.clone();
            let on_set = on_set.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let text =
                    crate::files::read_text_within(&file, crate::files::MAX_BOUNDARY_BYTES).await;
                let text = match text {
                    Ok(text) => text,
                    Err(message) => {
                        status.set(Status::Refused(vec![BoundaryError {
                            at: String::new(),
                            message,
                        }]));
                        return;
                    }
                };
                match parse(&text, meta.clone()) {
                    Ok(b) => {
                        let kept = storage::save(&meta, &text).is_ok();
                        on_set.emit(Some(SharedBoundary(Rc::new(b))));
                        status.set(Status::Accepted(kept));
                    }
                    Err(errors) => status.set(Status::Refused(errors)),
                }
            });
        })
    };
    let on_remove = {
        let on_set = props.on_set.clone();
        let status = status.clone();
        let dismissed = dismissed.clone();
        Callback::from(move |_: MouseEvent| {
            storage::remove();
            dismissed.set(true);
            on_set.emit(None);
            status.set(Status::Idle);
        })
    };

    let s = (*stated).clone();
    let accuracy_error =
        matches!(&*status, Status::Refused(e) if e.iter().any(|e| e.at == "accuracy_m"));
    let select = |id: &'static str,
                  value: &str,
                  options: Vec<(&'static str, L10n)>,
                  onchange: Callback<Event>| {
        html! {
            <select {id} {onchange}>
                { for options.into_iter().map(|(k, l)| html! {
                    <option value={k} selected={k == value}>{ lang.pick(l) }</option>
                }) }
            </select>
        }
    };
    let current = props.current.as_ref().map(|b| {
        let m = &b.0.meta;
        let reference = DISTANCE_REFERENCES
            .iter()
            .find(|c| c.key == m.reference)
            .map(|c| lang.pick(c.label))
            .unwrap_or("");
        html! {
            <div class="boundary-current" id="boundary-current" role="status">
                <p>
                    <strong>{ lang.pick(i18n::BOUNDARY_IN_USE) }</strong>
                    { format!(" “{}” — {}, {} {}, ±{} m, {}", m.name, lang.pick(kind_label(m.kind)),
                        format_number(b.0.vertices as f64), lang.pick(i18n::VERTICES),
                        format_number(m.accuracy_m), reference) }
                </p>
                <p class="help">{ lang.pick(i18n::BOUNDARY_USER) }</p>
                <button type="button" id="boundary-remove" onclick={on_remove.clone()}>{ lang.pick(i18n::BOUNDARY_REMOVE) }</button>
            </div>
        }
    });
    html! {
        <details class="boundary-import" id="boundary-import" open={props.current.is_some() || props.restore_error.is_some()}>
            <summary>{ lang.pick(i18n::BOUNDARY_TITLE) }</summary>
            <p class="help">{ lang.pick(i18n::BOUNDARY_HELP) }</p>
            if let Some(e) = props.restore_error.as_ref().filter(|_| !*dismissed) {
                <p class="error" role="alert" id="boundary-restore-error">{ lang.text(e) }
                    <button type="button" onclick={on_remove.clone()}>{ lang.pick(i18n::BOUNDARY_REMOVE) }</button>
                </p>
            }
            { for current }
            <div class="boundary-form">
                <label>{ lang.pick(i18n::BOUNDARY_KIND) }
                    { select("boundary-kind", &s.kind,
                        BoundaryKind::ALL.iter().map(|k| (k.key(), kind_label(*k))).collect(),
                        set(|s, v| s.kind = v)) }
                </label>
                <label>{ lang.pick(i18n::BOUNDARY_DATUM) }
                    { select("boundary-datum", &s.datum,
                        vec![("wgs84", i18n::DATUM_WGS84), ("gcj02", i18n::DATUM_GCJ02), ("bd09", i18n::DATUM_BD09)],
                        set(|s, v| s.datum = v)) }
                </label>
                <label>{ lang.pick(i18n::BOUNDARY_ACCURACY) }
                    <input id="boundary-accuracy" type="text" inputmode="decimal" maxlength="12" value={s.accuracy.clone()}
                        aria-invalid={accuracy_error.then_some("true")} onchange={set(|s, v| s.accuracy = v)} />
                </label>
                <label>{ lang.pick(i18n::BOUNDARY_REFERENCE) }
                    { select("boundary-reference", &s.reference,
                        DISTANCE_REFERENCES.iter().map(|c| (c.key, c.label)).collect(),
                        set(|s, v| s.reference = v)) }
                </label>
                <label class="file">{ lang.pick(i18n::BOUNDARY_FILE) }
                    <input id="boundary-file" type="file" accept=".geojson,.json,application/geo+json,application/json" onchange={on_file} />
                </label>
            </div>
            { match &*status {
                Status::Idle => html! {},
                Status::Reading => html! { <p role="status">{ lang.pick(i18n::READING) }</p> },
                Status::Accepted(true) => html! { <p class="ok" role="status" id="boundary-status">{ lang.pick(i18n::BOUNDARY_ACCEPTED) }</p> },
                Status::Accepted(false) => html! { <p class="warn" role="status" id="boundary-status">{ lang.pick(i18n::BOUNDARY_NOT_KEPT) }</p> },
                Status::Refused(errors) => html! {
                    <div class="error" role="alert" id="boundary-errors">
                        <p>{ lang.pick(i18n::BOUNDARY_REFUSED) }</p>
                        <ul>
                            { for errors.iter().map(|e| html! {
                                <li>
                                    if !e.at.is_empty() { <code>{ e.at.clone() }</code>{ ": " } }
                                    { lang.text(&e.message) }
                                </li>
                            }) }
                        </ul>
                    </div>
                },
            } }
        </details>
    }
}
