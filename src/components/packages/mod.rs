//! Incentive packages (issue 6): the bundled ones, and those staff enter,
//! import and export. The editor holds a draft; the engine's `validate`
//! decides what may be saved, and every problem is shown at its place.
//! Nothing here computes an incentive.

use super::incentives::level_label;
use crate::i18n::{self, Lang};
use jiujiang_engine::data_types::{
    Amount, Citation, ItemStatus, Level, Package, PackageItem, Timing,
};
use jiujiang_engine::incentives::package_from_json;
use jiujiang_engine::{Date, Text};
use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

mod editor;
mod fields;

use editor::PackageEditor;

#[derive(Properties, PartialEq)]
pub struct PackagesProps {
    pub lang: Lang,
    pub today: Date,
    pub bundled: Rc<Vec<Package>>,
    pub user_packages: Rc<Vec<Package>>,
    pub packages_on: BTreeSet<String>,
    /// The open scenario's name, whose estimate the ticks change.
    pub scenario: String,
    /// More than one scenario: then say whose the ticks are.
    pub several: bool,
    /// The package deleted last and the scenarios that counted it, by
    /// name, while it can be put back.
    pub deleted: Option<(Text, Vec<String>)>,
    pub on_restore: Callback<()>,
    /// Saved packages that could not be read back.
    pub restore_error: Option<Text>,
    /// Whether the browser refused to keep the last save.
    pub not_kept: bool,
    pub on_save: Callback<Package>,
    /// A package of the user's saved under a new id: (old id, package).
    pub on_rename: Callback<(String, Package)>,
    /// A package read from a file.
    pub on_import: Callback<Package>,
    /// The id of the package the last import replaced, while that import
    /// stands as saved and can be undone, and whether the import turned it
    /// on.
    pub import_undo: Option<(String, bool)>,
    pub on_undo_import: Callback<()>,
    pub on_delete: Callback<String>,
    pub on_toggle: Callback<String>,
}

fn export(p: &Package) {
    let mut p = p.clone();
    // The flag is the app's, set again on import.
    p.entered_by_user = false;
    if let Ok(text) = serde_json::to_string_pretty(&p) {
        crate::files::download(&format!("{}.json", p.id), &text);
    }
}

/// A new package to start from: one item that needs filling in.
pub fn template(today: Date) -> Package {
    Package {
        id: format!("my-park-{today}"),
        name: Text {
            zh: "本园区招商优惠".into(),
            // Left for the user: a placeholder English name was kept and
            // exported as the package's real one (re-test). Blank, English
            // readers see the Chinese name until one is given.
            en: String::new(),
        },
        level: Level::Park,
        region: String::new(),
        last_verified: today,
        entered_by_user: true,
        edits: None,
        standard_land: None,
        items: vec![new_item(today, 1)],
    }
}

pub(super) fn new_item(today: Date, n: usize) -> PackageItem {
    PackageItem {
        // Not a catalogue id: "INC-LOCAL-06/…" read as that rule's (a user
        // test); staff may rename it.
        id: format!("item-{n}"),
        title: Text::default(),
        when: Vec::new(),
        amount: Amount::Fixed {
            min_cny: 0.0,
            max_cny: 0.0,
        },
        timing: Timing::Once,
        cap_cny: None,
        stack_group: None,
        replaces: Vec::new(),
        effective_from: today,
        effective_to: None,
        legal_basis: vec![Citation::blank()],
        status: ItemStatus::NeedsReview,
        selective: false,
        available: true,
        note: Text::default(),
    }
}

