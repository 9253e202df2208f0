//! The imported boundary layer, kept in this browser's local storage so it
//! survives a reload (issue 5). Nothing is sent anywhere. The stored record
//! carries a version; a record this build cannot read is reported, not
//! silently dropped, and stays until the user replaces or removes it.

use crate::state::SharedBoundary;
use jiujiang_engine::geo::boundary::{parse, BoundaryKind, BoundaryMeta};
use jiujiang_engine::geo::coords::Datum;
use jiujiang_engine::Text;
use serde::{Deserialize, Serialize};
use std::rc::Rc;

const KEY: &str = "jiujiang.boundary";
const PACKAGES_KEY: &str = "jiujiang.packages";
/// Where a damaged package record is moved before anything overwrites it.
const PACKAGES_DAMAGED_KEY: &str = "jiujiang.packages.damaged";
/// Where saved packages that later checks refuse are kept, unused.
const PACKAGES_SET_ASIDE_KEY: &str = "jiujiang.packages.set-aside";
const VERSION: u32 = 1;

#[derive(Serialize, Deserialize)]
struct Stored {
    version: u32,
    name: String,
    kind: String,
    datum: String,
    accuracy_m: f64,
    reference: String,
    geojson: String,
}

fn datum_key(d: Datum) -> &'static str {
    match d {
        Datum::Wgs84 => "wgs84",
        Datum::Gcj02 => "gcj02",
        Datum::Bd09 => "bd09",
    }
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The browser would not keep the layer (private mode, no space).
#[derive(Debug)]
pub struct NotKept;

/// Keeps the layer; `Err` when the browser refuses: the layer is then used
/// for this session only.
pub fn save(meta: &BoundaryMeta, geojson: &str) -> Result<(), NotKept> {
    let record = Stored {
        version: VERSION,
        name: meta.name.clone(),
        kind: meta.kind.key().into(),
        datum: datum_key(meta.datum).into(),
        accuracy_m: meta.accuracy_m,
        reference: meta.reference.clone(),
        geojson: geojson.into(),
    };
    let text = serde_json::to_string(&record).map_err(|_| NotKept)?;
    storage()
        .ok_or(NotKept)?
        .set_item(KEY, &text)
        .map_err(|_| NotKept)
}

pub fn remove() {
    if let Some(s) = storage() {
        let _ = s.remove_item(KEY);
    }
}

#[derive(Serialize, Deserialize)]
struct StoredPackages {
    version: u32,
    packages: Vec<jiujiang_engine::data_types::Package>,
}

/// Keeps the user's packages; `Err` when the browser refuses.
pub fn save_packages(packages: &[jiujiang_engine::data_types::Package]) -> Result<(), NotKept> {
    let text = serde_json::to_string(&StoredPackages {
        version: VERSION,
        packages: packages.to_vec(),
    })
    .map_err(|_| NotKept)?;
    storage()
        .ok_or(NotKept)?
        .set_item(PACKAGES_KEY, &text)
        .map_err(|_| NotKept)
}

/// The user's packages kept in this browser. A record that cannot be read
/// is moved aside (never overwritten) and reported.
pub fn restore_packages() -> (Vec<jiujiang_engine::data_types::Package>, Option<Text>) {
    let Some(s) = storage() else {
        return (Vec::new(), None);
    };
    let Some(text) = s.get_item(PACKAGES_KEY).ok().flatten() else {
        return (Vec::new(), None);
    };
    match packages_from(&text) {
        Ok((p, set_aside)) if set_aside.is_empty() => (p, None),
        // Packages a stricter check now refuses: those alone are set aside
        // (kept, not used); the others stay in use.
        Ok((p, set_aside)) => {
            let ids: Vec<String> = set_aside.iter().map(|x| x.id.clone()).collect();
            if let Ok(t) = serde_json::to_string(&StoredPackages {
                version: VERSION,
                packages: set_aside,
            }) {
                let _ = s.set_item(PACKAGES_SET_ASIDE_KEY, &t);
            }
            let ids = ids.join("、");
            let note = Text {
                zh: format!("本机保存的优惠包 {ids} 不符合当前校验，已另存为 {PACKAGES_SET_ASIDE_KEY}，未使用；其余照常使用。"),
                en: format!("Your saved package(s) {ids} fail the current checks; they were set aside as {PACKAGES_SET_ASIDE_KEY} and are not used. The others are."),
            };
            (p, Some(note))
        }
        Err(e) => {
            let _ = s.set_item(PACKAGES_DAMAGED_KEY, &text);
            let _ = s.remove_item(PACKAGES_KEY);
            (Vec::new(), Some(e))
        }
    }
}

