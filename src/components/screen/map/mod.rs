//! The map of Jiujiang, drawn as SVG from the bundled layers (nothing is
//! fetched). Pan and zoom with mouse, touch or keyboard; a click places the
//! site, or adds a parcel corner while drawing. Distances shown come from the
//! engine's `SiteEstimate`, the same the rules use; this component only draws.

use crate::i18n::{self, Lang};
use crate::state::SharedBoundary;
use jiujiang_engine::geo::coords::{gcj02_to_bd09, wgs84_to_gcj02, LonLat};
use jiujiang_engine::geo::plane::Plane;
use jiujiang_engine::project::L10n;
use jiujiang_engine::screen::format_number;
use jiujiang_engine::{Engine, SiteEstimate};
use std::collections::BTreeMap;
use std::fmt::Write;
use web_sys::Element;
use yew::prelude::*;

pub mod basemap;
mod layers;
pub mod verdict;
mod view;

use layers::{BaseLayers, ImportedLayer};
pub use view::View;

/// Bands along the banks, km (the 1 km, 3 km and 5 km thresholds).
const BANDS_KM: [f64; 3] = [5.0, 3.0, 1.0];

/// Map km (north up) for a WGS-84 point.
fn km(p: LonLat) -> (f64, f64) {
    Plane::jiujiang().to_km(p)
}

/// SVG path data for rings or lines in km, y flipped; two decimals (10 m).
fn path_data<'a>(parts: impl IntoIterator<Item = &'a Vec<LonLat>>, closed: bool) -> String {
    let mut d = String::new();
    for part in parts {
        for (i, p) in part.iter().enumerate() {
            let (x, y) = km(*p);
            let _ = write!(d, "{}{:.2} {:.2}", if i == 0 { 'M' } else { 'L' }, x, -y);
        }
        if closed {
            d.push('Z');
        }
    }
    d
}

