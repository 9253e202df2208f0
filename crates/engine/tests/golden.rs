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
        let (project, errors) = parse_case_project(&case.project);
        if !errors.is_empty() {
            failures.push(format!("{file}: {}: input errors {errors:?}", case.name));
            continue;
        }
        let boundary = case.boundary.as_ref().map(CaseBoundary::load);
        let report = engine.screen_in(
            &project,
            case.as_of.unwrap_or(DEFAULT_AS_OF),
            boundary.as_ref(),
        );
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
        let mut check = |what: &str, ok: bool, got: String| {
            if !ok {
                failures.push(format!("{file}: {}: expected {what}, got {got}", case.name));
            }
        };
        if let Some(w) = &case.explains {
            check(
                &format!("an explanation with “{w}”"),
                f.explanation.en.contains(w.as_str()),
                f.explanation.en.clone(),
            );
        }
        if let Some([lo, hi]) = case.range {
            let got: Vec<_> = f.ranges.iter().map(|r| [r.min, r.max]).collect();
            check(
                &format!("range {lo}–{hi}"),
                got == [[lo, hi]],
                format!("{got:?}"),
            );
        }
        if let Some([b, w]) = case.rule_bounds {
            let got = f.bounds.map(|x| [x.best, x.worst]);
            check(
                &format!("rule bounds {b:?}–{w:?}"),
                got == Some([b, w]),
                format!("{got:?}"),
            );
        }
        if let Some(o) = case.overall {
            check(
                &format!("overall {o:?}"),
                report.overall == o,
                format!("{:?}", report.overall),
            );
        }
        if let Some([b, w]) = case.bounds {
            let got = [report.bounds.best, report.bounds.worst];
            check(
                &format!("bounds {b:?}–{w:?}"),
                got == [b, w],
                format!("{got:?}"),
            );
        }
        if let Some(q) = &case.questions {
            let got: Vec<&str> = report
                .questions
                .iter()
                .map(|q| q.id)
                .take(q.len())
                .collect();
            check(&format!("questions {q:?}"), got == *q, format!("{got:?}"));
        }
        if let Some(c) = &case.could_be {
            check(
                &format!("could be {c:?}"),
                f.could_be == *c,
                format!("{:?}", f.could_be),
            );
        }
        if let Some(t) = &case.thresholds {
            let got: Vec<&str> = f.thresholds.iter().map(|t| t.param).collect();
            check(&format!("thresholds {t:?}"), got == *t, format!("{got:?}"));
        }
        if let Some(h) = &case.on_hold_if {
            // "" for none.
            let got = f.on_hold_if.map_or("", |t| t.en.as_str());
            check(&format!("on hold if {h:?}"), got == h, format!("{got:?}"));
        }
        if let Some(w) = &case.review_may_worsen {
            check(
                &format!("review may worsen {w:?}"),
                report.review_may_worsen == *w,
                format!("{:?}", report.review_may_worsen),
            );
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

#[test]
fn energy_summary_reports_two_high_on_both_bases() {
    let e = engine();
    let summary = |fields: &[(&str, &str)], as_of| {
        let p = valid_project(fields.iter().copied());
        e.screen(&p, as_of).energy
    };
    // 30 GWh in aluminium: ~3,687 tce calorific, 8,400–9,300 primary (the
    // factor's band): two-high either way.
    let s = summary(
        &[
            ("industry_code", "C3216"),
            ("energy.electricity_10k_kwh", "3000"),
            ("energy.carriers_complete", "yes"),
        ],
        DEFAULT_AS_OF,
    );
    assert_eq!(s.two_high, Some(true));
    assert_eq!(s.tce_calorific.map(f64::round), Some(3687.0));
    assert_eq!(s.tce_primary, None);
    let primary = (s.tce_primary_at_least, s.tce_primary_at_most);
    assert_eq!(
        (primary.0.map(f64::round), primary.1.map(f64::round)),
        (Some(8400.0), Some(9300.0))
    );
    // Not said to be all the energy: a floor, still two-high, no figure.
    let s = summary(
        &[
            ("industry_code", "C3216"),
            ("energy.electricity_10k_kwh", "3000"),
        ],
        DEFAULT_AS_OF,
    );
    assert_eq!((s.two_high, s.tce_primary), (Some(true), None));
    // Said as a floor: at least the electricity's 8,400 tce primary, open
    // above.
    assert_eq!(s.tce_primary_at_least.map(f64::round), Some(8400.0));
    assert_eq!(s.tce_primary_at_most, None);
    assert_eq!(s.tce_calorific_at_least.map(f64::round), Some(3687.0));
    let small = |complete: &'static str| {
        summary(
            &[
                ("industry_code", "C3216"),
                ("energy.electricity_10k_kwh", "100"),
                ("energy.carriers_complete", complete),
            ],
            DEFAULT_AS_OF,
        )
        .two_high
    };
    assert_eq!(small("yes"), Some(false));
    // 100 × 10⁴ kWh and more not entered: could be two-high.
    assert_eq!(small("no"), None);
    assert_eq!(small(""), None);
    // Before Jiangxi's two-high opinion the question is open, not "no".
    let before = jiujiang_engine::Date::new(2021, 11, 29);
    let s = summary(
        &[
            ("industry_code", "C3216"),
            ("energy.electricity_10k_kwh", "100"),
            ("energy.carriers_complete", "yes"),
        ],
        before,
    );
    assert_eq!(s.two_high, None);
    // No energy given: cannot tell.
    assert_eq!(
        summary(&[("industry_code", "C3216")], DEFAULT_AS_OF).two_high,
        None
    );
}

