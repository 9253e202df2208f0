//! Compiles the rule data (TOML, written by people) into compact JSON embedded
//! in the engine. Parsing through the engine's own types means a malformed rule
//! file fails the build with the file name and the reason.

#[allow(dead_code)]
#[path = "src/data_types.rs"]
mod data_types;
#[allow(dead_code)]
#[path = "src/date.rs"]
mod date;

use data_types::{CatalogueEntry, Chain, Param, Park, Question, Rule, RuleData, Sector};
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
    files.push(data.join("sectors.toml"));
    files.push(data.join("questions.toml"));
    files.push(data.join("parks.toml"));
    files.push(data.join("chains.toml"));
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
    fs::write(
        Path::new(&out_dir).join("rules.json"),
        serde_json::to_string(&out).unwrap(),
    )
    .unwrap();

    water_blob(
        &data.join("geo/jiujiang_water_osm_reduced.geojson"),
        &out_dir,
    );

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

/// OSM water polygons as a compact little-endian blob: per polygon a layer
/// byte (0 river, 1 lake), a ring count (u16), and per ring a vertex count
/// (u32) and the vertices as microdegrees (i32 lon, i32 lat), each the
/// difference from the previous vertex (mostly small numbers, which gzip
/// shrinks well). The source is rounded to six decimals: nothing is lost.
fn water_blob(path: &Path, out_dir: &str) {
    println!("cargo:rerun-if-changed={}", path.display());
    let v: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(path).expect("water geojson"))
            .expect("water geojson");
    let mut out: Vec<u8> = Vec::new();
    for f in v["features"].as_array().expect("features") {
        let layer = match f["properties"]["layer"].as_str() {
            Some("river") => 0u8,
            Some("lake") => 1u8,
            other => panic!("{}: unknown layer {other:?}", path.display()),
        };
        assert_eq!(
            f["geometry"]["type"],
            "Polygon",
            "{}: only polygons",
            path.display()
        );
        let rings = f["geometry"]["coordinates"].as_array().expect("rings");
        out.push(layer);
        out.extend((rings.len() as u16).to_le_bytes());
        for ring in rings {
            let pts = ring.as_array().expect("ring");
            out.extend((pts.len() as u32).to_le_bytes());
            let mut prev = [0i32; 2];
            for pt in pts {
                for (k, c) in [&pt[0], &pt[1]].into_iter().enumerate() {
                    let micro = (c.as_f64().expect("coordinate") * 1e6).round() as i32;
                    out.extend((micro - prev[k]).to_le_bytes());
                    prev[k] = micro;
                }
            }
        }
    }
    fs::write(Path::new(out_dir).join("water.bin"), out).unwrap();
}
