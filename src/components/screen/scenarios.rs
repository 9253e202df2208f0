//! Scenarios (issue 7): the bar above the form (switch, duplicate, rename,
//! delete, share, export, import) and the side-by-side comparison. The
//! comparison shows what differs: inputs, rule outcomes, incentive totals.

use super::incentives::range;
use crate::i18n::{self, Lang};
use crate::state::{estimate_incentives, AppState};
use crate::work::MAX_SCENARIOS;
use jiujiang_engine::project::FIELDS;
use jiujiang_engine::{text::display, text::labels, Date, Engine, Outcome, Text};
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct BarProps {
    pub lang: Lang,
    pub names: Vec<String>,
    pub current: usize,
    pub on_select: Callback<usize>,
    pub on_duplicate: Callback<()>,
    pub on_rename: Callback<(usize, String)>,
    pub on_delete: Callback<usize>,
    /// The scenario deleted last, by name, and how to put it back.
    #[prop_or_default]
    pub deleted: Option<(String, Callback<()>)>,
    pub on_compare: Callback<()>,
    /// Share link, export of the project or of all scenarios, import.
    pub on_share: Callback<()>,
    pub on_export_project: Callback<()>,
    pub on_export_all: Callback<()>,
    pub on_import: Callback<web_sys::File>,
    /// The link made by "share", to copy.
    pub link: Option<AttrValue>,
    /// What happened to the last link, import or restore.
    pub notice: Option<(bool, Text)>,
    pub on_restore_previous: Option<Callback<()>>,
    pub on_discard_previous: Option<Callback<()>>,
}

