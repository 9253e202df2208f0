//! What the page starts with: the work from a share link in the address,
//! else the autosave, and what to tell the reader about it. Uses the work
//! format, storage and the texts.

use crate::i18n::{self, Lang};
use crate::{storage, work};
use jiujiang_engine::project::L10n;

/// What the page starts with: the work (from a share link in the address,
/// else the autosave), a notice about it, and whether earlier work was kept
/// aside because a link replaced it.
pub fn startup_work() -> (
    Option<work::WorkDoc>,
    Option<(bool, jiujiang_engine::Text)>,
    bool,
) {
    let text = |a: L10n, b: &jiujiang_engine::Text| jiujiang_engine::Text {
        zh: format!("{}{}", a.zh, b.zh),
        en: format!("{}{}", a.en, b.en),
    };
    let location = web_sys::window().map(|w| w.location());
    let hash = (location.as_ref()).and_then(|l| l.hash().ok());
    let search = (location.as_ref()).and_then(|l| l.search().ok());
    let mut notice = None;
    let payload = work::link_payload(
        hash.as_deref().unwrap_or_default(),
        search.as_deref().unwrap_or_default(),
    );
    if let Some(payload) = payload {
        match work::from_fragment(&payload) {
            Ok(doc) => {
                // The link is read; later edits autosave and a reload keeps
                // them. (A refused link stays in the address, to be copied.)
                let kept = storage::keep_previous_work();
                let search = work::query_without_link(search.as_deref().unwrap_or_default());
                if let Some(w) = web_sys::window() {
                    if let (Ok(h), Ok(path)) = (w.history(), w.location().pathname()) {
                        let url = format!("{path}{search}");
                        let _ =
                            h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
                    }
                }
                let mut t = replaced_notice(i18n::OPENED_FROM_LINK, kept);
                if !doc.own_packages.is_empty() {
                    // (A package named in Chinese only is named so in English too.)
                    let names = |lang: Lang| -> String {
                        let list: Vec<String> = (doc.own_packages.iter())
                            .map(|n| lang.text(n).trim().to_string())
                            .collect();
                        list.join(lang.pick(i18n::LIST_SEPARATOR))
                    };
                    t.zh.push_str(
                        &i18n::SENDER_PACKAGES
                            .zh
                            .replace("{names}", &names(Lang::Zh)),
                    );
                    t.en.push(' ');
                    t.en.push_str(
                        &i18n::SENDER_PACKAGES
                            .en
                            .replace("{names}", &names(Lang::En)),
                    );
                }
                return (Some(doc), Some((true, t)), kept);
            }
            Err(e) => notice = Some((false, text(i18n::LINK_REFUSED, &e.message()))),
        }
    }
    // The work from before a link opened earlier stays restorable on
    // later visits too, until it is restored or deleted.
    let still_kept = notice.is_none() && storage::previous_work().is_some();
    if still_kept {
        notice = Some((
            true,
            jiujiang_engine::Text {
                zh: i18n::PREVIOUS_STILL_KEPT.zh.into(),
                en: i18n::PREVIOUS_STILL_KEPT.en.into(),
            },
        ));
    }
    match storage::restore_work() {
        Ok(doc) => (doc, notice, still_kept),
        Err(e) => (
            None,
            notice.or(Some((false, text(i18n::AUTOSAVE_DAMAGED, &e.message())))),
            false,
        ),
    }
}

/// What to say when a link or a file replaced the work: `what`, and that
/// the work before was kept to be put back, when it was.
pub fn replaced_notice(what: L10n, kept: bool) -> jiujiang_engine::Text {
    let mut t = jiujiang_engine::Text {
        zh: what.zh.into(),
        en: what.en.into(),
    };
    if kept {
        t.zh.push_str(i18n::PREVIOUS_KEPT.zh);
        t.en.push(' ');
        t.en.push_str(i18n::PREVIOUS_KEPT.en);
    }
    t
}
