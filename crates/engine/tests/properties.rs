//! Properties that must hold for any project, not just the golden ones.

mod common;
use common::*;
use jiujiang_engine::project::FIELDS;
use jiujiang_engine::rules::bounds::weight;
use jiujiang_engine::screen::worst_case;
use jiujiang_engine::{Project, Report};
use proptest::prelude::*;

const CODES: &[&str] = &[
    "C2614", "C2662", "C2710", "C2811", "C3981", "C3110", "C3011", "C3041", "C3216", "C3731",
    "D4411", "C26", "C", "I6511",
];
const DISTANCES: &[&str] = &[
    "site.dist_yangtze_mainstream_m",
    "site.dist_important_tributary_m",
    "site.dist_poyang_lake_m",
    "site.dist_other_tributary_m",
];

fn maybe(values: &'static [&'static str]) -> impl Strategy<Value = Option<&'static str>> {
    prop::option::of(prop::sample::select(values))
}

fn yes_no() -> impl Strategy<Value = Option<&'static str>> {
    maybe(&["yes", "no"])
}

/// A random project as form text: every field may be missing.
fn project() -> impl Strategy<Value = Vec<(&'static str, String)>> {
    let ident = (
        maybe(CODES),
        maybe(&[
            "new",
            "expansion",
            "renovation",
            "relocation",
            "tech_upgrade",
        ]),
        yes_no(),
        yes_no(),
        maybe(&[
            "none",
            "tailings_pond",
            "wharf,own_outfall",
            "sand_dredging",
            "capture_fishery",
        ]),
    );
    let site = (
        prop::collection::vec(prop::option::of(0.0f64..20_000.0), 4),
        maybe(&["management_line", "water_edge"]),
        yes_no(),
        maybe(&["none", "pengze-jishan", "hukou-hitech", "revoked"]),
        maybe(&["none", "core", "experimental"]),
        maybe(&["none", "grade2", "quasi"]),
        maybe(&["none", "protection", "reserve"]),
        maybe(&["allowed", "not_checked", "prohibited"]),
    );
    let rest = (
        yes_no(),
        yes_no(),
        maybe(&["permitted", "restricted", "encouraged", "not_checked"]),
        maybe(&["not_listed", "licensed"]),
        maybe(&["meets_benchmark", "below_benchmark"]),
        prop::option::of(0.0f64..100_000.0),
        prop::option::of(0.0f64..3_000_000.0),
        prop::option::of(0.0f64..3_000_000.0),
    );
    (ident, site, rest).prop_map(|(i, s, r)| {
        let mut f: Vec<(&'static str, Option<String>)> = vec![
            ("industry_code", i.0.map(String::from)),
            ("action", i.1.map(String::from)),
            ("adds_capacity", i.2.map(String::from)),
            ("renovation_for_safety_env", i.3.map(String::from)),
            ("facilities", i.4.map(String::from)),
            ("site.distance_reference", s.1.map(String::from)),
            ("site.in_compliant_park", s.2.map(String::from)),
            ("site.chemical_park", s.3.map(String::from)),
            ("site.nature_reserve_zone", s.4.map(String::from)),
            ("site.drinking_water_zone", s.5.map(String::from)),
            ("site.shoreline_zone", s.6.map(String::from)),
            ("site.zoning_check", s.7.map(String::from)),
            ("impact.discharges_pollutants", r.0.map(String::from)),
            ("impact.severe_water_polluter", r.1.map(String::from)),
            ("catalogue.class", r.2.map(String::from)),
            ("catalogue.market_access", r.3.map(String::from)),
            ("catalogue.efficiency", r.4.map(String::from)),
            ("energy.electricity_10k_kwh", r.5.map(|x| x.to_string())),
            ("capacity.new_t", r.6.map(|x| x.to_string())),
            ("capacity.offered_t", r.7.map(|x| x.to_string())),
        ];
        for (k, d) in DISTANCES.iter().zip(s.0) {
            f.push((k, d.map(|x| x.to_string())));
        }
        f.into_iter()
            .filter_map(|(k, v)| v.map(|v| (k, v)))
            .collect()
    })
}

