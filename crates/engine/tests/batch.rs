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
    // Screened from the cells that could be read: the bad distance is as
    // good as missing, so the 1 km ban stays open (a user test saw one bad
    // cell leave a whole lead unscreened).
    assert_eq!(rows[1].overall, Some(jiujiang_engine::Outcome::NeedsInput));
    assert_eq!(rows[1].errors[0].field, "site.dist_yangtze_mainstream_m");
    let out = batch_csv(&rows, true);
    let recs = records(&out).unwrap();
    assert_eq!(recs.len(), 3);
    assert_eq!(
        recs[0].1,
        [
            "line",
            "id",
            "name",
            "verdict",
            "overall",
            "grade",
            "best",
            "worst",
            "blocking",
            "at_best_by",
            "ask_next",
            "errors"
        ]
    );
    assert_eq!(recs[2].1[1], "a, b");
    // The verdict in words beside its code.
    assert_eq!(
        recs[2].1[3],
        "Needs input · At best Allowed · at worst Prohibited"
    );
    assert_eq!(recs[2].1[4], "NEEDS_INPUT");
    assert!(recs[2].1[11].starts_with("site.dist_yangtze_mainstream_m:"));
    // The open row says what to ask next: the report's first question, by
    // name; the decided one asks nothing.
    let open = valid_project([("industry_code", "C2614"), ("action", "new")]);
    let first = engine.screen(&open, DEFAULT_AS_OF).questions[0].id;
    assert_eq!(rows[1].next_question, Some(first));
    assert_eq!(rows[0].next_question, None);
    let name = jiujiang_engine::rules::questions::name(first).unwrap();
    assert_eq!(
        (recs[1].1[10].as_str(), recs[2].1[10].as_str()),
        ("", name.en)
    );
    assert!(!name.en.is_empty());
    // In Chinese, the headers and the words are Chinese; the codes stay.
    let zh = records(&batch_csv(&rows, false)).unwrap();
    assert_eq!(zh[0].1[..5], ["行号", "编号", "名称", "结论", "结论代码"]);
    assert_eq!(zh[1].1[3], "禁止");
    assert_eq!(zh[1].1[4], "PROHIBITED");
    // An unknown column fails the file, not a row.
    assert!(batch("id,colour\n1,red\n", engine, DEFAULT_AS_OF).is_err());
}