/// The stored packages that pass today's checks, and those that do not.
type Checked = (
    Vec<jiujiang_engine::data_types::Package>,
    Vec<jiujiang_engine::data_types::Package>,
);

pub fn packages_from(text: &str) -> Result<Checked, Text> {
    let broken = |en: &str, zh: &str| {
        Text {
        zh: format!("本机保存的优惠包无法读取（{zh}），已另存为 {PACKAGES_DAMAGED_KEY}，未使用。"),
        en: format!("The packages saved in this browser cannot be read ({en}); they were set aside as {PACKAGES_DAMAGED_KEY} and are not used."),
    }
    };
    let record: StoredPackages =
        serde_json::from_str(text).map_err(|_| broken("the record is damaged", "记录损坏"))?;
    if record.version != VERSION {
        return Err(broken(
            &format!("saved by another version, {}", record.version),
            "由其他版本保存",
        ));
    }
    let (mut good, mut bad) = (Vec::new(), Vec::new());
    let bundled = jiujiang_engine::Engine::embedded()
        .map(|e| &e.data.packages[..])
        .unwrap_or(&[]);
    for mut p in record.packages {
        p.entered_by_user = true;
        // A copy saved before copies said what they edit was told by its
        // id alone: read it once, here.
        if p.edits.is_none() {
            p.edits = (p.id.strip_suffix(crate::state::COPY_SUFFIX))
                .filter(|o| bundled.iter().any(|b| b.id == *o))
                .map(str::to_string);
        }
        if jiujiang_engine::incentives::validate(&p).is_empty() {
            good.push(p);
        } else {
            bad.push(p);
        }
    }
    Ok((good, bad))
}

/// The stored layer, if any, parsed again (validation may have tightened).
pub fn restore() -> Result<Option<SharedBoundary>, Text> {
    let Some(text) = storage().and_then(|s| s.get_item(KEY).ok().flatten()) else {
        return Ok(None);
    };
    restore_from(&text).map(Some)
}

pub fn restore_from(text: &str) -> Result<SharedBoundary, Text> {
    let broken = |why_zh: &str, why_en: &str| {
        Text {
        zh: format!("本机保存的边界图层无法读取（{why_zh}），未使用；可重新导入或删除。"),
        en: format!("The boundary layer saved in this browser cannot be read ({why_en}) and is not used; import it again or remove it."),
    }
    };
    let record: Stored =
        serde_json::from_str(text).map_err(|_| broken("记录损坏", "the record is damaged"))?;
    if record.version != VERSION {
        return Err(broken(
            "由其他版本保存",
            &format!("saved by another version, {}", record.version),
        ));
    }
    let (Some(kind), Some(datum)) = (
        BoundaryKind::from_key(&record.kind),
        Datum::from_key(&record.datum),
    ) else {
        return Err(broken("记录损坏", "the record is damaged"));
    };
    let meta = BoundaryMeta {
        name: record.name,
        kind,
        datum,
        accuracy_m: record.accuracy_m,
        reference: record.reference,
    };
    parse(&record.geojson, meta)
        .map(|b| SharedBoundary(Rc::new(b)))
        .map_err(|e| {
            let first = e.first().map(|e| e.message.clone()).unwrap_or_default();
            broken(&first.zh, &first.en)
        })
}

/// The reader's language, kept apart from the work: a share link or an
/// imported file carries the project, not the reader's preference.
const LANG_KEY: &str = "jiujiang.lang";

pub fn save_lang(lang: crate::i18n::Lang) {
    if let Some(s) = storage() {
        let _ = s.set_item(LANG_KEY, lang.code());
    }
}

/// `None` when nothing was kept or the kept text is not a language we have.
pub fn restore_lang() -> Option<crate::i18n::Lang> {
    let code = storage()?.get_item(LANG_KEY).ok().flatten()?;
    crate::i18n::Lang::from_code(&code)
}

/// The language to open in: the reader's own choice if one was kept, else
/// the first of the browser's languages that we have (an investor's English
/// browser opens in English), else Chinese.
pub fn initial_lang() -> crate::i18n::Lang {
    restore_lang()
        .or_else(|| {
            let langs = web_sys::window()?.navigator().languages();
            let tags: Vec<String> = langs.iter().filter_map(|v| v.as_string()).collect();
            lang_of_browser(&tags)
        })
        .unwrap_or_default()
}

