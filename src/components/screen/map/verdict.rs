//! "Where can it go?" painted: the engine's grid (`Engine::grid`) for the
//! project as entered, over the part of the view inside Jiujiang, in three
//! shades, with its legend. The component only draws what the engine decides.

use crate::i18n::{self, Lang};
use crate::state::SharedBoundary;
use jiujiang_engine::geo::coords::LonLat;
use jiujiang_engine::geo::plane::Plane;
use jiujiang_engine::rules::grid::{Band, Grid, MAP_BBOX};
use jiujiang_engine::{Date, Engine, Project};
use std::fmt::Write;
use yew::prelude::*;

use super::View;

/// Cells per redraw: about 64 × 48 over the painted box (the view and a
/// quarter of it on each side), a few tens of milliseconds in wasm.
pub const CELLS: usize = 3_000;

/// The box to paint for a view: the view and a quarter of it on each side,
/// snapped to an eighth of its width so that small pans reuse the painting,
/// within the map's box. `None` when the view lies outside the map's box.
pub fn paint_box(view: View) -> Option<[f64; 4]> {
    let step = view.width / 8.0;
    let snap = |v: f64| (v / step).round() * step;
    let (cx, cy) = (snap(view.cx), snap(view.cy));
    let (hw, hh) = (view.width * 0.75, view.height() * 0.75);
    let plane = Plane::jiujiang();
    let sw = plane.to_lonlat(cx - hw, cy - hh);
    let ne = plane.to_lonlat(cx + hw, cy + hh);
    let [w, s, e, n] = MAP_BBOX;
    let b = [sw.lon.max(w), sw.lat.max(s), ne.lon.min(e), ne.lat.min(n)];
    (b[0] < b[2] && b[1] < b[3]).then_some(b)
}

/// One SVG path per band: each row's runs of like cells as rectangles, in
/// map km (y flipped). Cells outside Jiujiang are left unpainted.
pub fn band_paths(grid: &Grid) -> [String; 3] {
    let mut out: [String; 3] = Default::default();
    if grid.cols == 0 || grid.rows == 0 {
        return out;
    }
    let [w, s, e, n] = grid.bbox;
    let (dx, dy) = ((e - w) / grid.cols as f64, (n - s) / grid.rows as f64);
    let plane = Plane::jiujiang();
    for (r, row) in grid.cells.chunks(grid.cols).enumerate() {
        let north = n - r as f64 * dy;
        let mut c = 0;
        while c < row.len() {
            let Some(band) = row[c].in_jiujiang.then_some(row[c].band) else {
                c += 1;
                continue;
            };
            let start = c;
            while c < row.len() && row[c].in_jiujiang && row[c].band == band {
                c += 1;
            }
            let (x0, y1) = plane.to_km(LonLat::new(w + start as f64 * dx, north));
            let (x1, y0) = plane.to_km(LonLat::new(w + c as f64 * dx, north - dy));
            let i = match band {
                Band::Allowed => 0,
                Band::Undecided => 1,
                Band::Prohibited => 2,
            };
            let _ = write!(out[i], "M{x0:.3} {:.3}H{x1:.3}V{:.3}H{x0:.3}Z", -y1, -y0);
        }
    }
    out
}

#[derive(Properties, PartialEq)]
pub struct VerdictProps {
    pub project: Project,
    pub as_of: Date,
    pub boundary: Option<SharedBoundary>,
    pub view: View,
}

