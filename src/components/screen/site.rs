//! What the site coordinates mean: the true point after undoing the Amap or
//! Baidu offset, and the distances to the water with their uncertainty, from
//! the engine's `SiteEstimate` (the same the rules use).

use crate::i18n::{self, Lang};
use jiujiang_engine::data_types::RuleData;
use jiujiang_engine::geo::water::{Nearest, SEARCH_RADIUS_M};
use jiujiang_engine::project::Project;
use jiujiang_engine::screen::format_number;
use jiujiang_engine::SiteEstimate;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SiteHintProps {
    /// `None` with coordinates typed: their system is missing.
    pub estimate: Option<SiteEstimate>,
    /// Whether a point or parcel was typed at all.
    pub given: bool,
    /// The coordinates as typed, to confirm the order that was detected.
    pub location_text: AttrValue,
    pub lang: Lang,
    /// The map layers will not come (offline before they were ever kept).
    #[prop_or_default]
    pub layers_failed: bool,
    /// Typed distances the map contradicts (`disagreement_text`).
    #[prop_or_default]
    pub warnings: Vec<String>,
}

/// A typed distance and the map's estimate that disagree, in words.
pub fn disagreement_text(d: &jiujiang_engine::Disagreement, lang: Lang) -> String {
    let m = |x: f64| format_number(x.round());
    let water = lang.pick(match d.field {
        "site.dist_poyang_lake_m" => i18n::POYANG,
        _ => i18n::YANGTZE_MAIN,
    });
    let map = if d.map_m.0 == d.map_m.1 {
        m(d.map_m.0)
    } else if d.map_m.1.is_finite() {
        format!("{}–{}", m(d.map_m.0), m(d.map_m.1))
    } else {
        format!("≥ {}", m(d.map_m.0))
    };
    (lang.pick(match (d.farther, d.surveyed) {
        (true, false) => i18n::SITE_DISAGREES,
        (true, true) => i18n::SITE_DISAGREES_SURVEYED,
        (false, _) => i18n::SITE_DISAGREES_NEARER,
    }))
    .replace("{water}", water)
    .replace("{typed}", &format!("{}{}", d.typed_bound, m(d.typed_m)))
    .replace("{map}", &map)
    .replace("{margin}", &m(d.margin_m))
}

/// What the site point's county (or the chosen park's) says against the
/// reach typed, if anything (said in the verdict box, under the map and on
/// the printed page; worded by the engine, as the command line says it).
pub fn reach_note(data: &RuleData, project: &Project, lang: Lang) -> Option<String> {
    jiujiang_engine::rules::facts::reach_note(data, project).map(|t| lang.text(&t).to_string())
}

/// What a typed point comes to, said at the coordinates field as well:
/// under the map a phone's reader never saw it (a user test pasted a point
/// with no coordinate system, saw nothing happen, and one in Nanchang read
/// as accepted). `None` when there is nothing to say there.
pub fn location_note(
    location: &str,
    datum: &str,
    estimate: Option<&SiteEstimate>,
    lang: Lang,
) -> Option<AttrValue> {
    if location.trim().is_empty() {
        return None;
    }
    let note = if datum.trim().is_empty() {
        i18n::NEED_DATUM
    } else if estimate.is_some_and(|e| e.outside_jiujiang()) {
        i18n::OUTSIDE_JIUJIANG
    } else {
        return None;
    };
    Some(AttrValue::from(lang.pick(note)))
}

