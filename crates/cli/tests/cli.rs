//! The command-line tool, run as a user would run it.

use std::process::Command;

fn jiujiang(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_jiujiang"))
        .args(args)
        .current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
        .output()
        .expect("run jiujiang");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

#[test]
fn screen_prints_a_json_report_per_file() {
    let (code, out, err) = jiujiang(&[
        "screen",
        "--as-of",
        "2026-11-23",
        "examples/projects/chemical-850m.json",
        "examples/projects/chemical-missing-distance.json",
    ]);
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let results = v["results"].as_array().unwrap();
    assert_eq!(results.len(), 2);
    assert_eq!(results[0]["report"]["overall"], "PROHIBITED");
    assert_eq!(results[0]["report"]["blocking"][0], "YRB-01");
    let f = &results[0]["report"]["findings"][0];
    assert_eq!(f["rule_id"], "YRB-01");
    assert_eq!(f["thresholds"][0]["value"], 1000.0);
    assert_eq!(f["citations"][0]["article"], "第二十六条第二款");
    assert_eq!(results[1]["report"]["overall"], "NEEDS_INPUT");
    assert_eq!(
        results[1]["report"]["findings"][0]["missing"],
        serde_json::json!([
            "site.dist_important_tributary_m",
            "site.dist_poyang_lake_m",
            "site.dist_other_tributary_m"
        ])
    );
}

#[test]
fn as_of_selects_the_rules_in_force() {
    let (_, out, _) = jiujiang(&[
        "screen",
        "--as-of",
        "2021-02-28",
        "examples/projects/chemical-850m.json",
    ]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["results"][0]["report"]["overall"], "NOT_APPLICABLE");
}

#[test]
fn invalid_files_name_the_file_and_field_and_exit_non_zero() {
    let dir = std::env::temp_dir().join(format!("jiujiang-cli-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bad = dir.join("bad.json");
    std::fs::write(
        &bad,
        r#"{"schema_version": 1, "action": "new", "site": {"dist_yangtze_mainstream_m": -4}}"#,
    )
    .unwrap();
    let broken = dir.join("broken.json");
    std::fs::write(&broken, "{\"schema_version\": 1,").unwrap();
    let (code, out, err) = jiujiang(&[
        "screen",
        "--lang",
        "en",
        bad.to_str().unwrap(),
        broken.to_str().unwrap(),
        "examples/projects/chemical-850m.json",
    ]);
    assert_eq!(code, 1);
    assert!(
        err.contains("bad.json: site.dist_yangtze_mainstream_m: A distance cannot be negative."),
        "{err}"
    );
    assert!(err.contains("broken.json: Not valid JSON"), "{err}");
    // The valid file is still screened.
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["results"].as_array().unwrap().len(), 1);
    let (code, _, err) = jiujiang(&["screen", "no-such-file.json"]);
    assert_eq!(code, 1);
    assert!(err.contains("no-such-file.json"));
}

#[test]
fn table_format_and_usage_errors() {
    let (code, out, _) = jiujiang(&[
        "screen",
        "--format",
        "table",
        "--lang",
        "en",
        "examples/projects/electronics-riverside.json",
    ]);
    assert_eq!(code, 0);
    assert!(out.contains("NOT_APPLICABLE"), "{out}");
    assert_eq!(jiujiang(&["screen"]).0, 2);
    assert_eq!(
        jiujiang(&["screen", "--as-of", "2021-13-01", "x.json"]).0,
        2
    );
    assert_eq!(jiujiang(&["frobnicate"]).0, 2);
    let (code, out, _) = jiujiang(&["rules", "--lang", "en"]);
    assert_eq!(code, 0);
    assert!(out.starts_with("YRB-01\t[V1]"), "{out}");
}
