//! Compiles the rule data (TOML, written by people) into the binary form the
//! engine embeds (`src/data_codec.rs`), and into JSON for the test that holds
//! the two to the same data. Parsing through the engine's own types means a
//! malformed rule file fails the build with the file name and the reason.

#[allow(dead_code)]
#[path = "src/data_codec.rs"]
mod data_codec;
#[allow(dead_code)]
#[path = "src/data_types/mod.rs"]
mod data_types;
#[allow(dead_code)]
#[path = "src/text/date.rs"]
mod date;
/// `data_types` names the date as `crate::text::date`, as in the engine.
mod text {
    pub(crate) use super::date;
}

use data_types::{
    CatalogueEntry, Chain, CountyFacts, NationalIncentive, Package, Param, Park, Profile, Question,
    Release, Rule, RuleData, Sector, Text,
};
use serde::Deserialize;
use std::{env, fs, path::Path};

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct DataFile {
    #[serde(default)]
    rule: Vec<Rule>,
    #[serde(default)]
    param: Vec<Param>,
    #[serde(default)]
    sector: Vec<Sector>,
    #[serde(default)]
    question: Vec<Question>,
    #[serde(default)]
    park: Vec<Park>,
    #[serde(default)]
    chain: Vec<Chain>,
    #[serde(default)]
    incentive: Vec<NationalIncentive>,
    #[serde(default)]
    package: Vec<Package>,
    #[serde(default)]
    release: Vec<Release>,
    #[serde(default)]
    county: Vec<CountyFacts>,
    #[serde(default)]
    profile: Vec<Profile>,
    #[serde(default)]
    document: Vec<Text>,
    #[serde(default)]
    number: Vec<Text>,
}

#[derive(Deserialize)]
struct IndustryRow {
    code: String,
    name_zh: String,
}

