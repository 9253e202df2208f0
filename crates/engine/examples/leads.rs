//! The leads benchmark of docs/benchmarks.md: for each lead of
//! examples/leads/, how many questions the guided interview asks (the
//! top-ranked question, answered truthfully from the complete project) before
//! the verdict is decided, beside answering the report's `missing[]` list in
//! its order, one field at a time.
//!
//!     cargo run --release -p jiujiang-engine --example leads

use jiujiang_engine::rules::interview::simulate;
use jiujiang_engine::{Date, Engine, Project};

fn main() {
    let engine = Engine::embedded().expect("embedded data");
    let as_of = Date::parse("2026-11-23").expect("date");
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/leads");
    let read = |f: String| {
        let text = std::fs::read_to_string(format!("{dir}/{f}")).expect("lead file");
        engine.project_from_json(&text).expect("valid lead")
    };
    println!("| lead | verdict | questions (guided) | asked | missing[] order |");
    println!("|---|---|---|---|---|");
    for name in [
        "software",
        "electronics",
        "chemical",
        "clinker",
        "logistics",
        "battery",
    ] {
        let (start, truth) = (
            read(format!("{name}.json")),
            read(format!("{name}.complete.json")),
        );
        let (asked, _, report) = simulate(&start, &truth, 60, |p, i| {
            engine.screen_for(p, as_of, None, i)
        });
        let by_missing = missing_order(engine, &start, &truth, as_of);
        let ids: Vec<&str> = asked.iter().map(|a| a.id).collect();
        println!(
            "| {name} | {} | {} | {} | {} |",
            serde_json::to_value(report.overall)
                .unwrap()
                .as_str()
                .unwrap_or(""),
            asked.len(),
            ids.join(", "),
            by_missing.map_or("not decided".into(), |n| n.to_string()),
        );
    }
}

/// Answers `missing[0]` from the truth until the verdict is decided.
fn missing_order(engine: &Engine, start: &Project, truth: &Project, as_of: Date) -> Option<usize> {
    let mut p = start.clone();
    let mut skipped: Vec<&str> = Vec::new();
    for n in 0..200 {
        let r = engine.screen(&p, as_of);
        if r.bounds.decided() {
            return Some(n);
        }
        let field = r
            .missing
            .iter()
            .map(|m| m.field)
            .find(|f| !skipped.contains(f))?;
        let keys: Vec<&'static str> = if field == "energy" {
            jiujiang_engine::project::FIELDS
                .iter()
                .map(|f| f.key)
                .filter(|k| k.starts_with("energy."))
                .collect()
        } else {
            vec![field]
        };
        let mut any = false;
        for k in keys {
            if let Some(v) = truth.get(k) {
                p.set(k, Some(v.clone()));
                any = true;
            }
        }
        if !any {
            skipped.push(field);
        }
    }
    None
}
