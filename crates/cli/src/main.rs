//! `jiujiang screen FILE...`: screen project files from scripts and batches.
//! See docs/cli.md.

mod args;
mod ask;
mod grid;
mod output;

// mimalloc, asked for plain blocks where it can (crates/alloc).
#[global_allocator]
static ALLOCATOR: jiujiang_alloc::Allocator = jiujiang_alloc::Allocator;

use jiujiang_engine::{text::labels, Date, Engine, FieldError, Report};
use serde::Serialize;
use std::io::Write;
use std::process::ExitCode;

#[derive(Serialize)]
struct Output<'a> {
    schema_version: u32,
    /// What a reader must know about `--as-of` before trusting the
    /// verdicts (a date before some rules of the base, or after today).
    #[serde(skip_serializing_if = "Option::is_none")]
    date_caveat: Option<jiujiang_engine::Text>,
    results: Vec<FileResult<'a>>,
}

#[derive(Serialize)]
pub struct FileResult<'a> {
    file: &'a str,
    /// For CSV input: the line of the row, and its `id` cell if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    line: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<String>,
    /// A CSV row's fields that could not be read (their errors are on
    /// stderr): screened as not given, so the rules they feed stay open.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    refused: Vec<String>,
    /// Answers given that no rule reads for this industry code, with why
    /// (the form says so at the field): the code decides, not the answer.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    not_read: Vec<NotRead>,
    /// What the site's county (or chosen park's) says against the reach of
    /// the Yangtze entered, as the app says it under the map.
    #[serde(skip_serializing_if = "Option::is_none")]
    reach_note: Option<jiujiang_engine::Text>,
    report: Report<'static>,
    /// While the verdict is open: what keeps the project clear of each
    /// prohibition still possible, as the app's advisor folds it.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    stay_clear: Vec<jiujiang_engine::rules::clear::StayClear<'static>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    incentives: Option<jiujiang_engine::incentives::IncentiveReport<'static>>,
}

#[derive(Serialize)]
struct NotRead {
    field: &'static str,
    why: jiujiang_engine::Text,
}

fn not_read(engine: &Engine, project: &jiujiang_engine::Project) -> Vec<NotRead> {
    (jiujiang_engine::rules::facts::answers_not_read(&engine.data, project).into_iter())
        .map(|(field, why)| NotRead {
            field,
            why: why.into(),
        })
        .collect()
}

#[derive(Clone, Copy, PartialEq)]
pub enum Lang {
    Zh,
    En,
}

impl Lang {
    /// The `--lang` half of a two-language text.
    fn pick(self, t: &jiujiang_engine::Text) -> &str {
        match self {
            Lang::Zh => &t.zh,
            Lang::En => &t.en,
        }
    }

    /// One of a label's two words: the table's row labels read in the
    /// chosen language (an audit read "bounds" and "missing" in Chinese).
    fn word(self, zh: &'static str, en: &'static str) -> &'static str {
        match self {
            Lang::Zh => zh,
            Lang::En => en,
        }
    }
}

/// What the commands read, from [`args::parse`].
pub struct Args {
    command: String,
    from: Option<String>,
    as_of: Date,
    table: bool,
    csv: bool,
    lang: Lang,
    files: Vec<String>,
    boundary: Option<String>,
    boundary_kind: Option<String>,
    boundary_accuracy: Option<String>,
    boundary_datum: String,
    boundary_reference: String,
    incentives: bool,
    horizon: u32,
    discount_pct: f64,
    packages: Vec<String>,
    package_files: Vec<String>,
    out: Option<String>,
    cells: Option<String>,
    bbox: Option<String>,
}

fn today_in_china() -> Date {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    Date::from_days((secs + 8 * 3600).div_euclid(86_400))
}

