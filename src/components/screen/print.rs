//! The opinion on paper (issue 7): everything expanded, in reading order,
//! shown only when printing (styles/app.css, `@media print`). The browser's
//! print turns it into a PDF. No figure here is computed by the UI.

use super::incentives::{item_state_label, range, waiting_sentence};
use super::map::snapshot;
use crate::i18n::{self, Lang};
use crate::state::{estimate_incentives, AppState};
use jiujiang_engine::data_types::Citation;
use jiujiang_engine::data_types::ItemKind;
use jiujiang_engine::incentives::ItemState;
use jiujiang_engine::project::{FieldKind, Value, FIELDS};
use jiujiang_engine::{text::labels, Date, Engine, Project, Report};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PrintProps {
    pub lang: Lang,
    pub state: AppState,
    pub today: Date,
    /// The open scenario as the page screened it (not screened again here).
    pub project: Project,
    pub report: Report<'static>,
}

/// A citation as every page writes it: its document and number
/// ([`cited_document`]), article and grade.
pub(crate) fn citation(c: &Citation, lang: Lang) -> String {
    let mut s = cited_document(c, lang);
    if let Some(a) = c
        .article
        .as_deref()
        .map(|a| lang.article(a))
        .filter(|a| !a.is_empty())
    {
        s.push_str(&format!(" {a}"));
    }
    s.push_str(&format!(" [{}]", labels::status_key(c.status)));
    s
}

/// A cited document with its number: in Chinese as published; in English
/// our title and the number's English form (data/documents.toml), with the
/// Chinese title and number after them, which is how the text is found. A document the data do not name in
/// English (a user's package) stays in Chinese.
pub(crate) fn cited_document(c: &Citation, lang: Lang) -> String {
    let zh = &c.document;
    match (english_title(c, lang), &c.number) {
        (Some(en), Some(n)) => match english_number(n, lang) {
            Some(n_en) if n_en != n.as_str() => format!("{en}, {n_en} ({zh}, {n})"),
            _ => format!("{en} ({zh}, {n})"),
        },
        (Some(en), None) => format!("{en} ({zh})"),
        (None, Some(n)) => format!("{zh}（{n}）"),
        (None, None) => zh.clone(),
    }
}

/// A basis in a few words for page 1: its number where it has one (how the
/// text is found), else its title; the full opinion cites it whole.
fn short_basis(c: &Citation, lang: Lang) -> String {
    match (&c.number, english_title(c, lang)) {
        (Some(n), _) => english_number(n, lang).unwrap_or(n).to_string(),
        (None, Some(en)) => en.to_string(),
        (None, None) => c.document.clone(),
    }
}

/// The English title of a cited document, for an English reader.
pub(crate) fn english_title(c: &Citation, lang: Lang) -> Option<&'static str> {
    let engine = (lang == Lang::En)
        .then(jiujiang_engine::Engine::embedded)?
        .ok()?;
    jiujiang_engine::text::documents::english_title(&engine.data, &c.document)
}

/// A document number as an English reader finds it ("Caishui [2018] No.
/// 99"), for an English reader.
fn english_number(number: &str, lang: Lang) -> Option<&'static str> {
    let engine = (lang == Lang::En)
        .then(jiujiang_engine::Engine::embedded)?
        .ok()?;
    jiujiang_engine::text::documents::english_number(&engine.data, number)
}

