//! The outcomes of every golden case's whole report (all rules, not only the
//! one the case checks; for an incentive case, every item's state and what it
//! waits on), recorded in data/outcomes.lock under the data version they
//! were made with. A change of engine or data that moves any
//! of them must come with a new data version and a changelog release: a
//! report names its data version, and the same version must mean the same
//! answers. Cases added or removed only ask for the record to be redone.
//!
//! Redo the record: `UPDATE_OUTCOMES=1 cargo test -p jiujiang-engine --test outcomes`
//! (refused while outcomes moved under an unchanged data version).

mod common;
use common::*;
use std::collections::BTreeMap;
use std::fmt::Write;

const LOCK: &str = "outcomes.lock";

/// FNV-1a, 64 bits: the same on every machine, and enough to tell two
/// reports apart.
fn fnv(s: &str) -> u64 {
    s.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

struct Recorded {
    key: u64,
    outcomes: u64,
    label: String,
}

/// Each case's project, date and boundary, and what its report decides:
/// per rule the outcome, what it could still be and the inputs it waits on;
/// overall, the verdict, its bounds and the first questions.
fn record() -> Vec<Recorded> {
    let engine = engine();
    let mut out = Vec::new();
    for (file, case) in load_cases() {
        let as_of = case.as_of.unwrap_or(DEFAULT_AS_OF);
        let mut key = format!("{file}\n{as_of}\n");
        for (k, v) in &case.project {
            let _ = writeln!(key, "{k}={}", field_text(v));
        }
        if let Some(b) = &case.boundary {
            let _ = writeln!(key, "boundary={}", b.file);
        }
        let (project, _) = parse_case_project(&case.project);
        let boundary = case.boundary.as_ref().map(CaseBoundary::load);
        let report = engine.screen_in(&project, as_of, boundary.as_ref());
        let mut s = format!(
            "{:?} {:?} {:?}\n",
            report.overall, report.bounds.best, report.bounds.worst
        );
        let mut findings: Vec<_> = report.findings.iter().collect();
        findings.sort_by_key(|f| f.rule_id);
        for f in findings {
            let _ = writeln!(
                s,
                "{} {:?} {:?} {:?}",
                f.rule_id, f.outcome, f.could_be, f.missing
            );
        }
        for q in report.questions.iter().take(3) {
            let _ = writeln!(s, "? {}", q.id);
        }
        out.push(Recorded {
            key: fnv(&key),
            outcomes: fnv(&s),
            label: format!("{file}: {}", case.name.replace('\n', " ")),
        });
    }
    out.extend(record_incentives());
    out
}

/// The incentive cases, read loosely (their own test reads them strictly):
/// project, date, packages named and the screening's verdict in; every
/// item's state and missing figures out.
fn record_incentives() -> Vec<Recorded> {
    use jiujiang_engine::incentives::{estimate, package_from_json, Options};
    let engine = engine();
    let example = package_from_json(
        &std::fs::read_to_string(data_dir().join("../examples/packages/park-example.json"))
            .unwrap(),
    )
    .unwrap();
    let mut out = Vec::new();
    for (file, case) in load_case_dir::<toml::Table>("incentive-cases") {
        let get = |k: &str| case.get(k).map(toml::Value::to_string).unwrap_or_default();
        let key = format!(
            "incentive-cases/{file}\n{}\n{}\n{}\n{}",
            get("as_of"),
            get("overall"),
            get("packages"),
            get("project")
        );
        let project: std::collections::BTreeMap<String, toml::Value> = case
            .get("project")
            .and_then(|p| p.as_table())
            .map(|t| t.clone().into_iter().collect())
            .unwrap_or_default();
        let (project, _) = parse_case_project(&project);
        let as_of = (case.get("as_of").and_then(|d| d.as_str()))
            .and_then(jiujiang_engine::Date::parse)
            .unwrap_or(DEFAULT_AS_OF);
        let overall = match case.get("overall").and_then(|o| o.as_str()) {
            Some("PROHIBITED") => jiujiang_engine::Outcome::Prohibited,
            _ => jiujiang_engine::Outcome::Allowed,
        };
        let named: Option<Vec<&str>> = (case.get("packages").and_then(|p| p.as_array()))
            .map(|a| a.iter().filter_map(|x| x.as_str()).collect());
        let packages = named_packages(named.as_deref(), &example);
        let report = estimate(
            &engine.data,
            &project,
            as_of,
            overall,
            &packages,
            Options::default(),
        );
        let mut s = String::new();
        for i in &report.items {
            let _ = writeln!(s, "{} {:?} {:?}", i.id, i.state, i.missing);
        }
        let name = get("name");
        out.push(Recorded {
            key: fnv(&key),
            outcomes: fnv(&s),
            label: format!("incentive-cases/{file}: {}", name.trim_matches('"')),
        });
    }
    out
}

struct Lock {
    data_version: String,
    outcomes: BTreeMap<u64, u64>,
}

fn read_lock(text: &str) -> Lock {
    let mut lock = Lock {
        data_version: String::new(),
        outcomes: BTreeMap::new(),
    };
    for line in text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
    {
        if let Some(v) = line.strip_prefix("data_version ") {
            lock.data_version = v.trim().to_string();
            continue;
        }
        let mut parts = line.split_whitespace();
        let hex = |p: Option<&str>| {
            p.and_then(|h| u64::from_str_radix(h, 16).ok())
                .unwrap_or_else(|| panic!("data/{LOCK}: bad line {line:?}"))
        };
        let (key, outcomes) = (hex(parts.next()), hex(parts.next()));
        lock.outcomes.insert(key, outcomes);
    }
    lock
}

fn write_lock(version: &str, recorded: &[Recorded]) -> String {
    let mut s = String::from(
        "# The outcomes of every golden case's whole report, by data version\n\
         # (crates/engine/tests/outcomes.rs). Generated: do not edit by hand.\n\
         # Each line: the case (its file, date, project), its report, its name.\n",
    );
    let _ = writeln!(s, "data_version {version}");
    for r in recorded {
        let _ = writeln!(s, "{:016x} {:016x} {}", r.key, r.outcomes, r.label);
    }
    s
}

#[test]
fn outcomes_move_only_with_the_data_version() {
    let version = engine().data.data_version.clone();
    let path = data_dir().join(LOCK);
    let lock = read_lock(&std::fs::read_to_string(&path).unwrap_or_default());
    let recorded = record();
    let changed: Vec<&str> = (recorded.iter())
        .filter(|r| lock.outcomes.get(&r.key).is_some_and(|o| *o != r.outcomes))
        .map(|r| r.label.as_str())
        .collect();
    let same_version = lock.data_version == version;
    if std::env::var_os("UPDATE_OUTCOMES").is_some() {
        assert!(
            !same_version || changed.is_empty(),
            "outcomes moved under data version {version}; bump data/VERSION and add a \
             changelog release before recording them:\n{}",
            changed.join("\n")
        );
        std::fs::write(&path, write_lock(&version, &recorded)).unwrap();
        return;
    }
    let redo = "UPDATE_OUTCOMES=1 cargo test -p jiujiang-engine --test outcomes";
    assert!(
        changed.is_empty() || !same_version,
        "{} case(s) decide differently under the same data version {version}. If the \
         change is meant, bump data/VERSION, add a changelog release saying what moved, \
         then run `{redo}`:\n{}",
        changed.len(),
        changed.join("\n")
    );
    assert!(
        same_version,
        "data/{LOCK} records data version {:?}, the data are {version}: run `{redo}`",
        lock.data_version
    );
    let keys: Vec<u64> = recorded.iter().map(|r| r.key).collect();
    let added = keys
        .iter()
        .filter(|k| !lock.outcomes.contains_key(k))
        .count();
    let removed = lock.outcomes.keys().filter(|k| !keys.contains(k)).count();
    assert!(
        added == 0 && removed == 0,
        "{added} case(s) not recorded and {removed} recorded no longer present: run `{redo}`"
    );
}

/// The record reacts to what it should: a different outcome is a different
/// line, and the same report gives the same line.
#[test]
fn the_record_tells_reports_apart() {
    let a = record();
    let b = record();
    assert_eq!(
        a.iter().map(|r| (r.key, r.outcomes)).collect::<Vec<_>>(),
        b.iter().map(|r| (r.key, r.outcomes)).collect::<Vec<_>>()
    );
    // Cases differ: nearly every one has its own report line. (Cases of one
    // rule may agree on the whole report, but not most of them.)
    let distinct: std::collections::BTreeSet<u64> = a.iter().map(|r| r.outcomes).collect();
    assert!(
        distinct.len() * 2 > a.len(),
        "{} of {}",
        distinct.len(),
        a.len()
    );
    // Cases with the same project and date (checking different rules) share
    // one report.
    for (x, y) in a.iter().flat_map(|x| a.iter().map(move |y| (x, y))) {
        assert!(x.key != y.key || x.outcomes == y.outcomes, "{}", x.label);
    }
    assert_ne!(fnv("ALLOWED"), fnv("PROHIBITED"));
}