#[function_component(PackagesPage)]
pub fn packages_page(props: &PackagesProps) -> Html {
    let lang = props.lang;
    // A draft left unsaved by a reload is opened again, and says so.
    let editing = use_state(crate::storage::restore_package_draft);
    let restored = use_state(|| editing.is_some());
    let import_errors = use_state(Vec::<(String, Text)>::new);
    // What the editor was opened on here: a new package or a copy
    // (`Some(None)`), or the user's package of that id, which saved under
    // another is renamed, not kept beside the new one (a user test saw both
    // counted); `None` for a draft restored after a reload.
    let editing_from = use_state(|| None::<Option<String>>);

    if let Some(draft) = &*editing {
        let on_cancel = {
            let (editing, restored) = (editing.clone(), restored.clone());
            let editing_from = editing_from.clone();
            Callback::from(move |_| {
                crate::storage::clear_package_draft();
                restored.set(false);
                editing_from.set(None);
                editing.set(None)
            })
        };
        let on_save = {
            let editing = editing.clone();
            let save = props.on_save.clone();
            let rename = props.on_rename.clone();
            let restored = restored.clone();
            let editing_from = editing_from.clone();
            Callback::from(move |p: Package| {
                crate::storage::clear_package_draft();
                restored.set(false);
                match (*editing_from).clone().flatten().filter(|old| *old != p.id) {
                    Some(old) => rename.emit((old, p)),
                    None => save.emit(p),
                }
                editing_from.set(None);
                editing.set(None);
            })
        };
        // The user's other packages' ids, which saving would overwrite.
        let mine: Vec<String> = match &*editing_from {
            Some(from) => (props.user_packages.iter())
                .map(|p| p.id.clone())
                .filter(|id| Some(id) != from.as_ref())
                .collect(),
            None => Vec::new(),
        };
        return html! {
            <main class="packages">
                <PackageEditor lang={lang} draft={draft.clone()} taken={props.bundled.iter().map(|p| p.id.clone()).collect::<Vec<_>>()} {mine}
                    {on_save} {on_cancel} restored={*restored}
                    typed={if *restored { crate::storage::restore_package_draft_typed() } else { BTreeMap::new() }} />
            </main>
        };
    }

    let on_new = {
        let editing = editing.clone();
        let editing_from = editing_from.clone();
        let today = props.today;
        Callback::from(move |_: MouseEvent| {
            editing_from.set(Some(None));
            editing.set(Some(template(today)))
        })
    };
    let on_import = {
        let import_errors = import_errors.clone();
        let save = props.on_import.clone();
        let bundled: Vec<String> = props.bundled.iter().map(|p| p.id.clone()).collect();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|f| f.get(0)) else {
                return;
            };
            input.set_value("");
            let import_errors = import_errors.clone();
            let save = save.clone();
            let bundled = bundled.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let text =
                    match crate::files::read_text_within(&file, crate::files::MAX_PROJECT_BYTES)
                        .await
                    {
                        Ok(text) => text,
                        Err(why) => {
                            import_errors.set(vec![(String::new(), why)]);
                            return;
                        }
                    };
                if crate::work::file_kind(&text) == crate::work::FileKind::Work {
                    let said = i18n::IS_A_WORK_FILE;
                    import_errors.set(vec![(
                        String::new(),
                        Text {
                            zh: said.zh.into(),
                            en: said.en.into(),
                        },
                    )]);
                    return;
                }
                match package_from_json(&text) {
                    // What a copy edits is a bundled package, not itself
                    // nor one of the user's (a code review).
                    Ok(p) if p.edits.as_ref().is_some_and(|e| !bundled.contains(e)) => {
                        let e = p.edits.clone().unwrap_or_default();
                        import_errors.set(vec![(
                            "edits".into(),
                            Text {
                                zh: format!("“edits”应为所修改的内置优惠包代号，没有代号为“{e}”的内置优惠包。"),
                                en: format!("“edits” names the bundled package this one edits; no bundled package has the id “{e}”."),
                            },
                        )])
                    }
                    Ok(p) if bundled.contains(&p.id) => import_errors.set(vec![(
                        "id".into(),
                        Text {
                            zh: format!("代号“{}”已被内置优惠包使用，请改用其他代号。", p.id),
                            en: format!(
                                "The id “{}” belongs to a bundled package; use another.",
                                p.id
                            ),
                        },
                    )]),
                    Ok(p) => {
                        import_errors.set(Vec::new());
                        save.emit(p);
                    }
                    Err(errors) => import_errors.set(errors),
                }
            });
        })
    };
    let card = |p: &Package, user: bool| {
        let on = props.packages_on.contains(&p.id);
        let toggle = {
            let cb = props.on_toggle.clone();
            let id = p.id.clone();
            Callback::from(move |_: Event| cb.emit(id.clone()))
        };
        let exp = {
            let p = p.clone();
            Callback::from(move |_: MouseEvent| export(&p))
        };
        let edit = {
            let editing = editing.clone();
            let mut copy = p.clone();
            if !user {
                copy.id = crate::state::copy_id(&p.id, &props.user_packages);
                copy.edits = Some(p.id.clone());
                copy.entered_by_user = true;
                // Told apart from the original, and from another copy, in
                // the lists and the estimate (a user test saw two copies
                // named alike).
                let n = crate::state::copy_number(&copy.id);
                copy.name
                    .zh
                    .push_str(&i18n::COPY_NAME.zh.replace("{n}", &n));
                copy.name
                    .en
                    .push_str(&i18n::COPY_NAME.en.replace("{n}", &n));
            }
            let editing_from = editing_from.clone();
            let from = user.then(|| p.id.clone());
            Callback::from(move |_: MouseEvent| {
                editing_from.set(Some(from.clone()));
                editing.set(Some(copy.clone()))
            })
        };
        let delete = {
            let cb = props.on_delete.clone();
            let id = p.id.clone();
            Callback::from(move |_: MouseEvent| cb.emit(id.clone()))
        };
        let dom_id = format!("package-{}", p.id);
        html! {
            <li class="package" id={dom_id.clone()}>
                <div class="package-head">
                    <label class="toggle">
                        <input type="checkbox" id={format!("{dom_id}-on")} checked={on} onchange={toggle} />
                        { lang.pick(i18n::APPLY_PACKAGE) }
                    </label>
                    <strong>{ lang.text(&p.name) }</strong>
                    <span class="badge">{ lang.pick(level_label(p.level)) }</span>
                    if user { <span class="badge user">{ lang.pick(i18n::USER_ENTERED) }</span> }
                </div>
                <p class="help">{ format!("{} · {} {} · {} {}", lang.text(&jiujiang_engine::text::display::place(&p.region)), p.items.len(), lang.pick(if p.items.len() == 1 { i18n::ITEM } else { i18n::ITEMS }), lang.pick(i18n::VERIFIED_ON), lang.date(p.last_verified)) }</p>
                <ul class="package-items">
                    { for p.items.iter().map(|i| html! { <li>{ lang.text(&i.title) }<span class="item-id">{ i.id.clone() }</span></li> }) }
                </ul>
                <div class="package-actions">
                    <button type="button" id={format!("{dom_id}-export")} onclick={exp}>{ lang.pick(i18n::EXPORT) }</button>
                    <button type="button" id={format!("{dom_id}-edit")} onclick={edit}>{ lang.pick(if user { i18n::EDIT } else { i18n::COPY_TO_EDIT }) }</button>
                    if user {
                        <button type="button" id={format!("{dom_id}-delete")} onclick={delete}>{ lang.pick(i18n::DELETE) }</button>
                    }
                </div>
            </li>
        }
    };
    html! {
        <main class="packages">
            <h2>{ lang.pick(i18n::PACKAGES_TITLE) }</h2>
            <p class="help">{ lang.pick(i18n::PACKAGES_HELP) }</p>
            if props.several {
                <p class="help" id="packages-scenario">{ lang.pick(i18n::PACKAGES_FOR_SCENARIO).replace("{name}", &props.scenario) }</p>
            }
            if let Some((name, counted)) = &props.deleted {
                <p class="ok" role="status" id="package-deleted">
                    { lang.pick(i18n::PACKAGE_DELETED).replace("{name}", &lang.text(name)) }
                    if !counted.is_empty() {
                        { lang.pick(i18n::PACKAGE_WAS_COUNTED).replace("{names}", &counted.join(lang.pick(i18n::LIST_SEPARATOR))) }
                    }
                    { " " }<button type="button" id="package-undo-delete" onclick={props.on_restore.reform(|_: MouseEvent| ())}>{ lang.pick(i18n::UNDO_DELETE_PACKAGE) }</button>
                </p>
            }
            if let Some(e) = &props.restore_error {
                <p class="error" role="alert" id="packages-restore-error">{ lang.text(e) }</p>
            }
            if props.not_kept {
                <p class="warn" role="status">{ lang.pick(i18n::PACKAGES_NOT_KEPT) }</p>
            }
            <div class="package-actions">
                <button type="button" id="package-new" onclick={on_new}>{ lang.pick(i18n::NEW_PACKAGE) }</button>
                <label class="file">{ lang.pick(i18n::IMPORT_PACKAGE) }
                    <input type="file" id="package-import" accept=".json,application/json" onchange={on_import} />
                </label>
            </div>
            // The undo of the last import's replacement, while it stands
            // as saved, kept across pages in the app's state.
            if let Some((before, turned_on)) = &props.import_undo {
                <p class="warn" role="status" id="package-replaced">{ lang.pick(i18n::PACKAGE_REPLACED).replace("{id}", before).replace("{on}", if *turned_on { lang.pick(i18n::NOW_COUNTED) } else { "" }) }
                    { " " }<button type="button" id="package-undo-replace" onclick={props.on_undo_import.reform(|_: MouseEvent| ())}>{ lang.pick(i18n::UNDO_REPLACE_PACKAGE) }</button>
                </p>
            }
            if !import_errors.is_empty() {
                <div class="error" role="alert" id="package-import-errors">
                    <p>{ lang.pick(i18n::IMPORT_REFUSED) }</p>
                    <ul>{ for import_errors.iter().map(|(at, m)| html! {
                        <li>if !at.is_empty() { <code>{ at.clone() }</code>{ ": " } }{ lang.text(m) }</li>
                    }) }</ul>
                </div>
            }
            <h3>{ lang.pick(i18n::USER_PACKAGES) }</h3>
            if props.user_packages.is_empty() {
                <p class="help" id="no-user-packages">{ lang.pick(i18n::NO_USER_PACKAGES) }</p>
            }
            <ul class="package-list" id="user-packages">{ for props.user_packages.iter().map(|p| card(p, true)) }</ul>
            <h3>{ lang.pick(i18n::BUNDLED_PACKAGES) }</h3>
            <ul class="package-list" id="bundled-packages">{ for props.bundled.iter().map(|p| card(p, false)) }</ul>
        </main>
    }
}
