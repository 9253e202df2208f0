//! The base map people find their way by: the county boundaries, and the
//! names of counties, waters, chemical parks, county seats and towns. Names
//! are placed by priority at the current zoom, and one that would overlap a
//! name already placed is left out, so none ever overlaps another.

use crate::i18n::Lang;
use jiujiang_engine::geo::coords::LonLat;
use jiujiang_engine::geo::places::{self, PlaceKind};
use jiujiang_engine::Engine;
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

use super::{km, path_data, View};

/// One name on the map.
#[derive(Clone, Debug, PartialEq)]
pub struct Label {
    /// Map km, north up.
    pub x: f64,
    pub y: f64,
    pub text: String,
    pub class: &'static str,
    /// Lower goes first: counties, waters, parks, seats, towns.
    pub priority: u8,
    /// Shown only when the view is at most this wide (km).
    pub max_view_km: f64,
    /// Font size in screen pixels.
    pub font_px: f64,
    /// Moved this many screen pixels south of its point (a park's name
    /// hangs under its mark).
    pub below_px: f64,
}

impl Label {
    /// The box the text takes on screen, in map km, centred on its point.
    /// Wide on purpose: a CJK character is about one em, other letters at
    /// most 0.62 em in the stylesheet's fonts, plus a halo on each side.
    fn size_km(&self, km_per_px: f64) -> (f64, f64) {
        let ems: f64 = self
            .text
            .chars()
            .map(|c| if (c as u32) >= 0x2E80 { 1.0 } else { 0.62 })
            .sum();
        (
            (ems * self.font_px + 6.0) * km_per_px,
            (self.font_px * 1.3 + 2.0) * km_per_px,
        )
    }
}

thread_local! {
    static LABELS: RefCell<Option<(Lang, Rc<Vec<Label>>)>> = const { RefCell::new(None) };
}

/// Every name the map can show in `lang`, built once per language.
pub fn labels(lang: Lang, engine: &Engine) -> Rc<Vec<Label>> {
    let ready = jiujiang_engine::geo::layers::ready();
    LABELS.with(|cache| {
        if let Some((l, v)) = &*cache.borrow() {
            if *l == lang && ready {
                return v.clone();
            }
        }
        let pick = |zh: &str, en: &str| match lang {
            Lang::Zh => zh.to_string(),
            Lang::En => en.to_string(),
        };
        let mut out = Vec::new();
        let county_points = places::county_labels();
        for (county, at) in &county_points {
            let (x, y) = km(*at);
            out.push(Label {
                x,
                y,
                text: pick(&county.name_zh, &county.name_en),
                class: "county",
                priority: 0,
                max_view_km: f64::INFINITY,
                font_px: 13.0,
                below_px: 0.0,
            });
        }
        for (zh, en, lon, lat) in places::WATERS {
            let (x, y) = km(LonLat::new(*lon, *lat));
            out.push(Label {
                x,
                y,
                text: pick(zh, en),
                class: "water-name",
                priority: 1,
                max_view_km: f64::INFINITY,
                font_px: 12.0,
                below_px: 0.0,
            });
        }
        for park in &engine.data.parks {
            let (x, y) = km(LonLat::new(park.approx.lon, park.approx.lat));
            out.push(Label {
                x,
                y,
                text: format!("≈ {}", lang.text(&park.name)),
                class: "park-name",
                priority: 2,
                max_view_km: 120.0,
                font_px: 11.0,
                below_px: 12.0,
            });
        }
        let at_county_label = |p: LonLat| {
            county_points
                .iter()
                .any(|(_, q)| (q.lon - p.lon).abs() < 1e-9 && (q.lat - p.lat).abs() < 1e-9)
        };
        let mut towns: Vec<_> = places::places().iter().collect();
        towns.sort_by_key(|p| std::cmp::Reverse(p.population));
        for p in towns {
            // A seat that already carries its county's name is not named twice.
            if p.kind == PlaceKind::Seat && at_county_label(p.at) {
                continue;
            }
            let (x, y) = km(p.at);
            let seat = p.kind == PlaceKind::Seat;
            out.push(Label {
                x,
                y,
                text: pick(&p.name_zh, &p.name_en),
                class: if seat { "seat" } else { "town" },
                priority: if seat { 3 } else { 4 },
                max_view_km: if seat { 200.0 } else { 70.0 },
                font_px: if seat { 11.0 } else { 10.0 },
                below_px: 0.0,
            });
        }
        out.sort_by_key(|l| l.priority);
        let v = Rc::new(out);
        if ready {
            *cache.borrow_mut() = Some((lang, v.clone()));
        }
        v
    })
}

