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
    let file = gloo_file::File::from(file.clone());
    gloo_file::futures::read_as_text(&file).await.ok()
}

/// The largest files read, by kind: beyond these the page would stall (a
/// batch of 10,000 rows takes about half a second) or the file is not what
/// it claims to be (a project or a package is a few kilobytes).
pub const MAX_PROJECT_BYTES: f64 = 1_000_000.0;
pub const MAX_BOUNDARY_BYTES: f64 = 20_000_000.0;
pub const MAX_CSV_BYTES: f64 = 10_000_000.0;

/// The text of a file the user chose, or why not, in both languages: too
/// large for `max` bytes (stated, with the file's size), or not text.
pub async fn read_text_within(
    file: &web_sys::File,
    max: f64,
) -> Result<String, jiujiang_engine::Text> {
    let size = file.size();
    if size > max {
        let mb = |b: f64| jiujiang_engine::screen::format_number((b / 1e5).round() / 10.0);
        return Err(jiujiang_engine::Text {
            zh: format!("文件过大：{} MB，此处最多 {} MB；未读取，当前内容不变。", mb(size), mb(max)),
            en: format!(
                "The file is too large: {} MB, at most {} MB here; it was not read and nothing changed.",
                mb(size),
                mb(max)
            ),
        });
    }
    read_text(file).await.ok_or_else(|| jiujiang_engine::Text {
        zh: "无法读取该文件（不是文本文件？）。".into(),
        en: "The file could not be read (not a text file?).".into(),
    })
}
