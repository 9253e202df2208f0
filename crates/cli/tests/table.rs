//! The table format: what each finding line carries beneath it.

mod common;
use common::{jiujiang, temp_file};
use std::path::Path;

/// The English table for one project file: exit code, stdout, stderr.
fn table_en(file: impl AsRef<Path>) -> (i32, String, String) {
    table_en_with(&[], file)
}

/// The same with more options (`--as-of`, `--incentives`) before the file.
fn table_en_with(options: &[&str], file: impl AsRef<Path>) -> (i32, String, String) {
    let mut args = vec!["screen", "--format", "table", "--lang", "en"];
    args.extend_from_slice(options);
    args.push(file.as_ref().to_str().unwrap());
    jiujiang(&args)
}

#[test]
fn the_table_says_what_would_refine_a_decided_finding() {
    // A two-high plant whose county's attainment is not given: replacement
    // either way, but an equal or a multiple offset (an audit found the
    // table silent on it).
    let file = temp_file(
        "refine",
        "two-high.json",
        r#"{"schema_version":1,"industry_code":"C2614","action":"new","energy":{"stated_total_tce":8000,"stated_basis":"primary"}}"#,
    );
    let (code, out, _) = table_en(&file);
    assert_eq!(code, 0);
    let hehe = out.split("\n  HEHE-02\t").nth(1).expect("HEHE-02");
    let next = hehe.lines().nth(1).unwrap_or_default();
    assert_eq!(
        next.trim(),
        "would refine: impact.county_air_attained (Did the county meet its air-quality target last year?), impact.county_water_attained (Did the county meet its water-quality target last year?)",
        "{out}"
    );
    // In Chinese, the outcome's words beside its key, and the fields by
    // their labels (an audit: a park official cannot read the keys bare).
    let (_, zh, _) = jiujiang(&["screen", "--format", "table", file.to_str().unwrap()]);
    assert!(
        zh.contains("\tREQUIRES_REPLACEMENT\t[C]\t须产能/能耗置换："),
        "{zh}"
    );
    assert!(
        zh.contains("impact.county_air_attained（所在县（区）上一年度环境空气质量是否达标）"),
        "{zh}"
    );
}

/// A finding that asks something of the project names the figures it
/// rests on and the thresholds it held them to (an audit read "within
/// 3,000 m" without the 2,600 m); a verdict whose check may make it worse
/// says so.
#[test]
fn the_table_gives_the_figures_a_finding_rests_on() {
    let (code, out, _) = table_en("examples/projects/chemical-850m.json");
    assert_eq!(code, 0);
    let yrb01 = out.split("\n  YRB-01\t").nth(1).expect("YRB-01");
    let lines: Vec<&str> = yrb01.lines().skip(1).take(2).map(str::trim).collect();
    assert!(
        lines[0].starts_with("used: ")
            && lines[0].contains("site.dist_yangtze_mainstream_m = 850 m"),
        "{out}"
    );
    assert_eq!(lines[1], "thresholds: YRB-01.band_m = 1,000 m", "{out}");
    // And the open questions it rests on, each with its text: the
    // Ecological Environment Code's among them (an audit found Q1 only in
    // the JSON).
    let open: Vec<&str> = (yrb01.lines().map(str::trim))
        .skip_while(|l| *l != "open questions:")
        .take(2)
        .collect();
    assert_eq!(open[0], "open questions:", "{out}");
    assert!(
        open[1].starts_with("Q1 Did the Ecological Environment Code"),
        "{out}"
    );
    // Allowed findings list nothing of the kind.
    let allowed = out.split("\n  GEO-DEF-04\t").nth(1).unwrap_or_default();
    assert!(
        !allowed
            .lines()
            .nth(1)
            .unwrap_or_default()
            .contains("used: "),
        "{out}"
    );
    // A two-high lead 1,150 m from the water edge: replacement, final on
    // what was entered, but GEO-DEF-03's re-measure may prohibit it.
    let mut lead: serde_json::Value = serde_json::from_str(include_str!(
        "../../../examples/leads/chemical.complete.json"
    ))
    .unwrap();
    lead["site"]["dist_yangtze_mainstream_m"] = 1150.into();
    lead["site"]["distance_reference"] = "water_edge".into();
    lead["energy"] = serde_json::json!({"stated_total_tce": 20000, "stated_basis": "primary"});
    let file = temp_file("worse", "lead.json", &lead.to_string());
    let (_, out, _) = table_en(&file);
    assert!(out.contains("\tREQUIRES_REPLACEMENT\t"), "{out}");
    assert!(
        out.contains("  check may worsen\tFinal on what was entered, but the check these rules ask for could find worse: GEO-DEF-03 → Prohibited."),
        "{out}"
    );
}