/// The first of the browser's language tags (most preferred first) that is
/// Chinese or English, of any region or script.
fn lang_of_browser(tags: &[String]) -> Option<crate::i18n::Lang> {
    use crate::i18n::Lang;
    tags.iter().find_map(|t| {
        let primary = t.split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "zh" => Some(Lang::Zh),
            "en" => Some(Lang::En),
            _ => None,
        }
    })
}

pub const WORK_KEY: &str = "jiujiang.work";
const WORK_PREVIOUS_KEY: &str = "jiujiang.work.previous";
const WORK_DAMAGED_KEY: &str = "jiujiang.work.damaged";

/// Autosaves the work; `Err` when the browser refuses.
pub fn save_work(doc: &crate::work::WorkDoc) -> Result<(), NotKept> {
    storage()
        .ok_or(NotKept)?
        .set_item(WORK_KEY, &crate::work::to_json(doc))
        .map_err(|_| NotKept)
}

/// The autosaved work: none, read, or unreadable (then moved aside so the
/// next save cannot overwrite it).
pub fn restore_work() -> Result<Option<crate::work::WorkDoc>, crate::work::WorkError> {
    let Some(s) = storage() else {
        return Ok(None);
    };
    let Some(text) = s.get_item(WORK_KEY).ok().flatten() else {
        return Ok(None);
    };
    crate::work::from_json(&text).map(Some).inspect_err(|_| {
        let _ = s.set_item(WORK_DAMAGED_KEY, &text);
        let _ = s.remove_item(WORK_KEY);
    })
}

/// Keeps the autosaved work aside before a link replaces it.
pub fn keep_previous_work() -> bool {
    let Some(s) = storage() else {
        return false;
    };
    match s.get_item(WORK_KEY).ok().flatten() {
        Some(text) => s.set_item(WORK_PREVIOUS_KEY, &text).is_ok(),
        None => false,
    }
}

pub fn previous_work() -> Option<crate::work::WorkDoc> {
    let text = storage()?.get_item(WORK_PREVIOUS_KEY).ok().flatten()?;
    crate::work::from_json(&text).ok()
}

/// Forgets the work kept from before a link was opened, once it has been
/// restored or the reader said it is not needed.
pub fn discard_previous_work() {
    if let Some(s) = storage() {
        let _ = s.remove_item(WORK_PREVIOUS_KEY);
    }
}

/// The package being edited, kept on every change until it is saved or
/// cancelled: a reload or a closed tab does not lose what staff typed.
const PACKAGE_DRAFT_KEY: &str = "jiujiang.package.draft";

pub fn save_package_draft(draft: &jiujiang_engine::data_types::Package) {
    if let (Some(s), Ok(text)) = (storage(), serde_json::to_string(draft)) {
        let _ = s.set_item(PACKAGE_DRAFT_KEY, &text);
    }
}

/// The draft left by an earlier visit; one this build cannot read is
/// dropped (it was never saved as a package).
pub fn restore_package_draft() -> Option<jiujiang_engine::data_types::Package> {
    let text = storage()?.get_item(PACKAGE_DRAFT_KEY).ok().flatten()?;
    serde_json::from_str(&text).ok()
}

/// What the draft's fields could not read (a refused amount, a band line),
/// by input id, as typed: kept beside the draft so a reload shows it again.
const PACKAGE_DRAFT_TYPED_KEY: &str = "jiujiang.package.draft.typed";

pub fn save_package_draft_typed(typed: &std::collections::BTreeMap<String, String>) {
    let Some(s) = storage() else { return };
    if typed.is_empty() {
        let _ = s.remove_item(PACKAGE_DRAFT_TYPED_KEY);
    } else if let Ok(text) = serde_json::to_string(typed) {
        let _ = s.set_item(PACKAGE_DRAFT_TYPED_KEY, &text);
    }
}

pub fn restore_package_draft_typed() -> std::collections::BTreeMap<String, String> {
    (storage().and_then(|s| s.get_item(PACKAGE_DRAFT_TYPED_KEY).ok().flatten()))
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or_default()
}

pub fn clear_package_draft() {
    if let Some(s) = storage() {
        let _ = s.remove_item(PACKAGE_DRAFT_KEY);
        let _ = s.remove_item(PACKAGE_DRAFT_TYPED_KEY);
    }
}

