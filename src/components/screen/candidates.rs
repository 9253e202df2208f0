//! Candidate places beside the map (issue 15): the engine's ranked list
//! (`Engine::candidates`), each with the verdict there, the mapped water
//! nearby, whether the industry is on a park's target list, and a button that
//! centres the map on it.

use crate::i18n::{self, Lang};
use jiujiang_engine::geo::coords::LonLat;
use jiujiang_engine::rules::candidates::{Candidate, CandidateKind};
use jiujiang_engine::rules::grid::Band;
use jiujiang_engine::screen::format_number;
use jiujiang_engine::text::labels;
use jiujiang_engine::Outcome;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CandidatesProps {
    pub lang: Lang,
    pub candidates: std::rc::Rc<Vec<Candidate<'static>>>,
    /// Centre the map on a point.
    pub on_focus: Callback<LonLat>,
    /// The county the site lies in (Chinese name): its region is marked.
    #[prop_or_default]
    pub site_county: Option<AttrValue>,
}

/// Kilometres in the reader's language (公里 in Chinese, as the form writes
/// distances; a user test read "km" as English left in the page).
fn km(m: f64, lang: Lang) -> String {
    let n = format_number((m / 100.0).round() / 10.0);
    match lang {
        Lang::Zh => format!("{n} 公里"),
        Lang::En => format!("{n} km"),
    }
}

/// How many places a phone shows before "show all" (styles/app.css folds
/// the rest at the same count).
const FIRST_FEW: usize = 3;

