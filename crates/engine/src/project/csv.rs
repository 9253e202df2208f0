//! Projects from CSV: one project per row, columns named by field key (as in
//! the form and in project files). Pure text in, projects or located errors
//! out; the CLI and the app's batch screen share it.

use crate::project::{self, FieldError};
use crate::{Engine, Project};

/// One data row: its 1-based line number in the file (header = 1) and the
/// project or the errors found in it.
pub struct CsvRow {
    pub line: usize,
    /// The row's `id` cell, if the file has that column.
    pub id: Option<String>,
    /// The row's non-empty cells by field key, as typed: what opening the
    /// row in the form puts there, errors and all, to be mended at the field.
    pub cells: Vec<(&'static str, String)>,
    pub result: Result<Project, Vec<FieldError>>,
    /// For a row with errors, the project from the cells that could be
    /// read (`None` when its cells do not line up with the header, or it has
    /// no errors): the batch screens a row from it (a user test saw one
    /// sloppy land-area cell leave a lead unscreened), and so does the CLI,
    /// naming the cells it could not use.
    pub readable: Option<Project>,
}

/// Splits RFC 4180 text into records: quoted fields may hold commas, quotes
/// (doubled) and line breaks. Accepts a UTF-8 BOM and CRLF, and a file
/// separated by semicolons or tabs (as Excel writes CSV where the decimal
/// mark is a comma), told by its first line.
pub fn records(text: &str) -> Result<Vec<(usize, Vec<String>)>, FieldError> {
    lenient_records(text)?
        .into_iter()
        .map(|(line, r)| r.map(|cells| (line, cells)))
        .collect()
}

/// As [`records`], but a record broken by an unclosed quote is an error in
/// its place, the others read; the file is refused whole only when it is
/// not text.
fn lenient_records(text: &str) -> Result<Vec<Record>, FieldError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    // Text read from a file that is not UTF-8 (Excel's "CSV" on Chinese
    // Windows is GBK) or not text at all: its names would be mojibake.
    if text.contains(['\u{fffd}', '\0']) {
        return Err(FieldError::new(
            "",
            "文件不是 UTF-8 文本（可能是 GBK 编码或非 CSV 文件）。请在 Excel 中“另存为 → CSV UTF-8（逗号分隔）”后再上传。".into(),
            "The file is not UTF-8 text (it may be GBK-encoded, or not a CSV). In Excel, use Save As → CSV UTF-8 (comma delimited), then upload it again.".into(),
        ));
    }
    // The separator: Excel's "sep=;" line if there is one, else the one used
    // most often outside quotes on the first non-blank line (labels may hold
    // a comma: "选址坐标（经度, 纬度）").
    let first = text
        .lines()
        .find(|l| !l.trim().is_empty())
        .unwrap_or_default();
    let (sep, text) = match first
        .trim()
        .strip_prefix("sep=")
        .and_then(|s| s.chars().next())
    {
        Some(c) => (c, text.split_once('\n').map_or("", |(_, rest)| rest)),
        None => {
            let mut quoted = false;
            let mut counts = [0usize; 3];
            for c in first.chars() {
                match c {
                    '"' => quoted = !quoted,
                    ',' if !quoted => counts[0] += 1,
                    ';' if !quoted => counts[1] += 1,
                    '\t' if !quoted => counts[2] += 1,
                    _ => {}
                }
            }
            let most = (0..3).max_by_key(|&i| (counts[i], 3 - i)).unwrap_or(0);
            ([',', ';', '\t'][most], text)
        }
    };
    Ok(split(text, sep))
}

/// A record's first line and its cells, or why it could not be read.
type Record = (usize, Result<Vec<String>, FieldError>);

/// Most records a file may have left broken by unclosed quotes before the
/// rest is one: each is read again from the line after, so this bounds the
/// work on a hostile file.
const MAX_BROKEN: usize = 100;

