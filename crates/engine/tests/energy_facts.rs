//! Energy facts read through small rules written here: totals converted
//! between the calorific and primary bases, the electricity in a stated
//! total, carriers that are only a floor until said to be all, and an
//! unreadable carrier that leaves the energy rules open.

mod common;
use common::rules::*;
use common::*;
use jiujiang_engine::Outcome;

/// Where an energy fact lies, found by comparing it with thresholds: a rule
/// "fact >= limit" is true below the fact's lower end, false above its upper
/// end and open between.
fn energy_at(fact: &str, fields: &[(&str, &str)], limit: f64) -> Outcome {
    let params = format!(
        r#"[{{"id": "T.limit", "title": {TEXT}, "unit": "tce", "values": [{{"from": "2020-01-01", "value": {limit}, "status": "V1", "citation": {{"document": "d", "status": "V1"}}}}]}}]"#
    );
    let cases = format!(
        r#"{{"outcome": "PROHIBITED", "explain": {TEXT}, "when": {{"op": "ge", "fact": "{fact}", "param": "T.limit"}}}}"#
    );
    let data = data_with(&rule("", &cases, "ALLOWED"), &params);
    only(&screen(&data, &project(fields), DEFAULT_AS_OF)).outcome
}

/// The value of a parameter in force, from the bundled data.
fn param_value(id: &str) -> f64 {
    let p = engine().data.params.iter().find(|p| p.id == id).unwrap();
    jiujiang_engine::screen::param_in_force(p, DEFAULT_AS_OF)
        .unwrap()
        .value
}

/// Asserts that `fact` lies exactly at `value` (to a thousandth of a tce),
/// or within [lo, hi] and no narrower, by thresholds just around each end.
fn assert_energy(fact: &str, fields: &[(&str, &str)], lo: f64, hi: f64) {
    let (below, above) = (lo - 1e-3, hi + 1e-3);
    assert_eq!(
        energy_at(fact, fields, below),
        Outcome::Prohibited,
        "{fact} >= {below}"
    );
    assert_eq!(
        energy_at(fact, fields, above),
        Outcome::Allowed,
        "{fact} < {above}"
    );
    if hi - lo > 1e-2 {
        let inner = [lo + 1e-3, hi - 1e-3];
        for x in inner {
            assert_eq!(
                energy_at(fact, fields, x),
                Outcome::NeedsInput,
                "{fact} open at {x}"
            );
        }
    }
}

#[test]
fn energy_totals_convert_between_bases_through_the_electricity_share() {
    let cal = param_value("EN-02.electricity_calorific_tce_per_10k_kwh");
    // The primary factor is a band (the year's thermal coal rate).
    let lo = param_value("EN-02.electricity_primary_low_tce_per_10k_kwh");
    let hi = param_value("EN-02.electricity_primary_high_tce_per_10k_kwh");
    assert!(hi > lo && lo > cal && cal > 0.0);
    let (total, e) = (10_000.0, 1_000.0);
    // Stated on the calorific basis, with the electricity in it.
    let calorific = [
        ("energy.stated_total_tce", "10000"),
        ("energy.stated_basis", "calorific"),
        ("energy.electricity_10k_kwh", "1000"),
    ];
    assert_energy("energy.tce_calorific", &calorific, total, total);
    let primary = (total + e * (lo - cal), total + e * (hi - cal));
    assert_energy("energy.tce_primary", &calorific, primary.0, primary.1);
    // Stated on the primary basis.
    let on_primary = [
        ("energy.stated_total_tce", "10000"),
        ("energy.stated_basis", "primary"),
        ("energy.electricity_10k_kwh", "1000"),
    ];
    let back = (total - e * (hi - cal), total - e * (lo - cal));
    assert_energy("energy.tce_calorific", &on_primary, back.0, back.1);
    // The stated one exactly, the other as its range, as the energy
    // summary shows them.
    let summary = |fields: &[(&str, &str)]| engine().screen(&project(fields), DEFAULT_AS_OF).energy;
    let s = summary(&calorific);
    assert_eq!((s.tce_calorific, s.tce_primary), (Some(total), None));
    assert_eq!(
        (s.tce_primary_at_least, s.tce_primary_at_most),
        (Some(primary.0), Some(primary.1))
    );
    let s = summary(&on_primary);
    assert_eq!((s.tce_calorific, s.tce_primary), (None, Some(total)));
    assert_eq!(
        (s.tce_calorific_at_least, s.tce_calorific_at_most),
        (Some(back.0), Some(back.1))
    );
    // Without the electricity share: bounded by none or all of it electricity.
    let no_share = [
        ("energy.stated_total_tce", "10000"),
        ("energy.stated_basis", "calorific"),
    ];
    assert_energy("energy.tce_primary", &no_share, total, total * hi / cal);
    let no_share = [
        ("energy.stated_total_tce", "10000"),
        ("energy.stated_basis", "primary"),
    ];
    assert_energy("energy.tce_calorific", &no_share, total * cal / hi, total);
    // Without the basis either: the total is one end, the conversion the other.
    let nothing = [("energy.stated_total_tce", "10000")];
    assert_energy("energy.tce_primary", &nothing, total, total * hi / cal);
    // The electricity in a stated total: none, up to all of it.
    assert_energy("energy.electricity_kwh", &nothing, 0.0, total / cal * 1.0e4);
    // Nothing about energy: the electricity is not known.
    assert_eq!(
        energy_at("energy.electricity_kwh", &[], 1.0),
        Outcome::NeedsInput
    );
    // Carriers said to be all, without electricity: none is used.
    let coal = [
        ("energy.coal_t", "1000"),
        ("energy.carriers_complete", "yes"),
    ];
    assert_energy("energy.electricity_kwh", &coal, 0.0, 0.0);
    // Not said to be all: the electricity is open, and the total is at
    // least the coal's, open above it (a floor, not a figure).
    let coal_only = [("energy.coal_t", "1000")];
    assert_eq!(
        energy_at("energy.electricity_kwh", &coal_only, 1.0),
        Outcome::NeedsInput
    );
    let coal_tce = 1000.0 * param_value("EN-02.coal_tce_per_t");
    assert_eq!(
        energy_at("energy.tce_calorific", &coal_only, coal_tce - 1e-3),
        Outcome::Prohibited
    );
    assert_eq!(
        energy_at("energy.tce_calorific", &coal_only, 1.0e9),
        Outcome::NeedsInput
    );
}