fn main() {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data");
    println!("cargo:rerun-if-changed={}", data.display());
    println!(
        "cargo:rerun-if-changed={}",
        data.join("catalogue-ids.txt").display()
    );
    let mut out = RuleData {
        data_version: fs::read_to_string(data.join("VERSION"))
            .expect("data/VERSION")
            .trim()
            .to_string(),
        ..RuleData::default()
    };
    let mut files: Vec<_> = fs::read_dir(data.join("rules"))
        .expect("data/rules")
        .map(|e| e.expect("dir entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    for dir in ["incentives", "packages", "profiles"] {
        files.extend(
            fs::read_dir(data.join(dir))
                .unwrap_or_else(|e| panic!("data/{dir}: {e}"))
                .map(|e| e.expect("dir entry").path())
                .filter(|p| p.extension().is_some_and(|x| x == "toml")),
        );
    }
    files.push(data.join("sectors.toml"));
    files.push(data.join("questions.toml"));
    files.push(data.join("parks.toml"));
    files.push(data.join("chains.toml"));
    files.push(data.join("changelog.toml"));
    files.push(data.join("counties.toml"));
    files.push(data.join("documents.toml"));
    files.sort();
    for path in files {
        println!("cargo:rerun-if-changed={}", path.display());
        let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let file: DataFile =
            toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        out.rules.extend(file.rule);
        out.params.extend(file.param);
        out.sectors.extend(file.sector);
        out.questions.extend(file.question);
        out.parks.extend(file.park);
        out.chains.extend(file.chain);
        out.incentives.extend(file.incentive);
        out.packages.extend(file.package);
        out.changelog.extend(file.release);
        out.counties.extend(file.county);
        out.profiles.extend(file.profile);
        out.documents.extend(file.document);
        out.numbers.extend(file.number);
    }
    // A parameter's value in force is found from the end of its values
    // (`param_in_force`): data out of date order fails the build, not a
    // release build's answers.
    for p in &out.params {
        assert!(
            p.values.windows(2).all(|w| w[0].from < w[1].from),
            "{}: values out of date order",
            p.id
        );
    }
    // Rules in catalogue order, whatever file they are in.
    let ids = fs::read_to_string(data.join("catalogue-ids.txt")).expect("catalogue-ids.txt");
    let order: Vec<&str> = ids
        .lines()
        .filter(|l| !l.starts_with('#'))
        .map(str::trim)
        .collect();
    out.rules.sort_by_key(|r| {
        order
            .iter()
            .position(|id| *id == r.id)
            .unwrap_or(usize::MAX)
    });
    let entries = data.join("industry/catalogue_2024.json");
    println!("cargo:rerun-if-changed={}", entries.display());
    out.catalogue_entries = serde_json::from_str::<Vec<CatalogueEntry>>(
        &fs::read_to_string(&entries).expect("catalogue_2024.json"),
    )
    .expect("catalogue_2024.json");
    let out_dir = env::var("OUT_DIR").unwrap();
    // The changelog as its own file, always (the CLI's `changelog --bin`
    // writes the same bytes); compiled into the rule data only with the
    // `bundled-changelog` feature: the browser app fetches it for the
    // rule-base page, so a first visit does not carry it.
    fs::write(
        Path::new(&out_dir).join("changelog.bin"),
        data_codec::pack_value(&out.changelog),
    )
    .unwrap();
    if env::var_os("CARGO_FEATURE_BUNDLED_CHANGELOG").is_none() {
        out.changelog.clear();
    }
    fs::write(
        Path::new(&out_dir).join("rules.json"),
        serde_json::to_string(&out).unwrap(),
    )
    .unwrap();
    // What the engine embeds; the JSON above is kept for the test that
    // holds the two to the same data.
    fs::write(
        Path::new(&out_dir).join("rules.bin"),
        data_codec::pack(&out),
    )
    .unwrap();

    map_blob(&data, &out_dir);
    county_blob(&data, &out_dir);

    // GB/T 4754-2017 as "code<TAB>name" lines: a third of the JSON's size.
    let industry = data.join("industry/gbt4754_2017.json");
    println!("cargo:rerun-if-changed={}", industry.display());
    let rows: Vec<IndustryRow> =
        serde_json::from_str(&fs::read_to_string(&industry).unwrap()).expect("industry json");
    let tsv: String = rows
        .iter()
        .map(|r| format!("{}\t{}\n", r.code, r.name_zh))
        .collect();
    fs::write(Path::new(&out_dir).join("industry.tsv"), tsv).unwrap();
}

/// The map layers as one compact blob (see `src/geo/shapes.rs`): per shape a
/// layer byte, a part count, and per part a vertex count and the vertices as
/// microdegrees, each the difference from the previous vertex, as zigzag
/// LEB128 varints (mostly one or two bytes). The sources have six decimals:
/// nothing is lost.
fn map_blob(data: &Path, out_dir: &str) {
    // (file, GeoJSON `layer` property, layer byte); keep in step with
    // `geo::shapes::MapLayer`.
    let layers: [(&str, &str, u8); 6] = [
        ("jiujiang_water_osm_reduced.geojson", "river", 0),
        ("jiujiang_water_osm_reduced.geojson", "lake", 1),
        ("jiujiang_water_gshhg_full.geojson", "water-polygon", 2),
        ("jiujiang_water_gshhg_full.geojson", "river-line", 3),
        ("jiujiang_water_naturalearth_10m.geojson", "lake", 4),
        ("jiujiang_water_naturalearth_10m.geojson", "centerline", 5),
    ];
    let mut out: Vec<u8> = Vec::new();
    let mut files = std::collections::BTreeMap::new();
    for (file, _, _) in layers {
        let path = data.join("geo").join(file);
        println!("cargo:rerun-if-changed={}", path.display());
        files.entry(file).or_insert_with(|| {
            let v: serde_json::Value =
                serde_json::from_str(&fs::read_to_string(&path).expect("geojson"))
                    .expect("geojson");
            v
        });
    }
    for (file, name, byte) in layers {
        for f in files[file]["features"].as_array().expect("features") {
            if f["properties"]["layer"].as_str() != Some(name) {
                continue;
            }
            out.push(byte);
            parts(&mut out, &f["geometry"], 1e6, file);
        }
    }
    fs::write(Path::new(out_dir).join("map.bin"), out).unwrap();
}

/// The county-level divisions (see `src/geo/county.rs`): a count, then per
/// county its code, its names as length-prefixed UTF-8, and its rings as in
/// `map.bin` but in units of 1e-5 degree. Without the GeoJSON the blob holds
/// no county (and says so: the count is 0), so a build never fails for want
/// of it.
fn county_blob(data: &Path, out_dir: &str) {
    let path = data.join("geo/jiujiang_counties.geojson");
    println!("cargo:rerun-if-changed={}", path.display());
    let mut out: Vec<u8> = Vec::new();
    let features: Vec<serde_json::Value> = match fs::read_to_string(&path) {
        Ok(text) => {
            let v: serde_json::Value = serde_json::from_str(&text).expect("counties geojson");
            v["features"].as_array().expect("features").clone()
        }
        Err(_) => Vec::new(),
    };
    varint(&mut out, features.len() as i64);
    for f in &features {
        let p = &f["properties"];
        let code: i64 = p["code"]
            .as_str()
            .and_then(|c| c.parse().ok())
            .expect("county code");
        varint(&mut out, code);
        for key in ["name_zh", "name_en"] {
            let name = p[key].as_str().expect("county name");
            varint(&mut out, name.len() as i64);
            out.extend_from_slice(name.as_bytes());
        }
        // The file has five decimals: units of 1e-5 degree keep them all.
        parts(&mut out, &f["geometry"], 1e5, "counties");
    }
    fs::write(Path::new(out_dir).join("counties.bin"), out).unwrap();
}

/// A geometry as a list of parts (rings or lines): their count, then per part
/// its vertex count and the vertices in units of 1/`scale` degree, each the
/// difference from the previous one, as varints.
fn parts(out: &mut Vec<u8>, geometry: &serde_json::Value, scale: f64, file: &str) {
    let coords = &geometry["coordinates"];
    let parts: Vec<&serde_json::Value> = match geometry["type"].as_str() {
        Some("Polygon") | Some("MultiLineString") => coords.as_array().unwrap().iter().collect(),
        Some("LineString") => vec![coords],
        Some("MultiPolygon") => coords
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|p| p.as_array().unwrap())
            .collect(),
        other => panic!("{file}: unexpected geometry {other:?}"),
    };
    varint(out, parts.len() as i64);
    for part in parts {
        let pts = part.as_array().expect("part");
        varint(out, pts.len() as i64);
        let mut prev = [0i64; 2];
        for pt in pts {
            for (k, c) in [&pt[0], &pt[1]].into_iter().enumerate() {
                let unit = (c.as_f64().expect("coordinate") * scale).round() as i64;
                varint(out, unit - prev[k]);
                prev[k] = unit;
            }
        }
    }
}

/// Zigzag LEB128: small magnitudes of either sign take few bytes.
fn varint(out: &mut Vec<u8>, v: i64) {
    let mut z = ((v << 1) ^ (v >> 63)) as u64;
    loop {
        let byte = (z & 0x7f) as u8;
        z >>= 7;
        if z == 0 {
            out.push(byte);
            break;
        }
        out.push(byte | 0x80);
    }
}
