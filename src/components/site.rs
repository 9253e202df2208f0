//! What the site coordinates mean: the true point after undoing the Amap or
//! Baidu offset, and the map's distance to the water with its uncertainty.

use crate::i18n::{self, Lang};
use jiujiang_engine::screen::format_number;
use jiujiang_engine::{Date, Engine};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SiteHintProps {
    pub location: AttrValue,
    pub datum: AttrValue,
    pub as_of: Date,
    pub lang: Lang,
}

#[function_component(SiteHint)]
pub fn site_hint(props: &SiteHintProps) -> Html {
    let lang = props.lang;
    let Ok(engine) = Engine::embedded() else {
        return html! {};
    };
    if props.location.trim().is_empty() {
        return html! {};
    }
    let (project, errors) = engine.parse_fields([
        ("site.location", props.location.as_str()),
        ("site.location_datum", props.datum.as_str()),
    ]);
    if !errors.is_empty() {
        return html! {};
    }
    let Some(est) = engine.site_estimate(&project, props.as_of) else {
        return html! { <p class="site-hint warn" id="site-hint">{ lang.pick(i18n::NEED_DATUM) }</p> };
    };
    let m = |x: f64| format_number(x.round());
    let dist = |label, n: Option<jiujiang_engine::geo::water::Nearest>| match n {
        Some(n) if n.inside => {
            html! { <li class="warn">{ format!("{}: {}", lang.pick(label), lang.pick(i18n::INSIDE_WATER)) }</li> }
        }
        Some(n) => {
            html! { <li>{ format!("{}: {} m ± {} m", lang.pick(label), m(n.metres), m(est.margin_m)) }</li> }
        }
        None => html! { <li>{ format!("{}: > 30 km", lang.pick(label)) }</li> },
    };
    html! {
        <div class="site-hint" id="site-hint">
            <p>{ format!("WGS-84: {:.6}, {:.6}", est.wgs84.lon, est.wgs84.lat) }
                if est.moved_m >= 1.0 {
                    { format!(" — {} {} m", lang.pick(i18n::MOVED_BY), m(est.moved_m)) }
                }
            </p>
            if !est.in_jiujiang_box {
                <p class="warn">{ lang.pick(i18n::OUTSIDE_JIUJIANG) }</p>
            }
            <ul>
                { dist(i18n::MAP_RIVER, est.river) }
                { dist(i18n::MAP_LAKE, est.lake) }
            </ul>
            <p class="help">{ lang.pick(i18n::MAP_CAVEAT) }</p>
        </div>
    }
}
