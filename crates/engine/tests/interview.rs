//! The guided interview on the six leads of examples/leads/: answering the
//! top-ranked question truthfully each time reaches a decided verdict within
//! the target (issue 13: median at most 6 questions, at most 10 for any), and
//! the verdict reached is the one the complete project gets.

mod common;
use common::*;
use jiujiang_engine::rules::interview::simulate;
use jiujiang_engine::Project;

fn lead(name: &str) -> (Project, Project) {
    let dir = data_dir().join("../examples/leads");
    let read = |f: String| {
        let text = std::fs::read_to_string(dir.join(&f)).unwrap_or_else(|e| panic!("{f}: {e}"));
        engine()
            .project_from_json(&text)
            .unwrap_or_else(|e| panic!("{f}: {e:?}"))
    };
    (
        read(format!("{name}.json")),
        read(format!("{name}.complete.json")),
    )
}

pub const LEADS: [&str; 6] = [
    "software",
    "electronics",
    "chemical",
    "clinker",
    "logistics",
    "battery",
];

#[test]
fn every_lead_reaches_the_complete_projects_verdict_within_target() {
    let e = engine();
    let mut counts = Vec::new();
    for name in LEADS {
        let (start, truth) = lead(name);
        let (asked, _, report) = simulate(&start, &truth, 40, |p, i| {
            e.screen_for(p, DEFAULT_AS_OF, None, i)
        });
        let full = e.screen(&truth, DEFAULT_AS_OF);
        let ids: Vec<&str> = asked.iter().map(|a| a.id).collect();
        println!(
            "{name}: {} questions {ids:?} -> {:?}",
            asked.len(),
            report.overall
        );
        assert!(report.bounds.decided(), "{name}: undecided after {ids:?}");
        assert_eq!(report.overall, full.overall, "{name}: {ids:?}");
        assert!(
            asked.len() <= 10,
            "{name}: {} questions {ids:?}",
            asked.len()
        );
        // The complete project answers every question asked: no "don't know".
        assert!(asked.iter().all(|a| !a.unknown), "{name}: {ids:?}");
        counts.push(asked.len());
    }
    counts.sort();
    let median = (counts[2] + counts[3]) as f64 / 2.0;
    println!("median {median}, counts {counts:?}");
    assert!(median <= 6.0, "median {median}: {counts:?}");
}