/// What spreadsheets hand over: a GBK or binary file is refused with what to
/// do; semicolon- or tab-separated files and columns named by their labels
/// are read; a header alone is said to hold no rows; a row with too many
/// cells keeps its id.
#[test]
fn files_as_spreadsheets_write_them_are_read_or_refused_with_what_to_do() {
    let engine = engine();
    let refused = |text: &str| batch(text, engine, DEFAULT_AS_OF).err().unwrap_or_default();
    // GBK bytes for "行业" read as UTF-8 become replacement characters.
    let gbk = String::from_utf8_lossy(b"id,\xd0\xd0\xd2\xb5\nr1,C2614\n").to_string();
    let e = refused(&gbk);
    assert!(e[0].message.en.contains("CSV UTF-8"), "{e:?}");
    assert!(refused("id,industry_code\n\0\0\x01,\0\n")[0]
        .message
        .zh
        .contains("UTF-8"));
    let e = refused("id,industry_code,action\n");
    assert!(e[0].message.en.contains("no project rows"), "{e:?}");
    let e = refused("id,galaxy\nr1,x\n");
    assert!(e[0].message.en.contains("CSV template"), "{e:?}");
    // One field by its key and by its label: which one counts is not
    // guessed (the last had won without a word).
    let e = refused("id,action,建设性质\nr1,new,技术改造\n");
    assert_eq!((e.len(), e[0].field.as_str()), (1, "action"), "{e:?}");
    assert!(e[0].message.en.contains("more than one column"), "{e:?}");
    for text in [
        "id;industry_code;action;site.dist_yangtze_mainstream_m\nr1;C2614;new;850\n",
        "id\tindustry_code\taction\tsite.dist_yangtze_mainstream_m\nr1\tC2614\tnew\t850\n",
        "id,行业代码（GB/T 4754-2017）,建设性质,site.dist_yangtze_mainstream_m\nr1,C2614,new,850\n",
        // A label without its closing bracket, and 编号 for the id (a user
        // test's hand-made sheet was refused for "行业代码").
        "编号,行业代码,建设性质,site.dist_yangtze_mainstream_m\nr1,C2614,new,850\n",
        "ID,Industry code,Type of project,site.dist_yangtze_mainstream_m\nr1,C2614,new,850\n",
    ] {
        let rows = batch(text, engine, DEFAULT_AS_OF).unwrap_or_else(|e| panic!("{text}: {e:?}"));
        assert_eq!(
            rows[0].overall,
            Some(jiujiang_engine::Outcome::Prohibited),
            "{text}"
        );
        assert_eq!(rows[0].id.as_deref(), Some("r1"));
    }
    // A chemical park named as a sheet names it is read as its id; a name
    // several parks share is still refused at its cell.
    let rows = batch(
        "id,industry_code,action,site.chemical_park\nr1,C2614,new,彭泽矶山\nr2,C2614,new,九江\n",
        engine,
        DEFAULT_AS_OF,
    )
    .unwrap();
    assert!(rows[0].errors.is_empty(), "{:?}", rows[0].errors);
    assert!(
        rows[0]
            .cells
            .iter()
            .any(|(k, v)| *k == "site.chemical_park" && v == "pengze-jishan"),
        "{:?}",
        rows[0].cells
    );
    assert!(
        rows[1]
            .errors
            .iter()
            .any(|e| e.field == "site.chemical_park"),
        "{:?}",
        rows[1].errors
    );
    // Labels that hold a comma, a blank first line, Excel's "sep=" line.
    for text in [
        "id;选址坐标（经度, 纬度）;坐标来源;industry_code;action;site.dist_yangtze_mainstream_m\nr1;;;C2614;new;850\n",
        "\nid;industry_code;action;site.dist_yangtze_mainstream_m\nr1;C2614;new;850\n",
        "sep=;\nid;industry_code;action;site.dist_yangtze_mainstream_m\nr1;C2614;new;850\n",
    ] {
        let rows = batch(text, engine, DEFAULT_AS_OF).unwrap_or_else(|e| panic!("{text}: {e:?}"));
        assert_eq!(rows[0].overall, Some(jiujiang_engine::Outcome::Prohibited), "{text}");
    }
    // A semicolon file's decimal comma is refused at its cell, not misread.
    let rows = batch(
        "id;industry_code;action;site.dist_yangtze_mainstream_m\nr1;C2614;new;0,85 km\n",
        engine,
        DEFAULT_AS_OF,
    )
    .unwrap();
    assert_eq!(rows[0].overall, Some(jiujiang_engine::Outcome::NeedsInput));
    assert_eq!(rows[0].errors[0].field, "site.dist_yangtze_mainstream_m");
    let rows = batch("id,industry_code\nr9,C2614,x,y\n", engine, DEFAULT_AS_OF).unwrap();
    assert_eq!(rows[0].id.as_deref(), Some("r9"));
    assert!(
        rows[0].errors[0].message.en.contains("4 cells"),
        "{:?}",
        rows[0].errors
    );
}

/// A value that is no option is answered with the options in the reader's
/// words, each with the key a file may use (a user test read the bare keys
/// "new, expansion, renovation" as jargon).
#[test]
fn an_unknown_option_is_answered_with_the_options_in_words_and_keys() {
    let e = jiujiang_engine::Engine::embedded().unwrap();
    let (_, errors) = e.parse_fields([("industry_code", "C2614"), ("action", "build")]);
    let err = errors
        .iter()
        .find(|x| x.field == "action")
        .expect("refused");
    assert!(
        err.message.zh.contains("“build”不是有效选项") && err.message.zh.contains("新建（new）"),
        "{}",
        err.message.zh
    );
    assert!(
        err.message.en.contains("“build” is not an option") && err.message.en.contains("(new)"),
        "{}",
        err.message.en
    );
    // Each option is named once, with its key.
    assert_eq!(
        err.message.en.matches("(expansion)").count(),
        1,
        "{}",
        err.message.en
    );
}

/// An unknown park is answered likewise: each park by name, with its id.
#[test]
fn an_unknown_park_is_answered_with_the_parks_by_name_and_id() {
    let e = jiujiang_engine::Engine::embedded().unwrap();
    let (_, errors) =
        e.parse_fields([("industry_code", "C2614"), ("site.chemical_park", "jishan")]);
    let err = (errors.iter())
        .find(|x| x.field == "site.chemical_park")
        .expect("refused");
    assert!(
        err.message
            .en
            .contains("Jishan Chemical Park, Pengze Industrial Park (pengze-jishan)"),
        "{}",
        err.message.en
    );
    assert!(
        err.message.en.contains("Not in a chemical park (none)"),
        "{}",
        err.message.en
    );
    assert!(
        err.message
            .zh
            .contains("江西彭泽工业园区矶山化工园（pengze-jishan）"),
        "{}",
        err.message.zh
    );
}

