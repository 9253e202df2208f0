//! The verdict box of the guided screening: the verdict or its bounds, one
//! plain sentence why, the rules that decide it, and the next questions,
//! answerable in place. Sticky, so it stays in view while the form scrolls.
//! Every decision is the engine's; this only shows `bounds` and `questions`.

use super::focus::{focus_in_box, refocus, FocusSpot};
use crate::i18n::{self, Lang};
use jiujiang_engine::project::L10n;
use jiujiang_engine::rules::clear::StayClear;
use jiujiang_engine::{text::labels, Outcome, Report};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AdvisorProps {
    pub report: Report<'static>,
    pub lang: Lang,
    /// Question ids answered "don't know".
    pub unknown: Vec<&'static str>,
    /// Groups answered "some of these": asked item by item.
    #[prop_or_default]
    pub declined: Vec<&'static str>,
    /// The current text of the fields a question sets.
    pub fields: std::collections::BTreeMap<&'static str, String>,
    /// The form's errors: one in a field a question sets shows there too,
    /// since the guided form may not show that field.
    pub errors: Vec<jiujiang_engine::FieldError>,
    pub on_fields: Callback<Vec<(&'static str, String)>>,
    pub on_dont_know: Callback<&'static str>,
    pub on_some: Callback<&'static str>,
    /// A question answered "don't know", asked again.
    #[prop_or_default]
    pub on_ask_again: Callback<&'static str>,
    /// What the reader must know about the "as of" date (`date_caveat`).
    #[prop_or_default]
    pub date_caveat: Option<jiujiang_engine::Text>,
    /// Typed distances the map contradicts, in words.
    #[prop_or_default]
    pub site_warnings: Vec<String>,
    /// Answers that contradict each other: the fields and why
    /// (`facts::contradictions`).
    #[prop_or_default]
    pub conflicts: Vec<(&'static [&'static str], L10n)>,
    /// While open to a prohibition: what keeps the project clear of each
    /// rule that could still prohibit it (`Engine::stay_clear`).
    #[prop_or_default]
    pub stay_clear: Vec<StayClear<'static>>,
}

/// `site.protected_areas` → `q-site-protected_areas`.
pub fn question_id(id: &str) -> String {
    format!("q-{}", id.replace('.', "-"))
}

pub use super::headline::{bounds_text, dated_headline, headline};

