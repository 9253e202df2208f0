//! Rules no input can decide: a person checks (REQUIRES_REVIEW), and
//! nothing is asked for. A typed distance within its margin of a band's
//! edge (catalogue GEO-04 ¶3), and a rule whose own data leave it open.

mod common;
use common::rules::*;
use common::*;
use jiujiang_engine::Outcome;

/// Catalogue GEO-04 ¶3: under the line less the margin, prohibited; over
/// the line plus it, clear; in between a person checks. With the precision
/// not stated the margin is ±80 m (a map measure's); where a survey's
/// precision would settle it, that is asked; nearer than the official
/// line's ±50 m nothing is asked. The finding says why and lists the margin.
#[test]
fn a_typed_distance_within_its_margin_of_the_line_requires_review() {
    let e = engine();
    let yrb01 = |dist: &str| {
        let p = valid_project([
            ("industry_code", "C2614"),
            ("action", "new"),
            ("site.dist_yangtze_mainstream_m", dist),
            ("site.dist_important_tributary_m", ">5000"),
            ("site.dist_other_tributary_m", ">5000"),
            ("site.dist_poyang_lake_m", ">5000"),
        ]);
        let r = e.screen(&p, DEFAULT_AS_OF);
        let f = r
            .findings
            .iter()
            .find(|f| f.rule_id == "YRB-01")
            .unwrap()
            .clone();
        // The verdict-only path agrees.
        let i = r
            .findings
            .iter()
            .position(|f| f.rule_id == "YRB-01")
            .unwrap();
        let fast = e.verdicts(&p, DEFAULT_AS_OF);
        let at = e.data.rules.iter().position(|r| r.id == "YRB-01").unwrap();
        assert_eq!(fast.outcomes[at], f.outcome, "{dist}: {i}");
        (
            f.outcome,
            f.missing.len(),
            f.thresholds.iter().any(|t| t.param == "GEO-04.near_line_m"),
            f.explanation.en.clone(),
        )
    };
    use jiujiang_engine::Outcome::*;
    assert_eq!(yrb01("920").0, Prohibited);
    assert_eq!(yrb01("1081").0, Allowed);
    // Within ±50 m (the official line's alone): no precision could settle it.
    for dist in ["951", "999", "1000", "1010", "1049"] {
        let (outcome, missing, margin_listed, why) = yrb01(dist);
        assert_eq!((outcome, missing), (RequiresReview, 0), "{dist}");
        assert!(margin_listed, "{dist}: the margin is listed");
        assert!(why.contains("GEO-04"), "{why}");
    }
    // Between ±50 m and ±80 m: a survey's precision could, so it is asked.
    for dist in ["921", "1080"] {
        let (outcome, missing, _, _) = yrb01(dist);
        assert_eq!((outcome, missing), (NeedsInput, 1), "{dist}");
    }
    // Decided elsewhere: a tributary surely inside the band prohibits,
    // whatever side of the line the main stream lies on.
    let p = valid_project([
        ("industry_code", "C2614"),
        ("action", "new"),
        ("site.dist_yangtze_mainstream_m", "1010"),
        ("site.dist_important_tributary_m", "400"),
    ]);
    let r = e.screen(&p, DEFAULT_AS_OF);
    let f = r.findings.iter().find(|f| f.rule_id == "YRB-01").unwrap();
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
        f.explanation.en.contains("data"),
    );
    assert_eq!(
        why,
        (Outcome::RequiresReview, 0, false),
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
    let e = engine();
    let p = valid_project([
        ("industry_code", "C2614"),
        ("action", "new"),
        ("site.dist_yangtze_mainstream_m", "1010"),
    ]);
    let r = e.screen(&p, DEFAULT_AS_OF);
    let f = r.findings.iter().find(|f| f.rule_id == "YRB-01").unwrap();
    assert_eq!(f.outcome, Outcome::NeedsInput);
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
    assert_eq!(f.could_be, [Outcome::Prohibited, Outcome::RequiresReview]);
    let b = f.bounds.unwrap();
    assert_eq!(
        (b.best, b.worst),
        (Outcome::RequiresReview, Outcome::Prohibited)
    );
    // Answered far: review; answered near: prohibited.
    for (tributary, expected) in [
        ("9000", Outcome::RequiresReview),
        ("500", Outcome::Prohibited),
    ] {
        let p = valid_project([
            ("industry_code", "C2614"),
            ("action", "new"),
            ("site.dist_yangtze_mainstream_m", "1010"),
            ("site.dist_important_tributary_m", tributary),
            ("site.dist_other_tributary_m", "9000"),
        ]);
        let r = e.screen(&p, DEFAULT_AS_OF);
        let f = r.findings.iter().find(|f| f.rule_id == "YRB-01").unwrap();
        assert_eq!(f.outcome, expected, "{tributary}");
    }
}

