//! Batch screening of a list of leads (issue 7): upload a CSV (a template
//! is offered), see a table of verdicts with the rules that decide them,
//! filter it, export it. The engine reads and screens; this page shows.

use crate::i18n::{self, Lang};
use crate::layers::Layers;
use jiujiang_engine::project::csv::{batch, batch_csv, columns, template, BatchRow};
use jiujiang_engine::{text::labels, Date, Engine, FieldError, Outcome};
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// Rows shown per page: 10,000 rows would be slow to lay out at once.
const PAGE: usize = 100;

/// Rows screened per upload: 10,000 take about half a second here, so this
/// keeps the page answering within about a second.
pub const MAX_ROWS: usize = 20_000;

#[derive(Properties, PartialEq)]
pub struct BatchProps {
    pub lang: Lang,
    pub as_of: Date,
    /// The map layers, which rows giving a site point need for their
    /// distances: rows screened before they came are screened again then.
    pub layers: crate::layers::Layers,
    /// Opens a row in the screening: its label (name, id or line), its
    /// cells by field key, and the first field with an error to mend there.
    pub on_open: Callback<OpenLead>,
}

/// A lead to open: its label, its cells by field key, and the field of its
/// first error (`""` for an error of the row itself), if any.
pub type OpenLead = (String, Vec<(&'static str, String)>, Option<&'static str>);

#[derive(Clone, PartialEq)]
enum Loaded {
    None,
    Reading,
    /// The rows, the file's name, its text and how it was screened: kept to
    /// screen it again when the as-of date changes, or once the map layers
    /// come to rows screened without them.
    Rows(Rc<Vec<BatchRow>>, String, Rc<String>, Screened),
    Refused(Vec<FieldError>),
}

/// The date a file was screened on, and whether the map layers were there.
#[derive(Clone, Copy, PartialEq)]
struct Screened {
    as_of: Date,
    with_map: bool,
}

impl Screened {
    fn now(as_of: Date) -> Screened {
        Screened {
            as_of,
            with_map: jiujiang_engine::geo::layers::ready(),
        }
    }
}

#[function_component(BatchPage)]
pub fn batch_page(props: &BatchProps) -> Html {
    let lang = props.lang;
    let loaded = use_state(|| Loaded::None);
    let filter = use_state(String::new);
    let search = use_state(String::new);
    let page = use_state(|| 0usize);
    // The columns' help, worked out once (the table re-renders as a filter is typed).
    let column_help = use_memo((), |_| {
        Engine::embedded()
            .map(|e| columns(&e.data))
            .unwrap_or_default()
    });

    let on_file = {
        let loaded = loaded.clone();
        let page = page.clone();
        let as_of = props.as_of;
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|f| f.get(0)) else {
                return;
            };
            input.set_value("");
            loaded.set(Loaded::Reading);
            let loaded = loaded.clone();
            let page = page.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let name = file.name();
                let text = crate::files::read_text_within(&file, crate::files::MAX_CSV_BYTES).await;
                let Ok(engine) = Engine::embedded() else {
                    return;
                };
                let rows = text
                    .as_ref()
                    .map_or(0, |t| t.lines().count().saturating_sub(1));
                let result = match text {
                    Err(why) => Loaded::Refused(vec![FieldError::new("", why.zh, why.en)]),
                    // Beyond this the page would stall for seconds: refused, said why.
                    Ok(_) if rows > MAX_ROWS => Loaded::Refused(vec![FieldError::new(
                        "",
                        format!("此文件有 {rows} 行，每次最多 {MAX_ROWS} 行；请拆分后分批上传。"),
                        format!("This file has {rows} rows, at most {MAX_ROWS} at a time; split it and upload the parts."),
                    )]),
                    Ok(text) => match batch(&text, engine, as_of) {
                        Ok(rows) => Loaded::Rows(Rc::new(rows), name, Rc::new(text), Screened::now(as_of)),
                        Err(errors) => Loaded::Refused(errors),
                    },
                };
                page.set(0);
                loaded.set(result);
            });
        })
    };
    // Screened again when the as-of date changes (a user test read a
    // verdict of the day the file came, under another date, and exported
    // it), and when the map layers come to rows with a site point but no
    // measured distance, screened without them.
    {
        let loaded = loaded.clone();
        use_effect_with((props.layers, props.as_of), move |(layers, as_of)| {
            if let Loaded::Rows(_, name, text, was) = &*loaded {
                let map_came = *layers == Layers::Ready && !was.with_map;
                if was.as_of != *as_of || map_came {
                    let rows = Engine::embedded()
                        .ok()
                        .and_then(|e| batch(text, e, *as_of).ok());
                    if let Some(rows) = rows {
                        let now = Screened::now(*as_of);
                        loaded.set(Loaded::Rows(Rc::new(rows), name.clone(), text.clone(), now));
                    }
                }
            }
        });
    }
    let on_template = Callback::from(|_: MouseEvent| {
        crate::files::download("jiujiang-batch-template.csv", &template())
    });
    let on_filter = {
        let filter = filter.clone();
        let page = page.clone();
        Callback::from(move |e: Event| {
            filter.set(e.target_unchecked_into::<HtmlSelectElement>().value());
            page.set(0);
        })
    };
    let on_search = {
        let search = search.clone();
        let page = page.clone();
        Callback::from(move |e: InputEvent| {
            search.set(e.target_unchecked_into::<HtmlInputElement>().value());
            page.set(0);
        })
    };

    let body = match &*loaded {
        Loaded::None => html! { <p class="help">{ lang.pick(i18n::BATCH_EMPTY) }</p> },
        Loaded::Reading => html! { <p role="status">{ lang.pick(i18n::READING) }</p> },
        Loaded::Refused(errors) => html! {
            <div class="error" role="alert" id="batch-errors">
                <p>{ lang.pick(i18n::BATCH_REFUSED) }</p>
                <ul>{ for errors.iter().map(|e| html! {
                    <li>if !e.field.is_empty() { { column(&e.field, lang) }{ lang.pick(i18n::COLON) } }{ lang.text(&e.message) }</li>
                }) }</ul>
            </div>
        },
        Loaded::Rows(rows, name, _, screened) => {
            let wanted = (*filter).clone();
            let needle = search.trim().to_lowercase();
            let shown: Vec<&BatchRow> = rows
                .iter()
                .filter(|r| match wanted.as_str() {
                    "" => true,
                    // Rows with errors, screened from their other cells or not.
                    "INVALID" => !r.errors.is_empty(),
                    // The rows the summary counts as not screened.
                    "UNSCREENED" => r.overall.is_none(),
                    // A verdict's rows are those its count in the summary
                    // counts: every row its readable cells gave it, errors
                    // or not (a user test's prohibited row with one bad cell
                    // was hidden by the "prohibited" filter).
                    key => r.overall.map(labels::outcome_key) == Some(key),
                })
                .filter(|r| {
                    needle.is_empty()
                        || r.id
                            .as_deref()
                            .unwrap_or("")
                            .to_lowercase()
                            .contains(&needle)
                        || r.blocking
                            .iter()
                            .any(|b| b.to_lowercase().contains(&needle))
                        || r.name
                            .as_deref()
                            .is_some_and(|n| n.to_lowercase().contains(&needle))
                })
                .collect();
            // Each row is counted once, by the verdict its readable cells
            // gave, or as not screened; those with errors are counted apart,
            // "of which", so the verdicts still add up to the rows (a user
            // test counted 6 for 5 when they were counted twice).
            let counts = |o: Option<Outcome>| rows.iter().filter(|r| r.overall == o).count();
            let unscreened = counts(None);
            // Only rows screened by their other cells: an unscreened row is
            // counted above already, and "counted by its other cells" is
            // not true of it (a user test saw a broken row counted twice).
            let with_errors = (rows.iter())
                .filter(|r| r.overall.is_some() && !r.errors.is_empty())
                .count();
            let named = rows.iter().any(|r| r.name.is_some());
            // Ids given to more than one row, with their lines: a result
            // looked up by id would otherwise find the wrong row.
            let mut by_id: std::collections::BTreeMap<&str, Vec<usize>> = Default::default();
            for r in rows.iter() {
                if let Some(id) = r.id.as_deref() {
                    by_id.entry(id).or_default().push(r.line);
                }
            }
            let repeated: Vec<String> = (by_id.iter())
                .filter(|(_, lines)| lines.len() > 1)
                .map(|(id, lines)| {
                    let lines: Vec<String> = lines.iter().map(usize::to_string).collect();
                    format!("{id} ({} {})", lang.pick(i18n::LINE), lines.join(", "))
                })
                .collect();
            let pages = shown.len().div_ceil(PAGE).max(1);
            let p = (*page).min(pages - 1);
            let export = {
                let rows: Vec<BatchRow> = shown.iter().map(|r| (*r).clone()).collect();
                let english = lang == Lang::En;
                // The date in the file's name: a result is of its day.
                let file = format!("jiujiang-batch-result-{}.csv", screened.as_of);
                Callback::from(move |_: MouseEvent| {
                    crate::files::download(&file, &batch_csv(&rows, english))
                })
            };
            let go = |to: usize| {
                let page = page.clone();
                Callback::from(move |_: MouseEvent| page.set(to))
            };
            let outcomes = [
                Outcome::Prohibited,
                Outcome::NeedsInput,
                Outcome::RequiresReplacement,
                Outcome::RequiresReview,
                Outcome::Conditional,
                Outcome::Allowed,
            ];
            html! {
                <>
                    <p id="batch-summary" role="status">
                        { format!("{name}: {} {}{} — ", rows.len(), lang.pick(i18n::ROWS),
                            lang.pick(i18n::SCREENED_AS_OF).replace("{date}", &lang.date(screened.as_of))) }
                        { for outcomes.iter().map(|o| html! { <><span class="count">{ format!("{} {}", lang.pick(labels::overall(*o)), counts(Some(*o))) }</span>{ " · " }</> }) }
                        <span class="count">{ format!("{} {}", lang.pick(i18n::UNSCREENED_ROWS), unscreened) }</span>
                        if with_errors > 0 {
                            { " · " }<span class="count-errors">{ lang.pick(i18n::ROWS_WITH_ERRORS).replace("{n}", &with_errors.to_string()) }</span>
                        }
                    </p>
                    if !repeated.is_empty() {
                        <p class="error" id="batch-duplicates" role="note">
                            { lang.labelled(lang.pick(i18n::REPEATED_IDS), &repeated.join(lang.pick(i18n::LIST_SEPARATOR))) }
                        </p>
                    }
                    <div class="batch-controls">
                        <label>{ lang.pick(i18n::FILTER) }
                            <select id="batch-filter" onchange={on_filter}>
                                <option value="" selected={wanted.is_empty()}>{ lang.pick(i18n::ALL) }</option>
                                { for outcomes.iter().map(|o| html! {
                                    <option value={labels::outcome_key(*o)} selected={wanted == labels::outcome_key(*o)}>{ lang.pick(labels::overall(*o)) }</option>
                                }) }
                                <option value="UNSCREENED" selected={wanted == "UNSCREENED"}>{ lang.pick(i18n::UNSCREENED_ROWS) }</option>
                                <option value="INVALID" selected={wanted == "INVALID"}>{ lang.pick(i18n::INVALID_ROWS) }</option>
                            </select>
                        </label>
                        <label>{ lang.pick(i18n::SEARCH) }
                            <input id="batch-search" type="search" value={(*search).clone()} oninput={on_search} />
                        </label>
                        <button type="button" id="batch-export" onclick={export}>{ lang.pick(i18n::BATCH_EXPORT) }</button>
                    </div>
                    <div class="table-scroll">
                    <table class="batch-table" id="batch-table">
                        <thead><tr>
                            <th>{ lang.pick(i18n::LINE) }</th><th>{ lang.pick(i18n::LEAD_ID) }</th>
                            // The leads' names, when the file gives them, next to
                            // the id: last, a phone had to scroll sideways to them.
                            if named { <th>{ lang.pick(i18n::LEAD_NAME) }</th> }
                            <th>{ lang.pick(i18n::RESULT_TITLE) }</th>
                            <th>{ lang.pick(i18n::BATCH_RULES) }</th>
                        </tr></thead>
                        <tbody>
                            { for shown.iter().skip(p * PAGE).take(PAGE).map(|r| html! {
                                <tr data-outcome={r.overall.map(labels::outcome_key).unwrap_or("INVALID")}>
                                    <td class="line">{ r.line }
                                        // A row with cells to put in can be opened in the
                                        // screening, to see it whole or mend its errors.
                                        if !r.cells.is_empty() {
                                            <button type="button" class="open-lead" data-line={r.line.to_string()}
                                                aria-label={lang.pick(i18n::OPEN_LEAD_LABEL).replace("{name}", &lead_label(r, lang))}
                                                onclick={{
                                                    let first_error = r.errors.first().map(|e| {
                                                        jiujiang_engine::project::field(&e.field).map_or("", |f| f.key)
                                                    });
                                                    let row = (lead_label(r, lang), r.cells.clone(), first_error);
                                                    props.on_open.reform(move |_: MouseEvent| row.clone())
                                                }}>{ lang.pick(i18n::OPEN_LEAD) }</button>
                                        }
                                    </td>
                                    <td class="id">{ r.id.clone().unwrap_or_default() }</td>
                                    if named { <td class="lead-name">{ r.name.clone().unwrap_or_default() }</td> }
                                    <td class="result">{ match r.overall {
                                        Some(o) => html! {
                                            <span class={classes!("badge", labels::outcome_key(o).to_lowercase())}>{ lang.pick(labels::overall_by(o, &r.blocking)) }
                                                // Resting on unverified rules alone: said as the
                                                // screening's headline says it.
                                                if r.grade == Some(jiujiang_engine::Status::U) {
                                                    <span class="grade" data-grade="U">{ lang.pick(i18n::UNVERIFIED_SUFFIX) }</span>
                                                }
                                            </span>
                                        },
                                        None => html! { <span class="badge invalid">{ lang.pick(i18n::INVALID_ROW) }</span> },
                                    } }
                                    // Open, how good and how bad it can still be, as
                                    // the verdict box says it.
                                    if let Some(ends) = r.bound_labels {
                                        <div class="bounds">{ crate::components::screen::advisor::bounds_text(ends, lang) }</div>
                                    }
                                    if let Some(name) = r.next_question.and_then(jiujiang_engine::rules::questions::name) {
                                        <div class="ask-next">{ lang.pick(i18n::ASK_NEXT) }{ lang.pick(name) }</div>
                                    }
                                    // Under the verdict, in view on a phone: the cells it
                                    // was reached without, and why (a user test found them
                                    // in a column cut off the screen).
                                    if r.overall.is_some() && !r.errors.is_empty() {
                                        <div class="error cells-not-used">{ lang.pick(i18n::CELLS_NOT_USED).replace("{n}", &r.errors.len().to_string()) }</div>
                                    }
                                    { for r.errors.iter().map(|e| html! { <div class="error">{
                                        // A row's own error (its cell count) names no column.
                                        // A cell's error says the row was screened without it.
                                        if e.field.is_empty() { lang.text(&e.message).to_string() } else { format!("{}{}{}{}", column(&e.field, lang), lang.pick(i18n::COLON), lang.text(&e.message), lang.pick(i18n::CELL_NOT_USED)) }
                                    }</div> }) }
                                    </td>
                                    <td class="rules">
                                        { rule_ids(&r.blocking) }
                                        if !r.at_best_by.is_empty() {
                                            <div class="at-best-by">{ lang.pick(i18n::AT_BEST_BY) }{ lang.pick(i18n::COLON) }{ rule_ids(&r.at_best_by) }</div>
                                        }
                                    </td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                    </div>
                    <div class="pager">
                        <button type="button" id="batch-prev" disabled={p == 0} onclick={go(p.saturating_sub(1))}>{ "‹" }</button>
                        <span id="batch-page">{ format!("{} / {} ({} {})", p + 1, pages, shown.len(), lang.pick(i18n::ROWS)) }</span>
                        <button type="button" id="batch-next" disabled={p + 1 >= pages} onclick={go(p + 1)}>{ "›" }</button>
                    </div>
                </>
            }
        }
    };
    html! {
        <main class="batch" id="batch">
            <h2>{ lang.pick(i18n::BATCH_TITLE) }</h2>
            <p class="help">{ lang.pick(i18n::BATCH_HELP) }</p>
            <div class="batch-controls">
                <button type="button" id="batch-template" onclick={on_template}>{ lang.pick(i18n::BATCH_TEMPLATE) }</button>
                <label class="file">{ lang.pick(i18n::BATCH_UPLOAD) }
                    <input type="file" id="batch-file" accept=".csv,text/csv" onchange={on_file} />
                </label>
            </div>
            // What each column of the template takes: its keys alone told
            // staff nothing of the values (a user test).
            <details class="batch-columns" id="batch-columns">
                <summary>{ lang.pick(i18n::BATCH_COLUMNS) }</summary>
                <div class="table-scroll">
                    <table>
                        <thead><tr>
                            <th>{ lang.pick(i18n::BATCH_COLUMN) }</th>
                            <th>{ lang.pick(i18n::BATCH_COLUMN_MEANS) }</th>
                            <th>{ lang.pick(i18n::BATCH_COLUMN_TAKES) }</th>
                        </tr></thead>
                        <tbody>
                            { for column_help.iter().map(|c| html! {
                                <tr><td class="key"><code>{ c.key }</code></td><td>{ lang.pick(c.label) }</td><td>{ lang.text(&c.accepts) }</td></tr>
                            }) }
                        </tbody>
                    </table>
                </div>
            </details>
            // Rows screened without the map ask for every distance a point
            // gives: say so, and screen them again when it comes.
            if props.layers == Layers::Loading {
                <p class="help" id="batch-layers-loading" role="status">{ lang.pick(i18n::LAYERS_LOADING) }</p>
            } else if props.layers == Layers::Failed {
                <p class="warn" id="batch-layers-failed" role="alert">{ lang.pick(i18n::LAYERS_FAILED) }</p>
            }
            { body }
        </main>
    }
}

/// What a lead opened as a scenario is called: its name, else its id,
/// else its line; long names cut so the tabs stay one line.
/// Rule ids, each whole on its line ("HEHE-" and "04" were split at the
/// hyphen), the first few shown and the rest folded behind "+N": an open
/// row's 24 ids made a phone's row 550 px tall (a user test).
fn rule_ids(ids: &[&str]) -> Html {
    const SHOWN: usize = 6;
    let id = |(i, b): (usize, &&str)| {
        html! { <>{ if i > 0 { ", " } else { "" } }<span class="rule-id">{ *b }</span></> }
    };
    html! { <>
        { for ids.iter().take(SHOWN).enumerate().map(id) }
        if ids.len() > SHOWN {
            <details class="more-rules">
                <summary>{ format!("+{}", ids.len() - SHOWN) }</summary>
                { for ids.iter().enumerate().skip(SHOWN).map(id) }
            </details>
        }
    </> }
}

fn lead_label(r: &BatchRow, lang: Lang) -> String {
    const MOST: usize = 24;
    let given = (r.name.as_deref().into_iter().chain(r.id.as_deref()))
        .map(str::trim)
        .find(|s| !s.is_empty());
    match given {
        Some(n) if n.chars().count() > MOST => {
            format!("{}…", n.chars().take(MOST - 1).collect::<String>())
        }
        Some(n) => n.to_string(),
        None => lang
            .pick(i18n::LEAD_LINE)
            .replace("{line}", &r.line.to_string()),
    }
}

/// A CSV column as staff read it: the field's name, then the column's own
/// heading, which says where in the file to look ("用地面积（invest.land_mu）";
/// a user test read bare keys as jargon).
fn column(key: &str, lang: Lang) -> String {
    match jiujiang_engine::project::field(key) {
        Some(f) => format!(
            "{}{}{}{}",
            lang.pick(f.label),
            lang.pick(i18n::PAREN_OPEN),
            key,
            lang.pick(i18n::PAREN_CLOSE)
        ),
        None => key.to_string(),
    }
}
