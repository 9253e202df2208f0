//! The bundled water layers with their 1, 3 and 5 km bands, and a boundary
//! layer the user imported: paths built once per layer, redrawn only when a
//! layer is switched on or off.

use super::{path_data, BANDS_KM};
use crate::state::SharedBoundary;
use jiujiang_engine::geo::shapes::{self, MapLayer};
use std::cell::RefCell;
use std::collections::BTreeMap;
use yew::prelude::*;

thread_local! {
    /// One path per bundled layer, built on first use.
    static LAYER_PATHS: RefCell<BTreeMap<MapLayer, AttrValue>> =
        const { RefCell::new(BTreeMap::new()) };
}

fn layer_path(layer: MapLayer) -> AttrValue {
    // Nothing is kept before the layers are there.
    if shapes::embedded().is_empty() {
        return AttrValue::default();
    }
    LAYER_PATHS.with(|cache| {
        cache
            .borrow_mut()
            .entry(layer)
            .or_insert_with(|| {
                let parts = shapes::embedded()
                    .iter()
                    .filter(|s| s.layer == layer)
                    .flat_map(|s| &s.parts);
                AttrValue::from(path_data(parts, layer.is_area()))
            })
            .clone()
    })
}

#[derive(Properties, PartialEq)]
pub(super) struct BaseProps {
    pub gshhg: bool,
    pub natural_earth: bool,
    pub bands: bool,
    /// Element ids for the live map; the printed still has none (ids are unique).
    #[prop_or(true)]
    pub ids: bool,
    /// Whether the layers are there: a redraw when they arrive.
    #[prop_or(true)]
    pub ready: bool,
}

/// The bundled layers and the bands along them: redrawn only when a layer
/// is switched on or off, not on pan, zoom or input.
#[function_component(BaseLayers)]
pub(super) fn base_layers(props: &BaseProps) -> Html {
    let osm = |layer| {
        html! { <path class={classes!("water", "osm")} d={layer_path(layer)} fill-rule="evenodd" /> }
    };
    let bands = |layer| {
        BANDS_KM.iter().map(move |&b| html! {
            <path class={format!("band band-{b}")} d={layer_path(layer)} fill="none"
                stroke-width={format!("{}", 2.0 * b)} stroke-linejoin="round" stroke-linecap="round" />
        })
    };
    html! {
        <g class="base">
            if props.bands {
                <g class="bands" id={props.ids.then_some("map-bands")}>
                    { for bands(MapLayer::OsmRiver) }
                    { for bands(MapLayer::OsmLake) }
                </g>
            }
            { osm(MapLayer::OsmLake) }
            { osm(MapLayer::OsmRiver) }
            if props.gshhg {
                <path class="gshhg" id={props.ids.then_some("layer-gshhg")} d={layer_path(MapLayer::GshhgWater)} fill="none" />
                <path class="gshhg line" d={layer_path(MapLayer::GshhgRiverLine)} fill="none" />
            }
            if props.natural_earth {
                <path class="ne" id={props.ids.then_some("layer-ne")} d={layer_path(MapLayer::NeLake)} fill="none" />
                <path class="ne line" d={layer_path(MapLayer::NeCenterline)} fill="none" />
            }
        </g>
    }
}

#[derive(Properties, PartialEq)]
pub(super) struct ImportedProps {
    pub boundary: SharedBoundary,
    pub bands: bool,
    #[prop_or(true)]
    pub ids: bool,
}

#[function_component(ImportedLayer)]
pub(super) fn imported_layer(props: &ImportedProps) -> Html {
    let d = use_memo(props.boundary.clone(), |b| {
        AttrValue::from(path_data(&b.0.parts, false))
    });
    html! {
        <g class="imported" id={props.ids.then_some("layer-imported")}>
            if props.bands {
                { for BANDS_KM.iter().map(|&b| html! {
                    <path class={format!("band band-{b}")} d={(*d).clone()} fill="none"
                        stroke-width={format!("{}", 2.0 * b)} stroke-linejoin="round" stroke-linecap="round" />
                }) }
            }
            <path class="boundary-line" d={(*d).clone()} fill="none" />
        </g>
    }
}
