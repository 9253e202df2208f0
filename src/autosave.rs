//! Autosave, and what happens when it cannot be done quietly (issue 17): a
//! full storage quota says so and offers the file export; another tab saving
//! the same work stops this one from writing over it until the user chooses
//! which to keep. Nothing typed is lost either way.

use crate::i18n::{self, Lang};
use crate::storage;
use crate::work::WorkDoc;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Whether the last save failed, and another tab's saved work when it
/// changed under this one (waiting for the user's choice).
/// The "as of" date is saved only when it is not `today`: a day the reader
/// did not choose is not pinned for the next visit (a user test came back
/// after midnight to yesterday's rules). Links and files keep it.
#[hook]
pub fn use_autosave(
    doc: WorkDoc,
    today: jiujiang_engine::Date,
) -> (UseStateHandle<bool>, UseStateHandle<Option<Rc<String>>>) {
    let mut doc = doc;
    if doc.as_of.as_deref() == Some(today.to_string().as_str()) {
        doc.as_of = None;
    }
    let failed = use_state_eq(|| false);
    let other = use_state(|| None::<Rc<String>>);
    // What this tab last saved: another tab saving the very same work (after
    // loading this one's) is no news.
    let last = use_mut_ref(String::new);
    {
        let other = other.clone();
        let last = last.clone();
        use_effect_with((), move |_| {
            // Removed when dropped, as the effect is torn down.
            let listener = web_sys::window().map(|w| {
                gloo_events::EventListener::new(&w, "storage", move |e| {
                    let Some(e) = e.dyn_ref::<web_sys::StorageEvent>() else {
                        return;
                    };
                    if e.key().as_deref() == Some(storage::WORK_KEY) {
                        if let Some(text) = e.new_value().filter(|t| *t != *last.borrow()) {
                            other.set(Some(Rc::new(text)));
                        }
                    }
                })
            });
            move || drop(listener)
        });
    }
    {
        let failed = failed.clone();
        let waiting = other.is_some();
        use_effect_with((doc, waiting), move |(doc, waiting)| {
            if !*waiting {
                let saved = storage::save_work(doc).is_ok();
                if saved {
                    *last.borrow_mut() = crate::work::to_json(doc);
                }
                failed.set(!saved);
            }
        });
    }
    (failed, other)
}

#[derive(Properties, PartialEq)]
pub struct StorageNoticeProps {
    pub lang: Lang,
    pub failed: bool,
    pub other_tab: bool,
    pub on_export: Callback<()>,
    pub on_load_other: Callback<()>,
    pub on_keep_mine: Callback<()>,
}

#[function_component(StorageNotice)]
pub fn storage_notice(props: &StorageNoticeProps) -> Html {
    let lang = props.lang;
    html! {
        <>
            if props.failed {
                <div class="error" role="alert" id="autosave-failed">
                    { lang.pick(i18n::AUTOSAVE_FAILED) }
                    <button type="button" id="autosave-export" onclick={props.on_export.reform(|_: MouseEvent| ())}>{ lang.pick(i18n::EXPORT_ALL) }</button>
                </div>
            }
            if props.other_tab {
                <div class="warn" role="alert" id="other-tab">
                    { lang.pick(i18n::OTHER_TAB) }
                    <button type="button" id="other-tab-load" onclick={props.on_load_other.reform(|_: MouseEvent| ())}>{ lang.pick(i18n::OTHER_TAB_LOAD) }</button>
                    <button type="button" id="other-tab-keep" onclick={props.on_keep_mine.reform(|_: MouseEvent| ())}>{ lang.pick(i18n::OTHER_TAB_KEEP) }</button>
                </div>
            }
        </>
    }
}