#[function_component(VerdictLayer)]
pub fn verdict_layer(props: &VerdictProps) -> Html {
    let bbox = paint_box(props.view);
    // Free-text fields (the name, who measured) decide nothing: typing them
    // does not repaint.
    let mut project = props.project.clone();
    for key in jiujiang_engine::project::FIELDS
        .iter()
        .filter(|f| matches!(f.kind, jiujiang_engine::project::FieldKind::Text))
    {
        project.set(key.key, None);
    }
    let key = (
        project,
        props.as_of,
        props.boundary.clone(),
        bbox.map(|b| b.map(f64::to_bits)),
    );
    let paths = use_memo(key, |(project, as_of, boundary, _)| {
        let (Ok(engine), Some(bbox)) = (Engine::embedded(), bbox) else {
            return Default::default();
        };
        let b = boundary.as_ref().map(|b| &*b.0);
        band_paths(&engine.grid(project, *as_of, b, bbox, CELLS))
    });
    let [allowed, undecided, prohibited] = &*paths;
    html! {
        <g class="verdict" id="map-verdict" aria-hidden="true">
            <path class="cell allowed" id="verdict-allowed" d={allowed.clone()} />
            <path class="cell undecided" id="verdict-undecided" d={undecided.clone()} />
            <path class="cell prohibited" id="verdict-prohibited" d={prohibited.clone()} />
        </g>
    }
}

/// The class a band is painted with (cells, swatches, the site's point).
pub fn band_class(band: Band) -> &'static str {
    match band {
        Band::Allowed => "allowed",
        Band::Undecided => "undecided",
        Band::Prohibited => "prohibited",
    }
}

#[derive(Properties, PartialEq)]
pub struct LegendProps {
    pub lang: Lang,
}

/// What each shade means, and how sure the banks are.
#[function_component(VerdictLegend)]
pub fn verdict_legend(props: &LegendProps) -> Html {
    let lang = props.lang;
    let item = |class: &'static str, text| {
        html! { <li><span class={classes!("swatch", class)}></span>{ lang.pick(text) }</li> }
    };
    html! {
        <div class="verdict-legend" id="verdict-legend">
            <strong>{ lang.pick(i18n::PAINTED_TITLE) }</strong>
            <ul>
                { item("allowed", i18n::PAINTED_ALLOWED) }
                { item("undecided", i18n::PAINTED_UNDECIDED) }
                { item("prohibited", i18n::PAINTED_PROHIBITED) }
                <li><span class="swatch site-dot"></span>{ lang.pick(i18n::SITE_POINT_LEGEND) }</li>
            </ul>
            <p class="help">{ lang.pick(i18n::PAINTED_NOTE) }</p>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiujiang_engine::rules::grid::Cell;

    fn cell(band: Band, in_jiujiang: bool) -> Cell {
        Cell {
            lon: 0.0,
            lat: 0.0,
            in_jiujiang,
            overall: jiujiang_engine::Outcome::Allowed,
            band,
        }
    }

    #[test]
    fn runs_of_like_cells_are_one_rectangle_and_outside_is_blank() {
        let grid = Grid {
            bbox: [115.0, 29.0, 116.0, 30.0],
            cols: 4,
            rows: 2,
            cells: vec![
                cell(Band::Allowed, true),
                cell(Band::Allowed, true),
                cell(Band::Undecided, true),
                cell(Band::Allowed, false),
                cell(Band::Prohibited, true),
                cell(Band::Prohibited, true),
                cell(Band::Prohibited, true),
                cell(Band::Prohibited, true),
            ],
        };
        let [a, u, p] = band_paths(&grid);
        assert_eq!((a.matches('M').count(), u.matches('M').count()), (1, 1));
        assert_eq!(p.matches('M').count(), 1);
    }

    #[test]
    fn the_painted_box_stays_on_the_map_and_snaps() {
        let v = View::full();
        let b = paint_box(v).unwrap();
        assert_eq!(b, MAP_BBOX);
        let near = View {
            cx: 10.0,
            cy: 5.0,
            width: 40.0,
        };
        let moved = View { cx: 10.5, ..near };
        assert_eq!(
            paint_box(near),
            paint_box(moved),
            "a small pan reuses the painting"
        );
        let far = View {
            cx: 5000.0,
            cy: 0.0,
            width: 10.0,
        };
        assert_eq!(paint_box(far), None);
    }
}
