//! The incentive estimate under the verdict (issue 6): tier, totals, a
//! year-by-year chart, the itemised table with legal basis and status, the
//! costs for context and the 亩均 checks. All figures are the engine's.

use super::result::missing_links;
use crate::i18n::{self, Lang};
use jiujiang_engine::data_types::{ItemKind, Level, Package};
use jiujiang_engine::incentives::{IncentiveReport, ItemResult, ItemState, Range};
use jiujiang_engine::screen::format_number;
use jiujiang_engine::{text::display, text::labels, Engine, Project, Report};
use std::collections::BTreeSet;
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct IncentiveProps {
    pub lang: Lang,
    pub project: Project,
    pub report: Report<'static>,
    pub user_packages: Rc<Vec<Package>>,
    pub packages_on: BTreeSet<String>,
    pub horizon: AttrValue,
    pub discount_pct: AttrValue,
    pub on_horizon: Callback<String>,
    pub on_discount: Callback<String>,
    /// The county the site lies in (Chinese name), when a point is given:
    /// its county and park packages are offered.
    #[prop_or_default]
    pub site_county: Option<AttrValue>,
    #[prop_or_default]
    pub on_toggle_package: Callback<String>,
}

/// Yuan in the reader's units (万元/亿元 or millions/billions); see
/// [`jiujiang_engine::text::display`].
pub fn money(v: f64, lang: Lang) -> String {
    lang.text(&display::money(v))
}

/// What the totals leave out: "No total yet: N items wait on M figures."
/// while nothing counts, else "N more items … are not counted"; the figures
/// follow. Both are counted because the list names figures, not items ("9
/// items wait on figures" before 12 names read as a count gone wrong).
pub fn waiting_sentence(
    report: &IncentiveReport,
    open: usize,
    figures: usize,
    lang: Lang,
) -> String {
    // "1 more item waiting on 1 figure": one form for one and many.
    let (text, one, many) = if report.counts_any() {
        (i18n::NOT_COUNTED, "more item", "more items")
    } else {
        (i18n::NO_TOTAL_YET, "item", "items")
    };
    let counted = |n: usize, one: &str, many: &str| match (lang, n) {
        (Lang::En, 1) => format!("1 {one}"),
        (Lang::En, _) => format!("{n} {many}"),
        (Lang::Zh, _) => n.to_string(),
    };
    (lang.pick(text))
        .replace("{n}", &counted(open, one, many))
        .replace("{m}", &counted(figures, "figure", "figures"))
}

/// A range with one unit for both ends.
/// The packages `on` counts for the estimate `report`, by name in the
/// reader's language, bundled ones first, or that none is counted; then
/// those switched on with no item in play for this project (a services
/// package beside a factory), said apart rather than counted.
pub fn packages_counted(
    engine: &Engine,
    user_packages: &[Package],
    on: &BTreeSet<String>,
    report: &IncentiveReport,
    lang: Lang,
) -> String {
    let (counted, idle): (Vec<&Package>, Vec<&Package>) = (engine.data.packages.iter())
        .chain(user_packages)
        .filter(|p| on.contains(&p.id))
        .partition(|p| report.package_in_play(&p.id));
    let names = |ps: &[&Package]| {
        (ps.iter().map(|p| lang.text(&p.name)))
            .collect::<Vec<_>>()
            .join(lang.pick(i18n::SEMICOLON))
    };
    let mut out = if counted.is_empty() {
        lang.pick(i18n::NO_PACKAGE_COUNTED).to_string()
    } else {
        format!("{}{}", lang.pick(i18n::PACKAGES_COUNTED), names(&counted))
    };
    if !idle.is_empty() {
        out.push_str(
            &lang
                .pick(i18n::PACKAGES_IDLE)
                .replace("{names}", &names(&idle)),
        );
    }
    out
}

/// An item's present value where it has one to show: it counts and is
/// not a cost (the screen's table and the printed one alike).
pub fn shown_present_value(item: &ItemResult) -> Option<Range> {
    (item.state.counts() && item.kind != ItemKind::Cost).then_some(item.present_value)
}

/// A counted timing item, whose total of about 0 is said to be one (a bare
/// 0 read as an error, on screen and on paper).
pub fn timing_only(item: &ItemResult) -> bool {
    item.state.counts() && item.defers_only()
}

