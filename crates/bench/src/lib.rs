//! Sample projects for benchmarks, the same natively and in wasm, and the wasm
//! entry points that bench/peer.mjs times under Node.

use jiujiang_engine::{Date, Engine, Project, RuleData};

// The app's allocator (src/main.rs), so the wasm figures are the app's.
// Natively each bench and example names its own.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: jiujiang_alloc::Browser = jiujiang_alloc::Browser::new();

pub const AS_OF: Date = Date::new(2026, 11, 23);

const CODES: [&str; 8] = [
    "C2614", "C2662", "C3120", "C3011", "C3216", "C3981", "C2710", "I6511",
];
const ACTIONS: [&str; 4] = ["new", "expansion", "renovation", "tech_upgrade"];

/// The `i`-th sample project: a spread of sectors, actions, distances and
/// energy use, with some inputs left out so every outcome kind occurs.
pub fn sample_fields(i: usize) -> Vec<(&'static str, String)> {
    // A small LCG keeps the samples deterministic without a dependency.
    let mut x = (i as u64)
        .wrapping_mul(6364136223846793005)
        .wrapping_add(1442695040888963407);
    let mut next = |m: u64| {
        x = x
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (x >> 33) % m
    };
    let mut f = vec![
        ("industry_code", CODES[next(8) as usize].to_string()),
        ("action", ACTIONS[next(4) as usize].to_string()),
        (
            "adds_capacity",
            if next(2) == 0 { "yes" } else { "no" }.to_string(),
        ),
        (
            "site.dist_yangtze_mainstream_m",
            (next(8000) as f64).to_string(),
        ),
        (
            "site.dist_important_tributary_m",
            (500 + next(10000)).to_string(),
        ),
        (
            "facilities",
            ["none", "wharf", "tailings_pond", "own_outfall"][next(4) as usize].to_string(),
        ),
        (
            "site.in_compliant_park",
            if next(3) == 0 { "no" } else { "yes" }.to_string(),
        ),
        (
            "catalogue.class",
            ["permitted", "encouraged", "restricted", "not_checked"][next(4) as usize].to_string(),
        ),
        ("energy.electricity_10k_kwh", next(5000).to_string()),
        ("energy.coal_t", next(20000).to_string()),
        // The two carriers are all it uses: the workload measured before
        // carriers became a floor unless said to be all (data .55).
        ("energy.carriers_complete", "yes".to_string()),
        ("capacity.new_t", (100_000 + next(2_000_000)).to_string()),
    ];
    if next(2) == 0 {
        f.push(("site.dist_poyang_lake_m", (1000 + next(40000)).to_string()));
        f.push((
            "site.dist_other_tributary_m",
            (200 + next(6000)).to_string(),
        ));
        f.push((
            "site.chemical_park",
            ["none", "pengze-jishan", "hukou-hitech"][next(3) as usize].to_string(),
        ));
    }
    f
}

pub fn sample_projects(engine: &Engine, n: usize) -> Vec<Project> {
    (0..n)
        .map(|i| {
            let fields = sample_fields(i);
            engine
                .parse_fields(fields.iter().map(|(k, v)| (*k, v.as_str())))
                .0
        })
        .collect()
}

/// `n` pseudo-random points (deterministic) over the box the water layers
/// cover: lon 113.9–117.2 E, lat 28.6–30.4 N (Jiujiang and about 10 km around).
pub fn random_points(n: usize) -> Vec<jiujiang_engine::geo::coords::LonLat> {
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut unit = move || {
        x = x
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (x >> 11) as f64 / (1u64 << 53) as f64
    };
    (0..n)
        .map(|_| {
            let lon = 113.9 + 3.3 * unit();
            let lat = 28.6 + 1.8 * unit();
            jiujiang_engine::geo::coords::LonLat::new(lon, lat)
        })
        .collect()
}

