//! The verdict banner and the findings, worst first.

use super::field::input_id;
use super::finding::FindingCard;
use super::form::section_id;
use super::placements::Placements;
use crate::i18n::{self, Lang};
use jiujiang_engine::project::Section;
use jiujiang_engine::rules::placement::Placement;
use jiujiang_engine::screen::format_number;
use jiujiang_engine::{text::labels, Outcome, Report};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ResultProps {
    pub report: Report<'static>,
    pub placements: Vec<Placement<'static>>,
    /// What holds wherever it goes (`placement::everywhere`).
    #[prop_or_default]
    pub everywhere: Vec<jiujiang_engine::Finding<'static>>,
    pub lang: Lang,
    pub rule_count: usize,
    /// What the reader must know about the "as of" date (`date_caveat`).
    #[prop_or_default]
    pub date_caveat: Option<jiujiang_engine::Text>,
}

#[function_component(ResultPanel)]
pub fn result_panel(props: &ResultProps) -> Html {
    let ResultProps {
        report,
        placements,
        everywhere,
        lang,
        rule_count,
        date_caveat,
    } = props;
    let lang = *lang;
    let overall = report.overall;
    let banner_text = if severity_is_clear(overall) && date_caveat.is_some() {
        super::advisor::dated_headline(report, true, lang)
    } else if severity_is_clear(overall) {
        lang.pick(i18n::NO_RULE_APPLIES).to_string()
    } else if report.bounds.decided() {
        // The verdict box's headline: "(unverified: to check)" where only
        // unverified rules decide it, so neither shows it as certain; on a
        // date the base cannot screen soundly, a clearance says so.
        super::advisor::dated_headline(report, date_caveat.is_some(), lang)
    } else {
        // Open: the same bounds as the verdict box above, after the state
        // (a user test read "At best Allowed · at worst Prohibited" there
        // and a bare "Needs input" here as two verdicts).
        format!(
            "{} · {}",
            lang.pick(labels::overall(overall)),
            super::advisor::bounds_text(report.bound_labels(), lang)
        )
    };
    html! {
        <section class="result" aria-labelledby="result-title" aria-live="polite">
            <h2 id="result-title">{ lang.pick(i18n::RESULT_TITLE) }</h2>
            <div id="verdict" class={classes!("verdict", labels::outcome_key(overall).to_lowercase())} data-outcome={labels::outcome_key(overall)}>
                <strong>{ banner_text }</strong>
                if let Some(note) = report.overall_status.and_then(labels::verdict_grade) {
                    <span class="grade-note" id="verdict-grade" role="note">{ lang.pick(note) }</span>
                }
                if let Some(c) = date_caveat {
                    <span class="date-caveat" id="date-caveat" role="note">{ lang.text(c) }</span>
                }
                if !report.blocking.is_empty() {
                    <span class="blocking">
                        { lang.pick(if overall == Outcome::NeedsInput { i18n::OPEN_RULES } else { i18n::BLOCKING }) }
                        { blocking_text(&report.blocking, lang) }
                    </span>
                }
            </div>
            // Only what could still change the verdict, best question first
            // (the verdict box asks the first three in place).
            if !report.questions.is_empty() {
                <div class="to-decide" id="to-decide">
                    <strong>{ lang.pick(i18n::TO_DECIDE) }</strong>
                    <ol>
                        { for report.questions.iter().map(|q| html! {
                            <li>
                                if let Some(f) = q.field {
                                    { field_link(f, lang) }
                                } else {
                                    { lang.text(&q.text) }{ " " }
                                    { field_links(&q.fields, lang) }
                                }
                                <span class="rules">{ format!(" — {} {}", lang.pick(i18n::RULES_NEEDING), q.rules.join(lang.pick(i18n::LIST_SEPARATOR))) }</span>
                            </li>
                        }) }
                    </ol>
                </div>
            }
            { energy_summary(report, lang) }
            <Placements placements={placements.clone()} everywhere={everywhere.clone()} lang={lang} />
            { for FAMILIES.iter().map(|(prefixes, name)| {
                let members: Vec<_> = report.findings.iter()
                    .filter(|f| prefixes.iter().any(|p| f.rule_id.starts_with(p)))
                    .collect();
                if members.is_empty() {
                    return html! {};
                }
                // Open where something stands in the way or is still open.
                let open = members.iter().any(|f| !matches!(f.outcome, Outcome::Allowed | Outcome::Info | Outcome::NotApplicable));
                let worst = members.iter().map(|f| f.outcome).max_by_key(|o| jiujiang_engine::screen::severity(*o)).unwrap_or(Outcome::NotApplicable);
                let key = prefixes[0].to_lowercase();
                let counts = outcome_counts(&members, lang);
                html! {
                    <details class={classes!("group", labels::outcome_key(worst).to_lowercase())} id={format!("family-{key}")} {open}>
                        <summary>{ format!("{} — {}", lang.pick(*name), counts) }</summary>
                        <ul class="findings">
                            { for members.into_iter().map(|f| html! {
                                <FindingCard key={f.rule_id} finding={f.clone()} lang={lang} />
                            }) }
                        </ul>
                    </details>
                }
            }) }
            <p class="meta">
                { format!("{}: {} · {}: {} · {}: {}",
                    lang.pick(i18n::RULES_ENCODED), rule_count,
                    lang.pick(i18n::AS_OF), lang.date(report.as_of),
                    lang.pick(i18n::DATA_VERSION), report.data_version) }
            </p>
        </section>
    }
}

