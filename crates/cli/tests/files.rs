//! What `screen` does with files that are not quite right, and with a
//! reader that stops early: a bad value is named and the rest screened, an
//! answer the code overrides is named, a closed pipe is no failure.

mod common;
use common::{english_table, finding, jiujiang, temp_file};

/// An answer no rule reads for the code (dyes count as chemical by their
/// code, whatever is said of synthesis) is named in every format, not
/// dropped without a word (an advisor audit).
#[test]
fn an_answer_the_code_overrides_is_named_as_not_used() {
    let file = temp_file(
        "not-read",
        "dye.json",
        r#"{"schema_version":1,"industry_code":"C2645","action":"new","chemical_process":false}"#,
    );
    let file = file.to_str().unwrap();
    let table = english_table(file);
    assert!(
        table.contains(
            "  not used\tchemical_process: Not used: this industry code counts as chemical"
        ),
        "{table}"
    );
    let (_, out, _) = jiujiang(&["screen", file]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["results"][0]["not_read"][0]["field"], "chemical_process");
    // Given for a code that asks it, the answer is read and not flagged.
    let read = temp_file(
        "not-read",
        "fibre.json",
        r#"{"schema_version":1,"industry_code":"C2821","action":"new","chemical_process":false}"#,
    );
    let (_, out, _) = jiujiang(&["screen", read.to_str().unwrap()]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert!(v["results"][0].get("not_read").is_none(), "{out}");
}

/// A project file with one bad value is screened from its other fields,
/// the bad one named (an audit saw a chemical plant 850 m from the Yangtze,
/// prohibited whatever its class, give `results: []` over a typo in it);
/// a file without its version is still refused whole.
#[test]
fn a_project_file_with_one_bad_value_is_screened_from_the_rest() {
    let file = temp_file(
        "bad-value",
        "typo.json",
        r#"{"schema_version":1,"industry_code":"C2614","action":"new","site":{"dist_yangtze_mainstream_m":850},"catalogue":{"class":"permited"}}"#,
    );
    let (code, out, err) = jiujiang(&["screen", "--lang", "en", file.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(
        err.contains("catalogue.class: “permited” is not an option"),
        "{err}"
    );
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let r = &v["results"][0];
    assert_eq!(r["refused"], serde_json::json!(["catalogue.class"]));
    assert_eq!(r["report"]["overall"], "PROHIBITED");
    // The class the typo hid is not taken as given: its rules stay open.
    assert_eq!(finding(r, "IND-01")["outcome"], "NEEDS_INPUT");
    let old = temp_file("bad-value", "old.json", r#"{"industry_code":"C2614"}"#);
    let (code, out, _) = jiujiang(&["screen", old.to_str().unwrap()]);
    assert_eq!(code, 1);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["results"].as_array().unwrap().len(), 0);
}

/// Output read only in part (`jiujiang rules | head -1`) ends the program
/// quietly: it panicked with a stack trace and exit code 134 (an audit).
#[test]
fn a_reader_that_stops_early_is_no_failure() {
    use std::io::Read;
    use std::process::{Command, Stdio};
    // Only outputs past a pipe's 64 KiB buffer meet the closed pipe.
    for args in [
        &["changelog"][..],
        &["screen", "examples/projects/leads.csv"],
    ] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_jiujiang"))
            .args(args)
            .current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut first = [0u8; 8];
        child.stdout.take().unwrap().read_exact(&mut first).unwrap();
        // The pipe is closed here, with most of the output unread.
        let out = child.wait_with_output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(!err.contains("panicked"), "{args:?}: {err}");
        assert_eq!(out.status.code(), Some(0), "{args:?}: {err}");
    }
}

/// `screen --incentives` on `file`, as an English table.
fn incentive_table(file: &str) -> (i32, String, String) {
    jiujiang(&[
        "screen",
        "--incentives",
        "--format",
        "table",
        "--lang",
        "en",
        file,
    ])
}

/// The table's line for the incentive item `id`.
fn item_line<'o>(out: &'o str, id: &str) -> &'o str {
    (out.lines())
        .find(|l| l.trim_start().starts_with(&format!("{id}\t")))
        .unwrap_or_else(|| panic!("no {id} in {out}"))
}

/// In the table a cost the rules fix and a deferral say what they are
/// beside their amounts, not only "APPLIES" among the savings (an audit).
#[test]
fn the_table_names_costs_and_deferrals_beside_their_amounts() {
    let (code, out, err) = incentive_table("examples/projects/electronics-incentives.json");
    assert_eq!(code, 0, "{err}");
    let line = |id: &str| item_line(&out, id);
    assert!(line("INC-LAND-01").contains("(a cost, for reference, not in the total)"));
    assert!(line("INC-TAX-04/one-off").contains("(tax paid later, not less"));
    assert!(!line("INC-TAX-04/env-credit").contains("(a cost"));
}

