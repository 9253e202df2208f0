//! The Yew app: a thin shell over `jiujiang-engine`. State lives in a reducer
//! (`state`), components only display data and send `Action`s; every decision
//! is the engine's.

pub mod components;
pub mod i18n;
pub mod state;
pub mod storage;

use components::about::AboutMapData;
use components::boundary::BoundaryImport;
use components::form::ProjectForm;
use components::incentives::IncentivePanel;
use components::map::SiteMap;
use components::packages::PackagesPage;
use components::result::ResultPanel;
use components::rules::RulesPage;
use i18n::Lang;
use jiujiang_engine::{Date, Engine};
use state::{Action, AppState, View};
use web_sys::HtmlInputElement;
use yew::prelude::*;

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
    let state = {
        let restored = restored.clone();
        let restored_packages = restored_packages.clone();
        use_reducer(move || {
            let mut s = AppState::new(today);
            s.boundary = match &*restored {
                Ok(b) => b.clone(),
                Err(_) => None,
            };
            s.user_packages = std::rc::Rc::new(restored_packages.0.clone());
            s.packages_on
                .extend(restored_packages.0.iter().map(|p| p.id.clone()));
            s
        })
    };
    // Keep the user's packages whenever they change (not on first load).
    let packages_not_kept = use_state(|| false);
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
    let placements = jiujiang_engine::placement::placements(&engine.data, &project, as_of);
    let estimate = engine.site_estimate(&project, as_of, state.boundary.as_ref().map(|b| &*b.0));

    let on_change = {
        let state = state.clone();
        Callback::from(move |(k, v): (&'static str, String)| state.dispatch(Action::SetField(k, v)))
    };
    let on_fields = {
        let state = state.clone();
        Callback::from(move |fields: Vec<(&'static str, String)>| {
            state.dispatch(Action::SetFields(fields))
        })
    };
    let on_boundary = {
        let state = state.clone();
        Callback::from(move |b| state.dispatch(Action::SetBoundary(b)))
    };
    let site_panel = html! {
        <div class="site-panel">
            <SiteMap lang={lang} estimate={estimate.clone()} boundary={state.boundary.clone()}
                datum={AttrValue::from(state.field("site.location_datum").to_string())} on_fields={on_fields} />
            <BoundaryImport lang={lang} current={state.boundary.clone()}
                restore_error={match &*restored { Ok(_) => None, Err(e) => Some(e.clone()) }} on_set={on_boundary} />
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
    let on_example = {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(Action::Load(state::example())))
    };
    let on_clear = {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(Action::Clear))
    };
    let bad_date = state.as_of_date().is_none();
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
            <header class="top">
                <h1>{ lang.pick(i18n::APP_TITLE) }</h1>
                <div class="controls">
                    <label for="as-of">{ lang.pick(i18n::AS_OF) }</label>
                    <input id="as-of" type="date" value={state.as_of.clone()} oninput={on_as_of}
                        aria-invalid={bad_date.then_some("true")} />
                    if bad_date {
                        <span class="error" role="alert">{ lang.pick(i18n::BAD_DATE) }</span>
                    }
                    <button type="button" id="switch-lang" onclick={on_lang}>{ lang.pick(i18n::SWITCH_LANG) }</button>
                </div>
            </header>
            <nav class="tabs" role="tablist">
                { tab(View::Screen, i18n::TAB_SCREEN, "tab-screen") }
                { tab(View::Packages, i18n::TAB_PACKAGES, "tab-packages") }
                { tab(View::Rules, i18n::TAB_RULES, "tab-rules") }
            </nav>
            if state.view == View::Screen {
                <main class="layout">
                    <ProjectForm fields={state.fields.clone()} errors={errors} lang={lang}
                        estimate={estimate} site_panel={site_panel}
                        on_change={on_change} on_example={on_example} on_clear={on_clear} />
                    <div class="results">
                        <ResultPanel report={report.clone()} placements={placements} lang={lang} rule_count={engine.data.rules.len()} />
                        <IncentivePanel lang={lang} project={project.clone()} report={report}
                            user_packages={state.user_packages.clone()} packages_on={state.packages_on.clone()}
                            horizon={AttrValue::from(state.horizon.clone())} discount_pct={AttrValue::from(state.discount_pct.clone())}
                            on_horizon={on_horizon} on_discount={on_discount} />
                    </div>
                </main>
            } else if state.view == View::Packages {
                <PackagesPage lang={lang} today={today}
                    bundled={std::rc::Rc::new(engine.data.packages.clone())}
                    user_packages={state.user_packages.clone()} packages_on={state.packages_on.clone()}
                    restore_error={restored_packages.1.clone()} not_kept={*packages_not_kept}
                    on_save={on_save_package} on_delete={on_delete_package} on_toggle={on_toggle_package} />
            } else {
                <main><RulesPage lang={lang} as_of={state.as_of_date().unwrap_or(today)} /></main>
            }
            <footer>
                <p>{ lang.pick(i18n::DISCLAIMER) }</p>
                <p class="credits" id="credits">{ lang.pick(i18n::CREDITS) }</p>
            </footer>
        </div>
    }
}
