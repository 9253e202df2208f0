//! The fuzz targets (issue 17): how each decoder of outside text is driven,
//! and the seeds each starts from. Shared by the mutation fuzzer
//! (`src/main.rs`, stable, in CI as a smoke) and the coverage-guided AFL++
//! harness (`fuzz/afl/`, outside CI).

use jiujiang_engine::geo::boundary::{BoundaryKind, BoundaryMeta};
use jiujiang_engine::geo::coords::Datum;
use jiujiang_engine::{Date, Engine};
use std::path::{Path, PathBuf};

pub const AS_OF: Date = Date::new(2026, 12, 2);

pub const TARGETS: &[&str] = &[
    "project", "csv", "fragment", "work", "package", "geojson", "coords",
];

fn read_dir(dir: &Path) -> Vec<Vec<u8>> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.sort();
    files.iter().filter_map(|p| std::fs::read(p).ok()).collect()
}

/// The seeds of a target: its committed corpus, and for the share fragment,
/// the stored work and packages, seeds made from those real files by the
/// same code the app uses to write them.
pub fn seeds(target: &str, root: &Path, engine: &Engine) -> Vec<Vec<u8>> {
    let corpus = |d: &str| read_dir(&root.join("corpus").join(d));
    match target {
        "project" | "csv" | "geojson" | "coords" => corpus(target),
        "work" | "fragment" => corpus("project")
            .iter()
            .filter_map(|b| jiujiang_app::work::from_json(&String::from_utf8_lossy(b)).ok())
            .map(|doc| {
                if target == "work" {
                    jiujiang_app::work::to_json(&doc).into_bytes()
                } else {
                    jiujiang_app::work::to_fragment(&doc).into_bytes()
                }
            })
            .collect(),
        "package" => (engine.data.packages.iter())
            .filter_map(|p| serde_json::to_vec(p).ok())
            .collect(),
        _ => Vec::new(),
    }
}

/// Decodes one input the way the app or the CLI does; screens what decodes
/// to a project. Whether it decoded (the rest is only looked at).
pub fn run(target: &str, text: &str, engine: &Engine) -> bool {
    match target {
        "project" => match engine.project_from_json(text) {
            Ok(p) => {
                let report = engine.screen(&p, AS_OF);
                let _ = engine.incentives(&p, &report, &[], Default::default());
                true
            }
            Err(_) => false,
        },
        "csv" => match jiujiang_engine::project::csv::projects(text, engine) {
            Ok(rows) => {
                for p in rows.iter().take(20).filter_map(|r| r.result.as_ref().ok()) {
                    let _ = engine.verdicts(p, AS_OF);
                }
                true
            }
            Err(_) => false,
        },
        "fragment" => jiujiang_app::work::from_fragment(text).is_ok(),
        "work" => jiujiang_app::work::from_json(text).is_ok(),
        "package" => jiujiang_engine::incentives::package_from_json(text).is_ok(),
        "geojson" => {
            let meta = BoundaryMeta {
                name: "fuzz".into(),
                kind: BoundaryKind::Yangtze,
                datum: Datum::Wgs84,
                accuracy_m: 20.0,
                reference: "management_line".into(),
            };
            match jiujiang_engine::geo::boundary::parse(text, meta) {
                Ok(b) => {
                    let at = jiujiang_engine::geo::coords::LonLat::new(116.0, 29.7);
                    let _ = b.map.distances(at);
                    true
                }
                Err(_) => false,
            }
        }
        "coords" => jiujiang_engine::geo::coords::parse_lon_lat(text).is_ok(),
        _ => false,
    }
}
