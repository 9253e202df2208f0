//! The command-line tool, run as a user would run it.

mod common;
use common::{english_table, finding, jiujiang, repo_text, temp_file};

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
    let blocking = results[0]["report"]["blocking"].as_array().unwrap();
    assert!(blocking.contains(&"YRB-01".into()), "{blocking:?}");
    let f = finding(&results[0], "YRB-01");
    assert_eq!(f["outcome"], "PROHIBITED");
    assert_eq!(f["thresholds"][0]["value"], 1000.0);
    assert_eq!(f["citations"][0]["article"], "第二十六条第二款");
    // Inputs used: as the file writes them, and as each reader reads them.
    let distance = f["inputs"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["field"] == "site.dist_yangtze_mainstream_m")
        .unwrap();
    assert_eq!(distance["value"], "850");
    assert_eq!(
        distance["shown"],
        serde_json::json!({"zh": "850 米", "en": "850 m"})
    );
    assert_eq!(results[1]["report"]["overall"], "NEEDS_INPUT");
    assert_eq!(
        finding(&results[1], "YRB-01")["missing"],
        serde_json::json!([
            "site.dist_important_tributary_m",
            "site.dist_other_tributary_m",
            "site.other_water_kind",
            "site.dist_poyang_lake_m"
        ])
    );
    // The report also gathers every missing input with the rules needing it.
    let missing = results[1]["report"]["missing"].as_array().unwrap();
    assert!(missing
        .iter()
        .any(|m| m["field"] == "site.dist_poyang_lake_m"));
}