/// A new company's one-off deduction, taken at 25 % and paid back at 15 %
/// once certified, saves some in all: not labelled a mere deferral.
#[test]
fn a_deferral_that_saves_in_all_is_not_labelled_a_deferral() {
    let project = r#"{"schema_version":1,"industry_code":"C3981","finance":{"new_company":"yes","taxable_income_10k_cny":1000,"equipment_10k_cny":3000,"sales_10k_cny":10000,"rd_10k_cny":500,"st_staff_pct":15,"hitech_income_pct":70}}"#;
    let file = temp_file("deferral", "new-company.json", project);
    let (code, out, err) = incentive_table(file.to_str().unwrap());
    assert_eq!(code, 0, "{err}");
    let line = item_line(&out, "INC-TAX-04/one-off");
    assert!(line.contains("0 – 500,000 yuan\t"), "{line}");
    assert!(!line.contains("(tax paid later, not less"), "{line}");
}

/// With `--incentives`, a CSV carries each estimate's totals, whether a
/// prohibition could take them away and the inputs still missing, as the
/// JSON report has them (the CSV had dropped the estimate); without it, the
/// columns are not there.
#[test]
fn a_csv_with_incentives_carries_the_estimate() {
    let files = [
        "examples/leads/software.complete.json",
        "examples/leads/chemical.json",
        "examples/projects/electronics-complete.json",
    ];
    let run = |format: &str, incentives: bool| {
        let mut args = vec!["screen", "--as-of", "2026-12-07", "--format", format];
        if incentives {
            args.push("--incentives");
        }
        args.extend(files);
        let (code, out, err) = jiujiang(&args);
        assert_eq!(code, 0, "{err}");
        out
    };
    let json: serde_json::Value = serde_json::from_str(&run("json", true)).unwrap();
    let csv = run("csv", true);
    let mut lines = csv.lines();
    let head: Vec<&str> = lines.next().unwrap().split(',').collect();
    let col =
        |row: &[String], name: &str| row[head.iter().position(|h| *h == name).unwrap()].clone();
    let rows: Vec<Vec<String>> = lines
        .map(|l| l.split(',').map(String::from).collect())
        .collect();
    assert_eq!(rows.len(), 3);
    for (row, result) in rows.iter().zip(json["results"].as_array().unwrap()) {
        assert_eq!(row.len(), head.len(), "{row:?}");
        let e = &result["incentives"];
        let yuan = |v: &serde_json::Value| format!("{:.0}", v.as_f64().unwrap());
        assert_eq!(
            col(row, "incentives_pv_max"),
            yuan(&e["present_value"]["max"])
        );
        assert_eq!(col(row, "incentives_total_max"), yuan(&e["total"]["max"]));
        let possible = e["may_be_blocked"] == true;
        assert_eq!(col(row, "incentives_blocked") == "possible", possible);
    }
    // The complete electronics plant counts something; the chemical lead
    // could still be prohibited, and says so; the software lead waits on
    // its income.
    assert!(col(&rows[2], "incentives_pv_max").parse::<f64>().unwrap() > 0.0);
    assert_eq!(col(&rows[1], "incentives_blocked"), "possible");
    assert!(col(&rows[0], "incentives_missing").contains("finance.taxable_income_10k_cny"));
    assert!(!run("csv", false).contains("incentives_"));
}

/// An open verdict's table says what keeps the project clear of each
/// prohibition still possible, as the app's advisor does, and the JSON
/// carries the same list; a site far from every water no longer lists the
/// 1 km rule (a session left the list to the app alone).
#[test]
fn an_open_verdict_says_what_keeps_the_project_clear() {
    let plant = temp_file(
        "clear",
        "plant.json",
        r#"{"schema_version": 1, "industry_code": "C2614", "action": "new"}"#,
    );
    let far = temp_file(
        "clear",
        "far.json",
        r#"{"schema_version": 1, "industry_code": "C2614", "action": "new",
            "site.dist_yangtze_mainstream_m": 8000,
            "site.dist_important_tributary_m": ">5000",
            "site.dist_other_tributary_m": ">5000",
            "site.dist_poyang_lake_m": ">5000"}"#,
    );
    let table = |file: &std::path::Path| english_table(file.to_str().unwrap());
    let out = table(&plant);
    let line = (out.lines())
        .find(|l| l.trim_start().starts_with("stay clear\tYRB-01\t"))
        .unwrap_or_else(|| panic!("{out}"));
    assert!(line.contains("more than 1,000 m"), "{line}");
    assert!(!table(&far).contains("stay clear\tYRB-01"));
    let (_, json, _) = jiujiang(&["screen", "--format", "json", plant.to_str().unwrap()]);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let ids: Vec<&str> = (v["results"][0]["stay_clear"].as_array().unwrap().iter())
        .map(|c| c["rule_id"].as_str().unwrap())
        .collect();
    assert!(
        ids.contains(&"YRB-01") && ids.contains(&"CHP-01"),
        "{ids:?}"
    );
}
