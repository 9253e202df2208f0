//! One rule's finding: outcome, evidence grade, one-sentence reason, the hint,
//! and an expandable "why" with inputs, thresholds and sources.

use super::result::missing_links;
use crate::i18n::{self, Lang};
use jiujiang_engine::screen::format_number;
use jiujiang_engine::{text::labels, Engine, Finding, Outcome, Status};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FindingProps {
    pub finding: Finding<'static>,
    pub lang: Lang,
}

#[function_component(FindingCard)]
pub fn finding_card(props: &FindingProps) -> Html {
    let f = &props.finding;
    let lang = props.lang;
    let key = labels::outcome_key(f.outcome);
    let uncertain = f.status < Status::V2;
    html! {
        <li class={classes!("finding", key.to_lowercase())} id={format!("finding-{}", f.rule_id)} data-outcome={key}>
            <h3>{ lang.text(f.title) }</h3>
            <header>
                <span class="rule-id">{ &f.rule_id }</span>
                <span class={classes!("badge", key.to_lowercase())}>{ lang.pick(labels::of_rule(f.outcome, f.rule_id)) }</span>
                <span class={classes!("status", labels::status_key(f.status).to_lowercase(), uncertain.then_some("uncertain"))}
                      title={lang.pick(i18n::EVIDENCE)}>
                    { format!("[{}] {}", labels::status_key(f.status), lang.pick(labels::status(f.status))) }
                </span>
            </header>
            <p class="explanation">{ lang.text(&f.explanation) }</p>
            if f.outcome == Outcome::NeedsInput {
                <div class="needs">
                    <span>{ lang.pick(i18n::PLEASE_GIVE) }</span>
                    { missing_links(&f.missing, lang) }
                    if !f.could_be.is_empty() {
                        <span class="could-be">{ lang.pick(i18n::COULD_BE) }{ outcomes(&f.could_be, lang) }</span>
                    }
                </div>
            }
            if let Some(found) = check_may_find(f, lang) {
                <p class="could-be">{ found }</p>
            }
            if !f.would_refine.is_empty() {
                <div class="refine">
                    // A parameter the outcome leaves open (clinker at 1.5:1,
                    // or 2:1 from another province), with the inputs that fix it.
                    { for f.ranges.iter().map(|r| html! {
                        <p class="range">{ lang.labelled(lang.pick(i18n::NOT_FIXED_YET),
                            &format!("{}–{}{}", format_number(r.min), format_number(r.max), lang.unit(r.unit))) }</p>
                    }) }
                    <span>{ lang.pick(i18n::WOULD_REFINE) }</span>
                    { missing_links(&f.would_refine, lang) }
                </div>
            }
            if let Some(h) = &f.hint {
                // Beside a decided outcome that figures still to come only
                // refine, the hint says what they settle, not what would
                // change an outcome nothing left can change.
                <p class="hint"><strong>{ lang.pick(if f.outcome != Outcome::NeedsInput && !f.would_refine.is_empty() { i18n::WHAT_WOULD_SETTLE } else { i18n::WHAT_WOULD_CHANGE }) }{ lang.pick(i18n::COLON) }</strong>{ lang.text(h) }</p>
            }
            <details>
                <summary>{ lang.pick(i18n::WHY) }</summary>
                { why(f, lang) }
            </details>
        </li>
    }
}

/// For a finding left to a person (a distance within its margin of a
/// line): what the check may find, the worst included; the card and the
/// printed opinion both say it.
pub(crate) fn check_may_find(f: &Finding, lang: Lang) -> Option<String> {
    (f.outcome == Outcome::RequiresReview && !f.could_be.is_empty()).then(|| {
        format!(
            "{}{}",
            lang.pick(i18n::CHECK_MAY_FIND),
            outcomes(&f.could_be, lang)
        )
    })
}

/// Outcomes as the reader's language names them: "Prohibited / Allowed".
fn outcomes(list: &[Outcome], lang: Lang) -> String {
    let names: Vec<&str> = list
        .iter()
        .map(|o| lang.pick(labels::outcome(*o)))
        .collect();
    names.join(" / ")
}

fn why(f: &Finding, lang: Lang) -> Html {
    let field_label = |key: &str| {
        jiujiang_engine::project::field(key)
            .map(|s| lang.pick(s.label).to_string())
            .unwrap_or_else(|| key.to_string())
    };
    let questions = Engine::embedded().ok();
    html! {
        <div class="why">
            if !f.inputs.is_empty() {
                <h4>{ lang.pick(i18n::INPUTS_USED) }</h4>
                <table class="inputs">
                    { for f.inputs.iter().map(|i| html! { <tr><th scope="row">{ field_label(i.field) }</th><td>{ input_shown(i, lang) }</td></tr> }) }
                </table>
            }
            if !f.thresholds.is_empty() {
                <h4>{ lang.pick(i18n::THRESHOLDS) }</h4>
                <ul>
                    { for f.thresholds.iter().map(|t| {
                        let (title, value) = jiujiang_engine::text::labels::threshold_shown(t.title, t.value, t.unit);
                        html! {
                        <li>{ format!("{}: {} ({} {}; {} {})", lang.text(&title), lang.text(&value),
                            lang.pick(i18n::IN_FORCE_FROM), lang.date(t.from),
                            super::print::cited_document(t.citation, lang), t.citation.article.as_deref().map(|a| lang.article(a)).unwrap_or_default()) }</li>
                    }}) }
                </ul>
            }
            <h4>{ lang.pick(i18n::SOURCES) }</h4>
            <ul class="citations">
                { for f.citations.iter().map(|c| html! {
                    <li>
                        { super::print::citation(c, lang) }
                        if let Some(url) = &c.url {
                            <span class="url">{ format!(" {url}") }</span>
                            <span class="source-site">{ format!(" ({})", lang.pick(jiujiang_engine::text::labels::source_site(url))) }</span>
                        }
                    </li>
                }) }
            </ul>
            if !f.caveats.is_empty() {
                <h4>{ lang.pick(i18n::CAVEATS) }</h4>
                <ul class="caveats">{ for f.caveats.iter().map(|c| html! { <li>{ lang.text(c) }</li> }) }</ul>
            }
            if !f.open_questions.is_empty() {
                <h4>{ lang.pick(i18n::OPEN_QUESTIONS) }</h4>
                <ul class="questions">
                    { for f.open_questions.iter().map(|q| {
                        let text = questions.and_then(|e| e.question(q)).map(|t| lang.text(t)).unwrap_or_default();
                        html! { <li><strong>{ q }</strong>{ format!(" {text}") }</li> }
                    }) }
                </ul>
            }
        </div>
    }
}

/// An input used as the reader's language writes it; a park by its name,
/// not its id (a user test read "所在化工园区 pengze-jishan").
fn input_shown(i: &jiujiang_engine::rules::evaluate::InputUsed, lang: Lang) -> String {
    if let Some(jiujiang_engine::project::Value::Text(id)) =
        i.value.as_ref().filter(|_| i.field == "site.chemical_park")
    {
        let park = Engine::embedded()
            .ok()
            .and_then(|e| e.data.parks.iter().find(|p| *p.id == **id));
        if let Some(p) = park {
            return lang.text(&p.name).to_string();
        }
    }
    lang.text(&i.shown()).to_string()
}