#[function_component(Advisor)]
pub fn advisor(props: &AdvisorProps) -> Html {
    let lang = props.lang;
    // Drawn again when the English class names arrive: "Entered as “C26
    // …”" kept the Chinese name after a reload in English (a user test).
    let _names = crate::names_en::use_english_names(lang == Lang::En);
    let r = &props.report;
    let decided = r.bounds.decided();
    let key = labels::outcome_key(r.overall).to_lowercase();
    let headline = dated_headline(r, props.date_caveat.is_some(), lang);
    let blocking: Vec<_> = r
        .blocking
        .iter()
        .filter_map(|id| r.findings.iter().find(|f| f.rule_id == *id))
        .collect();
    let floor = r.holding_best();
    // The industry and the type of project come first, from the form (with
    // its industry search); questions follow once both are given.
    // A text the form refused ("C9999") is not given either: listed, and
    // its link leads to the message at the field.
    let first_missing: Vec<&'static str> = ["industry_code", "action"]
        .into_iter()
        .filter(|k| {
            props.fields.get(k).is_none_or(|v| v.trim().is_empty())
                || props.errors.iter().any(|e| e.field == *k)
        })
        .collect();
    // Decided on unverified rules alone: what could confirm it on a
    // verified one (none otherwise, and not looked for).
    let confirming: Vec<_> = match decided && first_missing.is_empty() {
        true => {
            let interview = jiujiang_engine::rules::interview::Interview {
                unknown: props.unknown.clone(),
                declined: props.declined.clone(),
            };
            (jiujiang_engine::Engine::embedded())
                .map(|e| interview.confirming(r, &e.data))
                .unwrap_or_default()
        }
        false => Vec::new(),
    };
    // Decided by several rules: each one's reason, up to three, since one
    // may say what the others do not (steel: replacement under the two-high
    // rule, and the suspension of replacement plans under CAP-01).
    let why = match decided {
        // Every question left answered "don't know": none is "below".
        false if r.questions.is_empty() => lang.pick(i18n::UNDECIDED_WHY_NONE_LEFT).to_string(),
        false => lang.pick(i18n::UNDECIDED_WHY).to_string(),
        true if r.overall != Outcome::Allowed && !blocking.is_empty() => {
            let gap = if lang == Lang::Zh { "" } else { " " };
            let reasons: Vec<String> = match blocking.len() {
                1 => vec![lang.text(&blocking[0].explanation).to_string()],
                _ => (blocking.iter().take(3))
                    .map(|f| {
                        format!(
                            "{}{}{}",
                            f.rule_id,
                            lang.pick(i18n::COLON),
                            lang.text(&f.explanation)
                        )
                    })
                    .collect(),
            };
            // Under a date the base cannot screen soundly, "nothing could
            // change it" would contradict the caveat beside it.
            match props.date_caveat {
                Some(_) => reasons.join(gap),
                // Beside questions that could confirm it: the verdict stays,
                // its basis could firm up (a re-read found "nothing could
                // change it" above "these could reach it" odd).
                None => format!(
                    "{}{gap}{}",
                    reasons.join(gap),
                    lang.pick(match confirming.is_empty() {
                        true => i18n::DECIDED_REST,
                        false => i18n::DECIDED_REST_CONFIRMABLE,
                    })
                ),
            }
        }
        true if props.date_caveat.is_some() => lang.pick(i18n::CLEAR_WHY_DATED).to_string(),
        true => lang.pick(i18n::CLEAR_WHY).to_string(),
    };
    let sep = lang.pick(i18n::LIST_SEPARATOR);
    let titles: Vec<String> = blocking
        .iter()
        .take(4)
        .map(|f| {
            format!(
                "{} ({}{})",
                lang.text(f.title),
                f.rule_id,
                grade_tag(f.status)
            )
        })
        .collect();
    let more = blocking.len().saturating_sub(4);
    // Each deciding rule's first source in force, repeats dropped (two
    // rules may rest on the same article).
    let mut basis: Vec<String> = Vec::new();
    for c in blocking.iter().take(3).filter_map(|f| f.citations.first()) {
        let c = super::print::citation(c, lang);
        if !basis.contains(&c) {
            basis.push(c);
        }
    }
    let also_open = r.open_requirements();
    let worse = r.review_may_find_worse();
    // An answered question leaves the list and takes the focus with it; a
    // later render may move a question and blur it too. Where the focus was
    // in the box before this render and is lost after it, it is put back:
    // on the same question, else the next, else the verdict. (Read here,
    // before the patch; acted on after it.)
    let focus_before = use_mut_ref(|| None::<FocusSpot>);
    // Where the focus last was in the box, kept while it stays there: a
    // control answered by Tab is blurred before its change is rendered, so
    // the render alone sees the page's body (a user test's focus fell out).
    let last_spot = use_mut_ref(|| None::<FocusSpot>);
    *focus_before.borrow_mut() = focus_in_box().or_else(|| super::focus::if_lost(&last_spot));
    let (on_focusin, on_focusout) = super::focus::trackers(&last_spot);
    use_effect(move || {
        if let Some(spot) = focus_before.borrow_mut().take() {
            refocus(&spot);
            // Tab moves the focus after the change it fires is rendered, to
            // a control the render may have removed: looked at again once
            // the browser is done (a user test's focus fell to the page).
            super::focus::refocus_later(spot);
        }
        // The box's height follows its content.
        pad_below_sticky_box();
    });
    let folded = use_state(|| false);
    // (What the reader was looking at stays put when the box folds: the
    // browser's scroll anchoring keeps it, measured in Chromium.)
    let on_fold = {
        let folded = folded.clone();
        Callback::from(move |_: MouseEvent| folded.set(!*folded))
    };
    let shown = if first_missing.is_empty() {
        r.questions.len().min(3)
    } else {
        0
    };
    html! { <>
        // On a phone the box stays in the page and this one line follows the
        // reader down instead (styles: `.verdict-bar`); the box's own
        // headline is then only for screen readers, which read the box.
        <a class={classes!("verdict-bar", key.clone())} id="verdict-bar" href="#advisor" aria-hidden="true" tabindex="-1"
            data-outcome={labels::outcome_key(r.overall)}>
            <strong>{ headline.clone() }</strong>
            if !decided && shown > 0 {
                <span class="bar-questions">{ lang.pick(i18n::BAR_QUESTIONS).replace("{n}", &shown.to_string()) }</span>
            }
        </a>
        // Focusable: on a laptop its questions may scroll inside it, and
        // the keyboard must reach what is out of view (WCAG 2.1.1).
        <section class={classes!("advisor", (*folded).then_some("folded"))} id="advisor" aria-labelledby="advisor-title" aria-live="polite" tabindex="0"
            onfocusin={on_focusin} onfocusout={on_focusout}>
            <div class={classes!("advisor-verdict", key)} id="advisor-verdict" tabindex="-1"
                data-outcome={labels::outcome_key(r.overall)}
                data-best={labels::outcome_key(r.bounds.best)} data-worst={labels::outcome_key(r.bounds.worst)}>
                <h2 id="advisor-title" class="visually-hidden">{ lang.pick(i18n::ADVISOR_TITLE) }</h2>
                // On a wide screen the box sticks over the findings and the
                // incentives beside the form: folded to its verdict line it
                // leaves them to be read (a user test read a table half under
                // it). The phone's box does not stick: the styles hide it there.
                <button type="button" class="fold" id="advisor-fold" aria-expanded={(!*folded).to_string()}
                    aria-controls="advisor" title={lang.pick(if *folded { i18n::UNFOLD_BOX } else { i18n::FOLD_BOX_HELP }).to_string()}
                    onclick={on_fold}>
                    { fold_label(*folded, shown, lang) }
                </button>
                <strong class="headline">{ headline }</strong>
                <p class="why">{ why }</p>
                if let Some(note) = r.overall_status.and_then(labels::verdict_grade) {
                    <p class="grade-note" id="advisor-grade" role="note">{ lang.pick(note) }</p>
                }
                // One plain sentence, the rules and why folded below it: on
                // a phone the list ran to ten lines of mappings (a user test).
                if decided && !r.resting_on_unverified.is_empty() {
                    <details class="grade-note rests-on" id="advisor-rests-on-unverified" role="note">
                        <summary>{ lang.pick(i18n::RESTS_ON_UNVERIFIED_SHORT).replace("{n}", &match (lang, r.resting_on_unverified.len()) {
                            // "1 rule(s)" read as a template (a user re-test).
                            (Lang::En, 1) => "1 rule".to_string(),
                            (Lang::En, n) => format!("{n} rules"),
                            (Lang::Zh, n) => n.to_string(),
                        }) }</summary>
                        <p>{ lang.pick(i18n::RESTS_ON_UNVERIFIED) }{ resting_on_unverified(r, lang) }</p>
                    </details>
                }
                // "Will not change" holds for what was entered, not for what
                // a check it asks for finds (a user test read it above a
                // plant its 1 km survey could prohibit).
                if decided && !worse.is_empty() {
                    <p class="date-caveat review-worse" id="advisor-review-may-worsen" role="note">{ lang.text(&labels::review_may_worsen(&worse)) }</p>
                }
                if let Some(c) = &props.date_caveat {
                    <p class="date-caveat" id="advisor-date-caveat" role="note">{ lang.text(c) }</p>
                }
                { for props.site_warnings.iter().map(|w| html! { <p class="date-caveat site-disagrees" role="note">{ w.clone() }</p> }) }
                { for near_line_notes(r, lang).into_iter().map(|t| html! { <p class="date-caveat near-line" role="note">{ t }</p> }) }
                if let Some(f) = floor {
                    <p class="why floor" id="advisor-floor">
                        { lang.labelled(&format!("{} · {} ({}{})", lang.pick(already(f.status)), lang.text(f.title), f.rule_id, grade_tag(f.status)), &lang.text(&f.explanation)) }
                    </p>
                }
                if decided && !titles.is_empty() {
                    <p class="deciding">
                        { lang.pick(i18n::BLOCKING) }
                        { titles.join(sep) }
                        if more > 0 { { format!(" … (+{more})") } }
                    </p>
                    // The articles themselves, not only the rules' names: a
                    // prohibition is read with what it rests on.
                    if !basis.is_empty() {
                        <p class="deciding basis" id="advisor-basis">
                            { lang.pick(i18n::LEGAL_BASIS) }{ basis.join(lang.pick(i18n::SEMICOLON)) }
                        </p>
                    }
                } else if !decided {
                    <p class="deciding open-count">
                        { lang.pick(i18n::OPEN_COUNT).replace("{n}", &blocking.len().to_string()) }
                        if first_missing.is_empty() && !r.questions.is_empty() {
                            { lang.pick(i18n::OPEN_COUNT_ASKED) }
                        }
                    </p>
                }
            </div>
            if !first_missing.is_empty() && !decided {
                <p class="first-facts" id="first-facts-prompt">
                    { lang.pick(i18n::START_WITH) }
                    { super::result::field_links(&first_missing, lang) }
                </p>
            } else if !decided && r.questions.is_empty() {
                <p class="left-open">{ lang.pick(i18n::NO_MORE_QUESTIONS) }</p>
            }
            if first_missing.is_empty() && !r.questions.is_empty() {
                <ol class="next-questions" aria-label={lang.pick(i18n::NEXT_QUESTIONS)}>
                    { for r.questions.iter().take(3).map(|q| question(q, props)) }
                </ol>
            }
            if !confirming.is_empty() {
                <p class="left-open confirming" id="advisor-confirming">{ lang.pick(i18n::CONFIRMING_LEAD) }</p>
                <ol class="next-questions" id="confirming-questions" aria-label={lang.pick(i18n::CONFIRMING_LEAD)}>
                    { for confirming.iter().take(3).map(|q| question(q, props)) }
                </ol>
            }
            if decided && !also_open.is_empty() {
                <p class="left-open" id="advisor-also-open">
                    { lang.pick(i18n::ALSO_OPEN) }
                    { for also_open.iter().map(|f| html! { <>
                        <strong>{ format!("{}{} ", f.rule_id, grade_tag(f.status)) }</strong>
                        { format!("{} — ", lang.text(f.title)) }
                        { super::result::field_links(&f.missing, lang) }
                        // The suspension such an answer may run into (an
                        // audit saw a steel renovation's interview end
                        // without it).
                        if let Some(hold) = on_hold_if(f, lang) {
                            <strong class="on-hold-if">{ hold }</strong>
                        }
                        { " " }
                    </> }) }
                </p>
            }
            // Where it can go, in the rules' own words (a user test, as an
            // investor with no site, found it said nowhere).
            if !decided && !props.stay_clear.is_empty() {
                // Folded, after the questions: they keep their place in
                // the pinned box (a laptop test saw them pushed out).
                <details class="stay-clear" id="advisor-stay-clear">
                    <summary>{ format!("{} ({})", lang.pick(i18n::STAY_CLEAR), props.stay_clear.len()) }</summary>
                    { stay_clear_list(&props.stay_clear, lang) }
                </details>
            }
            if !props.unknown.is_empty() && !decided {
                <div class="left-open" id="left-open">
                    <p>{ lang.pick(i18n::LEFT_OPEN) }{ lang.pick(i18n::LEFT_OPEN_COST) }</p>
                    // Each with what it could lead to, and a way back to it
                    // (a user test could not tell which unknown mattered,
                    // nor find where to answer it after all).
                    <ul>{ for props.unknown.iter().map(|id| left_open_item(id, r, props)) }</ul>
                </div>
            }
            // A phone's page runs long (a user test found the incentives 32
            // screens down, with nothing in the box pointing there).
            <nav class="jump" id="advisor-jump" aria-label={lang.pick(i18n::JUMP_TO)}>
                { lang.pick(i18n::JUMP_TO) }
                { for [("#site-map", i18n::JUMP_MAP), ("#candidates", i18n::JUMP_PLACES),
                        ("#incentives", i18n::JUMP_INCENTIVES), ("#result-title", i18n::JUMP_FINDINGS)]
                    .into_iter().map(|(href, label)| html! { <a href={href}>{ lang.pick(label) }</a> }) }
            </nav>
        </section>
    </> }
}

