//! Every golden case in data/cases/ gives the expected outcome.

mod common;
use common::*;

#[test]
fn golden_cases_pass() {
    let engine = engine();
    let cases = load_cases();
    assert!(!cases.is_empty(), "no golden cases found");
    let mut failures = Vec::new();
    for (file, case) in &cases {
        let fields: Vec<(String, String)> = case
            .project
            .iter()
            .map(|(k, v)| (k.clone(), field_text(v)))
            .collect();
        let (project, errors) =
            engine.parse_fields(fields.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        if !errors.is_empty() {
            failures.push(format!("{file}: {}: input errors {errors:?}", case.name));
            continue;
        }
        let report = engine.screen(&project, case.as_of.unwrap_or(DEFAULT_AS_OF));
        let Some(f) = report.findings.iter().find(|f| f.rule_id == case.rule) else {
            failures.push(format!(
                "{file}: {}: rule {} not in report",
                case.name, case.rule
            ));
            continue;
        };
        if f.outcome != case.expect {
            failures.push(format!(
                "{file}: {}: expected {:?}, got {:?} ({})",
                case.name, case.expect, f.outcome, f.explanation.en
            ));
        }
        if let Some(s) = case.status {
            if f.status != s {
                failures.push(format!(
                    "{file}: {}: expected status {s:?}, got {:?}",
                    case.name, f.status
                ));
            }
        }
        if let Some(m) = &case.missing {
            if f.missing != m.iter().map(String::as_str).collect::<Vec<_>>() {
                failures.push(format!(
                    "{file}: {}: expected missing {m:?}, got {:?}",
                    case.name, f.missing
                ));
            }
        }
        if f.outcome == jiujiang_engine::Outcome::NeedsInput && f.missing.is_empty() {
            failures.push(format!(
                "{file}: {}: NEEDS_INPUT without the fields to give",
                case.name
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} golden cases failed:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
    println!("{} golden cases passed", cases.len());
}