/// A carrier typed but unreadable ("8000 kWh?") is not a carrier
/// left blank: the energy rules wait for it instead of summing the others.
#[test]
fn an_unreadable_energy_carrier_leaves_the_energy_rules_open_and_names_it() {
    let fields = |elec: &'static str| {
        [
            ("industry_code", "C3011"),
            ("action", "new"),
            ("energy.coal_t", "100"),
            ("energy.electricity_10k_kwh", elec),
            ("energy.carriers_complete", "yes"),
        ]
    };
    let (blank, errors) = engine().parse_fields(fields(""));
    assert!(errors.is_empty());
    let (bad, errors) = engine().parse_fields(fields("8000 kWh?"));
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].field, "energy.electricity_10k_kwh");
    assert!(
        bad.is_refused("energy.electricity_10k_kwh")
            && !blank.is_refused("energy.electricity_10k_kwh")
    );
    let (with_blank, with_bad) = (
        engine().screen(&blank, DEFAULT_AS_OF),
        engine().screen(&bad, DEFAULT_AS_OF),
    );
    for id in ["HEHE-01", "EN-01"] {
        let find = |r: &jiujiang_engine::Report<'static>| {
            r.findings
                .iter()
                .find(|f| f.rule_id == id)
                .map(|f| (f.outcome, f.missing.clone()))
                .unwrap()
        };
        let (outcome, _) = find(&with_blank);
        assert_ne!(
            outcome,
            Outcome::NeedsInput,
            "{id} is decided on 100 t of coal alone"
        );
        let (outcome, missing) = find(&with_bad);
        assert_eq!(
            outcome,
            Outcome::NeedsInput,
            "{id} with the electricity unreadable"
        );
        assert!(
            missing.contains(&"energy.electricity_10k_kwh"),
            "{id}: {missing:?}"
        );
    }
    // Typing a readable figure again clears the refusal.
    let mut fixed = bad.clone();
    fixed.set(
        "energy.electricity_10k_kwh",
        Some(jiujiang_engine::project::Value::Num(0.0)),
    );
    assert!(!fixed.is_refused("energy.electricity_10k_kwh"));
}