#[test]
fn as_of_selects_the_rules_in_force() {
    let screen = |as_of: &str| {
        let (_, out, _) = jiujiang(&[
            "screen",
            "--as-of",
            as_of,
            "examples/projects/chemical-850m.json",
        ]);
        let v: serde_json::Value = serde_json::from_str(&out).unwrap();
        finding(&v["results"][0], "YRB-01").clone()
    };
    // A date before rules of the base is said so, in the output and on stderr.
    let (_, out, err) = jiujiang(&[
        "screen",
        "--lang",
        "en",
        "--as-of",
        "1990-01-01",
        "examples/projects/chemical-850m.json",
    ]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert!(v["date_caveat"]["en"]
        .as_str()
        .unwrap()
        .contains("cannot screen for that date"));
    assert!(err.contains("cannot screen for that date"), "{err}");
    let (_, out, err) = jiujiang(&[
        "screen",
        "--as-of",
        "2026-11-23",
        "examples/projects/chemical-850m.json",
    ]);
    assert!(serde_json::from_str::<serde_json::Value>(&out)
        .unwrap()
        .get("date_caveat")
        .is_none());
    assert!(!err.contains("jiujiang:"), "{err}");
    // Before the 2019 negative-list guide: no national 1 km rule, but
    // Jiangxi's 2018 Poyang plan banned the same along the Yangtze.
    let f = screen("2018-12-31");
    assert_eq!(f["outcome"], "PROHIBITED");
    assert_eq!(f["status"], "C");
    let cited: Vec<&str> = (f["citations"].as_array().unwrap().iter())
        .map(|c| c["document"].as_str().unwrap())
        .collect();
    assert_eq!(cited, ["鄱阳湖生态环境综合整治三年行动计划（2018~2020年）"]);
    // Before 2018 the rule is not in force at all.
    let f = screen("2017-12-31");
    assert_eq!(f["outcome"], "NOT_APPLICABLE");
    assert!(f["explanation"]["en"]
        .as_str()
        .unwrap()
        .contains("not in force"));
    // The day before the Yangtze law: the guide prohibits, and is what is cited.
    let f = screen("2021-02-28");
    assert_eq!(f["outcome"], "PROHIBITED");
    let cited: Vec<&str> = f["citations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["document"].as_str().unwrap())
        .collect();
    assert!(
        cited.contains(&"长江经济带发展负面清单指南（试行）"),
        "{cited:?}"
    );
    assert!(!cited.contains(&"中华人民共和国长江保护法"), "{cited:?}");
    // From the day the law took effect it is the law that is cited.
    let f = screen("2021-03-01");
    assert_eq!(f["citations"][0]["document"], "中华人民共和国长江保护法");
}

#[test]
fn csv_rows_are_screened_with_their_line_and_id() {
    let (code, out, err) = jiujiang(&[
        "screen",
        "--as-of",
        "2026-11-23",
        "examples/projects/leads.csv",
    ]);
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let results = v["results"].as_array().unwrap();
    assert_eq!(results.len(), 3);
    assert_eq!(
        (results[0]["line"].as_u64(), results[0]["id"].as_str()),
        (Some(2), Some("L1"))
    );
    assert_eq!(finding(&results[0], "YRB-01")["outcome"], "PROHIBITED");
    assert_eq!(finding(&results[1], "YRB-01")["outcome"], "NOT_APPLICABLE");
    assert_eq!(finding(&results[2], "CAP-02")["outcome"], "NEEDS_INPUT");
    // Its class entered as "not checked yet": no answer, so still open.
    assert_eq!(finding(&results[2], "IND-01")["outcome"], "NEEDS_INPUT");
}

#[test]
fn bad_csv_rows_are_named_by_line_and_field() {
    let bad = temp_file(
        "csv-test",
        "leads.csv",
        "id,industry_code,action\nA,C2614,new\nB,C9999,new\nC,C2614,rebuild\nA,C3981,new\n",
    );
    let dir = bad.parent().unwrap().to_path_buf();
    let (code, out, err) = jiujiang(&["screen", "--lang", "en", bad.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(
        err.contains("leads.csv:3: industry_code: “C9999” is not a GB/T 4754-2017 industry code."),
        "{err}"
    );
    assert!(err.contains("leads.csv:4: action:"), "{err}");
    // Two rows with one id: the second is named, both are screened.
    assert!(
        err.contains("leads.csv:5: the id “A” is also on line 2."),
        "{err}"
    );
    // A row with a bad cell is screened from the rest, the cell named as
    // not used: before, it had no report at all.
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let results = v["results"].as_array().unwrap();
    let refused: Vec<_> = results.iter().map(|r| r["refused"].clone()).collect();
    assert_eq!(
        refused,
        [
            serde_json::Value::Null,
            serde_json::json!(["industry_code"]),
            serde_json::json!(["action"]),
            serde_json::Value::Null
        ]
    );
    // Without its industry nothing can be allowed or prohibited for sure.
    assert_eq!(results[1]["report"]["overall"], "NEEDS_INPUT");
    let (_, table, _) = jiujiang(&[
        "screen",
        "--lang",
        "en",
        "--format",
        "table",
        bad.to_str().unwrap(),
    ]);
    assert!(table.contains("leads.csv:4#C\t"), "{table}");
    assert!(
        table.contains("  refused\taction (could not be read, screened as not given"),
        "{table}"
    );
    let header = dir.join("header.csv");
    std::fs::write(&header, "industry_code,colour\nC2614,red\n").unwrap();
    let (code, _, err) = jiujiang(&["screen", "--lang", "en", header.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(err.contains("header.csv: colour: Unknown column"), "{err}");
    let quote = dir.join("quote.csv");
    std::fs::write(&quote, "name\n\"unclosed\n").unwrap();
    let (_, _, err) = jiujiang(&["screen", "--lang", "en", quote.to_str().unwrap()]);
    assert!(err.contains("Unclosed quote"), "{err}");
}

#[test]
fn invalid_files_name_the_file_and_field_and_exit_non_zero() {
    let dir = std::env::temp_dir().join(format!("jiujiang-cli-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bad = dir.join("bad.json");
    std::fs::write(
        &bad,
        r#"{"schema_version": 1, "action": "new", "bogus": 1, "site": {"dist_yangtze_mainstream_m": -4, "nature_reserve_zone": [1]}}"#,
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
    // Every error of a file at once: of its shape and of its values.
    assert!(err.contains("bad.json: bogus: Unknown field"), "{err}");
    assert!(err.contains("bad.json: site.nature_reserve_zone: Field “site.nature_reserve_zone” has a value of the wrong type."), "{err}");
    assert!(
        err.contains("broken.json: Not a valid project file (line"),
        "{err}"
    );
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
    assert!(out.starts_with("GEO-DEF-01\t[V2]\t2021-03-01..\t"), "{out}");
    assert!(out.contains("YRB-01\t[V1]\t2018-01-01..\t"), "{out}");
}

#[test]
fn committed_changelog_is_the_generated_one() {
    let (code, out, _) = jiujiang(&["changelog", "--lang", "en"]);
    assert_eq!(code, 0);
    let committed = repo_text("docs/rules-changelog.md");
    assert!(
        out == committed,
        "docs/rules-changelog.md is stale: regenerate with `cargo run -p jiujiang-cli -- changelog --lang en > docs/rules-changelog.md`"
    );
    let (_, zh, _) = jiujiang(&["changelog", "--lang", "zh"]);
    assert!(zh.starts_with("# 规则数据变更记录"), "{zh}");
}

#[test]
fn committed_schema_is_the_generated_one() {
    let (code, out, _) = jiujiang(&["schema"]);
    assert_eq!(code, 0);
    let committed = repo_text("docs/project.schema.json");
    assert!(
        out.trim() == committed.trim(),
        "docs/project.schema.json is stale: regenerate with `cargo run -p jiujiang-cli -- schema > docs/project.schema.json`"
    );
    // Every example file stays within it, as far as a key-level check can tell.
    let schema: serde_json::Value = serde_json::from_str(&committed).unwrap();
    for entry in std::fs::read_dir(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../examples/projects"
    ))
    .unwrap()
    {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "json") {
            let v: serde_json::Value =
                serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
            for (k, val) in v.as_object().unwrap() {
                let prop = &schema["properties"][k];
                assert!(!prop.is_null(), "{}: {k} not in schema", path.display());
                if let Some(inner) = val.as_object() {
                    for k2 in inner.keys() {
                        assert!(
                            !prop["properties"][k2].is_null(),
                            "{}: {k}.{k2} not in schema",
                            path.display()
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn project_format_doc_lists_every_field() {
    let doc = repo_text("docs/project-format.md");
    for f in jiujiang_engine::project::FIELDS {
        assert!(
            doc.contains(&format!("`{}`", f.key)),
            "docs/project-format.md does not describe {}",
            f.key
        );
    }
}

#[test]
fn convert_undoes_the_amap_offset() {
    // WGS 116.00, 29.71 shows on Amap about 567 m to the south-east (GEO-02).
    let (code, out, err) = jiujiang(&["convert", "--from", "gcj02", "116.0051168, 29.7074516"]);
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert!(
        (v["wgs84"]["lon"].as_f64().unwrap() - 116.0).abs() < 1e-4,
        "{out}"
    );
    assert!(
        (v["wgs84"]["lat"].as_f64().unwrap() - 29.71).abs() < 1e-4,
        "{out}"
    );
    let moved = v["moved_m"].as_f64().unwrap();
    assert!((555.0..580.0).contains(&moved), "{moved}");
    let (code, _, err) = jiujiang(&["convert", "--from", "bd09", "29.7, 116"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(jiujiang(&["convert", "--from", "gcj02", "north"]).0, 1);
    assert_eq!(jiujiang(&["convert", "116, 29"]).0, 2);
}

#[test]
fn a_boundary_layer_decides_what_the_map_cannot_and_a_bad_one_stops_the_run() {
    let file = "examples/projects/chemical-near-line.json";
    let yrb01 = |out: &str| -> String {
        let v: serde_json::Value = serde_json::from_str(out).unwrap();
        let findings = v["results"][0]["report"]["findings"]
            .as_array()
            .unwrap()
            .clone();
        let f = findings.iter().find(|f| f["rule_id"] == "YRB-01").unwrap();
        f["outcome"].as_str().unwrap().to_string()
    };
    let (code, out, _) = jiujiang(&["screen", file]);
    assert_eq!(code, 0);
    assert_eq!(yrb01(&out), "NEEDS_INPUT");
    let layer = [
        "--boundary",
        "data/cases/boundaries/test-line-29.73.geojson",
        "--boundary-kind",
        "yangtze",
        "--boundary-accuracy",
        "20",
    ];
    let (code, out, err) = jiujiang(&[&["screen"][..], &layer, &[file]].concat());
    assert_eq!(code, 0, "{err}");
    assert_eq!(yrb01(&out), "PROHIBITED");
    // Coarser than the gap to the threshold: undecided again.
    let mut coarse = layer;
    coarse[5] = "600";
    let (_, out, _) = jiujiang(&[&["screen"][..], &coarse, &[file]].concat());
    assert_eq!(yrb01(&out), "NEEDS_INPUT");
    // A broken layer: every problem with its place, nothing screened.
    let bad = std::env::temp_dir().join("jiujiang-bad-boundary.geojson");
    std::fs::write(
        &bad,
        r#"{"type":"LineString","coordinates":[[116.0,29.7],[116.1]]}"#,
    )
    .unwrap();
    let bad = bad.to_str().unwrap();
    let (code, out, err) = jiujiang(&[
        "screen",
        "--lang",
        "en",
        "--boundary",
        bad,
        "--boundary-kind",
        "yangtze",
        "--boundary-accuracy",
        "20",
        file,
    ]);
    assert_eq!(code, 1);
    assert!(out.is_empty(), "{out}");
    assert!(
        err.contains("coordinates[1]: A position must be two numbers"),
        "{err}"
    );
    // A missing accuracy is refused too.
    let (code, _, err) = jiujiang(&[
        "screen",
        "--boundary",
        bad,
        "--boundary-kind",
        "yangtze",
        file,
    ]);
    assert_eq!(code, 1);
    assert!(err.contains("--boundary-accuracy"), "{err}");
}

#[test]
fn incentives_are_added_with_bundled_and_user_packages_and_bad_packages_stop_the_run() {
    let file = "examples/projects/electronics-incentives.json";
    let (code, out, err) = jiujiang(&[
        "screen",
        "--incentives",
        "--horizon",
        "5",
        "--discount",
        "10",
        "--package-file",
        "examples/packages/park-example.json",
        file,
    ]);
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let inc = &v["results"][0]["incentives"];
    assert_eq!(inc["options"]["horizon_years"], 5);
    // No site given: the screening could still prohibit, and says so.
    assert_eq!(v["results"][0]["report"]["bounds"]["worst"], "PROHIBITED");
    assert_eq!(inc["may_be_blocked"], true);
    let items = inc["items"].as_array().unwrap();
    let item = |id: &str| {
        items
            .iter()
            .find(|i| i["id"] == id)
            .unwrap_or_else(|| panic!("{id}"))
    };
    // HNTE on 200 million of taxable income less the R&D super-deduction's
    // 120 million: up to 8 million a year, from 0.
    assert_eq!(item("INC-TAX-02")["state"], "ELIGIBLE_IF_CERTIFIED");
    assert_eq!(item("INC-TAX-02")["yearly"][0]["max"], 8_000_000.0);
    // The user's package: 1,200 jobs × 2,000 = 2.4 million, capped at 1 million, marked.
    let jobs = item("INC-LOCAL-06/example-jobs");
    assert_eq!(jobs["total"]["max"], 1_000_000.0);
    assert_eq!(jobs["entered_by_user"], true);
    // The table writes amounts in each language's units.
    for (lang, line, amount) in [
        ("zh", "优惠合计（5 年）", "800 万元"),
        ("en", "incentives over 5 years", "8 million yuan"),
    ] {
        let (code, out, err) = jiujiang(&[
            "screen",
            "--format",
            "table",
            "--lang",
            lang,
            "--incentives",
            "--horizon",
            "5",
            file,
        ]);
        assert_eq!(code, 0, "{err}");
        assert!(out.contains(line), "{out}");
        assert!(
            out.contains("仍可能为禁止：若最终禁止") || out.contains("could end in a prohibition"),
            "{out}"
        );
        let hnte = out.lines().find(|l| l.contains("INC-TAX-02")).unwrap();
        assert!(hnte.contains("\tELIGIBLE_IF_CERTIFIED\t"), "{hnte}");
        assert!(hnte.contains(amount), "{hnte}");
    }
    // An item waiting on figures lists them, as a rule's row does.
    let lead = std::env::temp_dir().join(format!("jiujiang-rd-lead-{}.json", std::process::id()));
    std::fs::write(
        &lead,
        r#"{"schema_version":1,"industry_code":"C3981","finance":{"rd_10k_cny":500}}"#,
    )
    .unwrap();
    let (code, out, err) = jiujiang(&[
        "screen",
        "--format",
        "table",
        "--incentives",
        lead.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    let lines: Vec<&str> = out.lines().collect();
    let at = lines
        .iter()
        .position(|l| l.contains("INC-TAX-02\tNEEDS_INPUT"))
        .expect(&out);
    assert!(
        lines[at + 1].trim_start().starts_with("缺少：finance."),
        "{out}"
    );
    // Its amount is none yet, not "0", and the total says what it leaves out
    // (an audit read a point total beside open items shown as 0 yuan).
    assert!(lines[at].contains("\t—\t"), "{}", lines[at]);
    assert!(
        out.contains("项待补充数据后测算，未计入合计：finance."),
        "{out}"
    );
    std::fs::remove_file(&lead).ok();
    // A county package only when asked for.
    assert!(items.iter().all(|i| i["id"] != "INC-LOCAL-02/tax-rebates"));
    // Without --incentives the report has none.
    let (_, out, _) = jiujiang(&["screen", file]);
    assert!(!out.contains("\"incentives\""));
    // A broken package: where and why, nothing screened.
    let bad = std::env::temp_dir().join("jiujiang-bad-package.json");
    let text =
        repo_text("examples/packages/park-example.json").replace("\"cny\": 2000", "\"cny\": -5");
    std::fs::write(&bad, text).unwrap();
    let (code, out, err) = jiujiang(&[
        "screen",
        "--lang",
        "en",
        "--incentives",
        "--package-file",
        bad.to_str().unwrap(),
        file,
    ]);
    assert_eq!(code, 1);
    assert!(out.is_empty());
    assert!(
        err.contains("items[0].amount.cny: The amount must be more than 0"),
        "{err}"
    );
    let (code, _, err) = jiujiang(&[
        "screen",
        "--incentives",
        "--package",
        "no-such-package",
        file,
    ]);
    assert_eq!(code, 1);
    assert!(err.contains("unknown package no-such-package"), "{err}");
}

#[test]
fn csv_output_gives_one_line_per_project_with_the_deciding_rules() {
    let (code, out, _) = jiujiang(&[
        "screen",
        "--format",
        "csv",
        "examples/projects/leads.csv",
        "examples/projects/chemical-850m.json",
    ]);
    assert_eq!(code, 0);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines[0],
        "file,line,id,overall,blocking,grade,rests_on_unverified,in_jiujiang,refused,ask_next"
    );
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("examples/projects/leads.csv,2,L1,PROHIBITED,YRB-01")),
        "{out}"
    );
    assert!(
        lines.contains(&"examples/projects/chemical-850m.json,,,PROHIBITED,YRB-01,C,,,,"),
        "{out}"
    );
    // An open lead says what to ask it next, by the question's id: the
    // report's first question.
    let open: Vec<&str> = lines
        .iter()
        .copied()
        .filter(|l| l.contains(",NEEDS_INPUT,"))
        .collect();
    assert!(!open.is_empty(), "{out}");
    assert!(open.iter().all(|l| !l.ends_with(',')), "{out}");
}

/// The JSON report carries the bounds and the ranked questions.
#[test]
fn json_report_has_bounds_and_questions() {
    let (code, out, err) = jiujiang(&[
        "screen",
        "--as-of",
        "2026-11-23",
        "examples/leads/clinker.json",
    ]);
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let r = &v["results"][0]["report"];
    assert_eq!(r["overall"], "NEEDS_INPUT");
    assert_eq!(r["bounds"]["worst"], "PROHIBITED");
    let qs = r["questions"].as_array().unwrap();
    assert!(!qs.is_empty());
    for q in qs {
        assert!(
            q["id"].is_string() && q["kind"].is_string() && q["rules"].is_array(),
            "{q}"
        );
        assert!(
            q["field"].is_string() != q["fields"].is_array(),
            "field or fields: {q}"
        );
    }
    let cap = r["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule_id"] == "CAP-02")
        .unwrap();
    assert_eq!(cap["outcome"], "REQUIRES_REPLACEMENT", "{cap}");
}

/// An "allowed" kept from worse only by an unverified answer (the
/// compliant-park list behind YRB-10 is [U]) is said so in the table, the
/// CSV (and the interview: tests/ask.rs), as the app says it: an audit read a bare
/// "ALLOWED" in all three.
#[test]
fn an_allowed_resting_on_an_unverified_answer_says_so_in_every_format() {
    // A chemical plant in the Lianxi park with every fact given.
    let file = "examples/projects/chemical-lianxi.json";
    let out = english_table(file);
    let first: Vec<&str> = out.lines().take(2).collect();
    assert!(first[0].ends_with("\tALLOWED\t"), "{out}");
    assert!(
        first[1].starts_with("  rests on [U]\t") && first[1].ends_with("it could be worse: YRB-10"),
        "{out}"
    );
    let (_, out, _) = jiujiang(&["screen", "--format", "csv", file]);
    assert!(
        out.lines()
            .any(|l| l == format!("{file},,,ALLOWED,,,YRB-10,,,")),
        "{out}"
    );
}

/// A site point outside Jiujiang is said in the table, before anything the
/// rules found: they are Jiujiang's and Jiangxi's (an audit read a clean
/// "ALLOWED" for a point on the Hubei bank).
#[test]
fn the_table_says_when_the_site_lies_outside_jiujiang() {
    let lead = std::env::temp_dir().join(format!("jiujiang-hubei-{}.json", std::process::id()));
    let at = |location: &str| {
        let p = format!(
            r#"{{"schema_version":1,"industry_code":"C3971","site":{{"location":"{location}","location_datum":"wgs84"}}}}"#
        );
        std::fs::write(&lead, p).unwrap();
        english_table(lead.to_str().unwrap())
    };
    let hubei = at("115.933036, 29.775");
    assert_eq!(
        hubei.lines().nth(1),
        Some("  site\tThis point is not in any of Jiujiang's counties as the map draws them (a point on the Yangtze itself or across it may not be), and these rules are Jiujiang's. If you typed the coordinates, check them and their order."),
        "{hubei}"
    );
    // In the Lianxi district: no such line.
    assert!(!at("116.05, 29.65").contains("outside Jiujiang"));
    // The CSV says it in its own column.
    let (_, csv, _) = jiujiang(&["screen", "--format", "csv", lead.to_str().unwrap()]);
    // (The column before last two: `refused` and `ask_next` follow it.)
    let in_jiujiang = |csv: &str| {
        csv.lines()
            .nth(1)
            .map(|l| l.rsplit(',').nth(2).unwrap_or("").to_string())
    };
    assert_eq!(in_jiujiang(&csv).as_deref(), Some("true"), "{csv}");
    at("115.933036, 29.775");
    let (_, csv, _) = jiujiang(&["screen", "--format", "csv", lead.to_str().unwrap()]);
    assert!(in_jiujiang(&csv).as_deref() == Some("false"), "{csv}");
    std::fs::remove_file(&lead).ok();
}

/// The table says which part of the incentive total rests on unverified
/// sources, right under the total, as the app does (an audit read a small
/// firm's relief, [U] then, as a certain total at both ends). A rice mill's
/// exemption rests on a scope list not read: [U].
#[test]
fn the_table_names_the_unverified_part_of_the_incentive_total() {
    let project = r#"{"schema_version": 1, "industry_code": "C1311", "action": "new",
      "invest": {"total_10k_cny": 2000, "fixed_assets_10k_cny": 1500, "primary_processing": true},
      "finance": {"sales_10k_cny": 3000, "taxable_income_10k_cny": 250, "rd_10k_cny": 0, "jobs": 60}}"#;
    let file = temp_file("rice-mill", "project.json", project);
    let (code, out, _) = jiujiang(&[
        "screen",
        "--incentives",
        "--format",
        "table",
        "--lang",
        "en",
        file.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{out}");
    let lines: Vec<&str> = out.lines().collect();
    let total = lines
        .iter()
        .position(|l| l.contains("incentives over"))
        .expect(&out);
    assert!(
        lines[total + 1].contains("not yet verified ([U])")
            && lines[total + 1].contains("INC-TAX-01/farm-primary"),
        "{out}"
    );
}