fn main() -> ExitCode {
    let args = args::parse(today_in_china());
    let engine = match Engine::embedded() {
        Ok(e) => e,
        Err(e) => {
            eprintln!("jiujiang: {e}");
            return ExitCode::from(3);
        }
    };
    let t = |zh: &str, en: &str| -> String {
        if args.lang == Lang::Zh {
            zh.to_string()
        } else {
            en.to_string()
        }
    };
    match args.command.as_str() {
        "convert" => convert(&args),
        "ask" => {
            let [file] = args.files.as_slice() else {
                eprintln!("jiujiang: ask needs exactly one FILE\n(see jiujiang --help)");
                return ExitCode::from(2);
            };
            ExitCode::from(ask::run(
                engine,
                &ask::AskArgs {
                    file,
                    out: args.out.as_deref(),
                    as_of: args.as_of,
                    en: args.lang == Lang::En,
                },
            ))
        }
        "where" => {
            let [file] = args.files.as_slice() else {
                eprintln!("jiujiang: where needs exactly one FILE\n(see jiujiang --help)");
                return ExitCode::from(2);
            };
            let boundary = match load_boundary(&args) {
                Ok(b) => b,
                Err(problems) => {
                    for p in problems {
                        eprintln!("{p}");
                    }
                    return ExitCode::from(1);
                }
            };
            grid::run(
                engine,
                &grid::WhereArgs {
                    file,
                    as_of: args.as_of,
                    cells: args.cells.as_deref(),
                    bbox: args.bbox.as_deref(),
                    csv: args.csv,
                    table: args.table,
                    en: args.lang == Lang::En,
                    boundary: boundary.as_ref(),
                },
            )
        }
        "layers" => {
            let (Some(dir), Some((map, counties))) =
                (args.out.as_deref(), jiujiang_engine::geo::layers::bundled())
            else {
                eprintln!("jiujiang: layers needs --out DIR\n(see jiujiang --help)");
                return ExitCode::from(2);
            };
            let dir = std::path::Path::new(dir);
            let written = std::fs::create_dir_all(dir)
                .and_then(|_| std::fs::write(dir.join("map.bin"), map))
                .and_then(|_| std::fs::write(dir.join("counties.bin"), counties));
            match written {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("jiujiang: cannot write {}: {e}", dir.display());
                    ExitCode::from(3)
                }
            }
        }
        "schema" => {
            let parks: Vec<&str> = engine.data.parks.iter().map(|p| p.id.as_str()).collect();
            let schema = jiujiang_engine::project::json_schema(&parks);
            let text = serde_json::to_string_pretty(&schema).unwrap_or_default();
            print_out(|out| writeln!(out, "{text}"))
        }
        "changelog" if args.out.is_some() => {
            let file = args.out.as_deref().unwrap_or_default();
            let bytes = jiujiang_engine::data_codec::pack_value(&engine.data.changelog);
            match std::fs::write(file, bytes) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("jiujiang: cannot write {file}: {e}");
                    ExitCode::from(3)
                }
            }
        }
        "changelog" => {
            let text =
                jiujiang_engine::text::changelog::markdown(&engine.data, args.lang == Lang::En);
            print_out(|out| write!(out, "{text}"))
        }
        "rules" => print_out(|out| {
            // The dates it holds the rule for: "as of" a date outside them
            // the rule is not applied (an as-of audit looked for them here).
            for r in &engine.data.rules {
                let to = r.effective_to.map(|d| d.to_string()).unwrap_or_default();
                writeln!(
                    out,
                    "{}\t[{}]\t{}..{to}\t{}",
                    r.id,
                    labels::status_key(r.status),
                    r.effective_from,
                    t(&r.title.zh, &r.title.en)
                )?;
            }
            Ok(())
        }),
        "screen" => {
            if args.files.is_empty() {
                eprintln!("jiujiang: screen needs at least one FILE\n(see jiujiang --help)");
                return ExitCode::from(2);
            }
            let boundary = match load_boundary(&args) {
                Ok(b) => b,
                Err(problems) => {
                    for p in problems {
                        eprintln!("{p}");
                    }
                    return ExitCode::from(1);
                }
            };
            let boundary = boundary.as_ref();
            let user_packages = match load_packages(&args, engine) {
                Ok(p) => p,
                Err(problems) => {
                    for p in problems {
                        eprintln!("{p}");
                    }
                    return ExitCode::from(1);
                }
            };
            // Leaked once: reports borrow their texts for the whole run.
            let user_packages: &'static [jiujiang_engine::data_types::Package] =
                Box::leak(user_packages.into_boxed_slice());
            let mut packages: Vec<&'static jiujiang_engine::data_types::Package> = engine
                .data
                .packages
                .iter()
                .filter(|p| p.applies_everywhere() || args.packages.contains(&p.id))
                .collect();
            packages.extend(user_packages.iter());
            let options = jiujiang_engine::incentives::Options {
                horizon_years: args.horizon,
                discount_rate: args.discount_pct / 100.0,
            };
            let incentives_for = |project: &jiujiang_engine::Project, report: &Report<'static>| {
                args.incentives
                    .then(|| engine.incentives(project, report, &packages, options))
            };
            // (Not in CSV, which has no column for it: a batch is spared it.)
            let stay_clear_of = |project: &jiujiang_engine::Project, report: &Report<'static>| {
                if args.csv || report.bounds.decided() {
                    Vec::new()
                } else {
                    engine.stay_clear(project, report, boundary)
                }
            };
            let mut results = Vec::new();
            let mut failed = false;
            for file in &args.files {
                let report_errors = |errors: Vec<FieldError>, line: Option<usize>| {
                    for e in errors {
                        let msg = t(&e.message.zh, &e.message.en);
                        let place = match line {
                            Some(l) => format!("{file}:{l}"),
                            None => file.clone(),
                        };
                        if e.field.is_empty() {
                            eprintln!("{place}: {msg}");
                        } else {
                            eprintln!("{place}: {}: {msg}", e.field);
                        }
                    }
                };
                let is_csv = file.to_ascii_lowercase().ends_with(".csv");
                let text = match read_text(file, is_csv) {
                    Ok(t) => t,
                    Err(e) => {
                        failed = true;
                        report_errors(vec![e], None);
                        continue;
                    }
                };
                if is_csv {
                    match jiujiang_engine::project::csv::projects(&text, engine) {
                        Ok(rows) => {
                            let mut seen: Vec<(String, usize)> = Vec::new();
                            for row in rows {
                                // Reports are found by id: a second row with
                                // the same one is named, not silently merged.
                                if let Some(id) = &row.id {
                                    match seen.iter().find(|(s, _)| s == id) {
                                        Some((_, first)) => eprintln!(
                                            "{file}:{}: {}",
                                            row.line,
                                            t(
                                                &format!("编号“{id}”与第 {first} 行重复。"),
                                                &format!("the id “{id}” is also on line {first}.")
                                            )
                                        ),
                                        None => seen.push((id.clone(), row.line)),
                                    }
                                }
                                // A row with a bad cell is still screened from
                                // the cells that could be read, as the batch page
                                // does: one sloppy figure left a lead with no
                                // report at all (an advisor audit).
                                let (project, refused) = match (row.result, row.readable) {
                                    (Ok(project), _) => (project, Vec::new()),
                                    (Err(errors), readable) => {
                                        failed = true;
                                        let refused: Vec<String> =
                                            errors.iter().map(|e| e.field.clone()).collect();
                                        report_errors(errors, Some(row.line));
                                        // A row of a newer format may mean other
                                        // things by its cells: not screened.
                                        let newer =
                                            refused.iter().any(|f: &String| f == "schema_version");
                                        match readable.filter(|_| !newer) {
                                            Some(project) => (project, refused),
                                            None => continue,
                                        }
                                    }
                                };
                                let report = engine.screen_in(&project, args.as_of, boundary);
                                results.push(FileResult {
                                    file,
                                    line: Some(row.line),
                                    id: row.id,
                                    refused,
                                    not_read: not_read(engine, &project),
                                    reach_note: jiujiang_engine::rules::facts::reach_note(
                                        &engine.data,
                                        &project,
                                    ),
                                    incentives: incentives_for(&project, &report),
                                    stay_clear: stay_clear_of(&project, &report),
                                    report,
                                })
                            }
                        }
                        Err(errors) => {
                            failed = true;
                            report_errors(errors, None);
                        }
                    }
                    continue;
                }
                // A file whose shape is sound but with a bad value is screened
                // from its other fields, the bad ones named (as for a CSV row).
                let read = engine.project_from_json(&text).map(|p| (p, Vec::new()));
                let read = read.or_else(|errors| {
                    let pairs =
                        jiujiang_engine::project::project_json_fields(&text).map_err(|_| errors)?;
                    let (project, errors) =
                        engine.parse_fields(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
                    let refused = errors.iter().map(|e| e.field.clone()).collect();
                    failed = true;
                    report_errors(errors, None);
                    Ok((project, refused))
                });
                match read {
                    Ok((project, refused)) => {
                        let report = engine.screen_in(&project, args.as_of, boundary);
                        results.push(FileResult {
                            file,
                            line: None,
                            id: None,
                            refused,
                            not_read: not_read(engine, &project),
                            reach_note: jiujiang_engine::rules::facts::reach_note(
                                &engine.data,
                                &project,
                            ),
                            incentives: incentives_for(&project, &report),
                            stay_clear: stay_clear_of(&project, &report),
                            report,
                        })
                    }
                    Err(errors) => {
                        failed = true;
                        report_errors(errors, None);
                    }
                }
            }
            let date_caveat =
                jiujiang_engine::screen::date_caveat(&engine.data, args.as_of, today_in_china());
            // Said on stderr too, so a table or CSV piped on carries no
            // clean-looking verdict for a date the base cannot speak for.
            if let Some(c) = &date_caveat {
                eprintln!("jiujiang: {}", args.lang.pick(c));
            }
            let mut out = std::io::stdout().lock();
            let written = if args.csv {
                output::write_csv(&mut out, &results)
            } else if args.table {
                output::write_table(&mut out, &results, args.lang)
            } else {
                serde_json::to_writer_pretty(
                    &mut out,
                    &Output {
                        schema_version: 1,
                        date_caveat,
                        results,
                    },
                )
                .map_err(crate::json_write_error)
                .and_then(|_| writeln!(out))
            };
            if let Some(code) = write_failed(written) {
                return code;
            }
            if failed {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            }
        }
        other => {
            eprintln!("jiujiang: unknown command {other}\n(see jiujiang --help)");
            ExitCode::from(2)
        }
    }
}

