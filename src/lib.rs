//! The Yew app: a thin shell over `jiujiang-engine`. State lives in a reducer
//! (`state`), components only display data and send `Action`s; every decision
//! is the engine's.

pub mod autosave;
pub mod components;
pub mod files;
pub mod i18n;
pub mod layers;
pub mod names_en;
pub mod startup;
pub mod state;
pub mod storage;
pub mod work;
pub mod work_packages;

use components::about::AboutMapData;
use components::advisor::Advisor;
use components::batch::BatchPage;
use components::boundary::BoundaryImport;
use components::form::ProjectForm;
use components::incentives::IncentivePanel;
use components::map::SiteMap;
use components::packages::PackagesPage;
use components::print::PrintOpinion;
use components::result::ResultPanel;
use components::rules::RulesPage;
use components::scenarios::{ComparePage, ScenarioBar};
use components::site::SiteHint;
use i18n::Lang;
use jiujiang_engine::project::L10n;
use jiujiang_engine::{Date, Engine};
use state::{Action, AppState, View};
use web_sys::HtmlInputElement;
use yew::prelude::*;
use yew::Reducible;

/// Today's date from the browser clock (the engine itself has no clock).
pub fn today() -> Date {
    #[cfg(target_arch = "wasm32")]
    {
        let d = js_sys::Date::new_0();
        Date::new(
            d.get_full_year() as i32,
            d.get_month() as u8 + 1,
            d.get_date() as u8,
        )
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let secs = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs() as i64)
            .unwrap_or(0);
        Date::from_days(secs.div_euclid(86_400))
    }
}