/// The records of `text` (after any "sep=" line), each with the line it
/// starts on. A quote left open to the end of the file breaks only the
/// record it opens: that record is an error at its line, and reading goes
/// on from the next line (a user test had a whole batch refused for one
/// stray quote, every other lead with it).
fn split(text: &str, sep: char) -> Vec<Record> {
    let mut out = Vec::new();
    let (mut from, mut first_line) = (0, 1);
    loop {
        match split_from(&text[from..], sep, first_line, &mut out) {
            None => return out,
            Some((start, start_line)) => {
                let broken = out.iter().filter(|(_, r)| r.is_err()).count() + 1;
                let rest = &text[from + start..];
                // The broken record is its own line; the next starts after.
                let next = (rest.find('\n').map(|n| from + start + n + 1))
                    .filter(|&n| !text[n..].trim().is_empty());
                let last = next.is_none() || broken >= MAX_BROKEN;
                let (zh, en) = if last {
                    (
                        format!("第 {start_line} 行的引号没有闭合，本行及其后的内容未读入。"),
                        format!("Unclosed quote in the record starting on line {start_line}: it and what follows were not read."),
                    )
                } else {
                    (
                        format!("第 {start_line} 行的引号没有闭合，本行未读入；其后各行照常读取。"),
                        format!("Unclosed quote in the record starting on line {start_line}: that line was not read; the lines after it were."),
                    )
                };
                out.push((start_line, Err(FieldError::new("", zh, en))));
                match next {
                    Some(n) if !last => (from, first_line) = (n, start_line + 1),
                    _ => return out,
                }
            }
        }
    }
}

/// Splits `text` into `out`, its first line numbered `first_line`; a quote
/// open at the end gives the byte offset and line where its record starts.
fn split_from(
    text: &str,
    sep: char,
    first_line: usize,
    out: &mut Vec<Record>,
) -> Option<(usize, usize)> {
    let mut record = Vec::new();
    let mut cell = String::new();
    let mut quoted = false;
    let mut line = first_line;
    let mut start_line = first_line;
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    let mut at_cell_start = true;
    while let Some((at, c)) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek().map(|p| p.1) == Some('"') => {
                    chars.next();
                    cell.push('"');
                }
                '"' => quoted = false,
                '\n' => {
                    line += 1;
                    cell.push(c);
                }
                _ => cell.push(c),
            }
            continue;
        }
        match c {
            '"' if at_cell_start => {
                quoted = true;
                at_cell_start = false;
            }
            c if c == sep => {
                record.push(std::mem::take(&mut cell));
                at_cell_start = true;
            }
            '\r' => {}
            '\n' => {
                record.push(std::mem::take(&mut cell));
                if record.iter().any(|c| !c.trim().is_empty()) {
                    out.push((start_line, Ok(std::mem::take(&mut record))));
                }
                record.clear();
                line += 1;
                start_line = line;
                start = at + 1;
                at_cell_start = true;
            }
            _ => {
                cell.push(c);
                at_cell_start = false;
            }
        }
    }
    if quoted {
        return Some((start, start_line));
    }
    record.push(cell);
    if record.iter().any(|c| !c.trim().is_empty()) {
        out.push((start_line, Ok(record)));
    }
    None
}

/// Columns that are not project fields but are kept for the report.
pub const ID_COLUMN: &str = "id";

/// A label without its closing bracket: "行业代码（GB/T 4754-2017）" →
/// "行业代码", "Land area (mu)" → "Land area".
fn short_label(label: &str) -> &str {
    let label = label.trim();
    let cut = match label.chars().last() {
        Some('）') => label.rfind('（'),
        Some(')') => label.rfind('('),
        _ => None,
    };
    cut.map_or(label, |at| label[..at].trim_end())
}