/// The `--package` ids checked and the `--package-file` packages read and
/// validated, marked as entered by the user.
fn load_packages(
    args: &Args,
    engine: &Engine,
) -> Result<Vec<jiujiang_engine::data_types::Package>, Vec<String>> {
    let mut problems = Vec::new();
    for id in &args.packages {
        if !engine.data.packages.iter().any(|p| &p.id == id) {
            let ids: Vec<&str> = engine.data.packages.iter().map(|p| p.id.as_str()).collect();
            problems.push(format!(
                "--package: unknown package {id}; bundled: {}",
                ids.join(", ")
            ));
        }
    }
    let mut out = Vec::new();
    for file in &args.package_files {
        let text = match std::fs::read_to_string(file) {
            Ok(t) => t,
            Err(e) => {
                problems.push(format!("{file}: cannot read: {e}"));
                continue;
            }
        };
        match jiujiang_engine::incentives::package_from_json(&text) {
            Ok(p) => out.push(p),
            Err(errors) => problems.extend(errors.into_iter().map(|(at, m)| {
                let msg = args.lang.pick(&m);
                if at.is_empty() {
                    format!("{file}: {msg}")
                } else {
                    format!("{file}: {at}: {msg}")
                }
            })),
        }
    }
    if problems.is_empty() {
        Ok(out)
    } else {
        Err(problems)
    }
}

