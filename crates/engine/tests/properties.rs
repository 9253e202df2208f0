//! Properties that must hold for any project, not just the golden ones.

mod common;
use common::*;
use jiujiang_engine::screen::severity;
use jiujiang_engine::{Action, Project};
use proptest::prelude::*;

const CODES: &[&str] = &[
    "C2614", "C2662", "C2710", "C2811", "C3981", "C3311", "C26", "C", "I6511",
];

fn distance() -> impl Strategy<Value = Option<f64>> {
    prop_oneof![Just(None), (0.0f64..20_000.0).prop_map(Some)]
}

fn project() -> impl Strategy<Value = Project> {
    (
        prop::option::of(prop::sample::select(CODES)),
        prop::option::of(prop::sample::select(Action::ALL.to_vec())),
        prop::option::of(any::<bool>()),
        [distance(), distance(), distance(), distance()],
    )
        .prop_map(|(code, action, adds, d)| {
            let mut p = Project {
                industry_code: code.map(str::to_string),
                action,
                adds_capacity: adds,
                ..Project::default()
            };
            p.site.dist_yangtze_mainstream_m = d[0];
            p.site.dist_important_tributary_m = d[1];
            p.site.dist_poyang_lake_m = d[2];
            p.site.dist_other_tributary_m = d[3];
            p
        })
}

fn worst(p: &Project) -> Vec<u8> {
    engine()
        .screen(p, DEFAULT_AS_OF)
        .findings
        .iter()
        .map(|f| severity(f.outcome))
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig { failure_persistence: None, ..ProptestConfig::default() })]

    /// Moving a site farther from any water never makes any finding worse.
    #[test]
    fn farther_from_water_is_never_worse(p in project(), which in 0usize..4, extra in 0.0f64..5_000.0) {
        let mut q = p.clone();
        let d = match which {
            0 => &mut q.site.dist_yangtze_mainstream_m,
            1 => &mut q.site.dist_important_tributary_m,
            2 => &mut q.site.dist_poyang_lake_m,
            _ => &mut q.site.dist_other_tributary_m,
        };
        if let Some(v) = d.as_mut() { *v += extra; }
        let (before, after) = (engine().screen(&p, DEFAULT_AS_OF), engine().screen(&q, DEFAULT_AS_OF));
        for (a, b) in before.findings.iter().zip(&after.findings) {
            let b = after.findings.iter().find(|f| f.rule_id == a.rule_id).unwrap_or(b);
            prop_assert!(severity(b.outcome) <= severity(a.outcome), "{}: {:?} -> {:?}", a.rule_id, a.outcome, b.outcome);
        }
    }

    /// A renovation (or an upgrade adding no capacity) is never judged more
    /// harshly than a new build of the same project.
    #[test]
    fn renovation_never_harsher_than_new_build(p in project()) {
        let mut new = p.clone();
        new.action = Some(Action::New);
        let mut renovation = p.clone();
        renovation.action = Some(Action::Renovation);
        let mut upgrade = p;
        upgrade.action = Some(Action::TechUpgrade);
        upgrade.adds_capacity = Some(false);
        let n = worst(&new);
        for other in [worst(&renovation), worst(&upgrade)] {
            prop_assert!(other.iter().max() <= n.iter().max());
        }
    }

    /// The form round trip loses nothing: fields -> project -> fields.
    #[test]
    fn fields_round_trip(p in project()) {
        let fields = p.to_fields();
        let (q, errors) = engine().parse_fields(fields.iter().map(|(k, v)| (*k, v.as_str())));
        prop_assert!(errors.is_empty(), "{errors:?}");
        prop_assert_eq!(q, p);
    }
}