/// Findings by family of the negative list (catalogue sections), each worst
/// first; a family where nothing stands in the way starts folded.
const FAMILIES: [(&[&str], jiujiang_engine::project::L10n); 6] = [
    (
        &["YRB"],
        jiujiang_engine::project::L10n::new("长江经济带负面清单", "Yangtze negative list"),
    ),
    (
        &["IND", "MKT", "FDI"],
        jiujiang_engine::project::L10n::new("产业目录与准入清单", "Catalogues and access lists"),
    ),
    (
        &["HEHE", "EN"],
        jiujiang_engine::project::L10n::new(
            "“两高”项目与节能审查",
            "Two-high projects and the energy review",
        ),
    ),
    (
        &["CAP"],
        jiujiang_engine::project::L10n::new("产能置换", "Capacity replacement"),
    ),
    (
        &["CHP"],
        jiujiang_engine::project::L10n::new("化工园区", "Chemical parks"),
    ),
    (
        &["GEO-DEF"],
        jiujiang_engine::project::L10n::new(
            "岸线与距离的界定",
            "Where shorelines and distances are measured",
        ),
    ),
];

/// "禁止 1 · 信息不足 2 · 不适用 5", worst first.
fn outcome_counts(members: &[&jiujiang_engine::Finding], lang: Lang) -> String {
    let mut order: Vec<Outcome> = members.iter().map(|f| f.outcome).collect();
    order.sort_by_key(|o| std::cmp::Reverse(jiujiang_engine::screen::severity(*o)));
    order.dedup();
    order
        .iter()
        .map(|o| {
            format!(
                "{} {}",
                lang.pick(labels::outcome(*o)),
                members.iter().filter(|f| f.outcome == *o).count()
            )
        })
        .collect::<Vec<_>>()
        .join(" · ")
}

fn blocking_text(ids: &[&str], lang: Lang) -> String {
    let sep = lang.pick(i18n::LIST_SEPARATOR);
    if ids.len() <= 6 {
        ids.join(sep)
    } else {
        format!("{}… (+{})", ids[..6].join(sep), ids.len() - 6)
    }
}

/// Nothing applies: say so without calling it "allowed".
fn severity_is_clear(o: Outcome) -> bool {
    o == Outcome::NotApplicable
}

