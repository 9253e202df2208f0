//! Batch screening from CSV: the template parses, verdicts name the same
//! blocking rules as the full report, bad rows are kept with their errors,
//! and the export is valid CSV.

mod common;
use common::*;
use jiujiang_engine::project::csv::{batch, batch_csv, records, template};

#[test]
fn the_template_is_a_valid_batch_with_two_rows() {
    let engine = engine();
    let rows = batch(&template(), engine, DEFAULT_AS_OF).unwrap();
    assert_eq!(rows.len(), 2);
    assert!(rows.iter().all(|r| r.errors.is_empty()));
    assert_eq!(rows[0].id.as_deref(), Some("lead-1"));
    assert_eq!(rows[0].overall, Some(jiujiang_engine::Outcome::Prohibited));
    assert!(rows[0].blocking.contains(&"YRB-01"));
}

#[test]
fn blocking_rules_from_verdicts_match_the_full_report() {
    let engine = engine();
    let text = std::fs::read_to_string(data_dir().join("../examples/projects/leads.csv")).unwrap();
    let rows = jiujiang_engine::project::csv::projects(&text, engine).unwrap();
    let mut checked = 0;
    for row in rows {
        let Ok(project) = row.result else { continue };
        let report = engine.screen(&project, DEFAULT_AS_OF);
        let verdicts = engine.verdicts(&project, DEFAULT_AS_OF);
        assert_eq!(verdicts.overall, report.overall);
        assert_eq!(
            verdicts.blocking(&engine.data),
            report.blocking,
            "line {}",
            row.line
        );
        checked += 1;
    }
    assert!(checked >= 3, "{checked}");
}

#[test]
fn bad_rows_are_kept_with_their_errors_and_the_export_quotes_what_it_must() {
    let engine = engine();
    let csv = "id,industry_code,action,site.dist_yangtze_mainstream_m\nok,C2614,new,850\n\"a, b\",C2614,new,-5\n";
    let rows = batch(csv, engine, DEFAULT_AS_OF).unwrap();
    assert_eq!(rows[1].overall, None);
    assert_eq!(rows[1].errors[0].field, "site.dist_yangtze_mainstream_m");
    let out = batch_csv(&rows, true);
    let recs = records(&out).unwrap();
    assert_eq!(recs.len(), 3);
    assert_eq!(recs[0].1, ["line", "id", "overall", "blocking", "errors"]);
    assert_eq!(recs[2].1[1], "a, b");
    assert_eq!(recs[2].1[2], "INVALID");
    assert!(recs[2].1[4].starts_with("site.dist_yangtze_mainstream_m:"));
    // An unknown column fails the file, not a row.
    assert!(batch("id,colour\n1,red\n", engine, DEFAULT_AS_OF).is_err());
}