#[derive(Properties, PartialEq)]
pub struct MapProps {
    pub lang: Lang,
    /// The site as the engine sees it (point or parcel, in WGS-84), if any.
    pub estimate: Option<SiteEstimate>,
    pub boundary: Option<SharedBoundary>,
    /// The datum the site fields are in: clicks are written in it.
    pub datum: AttrValue,
    /// Fields to set: a click sets the point, system and precision; a parcel, the outline.
    pub on_fields: Callback<Vec<(&'static str, String)>>,
    /// The project as entered, for painting where it can go.
    pub project: jiujiang_engine::Project,
    pub as_of: jiujiang_engine::Date,
    /// A place to centre on (a candidate's link), with a counter: asked again, it still moves.
    #[prop_or_default]
    pub focus: Option<(LonLat, u32)>,
    /// The verdict at the site as entered: its point takes the band's colour (a user test).
    pub site_band: Option<jiujiang_engine::rules::grid::Band>,
    /// That verdict rests on unverified rules alone: its dot is drawn paler,
    /// with a dashed ring (a re-test saw a ban to be checked as a settled one).
    #[prop_or_default]
    pub site_unverified: bool,
    /// Whether the map layers have been fetched.
    pub layers: crate::layers::Layers,
    /// Said right under the canvas, where a tap was (a move's undo).
    #[prop_or_default]
    pub children: Html,
}

/// Pan, or collecting parcel corners.
#[derive(Clone, Debug, PartialEq)]
enum Mode {
    Place,
    Parcel(Vec<LonLat>),
}

/// Pointer bookkeeping between events (no re-render needed).
#[derive(Default)]
struct Gesture {
    /// Active pointers: id → client position.
    pointers: BTreeMap<i32, (f64, f64)>,
    /// Where the first pointer went down, to tell a click from a drag.
    down_at: Option<(f64, f64)>,
    dragged: bool,
}

/// From the WGS-84 point to the text of the site fields, in the datum the
/// user works in (an Amap user keeps Amap coordinates).
fn in_datum(p: LonLat, datum: &str) -> (String, &'static str) {
    let (q, key) = match datum {
        "gcj02" => (wgs84_to_gcj02(p), "gcj02"),
        "bd09" => (gcj02_to_bd09(wgs84_to_gcj02(p)), "bd09"),
        _ => (p, "wgs84"),
    };
    (format!("{:.6}, {:.6}", q.lon, q.lat), key)
}

/// A "nice" scale-bar length (1, 2 or 5 × 10^k km) near a fifth of the width.
fn scale_bar(width_km: f64) -> f64 {
    let target = width_km / 5.0;
    let base = 10f64.powf(target.log10().floor());
    [5.0, 2.0, 1.0]
        .into_iter()
        .map(|m| m * base)
        .find(|&l| l <= target)
        .unwrap_or(base)
}

fn km_text(km: f64) -> String {
    if km >= 10.0 {
        format!("{} km", format_number(km.round()))
    } else if km >= 1.0 {
        format!("{} km", format_number((km * 10.0).round() / 10.0))
    } else {
        format!("{} m", format_number((km * 1000.0).round()))
    }
}

#[function_component(SiteMap)]
pub fn site_map(props: &MapProps) -> Html {
    let lang = props.lang;
    let view = use_state(View::full);
    let mode = use_state(|| Mode::Place);
    let cursor = use_state(|| None::<LonLat>);
    let svg_ref = use_node_ref();
    let layers = use_state(|| (false, false, true, true)); // gshhg, NE, bands, parks
    let painted = use_state(|| true);
    let wide = use_state(|| false);
    // The canvas's width on screen, so names keep their size in pixels.
    let width_px = use_state(|| 640.0_f64);
    {
        let svg_ref = svg_ref.clone();
        let width_px = width_px.clone();
        use_effect(move || {
            if let Some(el) = svg_ref.cast::<Element>() {
                let w = el.get_bounding_client_rect().width();
                if w > 0.0 && (w - *width_px).abs() > 0.5 {
                    width_px.set(w);
                }
            }
        });
    }
    // Centre on a place asked for (a candidate's link).
    {
        let view = view.clone();
        use_effect_with(
            props
                .focus
                .map(|(p, n)| (p.lon.to_bits(), p.lat.to_bits(), n)),
            move |f| {
                if let Some((lon, lat, _)) = *f {
                    let (x, y) = km(LonLat::new(f64::from_bits(lon), f64::from_bits(lat)));
                    view.set(View {
                        cx: x,
                        cy: y,
                        width: view.width.min(40.0),
                    });
                }
            },
        );
    }
    let gesture = use_mut_ref(Gesture::default);
    let last_site = use_mut_ref(|| None::<LonLat>);

    // Bring a newly given site into view (typed or pasted coordinates).
    {
        let view = view.clone();
        let site = props.estimate.as_ref().map(|e| e.wgs84);
        let last_site = last_site.clone();
        use_effect_with(
            site.map(|p| (p.lon.to_bits(), p.lat.to_bits())),
            move |_| {
                if let Some(p) = site {
                    let (x, y) = km(p);
                    let v = *view;
                    let seen =
                        (x - v.cx).abs() < v.width / 2.0 && (y - v.cy).abs() < v.height() / 2.0;
                    if !seen || v.width > 80.0 {
                        view.set(View {
                            cx: x,
                            cy: y,
                            width: v.width.min(30.0),
                        });
                    }
                }
                *last_site.borrow_mut() = site;
            },
        );
    }

    // Client pixels to map km through the element's box.
    let to_map = {
        let svg_ref = svg_ref.clone();
        let view = view.clone();
        move |cx: f64, cy: f64| -> Option<(f64, f64, f64)> {
            let el = svg_ref.cast::<Element>()?;
            let r = el.get_bounding_client_rect();
            if r.width() <= 0.0 {
                return None;
            }
            let v = *view;
            let per_px = v.width / r.width();
            let x = v.cx - v.width / 2.0 + (cx - r.left()) * per_px;
            let y = v.cy + v.height() / 2.0 - (cy - r.top()) * per_px;
            Some((x, y, per_px))
        }
    };

    let place = {
        let on_fields = props.on_fields.clone();
        let mode = mode.clone();
        let datum = props.datum.clone();
        move |x: f64, y: f64, per_px: f64| {
            let p = Plane::jiujiang().to_lonlat(x, y);
            match &*mode {
                Mode::Place => {
                    let (text, key) = in_datum(p, &datum);
                    // A click is good to a couple of pixels on this map, and
                    // never better than the 30 m of a web-map point.
                    let precision = (2.0 * per_px * 1000.0 / 10.0).ceil() * 10.0;
                    on_fields.emit(vec![
                        ("site.location", text),
                        ("site.location_datum", key.to_string()),
                        (
                            "site.location_precision_m",
                            format!("{}", precision.max(30.0)),
                        ),
                    ]);
                }
                Mode::Parcel(pts) => {
                    let mut pts = pts.clone();
                    pts.push(p);
                    mode.set(Mode::Parcel(pts));
                }
            }
        }
    };

    let on_pointer_down = {
        let gesture = gesture.clone();
        let svg_ref = svg_ref.clone();
        Callback::from(move |e: PointerEvent| {
            let mut g = gesture.borrow_mut();
            g.pointers
                .insert(e.pointer_id(), (e.client_x() as f64, e.client_y() as f64));
            if g.pointers.len() == 1 {
                g.down_at = Some((e.client_x() as f64, e.client_y() as f64));
                g.dragged = false;
            }
            if let Some(el) = svg_ref.cast::<Element>() {
                let _ = el.set_pointer_capture(e.pointer_id());
            }
        })
    };
    let on_pointer_move = {
        let gesture = gesture.clone();
        let view = view.clone();
        let cursor = cursor.clone();
        let to_map = to_map.clone();
        Callback::from(move |e: PointerEvent| {
            let (px, py) = (e.client_x() as f64, e.client_y() as f64);
            if let Some((x, y, _)) = to_map(px, py) {
                cursor.set(Some(Plane::jiujiang().to_lonlat(x, y)));
            }
            let mut g = gesture.borrow_mut();
            let Some(&before) = g.pointers.get(&e.pointer_id()) else {
                return;
            };
            if let Some((dx, dy)) = g.down_at.map(|(x, y)| (px - x, py - y)) {
                if dx.hypot(dy) > 4.0 {
                    g.dragged = true;
                }
            }
            let others: Vec<(f64, f64)> = g
                .pointers
                .iter()
                .filter(|(id, _)| **id != e.pointer_id())
                .map(|(_, p)| *p)
                .collect();
            g.pointers.insert(e.pointer_id(), (px, py));
            if !g.dragged {
                return;
            }
            let Some((_, _, per_px)) = to_map(px, py) else {
                return;
            };
            let v = *view;
            match others.as_slice() {
                // One pointer: drag the map.
                [] => view.set(View {
                    cx: v.cx - (px - before.0) * per_px,
                    cy: v.cy + (py - before.1) * per_px,
                    ..v
                }),
                // Two: pinch around their middle.
                [o, ..] => {
                    let d0 = (before.0 - o.0).hypot(before.1 - o.1);
                    let d1 = (px - o.0).hypot(py - o.1);
                    if d0 > 1.0 {
                        if let Some((mx, my, _)) = to_map((px + o.0) / 2.0, (py + o.1) / 2.0) {
                            view.set(v.zoom_at(d1 / d0, mx, my));
                        }
                    }
                }
            }
        })
    };
    let on_pointer_up = {
        let gesture = gesture.clone();
        let to_map = to_map.clone();
        let place = place.clone();
        Callback::from(move |e: PointerEvent| {
            let click = {
                let mut g = gesture.borrow_mut();
                let single = g.pointers.len() == 1;
                g.pointers.remove(&e.pointer_id());
                single && !g.dragged && e.button() == 0
            };
            if click {
                if let Some((x, y, per_px)) = to_map(e.client_x() as f64, e.client_y() as f64) {
                    place(x, y, per_px);
                }
            }
        })
    };
    let on_pointer_cancel = {
        let gesture = gesture.clone();
        Callback::from(move |e: PointerEvent| {
            gesture.borrow_mut().pointers.remove(&e.pointer_id());
        })
    };
    let on_leave = {
        let cursor = cursor.clone();
        Callback::from(move |_: PointerEvent| cursor.set(None))
    };
    let on_wheel = {
        let view = view.clone();
        let to_map = to_map.clone();
        Callback::from(move |e: WheelEvent| {
            // The wheel alone scrolls the page past the map (a user test was
            // caught by it); Ctrl, or a trackpad's pinch, zooms it.
            if !(e.ctrl_key() || e.meta_key()) {
                return;
            }
            e.prevent_default();
            if let Some((x, y, _)) = to_map(e.client_x() as f64, e.client_y() as f64) {
                let factor = if e.delta_y() < 0.0 { 1.25 } else { 0.8 };
                view.set(view.zoom_at(factor, x, y));
            }
        })
    };
    let on_key = {
        let view = view.clone();
        let place = place.clone();
        let svg_ref = svg_ref.clone();
        Callback::from(move |e: KeyboardEvent| {
            let v = *view;
            let step = v.width / 10.0;
            let next = match e.key().as_str() {
                "ArrowLeft" => Some(View {
                    cx: v.cx - step,
                    ..v
                }),
                "ArrowRight" => Some(View {
                    cx: v.cx + step,
                    ..v
                }),
                "ArrowUp" => Some(View {
                    cy: v.cy + step,
                    ..v
                }),
                "ArrowDown" => Some(View {
                    cy: v.cy - step,
                    ..v
                }),
                "+" | "=" => Some(v.zoom_at(1.5, v.cx, v.cy)),
                "-" | "_" => Some(v.zoom_at(1.0 / 1.5, v.cx, v.cy)),
                "0" => Some(View::full()),
                "Enter" | " " => {
                    // The keyboard's click: at the centre cross.
                    let width_px = svg_ref
                        .cast::<Element>()
                        .map(|el| el.get_bounding_client_rect().width())
                        .filter(|w| *w > 0.0)
                        .unwrap_or(640.0);
                    place(v.cx, v.cy, v.width / width_px);
                    super::focus::focus_map_later();
                    None
                }
                _ => return,
            };
            e.prevent_default();
            if let Some(n) = next {
                view.set(n);
            }
        })
    };
    let zoom_button = |factor: f64, label: &'static str, id: &'static str, title: L10n| {
        let view = view.clone();
        let onclick = Callback::from(move |_: MouseEvent| {
            let v = *view;
            view.set(if factor == 0.0 {
                View::full()
            } else {
                v.zoom_at(factor, v.cx, v.cy)
            });
        });
        html! { <button type="button" {id} title={lang.pick(title)} aria-label={lang.pick(title)} {onclick}>{ label }</button> }
    };
    let toggle = |index: usize, label: L10n, id: &'static str| {
        let layers = layers.clone();
        let on = [layers.0, layers.1, layers.2, layers.3][index];
        let onchange = Callback::from(move |_: Event| {
            let mut l = *layers;
            match index {
                0 => l.0 = !l.0,
                1 => l.1 = !l.1,
                2 => l.2 = !l.2,
                _ => l.3 = !l.3,
            }
            layers.set(l);
        });
        html! { <label class="toggle"><input type="checkbox" {id} checked={on} {onchange} />{ lang.pick(label) }</label> }
    };