#[function_component(SiteHint)]
pub fn site_hint(props: &SiteHintProps) -> Html {
    let lang = props.lang;
    if !props.given {
        return html! {};
    }
    let Some(est) = &props.estimate else {
        return html! { <p class="site-hint warn" id="site-hint">{ lang.pick(i18n::NEED_DATUM) }</p> };
    };
    let m = |x: f64| format_number(x.round());
    // Which number was taken for which: confirmed in words, since "29.7, 116.0"
    // and "116.0, 29.7" are both common.
    let order = jiujiang_engine::geo::coords::parse_lon_lat(&props.location_text)
        .ok()
        .map(|p| {
            let read = format!("{:.6}° E, {:.6}° N", p.point.lon, p.point.lat);
            if p.swapped {
                format!("{} {read}", lang.pick(i18n::READ_LAT_FIRST))
            } else {
                format!("{} {read}", lang.pick(i18n::READ_LON_FIRST))
            }
        });
    let dist = |label, n: Option<Nearest>, margin: f64| match n {
        Some(n) if n.inside => {
            html! { <li class="warn">{ format!("{}: {}", lang.pick(label), lang.pick(i18n::INSIDE_WATER)) }</li> }
        }
        Some(n) => {
            html! { <li>{ format!("{}: {} m ± {} m", lang.pick(label), m(n.metres), m(margin)) }</li> }
        }
        None => {
            html! { <li>{ format!("{}: > {} km", lang.pick(label), m(SEARCH_RADIUS_M / 1000.0)) }</li> }
        }
    };
    html! {
        <div class="site-hint" id="site-hint">
            if let Some(o) = order {
                <p class="order" id="site-order">{ o }</p>
            }
            <p>{ format!("WGS-84: {:.6}, {:.6}", est.wgs84.lon, est.wgs84.lat) }
                if est.moved_m >= 1.0 {
                    { format!(" — {} {} m", lang.pick(i18n::MOVED_BY), m(est.moved_m)) }
                }
            </p>
            if est.parcel.is_some() {
                <p>{ lang.pick(i18n::PARCEL_USED) }</p>
            }
            if !est.layers_ready {
                <p class="warn" id="site-layers">
                    { lang.pick(if props.layers_failed { i18n::LAYERS_FAILED } else { i18n::LAYERS_LOADING }) }
                </p>
            } else if let Some(c) = est.county {
                <p class="county" id="site-county">{ lang.labelled(lang.pick(i18n::COUNTY), &lang.place(&c.name_zh, &c.name_en)) }</p>
            } else if est.outside_jiujiang() {
                <p class="warn" id="site-county">{ lang.pick(i18n::OUTSIDE_JIUJIANG) }</p>
            }
            { for props.warnings.iter().map(|w| html! { <p class="warn site-disagrees" role="alert">{ w.clone() }</p> }) }
            <ul hidden={!est.layers_ready && est.boundary.is_none()}>
                if let Some((n, margin)) = est.boundary {
                    { dist(i18n::BOUNDARY_DIST, n, margin) }
                }
                if est.layers_ready {
                    // The named water alone when the nearest water is it;
                    // else the nearest, then the range the rules take.
                    for (beyond, any, (lo, hi), any_label, named_label) in [
                        (est.beyond_map.0, est.river, est.yangtze_m, i18n::MAP_RIVER, i18n::MAP_YANGTZE),
                        (est.beyond_map.1, est.lake, est.poyang_m, i18n::MAP_LAKE, i18n::MAP_POYANG),
                    ] {
                        if beyond {
                            <li class="beyond-map">{ lang.labelled(lang.pick(named_label), lang.pick(i18n::BEYOND_MAP)) }</li>
                        } else if any.is_none() || lo == hi {
                            { dist(named_label, any, est.margin_m) }
                        } else {
                            { dist(any_label, any, est.margin_m) }
                            <li>{ format!("{}: {} ± {} m", lang.pick(named_label),
                                if hi.is_finite() { format!("{}–{} m", m(lo), m(hi)) } else { format!("≥ {} m", m(lo)) },
                                m(est.margin_m)) }
                                if !hi.is_finite() {
                                    { lang.pick(i18n::NONE_MAPPED_WITHIN).replace("{km}", &m(SEARCH_RADIUS_M / 1000.0)) }
                                }
                            </li>
                        }
                    }
                }
                if let Some(g) = est.gshhg {
                    <li class="cross-check">{ format!("{} {} m", lang.pick(i18n::GSHHG_CHECK), m(g.metres)) }</li>
                }
            </ul>
            <p class="help">{ lang.pick(i18n::MAP_CAVEAT) }</p>
        </div>
    }
}
