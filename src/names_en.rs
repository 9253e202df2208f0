//! The unofficial English names of GB/T 4754 classes (issue 16): the
//! same-origin file `names_en.tsv`, fetched when the industry hint is first
//! shown in English and installed in the engine, so a reader in Chinese
//! never carries it. Until it is there, the hint shows the Chinese names
//! alone, which are the authoritative ones anyway.

use yew::prelude::*;

/// Where the English names are.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum EnglishNames {
    /// Installed in the engine.
    Ready,
    /// Not asked for yet, or on their way.
    Waiting,
    /// The file could not be fetched or read (offline before it was kept):
    /// the hint says so rather than leaving the English line out.
    Failed,
}

thread_local! {
    /// The components waiting for a fetch on its way: one fetch serves
    /// every component that uses the hook (the hint and the printed page).
    static WAITING: std::cell::RefCell<Option<Vec<UseStateHandle<EnglishNames>>>> =
        const { std::cell::RefCell::new(None) };
}

/// Where the English names are. The first time `english` is true and they
/// are not there, fetches them (once, whichever component asks first); the
/// components using this hook draw again when they arrive or fail. (A hook,
/// not a context: a context provider cost 2.6 KB gzipped.)
#[hook]
pub fn use_english_names(english: bool) -> EnglishNames {
    let state = use_state_eq(|| {
        if jiujiang_engine::project::industry::english_names_ready() {
            EnglishNames::Ready
        } else {
            EnglishNames::Waiting
        }
    });
    let fetch = {
        let state = state.clone();
        move || {
            if *state == EnglishNames::Ready {
                return;
            }
            // Already on its way: wait for that fetch.
            let first = WAITING.with(|w| {
                let mut w = w.borrow_mut();
                let first = w.is_none();
                w.get_or_insert_with(Vec::new).push(state.clone());
                first
            });
            if !first {
                return;
            }
            wasm_bindgen_futures::spawn_local(async move {
                // A failure leaves the Chinese names, which are the
                // authoritative ones; a reload tries again.
                let text = crate::layers::bytes("names_en.tsv")
                    .await
                    .ok()
                    .and_then(|bytes| String::from_utf8(bytes).ok());
                let installed = match (text, jiujiang_engine::Engine::embedded()) {
                    (Some(text), Ok(engine)) => {
                        // Another hint may have installed them first.
                        let _ = engine.industry.install_english(text);
                        jiujiang_engine::project::industry::english_names_ready()
                    }
                    _ => false,
                };
                let now = if installed {
                    EnglishNames::Ready
                } else {
                    EnglishNames::Failed
                };
                for waiting in WAITING.with(|w| w.borrow_mut().take()).unwrap_or_default() {
                    waiting.set(now);
                }
            });
        }
    };
    crate::layers::use_start_once(english, fetch);
    *state
}
