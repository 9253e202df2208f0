//! Files the user takes away: a download from a blob URL (nothing leaves
//! the page).

use wasm_bindgen::JsCast;

/// Offers `text` as a file download named `name`; CSV gets a byte-order
/// mark so spreadsheet programs read the Chinese text as UTF-8.
pub fn download(name: &str, text: &str) {
    let csv = name.ends_with(".csv");
    let text = if csv {
        format!("\u{feff}{text}")
    } else {
        text.to_string()
    };
    let text = text.as_str();
    let run = || -> Option<()> {
        let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
        let opts = web_sys::BlobPropertyBag::new();
        opts.set_type(if csv {
            "text/csv;charset=utf-8"
        } else {
            "application/json"
        });
        let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts).ok()?;
        let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
        let doc = web_sys::window()?.document()?;
        let a: web_sys::HtmlAnchorElement = doc.create_element("a").ok()?.dyn_into().ok()?;
        a.set_href(&url);
        a.set_download(name);
        a.click();
        web_sys::Url::revoke_object_url(&url).ok()
    };
    let _ = run();
}

/// The text of a file the user chose; `None` if the browser cannot read it
/// as text.
pub async fn read_text(file: &web_sys::File) -> Option<String> {
    wasm_bindgen_futures::JsFuture::from(file.text())
        .await
        .ok()
        .and_then(|v| v.as_string())
}