/// An open row says how good and how bad it can still be, and which rules
/// already hold at its best (a user test read only "needs input" for a
/// cement line whose capacity replacement CAP-02 had settled).
#[test]
fn an_open_row_carries_its_bounds_and_the_rules_settled_at_its_best() {
    use jiujiang_engine::Outcome::*;
    let engine = engine();
    let csv = "id,industry_code,action,capacity.product,capacity.new_t\ncement,C3011,new,cement_clinker,1500000\n";
    let rows = batch(csv, engine, DEFAULT_AS_OF).unwrap();
    let row = &rows[0];
    assert_eq!(row.overall, Some(NeedsInput));
    let b = row.bounds.unwrap();
    assert_eq!(b.best, RequiresReplacement, "{b:?}");
    assert_eq!(b.worst, Prohibited);
    assert!(row.at_best_by.contains(&"CAP-02"), "{:?}", row.at_best_by);
    // Each listed rule is decided at the best bound in the full report.
    let p = jiujiang_engine::project::csv::projects(csv, engine).unwrap();
    let report = engine.screen(p[0].result.as_ref().unwrap(), DEFAULT_AS_OF);
    for id in &row.at_best_by {
        let f = report.findings.iter().find(|f| f.rule_id == *id).unwrap();
        assert_eq!(f.outcome, b.best, "{id}");
    }
    let out = batch_csv(&rows, true);
    let recs = records(&out).unwrap();
    assert_eq!(recs[1].1[6..8], ["REQUIRES_REPLACEMENT", "PROHIBITED"]);
    assert!(recs[1].1[9].contains("CAP-02"), "{:?}", recs[1].1);
}

/// A prohibition that rests on an unverified branch is graded so in the
/// batch, as the screening grades it; one that rests on the law is not (a
/// user test filtered a cement lead out as a settled ban).
#[test]
fn a_row_is_graded_as_its_screening_is() {
    let engine = engine();
    let csv = "id,industry_code,action,site.dist_yangtze_mainstream_m,site.dist_important_tributary_m,site.dist_poyang_lake_m,site.dist_other_tributary_m,site.in_compliant_park,facilities\n\
               cement,C3011,new,2500,9000,20000,6000,no,none\n\
               chem,C2614,new,850,9000,20000,6000,no,none\n";
    let rows = batch(csv, engine, DEFAULT_AS_OF).unwrap();
    let p = jiujiang_engine::project::csv::projects(csv, engine).unwrap();
    for (row, project) in rows.iter().zip(&p) {
        let report = engine.screen(project.result.as_ref().unwrap(), DEFAULT_AS_OF);
        assert_eq!(row.overall, Some(report.overall));
        assert_eq!(row.grade, report.overall_status, "{:?}", row.id);
    }
    assert_eq!(rows[0].overall, Some(jiujiang_engine::Outcome::Prohibited));
    assert_eq!(rows[0].grade, Some(jiujiang_engine::Status::U));
    assert!(rows[1].grade >= Some(jiujiang_engine::Status::C));
    let recs = records(&batch_csv(&rows, true)).unwrap();
    assert_eq!(recs[1].1[5], "U");
}

/// A lead's name, when the file has the column, is kept with its row and
/// exported beside its id (a user test lost it from table and export).
#[test]
fn a_rows_name_is_kept_and_exported() {
    let engine = engine();
    let csv =
        "id,name,industry_code,action\nL1,\"湖口化工新材料, 二期\",C2614,new\nL2,,C3981,new\n";
    let rows = batch(csv, engine, DEFAULT_AS_OF).unwrap();
    assert_eq!(rows[0].name.as_deref(), Some("湖口化工新材料, 二期"));
    assert_eq!(rows[1].name, None);
    let recs = records(&batch_csv(&rows, true)).unwrap();
    assert_eq!(recs[1].1[2], "湖口化工新材料, 二期");
    assert_eq!(recs[2].1[2], "");
}

