//! `where`: the "where can it go?" grid, as JSON, CSV and a character map.

mod common;
use common::jiujiang;

/// `where` over a box around Pengze (where the chemical lead's park lies),
/// 300 cells, on a fixed date, with `more` flags before the file.
fn pengze(more: &[&str], lead: &str) -> (i32, String, String) {
    let mut args = vec![
        "where",
        "--as-of",
        "2026-11-23",
        "--cells",
        "300",
        "--bbox",
        "116.42,29.78,116.68,29.98",
    ];
    args.extend(more);
    args.push(lead);
    jiujiang(&args)
}

#[test]
fn where_prints_the_grid_the_app_paints() {
    let lead = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../examples/leads/chemical.complete.json"
    );
    let (code, out, err) = pengze(&[], lead);
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["bbox"], serde_json::json!([116.42, 29.78, 116.68, 29.98]));
    let cells = v["cells"].as_array().unwrap();
    let (cols, rows) = (v["cols"].as_u64().unwrap(), v["rows"].as_u64().unwrap());
    assert_eq!(cells.len() as u64, cols * rows);
    assert!((250..=350).contains(&cells.len()));
    let band = |b: &str| cells.iter().filter(|c| c["band"] == b).count();
    // Around Pengze, where the Jishan park it names lies: its tributary
    // distances were typed for a site somewhere in the park's 15 km circle,
    // so no cell knows them and none is drawn allowed.
    assert!(
        band("undecided") > 100 && band("allowed") == 0,
        "{} undecided, {} allowed",
        band("undecided"),
        band("allowed")
    );
    assert!(cells
        .iter()
        .all(|c| c["lon"].is_f64() && c["overall"].is_string()));
    assert!(cells.iter().any(|c| c["in_jiujiang"] == true));
    // The same grid as CSV.
    let (code, csv, _) = pengze(&["--format", "csv"], lead);
    assert_eq!(code, 0);
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines[0], "lon,lat,in_jiujiang,overall,band");
    assert_eq!(lines.len(), cells.len() + 1);
    assert_eq!(csv.matches(",undecided").count(), band("undecided"));
}

#[test]
fn where_refuses_a_bad_box_or_count_with_the_reason() {
    let lead = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../examples/leads/chemical.json"
    );
    for (flag, value, says) in [
        ("--bbox", "117,29,116,30", "west to east"),
        ("--bbox", "1,2,3", "four numbers"),
        ("--bbox", "a,b,c,d", "W,S,E,N"),
        ("--cells", "0", "1 to 1000000"),
        ("--cells", "-5", "1 to 1000000"),
    ] {
        let (code, out, err) = jiujiang(&["where", flag, value, lead]);
        assert_eq!(code, 2, "{flag} {value}");
        assert!(
            out.is_empty() && err.contains(says),
            "{flag} {value}: {err}"
        );
    }
}

/// `--format table` draws the grid as characters, north up, with a legend
/// that counts each band; it had printed the JSON (an advisor audit).
#[test]
fn where_draws_the_grid_as_a_character_map_for_a_table() {
    let lead = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../examples/leads/chemical.complete.json"
    );
    let args = |format: &str, lang: &str| pengze(&["--format", format, "--lang", lang], lead);
    let (code, csv, _) = args("csv", "en");
    assert_eq!(code, 0);
    let (code, table, err) = args("table", "en");
    assert_eq!(code, 0, "{err}");
    assert!(serde_json::from_str::<serde_json::Value>(&table).is_err());
    let mut lines = table.lines();
    let head = lines.next().unwrap();
    let map: Vec<&str> = lines.collect();
    // One line a row, one character a cell, in the CSV's order.
    let cells: Vec<Vec<&str>> = csv
        .lines()
        .skip(1)
        .map(|l| l.split(',').collect())
        .collect();
    let cols = cells.iter().filter(|c| c[1] == cells[0][1]).count();
    assert_eq!(map.len() * cols, cells.len(), "{table}");
    for (i, c) in cells.iter().enumerate() {
        let drawn = map[i / cols].chars().nth(i % cols).unwrap_or(' ');
        let want = match (c[2], c[4]) {
            ("false", _) => ' ',
            (_, "allowed") => '.',
            (_, "undecided") => '?',
            _ => '#',
        };
        assert_eq!(drawn, want, "cell {i}: {c:?}");
    }
    let undecided = csv.matches("true,NEEDS_INPUT,undecided").count();
    assert!(undecided > 100);
    assert!(
        head.contains(&format!("? undecided {undecided}")) && head.contains("north up"),
        "{head}"
    );
    // Over the whole map, whose top and foot rows lie outside Jiujiang:
    // one line a row still (a code review saw blank rows merged away).
    let (code, whole, _) = jiujiang(&[
        "where",
        "--as-of",
        "2026-11-23",
        "--cells",
        "400",
        "--format",
        "table",
        lead,
    ]);
    assert_eq!(code, 0);
    let (_, json, _) = jiujiang(&["where", "--as-of", "2026-11-23", "--cells", "400", lead]);
    let rows = serde_json::from_str::<serde_json::Value>(&json).unwrap()["rows"]
        .as_u64()
        .unwrap() as usize;
    assert_eq!(whole.lines().count(), rows + 1, "{whole}");
    assert!(whole.lines().nth(1).unwrap().trim().is_empty(), "{whole}");
    let (_, zh, _) = args("table", "zh");
    assert!(
        zh.lines()
            .next()
            .unwrap()
            .contains(&format!("? 待定 {undecided}")),
        "{zh}"
    );
}