/// The field key a column header names (itself when it names none).
fn column_key(h: &str) -> String {
    if ["编号", "项目编号", "ID"].contains(&h) {
        return ID_COLUMN.to_string();
    }
    let exact: Vec<&str> = (project::FIELDS.iter())
        .filter(|f| f.label.zh == h || f.label.en.eq_ignore_ascii_case(h))
        .map(|f| f.key)
        .collect();
    if let [key] = exact[..] {
        return key.to_string();
    }
    let short: Vec<&str> = (project::FIELDS.iter())
        .filter(|f| {
            !h.is_empty()
                && (short_label(f.label.zh) == h || short_label(f.label.en).eq_ignore_ascii_case(h))
        })
        .map(|f| f.key)
        .collect();
    match short[..] {
        [key] => key.to_string(),
        _ => h.to_string(),
    }
}

/// Parses a CSV of projects. The header names field keys; an `id` column is
/// allowed and ignored here; any other unknown column is an error for the file.
pub fn projects(text: &str, engine: &Engine) -> Result<Vec<CsvRow>, Vec<FieldError>> {
    let recs = lenient_records(text).map_err(|e| vec![e])?;
    let Some(((_, header), rows)) = recs.split_first() else {
        return Err(vec![FieldError::new(
            "",
            "CSV 文件为空。".into(),
            "The CSV file is empty.".into(),
        )]);
    };
    // Without its header no row can be placed.
    let header = header.clone().map_err(|e| vec![e])?;
    // A column may be named by its key, or by its label in either language
    // (as a spreadsheet made by hand would), with or without the label's
    // closing bracket (a user test's sheet said 行业代码, the label
    // 行业代码（GB/T 4754-2017）), where that names one field only.
    let header: Vec<String> = (header.iter()).map(|h| column_key(h.trim())).collect();
    if rows.is_empty() {
        return Err(vec![FieldError::new(
            "",
            "CSV 文件只有表头，没有项目行。".into(),
            "The CSV file has a header but no project rows.".into(),
        )]);
    }
    let unknown: Vec<FieldError> = header
        .iter()
        .filter(|h| {
            h.as_str() != ID_COLUMN && h.as_str() != "schema_version" && project::field(h).is_none()
        })
        .map(|h| {
            FieldError::new(
                h,
                format!("未知列“{h}”（列名用字段键或字段名称，见 CSV 模板）。"),
                format!("Unknown column “{h}” (name columns by field key or label, as in the CSV template)."),
            )
        })
        .collect();
    if !unknown.is_empty() {
        return Err(unknown);
    }
    // One field in two columns (by key and by label, say): the row would
    // keep whichever came last without a word (an audit).
    let mut repeated: Vec<&String> = Vec::new();
    for (i, h) in header.iter().enumerate() {
        if header[..i].contains(h) && !repeated.contains(&h) {
            repeated.push(h);
        }
    }
    let twice: Vec<FieldError> = (repeated.into_iter())
        .map(|h| {
            FieldError::new(
                h,
                format!("“{h}”有两列或更多，请只保留一列。"),
                format!("“{h}” has more than one column; keep one."),
            )
        })
        .collect();
    if !twice.is_empty() {
        return Err(twice);
    }
    Ok(rows
        .iter()
        .map(|(line, cells)| {
            let cells = match cells {
                Ok(cells) => cells,
                Err(e) => {
                    return CsvRow {
                        line: *line,
                        id: None,
                        cells: Vec::new(),
                        readable: None,
                        result: Err(vec![e.clone()]),
                    }
                }
            };
            let id = header
                .iter()
                .position(|h| h == ID_COLUMN)
                .and_then(|i| cells.get(i))
                .map(|c| c.trim().to_string())
                .filter(|c| !c.is_empty());
            // Fewer cells than the header leave the last columns blank (some
            // spreadsheets drop trailing empty cells); more cannot be placed.
            if cells.len() > header.len() {
                return CsvRow {
                    line: *line,
                    id,
                    cells: Vec::new(),
                    readable: None,
                    result: Err(vec![FieldError::new(
                        "",
                        format!("本行有 {} 列，表头只有 {} 列。", cells.len(), header.len()),
                        format!(
                            "This row has {} cells but the header has {}.",
                            cells.len(),
                            header.len()
                        ),
                    )]),
                };
            }
            // A chemical park may be named as a sheet names it.
            let cells: Vec<String> = (header.iter().zip(cells))
                .map(|(h, c)| match h.as_str() {
                    "site.chemical_park" => park_id(c.trim(), engine).unwrap_or(c).to_string(),
                    _ => c.clone(),
                })
                .collect();
            let pairs = header
                .iter()
                .zip(&cells)
                .filter(|(h, _)| h.as_str() != ID_COLUMN)
                .map(|(h, c)| (h.as_str(), c.as_str()));
            let cells = (pairs.clone())
                .filter(|(_, c)| !c.trim().is_empty())
                .filter_map(|(h, c)| Some((project::field(h)?.key, c.to_string())))
                .collect();
            let (project, errors) = engine.parse_fields(pairs);
            let (result, readable) = match errors.is_empty() {
                true => (Ok(project), None),
                false => (Err(errors), Some(project)),
            };
            CsvRow {
                line: *line,
                id,
                cells,
                readable,
                result,
            }
        })
        .collect())
}