/// The fold button's words: "Fold", or "Open", with the questions the
/// folded box holds.
fn fold_label(folded: bool, questions: usize, lang: Lang) -> String {
    match (folded, questions) {
        (false, _) => lang.pick(i18n::FOLD_BOX).to_string(),
        (true, 0) => lang.pick(i18n::UNFOLD_BOX).to_string(),
        (true, n) => lang
            .pick(i18n::UNFOLD_BOX_QUESTIONS)
            .replace("{n}", &n.to_string()),
    }
}

/// Each rule a verdict rests on unverified: its id and why it answered as
/// it did (the finding's own explanation).
pub(crate) fn resting_on_unverified(r: &Report, lang: Lang) -> String {
    // The unverified link itself where the finding names it (a mapping, a
    // list), else why the rule answered as it did; three at most, since
    // the findings below carry them all.
    // Rules resting on the same unverified link are named together, the
    // link once (a user test read one sector mapping three times over).
    let mut grouped: Vec<(Vec<&str>, String)> = Vec::new();
    let findings = (r.resting_on_unverified.iter())
        .filter_map(|id| r.findings.iter().find(|f| f.rule_id == *id));
    for f in findings {
        let why = f.caveats.first().map_or(&*f.explanation, |c| &**c);
        // Joined by semicolons: each sentence's own full stop goes.
        let why = lang.text(why).trim_end_matches(['.', '。']).to_string();
        match grouped.iter().position(|(_, w)| *w == why) {
            Some(i) => grouped[i].0.push(f.rule_id),
            None if grouped.len() < 3 => grouped.push((vec![f.rule_id], why)),
            None => {}
        }
    }
    let named: usize = grouped.iter().map(|(ids, _)| ids.len()).sum();
    let shown: Vec<String> = (grouped.iter())
        .map(|(ids, why)| {
            format!(
                "{} [U] — {}",
                ids.join(lang.pick(i18n::LIST_SEPARATOR)),
                why
            )
        })
        .collect();
    let more = r.resting_on_unverified.len().saturating_sub(named);
    let mut text = shown.join(lang.pick(i18n::SEMICOLON));
    if more > 0 {
        text.push_str(&format!(" … (+{more})"));
    }
    text
}