/// Every bundled OSM water polygon, rivers and lakes, none marked as the
/// Yangtze or Poyang Lake: the geometry the peers are measured on. (The
/// bundled map also sets aside water far from those two, which the peers
/// have no notion of.)
pub fn osm_water_map() -> jiujiang_engine::geo::water::WaterMap {
    use jiujiang_engine::geo::shapes::{embedded, MapLayer};
    use jiujiang_engine::geo::water::{Layer, WaterMap};
    WaterMap::from_shapes(embedded().iter().filter_map(|s| match s.layer {
        MapLayer::OsmRiver => Some((Layer::River, true, s.parts.clone())),
        MapLayer::OsmLake => Some((Layer::Lake, true, s.parts.clone())),
        _ => None,
    }))
}

/// Distance from `p` to the nearest bundled OSM water polygon (river or
/// lake), 0 inside; `f64::INFINITY` if none within the search radius.
pub fn nearest_water_m(
    map: &jiujiang_engine::geo::water::WaterMap,
    p: jiujiang_engine::geo::coords::LonLat,
) -> f64 {
    let d = map.distances(p);
    [d.river, d.lake]
        .into_iter()
        .flatten()
        .map(|n| n.metres)
        .fold(f64::INFINITY, f64::min)
}

/// The explained report and the incentive estimate (national items) for one
/// project, as the app builds them on each change: the measure issue 16 sets
/// at 20 µs natively. Returns the number of findings and items, so the work
/// cannot be optimised away.
pub fn report_with_incentives(engine: &Engine, project: &Project) -> usize {
    let report = engine.screen(project, AS_OF);
    let estimate = engine.incentives(project, &report, &[], Default::default());
    report.findings.len() + estimate.items.len()
}

/// The rule base cut down to the rules named (for comparing one rule with a peer).
pub fn subset(data: &RuleData, ids: &[&str]) -> RuleData {
    RuleData {
        rules: data
            .rules
            .iter()
            .filter(|r| ids.contains(&r.id.as_str()))
            .cloned()
            .collect(),
        ..data.clone()
    }
}

#[cfg(target_arch = "wasm32")]
mod wasm {
    use super::*;
    use wasm_bindgen::prelude::*;

    /// The sample projects as plain JSON facts, for the peer engine.
    #[wasm_bindgen]
    pub fn sample_json(n: usize) -> String {
        let rows: Vec<serde_json::Value> = (0..n)
            .map(|i| {
                serde_json::Value::Object(
                    sample_fields(i)
                        .into_iter()
                        .map(|(k, v)| (k.to_string(), serde_json::Value::from(v)))
                        .collect(),
                )
            })
            .collect();
        serde_json::to_string(&rows).unwrap_or_default()
    }

    /// The random points as [lon, lat, lon, lat, …], for the peer.
    #[wasm_bindgen]
    pub fn random_points_flat(n: usize) -> Vec<f64> {
        random_points(n)
            .into_iter()
            .flat_map(|p| [p.lon, p.lat])
            .collect()
    }

    /// The water layer, indexed once, and the points to measure.
    #[wasm_bindgen]
    pub struct WaterBatch {
        map: jiujiang_engine::geo::water::WaterMap,
        points: Vec<jiujiang_engine::geo::coords::LonLat>,
    }

    #[wasm_bindgen]
    impl WaterBatch {
        #[wasm_bindgen(constructor)]
        pub fn new(n: usize) -> WaterBatch {
            WaterBatch {
                map: crate::osm_water_map(),
                points: random_points(n),
            }
        }

        /// Nearest water from every point, metres (0 inside).
        pub fn nearest_all(&self) -> Vec<f64> {
            self.points
                .iter()
                .map(|&p| nearest_water_m(&self.map, p))
                .collect()
        }

        /// Nearest water and the bank point: [metres, lon, lat] per point.
        pub fn nearest_with_points(&self) -> Vec<f64> {
            self.points
                .iter()
                .flat_map(|&p| {
                    let d = self.map.distances(p);
                    let best = [d.river, d.lake]
                        .into_iter()
                        .flatten()
                        .min_by(|a, b| a.metres.total_cmp(&b.metres));
                    match best {
                        Some(n) => [n.metres, n.at.lon, n.at.lat],
                        None => [f64::INFINITY, f64::NAN, f64::NAN],
                    }
                })
                .collect()
        }
    }