fn screen(fields: &[(&'static str, String)]) -> Report<'static> {
    let p = valid_project(fields.iter().map(|(k, v)| (*k, v.as_str())));
    engine().screen(&p, DEFAULT_AS_OF)
}

fn set(fields: &mut Vec<(&'static str, String)>, key: &'static str, value: &str) {
    fields.retain(|(k, _)| *k != key);
    fields.push((key, value.to_string()));
}

/// For every rule: the worst outcome `a` may have is no worse than `b`'s.
/// (Comparing worst cases: moving away can turn a certain REVIEW into
/// NEEDS_INPUT between REVIEW and ALLOWED, which is no worse.)
fn no_worse(a: &Report, b: &Report) -> Result<(), String> {
    for fa in &a.findings {
        let fb = b.findings.iter().find(|f| f.rule_id == fa.rule_id).unwrap();
        if worst_case(fa) > worst_case(fb) {
            return Err(format!(
                "{}: {:?} vs {:?}",
                fa.rule_id, fa.outcome, fb.outcome
            ));
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { failure_persistence: None, cases: 256, ..ProptestConfig::default() })]

    /// Moving a site farther from any water never makes the verdict worse.
    /// (Per rule it can: GEO-DEF-03 only speaks just outside the 1 km band,
    /// where YRB-01 has stopped prohibiting.)
    #[test]
    fn farther_from_water_is_never_worse(p in project(), which in 0usize..4, extra in 0.0f64..5_000.0) {
        let key = DISTANCES[which];
        let mut q = p.clone();
        if let Some((_, v)) = q.iter_mut().find(|(k, _)| *k == key) {
            *v = (v.parse::<f64>().unwrap() + extra).to_string();
        }
        let verdict = |r: &Report| r.findings.iter().map(worst_case).max();
        let (before, after) = (screen(&p), screen(&q));
        prop_assert!(verdict(&after) <= verdict(&before), "{:?} -> {:?}", before.overall, after.overall);
    }

    /// A renovation (or an upgrade adding no capacity) is never judged more
    /// harshly than a new build of the same project. The renovation adds no
    /// discharge: the law itself bans a discharge-adding renovation in a
    /// quasi-protection zone where a new, not severely polluting plant may go.
    #[test]
    fn renovation_never_harsher_than_new_build(p in project()) {
        let mut new = p.clone();
        set(&mut new, "action", "new");
        let mut renovation = p.clone();
        set(&mut renovation, "action", "renovation");
        set(&mut renovation, "impact.adds_discharge", "no");
        let mut upgrade = renovation.clone();
        set(&mut upgrade, "action", "tech_upgrade");
        set(&mut upgrade, "adds_capacity", "no");
        let new = screen(&new);
        no_worse(&screen(&renovation), &new).map_err(TestCaseError::fail)?;
        no_worse(&screen(&upgrade), &new).map_err(TestCaseError::fail)?;
    }

    /// NEEDS_INPUT always names inputs that exist, and only then.
    #[test]
    fn needs_input_names_real_inputs(p in project()) {
        let r = screen(&p);
        for f in &r.findings {
            let needs = f.outcome == jiujiang_engine::Outcome::NeedsInput;
            prop_assert_eq!(needs, !f.missing.is_empty(), "{}", f.rule_id);
            for m in f.missing.iter().chain(&f.would_refine) {
                let real = FIELDS.iter().any(|x| x.key == *m) || jiujiang_engine::project::Section::from_key(m).is_some();
                prop_assert!(real, "{}: {}", f.rule_id, m);
            }
        }
    }

    /// The fast verdict-only path agrees with the full report, rule by rule.
    #[test]
    fn verdicts_agree_with_the_full_report(p in project()) {
        let (project, _) = engine().parse_fields(p.iter().map(|(k, v)| (*k, v.as_str())));
        let full = engine().screen(&project, DEFAULT_AS_OF);
        let fast = engine().verdicts(&project, DEFAULT_AS_OF);
        prop_assert_eq!(fast.overall, full.overall);
        for (rule, outcome) in engine().data.rules.iter().zip(&fast.outcomes) {
            let f = full.findings.iter().find(|f| f.rule_id == rule.id).unwrap();
            prop_assert_eq!(*outcome, f.outcome, "{}", rule.id);
        }
    }

    /// The form round trip loses nothing: fields -> project -> fields -> project.
    #[test]
    fn fields_round_trip(p in project()) {
        let (a, errors) = engine().parse_fields(p.iter().map(|(k, v)| (*k, v.as_str())));
        prop_assert!(errors.is_empty(), "{errors:?}");
        let fields = a.to_fields();
        let (b, errors) = engine().parse_fields(fields.iter().map(|(k, v)| (*k, v.as_str())));
        prop_assert!(errors.is_empty(), "{errors:?}");
        prop_assert_eq!(&a, &b);
        let c: Project = engine().project_from_json(&a.to_json()).unwrap();
        prop_assert_eq!(a, c);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { failure_persistence: None, cases: 256, ..ProptestConfig::default() })]

    /// Whatever is typed into any field, parsing reports errors at fields and
    /// screening still produces a report: nothing panics (a wasm panic would
    /// kill the page).
    #[test]
    fn any_text_in_any_field_never_panics(
        picks in prop::collection::vec((0usize..FIELDS.len(), ".{0,24}"), 1..8)
    ) {
        let pairs: Vec<(&str, &str)> = picks.iter().map(|(i, v)| (FIELDS[*i].key, v.as_str())).collect();
        let (p, errors) = engine().parse_fields(pairs.iter().copied());
        for e in &errors {
            prop_assert!(FIELDS.iter().any(|f| f.key == e.field), "{e:?}");
            prop_assert!(!e.message.zh.is_empty() && !e.message.en.is_empty());
        }
        let report = engine().screen(&p, DEFAULT_AS_OF);
        prop_assert_eq!(report.findings.len(), engine().data.rules.len());
        let _ = engine().site_estimate(&p, DEFAULT_AS_OF, None);
        let _ = jiujiang_engine::rules::placement::placements(&engine().data, &p, DEFAULT_AS_OF);
    }
}

fn scoped_by_given(rule_id: &str) -> bool {
    fn has_given(c: &jiujiang_engine::data_types::Cond) -> bool {
        use jiujiang_engine::data_types::Cond;
        match c {
            Cond::Given { .. } => true,
            Cond::All { of } | Cond::Any { of } => of.iter().any(has_given),
            Cond::Not { of } => has_given(of),
            _ => false,
        }
    }
    let rule = engine().rule(rule_id).unwrap();
    rule.applies_if
        .iter()
        .chain(rule.cases.iter().map(|c| &c.when))
        .any(has_given)
}

/// A plausible answer to `q`, picked by `pick` and `x`: any value its kind
/// allows, or "none of these" / one item for a composite.
fn answer(
    q: &jiujiang_engine::rules::Question,
    pick: usize,
    x: f64,
) -> Vec<(&'static str, String)> {
    use jiujiang_engine::project::{field, FieldKind};
    let value_for = |key: &'static str| -> Option<String> {
        Some(match field(key)?.kind {
            FieldKind::YesNo => ["yes", "no"][pick % 2].to_string(),
            FieldKind::Choice(ch) => ch[pick % ch.len()].key.to_string(),
            FieldKind::Set(_) if pick % 3 == 0 => "none".to_string(),
            FieldKind::Set(ch) => ch[pick % ch.len()].key.to_string(),
            FieldKind::ChemicalPark => ["none", "pengze-jishan", "revoked"][pick % 3].to_string(),
            FieldKind::Distance => format!("{x:.0}"),
            FieldKind::Number { max, .. } => format!("{:.0}", x.min(max)),
            _ => return None,
        })
    };
    if !q.none.is_empty() {
        if pick % 2 == 0 {
            return q
                .none
                .iter()
                .map(|s| (s.field, s.value.to_string()))
                .collect();
        }
        let key = q.fields[pick % q.fields.len()];
        return value_for(key).map(|v| vec![(key, v)]).unwrap_or_default();
    }
    if q.id == "energy" {
        return vec![
            ("energy.stated_total_tce", format!("{x:.0}")),
            (
                "energy.stated_basis",
                ["calorific", "primary"][pick % 2].to_string(),
            ),
        ];
    }
    q.field
        .and_then(|k| value_for(k).map(|v| vec![(k, v)]))
        .unwrap_or_default()
}

proptest! {
    #![proptest_config(ProptestConfig { failure_persistence: None, cases: 512, max_global_rejects: 4096, ..ProptestConfig::default() })]

    /// Answering any question the report asks, with any answer, only
    /// narrows the bounds: the verdict never lands outside the range shown
    /// before. Once decided, nothing is asked.
    #[test]
    fn answering_a_question_never_leaves_the_bounds(
        p in project(), which in 0usize..64, pick in 0usize..64, x in 0.0f64..200_000.0,
    ) {
        let before = screen(&p);
        prop_assert_eq!(before.bounds.decided(), before.questions.is_empty());
        prop_assume!(!before.questions.is_empty());
        let q = &before.questions[which % before.questions.len()];
        let mut after_fields = p.clone();
        let answers = answer(q, pick, x);
        // An unstated precision of typed distances is taken as a map
        // measure's (the unstated margin less the official line's); stating
        // a worse one is news the bounds did not assume, and may widen them.
        let param = |id| jiujiang_engine::data_types::param_value(&engine().data, id, DEFAULT_AS_OF);
        let assumed = param("GEO-04.near_line_m").unwrap() - param("GEO-04.line_margin_m").unwrap();
        prop_assume!(!answers.iter().any(|(k, v)| {
            *k == "site.distance_precision_m" && v.parse::<f64>().is_ok_and(|m| m > assumed)
        }));
        for (k, v) in answers {
            set(&mut after_fields, k, &v);
        }
        let after = screen(&after_fields);
        prop_assert!(
            before.bounds.contains(&after.bounds),
            "{} answered: {:?} -> {:?}", q.id, before.bounds, after.bounds
        );
        // Rule by rule too, except where a scope asks "was it given at all"
        // (a stated overcapacity product overrides the industry code: stating
        // aluminium for a cement code brings in CAP-03, which the code alone
        // had ruled out). Those rules still stay inside the project's bounds.
        for f in after.findings.iter().filter(|f| !scoped_by_given(f.rule_id)) {
            let old = before.findings.iter().find(|o| o.rule_id == f.rule_id).unwrap();
            // By weight: informational rules scoped by "was a distance given"
            // switch between INFO and NOT_APPLICABLE, which weigh the same.
            for o in f.possible.iter() {
                prop_assert!(
                    old.possible.iter().any(|p| weight(p) == weight(o)),
                    "{}: {:?} was not possible ({:?})", f.rule_id, o, q.id
                );
            }
        }
    }
}