#[function_component(ScenarioBar)]
pub fn scenario_bar(props: &BarProps) -> Html {
    let lang = props.lang;
    let tab = |i: usize, name: &String| {
        let select = props.on_select.reform(move |_: MouseEvent| i);
        let current = i == props.current;
        html! {
            <button type="button" role="tab" id={format!("scenario-{i}")} aria-selected={if current { "true" } else { "false" }}
                class={classes!("scenario-tab", current.then_some("current"))} onclick={select}>{ name.clone() }</button>
        }
    };
    let rename = {
        let cb = props.on_rename.clone();
        let i = props.current;
        Callback::from(move |e: InputEvent| {
            let v = e.target_unchecked_into::<HtmlInputElement>().value();
            cb.emit((i, v))
        })
    };
    let delete = props.on_delete.reform({
        let i = props.current;
        move |_: MouseEvent| i
    });
    let import = {
        let cb = props.on_import.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Some(file) = input.files().and_then(|f| f.get(0)) {
                cb.emit(file);
            }
            input.set_value("");
        })
    };
    let current_name = props.names.get(props.current).cloned().unwrap_or_default();
    // On a phone the tools for the work (name, share, files, print) fold
    // behind one button, so the verdict comes right after the page's tabs;
    // on a wider screen the button is hidden and the tools always show
    // (styles: `.work-tools-toggle`).
    let tools_open = use_state(|| false);
    let toggle_tools = {
        let open = tools_open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    html! {
        <div class="scenario-bar" id="scenario-bar">
            <div class="scenario-tabs">
                <div role="tablist" aria-label={lang.pick(i18n::SCENARIOS)} class="scenario-tablist">
                    { for props.names.iter().enumerate().map(|(i, n)| tab(i, n)) }
                </div>
                <button type="button" id="scenario-duplicate" disabled={props.names.len() >= MAX_SCENARIOS}
                    aria-describedby={(props.names.len() >= MAX_SCENARIOS).then_some("scenario-limit")}
                    onclick={props.on_duplicate.reform(|_: MouseEvent| ())}>{ lang.pick(i18n::DUPLICATE) }</button>
                <button type="button" id="scenario-compare" disabled={props.names.len() < 2}
                    onclick={props.on_compare.reform(|_: MouseEvent| ())}>{ lang.pick(i18n::COMPARE) }</button>
                if props.names.len() >= MAX_SCENARIOS {
                    <span class="help" id="scenario-limit">{ lang.pick(i18n::SCENARIO_LIMIT).replace("{n}", &MAX_SCENARIOS.to_string()) }</span>
                }
                <button type="button" class="work-tools-toggle" id="work-tools-toggle" aria-controls="scenario-actions"
                    aria-expanded={if *tools_open { "true" } else { "false" }} onclick={toggle_tools}>
                    { lang.pick(i18n::WORK_TOOLS) }
                </button>
            </div>
            <div class={classes!("scenario-actions", tools_open.then_some("open"))} id="scenario-actions">
                <label>{ lang.pick(i18n::SCENARIO_NAME) }
                    <input id="scenario-name" type="text" maxlength="40" value={current_name} oninput={rename} />
                </label>
                if props.names.len() > 1 {
                    <button type="button" id="scenario-delete" onclick={delete}>{ lang.pick(i18n::DELETE_SCENARIO) }</button>
                }
                if let Some((name, restore)) = &props.deleted {
                    <button type="button" id="undo-delete-scenario" onclick={restore.reform(|_: MouseEvent| ())}>
                        { lang.pick(i18n::UNDO_DELETE_SCENARIO).replace("{name}", name) }
                    </button>
                }
                <button type="button" id="share-link" onclick={props.on_share.reform(|_: MouseEvent| ())}>{ lang.pick(i18n::SHARE) }</button>
                <button type="button" id="export-project" onclick={props.on_export_project.reform(|_: MouseEvent| ())}>{ lang.pick(i18n::EXPORT_PROJECT) }</button>
                <button type="button" id="export-all" onclick={props.on_export_all.reform(|_: MouseEvent| ())}>{ lang.pick(i18n::EXPORT_ALL) }</button>
                <label class="file">{ lang.pick(i18n::IMPORT_WORK) }
                    <input type="file" id="import-work" accept=".json,application/json" onchange={import} />
                </label>
                <button type="button" id="print-button" onclick={Callback::from(|_: MouseEvent| print(false))}>{ lang.pick(i18n::PRINT) }</button>
                <button type="button" id="print-page1" onclick={Callback::from(|_: MouseEvent| print(true))}>{ lang.pick(i18n::PRINT_PAGE1) }</button>
            </div>
            if let Some(link) = &props.link {
                <ShareBox link={link.clone()} {lang} />
            }
            if let Some((ok, text)) = &props.notice {
                <p class={if *ok { "ok" } else { "error" }} role={if *ok { "status" } else { "alert" }} id="work-notice">
                    { lang.text(text) }
                    if let Some(restore) = &props.on_restore_previous {
                        { " " }<button type="button" id="restore-previous" onclick={restore.reform(|_: MouseEvent| ())}>{ lang.pick(i18n::RESTORE_PREVIOUS) }</button>
                    }
                    if let Some(discard) = &props.on_discard_previous {
                        { " " }<button type="button" id="discard-previous" onclick={discard.reform(|_: MouseEvent| ())}>{ lang.pick(i18n::DISCARD_PREVIOUS) }</button>
                    }
                </p>
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct ShareBoxProps {
    link: AttrValue,
    lang: Lang,
}

/// The link, selected when tapped, and a button that copies it. Where the
/// browser offers no clipboard (a page served over plain http) or refuses,
/// the link is selected and the reader is told to copy it by hand.
#[function_component(ShareBox)]
fn share_box(props: &ShareBoxProps) -> Html {
    let lang = props.lang;
    // None: not tried for this link; Some(copied or not).
    let copied = use_state(|| None::<bool>);
    {
        let copied = copied.clone();
        use_effect_with(props.link.clone(), move |_| copied.set(None));
    }
    let input = use_node_ref();
    let on_copy = {
        let (copied, input, link) = (copied.clone(), input.clone(), props.link.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(el) = input.cast::<HtmlInputElement>() {
                el.select();
            }
            let Some(clipboard) = clipboard() else {
                copied.set(Some(false));
                return;
            };
            let promise = clipboard.write_text(&link);
            let copied = copied.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let done = wasm_bindgen_futures::JsFuture::from(promise).await;
                copied.set(Some(done.is_ok()));
            });
        })
    };
    html! {
        <div class="share-box">
            <label for="share-url">{ lang.pick(i18n::SHARE_HELP) }</label>
            <div class="share-row">
                <input id="share-url" type="text" readonly=true value={props.link.clone()} ref={input}
                    onfocus={Callback::from(|e: FocusEvent| e.target_unchecked_into::<HtmlInputElement>().select())} />
                <button type="button" id="copy-link" onclick={on_copy}>{ lang.pick(i18n::COPY_LINK) }</button>
            </div>
            <p class={classes!("copy-state", (*copied == Some(false)).then_some("error"))} id="copy-state" role="status">
                { match *copied {
                    Some(true) => lang.pick(i18n::LINK_COPIED),
                    Some(false) => lang.pick(i18n::COPY_BY_HAND),
                    None => "",
                } }
            </p>
        </div>
    }
}