#[test]
fn a_row_keeps_its_cells_as_typed_to_open_in_the_form() {
    // Columns by key and by label, a blank cell, and a row with an error:
    // the cells are what was typed, under their field keys, blanks left out.
    let text = "id,name,行业代码（GB/T 4754-2017）,action,site.dist_yangtze_mainstream_m\n\
                a,Acme Chem,C2614,new, 850 \n\
                b,Bad Row,C2614,,-20\n";
    let rows = batch(text, engine(), DEFAULT_AS_OF).unwrap();
    let keys = |i: usize| {
        rows[i]
            .cells
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        keys(0),
        [
            "name=Acme Chem",
            "industry_code=C2614",
            "action=new",
            "site.dist_yangtze_mainstream_m= 850 "
        ]
    );
    assert!(!rows[1].errors.is_empty());
    assert_eq!(
        keys(1),
        [
            "name=Bad Row",
            "industry_code=C2614",
            "site.dist_yangtze_mainstream_m=-20"
        ]
    );
    // The row with errors is still known by its name.
    assert_eq!(rows[1].name.as_deref(), Some("Bad Row"));
    // The export keeps its twelve columns: the cells are not carried.
    let out = batch_csv(&rows, true);
    let lines: Vec<Vec<String>> = records(&out).unwrap().into_iter().map(|(_, r)| r).collect();
    assert!(lines.iter().all(|r| r.len() == 12), "{out}");
    assert!(!out.contains(" 850 "), "{out}");
}

/// A cell no rule needs does not stop a row: a land area said "150亩左右"
/// was refused and the lead left unscreened; now such a cell is read, and
/// one that cannot be is only as good as missing.
#[test]
fn a_bad_cell_no_rule_needs_leaves_the_verdict_decided() {
    let engine = engine();
    let csv = "id,industry_code,action,site.dist_yangtze_mainstream_m,invest.land_mu\nB1,C2614,new,850,lots\n";
    let rows = batch(csv, engine, DEFAULT_AS_OF).unwrap();
    assert_eq!(rows[0].overall, Some(jiujiang_engine::Outcome::Prohibited));
    assert_eq!(rows[0].errors[0].field, "invest.land_mu");
    // Cells out of line with the header are still not screened.
    let rows = batch("id,industry_code\nr9,C2614,x,y\n", engine, DEFAULT_AS_OF).unwrap();
    assert_eq!(rows[0].overall, None);
}