/// Each typed distance at a band's edge, in words.
pub(crate) fn near_line_notes(r: &Report, lang: Lang) -> Vec<String> {
    use jiujiang_engine::rules::near_line::near_lines;
    let m = |x: f64| jiujiang_engine::screen::format_number(x);
    (near_lines(r).iter())
        .map(|n| {
            let text = match n.edge_inferred {
                true => i18n::NEAR_TOOL_LINE,
                false => i18n::NEAR_LINE,
            };
            (lang.pick(text))
                .replace("{line}", lang.pick(i18n::LAW_LINE))
                .replace("{field}", &label_of(n.field, lang))
                .replace("{typed}", &m(n.typed_m))
                .replace("{edge}", &m(n.edge_m))
                .replace("{near}", &m(n.margin_m))
                .replace("{rules}", &n.rule_ids.join(lang.pick(i18n::LIST_SEPARATOR)))
        })
        .collect()
}

/// What a rule already decided at the best bound is called: certain only
/// on a verified source.
fn already(s: jiujiang_engine::Status) -> jiujiang_engine::project::L10n {
    match s {
        jiujiang_engine::Status::V1 | jiujiang_engine::Status::V2 => i18n::ALREADY_CERTAIN,
        jiujiang_engine::Status::C => i18n::ALREADY_INFERRED,
        jiujiang_engine::Status::U => i18n::ALREADY_FLAGGED,
    }
}

