//! The command line, declared with clap (docs/libraries.md): each command
//! with its own options, checked before anything is read. A usage error
//! exits with 2, as before.

use crate::{Args, Lang};
use clap::{Args as ClapArgs, Parser, Subcommand, ValueEnum};
use jiujiang_engine::Date;

#[derive(Parser)]
#[command(
    name = "jiujiang",
    version,
    about = "Screens investment projects for Jiujiang against the entry negative list, \
             with the same engine as the app (docs/cli.md)."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Reads project files (JSON, or CSV with one project per row; see
    /// docs/project-format.md) and prints one report per project; exits 0 if
    /// every project was read, 1 if any file, row or field was invalid.
    Screen {
        #[command(flatten)]
        common: Common,
        #[arg(long, value_enum, default_value_t = Format::Json)]
        format: Format,
        #[command(flatten)]
        boundary: BoundaryArgs,
        #[command(flatten)]
        incentives: IncentiveArgs,
        #[arg(required = true, value_name = "FILE")]
        files: Vec<String>,
    },
    /// The guided interview: starts from a (partial) project file, asks the
    /// question that matters most next on standard error, reads each answer
    /// as a line of standard input (? = don't know), and writes the finished
    /// project file to standard output (or --out FILE).
    Ask {
        #[command(flatten)]
        common: Common,
        #[arg(long, value_name = "FILE")]
        out: Option<String>,
        #[arg(value_name = "FILE")]
        file: String,
    },
    /// Where can it go? The project's overall verdict with its site moved to
    /// each of about N cells (default 10,000) over the box (default the map's,
    /// 113.9,28.6,117.2,30.4), everything the map cannot know as entered;
    /// prints {bbox, cols, rows, cells: [{lon, lat, in_jiujiang, overall,
    /// band}]}, band being allowed, undecided or prohibited.
    Where {
        #[command(flatten)]
        common: Common,
        /// json: one record a cell; csv: one row a cell; table: a character
        /// map, north up (# prohibited, ? undecided, . allowed).
        #[arg(long, value_enum, default_value_t = Format::Json)]
        format: Format,
        #[arg(long, value_name = "N", allow_hyphen_values = true)]
        cells: Option<String>,
        #[arg(long, value_name = "W,S,E,N", allow_hyphen_values = true)]
        bbox: Option<String>,
        #[command(flatten)]
        boundary: BoundaryArgs,
        #[arg(value_name = "FILE")]
        file: String,
    },
    /// Lists the rules in the embedded rule base.
    Rules {
        #[arg(long, value_enum, default_value_t = LangArg::Zh)]
        lang: LangArg,
    },
    /// Prints what changed in the rule data and why, as Markdown
    /// (docs/rules-changelog.md is `changelog --lang en`); with `--bin FILE`,
    /// writes instead the binary form the browser app fetches for its
    /// rule-base page (assets/changelog.bin, kept equal by a test).
    Changelog {
        #[arg(long, value_enum, default_value_t = LangArg::Zh)]
        lang: LangArg,
        #[arg(long, value_name = "FILE")]
        bin: Option<String>,
    },
    /// Prints the JSON Schema of project files (docs/project.schema.json).
    Schema,
    /// Writes the map layers the browser app fetches (map.bin, counties.bin)
    /// into DIR; assets/layers/ holds them, kept equal by a test.
    Layers {
        #[arg(long, value_name = "DIR")]
        out: String,
    },
    /// Turns a point copied from Amap/Tencent (gcj02) or Baidu (bd09) into
    /// WGS-84 and says how far it moved; either order, decimal or D°M′S″.
    Convert {
        #[arg(long, value_name = "DATUM", value_parser = ["wgs84", "gcj02", "bd09"])]
        from: String,
        #[arg(long, value_enum, default_value_t = Format::Json)]
        format: Format,
        /// 'LON, LAT' (one argument or several).
        #[arg(required = true, value_name = "POINT", allow_hyphen_values = true)]
        point: Vec<String>,
    },
}

#[derive(ClapArgs)]
struct Common {
    /// The date whose rules apply (default: today in China, UTC+8).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    as_of: Option<Date>,
    /// The language of the texts.
    #[arg(long, value_enum, default_value_t = LangArg::Zh)]
    lang: LangArg,
}

/// An official boundary layer to measure the distance rules against instead
/// of the bundled map (docs/siting.md).
#[derive(ClapArgs)]
struct BoundaryArgs {
    /// GeoJSON lines or polygons.
    #[arg(long, value_name = "GEOJSON")]
    boundary: Option<String>,
    /// What the layer's lines are (docs/siting.md), e.g. yangtze.
    #[arg(long, value_name = "KIND", requires = "boundary")]
    boundary_kind: Option<String>,
    /// How accurate the layer is, in metres.
    #[arg(long, value_name = "M", requires = "boundary")]
    boundary_accuracy: Option<String>,
    #[arg(long, value_name = "DATUM", default_value = "wgs84",
          value_parser = ["wgs84", "gcj02", "bd09"], requires = "boundary")]
    boundary_datum: String,
    #[arg(
        long,
        value_name = "LINE",
        default_value = "management_line",
        requires = "boundary"
    )]
    boundary_reference: String,
}

