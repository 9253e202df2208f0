//! The unofficial English names of GB/T 4754 classes (issue 16): the
//! same-origin file `names_en.tsv`, fetched when the industry hint is first
//! shown in English and installed in the engine, so a reader in Chinese
//! never carries it. Until it is there, the hint shows the Chinese names
//! alone, which are the authoritative ones anyway.

use yew::prelude::*;

/// Whether the English names are there. The first time `english` is true
/// and they are not, fetches them; the component using this hook draws
/// again when they arrive. (A hook in the one component that shows them, not
/// a context: a context provider cost 2.6 KB gzipped.)
#[hook]
pub fn use_english_names(english: bool) -> bool {
    let ready = use_state_eq(jiujiang_engine::project::industry::english_names_ready);
    let fetch = {
        let ready = ready.clone();
        move || {
            if *ready {
                return;
            }
            wasm_bindgen_futures::spawn_local(async move {
                // A failure leaves the Chinese names, which is what the page
                // shows while waiting; a reload tries again.
                let Ok(bytes) = crate::layers::bytes("names_en.tsv").await else {
                    return;
                };
                if let (Ok(text), Ok(engine)) = (
                    String::from_utf8(bytes),
                    jiujiang_engine::Engine::embedded(),
                ) {
                    // Another hint may have installed them first.
                    let _ = engine.industry.install_english(text);
                    ready.set(jiujiang_engine::project::industry::english_names_ready());
                }
            });
        }
    };
    crate::layers::use_start_once(english, fetch);
    *ready
}
