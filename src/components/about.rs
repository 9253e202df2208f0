//! Attribution and licences of every map layer, with the licence texts that
//! ship in `licenses/` beside the app (Trunk copies data/geo/licenses).

use crate::i18n::{self, Lang};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AboutProps {
    pub lang: Lang,
}

#[function_component(AboutMapData)]
pub fn about_map_data(props: &AboutProps) -> Html {
    let lang = props.lang;
    html! {
        <details class="about" id="about-map-data">
            <summary>{ lang.pick(i18n::ABOUT_TITLE) }</summary>
            <p>{ lang.pick(i18n::ABOUT_INTRO) }</p>
            <ul>
                <li id="about-osm">{ lang.pick(i18n::ABOUT_OSM) }
                    { " " }<a href="https://www.openstreetmap.org/copyright" rel="noreferrer" target="_blank">{ "openstreetmap.org/copyright" }</a></li>
                <li id="about-gshhg">{ lang.pick(i18n::ABOUT_GSHHG) }</li>
                <li id="about-ne">{ lang.pick(i18n::ABOUT_NE) }</li>
                <li id="about-counties">{ lang.pick(i18n::ABOUT_COUNTIES) }</li>
                <li id="about-places">{ lang.pick(i18n::ABOUT_PLACES) }
                    { " " }<a href="https://www.geonames.org/" rel="noreferrer" target="_blank">{ "geonames.org" }</a></li>
                <li>{ lang.pick(i18n::ABOUT_PARKS) }</li>
            </ul>
            <p>{ lang.pick(i18n::ABOUT_LICENCE_FILES) }
                <a href="licenses/ODbL-1.0.txt" id="licence-odbl">{ "ODbL-1.0.txt" }</a>{ " · " }
                <a href="licenses/LGPL-3.0.txt" id="licence-lgpl">{ "LGPL-3.0.txt" }</a>{ " · " }
                <a href="licenses/GPL-3.0.txt">{ "GPL-3.0.txt" }</a>{ " · " }
                <a href="licenses/cnmaps-MIT.txt" id="licence-cnmaps">{ "cnmaps-MIT.txt" }</a>{ " · " }
                <a href="licenses/GeoNames-CC-BY-3.0.txt" id="licence-geonames">{ "GeoNames-CC-BY-3.0.txt" }</a>{ " · " }
                <a href="licenses/README.txt">{ "README.txt" }</a>
            </p>
        </details>
    }
}
