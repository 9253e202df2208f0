//! Sample projects for benchmarks, the same natively and in wasm, and the wasm
//! entry points that bench/peer.mjs times under Node.

use jiujiang_engine::{Date, Engine, Project, RuleData};

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

    /// Parses the sample projects once and keeps them, so timing covers screening only.
    #[wasm_bindgen]
    pub struct Batch {
        projects: Vec<Project>,
        data: RuleData,
        program: jiujiang_engine::program::Program,
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
            let program = jiujiang_engine::program::Program::new(&data);
            Batch {
                projects: sample_projects(engine, n),
                data,
                program,
            }
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