/// The typed text of a field as a reader expects it (labels, yes/no, amounts).
pub(crate) fn shown(key: &str, text: &str, lang: Lang) -> String {
    let Some(f) = jiujiang_engine::project::field(key) else {
        return text.to_string();
    };
    // A park by its name; anything else as the engine writes inputs used
    // (choice and list labels, amounts in 万元/亿元, units). A text the
    // parser refuses is shown as typed and marked as not used.
    if f.kind == FieldKind::ChemicalPark {
        let park = (Engine::embedded().ok())
            .and_then(|e| e.data.parks.iter().find(|p| p.id == text))
            .map(|p| lang.text(&p.name).to_string());
        if let Some(name) = park {
            return name;
        }
    }
    let industry = Engine::embedded().ok().map(|e| &e.industry);
    // A code with its class's name: "C4210" alone told an investor nothing
    // (a user test's paper). In English the nearest English name, once
    // the names have come, else the standard's own.
    if f.kind == FieldKind::IndustryCode {
        // As resolved, not as typed: "锂离子电池" or "3841" printed as the
        // code alone lost the name (a user test's paper).
        let code = (industry.and_then(|i| i.resolve(text.trim())))
            .unwrap_or_else(|| text.trim().to_ascii_uppercase());
        if let Some(class) = industry.and_then(|i| i.get(&code)) {
            // A group's name where the class has none of its own, said so
            // (a re-test read the Chinese name alone on an English paper).
            let english = (lang == Lang::En)
                .then(|| industry.and_then(|i| i.english(&code)))
                .flatten()
                .map(|(c, n)| match c.code == class.code {
                    true => n.to_string(),
                    false => format!("{n} (group {})", c.code),
                });
            return format!(
                "{} {}",
                class.code,
                english.unwrap_or_else(|| class.name_zh.clone())
            );
        }
    }
    match jiujiang_engine::project::parse_value(f, text, industry) {
        // Typed in another unit ("100 acres"): the field's unit, rounded as
        // at the field, and what was typed (a user test's paper read
        // "607.02846336 mu").
        Ok(Some(v)) => {
            let shown = jiujiang_engine::project::display_value(Some(f), &v);
            // Said with what was typed only where the two differ (money
            // in 万元 echoes its own figure: "2.5 billion yuan", not
            // "… (250000)", as a review saw).
            match jiujiang_engine::project::amount_echo(f, text) {
                Some(echo) if echo != shown => match lang {
                    Lang::Zh => format!("{}（{}）", echo.zh, text.trim()),
                    Lang::En => format!("{} ({})", echo.en, text.trim()),
                },
                _ => lang.text(&shown).to_string(),
            }
        }
        Ok(None) => text.to_string(),
        // Refused at its field: shown as typed, and said not to be used, so
        // the paper does not state it as a fact.
        Err(_) => format!("{text} {}", lang.pick(i18n::NOT_USED)),
    }
}

/// A question as page 1 prints it: one that lists its choices (the
/// facilities, the protected areas) up to its colon, the list being in the
/// annex; a short one whole.
fn on_paper(text: &str) -> String {
    const LONG: usize = 120;
    if text.chars().count() <= LONG {
        return text.to_string();
    }
    match text.find([':', '：']) {
        Some(at) => format!(
            "{}{}",
            &text[..at],
            if text[at..].starts_with('：') {
                "：……"
            } else {
                ": …"
            }
        ),
        None => text.to_string(),
    }
}

/// At most `n` items, and how many were left for the annex.
fn first_n<T>(items: Vec<T>, n: usize) -> (Vec<T>, usize) {
    let more = items.len().saturating_sub(n);
    (items.into_iter().take(n).collect(), more)
}

/// The totals, or while no item counts, that there is no total yet; and
/// the items left out for want of figures, with (the first few of) those
/// figures.
fn totals(incentives: &jiujiang_engine::incentives::IncentiveReport, lang: Lang) -> Html {
    let (open, waiting) = incentives.needing_input();
    let figures = waiting.len();
    let (waiting, more) = first_n(waiting, 4);
    let names: Vec<&str> = (waiting.iter())
        .map(|k| jiujiang_engine::project::field(k).map_or(*k, |f| lang.pick(f.label)))
        .collect();
    let (total_label, pv_label) = super::incentives::totals_labels(incentives, lang);
    html! {
        <>
            if incentives.has_total() {
                // Punctuated as the language writes it ("合计 10 年：…；现值…").
                <p>{ format!("{total_label}{}{}{pv_label}{}", range(incentives.total, lang), lang.pick(i18n::SEMICOLON), range(incentives.present_value, lang)) }</p>
                if let Some(note) = super::incentives::unverified_note(incentives, lang) {
                    <p class="grade-note">{ note }</p>
                }
                // The sheet is read apart from the screen: a total beside an
                // open verdict says what it assumes, as the panel does.
                if incentives.may_be_blocked {
                    <p class="grade-note" id="print-if-prohibited">{ lang.pick(i18n::INCENTIVES_IF_PROHIBITED) }</p>
                }
            }
            if open > 0 {
                <p class="incentive-open">{ format!("{}{}{}",
                    waiting_sentence(incentives, open, figures, lang),
                    names.join(lang.pick(i18n::SEMICOLON)),
                    // Figures, not items: "9 items wait" on 13 figures read as
                    // a sum gone wrong when written "(+9)".
                    if more > 0 { lang.pick(i18n::AND_MORE_FIGURES).replace("{n}", &more.to_string()) } else { String::new() }) }</p>
            }
        </>
    }
}

/// A field the user gave, as the printed opinion lists it.
struct Fact {
    key: &'static str,
    label: String,
    value: String,
    answer: Answer,
}

