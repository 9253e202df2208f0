//! Fetching the map layers (issue 15/16): the same-origin files
//! `layers/map.bin` and `layers/counties.bin`, fetched once, when first
//! needed, and handed to the engine, which has no map until then. They are
//! needed when the map panel comes near the visible part of the page, when a
//! scenario gives a site point or parcel (distances, the county), and on the
//! batch page (rows may give points). A first visit that needs none of this
//! does not carry their 64 KB. The service worker keeps them once fetched.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

/// Where the layers are.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layers {
    Loading,
    Ready,
    /// Not fetched (offline on a first visit) or not decodable.
    Failed,
}

impl Layers {
    pub fn now() -> Layers {
        if jiujiang_engine::geo::layers::ready() {
            Layers::Ready
        } else {
            Layers::Loading
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Layers::Loading => "loading",
            Layers::Ready => "ready",
            Layers::Failed => "failed",
        }
    }
}

/// A same-origin file's fetch, started now (so two can run at once).
fn start(url: &'static str) -> Result<(&'static str, js_sys::Promise), String> {
    let window = web_sys::window().ok_or("no window")?;
    Ok((url, window.fetch_with_str(url)))
}

/// The bytes of a fetch begun by [`start`].
async fn finish((url, fetch): (&str, js_sys::Promise)) -> Result<Vec<u8>, String> {
    let response = JsFuture::from(fetch)
        .await
        .map_err(|e| format!("{url}: {e:?}"))?;
    let response: web_sys::Response = response
        .dyn_into()
        .map_err(|_| format!("{url}: not a response"))?;
    if !response.ok() {
        return Err(format!("{url}: HTTP {}", response.status()));
    }
    let buffer = JsFuture::from(
        response
            .array_buffer()
            .map_err(|e| format!("{url}: {e:?}"))?,
    )
    .await
    .map_err(|e| format!("{url}: {e:?}"))?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// A same-origin file's bytes (the layers, the English industry names).
pub(crate) async fn bytes(url: &'static str) -> Result<Vec<u8>, String> {
    finish(start(url)?).await
}

/// Fetches and installs the layers; what went wrong otherwise.
pub async fn load() -> Result<(), String> {
    if jiujiang_engine::geo::layers::ready() {
        return Ok(());
    }
    // Both requests go out together: one after the other doubled the wait.
    let (map, counties) = (start("layers/map.bin")?, start("layers/counties.bin")?);
    // Both are awaited before either error is returned: a promise left
    // unawaited when the first failed (offline) rejected unhandled.
    let (map, counties) = (finish(map).await, finish(counties).await);
    let (map, counties) = (map?, counties?);
    if jiujiang_engine::geo::layers::install(map, counties) || jiujiang_engine::geo::layers::ready()
    {
        Ok(())
    } else {
        Err("the layer files do not decode".into())
    }
}

/// How far below the window the map panel may still be for its layers to be
/// fetched, in window heights: far enough ahead of the scroll that a map
/// scrolled to is drawn, near enough that a reader who never goes down to it
/// is not charged for it.
const AHEAD: f64 = 0.5;

/// Whether `panel` is rendered and its top lies within [`AHEAD`] window
/// heights below the window's bottom (or above it).
fn is_near(panel: &NodeRef) -> bool {
    let (Some(el), Some(window)) = (panel.cast::<web_sys::Element>(), web_sys::window()) else {
        return false;
    };
    let height = window
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0);
    el.get_bounding_client_rect().top() < height * (1.0 + AHEAD)
}

/// Runs `start` the first time `wanted` is true, and never again: a fetch
/// begun once, however often what wants it comes and goes.
#[hook]
pub(crate) fn use_start_once<F: FnOnce() + 'static>(wanted: bool, start: F) {
    let started = use_mut_ref(|| false);
    use_effect_with(wanted, move |wanted| {
        if *wanted && !std::mem::replace(&mut *started.borrow_mut(), true) {
            start();
        }
    });
}

/// The layers' state, and the node ref for the map panel that brings them.
/// `needed`: something shown needs them now (a site point, the batch page).
/// `shown`: the page holding the panel is the one on screen.
#[hook]
pub fn use_map_layers(needed: bool, shown: bool) -> (Layers, NodeRef) {
    let layers = use_state(Layers::now);
    let panel = use_node_ref();
    let near = use_state_eq(|| false);
    // Watch only while it matters: until the panel has come near.
    let watching = shown && !*near && !needed && *layers == Layers::Loading;
    let check = {
        let (near, panel) = (near.clone(), panel.clone());
        move || {
            if is_near(&panel) {
                near.set(true);
            }
        }
    };
    {
        // On scroll and resize.
        let check = check.clone();
        use_effect_with(watching, move |watching| {
            let listeners = web_sys::window().filter(|_| *watching).map(|w| {
                let on_resize = check.clone();
                [
                    gloo_events::EventListener::new(&w, "scroll", move |_| check()),
                    gloo_events::EventListener::new(&w, "resize", move |_| on_resize()),
                ]
            });
            move || drop(listeners)
        });
    }
    // And after every render: a tall window shows the panel without any
    // scrolling, and a change of layout (the form folding) can bring it near
    // without one.
    use_effect(move || {
        if watching {
            check();
        }
    });
    let fetch = {
        let layers = layers.clone();
        move || {
            if *layers == Layers::Loading {
                wasm_bindgen_futures::spawn_local(async move {
                    layers.set(match load().await {
                        Ok(()) => Layers::Ready,
                        Err(_) => Layers::Failed,
                    });
                });
            }
        }
    };
    use_start_once(needed || *near, fetch);
    (*layers, panel)
}
