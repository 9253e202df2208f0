//! YRB-01 in GoRules ZEN (zen-engine, the Rust engine that runs JSON Decision
//! Models) beside our engine, natively, on the sample projects of
//! `jiujiang-bench`: the native counterpart of bench/peer.mjs, which does the
//! same with json-rules-engine under Node.
//!
//! Run: cargo run --release --locked --manifest-path bench/zen/Cargo.toml
//!
//! Environment:
//! - `N`: sample projects (default 10,000);
//! - `RUNS`: timed runs of each measure after one warm-up (default 7);
//! - `ZEN_PEER_MODE`: `both` (default), `zen` or `ours`: time one side only,
//!   e.g. under `valgrind --tool=callgrind` (the timed passes are the
//!   functions named `pass_*`, for `--toggle-collect`).
//!
//! The decision graph is `yrb01.json` beside this crate's manifest; the facts
//! are `sample_fields`, reshaped for JDM by [`jdm_facts`].

use jiujiang_bench::{sample_fields, sample_projects, subset, AS_OF};
use jiujiang_engine::rules::program::Program;
use jiujiang_engine::screen::{screen_with, verdicts_with};
use jiujiang_engine::{Engine, Outcome, Project, RuleData};
use serde_json::{Map, Value};
use std::hint::black_box;
use std::process::ExitCode;
use std::time::{Duration, Instant};
use zen_engine::model::DecisionContent;
use zen_engine::{Decision, DecisionEngine, Variable};

/// YRB-01 as a JDM graph: input node → decision table (hit policy "first")
/// → output node.
const GRAPH: &str = include_str!("../yrb01.json");

/// The sample project's facts as JDM input: the same facts bench/peer.mjs
/// gives json-rules-engine (`sample_json`), with two changes of shape.
/// A dotted name becomes a path of nested objects (`site.dist_yangtze_mainstream_m`
/// → `{"site": {"dist_yangtze_mainstream_m": …}}`), since a ZEN field is an
/// expression in which a dot reads a member. A value that reads as a number
/// becomes a JSON number, as the peer's `atMost` operator makes one with
/// `Number(v)`; codes and choices stay strings.
fn jdm_facts(i: usize) -> Value {
    let mut root = Map::new();
    for (name, text) in sample_fields(i) {
        let value = match text.parse::<f64>() {
            Ok(x) if x.is_finite() => Value::from(x),
            _ => Value::from(text),
        };
        let mut path: Vec<&str> = name.split('.').collect();
        let leaf = path.pop().unwrap_or(name);
        let mut map = &mut root;
        for part in path {
            let slot = map
                .entry(part.to_string())
                .or_insert_with(|| Value::Object(Map::new()));
            if !slot.is_object() {
                *slot = Value::Object(Map::new());
            }
            map = slot.as_object_mut().expect("an object was just put here");
        }
        map.insert(leaf.to_string(), value);
    }
    Value::Object(root)
}

/// The decision, built once: parsed, and its expressions and table indexes
/// compiled ahead of the runs.
fn zen_decision() -> Decision {
    let content: DecisionContent = serde_json::from_str(GRAPH).expect("yrb01.json is a JDM graph");
    let mut decision = DecisionEngine::default()
        .create_decision(content.into())
        .expect("yrb01.json is a graph, not a policy");
    decision.validate().expect("yrb01.json validates");
    decision.compile();
    decision
}

/// Did the table's first hit say PROHIBITED? No hit leaves no `event`.
fn zen_fired(result: &Variable) -> bool {
    result
        .dot("event")
        .is_some_and(|e| e.as_str() == Some("PROHIBITED"))
}

/// ZEN on every project, facts already in its `Variable` form (as our
/// engine gets already-parsed projects); returns how many it prohibited.
#[inline(never)]
fn pass_zen(decision: &Decision, inputs: &[Variable]) -> usize {
    pollster::block_on(async {
        let mut fired = 0;
        for input in inputs {
            let response = decision
                .evaluate(input.clone())
                .await
                .expect("YRB-01 evaluates");
            fired += usize::from(zen_fired(&response.result));
        }
        fired
    })
}