pub fn range(r: Range, lang: Lang) -> String {
    lang.text(&display::money_range(r.min, r.max))
}

/// What an item's state is called on screen and in print: a cost that
/// applies is "computed", and the totals' own correction "deducted", not
/// "applies".
pub fn item_state_label(item: &ItemResult) -> i18n::L10nConst {
    match (item.kind, item.state) {
        (ItemKind::Cost, ItemState::Applies) => i18n::ST_COMPUTED,
        (ItemKind::Adjustment, ItemState::Applies) => i18n::ST_DEDUCTED,
        (ItemKind::Adjustment, ItemState::NotApplicable) => i18n::ST_NOT_NEEDED,
        _ => state_label(item.state),
    }
}

fn state_label(s: ItemState) -> i18n::L10nConst {
    match s {
        ItemState::Applies => i18n::ST_APPLIES,
        ItemState::EligibleIfCertified => i18n::ST_IF_CERTIFIED,
        ItemState::Negotiable => i18n::ST_NEGOTIABLE,
        ItemState::NeedsInput => i18n::ST_NEEDS_INPUT,
        ItemState::NotEligible => i18n::ST_NOT_ELIGIBLE,
        ItemState::NotApplicable => i18n::ST_NOT_APPLICABLE,
        ItemState::NothingToCount => i18n::ST_NOTHING_TO_COUNT,
        ItemState::NotInForce => i18n::ST_NOT_IN_FORCE,
        ItemState::NotOffered => i18n::ST_NOT_OFFERED,
        ItemState::Stacked => i18n::ST_STACKED,
        ItemState::Replaced => i18n::ST_REPLACED,
        ItemState::Blocked => i18n::ST_BLOCKED,
    }
}

pub fn level_label(l: Level) -> i18n::L10nConst {
    match l {
        Level::National => i18n::LV_NATIONAL,
        Level::Province => i18n::LV_PROVINCE,
        Level::City => i18n::LV_CITY,
        Level::County => i18n::LV_COUNTY,
        Level::Park => i18n::LV_PARK,
    }
}

fn state_class(s: ItemState) -> &'static str {
    match s {
        ItemState::Applies | ItemState::EligibleIfCertified => "counts",
        ItemState::Negotiable => "negotiable",
        ItemState::NeedsInput => "needs-input",
        _ => "not-counted",
    }
}

/// Bars per year: the light bar reaches the high path, the dark one the low.
fn chart(report: &IncentiveReport, lang: Lang) -> Html {
    let n = report.yearly.len().max(1);
    let top = report
        .yearly
        .iter()
        .map(|r| r.max.max(r.min))
        .fold(0.0f64, f64::max);
    let bottom = report
        .yearly
        .iter()
        .map(|r| r.min.min(r.max))
        .fold(0.0f64, f64::min);
    if top <= 0.0 && bottom >= 0.0 {
        return html! {};
    }
    let (w, h, pad) = (600.0, 180.0, 24.0);
    let span = (top - bottom).max(1.0);
    let y = |v: f64| pad + (top - v) / span * (h - 2.0 * pad);
    let bw = (w - 2.0 * pad) / n as f64;
    let label = format!(
        "{} {}",
        lang.pick(i18n::CHART_LABEL),
        report
            .yearly
            .iter()
            .enumerate()
            .map(|(i, r)| format!("{}: {}", year_of(report, i), range(*r, lang)))
            .collect::<Vec<_>>()
            .join("; ")
    );
    html! {
        <svg class="incentive-chart" id="incentive-chart" viewBox={format!("0 0 {w} {h}")} role="img" aria-label={label}>
            <line class="axis" x1={pad.to_string()} x2={(w - pad).to_string()} y1={format!("{:.1}", y(0.0))} y2={format!("{:.1}", y(0.0))} />
            { for report.yearly.iter().enumerate().map(|(i, r)| {
                let x = pad + i as f64 * bw + bw * 0.15;
                let bar = |v: f64, class: &'static str| {
                    let (a, b) = (y(v), y(0.0));
                    html! { <rect {class} x={format!("{x:.1}")} width={format!("{:.1}", bw * 0.7)}
                        y={format!("{:.1}", a.min(b))} height={format!("{:.1}", (a - b).abs().max(0.5))} /> }
                };
                html! {
                    <g>
                        { bar(r.max, "high") }
                        { bar(r.min, "low") }
                        <text x={format!("{:.1}", x + bw * 0.35)} y={(h - 6.0).to_string()} text-anchor="middle">{ year_of(report, i) }</text>
                    </g>
                }
            }) }
            <text class="top" x={pad.to_string()} y="4" dominant-baseline="hanging">{ money(top, lang) }</text>
        </svg>
    }
}