/// A cell that could not be read is open, not blank: a rule asking whether
/// the product is given stays open on it (a review saw an unreadable
/// product settle CAP-02 as not applicable once rows with errors were
/// screened).
#[test]
fn an_unreadable_cell_is_open_not_blank() {
    let engine = engine();
    let csv = "id,industry_code,action,capacity.product\nP1,C2614,new,clinkerish\n";
    let rows = jiujiang_engine::project::csv::projects(csv, engine).unwrap();
    let project = rows[0].readable.as_ref().unwrap();
    assert!(rows[0].result.is_err());
    let report = engine.screen(project, DEFAULT_AS_OF);
    let cap = report
        .findings
        .iter()
        .find(|f| f.rule_id == "CAP-02")
        .unwrap();
    assert_eq!(cap.outcome, jiujiang_engine::Outcome::NeedsInput);
    assert!(
        cap.missing.contains(&"capacity.product"),
        "{:?}",
        cap.missing
    );
    // The same row with the cell blank: no product, so not this rule's.
    let blank = engine
        .project_from_json(r#"{"schema_version":1,"industry_code":"C2614","action":"new"}"#)
        .unwrap();
    let report = engine.screen(&blank, DEFAULT_AS_OF);
    let cap = report
        .findings
        .iter()
        .find(|f| f.rule_id == "CAP-02")
        .unwrap();
    assert_eq!(cap.outcome, jiujiang_engine::Outcome::NotApplicable);
}

/// A lead's id or name that a spreadsheet would run as a formula is
/// written as text (a leading apostrophe); numbers, negative ones too, and
/// plain text are written as they are (a user test exported
/// "=HYPERLINK(…)" unescaped).
#[test]
fn the_batch_export_keeps_formulas_as_text() {
    use jiujiang_engine::project::csv::cell;
    assert_eq!(cell("=1+1"), "'=1+1");
    assert_eq!(
        cell("=HYPERLINK(\"http://x\",\"a\")"),
        "\"'=HYPERLINK(\"\"http://x\"\",\"\"a\"\")\""
    );
    assert_eq!(cell("@SUM(A1)"), "'@SUM(A1)");
    assert_eq!(cell("+86 792"), "'+86 792");
    assert_eq!(cell("-5"), "-5");
    assert_eq!(cell("-1.5e3"), "-1.5e3");
    assert_eq!(cell("lead-1"), "lead-1");
    let text = "id,name,industry_code\n=1+1,=HYPERLINK(\"http://x\"),C3981\n";
    let rows = batch(text, engine(), DEFAULT_AS_OF).unwrap();
    let out = batch_csv(&rows, true);
    let recs = records(&out).unwrap();
    assert_eq!(recs[1].1[1], "'=1+1");
    assert_eq!(recs[1].1[2], "'=HYPERLINK(\"http://x\")");
}

/// A stray quote breaks only the row it opens: the rows before and after
/// are screened, the broken one is kept as an error at its line (a user
/// test had a whole batch refused for one quote). Left open on the last
/// line, or in the header, it is what it was.
#[test]
fn an_unclosed_quote_breaks_only_its_own_row() {
    let engine = engine();
    let text = "id,industry_code,action,site.dist_yangtze_mainstream_m\n\
                a,C2614,new,850\n\
                b,C3011,new,\"2000\n\
                c,C2614,new,5000\n";
    let rows = batch(text, engine, DEFAULT_AS_OF).unwrap();
    let lines: Vec<usize> = rows.iter().map(|r| r.line).collect();
    assert_eq!(lines, [2, 3, 4]);
    assert_eq!(rows[0].overall, Some(jiujiang_engine::Outcome::Prohibited));
    assert!(rows[1].overall.is_none() && rows[1].errors.len() == 1);
    assert!(
        rows[1].errors[0].message.en.contains("line 3"),
        "{:?}",
        rows[1].errors
    );
    assert!(rows[1].errors[0].message.en.contains("lines after it were"));
    assert_eq!(rows[2].id.as_deref(), Some("c"));
    assert!(rows[2].errors.is_empty() && rows[2].overall.is_some());
    // The strict reader still refuses the file.
    assert!(records(text).unwrap_err().message.en.contains("line 3"));
    // On the last row: nothing follows to read, and it says so.
    let last = "industry_code,action\nC2614,new\nC2614,\"new\n";
    let rows = batch(last, engine, DEFAULT_AS_OF).unwrap();
    assert_eq!(rows.len(), 2);
    assert!(rows[1].errors[0]
        .message
        .en
        .contains("what follows were not read"));
    // In the header: no row can be placed.
    let errs = batch("\"industry_code,action\nC2614,new\n", engine, DEFAULT_AS_OF).unwrap_err();
    assert!(errs[0].message.en.contains("line 1"), "{errs:?}");
    // A stray quote opening a cell mid-file: its row broken, the next read.
    let two = "industry_code\nC2614\n\"C3011\nC2614\n";
    let rows = batch(two, engine, DEFAULT_AS_OF).unwrap();
    assert_eq!(rows.len(), 3, "{rows:?}");
}

/// The batch page's column help names every template column in order, and
/// what it says a cell may hold is read: each choice by its label and by
/// its key, a set's keys joined by ";" (its labels may hold "、"),
/// "均不涉及", and money as "8亿".
#[test]
fn the_column_help_covers_the_template_and_what_it_offers_is_read() {
    use jiujiang_engine::project::{csv::columns, FieldKind, FIELDS};
    let engine = engine();
    let help = columns(&engine.data);
    let header = template().lines().next().unwrap().to_string();
    let keys: Vec<&str> = help.iter().map(|c| c.key).collect();
    assert_eq!(keys.join(","), header);
    let reads = |key: &str, cell: &str| {
        let (_, errors) = engine.parse_fields([(key, cell)]);
        assert!(errors.is_empty(), "{key} = {cell}: {errors:?}");
    };
    for f in FIELDS.iter() {
        let said = &help.iter().find(|c| c.key == f.key).unwrap().accepts;
        match f.kind {
            FieldKind::Choice(choices) => {
                for c in choices {
                    assert!(
                        said.zh.contains(c.label.zh) && said.en.contains(c.key),
                        "{}",
                        f.key
                    );
                    reads(f.key, c.label.zh);
                    reads(f.key, c.key);
                }
            }
            FieldKind::Set(choices) => {
                let keys: Vec<&str> = choices.iter().map(|c| c.key).collect();
                reads(f.key, &keys.join(";"));
                reads(f.key, "均不涉及");
                assert!(
                    keys.iter()
                        .all(|k| said.zh.contains(k) && said.en.contains(k)),
                    "{}",
                    f.key
                );
            }
            FieldKind::Number { unit, .. } if unit.zh == "万元" => {
                assert!(said.zh.contains("8亿"), "{}", f.key);
                reads(f.key, "8亿");
            }
            _ => assert!(!said.zh.is_empty() && !said.en.is_empty(), "{}", f.key),
        }
    }
}