/// As [`pass_zen`], converting each project's JSON facts to a `Variable`
/// inside the loop, as a service taking JSON would.
#[inline(never)]
fn pass_zen_json(decision: &Decision, facts: &[Value]) -> usize {
    pollster::block_on(async {
        let mut fired = 0;
        for f in facts {
            let response = decision
                .evaluate(Variable::from(f))
                .await
                .expect("YRB-01 evaluates");
            fired += usize::from(zen_fired(&response.result));
        }
        fired
    })
}

/// Prohibitions among the outcomes of one project.
fn prohibited(outcomes: impl IntoIterator<Item = Outcome>) -> usize {
    outcomes
        .into_iter()
        .filter(|o| *o == Outcome::Prohibited)
        .count()
}

#[inline(never)]
fn pass_ours_verdicts(data: &RuleData, program: &Program, projects: &[Project]) -> usize {
    projects
        .iter()
        .map(|p| prohibited(verdicts_with(data, program, Default::default(), p, AS_OF).outcomes))
        .sum()
}

#[inline(never)]
fn pass_ours_report(data: &RuleData, program: &Program, projects: &[Project]) -> usize {
    projects
        .iter()
        .map(|p| {
            let report = screen_with(data, program, Default::default(), p, AS_OF);
            prohibited(report.findings.iter().map(|f| f.outcome))
        })
        .sum()
}

#[inline(never)]
fn pass_all_verdicts(engine: &Engine, projects: &[Project]) -> usize {
    projects
        .iter()
        .map(|p| prohibited(engine.verdicts(p, AS_OF).outcomes))
        .sum()
}

#[inline(never)]
fn pass_all_report(engine: &Engine, projects: &[Project]) -> usize {
    projects
        .iter()
        .map(|p| prohibited(engine.screen(p, AS_OF).findings.iter().map(|f| f.outcome)))
        .sum()
}

/// One measure: per-project time of each run, and what the pass returned.
struct Measure {
    label: String,
    per_project_us: Vec<f64>,
    prohibited: usize,
}

impl Measure {
    fn best(&self) -> f64 {
        self.per_project_us
            .iter()
            .copied()
            .fold(f64::INFINITY, f64::min)
    }

    fn median(&self) -> f64 {
        let mut v = self.per_project_us.clone();
        v.sort_by(f64::total_cmp);
        let m = v.len() / 2;
        if v.len() % 2 == 1 {
            v[m]
        } else {
            (v[m - 1] + v[m]) / 2.0
        }
    }
}

/// Times `pass` over `n` projects: one warm-up, then `runs` runs. Every run
/// must return the same count as the warm-up.
fn measure(label: &str, n: usize, runs: usize, mut pass: impl FnMut() -> usize) -> Measure {
    let first = black_box(pass());
    let mut per_project_us = Vec::with_capacity(runs);
    for _ in 0..runs {
        let t = Instant::now();
        let out = black_box(pass());
        let elapsed: Duration = t.elapsed();
        assert_eq!(out, first, "{label}: a run disagreed with the warm-up");
        per_project_us.push(elapsed.as_secs_f64() * 1e6 / n as f64);
    }
    Measure {
        label: label.to_string(),
        per_project_us,
        prohibited: first,
    }
}

fn env_usize(name: &str, default: usize) -> usize {
    match std::env::var(name) {
        Ok(s) => s
            .trim()
            .replace(['_', ','], "")
            .parse()
            .unwrap_or_else(|_| panic!("{name}={s:?} is not a count")),
        Err(_) => default,
    }
}

