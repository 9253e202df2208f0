//! `jiujiang where FILE`: the "where can it go?" grid the app paints (issue
//! 15), the project's verdict with its site moved to each cell.

use jiujiang_engine::rules::grid::{check_bbox, Grid, MAP_BBOX};
use jiujiang_engine::{text::labels, Date, Engine};
use std::io::Write;
use std::process::ExitCode;

/// At most this many cells (a 1,000 × 1,000 grid takes about 10 s).
pub const MAX_CELLS: usize = 1_000_000;

pub struct WhereArgs<'a> {
    pub file: &'a str,
    pub as_of: Date,
    pub cells: Option<&'a str>,
    pub bbox: Option<&'a str>,
    pub csv: bool,
    /// A character map, north up, instead of one record a cell.
    pub table: bool,
    pub en: bool,
    pub boundary: Option<&'a jiujiang_engine::geo::boundary::Boundary>,
}

/// `W,S,E,N` in WGS-84 degrees.
pub fn parse_bbox(text: &str) -> Result<[f64; 4], String> {
    let parts: Vec<f64> = text
        .split(',')
        .map(|p| p.trim().parse::<f64>())
        .collect::<Result<_, _>>()
        .map_err(|_| format!("--bbox: expected W,S,E,N in degrees, got {text:?}"))?;
    let [w, s, e, n] = parts[..] else {
        return Err(format!(
            "--bbox: expected four numbers W,S,E,N, got {text:?}"
        ));
    };
    check_bbox([w, s, e, n]).map_err(|why| format!("--bbox: {why}"))
}

pub fn parse_cells(text: &str) -> Result<usize, String> {
    text.trim()
        .parse::<usize>()
        .ok()
        .filter(|n| (1..=MAX_CELLS).contains(n))
        .ok_or(format!("--cells: expected 1 to {MAX_CELLS}, got {text:?}"))
}

pub fn run(engine: &Engine, args: &WhereArgs) -> ExitCode {
    let (bbox, cells) = match (
        args.bbox.map_or(Ok(MAP_BBOX), parse_bbox),
        args.cells.map_or(Ok(10_000), parse_cells),
    ) {
        (Ok(b), Ok(c)) => (b, c),
        (Err(e), _) | (_, Err(e)) => {
            eprintln!("jiujiang: {e}");
            return ExitCode::from(2);
        }
    };
    let text = match std::fs::read_to_string(args.file) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{}: cannot read: {e}", args.file);
            return ExitCode::from(1);
        }
    };
    let project = match engine.project_from_json(&text) {
        Ok(p) => p,
        Err(errors) => {
            for e in errors {
                let msg = if args.en {
                    &e.message.en
                } else {
                    &e.message.zh
                };
                if e.field.is_empty() {
                    eprintln!("{}: {msg}", args.file);
                } else {
                    eprintln!("{}: {}: {msg}", args.file, e.field);
                }
            }
            return ExitCode::from(1);
        }
    };
    let grid = engine.grid(&project, args.as_of, args.boundary, bbox, cells);
    let mut out = std::io::stdout().lock();
    let written = if args.csv {
        (|| {
            writeln!(out, "lon,lat,in_jiujiang,overall,band")?;
            for c in &grid.cells {
                let band = serde_json::to_value(c.band).unwrap_or_default();
                writeln!(
                    out,
                    "{:.6},{:.6},{},{},{}",
                    c.lon,
                    c.lat,
                    c.in_jiujiang,
                    labels::outcome_key(c.overall),
                    band.as_str().unwrap_or_default()
                )?;
            }
            Ok(())
        })()
    } else if args.table {
        write!(out, "{}", char_map(&grid, args.en))
    } else {
        serde_json::to_writer(&mut out, &grid)
            .map_err(crate::json_write_error)
            .and_then(|_| writeln!(out))
    };
    crate::write_failed(written).unwrap_or(ExitCode::SUCCESS)
}

/// The grid as text, a character a cell, north up: `#` prohibited, `?`
/// undecided, `.` allowed, blank outside Jiujiang; a legend with the count
/// of each band above it.
pub fn char_map(grid: &Grid, en: bool) -> String {
    use jiujiang_engine::rules::grid::Band;
    let mut counts = [0usize; 3];
    let mut rows = String::with_capacity((grid.cols + 1) * grid.rows);
    for (i, c) in grid.cells.iter().enumerate() {
        let ch = if !c.in_jiujiang {
            ' '
        } else {
            let (slot, ch) = match c.band {
                Band::Allowed => (0, '.'),
                Band::Undecided => (1, '?'),
                Band::Prohibited => (2, '#'),
            };
            counts[slot] += 1;
            ch
        };
        rows.push(ch);
        if (i + 1) % grid.cols.max(1) == 0 {
            // Trailing blanks say nothing and wrap badly in a narrow terminal.
            // (Blanks only: a row all outside Jiujiang stays a line.)
            rows.truncate(rows.trim_end_matches(' ').len());
            rows.push('\n');
        }
    }
    let [w, s, e, n] = grid.bbox;
    let head = if en {
        format!(
            "{} × {} cells over {w},{s} – {e},{n}, north up; in Jiujiang: \
             . allowed {}, ? undecided {}, # prohibited {}; blank: outside Jiujiang\n",
            grid.cols, grid.rows, counts[0], counts[1], counts[2]
        )
    } else {
        format!(
            "{} × {} 格，范围 {w},{s} – {e},{n}，上为北；九江市内：\
             . 允许 {}，? 待定 {}，# 禁止 {}；空白：九江市外\n",
            grid.cols, grid.rows, counts[0], counts[1], counts[2]
        )
    };
    head + &rows
}
