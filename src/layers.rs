//! Fetching the map layers (issue 15/16): the same-origin files
//! `layers/map.bin` and `layers/counties.bin`, fetched once when the app
//! starts (the service worker keeps them for offline use) and handed to the
//! engine, which has no map until then.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

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

async fn bytes(url: &str) -> Result<Vec<u8>, String> {
    let window = web_sys::window().ok_or("no window")?;
    let response = JsFuture::from(window.fetch_with_str(url))
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

/// Fetches and installs the layers; what went wrong otherwise.
pub async fn load() -> Result<(), String> {
    if jiujiang_engine::geo::layers::ready() {
        return Ok(());
    }
    let map = bytes("layers/map.bin").await?;
    let counties = bytes("layers/counties.bin").await?;
    if jiujiang_engine::geo::layers::install(map, counties) || jiujiang_engine::geo::layers::ready()
    {
        Ok(())
    } else {
        Err("the layer files do not decode".into())
    }
}