/// A total below its own carriers is a contradiction said at the total
/// (a user test's 4,500 tce beside 50 GWh reopened a decided offset with no
/// word at either field); on its stated basis, else the calorific, the
/// lower, so a figure that fits either reading is not called wrong.
#[test]
fn a_total_below_its_carriers_is_named_as_a_contradiction() {
    let e = engine();
    let energy_conflict = |fields: &[(&str, &str)]| {
        (e.contradictions(&project(fields), DEFAULT_AS_OF).iter())
            .any(|(pair, _)| *pair == jiujiang_engine::rules::facts::ENERGY_PAIR)
    };
    let cal = 5000.0 * param_value("EN-02.electricity_calorific_tce_per_10k_kwh");
    // The least the electricity comes to on the primary basis.
    let pri = 5000.0 * param_value("EN-02.electricity_primary_low_tce_per_10k_kwh");
    let pri_hi = param_value("EN-02.electricity_primary_high_tce_per_10k_kwh");
    let elec = ("energy.electricity_10k_kwh", "5000");
    let below_both = format!("{}", (cal - 10.0).round());
    let between = format!("{}", ((cal + pri) / 2.0).round());
    assert!(energy_conflict(&[
        elec,
        ("energy.stated_total_tce", &below_both)
    ]));
    // Between the two sums: right on the calorific basis, so not wrong when
    // no basis is said, and wrong when it is said to be primary.
    assert!(!energy_conflict(&[
        elec,
        ("energy.stated_total_tce", &between)
    ]));
    assert!(energy_conflict(&[
        elec,
        ("energy.stated_total_tce", &between),
        ("energy.stated_basis", "primary")
    ]));
    assert!(!energy_conflict(&[
        elec,
        ("energy.stated_total_tce", &between),
        ("energy.stated_basis", "calorific")
    ]));
    // Not contradicted, the carriers stand beside the total as a floor on
    // the other basis too: the total fits only the calorific reading, so
    // the primary figure is from the carriers' primary sum (it read from
    // the total, with a note that one figure was wrong).
    let total: f64 = between.parse().unwrap();
    let cal_f = cal / 5000.0;
    assert_energy(
        "energy.tce_primary",
        &[elec, ("energy.stated_total_tce", &between)],
        pri,
        // Read calorific, through its electricity share, at the band's top.
        total + 5000.0 * (pri_hi - cal_f),
    );
    // Carriers alone, or a total alone, contradict nothing.
    assert!(!energy_conflict(&[elec]));
    assert!(!energy_conflict(&[("energy.stated_total_tce", "10")]));
}

/// A total above all that carriers said to be all can come to is a
/// contradiction too (a code review saw 4,900 tce "calorific" beside
/// 2,089 tce of electricity read as two-high), named at the total, its
/// basis and the "all" answer; but not an "at most" total, nor beside a
/// carrier that could not be read, which may hold the rest (a code review).
#[test]
fn a_total_above_all_its_complete_carriers_is_named_as_a_contradiction() {
    let e = engine();
    let above = |fields: &[(&str, &str)]| {
        (e.contradictions(&project(fields), DEFAULT_AS_OF).iter())
            .any(|(_, why)| *why == jiujiang_engine::rules::facts::ENERGY_ABOVE_CARRIERS)
    };
    let cal = 1700.0 * param_value("EN-02.electricity_calorific_tce_per_10k_kwh");
    let elec = ("energy.electricity_10k_kwh", "1700");
    let all = ("energy.carriers_complete", "yes");
    let over = format!("{}", (cal + 100.0).round());
    let calorific = ("energy.stated_basis", "calorific");
    assert!(above(&[
        elec,
        all,
        calorific,
        ("energy.stated_total_tce", &over)
    ]));
    // Not said to be all: the total may hold carriers not typed.
    assert!(!above(&[
        elec,
        calorific,
        ("energy.stated_total_tce", &over)
    ]));
    // "At most" a figure above them is no contradiction.
    let at_most = format!("<={over}");
    assert!(!above(&[
        elec,
        all,
        calorific,
        ("energy.stated_total_tce", &at_most)
    ]));
    // A carrier typed but unreadable may be the rest.
    let (p, errors) = e.parse_fields([
        elec,
        all,
        calorific,
        ("energy.stated_total_tce", &over),
        ("energy.coal_t", "lots"),
    ]);
    assert!(errors.len() == 1 && p.is_refused("energy.coal_t"));
    assert!(!(e.contradictions(&p, DEFAULT_AS_OF).iter())
        .any(|(_, why)| *why == jiujiang_engine::rules::facts::ENERGY_ABOVE_CARRIERS));
    // The fields named: the total, its basis, and the "all" answer.
    let named = e.contradictions(
        &project(&[elec, all, calorific, ("energy.stated_total_tce", &over)]),
        DEFAULT_AS_OF,
    );
    let (fields, _) = named
        .iter()
        .find(|(_, why)| *why == jiujiang_engine::rules::facts::ENERGY_ABOVE_CARRIERS)
        .unwrap();
    assert!(fields.contains(&"energy.carriers_complete"), "{fields:?}");
}