/// A bar's calendar year: the one most of the estimate's year `i` lies in
/// (a user test read bars 1 to 10 and could not tell which year counted).
fn year_of(report: &IncentiveReport, i: usize) -> i32 {
    jiujiang_engine::incentives::year_middle(report.as_of, i).year
}

fn basis(item: &ItemResult, lang: Lang) -> String {
    item.legal_basis
        .iter()
        .map(|c| {
            let mut s = match super::print::english_title(c, lang) {
                Some(_) => super::print::cited_document(c, lang),
                None => {
                    let zh = c.document.trim_start_matches('《').trim_end_matches('》');
                    let n = c.number.as_ref().map(|n| format!("（{n}）"));
                    format!("《{zh}》{}", n.unwrap_or_default())
                }
            };
            if let Some(a) = c
                .article
                .as_deref()
                .map(|a| lang.article(a))
                .filter(|a| !a.is_empty())
            {
                // Run on after a Chinese title; spaced after an English one.
                s.push_str(if lang == Lang::En { " " } else { "" });
                s.push_str(&a);
            }
            s
        })
        .collect::<Vec<_>>()
        .join(lang.pick(i18n::SEMICOLON))
}

/// A range in a table cell: the two ends on their own lines, the second
/// led by "to" (a dash at a line's start read as a minus, beside the cap
/// row's real negatives: a user test).
fn range_cell(r: Range, lang: Lang) -> Html {
    let text = range(r, lang);
    match text.split_once(" – ") {
        Some((lo, hi)) => {
            html! { <><span class="lo">{ lo.to_string() }</span><span class="hi"><span class="to">{ lang.pick(i18n::RANGE_TO) }</span>{ hi.to_string() }</span></> }
        }
        None => html! { <span>{ text }</span> },
    }
}

/// Why nothing is obtainable: the prohibition, said with care when it rests
/// on an unverified rule.
pub fn blocked_text(report: &IncentiveReport) -> i18n::L10nConst {
    if report.blocked_unverified {
        i18n::INCENTIVES_BLOCKED_UNVERIFIED
    } else {
        i18n::INCENTIVES_BLOCKED
    }
}

/// One item. `labels` name the three amount columns, for a phone, where the
/// table is laid out as one card an item and each amount says what it is.
fn item_row(
    item: &ItemResult,
    lang: Lang,
    labels: &[String; 3],
    as_of: jiujiang_engine::Date,
) -> Html {
    let id = format!("incentive-{}", item.id.replace('/', "-"));
    // No amount at all: the three dashes say nothing a phone needs to show.
    let amounts = classes!("num", (!item.state.counts()).then_some("no-amount"));
    html! {
        <tr id={id} class={state_class(item.state)} data-state={format!("{:?}", item.state)}>
            <td>
                <span class="item-title">{ lang.text(item.title) }</span>
                // The catalogue ID, whole, for tracing: cut at its "/" in
                // Chinese, four rows read "INC-TAX-01" alike (a user test).
                <span class="item-id">{ item.id }</span>
                if let Some(p) = item.package {
                    <span class="item-package">{ lang.text(p) }</span>
                }
                if item.entered_by_user {
                    <span class="badge user" title={lang.pick(i18n::USER_ENTERED_HELP)}>{ lang.pick(i18n::USER_ENTERED) }</span>
                }
                <details>
                    <summary>{ lang.pick(i18n::WHY) }</summary>
                    <p>{ lang.text(&item.explanation) }</p>
                    if !item.missing.is_empty() {
                        <p>{ lang.pick(i18n::PLEASE_GIVE) }</p>
                        { missing_links(&item.missing, lang) }
                    }
                    <p class="basis"><strong>{ lang.pick(i18n::SOURCES) }{ ": " }</strong>{ basis(item, lang) }</p>
                    <p class="help">{ lang.text(item.note) }</p>
                    if !item.params.is_empty() {
                        <p class="help params-used">{ format!("{}{}{}", lang.pick(i18n::PARAMS_USED), lang.pick(i18n::COLON),
                            (Engine::embedded().ok().map(|e| jiujiang_engine::text::labels::params_shown(&e.data, &item.params, as_of)).unwrap_or_default())
                                .iter().map(|t| lang.text(t).to_string()).collect::<Vec<_>>().join(lang.pick(i18n::LIST_SEPARATOR))) }</p>
                    }
                </details>
            </td>
            <td>
                <span class={classes!("state", state_class(item.state))}>{ lang.pick(item_state_label(item)) }</span>
                <span class="status" title={lang.pick(labels::status(item.status))}>{ format!("[{}]", labels::status_key(item.status)) }</span>
                <span class="level">{ lang.pick(level_label(item.level)) }</span>
            </td>
            <td class={amounts.clone()} data-label={labels[0].clone()}>{ if item.state.counts() { range_cell(item.yearly.first().copied().unwrap_or_default(), lang) } else { html! { "—" } } }</td>
            <td class={amounts.clone()} data-label={labels[1].clone()}>
                { if item.state.counts() { range_cell(item.total, lang) } else { html! { "—" } } }
                // A timing item (the data's kind): its total is about 0 over
                // its life, which a bare figure makes look like an error.
                if timing_only(item) {
                    <span class="timing-only">{ lang.pick(i18n::TIMING_ONLY) }</span>
                }
            </td>
            <td class={amounts} data-label={labels[2].clone()}>{ shown_present_value(item).map_or_else(|| html! { "—" }, |pv| range_cell(pv, lang)) }</td>
        </tr>
    }
}

