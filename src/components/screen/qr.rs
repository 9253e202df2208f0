//! A QR code drawn as one SVG path, made in the browser (qrcodegen): no
//! request, no image file, no injected markup.

use qrcodegen::{QrCode, QrCodeEcc};
use yew::prelude::*;

/// The SVG of `text` as a QR code, or `None` when it is too long for one.
pub fn qr_svg(text: &str, class: &'static str) -> Option<Html> {
    let code = QrCode::encode_text(text, QrCodeEcc::Low).ok()?;
    let size = code.size();
    let border = 4;
    let mut d = String::with_capacity((size * size) as usize * 4);
    for y in 0..size {
        for x in 0..size {
            if code.get_module(x, y) {
                d.push_str(&format!("M{},{}h1v1h-1z", x + border, y + border));
            }
        }
    }
    let view = format!("0 0 {0} {0}", size + 2 * border);
    Some(html! {
        <svg class={class} viewBox={view} role="img" aria-label="QR" shape-rendering="crispEdges">
            <rect width="100%" height="100%" fill="#fff" />
            <path d={d} fill="#000" />
        </svg>
    })
}