#[function_component(App)]
pub fn app() -> Html {
    let today = today();
    // A boundary layer and packages kept from an earlier visit, read once.
    let restored = use_memo((), |_| storage::restore());
    let restored_packages = use_memo((), |_| storage::restore_packages());
    // The work: from a share link if the page was opened with one, else the
    // autosave; with what to tell the user about it.
    let startup = use_memo((), |_| startup::startup_work());
    let state = {
        let restored = restored.clone();
        let restored_packages = restored_packages.clone();
        let startup = startup.clone();
        use_reducer(move || {
            let mut s = AppState::new(today);
            s.lang = storage::initial_lang();
            // The user's own packages first: a fresh scenario, or one whose
            // document names no packages, applies them all.
            s.user_packages = std::rc::Rc::new(restored_packages.0.clone());
            let by_default = s.packages_by_default();
            for sc in &mut s.scenarios {
                sc.packages_on = by_default.clone();
            }
            if let Some(doc) = &startup.0 {
                s = (*std::rc::Rc::new(s).reduce(Action::LoadWork(Box::new(doc.clone())))).clone();
            }
            s.boundary = match &*restored {
                Ok(b) => b.clone(),
                Err(_) => None,
            };
            s
        })
    };
    let notice = use_state(|| startup.1.clone());
    // The map layers, fetched once when first needed (the engine has no map
    // until then): a site point or parcel, the batch page, or the map panel
    // coming into view.
    let (map_layers, map_panel) = layers::use_map_layers(
        state.gives_a_site() || state.view == View::Batch,
        state.view == View::Screen,
    );
    // A place the map is asked to centre on (a candidate's link).
    let focus = use_state(|| None::<(jiujiang_engine::geo::coords::LonLat, u32)>);
    let link = use_state(|| None::<AttrValue>);
    let previous_kept = use_state(|| startup.2);
    // Autosave on every change, unless another tab's save waits for a choice.
    let (autosave_failed, other_tab) = autosave::use_autosave(state.to_doc(), today);
    // The language the reader chose, for the next visit.
    // And on the page itself, so that the document's language (read by
    // screen readers and used for hyphenation) follows the reader's choice.
    use_effect_with(state.lang, |lang| {
        storage::save_lang(*lang);
        if let Some(root) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = root.set_attribute("lang", lang.code());
        }
    });
    // A share link pasted into the address bar of this tab changes only the
    // fragment: the page is not loaded again, so load it, and the link is
    // opened as on a first visit (the work in hand is kept to restore).
    use_effect_with((), |_| {
        let listener = web_sys::window().map(|w| {
            gloo_events::EventListener::new(&w, "hashchange", |_| {
                let Some(l) = web_sys::window().map(|w| w.location()) else {
                    return;
                };
                // The fragment only: a link left in the query (refused, kept
                // to be copied) must not turn every in-page link into a reload.
                if work::link_payload(&l.hash().unwrap_or_default(), "").is_some() {
                    let _ = l.reload();
                }
            })
        });
        move || drop(listener)
    });
    // Each page switch is a history entry: Back returns to the page before.
    // An in-page link (#field-…) makes an entry of its own, named after it
    // by the page it was followed on.
    let shown_view = use_mut_ref(|| state.view);
    {
        let view = state.view;
        let shown_view = shown_view.clone();
        use_effect_with(view, move |view| {
            *shown_view.borrow_mut() = *view;
            if let Some(h) = web_sys::window().and_then(|w| w.history().ok()) {
                let now = h.state().ok().and_then(|s| s.as_string());
                let key = wasm_bindgen::JsValue::from_str(view.key());
                match now {
                    // Arrived here by Back or Forward: nothing to add.
                    Some(k) if k == view.key() => {}
                    // The first page of the visit names its entry.
                    None if *view == View::Screen => {
                        let _ = h.replace_state(&key, "");
                    }
                    _ => {
                        let _ = h.push_state(&key, "");
                    }
                }
            }
        });
    }
    use_effect_with((), move |_| {
        let listener = web_sys::window().map(|w| {
            gloo_events::EventListener::new(&w, "hashchange", move |_| {
                let Some(h) = web_sys::window().and_then(|w| w.history().ok()) else {
                    return;
                };
                if h.state().ok().and_then(|s| s.as_string()).is_none() {
                    let key = wasm_bindgen::JsValue::from_str(shown_view.borrow().key());
                    let _ = h.replace_state(&key, "");
                }
            })
        });
        move || drop(listener)
    });
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|w| {
                gloo_events::EventListener::new(&w, "popstate", move |_| {
                    let key = (web_sys::window().and_then(|w| w.history().ok()))
                        .and_then(|h| h.state().ok())
                        .and_then(|s| s.as_string());
                    if let Some(view) = key.as_deref().and_then(View::from_key) {
                        state.dispatch(Action::SetView(view));
                    }
                })
            });
            move || drop(listener)
        });
    }
    // Keep the user's packages whenever they change (not on first load).
    let packages_not_kept = use_state(|| false);
    // Whether the batch page was opened this visit (it then stays mounted).
    let batch_opened = use_state(|| false);
    {
        let batch_opened = batch_opened.clone();
        use_effect_with(state.view == View::Batch, move |on| {
            if *on {
                batch_opened.set(true)
            }
        });
    }
    {
        let not_kept = packages_not_kept.clone();
        let first = use_mut_ref(|| true);
        use_effect_with(state.user_packages.clone(), move |packages| {
            if !std::mem::replace(&mut *first.borrow_mut(), false) {
                not_kept.set(storage::save_packages(packages).is_err());
            }
        });
    }
    let engine = match Engine::embedded() {
        Ok(e) => e,
        Err(msg) => {
            return html! { <main class="fatal" role="alert">{ Lang::Zh.pick(i18n::ENGINE_ERROR) }{ msg }</main> };
        }
    };
    let lang = state.lang;
    let (project, errors, report) = state.evaluate(engine, today);
    let as_of = state.as_of_date().unwrap_or(today);
    let date_caveat = jiujiang_engine::screen::date_caveat(&engine.data, report.as_of, today);
    let placements = jiujiang_engine::rules::placement::placements(&engine.data, &project, as_of);
    let everywhere: Vec<_> =
        jiujiang_engine::rules::placement::everywhere(&engine.data, &report.findings)
            .into_iter()
            .cloned()
            .collect();
    let estimate = engine.site_estimate(&project, as_of, state.boundary.as_ref().map(|b| &*b.0));
    // A typed distance the map contradicts: said by the map and in the box.
    let site_warnings: Vec<String> = (estimate.iter())
        .flat_map(|e| engine.disagreements(e, &project, as_of))
        .map(|d| components::site::disagreement_text(&d, lang))
        .chain(components::site::reach_note(&engine.data, &project, lang))
        .collect();
    let location_note = components::site::location_note(
        state.field("site.location"),
        state.field("site.location_datum"),
        estimate.as_ref(),
        lang,
    );
    let survey_note = state
        .survey_stale()
        .then(|| AttrValue::from(lang.pick(i18n::SURVEY_STALE)));
    let field_notes: Vec<(&'static str, AttrValue)> = [
        ("site.location", location_note),
        ("site.distance_measured_on", survey_note),
    ]
    .into_iter()
    .filter_map(|(k, n)| n.map(|n| (k, n)))
    .collect();
    // A point outside Jiujiang is said in the verdict box too, which heads a
    // phone's page: under the map it was out of sight (a user test).
    let advisor_warnings: Vec<String> = (estimate.iter())
        .filter(|e| e.outside_jiujiang())
        .map(|_| lang.pick(i18n::OUTSIDE_JIUJIANG).to_string())
        .chain(site_warnings.iter().cloned())
        .collect();
    // Answers that contradict each other are said at each field involved,
    // beside the answers no rule reads, and in the question they reopen.
    let conflicts = engine.contradictions(&project, as_of);
    let mut not_read = jiujiang_engine::rules::facts::answers_not_read(&engine.data, &project);
    for (fields, why) in &conflicts {
        not_read.extend(fields.iter().map(|f| (*f, *why)));
    }
    // Dollars refused in a yuan field, offered in yuan at the rate in hand.
    let rate = engine.cny_per_usd(&project, as_of);
    let dollars: Vec<(&'static str, (f64, f64, bool))> = (errors.iter())
        .filter_map(|e| {
            let spec = jiujiang_engine::project::field(&e.field)?;
            let raw = state.fields().get(spec.key)?;
            let usd = jiujiang_engine::project::dollars_in_yuan_field(spec, raw)?;
            let (r, typed) = rate?;
            Some((spec.key, (usd, r, typed)))
        })
        .collect();
    let site_county = (estimate.as_ref())
        .and_then(|e| e.county)
        .map(|c| AttrValue::from(c.name_zh.clone()));

    let on_change = {
        let state = state.clone();
        Callback::from(move |(k, v): (&'static str, String)| state.dispatch(Action::SetField(k, v)))
    };
    let on_fields = {
        let state = state.clone();
        let notice = notice.clone();
        Callback::from(move |fields: Vec<(&'static str, String)>| {
            // A site moved on the map takes its tributary distances along
            // only as far as the move allows, and says so.
            let (fields, said) = state.with_site_moved(fields, today);
            match said {
                // Undoable, said at the top and under the map.
                Some(t) => {
                    notice.set(Some((true, t.clone())));
                    state.dispatch(Action::MoveSite(fields, t))
                }
                None => state.dispatch(Action::SetFields(fields)),
            }
        })
    };
    let on_boundary = {
        let state = state.clone();
        Callback::from(move |b| state.dispatch(Action::SetBoundary(b)))
    };
    // Worked out again only when what they rest on changes (each open place
    // is screened to name its questions: a few milliseconds). The one hook
    // after the engine's early return above: the engine is built once, so
    // every render takes the same path and the hook order holds.
    let candidates = use_memo(
        (project.clone(), as_of, state.boundary.clone(), map_layers),
        move |(project, as_of, boundary, _)| {
            engine.candidates(project, *as_of, boundary.as_ref().map(|b| &*b.0))
        },
    );
    let on_focus = {
        let focus = focus.clone();
        let map_panel = map_panel.clone();
        Callback::from(move |p| {
            let n = focus.map_or(0, |(_, n)| n.wrapping_add(1));
            focus.set(Some((p, n)));
            // The list lies below the map: the map is brought into view, or
            // "show on map" seemed to do nothing (a user test).
            // The map itself, not its panel: the panel's head put the map
            // half below the window (a re-test).
            let map = (web_sys::window().and_then(|w| w.document()))
                .and_then(|d| d.get_element_by_id("site-map"));
            if let Some(el) = map.or_else(|| map_panel.cast::<web_sys::Element>()) {
                el.scroll_into_view();
            }
        })
    };
    let gives_site = ["site.location", "site.parcel"]
        .iter()
        .any(|k| !state.field(k).trim().is_empty());
    let on_undo = (state.undo.is_some()).then(|| {
        let state = state.clone();
        // The notice of what was replaced no longer holds once undone.
        let notice = notice.clone();
        Callback::from(move |_| {
            state.dispatch(Action::Undo);
            notice.set(None);
        })
    });
    let site_panel = html! {
        <div class="site-panel" ref={map_panel}>
            <SiteMap lang={lang} estimate={estimate.clone()} boundary={state.boundary.clone()}
                datum={AttrValue::from(state.field("site.location_datum").to_string())} on_fields={on_fields}
                project={project.clone()} {as_of} focus={*focus} layers={map_layers}
                site_band={gives_site.then(|| jiujiang_engine::rules::grid::Band::of(report.bounds))}
                site_unverified={report.unverified_verdict()}>
                // A move that dropped typed distances, with its undo where the
                // tap was: a phone's notice at the top is out of sight (a user
                // test lost four typed distances to one tap).
                if let (Some(said), Some(undo)) = (state.undo.as_ref().and_then(|u| u.moved.as_ref()), on_undo.clone()) {
                    <p class="site-moved" id="site-moved" role="status">{ lang.text(said) }{ " " }
                        <button type="button" id="undo-move" onclick={undo.reform(|_: MouseEvent| ())}>{ lang.pick(i18n::UNDO_MOVE) }</button>
                    </p>
                }
            </SiteMap>
            // Under the map, not above it: a tap on the map gives a site, and
            // the hint appearing above pushed the map out of view.
            <SiteHint estimate={estimate.clone()} given={gives_site} lang={lang} warnings={site_warnings.clone()}
                layers_failed={map_layers == layers::Layers::Failed}
                location_text={AttrValue::from(state.field("site.location").to_string())} />
            <BoundaryImport lang={lang} current={state.boundary.clone()}
                restore_error={match &*restored { Ok(_) => None, Err(e) => Some(e.clone()) }} on_set={on_boundary} />
            <components::screen::candidates::Candidates lang={lang} candidates={candidates} on_focus={on_focus} site_county={site_county.clone()} />
            <AboutMapData lang={lang} />
        </div>
    };
    let on_horizon = {
        let state = state.clone();
        Callback::from(move |v| state.dispatch(Action::SetHorizon(v)))
    };
    let on_discount = {
        let state = state.clone();
        Callback::from(move |v| state.dispatch(Action::SetDiscount(v)))
    };
    let on_save_package = {
        let state = state.clone();
        Callback::from(move |p| state.dispatch(Action::SavePackage(Box::new(p))))
    };
    let on_delete_package = {
        let state = state.clone();
        Callback::from(move |id| state.dispatch(Action::DeletePackage(id)))
    };
    let on_toggle_package = {
        let state = state.clone();
        Callback::from(move |id| state.dispatch(Action::TogglePackage(id)))
    };
    let on_share = {
        let state = state.clone();
        let link = link.clone();
        let notice = notice.clone();
        Callback::from(move |_| {
            let made = work::share_link(&state.to_doc());
            if made.chars().count() > work::MAX_LINK_CHARS {
                // Refused at creation, with the size: a cut link would open nothing.
                link.set(None);
                let n = made.chars().count();
                let max = work::MAX_LINK_CHARS;
                notice.set(Some((
                    false,
                    jiujiang_engine::Text {
                        zh: format!("链接将长达 {n} 个字符，超过 {max} 个字符时可能被浏览器、邮件或聊天软件截断；请改用“导出全部方案”文件分享。"),
                        en: format!("The link would be {n} characters long; beyond {max} browsers, mail and chat apps may cut it. Share the file from “Export all scenarios” instead."),
                    },
                )));
            } else {
                link.set(Some(AttrValue::from(made)));
            }
        })
    };
    let on_export_project = {
        let project = project.clone();
        let name = state.scenarios[state.current].name.clone();
        Callback::from(move |_| {
            let text = serde_json::to_string_pretty(&project.to_json_value()).unwrap_or_default();
            files::download(&format!("project-{name}.json"), &text);
        })
    };
    let on_export_all = {
        let state = state.clone();
        Callback::from(move |_| {
            let mut doc = state.to_doc();
            // A file carries the user's own packages its scenarios count.
            doc.packages = (state.user_packages.iter())
                .filter(|p| {
                    state
                        .scenarios
                        .iter()
                        .any(|s| s.packages_on.contains(&p.id))
                })
                .filter_map(|p| serde_json::to_value(p).ok())
                .collect();
            let text = serde_json::to_string_pretty(&doc).unwrap_or_default();
            files::download("scenarios.json", &text);
        })
    };
    let on_import = {
        let state = state.clone();
        let notice = notice.clone();
        let previous_kept = previous_kept.clone();
        Callback::from(move |file: web_sys::File| {
            let state = state.clone();
            let notice = notice.clone();
            let previous_kept = previous_kept.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let text =
                    match crate::files::read_text_within(&file, crate::files::MAX_PROJECT_BYTES)
                        .await
                    {
                        Ok(text) => text,
                        Err(why) => {
                            notice.set(Some((
                                false,
                                jiujiang_engine::Text {
                                    zh: format!("{}{}", i18n::IMPORT_FAILED.zh, why.zh),
                                    en: format!("{}{}", i18n::IMPORT_FAILED.en, why.en),
                                },
                            )));
                            return;
                        }
                    };
                let wrong_box = match work::file_kind(&text) {
                    work::FileKind::Package => Some(i18n::IS_A_PACKAGE_FILE),
                    work::FileKind::Batch => Some(i18n::IS_A_BATCH_FILE),
                    _ => None,
                };
                if let Some(said) = wrong_box {
                    notice.set(Some((
                        false,
                        jiujiang_engine::Text {
                            zh: said.zh.into(),
                            en: said.en.into(),
                        },
                    )));
                    return;
                }
                let is_set = serde_json::from_str::<serde_json::Value>(&text)
                    .ok()
                    .is_some_and(|v| v.get("version").is_some());
                // What to say when it is read: a project file goes where
                // `import_target` says, and the notice names it.
                let mut said = jiujiang_engine::Text {
                    zh: i18n::IMPORTED.zh.into(),
                    en: i18n::IMPORTED.en.into(),
                };
                match work::from_json(&text) {
                    // A scenario set replaces the set; a project file fills
                    // the open scenario while it is empty, else a new one.
                    // The work in hand is kept to be put back, as a link
                    // keeps it (a user test lost two scenarios to a file).
                    Ok(doc) if is_set => {
                        let kept = storage::keep_previous_work();
                        previous_kept.set(kept);
                        said = startup::replaced_notice(i18n::IMPORTED_SET, kept);
                        let (to_save, packages_said) =
                            work_packages::packages_from_file(&doc, &state.user_packages);
                        for p in to_save {
                            state.dispatch(Action::SavePackage(Box::new(p)));
                        }
                        if let Some(t) = packages_said {
                            said.zh.push_str(&t.zh);
                            said.en.push_str(&t.en);
                        }
                        state.dispatch(Action::LoadWork(Box::new(doc)))
                    }
                    Ok(doc) => {
                        let fields = doc.scenarios[0]
                            .fields
                            .iter()
                            .filter_map(|(k, v)| {
                                let f = jiujiang_engine::project::field(k)?;
                                Some((f.key, v.clone()))
                            })
                            .collect();
                        let name_in = |t: L10n, name: &str| jiujiang_engine::Text {
                            zh: t.zh.replace("{name}", name),
                            en: t.en.replace("{name}", name),
                        };
                        match state.import_target() {
                            state::ImportTarget::Open => {}
                            state::ImportTarget::New(n) => said = name_in(i18n::IMPORTED_NEW, &n),
                            state::ImportTarget::Replace(n) => {
                                said = name_in(i18n::IMPORTED_REPLACED, &n)
                            }
                        }
                        state.dispatch(Action::ImportProject(fields))
                    }
                    Err(e) => {
                        let m = e.message();
                        notice.set(Some((
                            false,
                            jiujiang_engine::Text {
                                zh: format!("{}{}", i18n::IMPORT_FAILED.zh, m.zh),
                                en: format!("{}{}", i18n::IMPORT_FAILED.en, m.en),
                            },
                        )));
                        return;
                    }
                }
                notice.set(Some((true, said)));
            });
        })
    };
    // A field to focus once the page that holds it is drawn.
    let pending_focus = use_state(|| None::<String>);
    {
        let pending_focus = pending_focus.clone();
        use_effect_with((*pending_focus).clone(), move |id| {
            if let Some(id) = id {
                components::screen::focus::focus_id(id);
                pending_focus.set(None);
            }
        });
    }
    // A lead of the batch page opened as a scenario, said where it went.
    let on_open_lead = {
        let state = state.clone();
        let notice = notice.clone();
        let pending_focus = pending_focus.clone();
        Callback::from(
            move |(name, cells, first_error): components::batch::OpenLead| {
                let said = state.lead_notice(&name, &cells, first_error.is_some());
                state.dispatch(Action::OpenLead(name, cells));
                notice.set(Some((true, said)));
                // To the first field to mend, once it is drawn (a user test was
                // left 4,700 px above it); else to the top, since the batch
                // table may have been scrolled far down.
                match first_error.filter(|k| !k.is_empty()) {
                    Some(key) => pending_focus.set(Some(components::screen::field::input_id(key))),
                    None => {
                        if let Some(w) = web_sys::window() {
                            w.scroll_to_with_x_and_y(0.0, 0.0);
                        }
                    }
                }
            },
        )
    };
    let on_restore_previous = (*previous_kept).then(|| {
        let state = state.clone();
        let notice = notice.clone();
        let previous_kept = previous_kept.clone();
        Callback::from(move |_| {
            if let Some(doc) = storage::previous_work() {
                state.dispatch(Action::LoadWork(Box::new(doc)));
            }
            storage::discard_previous_work();
            previous_kept.set(false);
            notice.set(None);
        })
    });
    let on_discard_previous = (*previous_kept).then(|| {
        let notice = notice.clone();
        let previous_kept = previous_kept.clone();
        Callback::from(move |_| {
            storage::discard_previous_work();
            previous_kept.set(false);
            notice.set(None);
        })
    });
    let scenario_bar = html! {
        <ScenarioBar lang={lang} names={state.scenarios.iter().map(|s| s.name.clone()).collect::<Vec<_>>()} current={state.current}
            on_select={{ let s = state.clone(); Callback::from(move |i| s.dispatch(Action::SelectScenario(i))) }}
            on_duplicate={{ let s = state.clone(); Callback::from(move |_| s.dispatch(Action::DuplicateScenario)) }}
            on_rename={{ let s = state.clone(); Callback::from(move |(i, n)| s.dispatch(Action::RenameScenario(i, n))) }}
            on_delete={{ let s = state.clone(); Callback::from(move |i| s.dispatch(Action::DeleteScenario(i))) }}
            deleted={state.deleted.as_ref().map(|d| (d.name().to_string(), { let s = state.clone(); Callback::from(move |_| s.dispatch(Action::RestoreDeleted)) }))}
            on_compare={{ let s = state.clone(); Callback::from(move |_| s.dispatch(Action::SetView(View::Compare))) }}
            on_share={on_share} on_export_project={on_export_project} on_export_all={on_export_all.clone()} on_import={on_import}
            link={(*link).clone()} notice={(*notice).clone()} on_restore_previous={on_restore_previous} {on_discard_previous} />
    };
    let on_lang = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::SetLang(lang.other())))
    };
    let on_as_of = {
        let state = state.clone();
        Callback::from(move |e: InputEvent| {
            let el: HtmlInputElement = e.target_unchecked_into();
            state.dispatch(Action::SetAsOf(el.value()))
        })
    };
    // Back to today after looking at another date, in one step (a user
    // test could only clear the field, which then read as an error).
    let on_today = (state.as_of != today.to_string()).then(|| {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::SetAsOf(today.to_string())))
    });
    let on_example = {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(Action::Load(state::example(state.lang))))
    };
    let on_clear = {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(Action::Clear))
    };
    // A cleared date means today, as an untouched one does: no error (a
    // user test cleared it and was told "invalid date").
    let bad_date = !state.as_of.trim().is_empty() && state.as_of_date().is_none();
    let advisor = {
        let (s1, s2, s3, s4) = (state.clone(), state.clone(), state.clone(), state.clone());
        html! {
            <Advisor report={report.clone()} lang={lang} unknown={state.interview().unknown.clone()} declined={state.interview().declined.clone()} date_caveat={date_caveat.clone()} site_warnings={advisor_warnings}
                fields={state.fields().clone()} errors={errors.clone()} conflicts={conflicts.clone()}
                stay_clear={if report.bounds.decided() { Vec::new() } else { engine.stay_clear(&project, &report, state.boundary.as_ref().map(|b| &*b.0)) }}
                on_fields={Callback::from(move |f| s1.dispatch(Action::SetFields(f)))}
                on_dont_know={Callback::from(move |id| s2.dispatch(Action::DontKnow(id)))}
                on_some={Callback::from(move |id| s3.dispatch(Action::SomeOf(id)))}
                on_ask_again={Callback::from(move |id| s4.dispatch(Action::AskAgain(id)))} />
        }
    };
    let on_full = {
        let state = state.clone();
        Callback::from(move |on| state.dispatch(Action::ShowFullForm(on)))
    };
    let skip_to_verdict =
        Callback::from(|_: MouseEvent| components::screen::focus::focus_id("advisor-verdict"));
    let tab = |view: View, label, id: &'static str| {
        let current = state.view == view;
        let state = state.clone();
        let onclick = Callback::from(move |_: MouseEvent| state.dispatch(Action::SetView(view)));
        html! {
            <button type="button" role="tab" {id} aria-selected={if current { "true" } else { "false" }}
                class={classes!("tab", current.then_some("current"))} {onclick}>{ lang.pick(label) }</button>
        }
    };

    html! {
        <div class="app" lang={lang.code()}>
            if state.view == View::Screen {
                // The first stop for a keyboard: past the form's many fields
                // to the verdict, the questions after it.
                <button type="button" id="skip-to-verdict" class="skip-link" onclick={skip_to_verdict}>
                    { lang.pick(i18n::SKIP_TO_VERDICT) }
                </button>
            }
            <header class="top">
                <h1>{ lang.pick(i18n::APP_TITLE) }</h1>
                <div class="controls">
                    <label for="as-of">{ lang.pick(i18n::AS_OF) }</label>
                    <input id="as-of" type="date" value={state.as_of.clone()} oninput={on_as_of}
                        aria-invalid={bad_date.then_some("true")} />
                    if let Some(onclick) = on_today {
                        <button type="button" id="as-of-today" {onclick}>{ lang.pick(i18n::TODAY) }</button>
                    }
                    if bad_date {
                        <span class="error" role="alert">{ lang.pick(i18n::BAD_DATE) }</span>
                    } else if state.as_of.trim().is_empty() {
                        <span class="date-empty" role="status">{ lang.pick(i18n::DATE_EMPTY) }</span>
                    }
                </div>
                // Beside the title, not in the date's row: on a phone the
                // date, its Today and the switch no longer fit one line.
                <button type="button" id="switch-lang" onclick={on_lang}>{ lang.pick(i18n::SWITCH_LANG) }</button>
            </header>
            <nav class="tabs" role="tablist">
                { tab(View::Screen, i18n::TAB_SCREEN, "tab-screen") }
                { tab(View::Compare, i18n::TAB_COMPARE, "tab-compare") }
                { tab(View::Packages, i18n::TAB_PACKAGES, "tab-packages") }
                { tab(View::Batch, i18n::TAB_BATCH, "tab-batch") }
                { tab(View::Rules, i18n::TAB_RULES, "tab-rules") }
            </nav>
            <autosave::StorageNotice lang={lang} failed={*autosave_failed} other_tab={other_tab.is_some()}
                on_export={on_export_all.reform(|_| ())}
                on_load_other={{
                    let state = state.clone();
                    let other_tab = other_tab.clone();
                    let notice = notice.clone();
                    Callback::from(move |_| {
                        if let Some(text) = &*other_tab {
                            match work::from_json(text) {
                                Ok(doc) => state.dispatch(Action::LoadWork(Box::new(doc))),
                                Err(e) => {
                                    let m = e.message();
                                    notice.set(Some((false, jiujiang_engine::Text {
                                        zh: format!("{}{}", i18n::AUTOSAVE_DAMAGED.zh, m.zh),
                                        en: format!("{} {}", i18n::AUTOSAVE_DAMAGED.en, m.en),
                                    })))
                                }
                            }
                        }
                        other_tab.set(None);
                    })
                }}
                on_keep_mine={{ let other_tab = other_tab.clone(); Callback::from(move |_| other_tab.set(None)) }} />
            if state.view == View::Screen {
                { scenario_bar }
                <main class="layout">
                    <ProjectForm fields={state.fields().clone()} errors={errors} lang={lang} not_read={not_read} {dollars}
                        site_panel={site_panel} notes={field_notes}
                        on_change={on_change} on_example={on_example} on_clear={on_clear} {on_undo}
                        full={state.full_form} on_full={on_full} />
                    // The verdict box heads the results column, so on a
                    // wide screen it stays in view without covering the
                    // form; a phone's single column puts it first (CSS).
                    <div class="results">
                        { advisor }
                        <ResultPanel report={report.clone()} placements={placements} everywhere={everywhere} lang={lang} rule_count={engine.data.rules.len()}
                            date_caveat={date_caveat.clone()} />
                        <IncentivePanel lang={lang} project={project.clone()} report={report.clone()}
                            user_packages={state.user_packages.clone()} packages_on={state.packages_on().clone()}
                            horizon={AttrValue::from(state.horizon.clone())} discount_pct={AttrValue::from(state.discount_pct.clone())}
                            on_horizon={on_horizon} on_discount={on_discount}
                            site_county={site_county}
                            on_toggle_package={on_toggle_package.clone()} />
                    </div>
                </main>
            } else if state.view == View::Compare {
                <ComparePage lang={lang} state={(*state).clone()} today={today}
                    on_open={{ let s = state.clone(); Callback::from(move |i| { s.dispatch(Action::SelectScenario(i)); s.dispatch(Action::SetView(View::Screen)); }) }} />
            } else if state.view == View::Batch {
                // (Below, kept in the page.)
            } else if state.view == View::Packages {
                <PackagesPage lang={lang} today={today}
                    bundled={std::rc::Rc::new(engine.data.packages.clone())}
                    user_packages={state.user_packages.clone()} packages_on={state.packages_on().clone()}
                    scenario={state.scenarios[state.current].name.clone()} several={state.scenarios.len() > 1}
                    deleted={state.deleted_package.as_ref().map(|(p, counted)| (p.name.clone(),
                        counted.iter().filter_map(|&i| state.scenarios.get(i)).map(|s| s.name.clone()).collect::<Vec<_>>()))}
                    on_restore={{ let s = state.clone(); Callback::from(move |_| s.dispatch(Action::RestorePackage)) }}
                    restore_error={restored_packages.1.clone()} not_kept={*packages_not_kept}
                    on_save={on_save_package} on_delete={on_delete_package} on_toggle={on_toggle_package}
                    on_rename={{ let s = state.clone(); Callback::from(move |(old, p)| s.dispatch(Action::RenamePackage(old, Box::new(p)))) }}
                    import_undo={state.import_undo.as_ref().filter(|(_, _, saved)| state.user_packages.contains(saved)).map(|(before, on, _)| (before.id.clone(), !on.contains(&before.id)))}
                    on_import={{ let s = state.clone(); Callback::from(move |p| s.dispatch(Action::ImportPackage(Box::new(p)))) }}
                    on_undo_import={{ let s = state.clone(); Callback::from(move |_| s.dispatch(Action::UndoImportPackage)) }} />
            } else {
                <main><RulesPage lang={lang} as_of={state.as_of_date().unwrap_or(today)} /></main>
            }
            // The batch page stays in the page once opened, hidden on the
            // others: its results are the staff's work of the visit (a user
            // test lost a screened list by looking at one lead in detail).
            if state.view == View::Batch || *batch_opened {
                <div id="batch-view" hidden={state.view != View::Batch}>
                    <BatchPage lang={lang} as_of={state.as_of_date().unwrap_or(today)} layers={map_layers} on_open={on_open_lead} />
                </div>
            }
            <PrintOpinion lang={lang} state={(*state).clone()} today={today} project={project.clone()} report={report.clone()} />
            <footer>
                <p>{ lang.pick(i18n::DISCLAIMER) }</p>
                <p class="credits" id="credits">{ lang.pick(i18n::CREDITS) }</p>
                // Which one shows follows <html data-offline>, which boot.js
                // sets from the service worker's answer (styles/app.css).
                <p class="offline-state">
                    <span class="offline-complete" id="offline-complete">{ lang.pick(i18n::OFFLINE_COMPLETE) }</span>
                    <span class="offline-partial" id="offline-partial">{ lang.pick(i18n::OFFLINE_PARTIAL) }</span>
                </p>
            </footer>
        </div>
    }
}
