//! Rules no input can decide: a person checks (REQUIRES_REVIEW), and
//! nothing is asked for. A typed distance within its margin of a band's
//! edge (catalogue GEO-04 ¶3), and a rule whose own data leave it open.

mod common;
use common::rules::*;
use common::*;
use jiujiang_engine::screen::Finding;
use jiujiang_engine::Outcome::{self, *};

const MAIN: &str = "site.dist_yangtze_mainstream_m";
const PRECISION: &str = "site.distance_precision_m";
/// The other waters far from the site.
const FAR: [(&str, &str); 3] = [
    ("site.dist_important_tributary_m", "9000"),
    ("site.dist_other_tributary_m", "9000"),
    ("site.dist_poyang_lake_m", "30000"),
];

/// The finding of `rule` for a new chemical plant (C2614) with these site
/// fields; the verdict-only path is held to agree with it every time.
fn finding(rule: &str, site: &[(&str, &str)]) -> Finding<'static> {
    let e = engine();
    let mut fields = vec![("industry_code", "C2614"), ("action", "new")];
    fields.extend_from_slice(site);
    let p = valid_project(fields);
    let f = (e.screen(&p, DEFAULT_AS_OF).findings.iter())
        .find(|f| f.rule_id == rule)
        .unwrap()
        .clone();
    let at = e.data.rules.iter().position(|r| r.id == rule).unwrap();
    assert_eq!(
        e.verdicts(&p, DEFAULT_AS_OF).outcomes[at],
        f.outcome,
        "{site:?}"
    );
    f
}

/// YRB-01 with the main-stream distance given and the other waters far.
fn yrb01_far(main: &str, more: &[(&str, &str)]) -> Finding<'static> {
    let mut site = vec![(MAIN, main)];
    site.extend_from_slice(&FAR);
    site.extend_from_slice(more);
    finding("YRB-01", &site)
}

/// Catalogue GEO-04 ¶3: under the line less the margin, prohibited; over
/// the line plus it, clear; in between a person checks. With the precision
/// not stated the margin is ±80 m (a map measure's); where a survey's
/// precision would settle it, that is asked; nearer than the official
/// line's ±50 m nothing is asked. The finding says why and lists the margin.
#[test]
fn a_typed_distance_within_its_margin_of_the_line_requires_review() {
    assert_eq!(yrb01_far("920", &[]).outcome, Prohibited);
    assert_eq!(yrb01_far("1081", &[]).outcome, Allowed);
    // Within ±50 m (the official line's alone): no precision could settle it.
    for dist in ["951", "999", "1000", "1010", "1049"] {
        let f = yrb01_far(dist, &[]);
        assert_eq!((f.outcome, f.missing.len()), (RequiresReview, 0), "{dist}");
        let margin_listed = f.thresholds.iter().any(|t| t.param == "GEO-04.near_line_m");
        assert!(margin_listed, "{dist}: the margin is listed");
        assert!(f.explanation.en.contains("GEO-04"), "{}", f.explanation.en);
    }
    // Between ±50 m and ±80 m: a survey's precision could, so it is asked.
    for dist in ["921", "1080"] {
        let f = yrb01_far(dist, &[]);
        assert_eq!((f.outcome, f.missing.len()), (NeedsInput, 1), "{dist}");
    }
    // Decided elsewhere: a tributary surely inside the band prohibits,
    // whatever side of the line the main stream lies on.
    let f = finding(
        "YRB-01",
        &[(MAIN, "1010"), ("site.dist_important_tributary_m", "400")],
    );
    assert_eq!(f.outcome, Prohibited);
}

#[test]
fn a_rule_naming_an_unknown_fact_or_parameter_says_so_and_asks_a_person() {
    let cases = format!(
        r#"{{"outcome": "PROHIBITED", "explain": {TEXT}, "when": {{"op": "is", "fact": "no.such_fact"}}}},
           {{"outcome": "PROHIBITED", "explain": {TEXT}, "when": {{"op": "flag", "param": "T.missing"}}}}"#
    );
    let data = data_with(&rule("", &cases, "ALLOWED"), "[]");
    let r = screen(&data, &project(&[]), DEFAULT_AS_OF);
    let f = only(&r);
    // No input can decide it, so nothing is asked for: a person checks.
    // (Said in the words for the rule's data, not a distance's margin.)
    let why = (
        f.outcome,
        f.missing.len(),
        f.explanation.en.contains("has none in force"),
        f.explanation.en.contains("GEO-04"),
    );
    assert_eq!(
        why,
        (Outcome::RequiresReview, 0, true, false),
        "{}",
        f.explanation.en
    );
    let caveats: Vec<&str> = f.caveats.iter().map(|c| c.en.as_str()).collect();
    assert!(
        caveats
            .iter()
            .any(|c| c.contains("unknown fact no.such_fact")),
        "{caveats:?}"
    );
    assert!(
        caveats
            .iter()
            .any(|c| c.contains("Parameter T.missing has no value")),
        "{caveats:?}"
    );
}