/// The browser's clipboard, if this page may use it: it is there only in a
/// secure context, and calling it where it is not would throw through wasm.
fn clipboard() -> Option<web_sys::Clipboard> {
    let navigator = web_sys::window()?.navigator();
    let value = js_sys::Reflect::get(&navigator, &"clipboard".into()).ok()?;
    (!value.is_undefined() && !value.is_null()).then(|| navigator.clipboard())
}

#[derive(Properties, PartialEq)]
pub struct CompareProps {
    pub lang: Lang,
    pub state: AppState,
    pub today: Date,
    pub on_open: Callback<usize>,
}

/// A total in a comparison: none while every item waits on figures (0 yuan
/// would read as an answer), and how many items are left out if some are.
fn total_cell(
    inc: &jiujiang_engine::incentives::IncentiveReport,
    (r, first): (
        jiujiang_engine::incentives::Range,
        Option<jiujiang_engine::incentives::Range>,
    ),
    lang: Lang,
) -> Html {
    // A prohibited project obtains nothing: said, not shown as 0 yuan.
    if inc.blocked {
        return html! { <span class="not-estimated">{ lang.pick(i18n::COMPARE_BLOCKED) }</span> };
    }
    let (open, _) = inc.needing_input();
    let n = |t: i18n::L10nConst| lang.pick(t).replace("{n}", &open.to_string());
    if !inc.has_total() {
        return html! { <span class="waiting">{ n(i18n::COMPARE_NO_TOTAL) }</span> };
    }
    // Unlike the first, yet rounded alike ("1.01 亿元" twice): by how much
    // (a user test could not see the 800,000 yuan negotiated).
    let hidden = first.filter(|f| {
        ((f.min - r.min).abs() >= 0.5 || (f.max - r.max).abs() >= 0.5)
            && range(*f, lang) == range(r, lang)
    });
    let delta = hidden.map(|f| {
        let signed = |d: f64| {
            let sign = if d < 0.0 { "−" } else { "+" };
            format!("{sign}{}", lang.text(&display::money(d.abs())))
        };
        let (lo, hi) = (r.min - f.min, r.max - f.max);
        let text = if (lo - hi).abs() < 0.5 {
            signed(hi)
        } else {
            format!("{} / {}", signed(lo), signed(hi))
        };
        lang.pick(i18n::COMPARE_DELTA).replace("{d}", &text)
    });
    html! { <>
        { range(r, lang) }
        if let Some(d) = delta { <br /><small class="delta">{ d }</small> }
        // From 0: a prohibition on an unverified rule, if confirmed.
        if inc.blocked_unverified { <br /><small class="not-estimated">{ lang.pick(i18n::COMPARE_BLOCKED_UNVERIFIED) }</small> }
        if open > 0 { <br /><small class="waiting">{ n(i18n::COMPARE_NOT_COUNTED) }</small> }
    </> }
}