/// A reach of the Yangtze entered against the chosen park's county is said,
/// as the app says it under the map (an audit saw "middle" accepted for a
/// Pengze park, on the lower reach).
#[test]
fn the_table_says_when_the_reach_entered_is_not_the_parks() {
    let file = temp_file(
        "reach",
        "park.json",
        r#"{"schema_version":1,"industry_code":"C2614","action":"new","site":{"chemical_park":"pengze-jishan","yangtze_reach":"middle"}}"#,
    );
    let (code, out, _) = table_en(&file);
    assert_eq!(code, 0);
    assert!(
        out.contains("  site\tThe reach entered (Middle reach) is not the one the chosen chemical park's county lies on (Lower reach); the rules read the one entered: check it.\n"),
        "{out}"
    );
    // And in the JSON report, beside the report.
    let (_, json, _) = jiujiang(&["screen", file.to_str().unwrap()]);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert!(v["results"][0]["reach_note"]["zh"]
        .as_str()
        .unwrap()
        .contains("所填长江河段（中游）与所选化工园区所在区县的河段（下游）不符"));
}

/// A finding that asks something names the articles it rests on, with
/// their grades, and what to confirm (an audit found the basis and the
/// caveats in the JSON only); a steel renovation whose case is not given
/// says the suspension it may run into.
#[test]
fn the_table_gives_the_basis_caveats_and_a_suspension_ahead() {
    let (code, out, _) = table_en("examples/projects/chemical-850m.json");
    assert_eq!(code, 0);
    let yrb = out.split("\n  YRB-01\t").nth(1).expect("YRB-01");
    let lines: Vec<&str> = yrb.lines().map(str::trim).collect();
    assert!(
        lines.contains(&"basis: 中华人民共和国长江保护法 第二十六条第二款 [V1]"),
        "{out}"
    );
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("caveat: C2614 is counted under chemical")),
        "{out}"
    );
    let (code, out, _) = table_en_with(
        &["--as-of", "2026-12-01"],
        "examples/projects/steel-renovation.json",
    );
    assert_eq!(code, 0);
    let cap = out.split("\n  CAP-01\t").nth(1).expect("CAP-01");
    assert!(
        cap.lines()
            .any(|l| l.trim() == "if so: on hold since 2024-08-23"),
        "{out}"
    );
}

/// The figures a finding's text states are among what it lists as used:
/// the new capacity and the ratio of "1,000,000 t new needs at least
/// 1,000,000 t retired" (an audit found them in the text alone).
#[test]
fn the_figures_a_text_states_are_listed_as_used() {
    let file = temp_file(
        "steel",
        "eaf.json",
        r#"{"schema_version":1,"industry_code":"C3120","action":"new","capacity":{"product":"crude_steel","new_t":1000000,"offered_t":1000000,"steel_basis":"eaf_to_eaf"}}"#,
    );
    let (code, out, _) = table_en_with(&["--as-of", "2026-12-01"], &file);
    assert_eq!(code, 0);
    let cap = out.split("\n  CAP-01\t").nth(1).expect("CAP-01");
    assert!(cap.starts_with("REQUIRES_REPLACEMENT\t"), "{out}");
    let used = (cap.lines().map(str::trim))
        .find(|l| l.starts_with("used: "))
        .unwrap_or_default();
    assert!(used.contains("capacity.new_t = 1,000,000 t/yr"), "{out}");
    assert!(
        cap.lines()
            .any(|l| l.trim() == "thresholds: CAP-01.ratio_equal = 1:1"),
        "{out}"
    );
}

/// A lead with only its investment and land counts no incentive yet: the
/// table says there is no total, not a total of 0 yuan (an audit).
#[test]
fn no_total_is_said_as_such_not_as_zero_yuan() {
    let file = temp_file(
        "no-total",
        "lead.json",
        r#"{"schema_version":1,"industry_code":"C3670","action":"new","invest":{"total_10k_cny":50000,"land_mu":150}}"#,
    );
    let (code, out, _) = table_en_with(&["--incentives"], &file);
    assert_eq!(code, 0);
    assert!(
        out.contains("no total yet: the items that may apply all wait on figures."),
        "{out}"
    );
    assert!(!out.contains("incentives over 10 years: 0 yuan"), "{out}");
}