/// While other inputs are open, only those that change what the rule can
/// still come to are asked: at 1,010 m typed a near tributary would
/// prohibit, so the tributaries are asked; a near Poyang Lake would add only
/// the review already due, so it is not. Nothing makes it allowed any more.
#[test]
fn beside_an_unsure_distance_only_the_answers_that_matter_are_asked() {
    let f = finding("YRB-01", &[(MAIN, "1010")]);
    assert_eq!(f.outcome, NeedsInput);
    assert!(
        f.missing.contains(&"site.dist_important_tributary_m"),
        "{:?}",
        f.missing
    );
    assert!(
        !f.missing.contains(&"site.dist_poyang_lake_m"),
        "{:?}",
        f.missing
    );
    assert_eq!(f.could_be, [Prohibited, RequiresReview]);
    let b = f.bounds.unwrap();
    assert_eq!((b.best, b.worst), (RequiresReview, Prohibited));
    // Answered far: review; answered near: prohibited.
    for (tributary, expected) in [("9000", RequiresReview), ("500", Prohibited)] {
        let f = finding(
            "YRB-01",
            &[
                (MAIN, "1010"),
                ("site.dist_important_tributary_m", tributary),
                ("site.dist_other_tributary_m", "9000"),
            ],
        );
        assert_eq!(f.outcome, expected, "{tributary}");
    }
}

/// A stated precision sets the margin: the official line's ±50 m plus it.
/// A surveyed 1,060 m (±5 m) is clear; the same figure measured on a map
/// (±30 m) is left to review. "More than" a figure is measured the same way,
/// and the figure itself is asked for where that would settle it.
#[test]
fn a_stated_precision_sets_the_margin_and_a_bound_is_measured_like_a_figure() {
    let yrb01 = |main: &str, more: &[(&str, &str)]| {
        let f = yrb01_far(main, more);
        (f.outcome, f.missing)
    };
    assert_eq!(yrb01("1060", &[(PRECISION, "5")]).0, Allowed);
    assert_eq!(yrb01("1060", &[(PRECISION, "30")]).0, RequiresReview);
    assert_eq!(yrb01("1060", &[]), (NeedsInput, vec![PRECISION]));
    // "None within 1 km": the figure would settle it; well past, clear.
    assert_eq!(yrb01(">1000", &[]), (NeedsInput, vec![MAIN]));
    assert_eq!(yrb01(">900", &[]), (NeedsInput, vec![MAIN]));
    assert_eq!(yrb01(">5000", &[]).0, Allowed);
}

/// A scope left to a person does not say "either way it does not stand in
/// the way" beside a review.
#[test]
fn an_unsure_scope_says_it_stands_aside_only_when_it_does() {
    let f = finding(
        "GEO-DEF-03",
        &[
            (MAIN, "1010"),
            ("site.dist_important_tributary_m", "9000"),
            ("site.dist_other_tributary_m", "9000"),
            ("site.distance_reference", "water_edge"),
            ("facilities", ""),
        ],
    );
    assert_ne!(f.outcome, Allowed);
    let stands_aside =
        |c: &&jiujiang_engine::screen::Caveat| c.en.contains("does not stand in the way");
    assert!(
        !f.caveats.iter().any(|c| stands_aside(&c)),
        "{:?}",
        f.caveats
    );
}

/// A review reached on a branch's own terms (near Poyang Lake) past an
/// unsure one (1,010 m from the Yangtze) says that a check may find the
/// unsure one's outcome instead: the worst case is not hidden.
#[test]
fn a_review_past_an_unsure_prohibition_names_it() {
    let f = finding(
        "YRB-01",
        &[
            (MAIN, "1010"),
            ("site.dist_important_tributary_m", "9000"),
            ("site.dist_other_tributary_m", "9000"),
            ("site.dist_poyang_lake_m", "500"),
        ],
    );
    assert_eq!(f.outcome, RequiresReview);
    // And what the lake's own review may find: the plan's band binding, or not.
    assert_eq!(f.could_be, [Prohibited, RequiresReview, Allowed]);
}

/// Asking for the precision or the figure can only give what that answer
/// could: 1,070 m typed, its precision not stated, is clear if surveyed and
/// for review if measured on a map, never prohibited; "more than 1,000 m"
/// is clear or for review. The bounds say so.
#[test]
fn an_askable_margin_keeps_only_what_its_answer_could_give() {
    let yrb01 = |main: &str| {
        let f = yrb01_far(main, &[]);
        (f.outcome, f.possible.iter().collect::<Vec<_>>())
    };
    assert_eq!(yrb01("1070"), (NeedsInput, vec![Allowed, RequiresReview]));
    assert_eq!(yrb01(">1000"), (NeedsInput, vec![Allowed, RequiresReview]));
    assert_eq!(yrb01("930"), (NeedsInput, vec![RequiresReview, Prohibited]));
    assert_eq!(
        yrb01(">900"),
        (NeedsInput, vec![Allowed, RequiresReview, Prohibited])
    );
}

/// A precision stated while the official line's margin has no value in
/// force cannot narrow the margin: the rule is left to a person at once,
/// and the precision already given is not asked for again.
#[test]
fn a_stated_precision_is_not_asked_for_again_when_the_line_margin_is_not_in_force() {
    let mut data = engine().data.clone();
    let line = (data.params.iter_mut())
        .find(|p| p.id == "GEO-04.line_margin_m")
        .unwrap();
    for v in &mut line.values {
        v.from = jiujiang_engine::Date::new(2099, 1, 1);
    }
    let mut fields = vec![
        ("industry_code", "C2614"),
        ("action", "new"),
        (MAIN, "1060"),
        (PRECISION, "5"),
    ];
    fields.extend_from_slice(&FAR);
    let r = screen(&data, &valid_project(fields), DEFAULT_AS_OF);
    let f = r.findings.iter().find(|f| f.rule_id == "YRB-01").unwrap();
    assert_eq!((f.outcome, f.missing.clone()), (RequiresReview, vec![]));
}