#[cfg(test)]
mod tests {
    /// The browser's order decides, over any region or script; a list with
    /// neither language gives none (then Chinese, the staff's language).
    #[test]
    fn the_first_browser_language_we_have_is_chosen() {
        use crate::i18n::Lang;
        let of = |tags: &[&str]| {
            super::lang_of_browser(&tags.iter().map(|t| t.to_string()).collect::<Vec<_>>())
        };
        assert_eq!(of(&["en-GB", "zh-CN"]), Some(Lang::En));
        assert_eq!(of(&["de-DE", "zh-Hant-TW", "en"]), Some(Lang::Zh));
        assert_eq!(of(&["EN_us"]), Some(Lang::En));
        assert_eq!(of(&["de", "fr"]), None);
        assert_eq!(of(&["english"]), None);
        assert_eq!(of(&[]), None);
    }

    use super::*;

    fn record(version: u32, geojson: &str) -> String {
        serde_json::to_string(&Stored {
            version,
            name: "line".into(),
            kind: "yangtze".into(),
            datum: "wgs84".into(),
            accuracy_m: 20.0,
            reference: "management_line".into(),
            geojson: geojson.into(),
        })
        .unwrap()
    }

    const LINE: &str = r#"{"type":"LineString","coordinates":[[115.95,29.73],[116.05,29.73]]}"#;

    #[test]
    fn saved_packages_come_back_marked_as_the_users_and_bad_ones_say_why() {
        let engine = jiujiang_engine::Engine::embedded().unwrap();
        let mut p = engine.data.packages[0].clone();
        p.id = "mine".into();
        let text = serde_json::to_string(&StoredPackages {
            version: VERSION,
            packages: vec![p],
        })
        .unwrap();
        let (back, set_aside) = packages_from(&text).unwrap();
        assert_eq!(back[0].id, "mine");
        assert!(back[0].entered_by_user && set_aside.is_empty());
        assert_eq!(back[0].edits, None);
        // A copy kept before copies said what they edit: told by its id.
        let mut old = engine.data.packages[0].clone();
        old.id = format!("{}{}", old.id, crate::state::COPY_SUFFIX);
        let kept = serde_json::to_string(&StoredPackages {
            version: VERSION,
            packages: vec![old],
        })
        .unwrap();
        let (back, _) = packages_from(&kept).unwrap();
        assert_eq!(
            back[0].edits.as_deref(),
            Some(engine.data.packages[0].id.as_str())
        );
        assert!(packages_from("{").unwrap_err().en.contains("damaged"));
        let future = text.replace("\"version\":1", "\"version\":9");
        assert!(packages_from(&future)
            .unwrap_err()
            .en
            .contains("another version"));
        // One package a later check refuses is set aside alone; the others
        // stay in use.
        let mut q = engine.data.packages[0].clone();
        q.id = "theirs".into();
        let mut bad = q.clone();
        bad.id = "stale".into();
        let two = serde_json::to_string(&StoredPackages {
            version: VERSION,
            packages: vec![q, bad],
        })
        .unwrap();
        // The second package's share made invalid (3 for 3 %).
        let i = two.rfind("\"rate\":0.03").unwrap();
        let two = format!(
            "{}\"rate\":3.0{}",
            &two[..i],
            &two[i + "\"rate\":0.03".len()..]
        );
        let (good, set_aside) = packages_from(&two).unwrap();
        assert_eq!(
            good.iter().map(|p| p.id.as_str()).collect::<Vec<_>>(),
            ["theirs"]
        );
        assert_eq!(
            set_aside.iter().map(|p| p.id.as_str()).collect::<Vec<_>>(),
            ["stale"]
        );
    }

    #[test]
    fn a_saved_layer_comes_back_and_a_bad_one_says_why() {
        let b = restore_from(&record(VERSION, LINE)).unwrap();
        assert_eq!((b.0.meta.name.as_str(), b.0.vertices), ("line", 2));
        let damaged = restore_from(&record(VERSION, LINE)[..40]).unwrap_err();
        assert!(damaged.en.contains("damaged"), "{}", damaged.en);
        let future = restore_from(&record(VERSION + 1, LINE)).unwrap_err();
        assert!(future.en.contains("another version"), "{}", future.en);
        let invalid = restore_from(&record(VERSION, "[]")).unwrap_err();
        assert!(invalid.en.contains("cannot be read"), "{}", invalid.en);
    }
}