/// The park a cell names by its name rather than its id: the one whose
/// Chinese name holds the cell's characters in order ("彭泽矶山" in
/// 江西彭泽工业园区矶山化工园, a user test's sheet), or whose English name
/// holds it; none where no park or several do.
fn park_id<'e>(cell: &str, engine: &'e Engine) -> Option<&'e str> {
    if cell.chars().count() < 2 || engine.data.parks.iter().any(|p| p.id == cell) {
        return None;
    }
    let in_order = |name: &str| {
        let mut rest = name.chars();
        cell.chars().all(|c| rest.any(|n| n == c))
    };
    let lower = cell.to_lowercase();
    let mut found = (engine.data.parks.iter())
        .filter(|p| in_order(&p.name.zh) || p.name.en.to_lowercase().contains(&lower));
    match (found.next(), found.next()) {
        (Some(p), None) => Some(&p.id),
        _ => None,
    }
}

/// One row of a batch screening: the verdict and the rules that decide it,
/// or why the row could not be read.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct BatchRow {
    pub line: usize,
    pub id: Option<String>,
    /// The project's name, when the file gives one: staff know leads by it
    /// (a user test lost it from the table and the export).
    pub name: Option<String>,
    /// From the cells that could be read, errors or not; `None` only when
    /// the row's cells do not line up with the header.
    pub overall: Option<crate::Outcome>,
    /// How sure a decided verdict worse than allowed is (the report's
    /// `overall_status`, as the CLI's `grade`): a prohibition resting on an
    /// unverified rule is not shown as settled (a user test filtered one out
    /// as if it were).
    pub grade: Option<crate::Status>,
    /// Rules whose outcome is the overall one (when worse than ALLOWED).
    pub blocking: Vec<&'static str>,
    /// The best and worst the verdict can still be (`None` without a verdict).
    pub bounds: Option<crate::rules::bounds::Bounds>,
    /// While open, the rules already decided at the best bound
    /// (`Verdicts::at_best_by`).
    pub at_best_by: Vec<&'static str>,
    /// While open, the question to ask the lead next (the report's first,
    /// by its id: a field or a composite; [`crate::rules::questions::name`]
    /// names it): staff work down a list of leads by it (a user test found
    /// the rows gave no next step).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_question: Option<&'static str>,
    /// While open, its bounds named by kind (`Report::bound_labels`).
    #[serde(skip)]
    pub bound_labels: Option<(crate::project::L10n, crate::project::L10n)>,
    pub errors: Vec<FieldError>,
    /// The row's cells by field key (`CsvRow::cells`), to open it as a
    /// scenario; not part of the exported result.
    #[serde(skip)]
    pub cells: Vec<(&'static str, String)>,
}