/// How a fact is listed on page 1: alone with its value, or by its label
/// among the answers "yes", or "no" or "none".
#[derive(Clone, Copy, PartialEq)]
enum Answer {
    Yes,
    NoOrNone,
    Other,
}

/// What heads the first page besides the report: whose sheet it is, when
/// printed, the link its code opens, and what the site's facts contradict.
struct SheetHead<'a> {
    project_name: Option<&'a str>,
    scenario: &'a str,
    today: Date,
    link: &'a str,
    /// Said beside the facts (a typed reach the site's county contradicts):
    /// the screen says it in the verdict box, the paper must too.
    site_notes: Vec<String>,
    /// The scenario's answers ("don't know", "some of these").
    interview: &'a jiujiang_engine::rules::interview::Interview,
    /// The packages the estimate counts, in a sentence: each scenario has
    /// its own, and page 1 is what is handed over (a user test).
    packages: String,
}

/// The first page: what the negotiation table needs, on one A4 sheet.
fn summary_page(
    lang: Lang,
    report: &jiujiang_engine::Report<'static>,
    incentives: &jiujiang_engine::incentives::IncentiveReport,
    inputs: &[Fact],
    head: SheetHead,
) -> Html {
    let SheetHead {
        project_name,
        scenario,
        today,
        link,
        site_notes,
        interview,
        packages,
    } = head;
    let dated = (Engine::embedded().ok())
        .and_then(|e| jiujiang_engine::screen::date_caveat(&e.data, report.as_of, today))
        .is_some();
    let verdict = super::advisor::dated_headline(report, dated, lang);
    // A check the verdict asks for may make it worse: said beside it.
    let worse = report.review_may_find_worse();
    // Each "yes", and each "no" or "none", by its label alone, as one item
    // a group: a question its answer settles needs no line of its own on
    // page 1 (the appendix lists every answer).
    let answered = |a: Answer| {
        (inputs.iter().filter(|f| f.answer == a))
            .map(|f| f.label.trim_end_matches(['?', '？']).to_string())
            .collect::<Vec<_>>()
            .join(lang.pick(i18n::SEMICOLON))
    };
    let (yes, negatives) = (answered(Answer::Yes), answered(Answer::NoOrNone));
    let mut deciding: Vec<_> = report
        .blocking
        .iter()
        .filter_map(|id| report.findings.iter().find(|f| f.rule_id == *id))
        .collect();
    // Restrictions before definitions: a re-test's page 1 led with
    // GEO-DEF-03, where shoreline distances are measured from. While the
    // verdict is open, the rules that could prohibit come first: a user
    // test's page 1 named five that could not and left the chemical-park
    // rule behind "+5 more".
    let could_prohibit = |f: &jiujiang_engine::rules::decide::Finding| {
        f.possible.contains(jiujiang_engine::Outcome::Prohibited)
    };
    deciding.sort_by_key(|f| (f.rule_id.starts_with("GEO-DEF"), !could_prohibit(f)));
    // Rules still open are named, not cited: their articles are in the
    // annex, and a page of open rules with their sources left no room for
    // the rest of the sheet.
    let decided = report.bounds.decided();
    // A page of many facts leaves fewer lines for the lists below them (a
    // user test's fully described plant with incentives ran onto page 2).
    // A note beside the facts (a distance the map contradicts) takes about
    // three facts' lines.
    let crowded =
        inputs.iter().filter(|f| f.answer == Answer::Other).count() + 3 * site_notes.len() > 18;
    let room = |n: usize| if crowded { n - 2 } else { n };
    let (deciding, more_deciding) = first_n(deciding, room(if decided { 6 } else { 5 }));
    // What the project must do: the hints of every decided finding that
    // sets a condition (replacement, review, conditional).
    let conditions: Vec<_> = report
        .findings
        .iter()
        .filter(|f| {
            matches!(
                f.outcome,
                jiujiang_engine::Outcome::RequiresReplacement
                    | jiujiang_engine::Outcome::RequiresReview
                    | jiujiang_engine::Outcome::Conditional
            )
        })
        .collect();
    let (conditions, more_conditions) = first_n(conditions, 6);
    // A prohibition on paper says how the verdict could change (a site
    // beyond the band, a renovation adding no capacity): the rules' hints.
    // A user test's prohibited sheet ended at "no incentive applies".
    let prohibited = decided && report.overall == jiujiang_engine::Outcome::Prohibited;
    let ways_out: Vec<_> = (deciding.iter())
        .filter(|_| prohibited)
        .filter_map(|f| f.hint.as_ref().map(|h| (f.rule_id, h)))
        .take(3)
        .collect();
    // Rules still open beside a decided verdict, which could add to them.
    let (also_open, more_open) = first_n(report.open_requirements(), 4);
    // A verdict decided on unverified rules alone lists what could confirm
    // it on a verified one, under its own heading.
    let confirming = match report.questions.is_empty() {
        true => (Engine::embedded().ok())
            .map(|e| interview.confirming(report, &e.data))
            .unwrap_or_default(),
        false => Vec::new(),
    };
    let (asked, open_heading) = match report.questions.is_empty() {
        true => (&confirming, i18n::CONFIRMING_HEADING),
        false => (&report.questions, i18n::SUMMARY_OPEN),
    };
    let (questions, more_questions) = first_n(asked.iter().collect(), room(5));
    // The items the total is made of, largest first, each with its basis:
    // the page an investor keeps had the total alone (a user test). Costs
    // (the land floor price) are not in the total: one had headed the list.
    let mut counted: Vec<_> = (incentives.items.iter())
        .filter(|i| i.state.counts() && i.kind != ItemKind::Cost && i.total.max > 0.0)
        .collect();
    counted.sort_by(|a, b| b.total.max.total_cmp(&a.total.max));
    // Two at most (one on a crowded page): the rest are in the full opinion.
    let (main_items, more_items) = first_n(counted.clone(), if crowded { 1 } else { 2 });
    // The rest of the total counted, with how many of them hold only on a
    // condition, in one line (a crowded page has no room for their names):
    // a user test read a total of 62-118 million under one item of 60, the
    // high-tech rate (if certified) and an equipment credit unsaid.
    let rest = counted.iter().skip(main_items.len());
    let conditional = rest.filter(|i| i.state != ItemState::Applies).count();
    let more = |n: usize| {
        (n > 0).then(|| html! { <li class="more">{ format!("+{n} {}", lang.pick(i18n::SUMMARY_MORE)) }</li> })
    };
    html! {
        <section class={classes!("opinion-summary", crowded.then_some("crowded"))} id="opinion-summary">
            <h1>{ lang.pick(i18n::OPINION_TITLE) }</h1>
            <p class="meta">
                // The project's own name first, where it has one: the sheet
                // is filed under it, not under "A".
                if let Some(name) = project_name {
                    <strong class="project-name">{ name }</strong>{ " · " }
                }
                if !scenario.is_empty() {
                    { format!("{}: {} · ", lang.pick(i18n::SCENARIO_NAME), scenario) }
                }
                { format!("{}: {} · {}: {} · {}: {}",
                    lang.pick(i18n::AS_OF), lang.date(report.as_of),
                    lang.pick(i18n::DATA_VERSION), report.data_version,
                    lang.pick(i18n::PRINTED_ON), lang.date(today)) }
            </p>
            // The code floats right: the verdict beside it, and the facts
            // around and under it, so that neither leaves its column empty.
            <div class="summary-top">
                <figure class="summary-qr">
                    { super::qr::qr_svg(link, "qr").unwrap_or_else(|| html! { <p>{ lang.pick(i18n::QR_TOO_LONG) }</p> }) }
                    <figcaption>{ lang.pick(i18n::SCAN_TO_OPEN) }</figcaption>
                </figure>
                <div class="summary-head">
                    <h2>{ lang.pick(i18n::SUMMARY_VERDICT) }</h2>
                    <p class="summary-verdict" id="summary-verdict"><strong>{ verdict }</strong></p>
                    if let Some(note) = report.overall_status.and_then(labels::verdict_grade) {
                        <p class="grade-note" id="summary-grade">{ lang.pick(note) }</p>
                    }
                    { for super::advisor::near_line_notes(report, lang).into_iter().map(|t| html! { <p class="grade-note near-line">{ t }</p> }) }
                    if !report.resting_on_unverified.is_empty() {
                        <p class="grade-note" id="summary-rests-on-unverified">
                            // The rules alone: each finding in the pages after says which answer.
                            { lang.pick(i18n::RESTS_ON_UNVERIFIED) }{ super::rule_names(&report.resting_on_unverified, lang) }{ lang.pick(i18n::RESTS_SEE_FINDINGS) }
                        </p>
                    }
                    if !worse.is_empty() {
                        <p class="grade-note" id="summary-review-may-worsen">{ lang.text(&labels::review_may_worsen(&worse)) }</p>
                    }
                    if let Some(c) = Engine::embedded().ok().and_then(|e| jiujiang_engine::screen::date_caveat(&e.data, report.as_of, today)) {
                        <p class="date-caveat">{ lang.text(&c) }</p>
                    }
                </div>
            <h2>{ lang.pick(i18n::SUMMARY_FACTS) }</h2>
            <ul class="summary-facts">
                // The project's name heads the page already.
                { for inputs.iter().filter(|f| f.answer == Answer::Other && f.key != "name").map(|f| html! {
                    // The industry, with its class's name, takes two columns' room.
                    <li class={classes!((f.key == "industry_code").then_some("wide"))}><span class="k">{ lang.labelled(&f.label, "") }</span>{ f.value.clone() }</li>
                }) }
                if !yes.is_empty() {
                    <li class="answered" id="summary-yes"><span class="k">{ lang.labelled(lang.pick(i18n::SUMMARY_YES), "") }</span>{ yes }</li>
                }
                if !negatives.is_empty() {
                    <li class="answered" id="summary-negatives"><span class="k">{ lang.labelled(lang.pick(i18n::SUMMARY_NO_OR_NONE), "") }</span>{ negatives }</li>
                }
                if let Some(site) = &report.site {
                    <li id="summary-county"><span class="k">{ lang.labelled(lang.pick(i18n::COUNTY), "") }</span>
                        { match &site.county {
                            Some(c) => lang.place(c.name.zh, c.name.en),
                            None => lang.pick(i18n::NOT_IN_JIUJIANG).to_string(),
                        } }
                    </li>
                }
            </ul>
            { for site_notes.iter().map(|n| html! { <p class="date-caveat site-disagrees">{ n.clone() }</p> }) }
            </div>
            if !deciding.is_empty() {
                <h2>{ lang.pick(if decided { i18n::SUMMARY_DECIDING } else { i18n::SUMMARY_STILL_OPEN }) }</h2>
                <ul class="summary-list">
                    { for deciding.iter().map(|f| html! {
                        <li>
                            <strong>{ format!("{} {} — {} [{}]", f.rule_id, lang.text(f.title), lang.pick(labels::of_rule(f.outcome, f.rule_id)), labels::status_key(f.status)) }</strong>
                            if !decided && could_prohibit(f) {
                                <span class="could-prohibit">{ format!(" ({})", lang.pick(i18n::COULD_PROHIBIT)) }</span>
                            }
                            if decided {
                                { format!(" {}", f.citations.first().map(|c| citation(c, lang)).unwrap_or_default()) }
                            } else if questions.is_empty() && !f.missing.is_empty() {
                                // What would decide it, where no question
                                // below names it (each answered "don't
                                // know"): a user test's page 1 named the open
                                // rule and not the facts it waits on.
                                { format!(" — {}{}{}", lang.pick(i18n::PLEASE_GIVE), if lang == Lang::En { " " } else { "" },
                                    (f.missing.iter().take(3)).map(|k| super::advisor::label_of(k, lang)).collect::<Vec<_>>().join(lang.pick(i18n::SEMICOLON))) }
                            }
                        </li>
                    }) }
                    { more(more_deciding) }
                </ul>
                // What the tags in brackets mean, for a reader with page 1 only.
                <p class="status-legend" id="summary-status-legend">{
                    [jiujiang_engine::Status::V1, jiujiang_engine::Status::V2, jiujiang_engine::Status::C, jiujiang_engine::Status::U]
                        .iter()
                        .map(|s| format!("[{}] {}", labels::status_key(*s), lang.pick(labels::status(*s))))
                        .collect::<Vec<_>>()
                        .join(" · ")
                }</p>
            }
            if !ways_out.is_empty() {
                <h2>{ lang.pick(i18n::SUMMARY_WAYS_OUT) }</h2>
                <ul class="summary-list" id="summary-ways-out">
                    { for ways_out.iter().map(|(id, h)| html! { <li>{ format!("{id}: {}", lang.text(h)) }</li> }) }
                </ul>
            }
            if !conditions.is_empty() || !also_open.is_empty() {
                <h2>{ lang.pick(if report.overall == jiujiang_engine::Outcome::Prohibited { i18n::SUMMARY_ALSO_REQUIRED } else { i18n::SUMMARY_CONDITIONS }) }</h2>
                <ul class="summary-list">
                    { for conditions.iter().map(|f| html! {
                        <li>{ format!("{}{}: {}", f.rule_id, super::advisor::grade_tag(f.status), lang.text(&f.explanation)) }
                            if let Some(found) = super::finding::check_may_find(f, lang) {
                                <span class="could-be">{ format!(" {found}") }</span>
                            }
                        </li>
                    }) }
                    { more(more_conditions) }
                    { for also_open.iter().map(|f| {
                        let names: Vec<String> = (f.missing.iter())
                            .map(|k| super::advisor::label_of(k, lang))
                            .collect();
                        html! {
                            <li class="also-open">{ format!("{} ({}): {} — {}{}{}", f.rule_id, lang.pick(i18n::STILL_TO_CONFIRM), lang.text(f.title),
                                lang.pick(i18n::PLEASE_GIVE), if lang == Lang::En { " " } else { "" }, names.join(lang.pick(i18n::SEMICOLON))) }
                                if let Some(hold) = super::advisor::on_hold_if(f, lang) {
                                    <strong class="on-hold-if">{ hold }</strong>
                                }
                            </li>
                        }
                    }) }
                    { more(more_open) }
                </ul>
            }
            if !questions.is_empty() {
                <h2>{ lang.pick(open_heading) }</h2>
                <ol class="summary-list">
                    // The first, the question that matters most, whole: a
                    // user test's printout read "any of these: …" with the
                    // list that is the question left off page 1.
                    { for questions.iter().enumerate().map(|(i, q)| {
                        let text = lang.text(&q.text);
                        let text = if i == 0 { text.to_string() } else { on_paper(&text) };
                        html! { <li>{ format!("{text} ({})", q.rules.join(lang.pick(i18n::LIST_SEPARATOR))) }</li> }
                    }) }
                    { more(more_questions) }
                </ol>
            }
            <h2>{ lang.pick(i18n::SUMMARY_INCENTIVES) }</h2>
            if incentives.blocked_unverified {
                <p><strong>{ lang.pick(super::incentives::blocked_text(incentives)) }</strong></p>
            }
            if incentives.blocked {
                <p><strong>{ lang.pick(super::incentives::blocked_text(incentives)) }</strong></p>
            } else {
                { totals(incentives, lang) }
                <p class="print-packages-line" id="summary-packages">{ packages }</p>
                if !main_items.is_empty() {
                    <ul class="print-main-items" id="print-main-items">
                        { for main_items.iter().map(|i| html! {
                            <li>{ format!("{}{}{} [{}]", lang.text(i.title), lang.pick(jiujiang_engine::project::L10n::new("：", ": ")), range(i.total, lang), labels::status_key(i.status)) }
                                if let Some(c) = i.legal_basis.iter().next() {
                                    <span class="basis">{ format!(" — {}", short_basis(c, lang)) }</span>
                                }
                            </li>
                        }) }
                        if more_items > 0 {
                            <li class="more" id="print-more-items">{ format!("+{more_items} {}", lang.pick(i18n::SUMMARY_MORE)) }
                                if conditional > 0 {
                                    { lang.pick(i18n::MORE_CONDITIONAL).replace("{n}", &conditional.to_string()) }
                                }
                            </li>
                        }
                    </ul>
                }
            }
            <p class="disclaimer">{ lang.pick(i18n::OPINION_DISCLAIMER) }</p>
        </section>
    }
}

