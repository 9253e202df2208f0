//! Where the map layers come from. Built with the `bundled-layers` feature
//! (the default: the CLI, the benches, the tests) they are compiled in. The
//! browser app builds without it and fetches the same two files
//! (`layers/map.bin`, `layers/counties.bin`, written by `jiujiang layers`)
//! when it starts, so the first visit does not carry them; until they are
//! installed the engine has no map, says so, and asks for measured distances.

use std::sync::OnceLock;

static INSTALLED: OnceLock<(Vec<u8>, Vec<u8>)> = OnceLock::new();

#[cfg(feature = "bundled-layers")]
const BUNDLED: Option<(&[u8], &[u8])> = Some((
    include_bytes!(concat!(env!("OUT_DIR"), "/map.bin")),
    include_bytes!(concat!(env!("OUT_DIR"), "/counties.bin")),
));
#[cfg(not(feature = "bundled-layers"))]
const BUNDLED: Option<(&[u8], &[u8])> = None;

/// The water layers' blob and the counties' blob, once there are any.
pub fn blobs() -> Option<(&'static [u8], &'static [u8])> {
    BUNDLED.or_else(|| INSTALLED.get().map(|(m, c)| (m.as_slice(), c.as_slice())))
}

/// The fields whose values are measured against the layers: a site point or
/// a parcel outline (distances to the water, the county; `rules/facts/site.rs`).
/// A project that gives neither needs no layers, so the browser app need not
/// fetch them for it.
pub const NEEDED_FOR: &[&str] = &["site.location", "site.parcel"];

/// Whether the layers are there (bundled, or installed).
pub fn ready() -> bool {
    blobs().is_some()
}

/// Installs the fetched layers. `false` if they were already there (bundled
/// or installed before: the first stays) or a blob does not decode.
pub fn install(map: Vec<u8>, counties: Vec<u8>) -> bool {
    if ready() {
        return false;
    }
    let decodes = !super::shapes::decode(&map).is_empty()
        && super::county::Counties::decode(&counties).is_some_and(|c| !c.counties.is_empty());
    decodes && INSTALLED.set((map, counties)).is_ok()
}

/// The two blobs as built, for `jiujiang layers` to write out (only with
/// the bundled layers).
pub fn bundled() -> Option<(&'static [u8], &'static [u8])> {
    BUNDLED
}

#[cfg(test)]
mod tests {
    use super::NEEDED_FOR;

    /// Each field named is one the site facts measure on the layers: given
    /// alone (with its datum) near the Yangtze, the 1 km rule's distance is
    /// estimated from the map.
    #[test]
    fn the_fields_that_need_the_layers_are_those_measured_on_them() {
        let engine = crate::Engine::embedded().unwrap();
        let as_of = crate::Date::new(2026, 12, 3);
        for key in NEEDED_FOR {
            let value = match *key {
                "site.location" => "116.0, 29.70",
                "site.parcel" => "116.0, 29.70; 116.001, 29.70; 116.001, 29.701",
                other => panic!("no sample value for {other}"),
            };
            let name = key.trim_start_matches("site.");
            let json = format!(
                r#"{{"schema_version": 1, "industry_code": "C2614", "action": "new", "site": {{"{name}": "{value}", "location_datum": "wgs84"}}}}"#
            );
            let project = engine.project_from_json(&json).unwrap();
            let report = engine.screen(&project, as_of);
            let yrb = report
                .findings
                .iter()
                .find(|f| f.rule_id == "YRB-01")
                .unwrap();
            assert!(
                yrb.inputs.iter().any(|i| i.field == *key),
                "{key}: {:?}",
                yrb.inputs
            );
            let caveats = format!("{:?}", yrb.caveats);
            assert!(caveats.contains("OpenStreetMap"), "{key}: {caveats}");
        }
    }
}