    // Parcel drawing controls.
    let parcel_controls = {
        let mode_now = (*mode).clone();
        let start = {
            let mode = mode.clone();
            Callback::from(move |_: MouseEvent| mode.set(Mode::Parcel(Vec::new())))
        };
        let cancel = {
            let mode = mode.clone();
            Callback::from(move |_: MouseEvent| mode.set(Mode::Place))
        };
        let undo = {
            let mode = mode.clone();
            Callback::from(move |_: MouseEvent| {
                if let Mode::Parcel(pts) = &*mode {
                    let mut pts = pts.clone();
                    pts.pop();
                    mode.set(Mode::Parcel(pts));
                }
            })
        };
        let finish = {
            let mode = mode.clone();
            let on_fields = props.on_fields.clone();
            let datum = props.datum.clone();
            Callback::from(move |_: MouseEvent| {
                if let Mode::Parcel(pts) = &*mode {
                    let text: Vec<String> = pts.iter().map(|&p| in_datum(p, &datum).0).collect();
                    let (_, key) = in_datum(LonLat::new(0.0, 0.0), &datum);
                    on_fields.emit(vec![
                        ("site.parcel", text.join("; ")),
                        ("site.location_datum", key.to_string()),
                    ]);
                    mode.set(Mode::Place);
                }
            })
        };
        let remove = {
            let on_fields = props.on_fields.clone();
            Callback::from(move |_: MouseEvent| {
                on_fields.emit(vec![("site.parcel", String::new())])
            })
        };
        let has_parcel = props.estimate.as_ref().is_some_and(|e| e.parcel.is_some());
        match mode_now {
            Mode::Place => html! {
                <div class="map-tools">
                    <button type="button" id="parcel-start" onclick={start}>{ lang.pick(i18n::PARCEL_DRAW) }</button>
                    if has_parcel {
                        <button type="button" id="parcel-remove" onclick={remove}>{ lang.pick(i18n::PARCEL_REMOVE) }</button>
                    }
                </div>
            },
            Mode::Parcel(pts) => html! {
                <div class="map-tools drawing" role="status">
                    <span>{ format!("{} {}", lang.pick(i18n::PARCEL_HELP), pts.len()) }</span>
                    <button type="button" id="parcel-undo" onclick={undo} disabled={pts.is_empty()}>{ lang.pick(i18n::PARCEL_UNDO) }</button>
                    <button type="button" id="parcel-finish" onclick={finish} disabled={pts.len() < 3}>{ lang.pick(i18n::PARCEL_FINISH) }</button>
                    <button type="button" id="parcel-cancel" onclick={cancel}>{ lang.pick(i18n::CANCEL) }</button>
                </div>
            },
        }
    };