/// A stated precision sets the margin: the official line's ±50 m plus it.
/// A surveyed 1,060 m (±5 m) is clear; the same figure measured on a map
/// (±30 m) is left to review. "More than" a figure is measured the same way,
/// and the figure itself is asked for where that would settle it.
#[test]
fn a_stated_precision_sets_the_margin_and_a_bound_is_measured_like_a_figure() {
    let e = engine();
    let yrb01 = |fields: &[(&str, &str)]| {
        let mut all = vec![
            ("industry_code", "C2614"),
            ("action", "new"),
            ("site.dist_important_tributary_m", "9000"),
            ("site.dist_other_tributary_m", "9000"),
            ("site.dist_poyang_lake_m", "30000"),
        ];
        all.extend_from_slice(fields);
        let r = e.screen(&valid_project(all), DEFAULT_AS_OF);
        let f = r
            .findings
            .iter()
            .find(|f| f.rule_id == "YRB-01")
            .unwrap()
            .clone();
        (f.outcome, f.missing)
    };
    use jiujiang_engine::Outcome::*;
    let main = "site.dist_yangtze_mainstream_m";
    let precision = "site.distance_precision_m";
    assert_eq!(yrb01(&[(main, "1060"), (precision, "5")]).0, Allowed);
    assert_eq!(
        yrb01(&[(main, "1060"), (precision, "30")]).0,
        RequiresReview
    );
    assert_eq!(yrb01(&[(main, "1060")]), (NeedsInput, vec![precision]));
    // "None within 1 km": the figure would settle it; well past, clear.
    assert_eq!(yrb01(&[(main, ">1000")]), (NeedsInput, vec![main]));
    assert_eq!(yrb01(&[(main, ">900")]), (NeedsInput, vec![main]));
    assert_eq!(yrb01(&[(main, ">5000")]).0, Allowed);
}

/// A scope left to a person does not say "either way it does not stand in
/// the way" beside a review.
#[test]
fn an_unsure_scope_says_it_stands_aside_only_when_it_does() {
    let p = valid_project([
        ("industry_code", "C2614"),
        ("action", "new"),
        ("site.dist_yangtze_mainstream_m", "1010"),
        ("site.dist_important_tributary_m", "9000"),
        ("site.dist_other_tributary_m", "9000"),
        ("site.distance_reference", "water_edge"),
        ("facilities", ""),
    ]);
    let r = engine().screen(&p, DEFAULT_AS_OF);
    let f = r
        .findings
        .iter()
        .find(|f| f.rule_id == "GEO-DEF-03")
        .unwrap();
    assert_ne!(f.outcome, Outcome::Allowed);
    assert!(
        f.caveats
            .iter()
            .all(|c| !c.en.contains("does not stand in the way")),
        "{:?}",
        f.caveats
    );
}

/// A review reached on a branch's own terms (near Poyang Lake) past an
/// unsure one (1,010 m from the Yangtze) says that a check may find the
/// unsure one's outcome instead: the worst case is not hidden.
#[test]
fn a_review_past_an_unsure_prohibition_names_it() {
    let p = valid_project([
        ("industry_code", "C2614"),
        ("action", "new"),
        ("site.dist_yangtze_mainstream_m", "1010"),
        ("site.dist_important_tributary_m", "9000"),
        ("site.dist_other_tributary_m", "9000"),
        ("site.dist_poyang_lake_m", "500"),
    ]);
    let r = engine().screen(&p, DEFAULT_AS_OF);
    let f = r.findings.iter().find(|f| f.rule_id == "YRB-01").unwrap();
    assert_eq!(f.outcome, Outcome::RequiresReview);
    assert_eq!(f.could_be, [Outcome::Prohibited, Outcome::RequiresReview]);
}

/// Asking for the precision or the figure can only give what that answer
/// could: 1,070 m typed, its precision not stated, is clear if surveyed and
/// for review if measured on a map, never prohibited; "more than 1,000 m"
/// is clear or for review. The bounds say so.
#[test]
fn an_askable_margin_keeps_only_what_its_answer_could_give() {
    let e = engine();
    let yrb01 = |main: &str| {
        let p = valid_project([
            ("industry_code", "C2614"),
            ("action", "new"),
            ("site.dist_yangtze_mainstream_m", main),
            ("site.dist_important_tributary_m", "9000"),
            ("site.dist_other_tributary_m", "9000"),
            ("site.dist_poyang_lake_m", "30000"),
        ]);
        let r = e.screen(&p, DEFAULT_AS_OF);
        let f = r
            .findings
            .iter()
            .find(|f| f.rule_id == "YRB-01")
            .unwrap()
            .clone();
        (f.outcome, f.possible.iter().collect::<Vec<_>>())
    };
    use jiujiang_engine::Outcome::*;
    assert_eq!(yrb01("1070"), (NeedsInput, vec![Allowed, RequiresReview]));
    assert_eq!(yrb01(">1000"), (NeedsInput, vec![Allowed, RequiresReview]));
    assert_eq!(yrb01("930"), (NeedsInput, vec![RequiresReview, Prohibited]));
    assert_eq!(
        yrb01(">900"),
        (NeedsInput, vec![Allowed, RequiresReview, Prohibited])
    );
}