/// The labels to draw for `view` at `km_per_px`, by priority, none
/// overlapping another; with each its box (x0, y0, x1, y1 in map km).
pub fn place(labels: &[Label], view: View, km_per_px: f64) -> Vec<(&Label, [f64; 4])> {
    let (half_w, half_h) = (view.width / 2.0, view.height() / 2.0);
    let mut placed: Vec<(&Label, [f64; 4])> = Vec::new();
    for l in labels {
        if view.width > l.max_view_km {
            continue;
        }
        let (w, h) = l.size_km(km_per_px);
        let y = l.y - l.below_px * km_per_px;
        let b = [l.x - w / 2.0, y - h / 2.0, l.x + w / 2.0, y + h / 2.0];
        // Wholly inside the view, so no name is cut at the edge.
        if b[0] < view.cx - half_w
            || b[2] > view.cx + half_w
            || b[1] < view.cy - half_h
            || b[3] > view.cy + half_h
        {
            continue;
        }
        let clear = placed
            .iter()
            .all(|(_, p)| b[2] <= p[0] || b[0] >= p[2] || b[3] <= p[1] || b[1] >= p[3]);
        if clear {
            placed.push((l, b));
        }
    }
    placed
}

thread_local! {
    static COUNTY_PATH: RefCell<Option<AttrValue>> = const { RefCell::new(None) };
}

/// One path of every county's boundary.
pub fn county_path() -> AttrValue {
    if !jiujiang_engine::geo::layers::ready() {
        return AttrValue::default();
    }
    COUNTY_PATH.with(|c| {
        c.borrow_mut()
            .get_or_insert_with(|| {
                let counties = jiujiang_engine::geo::county::Counties::embedded();
                let rings = counties.counties.iter().flat_map(|c| c.rings());
                AttrValue::from(path_data(rings, true))
            })
            .clone()
    })
}

#[derive(Properties, PartialEq)]
pub struct NamesProps {
    pub lang: Lang,
    pub view: View,
    pub km_per_px: f64,
    /// Park names only when the parks layer is on.
    pub parks: bool,
    /// Whether the layers are there (county names come with them).
    #[prop_or(true)]
    pub ready: bool,
}

/// The names, placed (see [`place`]).
#[function_component(Names)]
pub fn names(props: &NamesProps) -> Html {
    let Ok(engine) = Engine::embedded() else {
        return html! {};
    };
    let all = labels(props.lang, engine);
    let shown: Vec<Label> = all
        .iter()
        .filter(|l| props.parks || l.class != "park-name")
        .cloned()
        .collect();
    let placed = place(&shown, props.view, props.km_per_px);
    html! {
        <g class="names" id="map-labels">
            { for placed.iter().map(|(l, b)| html! {
                <text class={classes!("label", l.class)} x={format!("{:.3}", l.x)} y={format!("{:.3}", -(b[1] + b[3]) / 2.0)}
                    font-size={format!("{:.3}", l.font_px * props.km_per_px)} text-anchor="middle"
                    dominant-baseline="central" stroke-width={format!("{:.3}", 3.0 * props.km_per_px)}>
                    { &l.text }
                </text>
            }) }
        </g>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn label(x: f64, y: f64, text: &str, priority: u8) -> Label {
        Label {
            x,
            y,
            text: text.into(),
            class: "town",
            priority,
            max_view_km: f64::INFINITY,
            font_px: 10.0,
            below_px: 0.0,
        }
    }

    #[test]
    fn overlapping_names_give_way_by_priority() {
        let view = View {
            cx: 0.0,
            cy: 0.0,
            width: 100.0,
        };
        let labels = vec![
            label(0.0, 0.0, "九江市", 0),
            label(0.5, 0.2, "Overlapping", 1),
            label(30.0, 0.0, "Far away", 1),
            label(49.9, 0.0, "At the edge", 1),
        ];
        let placed = place(&labels, view, 100.0 / 640.0);
        let texts: Vec<&str> = placed.iter().map(|(l, _)| l.text.as_str()).collect();
        assert_eq!(texts, ["九江市", "Far away"]);
        for (i, (_, a)) in placed.iter().enumerate() {
            for (_, b) in &placed[i + 1..] {
                assert!(a[2] <= b[0] || a[0] >= b[2] || a[3] <= b[1] || a[1] >= b[3]);
            }
        }
    }

    #[test]
    fn towns_wait_for_a_closer_view() {
        let mut town = label(0.0, 0.0, "Gutang", 4);
        town.max_view_km = 70.0;
        let wide = View {
            cx: 0.0,
            cy: 0.0,
            width: 330.0,
        };
        assert!(place(std::slice::from_ref(&town), wide, 0.5).is_empty());
        let close = View {
            width: 50.0,
            ..wide
        };
        assert_eq!(place(&[town], close, 0.08).len(), 1);
    }
}