    let v = *view;
    // Marks keep their size on screen: sizes in km scale with the view.
    let unit = v.width / *width_px;
    let site_marks = props.estimate.as_ref().map(|est| {
        let (sx, sy) = km(est.wgs84);
        // Labels of the river, lake and boundary lines sit on different rows.
        // `name`: the named water's, for a line to the Yangtze or Poyang
        // Lake beside the one to the nearest river or lake.
        let to = |n: Option<jiujiang_engine::geo::water::Nearest>, class: &'static str, margin: f64, row: f64, name: Option<&str>| {
            n.filter(|n| !n.inside).map(|n| {
                let (x, y) = km(n.at);
                let metres = format!("{} m ± {} m", format_number(n.metres.round()), format_number(margin.round()));
                // A nearest bank's label sits by the line's middle, a row per
                // layer; a named water's past its bank, away from the site,
                // since its line often runs beside the nearest one.
                let (label, tx, ty, anchor) = match name {
                    Some(name) => {
                        let (dx, dy) = (x - sx, y - sy);
                        let len = dx.hypot(dy).max(f64::EPSILON);
                        let (ux, uy) = (dx / len, dy / len);
                        let below = if uy < 0.0 { 9.0 * unit } else { 0.0 };
                        let label = format!("{name} {metres}");
                        // Kept inside the view: a label that would run past
                        // the edge turns back over its line (width guessed
                        // from its length, CJK wider).
                        let guess = label.chars().map(|c| if c.is_ascii() { 6.0 } else { 11.0 }).sum::<f64>() * unit;
                        let right = if ux >= 0.0 { x + 6.0 * unit + guess <= v.cx + v.width / 2.0 } else { x - 6.0 * unit - guess < v.cx - v.width / 2.0 };
                        let tx = if right { x + 6.0 * unit } else { x - 6.0 * unit };
                        (label, tx, -(y + uy * 6.0 * unit) + below, if right { "start" } else { "end" })
                    }
                    None => (metres, (sx + x) / 2.0 + 4.0 * unit, -(sy + y) / 2.0 + row * 13.0 * unit, "start"),
                };
                html! {
                    <g class={classes!("nearest", class)}>
                        <line x1={format!("{sx:.3}")} y1={format!("{:.3}", -sy)} x2={format!("{x:.3}")} y2={format!("{:.3}", -y)}
                            stroke-width={format!("{:.3}", 1.5 * unit)} stroke-dasharray={format!("{:.3}", 4.0 * unit)} />
                        <circle cx={format!("{x:.3}")} cy={format!("{:.3}", -y)} r={format!("{:.3}", 3.0 * unit)} />
                        <text x={format!("{tx:.3}")} y={format!("{ty:.3}")} text-anchor={anchor}
                            font-size={format!("{:.3}", 11.0 * unit)}>{ label }</text>
                    </g>
                }
            })
        };
        let parcel = est.parcel.as_ref().map(|ring| {
            html! { <path class="parcel" id="map-parcel" d={path_data([ring], true)} stroke-width={format!("{:.3}", 2.0 * unit)} /> }
        });
        let boundary_line = est
            .boundary
            .and_then(|(n, margin)| to(n, "to-boundary", margin, -1.0, None));
        html! {
            <g class="site">
                { parcel }
                { to(est.river, "to-river", est.margin_m, 0.0, None) }
                { to(est.lake, "to-lake", est.margin_m, 1.0, None) }
                { to(est.yangtze, "to-yangtze", est.margin_m, 0.0, Some(lang.pick(i18n::YANGTZE_SHORT))) }
                { to(est.poyang, "to-poyang", est.margin_m, 0.0, Some(lang.pick(i18n::POYANG_SHORT))) }
                { boundary_line }
                <circle class={classes!("site-point", props.site_band.map(verdict::band_class), props.site_unverified.then_some("unverified"))} id="map-site" cx={format!("{sx:.3}")} cy={format!("{:.3}", -sy)} r={format!("{:.3}", 5.0 * unit)}
                    stroke-width={format!("{:.3}", 2.0 * unit)}
                    stroke-dasharray={props.site_unverified.then(|| format!("{:.3} {:.3}", 2.5 * unit, 1.5 * unit))} />
            </g>
        }
    });
    let drawing = match &*mode {
        Mode::Parcel(pts) if !pts.is_empty() => {
            let d = path_data([pts], false);
            html! {
                <g class="drawing">
                    <path class="parcel draft" {d} stroke-width={format!("{:.3}", 2.0 * unit)} />
                    { for pts.iter().map(|p| { let (x, y) = km(*p); html! {
                        <circle cx={format!("{x:.3}")} cy={format!("{:.3}", -y)} r={format!("{:.3}", 3.0 * unit)} />
                    } }) }
                </g>
            }
        }
        _ => html! {},
    };
    let parks = layers.3.then(|| {
        let Ok(engine) = Engine::embedded() else {
            return html! {};
        };
        html! {
            <g class="parks" id="map-parks">
                { for engine.data.parks.iter().map(|park| {
                    let (x, y) = km(LonLat::new(park.approx.lon, park.approx.lat));
                    let name = lang.text(&park.name);
                    let title = format!("≈ {name} — {} (±{} km)", lang.text(&park.approx.basis), park.approx.within_km);
                    html! {
                        <g class="park">
                            <title>{ title }</title>
                            <circle cx={format!("{x:.3}")} cy={format!("{:.3}", -y)} r={format!("{:.3}", 4.0 * unit)}
                                stroke-width={format!("{:.3}", 1.5 * unit)} />
                        </g>
                    }
                }) }
            </g>
        }
    });
    let bar = scale_bar(v.width);
    let cursor_text = cursor.map(|p| format!("{:.5}° E, {:.5}° N (WGS-84)", p.lon, p.lat));
    let crosshair = 8.0 * unit;

    html! {
        <div class={classes!("map", wide.then_some("wide"))} id="site-map" data-layers={props.layers.key()}>
            if props.layers == crate::layers::Layers::Failed {
                <p class="warn" id="map-layers-failed" role="alert">{ lang.pick(i18n::LAYERS_FAILED) }</p>
            } else if props.layers == crate::layers::Layers::Loading {
                <p class="help" id="map-layers-loading" role="status">{ lang.pick(i18n::MAP_LOADING) }</p>
            }
            <div class="map-bar">
                { zoom_button(1.5, "+", "map-zoom-in", i18n::ZOOM_IN) }
                { zoom_button(1.0 / 1.5, "−", "map-zoom-out", i18n::ZOOM_OUT) }
                { zoom_button(0.0, "⤢", "map-reset", i18n::ZOOM_ALL) }
                <button type="button" id="map-wide" aria-pressed={(*wide).to_string()}
                    onclick={{ let wide = wide.clone(); Callback::from(move |_: MouseEvent| wide.set(!*wide)) }}>
                    { lang.pick(if *wide { i18n::MAP_NARROW } else { i18n::MAP_WIDE }) }</button>
                <label class="toggle"><input type="checkbox" id="toggle-verdict" checked={*painted}
                    onchange={{ let painted = painted.clone(); Callback::from(move |_: Event| painted.set(!*painted)) }} />
                    { lang.pick(i18n::LAYER_VERDICT) }</label>
                { toggle(2, i18n::LAYER_BANDS, "toggle-bands") }
                { toggle(3, i18n::LAYER_PARKS, "toggle-parks") }
                { toggle(0, i18n::LAYER_GSHHG, "toggle-gshhg") }
                { toggle(1, i18n::LAYER_NE, "toggle-ne") }
            </div>
            { parcel_controls }
            <svg ref={svg_ref} class={classes!("map-canvas", matches!(*mode, Mode::Parcel(_)).then_some("drawing"))}
                viewBox={v.view_box()} tabindex="0" role="application"
                aria-label={lang.pick(i18n::MAP_LABEL)} aria-describedby="map-keys"
                onpointerdown={on_pointer_down} onpointermove={on_pointer_move} onpointerup={on_pointer_up}
                onpointercancel={on_pointer_cancel} onpointerleave={on_leave} onwheel={on_wheel} onkeydown={on_key}>
                <rect class="land" x={format!("{:.3}", v.cx - v.width)} y={format!("{:.3}", -v.cy - v.height())}
                    width={format!("{:.3}", 2.0 * v.width)} height={format!("{:.3}", 2.0 * v.height())} />
                if *painted && props.layers == crate::layers::Layers::Ready {
                    <verdict::VerdictLayer project={props.project.clone()} as_of={props.as_of}
                        boundary={props.boundary.clone()} view={v} />
                }
                <BaseLayers gshhg={layers.0} natural_earth={layers.1} bands={layers.2} ready={props.layers == crate::layers::Layers::Ready} />
                if props.layers == crate::layers::Layers::Ready {
                    <path class="county-line" id="map-counties" d={basemap::county_path()} fill="none" />
                }
                if let Some(b) = &props.boundary {
                    <ImportedLayer boundary={b.clone()} bands={layers.2} />
                }
                { for parks }
                <basemap::Names lang={lang} view={v} km_per_px={unit} parks={layers.3} ready={props.layers == crate::layers::Layers::Ready} />
                { for site_marks }
                { drawing }
                <g class="scale-in-map" id="map-scale-bar">
                    <rect x={format!("{:.3}", v.cx - v.width / 2.0 + 12.0 * unit)} y={format!("{:.3}", -v.cy + v.height() / 2.0 - 16.0 * unit)}
                        width={format!("{bar:.3}")} height={format!("{:.3}", 4.0 * unit)} />
                    <text x={format!("{:.3}", v.cx - v.width / 2.0 + 12.0 * unit)} y={format!("{:.3}", -v.cy + v.height() / 2.0 - 22.0 * unit)}
                        font-size={format!("{:.3}", 11.0 * unit)}>{ km_text(bar) }</text>
                </g>
                <g class="crosshair">
                    <line x1={format!("{:.3}", v.cx - crosshair)} y1={format!("{:.3}", -v.cy)} x2={format!("{:.3}", v.cx + crosshair)} y2={format!("{:.3}", -v.cy)} stroke-width={format!("{:.3}", unit)} />
                    <line x1={format!("{:.3}", v.cx)} y1={format!("{:.3}", -v.cy - crosshair)} x2={format!("{:.3}", v.cx)} y2={format!("{:.3}", -v.cy + crosshair)} stroke-width={format!("{:.3}", unit)} />
                </g>
            </svg>
            // Beside the canvas when the map is enlarged on a wide screen,
            // so that the legend stays in view (styles: .map.wide).
            <div class="map-side">
            { props.children.clone() }
            <div class="map-foot">
                <span class="scale" id="map-scale">{ format!("{} {} · {} {}", lang.pick(i18n::SCALE), km_text(bar), lang.pick(i18n::MAP_WIDTH), km_text(v.width)) }</span>
                <output class="cursor" id="map-cursor" aria-live="off">{ cursor_text.unwrap_or_default() }</output>
            </div>
            <p class="help" id="map-keys">{ lang.pick(i18n::MAP_KEYS) }</p>
            if *painted {
                <verdict::VerdictLegend lang={lang} />
            }
            <p class="help legend">{ lang.pick(i18n::MAP_LEGEND) }</p>
            </div>
        </div>
    }
}