/// Screens every row of a CSV of projects, outcomes only (the fast path).
pub fn batch(
    text: &str,
    engine: &'static Engine,
    as_of: crate::Date,
) -> Result<Vec<BatchRow>, Vec<FieldError>> {
    Ok(projects(text, engine)?
        .into_iter()
        .map(|row| {
            let (project, errors) = match (row.result, row.readable) {
                (Ok(project), _) => (project, Vec::new()),
                // A row in a newer format is not read at all: its cells may
                // mean something else.
                (Err(errors), Some(_)) if errors.iter().any(|e| e.field == "schema_version") => {
                    return unscreened(row.line, row.id, row.cells, errors)
                }
                (Err(errors), Some(project)) => (project, errors),
                (Err(errors), None) => return unscreened(row.line, row.id, row.cells, errors),
            };
            {
                let cells = row.cells;
                let v = engine.verdicts(&project, as_of);
                let blocking = v.blocking(&engine.data);
                // The explained report only where there is a verdict to grade.
                // The explained report only where there is a verdict to
                // grade, or a question to ask.
                let (grade, next_question, bound_labels) = if !v.bounds.decided() {
                    let report = engine.screen(&project, as_of);
                    let next = report.questions.first().map(|q| q.id);
                    (None, next, Some(report.bound_labels()))
                } else if !blocking.is_empty() {
                    (engine.screen(&project, as_of).overall_status, None, None)
                } else {
                    (None, None, None)
                };
                BatchRow {
                    line: row.line,
                    id: row.id,
                    name: project.text("name").map(str::to_string),
                    overall: Some(v.overall),
                    grade,
                    blocking,
                    bounds: Some(v.bounds),
                    at_best_by: v.at_best_by(&engine.data),
                    next_question,
                    bound_labels,
                    errors,
                    cells,
                }
            }
        })
        .collect())
}

/// A row that could not be screened at all (its cells do not line up).
fn unscreened(
    line: usize,
    id: Option<String>,
    cells: Vec<(&'static str, String)>,
    errors: Vec<FieldError>,
) -> BatchRow {
    BatchRow {
        line,
        id,
        // A row with errors is still known by its name.
        name: (cells.iter())
            .find(|(k, _)| *k == "name")
            .map(|(_, v)| v.trim().to_string()),
        overall: None,
        grade: None,
        blocking: Vec::new(),
        bounds: None,
        at_best_by: Vec::new(),
        next_question: None,
        bound_labels: None,
        errors,
        cells,
    }
}

/// One cell of a CSV this tool writes: RFC 4180 quoting where needed, and
/// text a spreadsheet would run as a formula (= + - @, a tab or a return
/// first) kept as text by a leading apostrophe. A lead list's id or name
/// comes from anyone (a user test exported "=HYPERLINK(…)" as typed); a
/// number such as -5 is left as it is.
pub fn cell(s: &str) -> String {
    let formula = s.starts_with(['=', '+', '-', '@', '\t', '\r']) && s.parse::<f64>().is_err();
    let s = match formula {
        true => std::borrow::Cow::Owned(format!("'{s}")),
        false => std::borrow::Cow::Borrowed(s),
    };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.into_owned()
    }
}

