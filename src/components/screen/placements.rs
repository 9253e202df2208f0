//! "Where could it go?": the regions the 9610 programme plans for the
//! project's chain, and whether the negative list leaves room there.

use crate::i18n::{self, Lang};
use jiujiang_engine::rules::placement::{Fit, Placement};
use jiujiang_engine::text::labels;
use jiujiang_engine::{Engine, Finding};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PlacementsProps {
    pub placements: Vec<Placement<'static>>,
    /// What holds wherever it goes (`placement::everywhere`).
    #[prop_or_default]
    pub everywhere: Vec<Finding<'static>>,
    pub lang: Lang,
}

#[function_component(Placements)]
pub fn placements(props: &PlacementsProps) -> Html {
    let lang = props.lang;
    if props.placements.is_empty() {
        return html! {};
    }
    let park_name = |id: &str| {
        Engine::embedded()
            .ok()
            .and_then(|e| e.data.parks.iter().find(|p| p.id == id))
            .map(|p| lang.text(&p.name))
            .unwrap_or_else(|| id.to_string())
    };
    html! {
        <details class="placements" id="placements">
            <summary>{ lang.pick(i18n::WHERE_TITLE) }</summary>
            <p class="help">{ lang.pick(i18n::WHERE_HELP) }</p>
            { for props.everywhere.iter().map(|f| html! {
                <p class="everywhere" id={format!("placements-everywhere-{}", f.rule_id)}>
                    <strong>{ lang.labelled(lang.pick(i18n::WHERE_EVERYWHERE), &format!("{} ({})", lang.pick(labels::overall(f.outcome)), f.rule_id)) }</strong>
                    { " " }{ lang.text(&f.explanation) }
                </p>
            }) }
            <table>
                <thead><tr><th>{ lang.pick(i18n::REGION) }</th><th>{ lang.pick(i18n::CHAIN) }</th><th>{ lang.pick(i18n::ROOM) }</th></tr></thead>
                <tbody>
                    { for props.placements.iter().map(|p| {
                        let (class, label) = match p.fit {
                            Fit::Fits => ("fits", i18n::FITS),
                            Fit::FitsIf => ("fits-if", i18n::FITS_IF),
                            Fit::NoRoom => ("no-room", i18n::NO_ROOM),
                        };
                        html! {
                            <tr class={class} data-fit={class}>
                                <td>{ lang.text(&jiujiang_engine::text::display::place(p.region)) }</td>
                                <td data-label={lang.pick(i18n::CHAIN)}>{ lang.text(p.chain_name) }</td>
                                <td>
                                    <strong>{ lang.pick(label) }</strong>
                                    if !p.parks.is_empty() {
                                        <div>{ p.parks.iter().map(|id| park_name(id)).collect::<Vec<_>>().join(lang.pick(i18n::LIST_SEPARATOR)) }</div>
                                    }
                                    <ul>{ for p.conditions.iter().map(|c| html! { <li>{ lang.text(c) }</li> }) }</ul>
                                </td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
        </details>
    }
}