/// The `--boundary` layer, validated; every problem as `FILE: PLACE: message`.
fn load_boundary(
    args: &Args,
) -> Result<Option<jiujiang_engine::geo::boundary::Boundary>, Vec<String>> {
    use jiujiang_engine::geo::boundary::{parse, BoundaryKind, BoundaryMeta};
    use jiujiang_engine::geo::coords::Datum;
    let Some(file) = &args.boundary else {
        return Ok(None);
    };
    let kinds = "yangtze, poyang, important_tributary, other_tributary";
    let kind = args
        .boundary_kind
        .as_deref()
        .and_then(BoundaryKind::from_key)
        .ok_or_else(|| vec![format!("{file}: --boundary-kind must be one of {kinds}")])?;
    let accuracy_m = args
        .boundary_accuracy
        .as_deref()
        .and_then(|a| a.parse::<f64>().ok())
        .ok_or_else(|| {
            vec![format!(
                "{file}: --boundary-accuracy must state the layer's accuracy in metres"
            )]
        })?;
    let datum = Datum::from_key(&args.boundary_datum).ok_or_else(|| {
        vec![format!(
            "{file}: --boundary-datum must be wgs84, gcj02 or bd09"
        )]
    })?;
    let reference = args.boundary_reference.clone();
    if !jiujiang_engine::project::DISTANCE_REFERENCES
        .iter()
        .any(|c| c.key == reference)
    {
        let keys: Vec<&str> = jiujiang_engine::project::DISTANCE_REFERENCES
            .iter()
            .map(|c| c.key)
            .collect();
        return Err(vec![format!(
            "{file}: --boundary-reference must be one of {}",
            keys.join(", ")
        )]);
    }
    let text =
        std::fs::read_to_string(file).map_err(|e| vec![format!("{file}: cannot read: {e}")])?;
    let meta = BoundaryMeta {
        name: file.clone(),
        kind,
        datum,
        accuracy_m,
        reference,
    };
    parse(&text, meta).map(Some).map_err(|errors| {
        errors
            .iter()
            .map(|e| {
                if e.at.is_empty() {
                    format!("{file}: {}", args.lang.pick(&e.message))
                } else {
                    format!("{file}: {}: {}", e.at, args.lang.pick(&e.message))
                }
            })
            .collect()
    })
}