/// Issue 14: the documented real cases. Each states where it is reported,
/// when, and what the source says happened; the screening date is the
/// decision's, so the rules then in force apply. Their outcomes are checked
/// with every other golden case above.
#[test]
fn real_cases_are_sourced_and_dated() {
    let real: Vec<_> = load_cases()
        .into_iter()
        .filter(|(file, _)| file == "real.toml")
        .collect();
    assert!(real.len() >= 10, "only {} real cases", real.len());
    for (_, case) in &real {
        let source = case
            .source
            .as_ref()
            .unwrap_or_else(|| panic!("{}: no [case.source]", case.name));
        assert!(source.url.starts_with("http"), "{}: url", case.name);
        assert!(!source.title.trim().is_empty(), "{}: title", case.name);
        assert!(
            source.documented.chars().count() > 40,
            "{}: the documented outcome must quote the source",
            case.name
        );
        let as_of = case
            .as_of
            .unwrap_or_else(|| panic!("{}: a real case is screened as of its date", case.name));
        assert!(
            as_of <= DEFAULT_AS_OF && source.date <= DEFAULT_AS_OF,
            "{}: dated in the future",
            case.name
        );
        assert!(case.name.starts_with("REAL-"), "{}: id", case.name);
    }
    // Sources belong to real cases only: a made-up case must not look documented.
    for (file, case) in load_cases() {
        if file != "real.toml" {
            assert!(
                case.source.is_none(),
                "{file}: {}: a source outside real.toml",
                case.name
            );
        }
    }
}

/// The verdict-only path (the compiled conditions evaluated for their value
/// alone) decides every golden case's project as the explained report does:
/// the same outcome and the same outcomes still possible, for every rule.
#[test]
fn verdicts_agree_with_the_report_on_every_golden_case() {
    let engine = engine();
    let mut checked = 0;
    for (file, case) in &load_cases() {
        let (project, errors) = parse_case_project(&case.project);
        if !errors.is_empty() {
            continue;
        }
        let boundary = case.boundary.as_ref().map(CaseBoundary::load);
        let as_of = case.as_of.unwrap_or(DEFAULT_AS_OF);
        let report = engine.screen_in(&project, as_of, boundary.as_ref());
        let fast = engine.verdicts_in(&project, as_of, boundary.as_ref());
        assert_eq!(fast.overall, report.overall, "{file}: {}", case.name);
        for (i, rule) in engine.data.rules.iter().enumerate() {
            let f = report
                .findings
                .iter()
                .find(|f| f.rule_id == rule.id)
                .unwrap();
            assert_eq!(
                (fast.outcomes[i], fast.possible[i]),
                (f.outcome, f.possible),
                "{file}: {}: {}",
                case.name,
                rule.id
            );
        }
        checked += 1;
    }
    assert!(checked > 100, "{checked}");
}

/// A finding never states a value it does not know: the rule texts have no
/// `?` of their own, so one in a filled text is an unknown placeholder
/// ("? t new needs ? t retired"), which belongs in a `[[…]]` clause.
#[test]
fn no_finding_says_an_unknown_value_as_a_question_mark() {
    let engine = engine();
    let mut filled = 0;
    for (file, case) in &load_cases() {
        let (project, _) = parse_case_project(&case.project);
        let as_of = case.as_of.unwrap_or(DEFAULT_AS_OF);
        let boundary = case.boundary.as_ref().map(CaseBoundary::load);
        for f in engine
            .screen_in(&project, as_of, boundary.as_ref())
            .findings
        {
            let caveats = f.caveats.iter().map(|c| &**c);
            let texts = [&*f.explanation].into_iter().chain(f.hint.as_deref());
            for t in texts.chain(caveats) {
                for s in [&t.zh, &t.en] {
                    assert!(
                        !s.contains('?'),
                        "{file}: {}: {}: {s}",
                        case.name,
                        f.rule_id
                    );
                    filled += usize::from(s.chars().any(|c| c.is_ascii_digit()));
                }
            }
        }
    }
    assert!(
        filled > 100,
        "{filled}: too few texts with a number to mean anything"
    );
}