fn main() -> ExitCode {
    let n = env_usize("N", 10_000).max(1);
    let runs = env_usize("RUNS", 7).max(1);
    let mode = std::env::var("ZEN_PEER_MODE").unwrap_or_else(|_| "both".into());
    let (zen_on, ours_on) = match mode.as_str() {
        "both" => (true, true),
        "zen" => (true, false),
        "ours" => (false, true),
        other => {
            eprintln!("ZEN_PEER_MODE={other:?}: expected both, zen or ours");
            return ExitCode::from(2);
        }
    };
    println!(
        "{n} sample projects, best and median of {runs} runs (after a warm-up), natively; zen-engine {}",
        zen_engine::ENGINE_VERSION
    );

    let mut rows: Vec<Measure> = Vec::new();
    let mut zen_verdicts: Option<Vec<bool>> = None;
    if zen_on {
        let t = Instant::now();
        let decision = zen_decision();
        let build = t.elapsed();
        let facts: Vec<Value> = (0..n).map(jdm_facts).collect();
        let inputs: Vec<Variable> = facts.iter().map(Variable::from).collect();
        println!(
            "ZEN decision built and compiled once in {:.0} µs",
            build.as_secs_f64() * 1e6
        );
        rows.push(measure(
            &format!(
                "ZEN {}: YRB-01 (decision table)",
                zen_engine::ENGINE_VERSION
            ),
            n,
            runs,
            || pass_zen(&decision, &inputs),
        ));
        rows.push(measure(
            "ZEN, converting the JSON facts each time",
            n,
            runs,
            || pass_zen_json(&decision, &facts),
        ));
        // Per project, untimed: for the agreement check below.
        zen_verdicts = Some(
            inputs
                .iter()
                .map(|v| pollster::block_on(decision.evaluate(v.clone())))
                .map(|r| zen_fired(&r.expect("YRB-01 evaluates").result))
                .collect(),
        );
    }

    let mut ours_yrb01: Option<Vec<Outcome>> = None;
    if ours_on {
        let engine = Engine::embedded().expect("embedded rule data");
        let projects = sample_projects(engine, n);
        let yrb01 = subset(&engine.data, &["YRB-01"]);
        assert_eq!(yrb01.rules.len(), 1, "YRB-01 is in the rule base");
        let program = Program::new(&yrb01);
        rows.push(measure("jiujiang: YRB-01, verdicts", n, runs, || {
            pass_ours_verdicts(&yrb01, &program, &projects)
        }));
        rows.push(measure(
            "jiujiang: YRB-01, explained report",
            n,
            runs,
            || pass_ours_report(&yrb01, &program, &projects),
        ));
        rows.push(measure("jiujiang: all rules, verdicts", n, runs, || {
            pass_all_verdicts(engine, &projects)
        }));
        rows.push(measure(
            "jiujiang: all rules, explained report",
            n,
            runs,
            || pass_all_report(engine, &projects),
        ));
        ours_yrb01 = Some(
            projects
                .iter()
                .map(|p| verdicts_with(&yrb01, &program, Default::default(), p, AS_OF).outcomes[0])
                .collect(),
        );
    }

    let zen_best = zen_on.then(|| rows[0].best());
    println!(
        "\n{:<44} {:>10} {:>12} {:>11} {:>11}",
        "measure", "best µs", "median µs", "prohibited", "ZEN / this"
    );
    for r in &rows {
        let ratio = match zen_best {
            Some(z) if !r.label.starts_with("ZEN") => format!("{:.2}×", z / r.best()),
            _ => String::new(),
        };
        println!(
            "{:<44} {:>10.3} {:>12.3} {:>11} {:>11}",
            r.label,
            r.best(),
            r.median(),
            r.prohibited,
            ratio
        );
    }
    println!("(µs per project; the ratio compares best times: ZEN's YRB-01 over the row's)");

    // Same projects, same rule: the prohibitions must agree, or the
    // comparison is void. Ours is three-valued: a project still open on
    // YRB-01 is NEEDS_INPUT here and simply "not fired" in the two-valued
    // peers, so only our PROHIBITED counts.
    let (Some(zen), Some(ours)) = (zen_verdicts, ours_yrb01) else {
        println!("\n(one side only: no agreement check)");
        return ExitCode::SUCCESS;
    };
    let zen_count = zen.iter().filter(|f| **f).count();
    let ours_count = ours.iter().filter(|o| **o == Outcome::Prohibited).count();
    let open = ours.iter().filter(|o| **o == Outcome::NeedsInput).count();
    let disagree: Vec<usize> = zen
        .iter()
        .zip(&ours)
        .enumerate()
        .filter(|(_, (z, o))| **z != (**o == Outcome::Prohibited))
        .map(|(i, _)| i)
        .collect();
    println!(
        "\nYRB-01 prohibitions: ZEN {zen_count}, jiujiang {ours_count} \
         (jiujiang also left {open} open as NEEDS_INPUT); projects on which they differ: {}",
        disagree.len()
    );
    if zen_count != ours_count || !disagree.is_empty() {
        for &i in disagree.iter().take(5) {
            eprintln!(
                "  project {i}: ZEN {}, jiujiang {:?}; facts {}",
                if zen[i] { "PROHIBITED" } else { "no hit" },
                ours[i],
                jdm_facts(i)
            );
        }
        eprintln!("MISMATCH: ZEN and jiujiang disagree on YRB-01");
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}
