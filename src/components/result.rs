//! The verdict banner and the findings, worst first.

use super::field::input_id;
use super::finding::FindingCard;
use crate::i18n::{self, Lang};
use jiujiang_engine::{labels, Outcome, Report};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ResultProps {
    pub report: Report,
    pub lang: Lang,
    pub rule_count: usize,
}

#[function_component(ResultPanel)]
pub fn result_panel(props: &ResultProps) -> Html {
    let ResultProps {
        report,
        lang,
        rule_count,
    } = props;
    let lang = *lang;
    let overall = report.overall;
    let banner_text = if severity_is_clear(overall) {
        lang.pick(i18n::NO_RULE_APPLIES).to_string()
    } else {
        lang.pick(labels::outcome(overall)).to_string()
    };
    html! {
        <section class="result" aria-labelledby="result-title" aria-live="polite">
            <h2 id="result-title">{ lang.pick(i18n::RESULT_TITLE) }</h2>
            <div id="verdict" class={classes!("verdict", labels::outcome_key(overall).to_lowercase())} data-outcome={labels::outcome_key(overall)}>
                <strong>{ banner_text }</strong>
                if !report.blocking.is_empty() {
                    <span class="blocking">{ lang.pick(i18n::BLOCKING) }{ report.blocking.join("、") }</span>
                }
            </div>
            <ul class="findings">
                { for report.findings.iter().map(|f| html! {
                    <FindingCard key={f.rule_id.clone()} finding={f.clone()} lang={lang} />
                }) }
            </ul>
            <p class="meta">
                { format!("{}: {} · {}: {} · {}: {}",
                    lang.pick(i18n::RULES_ENCODED), rule_count,
                    lang.pick(i18n::AS_OF), report.as_of,
                    lang.pick(i18n::DATA_VERSION), report.data_version) }
            </p>
        </section>
    }
}

/// Nothing applies: say so without calling it "allowed".
fn severity_is_clear(o: Outcome) -> bool {
    o == Outcome::NotApplicable
}

/// Links from "please give" to the inputs themselves.
pub fn missing_links(fields: &[String], lang: Lang) -> Html {
    html! {
        <ul class="missing">
            { for fields.iter().map(|key| {
                let label = jiujiang_engine::model::field(key).map(|f| lang.pick(f.label)).unwrap_or(key.as_str());
                html! { <li><a href={format!("#{}", input_id(key))}>{ label }</a></li> }
            }) }
        </ul>
    }
}
