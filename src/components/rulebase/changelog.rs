//! The rule-data changelog on the rule-base page: what changed in the data
//! and why, release by release, in the reader's language, with what was
//! looked at and is still open. Data only (data/changelog.toml); no markup
//! from the data is ever interpreted.

use crate::i18n::{self, Lang};
use jiujiang_engine::data_types::{Change, Release};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ChangelogProps {
    pub lang: Lang,
    pub releases: &'static [Release],
}

#[function_component(Changelog)]
pub fn changelog(props: &ChangelogProps) -> Html {
    let lang = props.lang;
    let Some(newest) = props.releases.first() else {
        return html! {};
    };
    html! {
        <details class="changelog" id="changelog">
            <summary>
                { format!("{} · {} {} ({})", lang.pick(i18n::CHANGELOG), lang.pick(i18n::DATA_VERSION_WORD),
                    newest.version, lang.date(newest.date)) }
            </summary>
            { for props.releases.iter().map(|r| release(r, lang)) }
        </details>
    }
}

fn release(r: &Release, lang: Lang) -> Html {
    html! {
        <section class="release" data-version={r.version.clone()}>
            <h3>{ format!("{} ({})", r.version, lang.date(r.date)) }</h3>
            <p>{ lang.text(&r.summary) }</p>
            <ul class="changes">{ for r.change.iter().map(|c| change(c, lang)) }</ul>
            if !r.open.is_empty() {
                <h4>{ lang.pick(i18n::STILL_OPEN) }</h4>
                <ul class="changes open">{ for r.open.iter().map(|c| change(c, lang)) }</ul>
            }
        </section>
    }
}

fn change(c: &Change, lang: Lang) -> Html {
    html! {
        <li><strong>{ c.heading() }</strong>{ " " }{ lang.text(&c.text) }</li>
    }
}