/// The batch result as CSV: line, id, name, overall and its grade, the best and
/// worst it can still be, blocking rules, the rules deciding the best bound,
/// errors.
pub fn batch_csv(rows: &[BatchRow], english: bool) -> String {
    // Headers in the reader's language, and the verdict in words beside its
    // code: the file is handed to people (a user test read a Chinese
    // office's export as English codes only). The code columns stay, for
    // sorting and for scripts.
    let mut out = String::from(if english {
        "line,id,name,verdict,overall,grade,best,worst,blocking,at_best_by,ask_next,errors\n"
    } else {
        "行号,编号,名称,结论,结论代码,核实等级,最好,最坏,决定性条款,最好情形已定条款,下一问,错误\n"
    });
    let pick = |t: crate::project::L10n| if english { t.en } else { t.zh };
    for r in rows {
        let errors: Vec<String> = r
            .errors
            .iter()
            .map(|e| {
                let m = if english {
                    &e.message.en
                } else {
                    &e.message.zh
                };
                if e.field.is_empty() {
                    m.clone()
                } else {
                    format!("{}: {m}", e.field)
                }
            })
            .collect();
        let key = crate::text::labels::outcome_key;
        let (best, worst) = r.bounds.map_or(("", ""), |b| (key(b.best), key(b.worst)));
        use crate::text::labels;
        let verdict = match (r.overall, r.bound_labels) {
            // Open: its state, then its bounds by kind, as the result's banner says.
            (_, Some((best, worst))) => {
                format!(
                    "{} · {} {} · {} {}",
                    pick(labels::overall(crate::Outcome::NeedsInput)),
                    pick(labels::AT_BEST),
                    pick(best),
                    pick(labels::AT_WORST),
                    pick(worst),
                )
            }
            // A verdict on unverified rules alone says so, as the table does.
            (Some(o), _) => format!(
                "{}{}",
                pick(labels::overall_by(o, &r.blocking)),
                if r.grade == Some(crate::Status::U) {
                    pick(labels::UNVERIFIED_SUFFIX)
                } else {
                    ""
                }
            ),
            (None, _) => String::new(),
        };
        out.push_str(&format!(
            "{},{},{},{},{},{},{best},{worst},{},{},{},{}\n",
            r.line,
            cell(r.id.as_deref().unwrap_or("")),
            cell(r.name.as_deref().unwrap_or("")),
            cell(&verdict),
            r.overall.map(key).unwrap_or("INVALID"),
            r.grade.map(crate::text::labels::status_key).unwrap_or(""),
            cell(&r.blocking.join(" ")),
            cell(&r.at_best_by.join(" ")),
            cell(
                (r.next_question)
                    .and_then(crate::rules::questions::name)
                    .map(pick)
                    .unwrap_or_default()
            ),
            cell(&errors.join("; "))
        ));
    }
    out
}

/// One column of the batch CSV as the batch page explains it.
#[derive(Clone, Debug, PartialEq)]
pub struct ColumnHelp {
    pub key: &'static str,
    pub label: project::L10n,
    /// What a cell may hold.
    pub accepts: crate::data_types::Text,
}