#[function_component(Candidates)]
pub fn candidates(props: &CandidatesProps) -> Html {
    let lang = props.lang;
    // On a phone the first three, the best ranked, and the rest on request:
    // the list ran four screens before the distance fields (a user test).
    // All stay in the page (CSS folds them), for find and for links.
    let all = use_state_eq(|| false);
    if props.candidates.is_empty() {
        return html! {
            <section class="candidates" id="candidates">
                <h3>{ lang.pick(i18n::CANDIDATES_TITLE) }</h3>
                <p class="help">{ lang.pick(i18n::CANDIDATES_NONE) }</p>
            </section>
        };
    }
    // What every open place waits on alike: said once above the list, and
    // each card names only what it waits on besides (a user test scrolled
    // through six cards each reading "depends on: protected areas,
    // catalogues and lists", nothing to tell them apart).
    let open_places: Vec<&Candidate> = props
        .candidates
        .iter()
        .filter(|c| !c.open.is_empty())
        .collect();
    let shared: Vec<&'static str> = match open_places.split_first() {
        Some((first, rest)) if !rest.is_empty() => (first.open.iter())
            .copied()
            .filter(|id| rest.iter().all(|c| c.open.contains(id)))
            .collect(),
        _ => Vec::new(),
    };
    let names = |ids: &[&'static str]| {
        (ids.iter().map(|id| super::advisor::label_of(id, lang)))
            .collect::<Vec<_>>()
            .join(lang.pick(i18n::LIST_SEPARATOR))
    };
    let shared_open = (!shared.is_empty()).then(|| {
        let every = open_places.len() == props.candidates.len()
            && open_places.iter().all(|c| c.open.len() == shared.len());
        lang.pick(if every {
            i18n::CANDIDATES_ALL_OPEN_ON
        } else {
            i18n::CANDIDATES_OPEN_SHARED
        })
        .replace("{names}", &names(&shared))
    });
    let item = |c: &Candidate<'static>| {
        let band = match c.band {
            Some(Band::Allowed) => "allowed",
            Some(Band::Undecided) => "undecided",
            Some(Band::Prohibited) => "prohibited",
            None => "unknown",
        };
        let kind = match c.kind {
            CandidateKind::ChemicalPark => i18n::CANDIDATE_CHEMICAL_PARK,
            CandidateKind::ChainRegion => i18n::CANDIDATE_REGION,
            CandidateKind::TargetList => i18n::CANDIDATE_TARGET_LIST,
        };
        // A prohibition there names its rules, as the verdict box does.
        let because = (!c.because.is_empty()).then(|| {
            format!(
                "{}{}",
                lang.pick(i18n::CANDIDATE_BECAUSE),
                super::rule_names(&c.because, lang)
            )
        });
        // Open, but no answer there could prohibit (the green swatch): said
        // so, not "needs input" beside a green mark (a user test).
        let verdict = c.overall.map(|o| {
            let said = match (o, c.band) {
                (Outcome::NeedsInput, Some(Band::Allowed)) => {
                    lang.pick(i18n::CANDIDATE_NOT_PROHIBITED)
                }
                _ => lang.pick(labels::overall(o)),
            };
            // Resting on unverified rules alone: said as the verdict box says it.
            let unverified = if c.unverified {
                lang.pick(i18n::UNVERIFIED_SUFFIX)
            } else {
                ""
            };
            format!("{said}{unverified}{}", because.unwrap_or_default())
        });
        let beyond = format!(
            "> {}",
            km(jiujiang_engine::geo::water::SEARCH_RADIUS_M, lang)
        );
        let water = match (c.river_m, c.lake_m) {
            (None, None) => None,
            (r, l) => Some(format!(
                "{}{} · {}{} (± {})",
                lang.pick(i18n::CANDIDATE_RIVER),
                // None: no such water within the search radius.
                r.map_or(beyond.clone(), |m| km(m, lang)),
                lang.pick(i18n::CANDIDATE_LAKE),
                l.map_or(beyond.clone(), |m| km(m, lang)),
                km(c.margin_m, lang),
            )),
        };
        let fits = (c.kind == CandidateKind::TargetList).then(|| match c.fits {
            Some(item) => format!(
                "{} {}{}{}",
                lang.pick(i18n::CANDIDATE_FITS),
                item.n,
                lang.pick(i18n::COLON),
                lang.text(&item.text)
            ),
            None => lang.pick(i18n::CANDIDATE_NOT_LISTED).to_string(),
        });
        let chain = c.chain.map(|t| lang.text(t).to_string());
        let own: Vec<&'static str> = (c.open.iter())
            .copied()
            .filter(|id| !shared.contains(id))
            .collect();
        let open = (!own.is_empty()).then(|| {
            format!(
                "{}{}",
                lang.pick(if shared.is_empty() {
                    i18n::CANDIDATE_OPEN
                } else {
                    i18n::CANDIDATE_OPEN_ALSO
                }),
                names(&own)
            )
        });
        let point = c.lon.zip(c.lat).map(|(lon, lat)| LonLat::new(lon, lat));
        let here =
            c.kind == CandidateKind::ChainRegion && props.site_county.as_deref() == Some(c.id);
        let focus = point.map(|p| {
            let on_focus = props.on_focus.clone();
            Callback::from(move |_: MouseEvent| on_focus.emit(p))
        });
        html! {
            <li class={classes!("candidate", format!("band-{band}"))} data-band={band} id={format!("candidate-{}", c.id)}>
                <span class={classes!("swatch", band)} aria-hidden="true"></span>
                <div>
                    <strong>{ lang.text(&c.name) }</strong>
                    <span class="kind">{ lang.pick(kind) }</span>
                    if let Some(chain) = chain { <span class="kind">{ chain }</span> }
                    if here { <span class="kind here">{ lang.pick(i18n::CANDIDATE_HERE) }</span> }
                    <br />
                    if let Some(v) = verdict { <span class="verdict-there">{ lang.pick(i18n::CANDIDATE_VERDICT) }{ v }</span> }
                    if let Some(o) = open { <span class="open-there">{ o }</span> }
                    if let Some(w) = water { <span class="water-there">{ w }</span> }
                    if let Some(f) = fits { <span class="fits">{ f }</span> }
                    if point.is_some() {
                        <span class="approx">{ format!("{} {}", lang.pick(i18n::CANDIDATE_APPROX), km(c.within_km * 1000.0, lang)) }</span>
                    }
                </div>
                if let Some(onclick) = focus {
                    <button type="button" class="show-on-map" {onclick}>{ lang.pick(i18n::CANDIDATE_SHOW) }</button>
                }
            </li>
        }
    };
    html! {
        <section class="candidates" id="candidates">
            <h3>{ lang.pick(i18n::CANDIDATES_TITLE) }</h3>
            <p class="help">{ lang.pick(i18n::CANDIDATES_HELP) }</p>
            if let Some(text) = shared_open.clone() {
                <p class="open-there" id="candidates-all-open">{ text }</p>
            }
            <ol class={classes!((!*all).then_some("first-few"))}>{ for props.candidates.iter().map(item) }</ol>
            if props.candidates.len() > FIRST_FEW {
                <button type="button" class="link show-all-candidates" id="candidates-show-all" aria-expanded={(*all).to_string()}
                    onclick={{ let all = all.clone(); Callback::from(move |_: MouseEvent| all.set(!*all)) }}>
                    { if *all {
                        lang.pick(i18n::CANDIDATES_SHOW_FIRST).to_string()
                    } else {
                        lang.pick(i18n::CANDIDATES_SHOW_ALL).replace("{n}", &props.candidates.len().to_string())
                    } }
                </button>
            }
        </section>
    }
}