    /// Screens the chemical lead of examples/leads/ (a first meeting: most
    /// rules open) `n` times with bounds and questions; returns the number of
    /// questions of the last report.
    #[wasm_bindgen]
    pub fn screen_lead(n: usize) -> usize {
        let engine = Engine::embedded().expect("rule data");
        let lead = engine
            .project_from_json(include_str!("../../../examples/leads/chemical.json"))
            .expect("lead");
        let mut questions = 0;
        for _ in 0..n {
            questions = engine.screen(&lead, AS_OF).questions.len();
        }
        questions
    }

    /// Paints the "where can it go?" grid (issue 15) of the complete chemical
    /// lead over the whole map, `cells` cells; returns how many are allowed.
    #[wasm_bindgen]
    pub fn grid_lead(cells: usize) -> usize {
        let engine = Engine::embedded().expect("rule data");
        let lead = engine
            .project_from_json(include_str!(
                "../../../examples/leads/chemical.complete.json"
            ))
            .expect("lead");
        let bbox = jiujiang_engine::rules::grid::MAP_BBOX;
        let g = engine.grid(&lead, AS_OF, None, bbox, cells);
        g.cells
            .iter()
            .filter(|c| c.band == jiujiang_engine::rules::grid::Band::Allowed)
            .count()
    }

    /// Parses the sample projects once and keeps them, so timing covers screening only.
    #[wasm_bindgen]
    pub struct Batch {
        projects: Vec<Project>,
        data: RuleData,
        program: jiujiang_engine::rules::program::Program,
        /// The rule data as the JSON the engine embedded before its binary
        /// form (issue 16), to read beside it.
        rule_json: String,
    }

    #[wasm_bindgen]
    impl Batch {
        /// `rules`: comma-separated rule IDs, or empty for the whole rule base.
        #[wasm_bindgen(constructor)]
        pub fn new(n: usize, rules: &str) -> Batch {
            let engine = Engine::embedded().expect("rule data");
            let ids: Vec<&str> = rules.split(',').filter(|s| !s.is_empty()).collect();
            let data = if ids.is_empty() {
                engine.data.clone()
            } else {
                subset(&engine.data, &ids)
            };
            let program = jiujiang_engine::rules::program::Program::new(&data);
            Batch {
                projects: sample_projects(engine, n),
                rule_json: serde_json::to_string(&data).unwrap_or_default(),
                data,
                program,
            }
        }

        /// What the engine does once at start: the embedded rule data read
        /// from their binary form; returns the rules read.
        pub fn read_rule_data_binary(&self) -> u32 {
            jiujiang_engine::data_codec::unpack(jiujiang_engine::RULE_DATA)
                .map_or(0, |d| d.rules.len() as u32)
        }

        /// The same data read from JSON by serde, as the engine did before.
        pub fn read_rule_data_json(&self) -> u32 {
            serde_json::from_str::<RuleData>(&self.rule_json).map_or(0, |d| d.rules.len() as u32)
        }

        /// Outcomes only (the batch path); returns how many were prohibitions.
        pub fn verdicts_all(&self) -> u32 {
            self.projects
                .iter()
                .map(|p| {
                    jiujiang_engine::screen::verdicts_with(
                        &self.data,
                        &self.program,
                        Default::default(),
                        p,
                        AS_OF,
                    )
                    .outcomes
                    .iter()
                    .filter(|o| **o == jiujiang_engine::Outcome::Prohibited)
                    .count() as u32
                })
                .sum()
        }

        /// The explained report and the incentive estimate of every project
        /// (the whole embedded rule base, as the app); returns the findings
        /// and items counted.
        pub fn report_with_incentives_all(&self) -> u32 {
            let engine = Engine::embedded().expect("rule data");
            (self.projects.iter())
                .map(|p| report_with_incentives(engine, p) as u32)
                .sum()
        }

        /// Screens every project; returns how many findings were prohibitions
        /// (so the work cannot be optimised away, and can be cross-checked).
        pub fn screen_all(&self) -> u32 {
            self.projects
                .iter()
                .map(|p| {
                    jiujiang_engine::screen::screen_with(
                        &self.data,
                        &self.program,
                        Default::default(),
                        p,
                        AS_OF,
                    )
                    .findings
                    .iter()
                    .filter(|f| f.outcome == jiujiang_engine::Outcome::Prohibited)
                    .count() as u32
                })
                .sum()
        }
    }
}
