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

/// Where the English names are. The first time `english` is true and they
/// are not there, fetches them; the component using this hook draws again
/// when they arrive or fail. (A hook in the one component that shows them,
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
                state.set(if installed {
                    EnglishNames::Ready
                } else {
                    EnglishNames::Failed
                });
            });
        }
    };
    crate::layers::use_start_once(english, fetch);
    *state
}
