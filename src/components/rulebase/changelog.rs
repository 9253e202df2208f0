//! The rule-data changelog on the rule-base page: what changed in the data
//! and why, release by release, in the reader's language, with what was
//! looked at and is still open. Data only (data/changelog.toml); no markup
//! from the data is ever interpreted.
//!
//! The app's engine is built without the changelog (issue 16: it was about
//! 30 KB of a first visit that never shows it): the page fetches the
//! same-origin `changelog.bin` when it first opens (`use_changelog`).

use crate::i18n::{self, Lang};
use jiujiang_engine::data_types::{Change, Release};
use std::rc::Rc;
use yew::prelude::*;

/// Where the changelog is.
#[derive(Clone)]
pub enum Releases {
    /// On its way.
    Loading,
    /// Could not be fetched or read: said so, not left out.
    Failed,
    Ready(Rc<[Release]>),
}

/// The same list is the same allocation: props are compared on every draw,
/// and the words of the whole changelog need not be.
impl PartialEq for Releases {
    fn eq(&self, other: &Releases) -> bool {
        match (self, other) {
            (Releases::Ready(a), Releases::Ready(b)) => Rc::ptr_eq(a, b),
            (Releases::Loading, Releases::Loading) | (Releases::Failed, Releases::Failed) => true,
            _ => false,
        }
    }
}

thread_local! {
    /// The changelog once fetched: the page may close and open again.
    static FETCHED: std::cell::OnceCell<Rc<[Release]>> = const { std::cell::OnceCell::new() };
}

/// The changelog: the engine's own where it was built with it (native
/// builds, tests), else fetched once, when the rule-base page first opens
/// (a failure is tried again the next time it opens).
#[hook]
pub fn use_changelog(compiled: &'static [Release]) -> Releases {
    let state = use_state(|| match FETCHED.with(|f| f.get().cloned()) {
        _ if !compiled.is_empty() => Releases::Ready(compiled.into()),
        Some(fetched) => Releases::Ready(fetched),
        None => Releases::Loading,
    });
    let fetch = {
        let state = state.clone();
        move || {
            wasm_bindgen_futures::spawn_local(async move {
                let read = crate::layers::bytes("changelog.bin")
                    .await
                    .ok()
                    .and_then(|bytes| jiujiang_engine::data_codec::unpack_changelog(&bytes));
                state.set(match read {
                    Some(releases) => {
                        let releases: Rc<[Release]> = releases.into();
                        FETCHED.with(|f| f.get_or_init(|| releases.clone()).clone());
                        Releases::Ready(releases)
                    }
                    None => Releases::Failed,
                });
            });
        }
    };
    crate::layers::use_start_once(*state == Releases::Loading, fetch);
    (*state).clone()
}

#[derive(Properties, PartialEq)]
pub struct ChangelogProps {
    pub lang: Lang,
    /// The data version the engine carries: named while the list loads.
    pub data_version: &'static str,
    pub releases: Releases,
}

#[function_component(Changelog)]
pub fn changelog(props: &ChangelogProps) -> Html {
    let lang = props.lang;
    let title = format!(
        "{} · {} ",
        lang.pick(i18n::CHANGELOG),
        lang.pick(i18n::DATA_VERSION_WORD)
    );
    let (summary, body) = match &props.releases {
        Releases::Ready(releases) => {
            let Some(newest) = releases.first() else {
                return html! {};
            };
            (
                format!("{title}{} ({})", newest.version, lang.date(newest.date)),
                releases.iter().map(|r| release(r, lang)).collect::<Html>(),
            )
        }
        Releases::Loading => (
            format!("{title}{}", props.data_version),
            html! { <p class="help" role="status">{ lang.pick(i18n::CHANGELOG_LOADING) }</p> },
        ),
        Releases::Failed => (
            format!("{title}{}", props.data_version),
            html! { <p class="error" role="alert">{ lang.pick(i18n::CHANGELOG_FAILED) }</p> },
        ),
    };
    html! {
        <details class="changelog" id="changelog">
            <summary>{ summary }</summary>
            { body }
        </details>
    }
}

fn release(r: &Release, lang: Lang) -> Html {
    html! {
        <section class="release" data-version={r.version.clone()}>
            <h3>{ format!("{} ({})", r.version, lang.date(r.date)) }</h3>
            <p>{ lang.text(&r.summary) }</p>
            <ul class="changes">{ for r.change.iter().map(|c| change(c, lang)) }</ul>
            if !r.open.is_empty() {
                <h4>{ lang.pick(i18n::STILL_OPEN) }</h4>
                <ul class="changes open">{ for r.open.iter().map(|c| change(c, lang)) }</ul>
            }
        </section>
    }
}

/// A change: the rules it touched first, its text, and what it rests on
/// (audit items, reviews: working notes, often in English) after it, small
/// (a user test read a Chinese page opening each entry on English notes).
fn change(c: &Change, lang: Lang) -> Html {
    html! {
        <li>
            if !c.rules.is_empty() { <strong>{ c.rules.join(", ") }</strong>{ " " } }
            { lang.text(&c.text) }
            if !c.items.is_empty() {
                { " " }
                if lang == Lang::Zh && c.items.iter().any(|i| i.contains(' ')) {
                    // Notes in English behind a fold, their codes (W7) in
                    // the open: a user test read a Chinese page of English
                    // working notes.
                    <details class="change-basis"><summary>{ i18n::CHANGE_NOTES_ZH }</summary>
                        <small>{ c.items.join("; ") }</small></details>
                } else {
                    <small class="change-basis">{ match lang { Lang::Zh => format!("（{}）", c.items.join("；")), Lang::En => format!("({})", c.items.join("; ")) } }</small>
                }
            }
        </li>
    }
}