/// Every column of the template, in its order, with what a cell takes: a
/// template of bare keys told staff nothing of the values (a user test).
/// A choice is listed by label and key, either of which a cell may hold; a
/// set's items by key (a cell's items are split at "、" and spaces, which
/// some labels hold: "采矿、采石").
pub fn columns(data: &crate::data_types::RuleData) -> Vec<ColumnHelp> {
    use project::FieldKind;
    let text = |zh: String, en: String| crate::data_types::Text { zh, en };
    let id = ColumnHelp {
        key: ID_COLUMN,
        label: project::L10n::new("编号", "Id"),
        accepts: text(
            "任意文字（可选），用于在结果中认出该行".into(),
            "any text (optional), to know the row by in the result".into(),
        ),
    };
    let field = |f: &project::FieldSpec| {
        let accepts = match f.kind {
            FieldKind::Text => text("文字".into(), "text".into()),
            FieldKind::IndustryCode => text(
                "GB/T 4754-2017 小类代码（如 C2614）或其中文名称".into(),
                "a GB/T 4754-2017 class code (e.g. C2614) or its Chinese name".into(),
            ),
            FieldKind::ChemicalPark => {
                let statements = (project::PARK_ANSWERS.iter()).map(|(k, l)| (*k, l.zh, l.en));
                let parks = (data.parks.iter())
                    .map(|p| (p.id.as_str(), p.name.zh.as_str(), p.name.en.as_str()));
                let (zh, en) = project::worded_options(statements.chain(parks));
                text(
                    format!("园区名称或编号：{zh}"),
                    format!("a park's name or id: {en}"),
                )
            }
            FieldKind::Choice(choices) => {
                let (zh, en) = project::worded_options(
                    choices.iter().map(|c| (c.key, c.label.zh, c.label.en)),
                );
                text(zh, en)
            }
            FieldKind::Set(choices) => {
                let (zh, _) = project::worded_options(
                    choices.iter().map(|c| (c.key, c.label.zh, c.label.en)),
                );
                let keys: Vec<&str> = choices.iter().map(|c| c.key).collect();
                text(
                    format!("其中若干项，填括号内的代号，以“；”分隔：{zh}；都不涉及填“均不涉及”"),
                    format!(
                        "some of these keys, separated by “;”: {}; “none” for none of them",
                        keys.join(", ")
                    ),
                )
            }
            FieldKind::YesNo => text("是 / 否".into(), "yes / no".into()),
            FieldKind::Distance => text(
                "米（也可写“1.2公里”，或“>5000”表示超过）".into(),
                "metres (also “1.2 km”, or “>5000” for more than)".into(),
            ),
            FieldKind::Coordinates => text(
                "“经度, 纬度”，坐标系见 site.location_datum".into(),
                "“longitude, latitude”, in the system of site.location_datum".into(),
            ),
            FieldKind::Parcel => text(
                "三个以上“经度, 纬度”点，以“；”分隔".into(),
                "three or more “longitude, latitude” points separated by “;”".into(),
            ),
            FieldKind::Day => text("日期 YYYY-MM-DD".into(), "a date, YYYY-MM-DD".into()),
            FieldKind::Number { unit, .. } if unit.en.is_empty() => {
                text("数字".into(), "a number".into())
            }
            // Money in 万元 is also read as "8亿" or "3000万" (magnitudes).
            FieldKind::Number { unit, .. }
                if unit == project::fields::WAN_CNY || unit == project::fields::WAN_CNY_YR =>
            {
                text(
                    format!("数字，单位：{}（也可写“8亿”“3000万”）", unit.zh),
                    format!("a number, in {} (or “8亿”, “3000万”)", unit.en),
                )
            }
            FieldKind::Number { unit, .. } => text(
                format!("数字，单位：{}", unit.zh),
                format!("a number, in {}", unit.en),
            ),
        };
        ColumnHelp {
            key: f.key,
            label: f.label,
            accepts,
        }
    };
    std::iter::once(id)
        .chain(project::FIELDS.iter().map(field))
        .collect()
}

/// A template to fill in: every column, and two example rows.
pub fn template() -> String {
    let keys: Vec<&str> = std::iter::once(ID_COLUMN)
        .chain(project::FIELDS.iter().map(|f| f.key))
        .collect();
    let example = |pairs: &[(&str, &str)]| -> String {
        keys.iter()
            .map(|k| {
                pairs
                    .iter()
                    .find(|(pk, _)| pk == k)
                    .map(|(_, v)| cell(v))
                    .unwrap_or_default()
            })
            .collect::<Vec<_>>()
            .join(",")
    };
    format!(
        "{}\n{}\n{}\n",
        keys.join(","),
        example(&[
            ("id", "lead-1"),
            ("name", "有机化工新建项目"),
            ("industry_code", "C2614"),
            ("action", "new"),
            ("site.dist_yangtze_mainstream_m", "850"),
        ]),
        example(&[
            ("id", "lead-2"),
            ("name", "电子元件项目"),
            ("industry_code", "C3981"),
            ("action", "new"),
            ("site.location", "116.0, 29.70"),
            ("site.location_datum", "wgs84"),
        ]),
    )
}