/// A still of the site's surroundings for the printed opinion: 20 km wide,
/// the water with its bands, the imported layer, the site and its parcel.
pub fn snapshot(est: &SiteEstimate, boundary: Option<&SharedBoundary>) -> Html {
    let (x, y) = km(est.wgs84);
    let v = View {
        cx: x,
        cy: y,
        width: 20.0,
    };
    let unit = v.width / 640.0;
    let parcel = est.parcel.as_ref().map(|ring| {
        html! { <path class="parcel" d={path_data([ring], true)} stroke-width={format!("{:.3}", 2.0 * unit)} /> }
    });
    html! {
        <svg class="map-canvas snapshot" viewBox={v.view_box()} role="img" aria-label="map">
            <rect class="land" x={format!("{:.3}", v.cx - v.width)} y={format!("{:.3}", -v.cy - v.height())}
                width={format!("{:.3}", 2.0 * v.width)} height={format!("{:.3}", 2.0 * v.height())} />
            <BaseLayers gshhg={false} natural_earth={false} bands={true} ids={false} ready={est.layers_ready} />
            if let Some(b) = boundary {
                <ImportedLayer boundary={b.clone()} bands={true} ids={false} />
            }
            { for parcel }
            <circle class="site-point" cx={format!("{x:.3}")} cy={format!("{:.3}", -y)} r={format!("{:.3}", 5.0 * unit)}
                stroke-width={format!("{:.3}", 2.0 * unit)} />
        </svg>
    }
}