/// " [U]" or " [C]" after a rule's id when it is not verified, so a rule
/// that decides is never read as more certain than its source.
pub(crate) fn grade_tag(s: jiujiang_engine::Status) -> String {
    match s {
        jiujiang_engine::Status::V1 | jiujiang_engine::Status::V2 => String::new(),
        _ => format!(" [{}]", labels::status_key(s)),
    }
}

/// Where the box stays at the top of the window (wide screens), or the
/// one-line bar does (phones), a field link or a focused field lands below
/// it rather than under it, with its label: the page's scroll padding
/// follows the sticky part's height.
fn pad_below_sticky_box() {
    let Some(w) = web_sys::window() else { return };
    let Some(doc) = w.document() else { return };
    let Some(root) = (doc.document_element())
        .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
    else {
        return;
    };
    // The box on a wide screen; on a phone the one-line bar, which wraps to
    // two lines for a long verdict.
    let sticky_height = ["advisor", "verdict-bar"].into_iter().find_map(|id| {
        let b = doc.get_element_by_id(id)?;
        let style = w.get_computed_style(&b).ok().flatten()?;
        let sticky = style.get_property_value("position").ok()? == "sticky"
            && style.get_property_value("display").ok()? != "none";
        sticky.then(|| b.get_bounding_client_rect().height())
    });
    let style = root.style();
    let _ = match sticky_height {
        // Room for the field's label above it (a link targets the field).
        Some(h) => style.set_property("scroll-padding-top", &format!("{}px", h.ceil() + 40.0)),
        None => style.remove_property("scroll-padding-top").map(drop),
    };
}