/// Writes to standard output; see [`write_failed`].
fn print_out(f: impl FnOnce(&mut std::io::StdoutLock) -> std::io::Result<()>) -> ExitCode {
    let mut out = std::io::stdout().lock();
    write_failed(f(&mut out).and_then(|_| out.flush())).unwrap_or(ExitCode::SUCCESS)
}

/// The exit code for output that could not be written, if it matters: a
/// reader that stopped reading (`| head`) is not a failure, and had made
/// the program panic.
pub fn write_failed(written: std::io::Result<()>) -> Option<ExitCode> {
    match written {
        Ok(()) => None,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => None,
        Err(e) => {
            eprintln!("jiujiang: cannot write output: {e}");
            Some(ExitCode::from(3))
        }
    }
}

/// A JSON writer's error as the I/O error it was, if it was one, so a
/// closed pipe is told from a failed write.
pub fn json_write_error(e: serde_json::Error) -> std::io::Error {
    match e.io_error_kind() {
        Some(kind) => std::io::Error::from(kind),
        None => std::io::Error::other(e),
    }
}

/// A file's text, with the reason in both languages when it cannot be had.
/// A CSV that is not UTF-8 (Excel's GBK) is read with its bad bytes marked,
/// so the CSV reader says what to do about it, as in the app.
pub fn read_text(file: &str, is_csv: bool) -> Result<String, FieldError> {
    let bytes = std::fs::read(file).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => {
            FieldError::new("", "找不到此文件。".into(), "No such file.".into())
        }
        std::io::ErrorKind::PermissionDenied => FieldError::new(
            "",
            "无权读取此文件。".into(),
            "Permission to read this file was denied.".into(),
        ),
        _ => FieldError::new(
            "",
            format!("无法读取（{e}）。"),
            format!("Cannot read it ({e})."),
        ),
    })?;
    match String::from_utf8(bytes) {
        Ok(text) => Ok(text),
        Err(e) if is_csv => Ok(String::from_utf8_lossy(e.as_bytes()).into_owned()),
        Err(_) => Err(FieldError::new(
            "",
            "文件不是 UTF-8 文本（可能是 GBK 编码，或不是项目文件）。请另存为 UTF-8 编码后再试。".into(),
            "The file is not UTF-8 text (it may be GBK-encoded, or not a project file). Save it as UTF-8 and try again.".into(),
        )),
    }
}

/// `convert`: one point to WGS-84, as text or JSON.
fn convert(args: &Args) -> ExitCode {
    use jiujiang_engine::geo::coords::{haversine_m, parse_lon_lat, to_wgs84, CoordError, Datum};
    let datum = match args.from.as_deref().and_then(Datum::from_key) {
        Some(d) => d,
        None => {
            let other = args.from.as_deref();
            eprintln!("jiujiang: convert needs --from wgs84, gcj02 or bd09 (got {other:?})");
            return ExitCode::from(2);
        }
    };
    let text = args.files.join(" ");
    let parsed = match parse_lon_lat(&text) {
        Ok(p) => p,
        Err(e) => {
            let why = match e {
                CoordError::NotTwoNumbers => "not two coordinates",
                CoordError::BadDms => "minutes or seconds out of range",
                CoordError::OutOfRange => "not a longitude and a latitude",
                CoordError::Ambiguous => "cannot tell longitude from latitude; add E/N",
                CoordError::LinkWithoutPoint => {
                    "a map link with no point in it (open a short link first)"
                }
            };
            eprintln!("jiujiang: {text:?}: {why}");
            return ExitCode::from(1);
        }
    };
    let w = to_wgs84(parsed.point, datum);
    let out = serde_json::json!({
        "input": { "lon": parsed.point.lon, "lat": parsed.point.lat, "order_swapped": parsed.swapped },
        "wgs84": { "lon": w.lon, "lat": w.lat },
        "moved_m": (haversine_m(parsed.point, w) * 10.0).round() / 10.0,
    });
    if args.table {
        println!("{:.7}, {:.7}\tmoved {} m", w.lon, w.lat, out["moved_m"]);
    } else {
        println!("{}", serde_json::to_string_pretty(&out).unwrap_or_default());
    }
    ExitCode::SUCCESS
}
