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
