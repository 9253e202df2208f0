//! Loading the golden cases in data/cases/ (shared by the test files).
#![allow(dead_code)]

pub mod rules;

use jiujiang_engine::{Date, Engine, Outcome, Status};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

pub const DEFAULT_AS_OF: Date = Date::new(2026, 11, 23);

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
pub struct GoldenCase {
    pub name: String,
    pub rule: String,
    #[serde(default)]
    pub as_of: Option<Date>,
    pub expect: Outcome,
    #[serde(default)]
    pub status: Option<Status>,
    #[serde(default)]
    pub missing: Option<Vec<String>>,
    /// Words the English explanation must contain (tells branches with the
    /// same outcome apart: an offer that covers the ratio, or not).
    #[serde(default)]
    pub explains: Option<String>,
    /// The range a parameter still spans: `[min, max]`.
    #[serde(default)]
    pub range: Option<[f64; 2]>,
    /// The rule's `bounds` while undecided: `[best, worst]`.
    #[serde(default)]
    pub rule_bounds: Option<[Outcome; 2]>,
    /// The project's overall verdict and bounds `[best, worst]`.
    #[serde(default)]
    pub overall: Option<Outcome>,
    #[serde(default)]
    pub bounds: Option<[Outcome; 2]>,
    /// The first questions, by id, in order.
    #[serde(default)]
    pub questions: Option<Vec<String>>,
    /// What the rule's review may find (`Finding::could_be`), in order.
    #[serde(default)]
    pub could_be: Option<Vec<Outcome>>,
    /// The rules whose review may find worse than the verdict
    /// (`Report::review_may_worsen`).
    #[serde(default)]
    pub review_may_worsen: Option<Vec<String>>,
    /// The parameters the finding lists as thresholds used, in order.
    #[serde(default)]
    pub thresholds: Option<Vec<String>>,
    /// For an open rule: the suspension an outcome it may reach runs into
    /// (`Finding::on_hold_if`, its English words; "" for none).
    #[serde(default)]
    pub on_hold_if: Option<String>,
    /// An imported boundary layer the case is screened with.
    #[serde(default)]
    pub boundary: Option<CaseBoundary>,
    /// For a documented real case (`data/cases/real.toml`): where it is
    /// reported and what the source itself states.
    #[serde(default)]
    pub source: Option<CaseSource>,
    pub project: BTreeMap<String, toml::Value>,
}

/// The public record behind a real case. Only what the source states counts
/// as the documented outcome; facts the tool needs that the source does not
/// state are named in `assumed`.
#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
pub struct CaseSource {
    pub url: String,
    pub title: String,
    /// The date of the report or notice.
    pub date: Date,
    /// The documented outcome, quoted or closely paraphrased from the source.
    pub documented: String,
    /// Inputs the case needs that the source does not state, and why the
    /// value chosen is the one the source implies.
    #[serde(default)]
    pub assumed: Option<String>,
}

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
pub struct CaseBoundary {
    /// Relative to data/cases/.
    pub file: String,
    pub kind: String,
    pub datum: String,
    pub accuracy_m: f64,
    pub reference: String,
}

impl CaseBoundary {
    pub fn load(&self) -> jiujiang_engine::geo::boundary::Boundary {
        use jiujiang_engine::geo::boundary::{parse, BoundaryKind, BoundaryMeta};
        use jiujiang_engine::geo::coords::Datum;
        let text = std::fs::read_to_string(data_dir().join("cases").join(&self.file))
            .unwrap_or_else(|e| panic!("{}: {e}", self.file));
        let meta = BoundaryMeta {
            name: self.file.clone(),
            kind: BoundaryKind::from_key(&self.kind).expect("boundary kind"),
            datum: Datum::from_key(&self.datum).expect("boundary datum"),
            accuracy_m: self.accuracy_m,
            reference: self.reference.clone(),
        };
        parse(&text, meta).unwrap_or_else(|e| panic!("{}: {e:?}", self.file))
    }
}

#[derive(Deserialize)]
struct CaseFile<T> {
    case: Vec<T>,
}

pub fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data")
}

pub fn load_cases() -> Vec<(String, GoldenCase)> {
    load_case_dir("cases")
}