#[cfg(test)]
mod tests {
    use super::view::{FULL_WIDTH_KM, MIN_WIDTH_KM};
    use super::*;

    #[test]
    fn zooming_keeps_the_point_under_the_cursor() {
        let v = View::full().zoom_at(4.0, 50.0, -20.0);
        assert!((v.width - FULL_WIDTH_KM / 4.0).abs() < 1e-9);
        // The point (50, -20) keeps its relative position in the view.
        let rel = |v: View| ((50.0 - v.cx) / v.width, (-20.0 - v.cy) / v.height());
        let (a, b) = (rel(View::full()), rel(v));
        assert!((a.0 - b.0).abs() < 1e-12 && (a.1 - b.1).abs() < 1e-12);
        // Limits.
        assert_eq!(View::full().zoom_at(1e9, 0.0, 0.0).width, MIN_WIDTH_KM);
    }

    #[test]
    fn scale_bar_lengths_are_round_and_fit() {
        for w in [0.9, 3.0, 12.0, 47.0, 330.0] {
            let b = scale_bar(w);
            assert!(b <= w / 5.0 && b > w / 25.0, "{w}: {b}");
            let mantissa = b / 10f64.powf(b.log10().floor());
            assert!(
                [1.0, 2.0, 5.0].iter().any(|m| (m - mantissa).abs() < 1e-9),
                "{b}"
            );
        }
    }

    #[test]
    fn clicks_are_written_in_the_users_datum() {
        let p = LonLat::new(116.0, 29.7);
        assert_eq!(in_datum(p, "").1, "wgs84");
        let (text, key) = in_datum(p, "gcj02");
        assert_eq!(key, "gcj02");
        let parsed = jiujiang_engine::geo::coords::parse_lon_lat(&text)
            .unwrap()
            .point;
        let back = jiujiang_engine::geo::coords::to_wgs84(
            parsed,
            jiujiang_engine::geo::coords::Datum::Gcj02,
        );
        assert!(jiujiang_engine::geo::coords::haversine_m(back, p) < 0.2);
    }

    #[test]
    fn distances_read_as_people_write_them() {
        assert_eq!(km_text(13.333333333333334), "13 km");
        assert_eq!(km_text(2.46), "2.5 km");
        assert_eq!(km_text(0.5), "500 m");
    }

    #[test]
    fn path_data_flips_north_up() {
        let d = path_data(
            [&vec![LonLat::new(115.55, 29.5), LonLat::new(115.55, 29.6)]],
            false,
        );
        assert!(d.starts_with("M0.00 -0.00L0.00 -11."), "{d}");
    }
}