/// A link to the input (or form section) a missing fact comes from.
pub fn field_link(key: &str, lang: Lang) -> Html {
    if let Some(f) = jiujiang_engine::project::field(key) {
        return html! { <a href={format!("#{}", input_id(key))}>{ super::standalone_label(f.label, lang) }</a> };
    }
    match Section::from_key(key) {
        Some(s) => html! { <a href={format!("#{}", section_id(s))}>{ lang.pick(s.label()) }</a> },
        None => html! { <span>{ key.to_string() }</span> },
    }
}

/// Links to several inputs in running text, separated by semicolons ("；",
/// "; "): their labels may hold "、" or commas themselves.
pub fn field_links<'k>(keys: impl IntoIterator<Item = &'k &'k str>, lang: Lang) -> Html {
    let sep = lang.pick(i18n::SEMICOLON);
    html! { <>{ for keys.into_iter().enumerate().map(|(i, k)| html! { <>
        if i > 0 { { sep } }
        { field_link(k, lang) }
    </> }) }</> }
}

/// Links from "please give" to the inputs themselves.
pub fn missing_links(fields: &[&str], lang: Lang) -> Html {
    html! {
        <ul class="missing">
            { for fields.iter().map(|key| html! { <li>{ field_link(key, lang) }</li> }) }
        </ul>
    }
}

fn energy_summary(report: &Report, lang: Lang) -> Html {
    let e = &report.energy;
    let any_total = [
        e.tce_calorific,
        e.tce_primary,
        e.tce_calorific_at_least,
        e.tce_primary_at_least,
    ]
    .iter()
    .any(Option::is_some);
    if !any_total {
        return html! {};
    }
    let tce = |v: Option<f64>, floor: Option<f64>, top: Option<f64>| {
        use jiujiang_engine::text::numbers::{round_display, tce_range};
        // Cut, not rounded: 4,999.99 tce is not "5,000" beside a two-high "no";
        // a range as the findings write it.
        let figure = match (v, floor) {
            (Some(x), _) => format_number(round_display(x)),
            (None, Some(lo)) => tce_range(lo, top.unwrap_or(f64::INFINITY)),
            _ => return lang.pick(i18n::UNKNOWN).to_string(),
        };
        // In the reader's unit words: the findings beside it say 吨标煤.
        format!(
            "{figure}{}",
            lang.pick(jiujiang_engine::project::L10n::new(" 吨标煤", " tce"))
        )
    };
    // An answer from a rule below V2 carries its grade ("No [U]").
    let graded = |text: &str, status: Option<jiujiang_engine::Status>| {
        format!(
            "{text}{}",
            status.map(super::advisor::grade_tag).unwrap_or_default()
        )
    };
    let two_high = match e.two_high {
        Some(true) => graded(lang.pick(i18n::YES), e.two_high_status),
        Some(false) => graded(lang.pick(i18n::NO), e.two_high_status),
        None => lang.pick(i18n::UNKNOWN).to_string(),
    };
    html! {
        <div class="energy" id="energy-summary">
            <strong>{ lang.pick(i18n::ENERGY_SUMMARY) }</strong>
            <dl>
                <dt>{ lang.pick(i18n::CALORIFIC) }</dt><dd id="energy-calorific">{ tce(e.tce_calorific, e.tce_calorific_at_least, e.tce_calorific_at_most) }</dd>
                <dt>{ lang.pick(i18n::PRIMARY) }</dt><dd id="energy-primary">{ tce(e.tce_primary, e.tce_primary_at_least, e.tce_primary_at_most) }</dd>
                <dt>{ lang.pick(i18n::TWO_HIGH) }</dt><dd id="energy-two-high">{ two_high }</dd>
                if let Some(o) = e.energy_review {
                    <dt>{ lang.pick(i18n::ENERGY_REVIEW) }</dt>
                    <dd id="energy-review">{ graded(lang.pick(labels::outcome(o)), e.energy_review_status) }
                        { e.energy_review_explanation.as_ref().map(|t| format!(" — {}", lang.text(t))).unwrap_or_default() }</dd>
                }
            </dl>
        </div>
    }
}