/// A question's name, or a field's (the engine's): in the list of those
/// left open, a candidate place's open questions, page 1's facts to give.
/// Named in a list, a question drops its question mark ("…reactions)?, and").
pub(super) fn label_of(id: &str, lang: Lang) -> String {
    jiujiang_engine::rules::questions::name(id).map_or_else(
        || id.to_string(),
        |n| lang.pick(n).trim_end_matches(['?', '？']).to_string(),
    )
}

use super::question::{left_open_item, question};

/// The suspension an open rule's answer may run into, as a clause after it
/// (the verdict box and the print's first page say it alike).
pub(super) fn on_hold_if(
    f: &jiujiang_engine::rules::decide::Finding,
    lang: Lang,
) -> Option<String> {
    let hold = f.on_hold_if?;
    Some(format!(
        " {}",
        lang.pick(i18n::ON_HOLD_IF)
            .replace("{what}", &lang.text(hold))
    ))
}

/// Each rule still open to a prohibition, by its number and title, with
/// what avoids it: the advisor folds it, the print lists it.
pub(crate) fn stay_clear_list(list: &[StayClear<'_>], lang: Lang) -> Html {
    html! {
        <ul>{ for list.iter().map(|c| html! {
            <li>{ lang.labelled(&format!("{} {}", c.rule_id, lang.text(c.title)), &c.hints.iter().map(|h| lang.text(h).to_string()).collect::<Vec<_>>().join(lang.pick(i18n::SENTENCE_JOIN))) }</li>
        }) }</ul>
    }
}