/// Every `[[case]]` of the TOML files in `data/<dir>`, with its file name.
pub fn load_case_dir<T: serde::de::DeserializeOwned>(dir: &str) -> Vec<(String, T)> {
    let mut files: Vec<_> = std::fs::read_dir(data_dir().join(dir))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    let mut out = Vec::new();
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        let file: CaseFile<T> =
            toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", f.display()));
        let name = f.file_name().unwrap().to_string_lossy().to_string();
        out.extend(file.case.into_iter().map(|c| (name.clone(), c)));
    }
    out
}

/// A case's project cells as form text, parsed; panics on input errors
/// only through the caller's check.
pub fn parse_case_project(
    project: &BTreeMap<String, toml::Value>,
) -> (jiujiang_engine::Project, Vec<jiujiang_engine::FieldError>) {
    let fields: Vec<(String, String)> = project
        .iter()
        .map(|(k, v)| (k.clone(), field_text(v)))
        .collect();
    engine().parse_fields(fields.iter().map(|(k, v)| (k.as_str(), v.as_str())))
}

pub fn field_text(v: &toml::Value) -> String {
    match v {
        toml::Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// The answers of a clean site and a plain project: in a compliant park, no
/// protected area, facility or foreign investor, the zoning unit allowing
/// it, off the market-access list, at the efficiency benchmark and far from
/// every tributary. Tests add the facts they are about.
pub const CLEAN_SITE: &[(&str, &str)] = &[
    ("site.in_compliant_park", "yes"),
    ("site.nature_reserve_zone", "none"),
    ("site.drinking_water_zone", "none"),
    ("site.germplasm_reserve", "no"),
    ("site.national_wetland_park", "no"),
    ("site.scenic_core_area", "no"),
    ("site.shoreline_zone", "none"),
    ("site.key_ecological_zone", "no"),
    ("site.zoning_check", "allowed"),
    ("site.dist_important_tributary_m", ">5000"),
    ("site.dist_other_tributary_m", ">5000"),
    ("facilities", "none"),
    ("foreign_invested", "no"),
    ("catalogue.market_access", "not_listed"),
    ("catalogue.efficiency", "meets_benchmark"),
];

/// A project from field texts that must all be valid: the test stops, naming
/// the bad fields, if any is not.
pub fn valid_project<'f>(
    fields: impl IntoIterator<Item = (&'f str, &'f str)>,
) -> jiujiang_engine::Project {
    let (p, errors) = engine().parse_fields(fields);
    assert!(errors.is_empty(), "{errors:?}");
    p
}

pub fn engine() -> &'static Engine {
    Engine::embedded().expect("embedded rule data")
}

/// The estimate of `p` after its own screening, on the default date, with
/// no package and the default horizon and discount.
pub fn estimate_of(
    p: &jiujiang_engine::Project,
) -> jiujiang_engine::incentives::IncentiveReport<'static> {
    engine().incentives(
        p,
        &engine().screen(p, DEFAULT_AS_OF),
        &[],
        jiujiang_engine::incentives::Options::default(),
    )
}

/// The packages an incentive case names (all bundled ones when it names
/// none), with "example" meaning the sample user package of
/// examples/packages/, which the caller reads once.
pub fn named_packages<'e>(
    named: Option<&[&str]>,
    example: &'e jiujiang_engine::data_types::Package,
) -> Vec<&'e jiujiang_engine::data_types::Package> {
    let wanted = |id: &str| named.is_none_or(|n| n.contains(&id));
    let mut out: Vec<_> = (engine().data.packages.iter())
        .filter(|p| wanted(&p.id))
        .collect();
    if named.is_some_and(|n| n.contains(&"example")) {
        out.push(example);
    }
    out
}

/// The estimate for an ALLOWED project of these fields, with no package.
pub fn allowed_estimate<'e>(
    engine: &'e jiujiang_engine::Engine,
    fields: &[(&str, &str)],
    as_of: Date,
) -> jiujiang_engine::incentives::IncentiveReport<'e> {
    let (p, errors) = engine.parse_fields(fields.iter().copied());
    assert!(errors.is_empty(), "{errors:?}");
    jiujiang_engine::incentives::estimate(
        &engine.data,
        &p,
        as_of,
        Outcome::Allowed,
        &[],
        jiujiang_engine::incentives::Options::default(),
    )
}