/// The scenarios side by side: verdicts, differing inputs, differing rule
/// outcomes and incentive totals; cells unlike the first scenario's are marked.
#[function_component(ComparePage)]
pub fn compare_page(props: &CompareProps) -> Html {
    let lang = props.lang;
    // While it is shown, printing (the button or the browser's own) prints
    // the comparison, not the open scenario's opinion (a user test).
    use_effect_with((), |_| {
        let root = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element());
        if let Some(r) = &root {
            let _ = r.set_attribute("data-view", "compare");
        }
        move || {
            if let Some(r) = root {
                let _ = r.remove_attribute("data-view");
            }
        }
    });
    let Ok(engine) = Engine::embedded() else {
        return html! {};
    };
    let st = &props.state;
    let results: Vec<_> = (0..st.scenarios.len())
        .map(|i| st.evaluate_scenario(i, engine, props.today))
        .collect();
    // Each with its own packages: two offers compared side by side.
    let incentives: Vec<_> = (results.iter().zip(&st.scenarios))
        .map(|((project, _, report), scenario)| {
            estimate_incentives(
                engine,
                project,
                report,
                &st.user_packages,
                &scenario.packages_on,
                &st.horizon,
                &st.discount_pct,
            )
            .0
        })
        .collect();
    let differs = |i: usize, same: bool| classes!((i > 0 && !same).then_some("differs"));
    // Inputs whose text differs between scenarios.
    let inputs: Vec<&'static str> = FIELDS
        .iter()
        .map(|f| f.key)
        .filter(|k| {
            let first = st.scenarios[0].fields.get(k);
            st.scenarios.iter().any(|s| s.fields.get(k) != first)
        })
        .collect();
    // Rules whose outcome differs.
    let rules: Vec<usize> = (0..results[0].2.findings.len())
        .filter(|&r| {
            let id = results[0].2.findings[r].rule_id;
            let outcome = |i: usize| {
                results[i]
                    .2
                    .findings
                    .iter()
                    .find(|f| f.rule_id == id)
                    .map(|f| f.outcome)
            };
            (1..results.len()).any(|i| outcome(i) != outcome(0))
        })
        .collect();
    // Incentive items whose state or total differs: the totals above say how
    // much, these say which (a user test saw 131–201 become 131 million with
    // "every rule the same" and no word on the HNTE item).
    let item_key = |i: usize, id: &str| {
        (incentives[i].items.iter())
            .find(|x| x.id == id)
            .map(|x| (x.state, x.total))
    };
    // Compared among the scenarios not prohibited: in a prohibited one every
    // item is "not obtainable", which the totals row says once (a user test
    // read fifteen such rows above the rule that made the difference).
    let live: Vec<usize> = (0..incentives.len())
        .filter(|&i| !incentives[i].blocked)
        .collect();
    // Every scenario's items, the first's order first: a package only a
    // later scenario counts has items the first has not (a user test saw
    // such an item left out, and the totals alone differ).
    let mut all_items: Vec<&jiujiang_engine::incentives::ItemResult> = Vec::new();
    for inc in &incentives {
        for it in &inc.items {
            if !all_items.iter().any(|x| x.id == it.id) {
                all_items.push(it);
            }
        }
    }
    let items: Vec<&jiujiang_engine::incentives::ItemResult> = (all_items.into_iter())
        .filter(|it| {
            live.split_first().is_some_and(|(&a, rest)| {
                rest.iter()
                    .any(|&i| item_key(i, it.id) != item_key(a, it.id))
            })
        })
        .collect();
    // A rule's row speaks of that rule ("本条允许"); the verdict row above
    // gives the whole project's verdict or bounds.
    // A rule that asks for replacement says which kind (capacity or energy).
    let outcome_cell = |o: Option<Outcome>, i: usize, first: Option<Outcome>, rule: &str| match o {
        Some(o) => html! {
            <td class={classes!(differs(i, Some(o) == first), labels::outcome_key(o).to_lowercase())}>{ lang.pick(
                labels::of_rule(o, rule)
            ) }</td>
        },
        None => html! { <td>{ "—" }</td> },
    };
    let version = &results[0].2.data_version;
    // What the scenarios share, said once: a printed comparison names the
    // project it compares (a user test's page gave only the scenarios' names).
    let mut shared: Vec<String> = [
        "name",
        "industry_code",
        "action",
        "invest.fixed_assets_10k_cny",
    ]
    .into_iter()
    .filter_map(|k| {
        let v = st.scenarios[0]
            .fields
            .get(k)
            .filter(|v| !v.trim().is_empty())?;
        let same = st.scenarios.iter().all(|s| s.fields.get(k) == Some(v));
        let label = jiujiang_engine::project::field(k).map(|f| lang.pick(f.label))?;
        same.then(|| lang.labelled(label, &super::print::shown(k, v, lang)))
    })
    .collect();
    // A date other than today's, on screen too: every scenario is screened
    // as of it (a user test compared on 2020-06-01 with no date in view).
    if let Some(d) = st.as_of_date().filter(|d| *d != props.today) {
        shared.push(lang.labelled(lang.pick(i18n::AS_OF), &lang.date(d)));
    }
    // A difference is said against a first total that shows as one.
    let first_counts = incentives[0].has_total() && !incentives[0].blocked;
    html! {
        <main class="compare" id="compare">
            <h2>{ lang.pick(i18n::COMPARE_TITLE) }</h2>
            <p class="help">{ lang.pick(i18n::COMPARE_HELP) }</p>
            if st.scenarios.len() < 2 {
                <p class="ok" id="compare-one" role="note">{ lang.pick(i18n::COMPARE_ONE) }</p>
            }
            <button type="button" id="compare-print" onclick={Callback::from(|_: MouseEvent| print(false))}>{ lang.pick(i18n::PRINT_COMPARE) }</button>
            // On paper the table says what it rests on, as the opinion does.
            if !shared.is_empty() {
                <p class="compare-shared" id="compare-shared">{ shared.join(" · ") }</p>
            }
            <p class="compare-print-note" id="compare-print-note">{ format!("{}: {} · {}: {} · {}: {}",
                lang.pick(i18n::AS_OF), st.as_of_date().map(|d| lang.date(d)).unwrap_or_default(),
                lang.pick(i18n::DATA_VERSION), version,
                lang.pick(i18n::PRINTED_ON), lang.date(props.today)) }</p>
            <div class="table-scroll">
            <table class="compare-table" id="compare-table">
                <thead>
                    <tr>
                        <th></th>
                        { for st.scenarios.iter().enumerate().map(|(i, s)| html! {
                            // The name as text too, for paper: Chromium repeats the
                            // head on each printed page without its buttons (a user
                            // test's page 2 had an empty head row).
                            <th><button type="button" class="link" id={format!("compare-open-{i}")}
                                onclick={props.on_open.reform(move |_: MouseEvent| i)}>{ s.name.clone() }</button>
                                <span class="print-only">{ s.name.clone() }</span></th>
                        }) }
                    </tr>
                </thead>
                <tbody>
                    <tr class="verdict-row" id="compare-verdicts">
                        <th>{ lang.pick(i18n::RESULT_TITLE) }</th>
                        // Open, its bounds as the verdict box gives them (a user
                        // test saw two open scenarios with no best or worst).
                        { for results.iter().enumerate().map(|(i, r)| html! {
                            <td class={classes!(differs(i, (r.2.overall, r.2.bounds) == (results[0].2.overall, results[0].2.bounds)
                                && super::advisor::headline(&r.2, lang) == super::advisor::headline(&results[0].2, lang)), labels::outcome_key(r.2.overall).to_lowercase())}>
                                { super::advisor::headline(&r.2, lang) }
                                // The rules that decide it, as the result's
                                // banner names them.
                                if r.2.bounds.decided() && !r.2.blocking.is_empty() {
                                    <br /><small class="because">{ super::rule_names(&r.2.blocking, lang) }</small>
                                }
                            </td>
                        }) }
                    </tr>
                    <tr id="compare-incentives">
                        <th>{ format!("{} ({} {})", lang.pick(i18n::INCENTIVES_TITLE), incentives[0].options.horizon_years, lang.pick(i18n::YEARS)) }</th>
                        { for incentives.iter().enumerate().map(|(i, inc)| html! {
                            <td class={differs(i, inc.total == incentives[0].total && inc.has_total() == incentives[0].has_total())}>{ total_cell(inc, (inc.total, (i > 0 && first_counts).then_some(incentives[0].total)), lang) }</td>
                        }) }
                    </tr>
                    <tr id="compare-pv">
                        <th>{ lang.pick(i18n::COL_PV) }</th>
                        { for incentives.iter().enumerate().map(|(i, inc)| html! {
                            <td class={differs(i, inc.present_value == incentives[0].present_value && inc.has_total() == incentives[0].has_total())}>{ total_cell(inc, (inc.present_value, (i > 0 && first_counts).then_some(incentives[0].present_value)), lang) }</td>
                        }) }
                    </tr>
                    // Each scenario counts its own packages: said where they
                    // differ, as an input would be.
                    if (1..st.scenarios.len()).any(|i| st.applied_packages(i) != st.applied_packages(0)) {
                        <tr id="compare-packages">
                            <th>{ lang.pick(i18n::TAB_PACKAGES) }</th>
                            { for st.scenarios.iter().enumerate().map(|(i, s)| html! {
                                <td class={differs(i, st.applied_packages(i) == st.applied_packages(0))}>
                                    { super::incentives::packages_counted(engine, &st.user_packages, &s.packages_on, &incentives[i], lang) }
                                </td>
                            }) }
                        </tr>
                    }
                    if !inputs.is_empty() {
                        <tr class="group"><th colspan={(st.scenarios.len() + 1).to_string()}>{ lang.pick(i18n::INPUTS_DIFFER) }</th></tr>
                        { for inputs.iter().map(|k| {
                            let label = jiujiang_engine::project::field(k).map(|f| lang.pick(f.label)).unwrap_or(k);
                            let first = st.scenarios[0].fields.get(k).cloned().unwrap_or_default();
                            html! {
                                <tr class="input-row" data-field={*k}>
                                    <th>{ label }</th>
                                    { for st.scenarios.iter().enumerate().map(|(i, s)| {
                                        let v = s.fields.get(k).cloned().unwrap_or_default();
                                        // As the opinion shows it: labels, units, amounts.
                                        let shown = if v.trim().is_empty() { "—".to_string() } else { super::print::shown(k, &v, lang) };
                                        html! { <td class={differs(i, v == first)}>{ shown }</td> }
                                    }) }
                                </tr>
                            }
                        }) }
                    }
                    <tr class="group"><th colspan={(st.scenarios.len() + 1).to_string()}>
                        { if rules.is_empty() { lang.pick(i18n::NO_RULE_DIFFERS) } else { lang.pick(i18n::RULES_DIFFER) } }
                    </th></tr>
                    { for rules.iter().map(|&r| {
                        let f0 = &results[0].2.findings[r];
                        let first = Some(f0.outcome);
                        html! {
                            <tr class="rule-row" id={format!("compare-rule-{}", f0.rule_id)}>
                                <th>{ format!("{} {}", f0.rule_id, lang.text(f0.title)) }</th>
                                { for results.iter().enumerate().map(|(i, res)| {
                                    let o = res.2.findings.iter().find(|f| f.rule_id == f0.rule_id).map(|f| f.outcome);
                                    outcome_cell(o, i, first, f0.rule_id)
                                }) }
                            </tr>
                        }
                    }) }
                    // Costs under their own heading: a land price among the
                    // incentives read as a benefit of the cheaper site (a
                    // user test).
                    { for [(false, i18n::ITEMS_DIFFER), (true, i18n::COSTS_TITLE)].into_iter().map(|(costs, heading)| {
                        let rows: Vec<_> = (items.iter())
                            .filter(|it| (it.kind == jiujiang_engine::data_types::ItemKind::Cost) == costs)
                            .collect();
                        html! { if !rows.is_empty() {
                        <tr class="group"><th colspan={(st.scenarios.len() + 1).to_string()}>{ lang.pick(heading) }</th></tr>
                        { for rows.iter().map(|&&it0| {
                            let first = item_key(0, it0.id);
                            html! {
                                <tr class="item-row" id={format!("compare-item-{}", it0.id.replace('/', "-"))}>
                                    <th>{ format!("{} {}", it0.id, lang.text(it0.title)) }</th>
                                    { for incentives.iter().enumerate().map(|(i, inc)| {
                                        let it = inc.items.iter().find(|x| x.id == it0.id);
                                        // An amount where it counts, else what it is.
                                        let shown = match it {
                                            // A prohibited project has no costs to weigh either.
                                            Some(_) if costs && inc.blocked => "—".to_string(),
                                            Some(x) if x.state.counts() => range(x.total, lang),
                                            Some(x) => lang.pick(super::incentives::item_state_label(x)).to_string(),
                                            None => "—".to_string(),
                                        };
                                        html! { <td class={differs(i, item_key(i, it0.id) == first)}>{ shown }</td> }
                                    }) }
                                </tr>
                            }
                        }) }
                        } }
                    }) }
                </tbody>
            </table>
            </div>
            <p class="compare-print-note disclaimer">{ lang.pick(i18n::OPINION_DISCLAIMER) }</p>
        </main>
    }
}

/// The browser's print, of the whole opinion or of its first sheet alone:
/// the page's `data-print` says which while the dialog is open (the print
/// stylesheet hides the annex for "page1"), and is cleared once printing is
/// over ("afterprint": on phones `print()` returns before the page is
/// laid out for paper, as a review noted).
fn print(page1_only: bool) {
    use wasm_bindgen::{closure::Closure, JsCast};
    let Some(w) = web_sys::window() else { return };
    if let (true, Some(root)) = (page1_only, w.document().and_then(|d| d.document_element())) {
        let _ = root.set_attribute("data-print", "page1");
        let clear = Closure::once_into_js(move || {
            let _ = root.remove_attribute("data-print");
        });
        let once = web_sys::AddEventListenerOptions::new();
        once.set_once(true);
        let _ = w.add_event_listener_with_callback_and_add_event_listener_options(
            "afterprint",
            clear.unchecked_ref(),
            &once,
        );
    }
    let _ = w.print();
}