#[function_component(IncentivePanel)]
pub fn incentive_panel(props: &IncentiveProps) -> Html {
    let lang = props.lang;
    let Ok(engine) = Engine::embedded() else {
        return html! {};
    };
    let (report, bad_horizon, bad_discount) = crate::state::estimate_incentives(
        engine,
        &props.project,
        &props.report,
        &props.user_packages,
        &props.packages_on,
        &props.horizon,
        &props.discount_pct,
    );
    let on_horizon = props
        .on_horizon
        .reform(|e: InputEvent| e.target_unchecked_into::<HtmlInputElement>().value());
    let on_discount = props
        .on_discount
        .reform(|e: InputEvent| e.target_unchecked_into::<HtmlInputElement>().value());
    let savings: Vec<&ItemResult> = report
        .items
        .iter()
        .filter(|i| i.kind != ItemKind::Cost)
        .collect();
    let costs: Vec<&ItemResult> = report
        .items
        .iter()
        .filter(|i| i.kind == ItemKind::Cost)
        .collect();
    let n = report.options.horizon_years;
    let columns = [
        lang.pick(i18n::COL_YEAR1).to_string(),
        format!(
            "{} {} {}",
            lang.pick(i18n::COL_TOTAL),
            n,
            lang.pick(i18n::YEARS)
        ),
        lang.pick(i18n::COL_PV).to_string(),
    ];
    let (open, mut waiting) = report.waiting_on();
    // An entry typed but refused is the first to mend: named before the fold.
    waiting.sort_by_key(|(field, _)| !props.project.is_refused(field));
    // Packages of the site's county that are not counted yet: offered.
    let offered: Vec<&Package> = props.site_county.as_ref().map_or(Vec::new(), |county| {
        let bundled =
            jiujiang_engine::incentives::for_county(&engine.data, &engine.data.packages, county);
        let mine =
            jiujiang_engine::incentives::for_county(&engine.data, &props.user_packages, county);
        (bundled.into_iter().chain(mine))
            .filter(|p| !props.packages_on.contains(&p.id))
            .collect()
    });
    let offer = (!offered.is_empty()).then(|| {
        html! {
            <div class="package-hint" id="package-hint" role="note">
                { format!("{}{}{}", lang.pick(i18n::PACKAGE_HINT_1), props.site_county.as_deref().unwrap_or_default(), lang.pick(i18n::PACKAGE_HINT_2)) }
                { for offered.iter().map(|p| {
                    let id = p.id.clone();
                    let on_toggle = props.on_toggle_package.clone();
                    html! {
                        <button type="button" class="package-offer" id={format!("offer-{}", p.id)}
                            onclick={Callback::from(move |_: MouseEvent| on_toggle.emit(id.clone()))}>
                            { format!("{} {}", lang.pick(i18n::PACKAGE_COUNT_IT), lang.text(&p.name)) }
                        </button>
                    }
                }) }
            </div>
        }
    });
    let (total_label, pv_label) = totals_labels(&report, lang);
    html! {
        <section class="incentives" id="incentives" aria-labelledby="incentives-title">
            <h2 id="incentives-title">{ lang.pick(i18n::INCENTIVES_TITLE) }</h2>
            { for offer }
            <div class="incentive-options">
                <label>{ lang.pick(i18n::HORIZON) }
                    <input id="incentive-horizon" type="text" inputmode="numeric" maxlength="3" value={props.horizon.clone()}
                        aria-invalid={bad_horizon.then_some("true")} oninput={on_horizon} />
                </label>
                <label>{ lang.pick(i18n::DISCOUNT) }
                    <input id="incentive-discount" type="text" inputmode="decimal" maxlength="6" value={props.discount_pct.clone()}
                        aria-invalid={bad_discount.then_some("true")} oninput={on_discount} />
                </label>
                if bad_horizon {
                    <p class="error" role="alert" id="incentive-horizon-error">{ lang.pick(i18n::BAD_HORIZON) }</p>
                }
                if bad_discount {
                    <p class="error" role="alert" id="incentive-discount-error">{ lang.pick(i18n::BAD_DISCOUNT) }</p>
                }
            </div>
            if report.blocked || report.blocked_unverified {
                <p class="blocked" role="alert" id="incentives-blocked">{ lang.pick(blocked_text(&report)) }</p>
            }
            <p class="tier" id="incentive-tier">
                <strong>{ lang.pick(i18n::TIER) }</strong>{ " " }{ lang.text(&report.tier.explanation) }
            </p>
            if report.has_total() {
                <p class="totals" id="incentive-totals">
                    { total_label }<strong>{ range(report.total, lang) }</strong>
                    { lang.pick(i18n::SEMICOLON) }{ pv_label }<strong>{ range(report.present_value, lang) }</strong>
                </p>
                if let Some(note) = unverified_note(&report, lang) {
                    <p class="grade-note" id="incentive-unverified" role="note">{ note }</p>
                }
                // A total beside an open verdict reads as obtainable (a
                // user test): it is only if the project is not prohibited.
                if report.may_be_blocked {
                    <p class="grade-note" id="incentive-if-prohibited" role="note">{ lang.pick(i18n::INCENTIVES_IF_PROHIBITED) }</p>
                }
            }
            if open > 0 {
                <p class={classes!("totals-open", (!report.counts_any()).then_some("totals"))} id="incentive-open">
                    { waiting_sentence(&report, open, waiting.len(), lang) }
                    { for waiting.iter().take(FIRST_FIGURES).enumerate().map(|(i, w)| waiting_figure(i, *w, &props.project, lang)) }
                </p>
                // The figures that unlock the most come first; a list of ten
                // read as a form to fill in (a user test), so the rest fold.
                if waiting.len() > FIRST_FIGURES {
                    <details class="more-figures" id="incentive-more-figures">
                        <summary>{ lang.pick(i18n::MORE_FIGURES).replace("{n}", &(waiting.len() - FIRST_FIGURES).to_string()) }</summary>
                        <p>{ for waiting.iter().skip(FIRST_FIGURES).enumerate().map(|(i, w)| waiting_figure(i, *w, &props.project, lang)) }</p>
                    </details>
                }
            }
            <p class="packages-counted" id="incentive-packages">
                { packages_counted(engine, &props.user_packages, &props.packages_on, &report, lang) }
            </p>
            <p class="help">{ lang.pick(i18n::INCENTIVES_HELP) }</p>
            { chart(&report, lang) }
            <div class="table-scroll">
                <table class="incentive-table" id="incentive-table">
                    <thead><tr>
                        <th>{ lang.pick(i18n::COL_ITEM) }</th>
                        <th>{ lang.pick(i18n::COL_STATE) }</th><th>{ lang.pick(i18n::COL_YEAR1) }</th>
                        <th>{ columns[1].clone() }</th>
                        <th>{ lang.pick(i18n::COL_PV) }</th>
                    </tr></thead>
                    <tbody>{ for savings.iter().map(|i| item_row(i, lang, &columns, report.as_of)) }</tbody>
                </table>
            </div>
            <h3>{ lang.pick(i18n::COSTS_TITLE) }</h3>
            <div class="table-scroll">
                <table class="incentive-table" id="cost-table">
                    <tbody>{ for costs.iter().map(|i| item_row(i, lang, &columns, report.as_of)) }</tbody>
                </table>
            </div>
            if !report.land_checks.is_empty() {
                <h3>{ lang.pick(i18n::LAND_CHECKS) }</h3>
                <table class="land-checks" id="land-checks">
                    <tbody>
                        { for report.land_checks.iter().map(|c| html! {
                            <tr class={match c.meets { Some(true) => "meets", Some(false) => "fails", None => "open" }}>
                                <td>{ lang.text(&c.what) }</td>
                                <td class="num">{ c.value.map(|v| lang.text(&c.figure(v))).unwrap_or_else(|| "—".into()) }</td>
                                <td>{ format!("≥ {}", lang.text(&c.figure(c.threshold))) }</td>
                                <td>{ match c.meets {
                                    Some(true) => lang.pick(i18n::MEETS).to_string(),
                                    Some(false) => lang.pick(i18n::FAILS).to_string(),
                                    None => lang.pick(i18n::ST_NEEDS_INPUT).to_string(),
                                } }</td>
                                <td>{ lang.text(c.source) }
                                    if c.historical { <span class="badge historical">{ lang.pick(i18n::HISTORICAL) }</span> }
                                </td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            }
        </section>
    }
}

/// How many of the figures the estimate waits on are named before the fold.
const FIRST_FIGURES: usize = 3;

/// One figure the estimate waits on, as a link to its field, with how many
/// items wait on it when more than one.
fn waiting_figure(
    i: usize,
    (field, items): (&'static str, usize),
    project: &jiujiang_engine::project::Project,
    lang: Lang,
) -> Html {
    html! { <>
        if i > 0 { { lang.pick(i18n::SEMICOLON) } }
        { super::result::field_link(field, lang) }
        if items > 1 {
            <span class="waiting-items">{ lang.pick(i18n::ITEMS_WAIT_ON_IT).replace("{n}", &items.to_string()) }</span>
        }
        // A figure typed but refused (a negative area) is said to be so, not
        // asked for as if blank (a user test).
        if project.is_refused(field) {
            <span class="refused">{ lang.pick(i18n::ENTRY_NOT_READ) }</span>
        }
    </> }
}

/// The sentence naming the unverified items inside the totals, if any.
pub(crate) fn unverified_note(
    report: &jiujiang_engine::incentives::IncentiveReport,
    lang: Lang,
) -> Option<String> {
    let (ids, pv) = report.unverified_in_totals();
    // By their titles, three at most: a staff package's ids ("item-3") told
    // an investor nothing (a user test), and a long list pushed the page's
    // disclaimer onto a second sheet.
    const NAMED: usize = 3;
    let mut names: Vec<String> = (ids.iter().take(NAMED))
        .map(|id| {
            (report.items.iter())
                .find(|i| i.id == *id)
                .map_or_else(|| id.to_string(), |i| lang.text(i.title).to_string())
        })
        .collect();
    if ids.len() > NAMED {
        names.push(format!("… (+{})", ids.len() - NAMED));
    }
    (!ids.is_empty()).then(|| {
        (lang.pick(i18n::TOTALS_UNVERIFIED))
            .replace("{ids}", &names.join(lang.pick(i18n::LIST_SEPARATOR)))
            .replace("{pv}", &range(pv, lang))
    })
}

/// The labels of the totals line, as the language punctuates them ("合计 10
/// 年：", "现值，贴现率 8%："): the panel and the opinion write the same line.
pub(crate) fn totals_labels(report: &IncentiveReport, lang: Lang) -> (String, String) {
    let years = format!(
        "{} {} {}",
        lang.pick(i18n::TOTAL_OVER),
        report.options.horizon_years,
        lang.pick(i18n::YEARS)
    );
    let rate = format_number(report.options.discount_rate * 100.0);
    let pv = format!("{} {rate}%", lang.pick(i18n::PRESENT_VALUE));
    (lang.labelled(&years, ""), lang.labelled(&pv, ""))
}