/// The incentive estimate: national items and the local packages
/// (city- and province-level bundled ones by default).
#[derive(ClapArgs)]
struct IncentiveArgs {
    /// Adds the incentive estimate to each report.
    #[arg(long)]
    incentives: bool,
    /// Years the totals run over.
    #[arg(long, value_name = "YEARS", default_value_t = 10, value_parser = parse_horizon)]
    horizon: u32,
    /// Discount rate, per cent a year.
    #[arg(long, value_name = "PCT", default_value_t = 8.0, value_parser = parse_discount)]
    discount: f64,
    /// Adds a bundled county or park package.
    #[arg(long = "package", value_name = "ID")]
    packages: Vec<String>,
    /// Adds a package of your own, marked entered by the user.
    #[arg(long = "package-file", value_name = "PACKAGE.json")]
    package_files: Vec<String>,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Json,
    Table,
    Csv,
}

#[derive(Clone, Copy, ValueEnum)]
enum LangArg {
    Zh,
    En,
}

fn parse_date(s: &str) -> Result<Date, String> {
    Date::parse(s).ok_or(format!("not a date: {s}"))
}

fn parse_horizon(s: &str) -> Result<u32, String> {
    s.parse()
        .ok()
        .filter(|y| (1..=jiujiang_engine::incentives::MAX_HORIZON).contains(y))
        .ok_or(format!("expected 1 to 30 years, got {s}"))
}

fn parse_discount(s: &str) -> Result<f64, String> {
    s.parse()
        .ok()
        .filter(|d: &f64| {
            d.is_finite() && (0.0..=jiujiang_engine::incentives::MAX_DISCOUNT_PCT).contains(d)
        })
        .ok_or(format!("expected 0 to 50 (per cent), got {s}"))
}

impl From<LangArg> for Lang {
    fn from(l: LangArg) -> Lang {
        match l {
            LangArg::Zh => Lang::Zh,
            LangArg::En => Lang::En,
        }
    }
}

/// Parses the command line (exiting with clap's message and 2 on a usage
/// error, 0 for --help and --version) into what the commands read.
pub fn parse(today: Date) -> Args {
    let cli = Cli::parse();
    let mut args = Args {
        command: String::new(),
        from: None,
        as_of: today,
        table: false,
        csv: false,
        lang: Lang::Zh,
        files: Vec::new(),
        boundary: None,
        boundary_kind: None,
        boundary_accuracy: None,
        boundary_datum: "wgs84".into(),
        boundary_reference: "management_line".into(),
        incentives: false,
        horizon: 10,
        discount_pct: 8.0,
        packages: Vec::new(),
        package_files: Vec::new(),
        out: None,
        cells: None,
        bbox: None,
    };
    let common = |args: &mut Args, c: Common| {
        args.as_of = c.as_of.unwrap_or(today);
        args.lang = c.lang.into();
    };
    let format = |args: &mut Args, f: Format| {
        (args.table, args.csv) = (matches!(f, Format::Table), matches!(f, Format::Csv));
    };
    let boundary = |args: &mut Args, b: BoundaryArgs| {
        args.boundary = b.boundary;
        args.boundary_kind = b.boundary_kind;
        args.boundary_accuracy = b.boundary_accuracy;
        args.boundary_datum = b.boundary_datum;
        args.boundary_reference = b.boundary_reference;
    };
    match cli.command {
        Command::Screen {
            common: c,
            format: f,
            boundary: b,
            incentives,
            files,
        } => {
            args.command = "screen".into();
            common(&mut args, c);
            format(&mut args, f);
            boundary(&mut args, b);
            args.incentives = incentives.incentives;
            args.horizon = incentives.horizon;
            args.discount_pct = incentives.discount;
            args.packages = incentives.packages;
            args.package_files = incentives.package_files;
            args.files = files;
        }
        Command::Ask {
            common: c,
            out,
            file,
        } => {
            args.command = "ask".into();
            common(&mut args, c);
            args.out = out;
            args.files = vec![file];
        }
        Command::Where {
            common: c,
            format: f,
            cells,
            bbox,
            boundary: b,
            file,
        } => {
            args.command = "where".into();
            common(&mut args, c);
            format(&mut args, f);
            boundary(&mut args, b);
            (args.cells, args.bbox) = (cells, bbox);
            args.files = vec![file];
        }
        Command::Rules { lang } => {
            args.command = "rules".into();
            args.lang = lang.into();
        }
        Command::Changelog { lang, bin } => {
            args.command = "changelog".into();
            args.lang = lang.into();
            args.out = bin;
        }
        Command::Schema => args.command = "schema".into(),
        Command::Layers { out } => {
            args.command = "layers".into();
            args.out = Some(out);
        }
        Command::Convert {
            from,
            format: f,
            point,
        } => {
            args.command = "convert".into();
            args.from = Some(from);
            format(&mut args, f);
            args.files = point;
        }
    }
    args
}
