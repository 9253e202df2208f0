//! Prints the GCJ-02 form of a WGS-84 point and the map distances there
//! (a helper for writing test cases: `cargo run -p jiujiang-engine --example probe -- LON LAT`).
fn main() {
    use jiujiang_engine::geo::{coords::*, water::WaterMap};
    let a: Vec<f64> = std::env::args()
        .skip(1)
        .filter_map(|s| s.parse().ok())
        .collect();
    let (lon, lat) = (
        a.first().copied().unwrap_or(116.0),
        a.get(1).copied().unwrap_or(29.70),
    );
    let w = LonLat::new(lon, lat);
    let g = wgs84_to_gcj02(w);
    let d = WaterMap::embedded().distances(w);
    println!("wgs84 {lon}, {lat} -> gcj02 {:.7}, {:.7}", g.lon, g.lat);
    println!(
        "river {:?} lake {:?}",
        d.river.map(|n| n.metres.round()),
        d.lake.map(|n| n.metres.round())
    );
}