#[function_component(PrintOpinion)]
pub fn print_opinion(props: &PrintProps) -> Html {
    let lang = props.lang;
    // Drawn again when the English class names arrive: a page opened in
    // English printed the industry's Chinese name until the next edit (a
    // user test), the hint alone having been told.
    let _names = crate::names_en::use_english_names(lang == Lang::En);
    let Ok(engine) = Engine::embedded() else {
        return html! {};
    };
    let st = &props.state;
    let (project, report) = (&props.project, &props.report);
    let (incentives, _, _) = estimate_incentives(
        engine,
        project,
        report,
        &st.user_packages,
        st.packages_on(),
        &st.horizon,
        &st.discount_pct,
    );
    let boundary = st.boundary.as_ref().map(|b| &*b.0);
    let estimate = engine.site_estimate(project, report.as_of, boundary);
    let stay_clear = match report.bounds.decided() {
        true => Vec::new(),
        false => engine.stay_clear(project, report, boundary),
    };
    let scenario = &st.scenarios[st.current];
    let inputs: Vec<Fact> = FIELDS
        .iter()
        .filter_map(|f| {
            let v = scenario.fields.get(f.key)?;
            let label = super::standalone_label(f.label, lang);
            // A "yes", or a "no" or "none": page 1 names each group together.
            let answer = match project.get(f.key) {
                Some(Value::Bool(true)) => Answer::Yes,
                Some(Value::Bool(false)) | Some(Value::Choice("none")) => Answer::NoOrNone,
                Some(Value::Set(s)) if s.is_empty() => Answer::NoOrNone,
                _ => Answer::Other,
            };
            // "At most N tce on either basis" is kept as a bound on the
            // primary total, which holds the calorific one too: said as
            // the reader answered it, not as a basis they chose (a user test).
            let either = f.key == "energy.stated_basis"
                && jiujiang_engine::rules::quick::bound_on_either_basis(project);
            (!v.trim().is_empty()).then(|| Fact {
                key: f.key,
                label,
                value: if either {
                    lang.pick(i18n::EITHER_BASIS).to_string()
                } else {
                    shown(f.key, v, lang)
                },
                answer,
            })
        })
        .collect();
    let link = crate::work::share_link(&st.to_doc());
    // What the screen says beside the site, the paper says too: a typed
    // distance the map contradicts (a user test's paper showed ">5,000 m"
    // as settled), and a reach the point's county contradicts.
    let site_notes = (estimate.iter())
        .flat_map(|e| engine.disagreements(e, project, report.as_of))
        .map(|d| super::site::disagreement_text(&d, lang))
        .chain(super::site::reach_note(&engine.data, project, lang))
        // Answers that contradict each other: the paper lists both, so it
        // says they disagree (a user test's page showed them side by side).
        .chain(
            (engine.contradictions(project, report.as_of).into_iter())
                .map(|(_, why)| lang.pick(why).to_string()),
        )
        .collect();
    let project_name = (scenario.fields.get("name"))
        .map(|n| n.trim())
        .filter(|n| !n.is_empty());
    // A lone scenario's default letter says nothing to a reader of the
    // sheet ("Scenario name: A", a user test); a name given to it, or a
    // letter telling several apart, does. The annex heads itself alike.
    let scenario_shown = if st.scenarios.len() == 1
        && crate::state::DEFAULT_NAMES.contains(&scenario.name.as_str())
    {
        ""
    } else {
        scenario.name.as_str()
    };
    let annex_head = {
        let mut parts: Vec<String> = project_name.map(str::to_string).into_iter().collect();
        if !scenario_shown.is_empty() {
            parts.push(format!(
                "{}: {}",
                lang.pick(i18n::SCENARIO_NAME),
                scenario_shown
            ));
        }
        parts.push(format!(
            "{}: {}",
            lang.pick(i18n::AS_OF),
            lang.date(report.as_of)
        ));
        parts.push(format!(
            "{}: {}",
            lang.pick(i18n::DATA_VERSION),
            report.data_version
        ));
        parts.push(format!(
            "{}: {}",
            lang.pick(i18n::PRINTED_ON),
            lang.date(props.today)
        ));
        parts.join(" · ")
    };
    let head = SheetHead {
        project_name,
        scenario: scenario_shown,
        today: props.today,
        link: &link,
        site_notes,
        interview: st.interview(),
        packages: super::incentives::packages_counted(
            engine,
            &st.user_packages,
            st.packages_on(),
            &incentives,
            lang,
        ),
    };
    let summary = summary_page(lang, report, &incentives, &inputs, head);
    html! {
        <article class="print-opinion" id="print-opinion">
            { summary }
            <h1 class="annex-title">{ lang.pick(i18n::ANNEX) }</h1>
            <p class="meta" id="annex-meta">{ annex_head }</p>
            <p class="disclaimer">{ lang.pick(i18n::OPINION_DISCLAIMER) }</p>
            <h2>{ lang.pick(i18n::FORM_TITLE) }</h2>
            <table class="print-inputs">
                <tbody>{ for inputs.iter().map(|f| html! { <tr><th>{ f.label.clone() }</th><td>{ f.value.clone() }</td></tr> }) }</tbody>
            </table>
            if let Some(est) = &estimate {
                <p>{ format!("WGS-84: {:.6}, {:.6}", est.wgs84.lon, est.wgs84.lat) }</p>
                { snapshot(est, st.boundary.as_ref()) }
                <p class="help">{ lang.pick(i18n::CREDITS) }</p>
            }
            <h2>{ lang.pick(i18n::RESULT_TITLE) }</h2>
            <p class="print-verdict" id="print-verdict"><strong>{ lang.pick(report.overall_label()) }</strong>
                if !report.blocking.is_empty() {
                    { format!(" — {}{}", lang.pick(i18n::BLOCKING), report.blocking.join(", ")) }
                }
                if let Some(note) = report.overall_status.and_then(labels::verdict_grade) {
                    { format!(" {}", lang.pick(note)) }
                }
            </p>
            // What keeps it clear of each prohibition still possible, as
            // the advisor folds it (a session found it on screen only).
            if !stay_clear.is_empty() {
                <h3 id="print-stay-clear">{ lang.pick(i18n::STAY_CLEAR) }</h3>
                { super::advisor::stay_clear_list(&stay_clear, lang) }
            }
            { for report.findings.iter().map(|f| html! {
                <section class="print-finding">
                    <h3>{ format!("{} {} — {} [{}]", f.rule_id, lang.text(f.title), lang.pick(labels::of_rule(f.outcome, f.rule_id)), labels::status_key(f.status)) }</h3>
                    <p>{ lang.text(&f.explanation) }</p>
                    if let Some(h) = &f.hint { <p><em>{ lang.text(h) }</em></p> }
                    { for f.caveats.iter().map(|c| html! { <p class="help">{ lang.text(c) }</p> }) }
                    if !f.missing.is_empty() {
                        // Composites ("energy") by their names, as on screen.
                        <p>{ format!("{} {}", lang.pick(i18n::PLEASE_GIVE), f.missing.iter()
                            .map(|k| super::advisor::label_of(k, lang))
                            .collect::<Vec<_>>().join(lang.pick(i18n::LIST_SEPARATOR))) }</p>
                    }
                    <p class="citations">{ f.citations.iter().map(|c| citation(c, lang)).collect::<Vec<_>>().join(lang.pick(i18n::SEMICOLON)) }</p>
                </section>
            }) }
            <h2>{ lang.pick(i18n::INCENTIVES_TITLE) }</h2>
            if incentives.blocked || incentives.blocked_unverified {
                <p><strong>{ lang.pick(super::incentives::blocked_text(&incentives)) }</strong></p>
            }
            { totals(&incentives, lang) }
            <p id="print-packages">{ super::incentives::packages_counted(engine, &st.user_packages, st.packages_on(), &incentives, lang) }</p>
            <table class="print-incentives">
                <thead><tr>
                    <th>{ lang.pick(i18n::COL_ITEM) }</th>
                    <th>{ lang.pick(i18n::COL_STATE) }</th>
                    <th>{ format!("{} {} {}", lang.pick(i18n::COL_TOTAL), incentives.options.horizon_years, lang.pick(i18n::YEARS)) }</th>
                    // Page 1's totals give the present value too: each
                    // item's, so they can be traced (a user test could not).
                    <th>{ lang.pick(i18n::COL_PV) }</th>
                    <th>{ lang.pick(i18n::SOURCES) }</th>
                </tr></thead>
                <tbody>
                    { for incentives.items.iter().filter(|i| !matches!(i.state, ItemState::NotApplicable | ItemState::NothingToCount | ItemState::NotOffered)).map(|i| html! {
                        <tr>
                            <td>{ format!("{} ({})", lang.text(i.title), i.id) }
                                if i.entered_by_user { { format!(" — {}", lang.pick(i18n::USER_ENTERED)) } }
                            </td>
                            <td>{ format!("{} [{}]", lang.pick(item_state_label(i)), labels::status_key(i.status)) }</td>
                            <td>{ if i.state.counts() { range(i.total, lang) } else { "—".into() } }
                                // As on screen: a timing item's total of 0 is not an error
                                // (a user test read "可享受 … 0 元" on paper as one).
                                if super::incentives::timing_only(i) { <span class="timing-only">{ lang.pick(i18n::TIMING_ONLY) }</span> }
                            </td>
                            <td>{ super::incentives::shown_present_value(i).map_or_else(|| "—".into(), |pv| range(pv, lang)) }</td>
                            <td>{ i.legal_basis.iter().map(|c| citation(c, lang)).collect::<Vec<_>>().join(lang.pick(i18n::SEMICOLON)) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
            <p class="disclaimer">{ lang.pick(i18n::OPINION_DISCLAIMER) }</p>
        </article>
    }
}

#[cfg(test)]
mod tests {
    use super::on_paper;

    #[test]
    fn a_long_question_prints_up_to_its_colon_and_a_short_one_whole() {
        let facilities = format!(
            "Does the project include any of these: {}",
            "Wharf; ".repeat(30)
        );
        assert_eq!(
            on_paper(&facilities),
            "Does the project include any of these: …"
        );
        let zh = format!("项目是否含有下列设施：{}", "码头；".repeat(60));
        assert_eq!(on_paper(&zh), "项目是否含有下列设施：……");
        assert_eq!(on_paper("Is the site in a park?"), "Is the site in a park?");
        // Long, but with nothing to cut at: kept whole.
        let plain = "x".repeat(200);
        assert_eq!(on_paper(&plain), plain);
    }
}
