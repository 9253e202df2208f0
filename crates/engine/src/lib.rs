//! Jiujiang investment screening engine.
//!
//! Pure: no UI, no I/O, no clock. The rule data in `data/` is compiled in by
//! build.rs; the app, the CLI and the tests all evaluate projects through
//! [`Engine::screen`].
//!
//! # The API the app and the CLI use
//!
//! - [`Engine::embedded`]: the engine with the bundled rule data, once per process.
//! - Reading a project: [`Engine::parse_fields`] (form fields, CSV cells) and
//!   [`Engine::project_from_json`] (project files), with every problem as a
//!   [`FieldError`] at its field, in both languages; the fields themselves are
//!   [`project::FIELDS`]; [`project::csv`] reads and writes batches.
//! - Screening: [`Engine::screen`] (the explained [`Report`]: findings with
//!   their inputs, thresholds and citations, the bounds, the ranked questions,
//!   the energy totals and the site's county), [`Engine::screen_for`] (the next
//!   step of a guided interview), [`Engine::verdicts`] (outcomes only, for
//!   batches). All take an "as of" [`Date`].
//! - The site: [`Engine::site_estimate`] (the point in WGS-84, the distances to
//!   the mapped water with their margins, the county); [`geo`] for datums,
//!   boundary layers and counties.
//! - Incentives: [`Engine::incentives`] after a screening; [`incentives`] also
//!   validates and reads packages.
//! - Texts: [`text::labels`] and [`text::display`] word outcomes, amounts and dates in both
//!   languages; [`text`] holds numbers and the data changelog.
//!
//! # Layout
//!
//! By domain, each folder saying in its module comment what it owns and
//! uses: `project/` (the field registry, parsing, CSV, the JSON schema, the
//! industry table), `rules/` (facts, the compiled program, evaluation,
//! decisions, the report, bounds, questions, where a project can go),
//! `incentives/` (one file per item family, packages), `geo/`, `text/`
//! (dates, numbers, labels, display). `data_types` is the schema of the data
//! files; `screen` re-exports the report's public names. No module imports
//! another in a circle and no file is over 800 lines (`tests/layout.rs`).

#![forbid(unsafe_code)]

pub mod data_codec;
pub mod data_types;
pub mod geo;
pub mod incentives;
pub mod project;
pub mod rules;
pub mod screen;
pub mod text;

pub use data_types::{Citation, Outcome, Rule, RuleData, Status, Text};
pub use project::industry::Industry;
pub use project::{FieldError, Project};
pub use screen::{Finding, Report};
pub use text::date::Date;

use rules::{facts, program};
use std::sync::OnceLock;

/// See [`Engine::site_estimate`].
#[derive(Clone, Debug, PartialEq)]
pub struct SiteEstimate {
    /// The site point, or the parcel's centre, in WGS-84.
    pub wgs84: geo::coords::LonLat,
    /// The parcel outline in WGS-84, when one is given.
    pub parcel: Option<Vec<geo::coords::LonLat>>,
    /// How far converting the given datum moved the point.
    pub moved_m: f64,
    /// Nearest OSM river and lake banks (from the parcel when given).
    pub river: Option<geo::water::Nearest>,
    pub lake: Option<geo::water::Nearest>,
    /// How far the Yangtze main stream and Poyang Lake are, as the rules
    /// take it: from the nearest river or lake (which may be a tributary or
    /// another lake) to the nearest water known to be them; one figure
    /// when they agree (`WaterMap::named_range`).
    pub yangtze_m: (f64, f64),
    pub poyang_m: (f64, f64),
    /// The nearest bank known to be the Yangtze main stream and Poyang Lake,
    /// when it is farther than the nearest river or lake (which then is
    /// some other water): the map draws both, so a line to a tributary is
    /// not read as the distance to the Yangtze.
    pub yangtze: Option<geo::water::Nearest>,
    pub poyang: Option<geo::water::Nearest>,
    /// ± on the map distances.
    pub margin_m: f64,
    /// Nearest water in GSHHG, an independent source: a cross-check only.
    pub gshhg: Option<geo::water::Nearest>,
    /// Against the imported boundary layer, when there is one: the nearest
    /// point and the ± (stated accuracy plus the coordinates').
    pub boundary: Option<(Option<geo::water::Nearest>, f64)>,
    /// Inside the box the map covers (Jiujiang and about 10 km around).
    pub in_jiujiang_box: bool,
    /// The river and lake layers that cannot say what is nearest: the site
    /// is past the map's edge, or nearer it than to the water found. Their
    /// distances above are left out, as the rules leave them (a user test
    /// read "25,276 m" to the Yangtze for a site in Wuhan).
    pub beyond_map: (bool, bool),
    /// Whether the map layers are there yet (the browser fetches them): until
    /// they are, nothing is estimated from the map and no county is known.
    pub layers_ready: bool,
    /// The county-level division of Jiujiang the point lies in; `None`
    /// outside Jiujiang (issue 15).
    pub county: Option<&'static geo::county::County>,
}

impl SiteEstimate {
    /// Whether the point lies outside Jiujiang, as far as can be told: by
    /// the county boundaries once they are there, and far off by the map's
    /// box alone.
    pub fn outside_jiujiang(&self) -> bool {
        let counties_known = !geo::county::Counties::embedded().counties.is_empty();
        self.county.is_none() && ((self.layers_ready && counties_known) || !self.in_jiujiang_box)
    }
}

/// A distance typed into the form that the map's estimate for the site
/// contradicts, beyond its margin: one of the two is wrong. A clearance
/// rests on neither (`facts::FactCtx::typed_against_map`); a nearer typed
/// figure is read as typed.
#[derive(Clone, Debug, PartialEq)]
pub struct Disagreement {
    pub field: &'static str,
    pub typed_m: f64,
    /// "" for a figure; ">" or "≤ " for a bound (">5000", "≤ 800").
    pub typed_bound: &'static str,
    /// The typed distance is the farther: a clearance rests on neither,
    /// unless it is `surveyed`. When it is the nearer, the rules read it as
    /// typed.
    pub farther: bool,
    /// The distance carries its survey's record (who measured it, and
    /// when, not after the as-of day): against the bundled map the rules
    /// read it as measured even when it is the farther.
    pub surveyed: bool,
    /// The map's range for the site (one figure when both ends agree).
    pub map_m: (f64, f64),
    pub margin_m: f64,
}

pub struct Engine {
    pub data: RuleData,
    pub industry: Industry,
    program: program::Program,
    /// The water layers, built once they are there (see [`geo::layers`]):
    /// OSM (ODbL) for the distance estimates, GSHHG (LGPL) to cross-check.
    water: OnceLock<geo::water::WaterMap>,
    gshhg: OnceLock<geo::water::WaterMap>,
}

/// The rule data of this build in its binary form ([`data_codec`]), as
/// build.rs wrote it from `data/`.
pub const RULE_DATA: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/rules.bin"));

static EMBEDDED: OnceLock<Result<Engine, String>> = OnceLock::new();

impl Engine {
    /// The engine with the rule data compiled into this build. The data went
    /// through the same types at build time, so an error here means a broken
    /// build; callers still get a message rather than a panic.
    pub fn embedded() -> Result<&'static Engine, String> {
        EMBEDDED
            .get_or_init(|| {
                let data = data_codec::unpack(RULE_DATA)
                    .ok_or_else(|| "embedded rule data unreadable".to_string())?;
                let program = program::Program::new(&data);
                Ok(Engine {
                    data,
                    industry: Industry::embedded(),
                    program,
                    water: OnceLock::new(),
                    gshhg: OnceLock::new(),
                })
            })
            .as_ref()
            .map_err(Clone::clone)
    }

    /// The OSM water layer the rules measure against; `None` until the map
    /// layers are there (the browser app fetches them, [`geo::layers`]).
    pub fn water(&self) -> Option<&geo::water::WaterMap> {
        geo::layers::ready().then(|| self.water.get_or_init(geo::water::WaterMap::embedded))
    }

    /// GSHHG water, the independent cross-check; `None` as for [`Engine::water`].
    pub fn gshhg(&self) -> Option<&geo::water::WaterMap> {
        geo::layers::ready().then(|| self.gshhg.get_or_init(geo::water::WaterMap::gshhg))
    }

    /// The report borrows the rule texts from the engine (which lives for the
    /// whole program) and nothing from the project.
    pub fn screen(&self, project: &Project, as_of: Date) -> Report<'_> {
        self.screen_in(project, as_of, None)
    }

    /// What keeps the project clear of the prohibitions its report leaves
    /// open (see [`rules::clear`]), for the same project, date and layer.
    pub fn stay_clear<'a>(
        &'a self,
        project: &Project,
        report: &rules::report::Report<'a>,
        boundary: Option<&geo::boundary::Boundary>,
    ) -> Vec<rules::clear::StayClear<'a>> {
        let siting = self.siting(boundary);
        rules::clear::stay_clear(
            &self.data,
            &self.program,
            siting,
            (project, report),
            report.as_of,
        )
    }

    /// As [`Engine::screen`], with distances for its kind taken from a
    /// boundary layer the user imported instead of the bundled map.
    pub fn screen_in(
        &self,
        project: &Project,
        as_of: Date,
        boundary: Option<&geo::boundary::Boundary>,
    ) -> Report<'_> {
        screen::screen_with(
            &self.data,
            &self.program,
            self.siting(boundary),
            project,
            as_of,
        )
    }

    /// As [`Engine::screen_in`], for the next step of a guided interview: the
    /// questions follow what was already said ("don't know", "some of these").
    pub fn screen_for(
        &self,
        project: &Project,
        as_of: Date,
        boundary: Option<&geo::boundary::Boundary>,
        interview: &rules::interview::Interview,
    ) -> Report<'_> {
        let mut report = screen::screen_grouped(
            &self.data,
            &self.program,
            self.siting(boundary),
            project,
            as_of,
            &interview.declined,
        );
        let unknown = &interview.unknown;
        let companion_unknown = |id: &str| {
            (rules::questions::ASKED_WITH.iter())
                .any(|(q, with)| *q == id && unknown.contains(with) && project.get(with).is_none())
        };
        // The questions answered "don't know" that could still move the
        // verdict are kept aside, with what each could lead to: the reader
        // is told which unknown matters (a user test's list of eight gave
        // no hint that "chemical production: yes" would prohibit).
        let (asked, open): (Vec<_>, Vec<_>) = std::mem::take(&mut report.questions)
            .into_iter()
            .partition(|q| !unknown.contains(&q.id) && !companion_unknown(q.id));
        report.questions = asked;
        report.left_open = (open.into_iter())
            .filter(|q| unknown.contains(&q.id) && !q.settles_nothing)
            .collect();
        // "Don't know" to the yearly total: most investors still know their
        // electricity, whose floor may decide (an interview audit saw a
        // rolling mill left open that 10 GWh would have settled). Asked
        // next, once; "don't know" to it too leaves the total open.
        let electricity = project::ELECTRICITY_10K_KWH;
        if project.get(electricity).is_none() && !unknown.contains(&electricity) {
            if let Some(total) = report.left_open.iter().find(|q| q.id == "energy") {
                let q = rules::questions::in_place_of(total, electricity);
                report.questions.insert(0, q);
            }
        }
        // Past what was answered "don't know", nothing whose answer would
        // change any rule: the verdict rests on those answers, and asking
        // on would only lengthen the interview (an audit was asked whether
        // the energy entered is all, which left a band across the two-high
        // line where it was, after "don't know" to the total).
        if !unknown.is_empty() && report.questions.iter().all(|q| q.settles_nothing) {
            report.questions.clear();
        }
        report
    }

    /// The rules that can apply to a project of this industry (GB/T 4754
    /// code, with or without its section letter) on `as_of`: those the code
    /// alone does not rule out. `None` when `code` is no GB/T 4754 code. For
    /// the rule base's "which rules concern C2614?".
    pub fn rules_for_industry(&self, code: &str, as_of: Date) -> Option<Vec<&str>> {
        let code = project::industry::Industry::embedded().canonical(code)?;
        let (p, errors) = self.parse_fields([("industry_code", code.as_str())]);
        if !errors.is_empty() {
            return None;
        }
        let v = self.verdicts(&p, as_of);
        let only_na = |s: &rules::OutcomeSet| {
            s.best() == Some(Outcome::NotApplicable) && s.worst() == Some(Outcome::NotApplicable)
        };
        Some(
            (self.data.rules.iter().zip(&v.possible))
                .filter(|(_, s)| !only_na(s))
                .map(|(r, _)| r.id.as_str())
                .collect(),
        )
    }

    /// The outcomes only, much faster: for batches.
    pub fn verdicts(&self, project: &Project, as_of: Date) -> screen::Verdicts {
        self.verdicts_in(project, as_of, None)
    }

    pub fn verdicts_in(
        &self,
        project: &Project,
        as_of: Date,
        boundary: Option<&geo::boundary::Boundary>,
    ) -> screen::Verdicts {
        screen::verdicts_with(
            &self.data,
            &self.program,
            self.siting(boundary),
            project,
            as_of,
        )
    }

    fn siting<'s>(&'s self, boundary: Option<&'s geo::boundary::Boundary>) -> facts::Siting<'s> {
        facts::Siting {
            water: self.water(),
            boundary,
            near: None,
        }
    }

    /// Parses form fields / CSV cells into a project (see [`project::parse_fields`]).
    pub fn parse_fields<'a>(
        &self,
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> (Project, Vec<FieldError>) {
        let (mut project, mut errors) = project::parse_fields(pairs, &self.industry);
        self.check_park(&mut project, &mut errors);
        (project, errors)
    }

    /// A project file as the texts a form holds, for an import that keeps
    /// what it cannot take: each value as the form writes it (JSON `true` →
    /// `yes`, a choice's label → its key), or as the file wrote it when the
    /// field refuses it, for the form to flag. `Err` only for the file's
    /// shape (`project::project_json_fields`).
    pub fn project_file_texts(&self, text: &str) -> Result<Vec<(String, String)>, Vec<FieldError>> {
        let pairs = project::project_json_fields(text)?;
        Ok((pairs.into_iter())
            .filter(|(k, _)| k != "schema_version")
            .map(|(k, raw)| {
                let (project, errors) = self.parse_fields([(k.as_str(), raw.as_str())]);
                let text = match errors.is_empty() {
                    true => (project.to_fields().into_iter())
                        .find(|(key, _)| *key == k)
                        .map_or_else(String::new, |(_, v)| v),
                    false => raw,
                };
                (k, text)
            })
            .collect())
    }

    pub fn project_from_json(&self, text: &str) -> Result<Project, Vec<FieldError>> {
        let mut project = project::project_from_json(text, &self.industry)?;
        let mut errors = Vec::new();
        self.check_park(&mut project, &mut errors);
        if errors.is_empty() {
            Ok(project)
        } else {
            Err(errors)
        }
    }

    /// The values `site.chemical_park` accepts besides the park ids.
    pub const PARK_STATEMENTS: [&'static str; 3] = ["none", "other_recognised", "revoked"];

    /// A park id must name a park in the data (the parser only sees text).
    fn check_park(&self, project: &mut Project, errors: &mut Vec<FieldError>) {
        let key = "site.chemical_park";
        if let Some(id) = project.text(key) {
            let known =
                Self::PARK_STATEMENTS.contains(&id) || self.data.parks.iter().any(|p| p.id == id);
            if !known {
                let statements = (project::PARK_ANSWERS.iter()).map(|(k, l)| (*k, l.zh, l.en));
                let parks = (self.data.parks.iter())
                    .map(|p| (p.id.as_str(), p.name.zh.as_str(), p.name.en.as_str()));
                let (zh, en) = project::worded_options(statements.chain(parks));
                errors.push(FieldError::new(
                    key,
                    format!("未知园区“{id}”，可选：{zh}。"),
                    format!("Unknown park “{id}”; use one of: {en}."),
                ));
                project.set(key, None);
                return;
            }
            self.check_park_near_site(project, errors, id.to_string());
        }
    }

    /// A listed park and a site point far outside the circle it lies within
    /// cannot both be right: a user test put a plant in Ruichang "in" a park
    /// 95 km away and got the park's answer. The park is refused at its
    /// field (kept in the form), so the screening asks rather than assumes.
    fn check_park_near_site(
        &self,
        project: &mut Project,
        errors: &mut Vec<FieldError>,
        id: String,
    ) {
        let key = "site.chemical_park";
        let Some(park) = self.data.parks.iter().find(|p| p.id == id) else {
            return;
        };
        let rules::facts::SitePoint::At { wgs84, .. } = rules::facts::site_point(project) else {
            return;
        };
        let a = &park.approx;
        let slack_m = project.num("site.location_precision_m").unwrap_or(0.0);
        if rules::grid::in_park_circle(a, wgs84, slack_m) {
            return;
        }
        let away_m = geo::coords::haversine_m(wgs84, geo::coords::LonLat::new(a.lon, a.lat));
        let (away, within) = (
            text::numbers::format_number((away_m / 1000.0).round()),
            text::numbers::format_number(a.within_km),
        );
        errors.push(FieldError::new(
            key,
            format!("选址点距该园区示意点约 {away} 公里，而本工具认为园区在示意点约 {within} 公里范围内（示意，未核实）：请核对所选园区或选址点。"),
            format!("The site point is about {away} km from this park's marker, and this tool places the park within about {within} km of it (approximate, unverified): check the park or the site point."),
        ));
        project.set(key, None);
    }

    /// "Where can it go?": the overall verdict with the site moved to each
    /// of about `cells` cells over `bbox` (see [`rules::grid`]).
    pub fn grid(
        &self,
        project: &Project,
        as_of: Date,
        boundary: Option<&geo::boundary::Boundary>,
        bbox: [f64; 4],
        cells: usize,
    ) -> rules::grid::Grid {
        rules::grid::grid(
            &self.data,
            &self.program,
            self.siting(boundary),
            project,
            as_of,
            bbox,
            rules::grid::shape(bbox, cells),
        )
    }

    /// The typed distances to water the map does not hold, as a point
    /// within `reach_m` of `at` takes them (a cell of [`Engine::grid`]: its
    /// half diagonal, [`rules::grid::half_cell`]; see
    /// [`rules::grid::carried_at`]).
    pub fn carried_at(
        &self,
        project: &Project,
        as_of: Date,
        boundary: Option<&geo::boundary::Boundary>,
        at: (geo::coords::LonLat, f64),
    ) -> Vec<(&'static str, Option<project::Value>)> {
        rules::grid::carried_at(
            &self.data,
            &self.program,
            self.siting(boundary),
            project,
            as_of,
            at,
        )
    }

    /// Candidate places for the project, ranked, each with its verdict
    /// there (see [`rules::candidates`]).
    pub fn candidates(
        &self,
        project: &Project,
        as_of: Date,
        boundary: Option<&geo::boundary::Boundary>,
    ) -> Vec<rules::candidates::Candidate<'_>> {
        rules::candidates::candidates(
            &self.data,
            &self.program,
            self.siting(boundary),
            project,
            as_of,
        )
    }

    /// Where the site really is and how far the mapped water lies, for
    /// display beside the coordinates and on the map. The rules use the same
    /// geometry, layers and margins (`facts::FactCtx::estimate`).
    pub fn site_estimate(
        &self,
        project: &Project,
        as_of: Date,
        boundary: Option<&geo::boundary::Boundary>,
    ) -> Option<SiteEstimate> {
        use facts::SiteGeometry;
        let (wgs84, moved_m, parcel) =
            match (facts::site_point(project), facts::site_geometry(project)) {
                (_, SiteGeometry::None | SiteGeometry::NoDatum) => return None,
                (facts::SitePoint::At { given, wgs84 }, SiteGeometry::Point(_)) => {
                    (wgs84, geo::coords::haversine_m(given, wgs84), None)
                }
                (_, SiteGeometry::Parcel(ring)) => {
                    let n = ring.len() as f64;
                    let centre = geo::coords::LonLat::new(
                        ring.iter().map(|p| p.lon).sum::<f64>() / n,
                        ring.iter().map(|p| p.lat).sum::<f64>() / n,
                    );
                    let moved = match project.get("site.parcel") {
                        Some(project::Value::Parcel(given)) => given
                            .first()
                            .map(|&(lon, lat)| {
                                geo::coords::haversine_m(
                                    geo::coords::LonLat::new(lon, lat),
                                    ring[0],
                                )
                            })
                            .unwrap_or(0.0),
                        _ => 0.0,
                    };
                    (centre, moved, Some(ring))
                }
                _ => return None,
            };
        let measure = |map: &geo::water::WaterMap| match &parcel {
            Some(ring) => map.distances_from_parcel(ring),
            None => map.distances(wgs84),
        };
        let mut d = self.water().map(measure).unwrap_or_default();
        let points = parcel.clone().unwrap_or_else(|| vec![wgs84]);
        let beyond = |n: Option<geo::water::Nearest>| {
            let nearest = n.map_or(geo::water::SEARCH_RADIUS_M, |n| n.metres);
            !self
                .water()
                .is_some_and(|w| w.knows_nearest(&points, nearest))
        };
        let beyond_map = (beyond(d.river), beyond(d.lake));
        if beyond_map.0 {
            (d.river, d.yangtze) = (None, None);
        }
        if beyond_map.1 {
            (d.lake, d.poyang) = (None, None);
        }
        let ctx = facts::FactCtx {
            project,
            data: &self.data,
            as_of,
            siting: self.siting(boundary),
            typed_margins: facts::typed_margins(&self.data),
            params_by_id: None,
        };
        let (margin_m, _) = ctx.map_margin();
        let boundary = boundary.map(|b| {
            let input = margin_m - ctx.map_margin_layer();
            (measure(&b.map).river, b.meta.accuracy_m + input)
        });
        Some(SiteEstimate {
            wgs84,
            moved_m,
            river: d.river,
            lake: d.lake,
            yangtze_m: self
                .water()
                .map_or((0.0, 0.0), |w| w.named_range(&d, geo::water::Layer::River)),
            poyang_m: self
                .water()
                .map_or((0.0, 0.0), |w| w.named_range(&d, geo::water::Layer::Lake)),
            yangtze: farther(d.river, d.yangtze),
            poyang: farther(d.lake, d.poyang),
            margin_m,
            // The cross-check layer is clipped to the same box.
            gshhg: (self.gshhg().and_then(|g| measure(g).river)).filter(|_| !beyond_map.0),
            boundary,
            in_jiujiang_box: self.water().is_some_and(|w| w.covers(wgs84)),
            beyond_map,
            layers_ready: geo::layers::ready(),
            county: geo::county::Counties::embedded().locate(wgs84),
            parcel,
        })
    }

    /// Answers that contradict each other, with the fields involved and why
    /// ([`rules::facts::contradictions`]), and an energy total below its own
    /// carriers or above all that carriers said to be all can come to, which
    /// needs the conversion factors in force on `as_of`.
    pub fn contradictions(
        &self,
        project: &Project,
        as_of: Date,
    ) -> Vec<(&'static [&'static str], project::L10n)> {
        let mut out = facts::contradictions(project);
        let ctx = facts::FactCtx {
            project,
            data: &self.data,
            as_of,
            siting: facts::Siting::default(),
            typed_margins: facts::TypedMargins::default(),
            params_by_id: None,
        };
        match ctx.total_off_carriers() {
            Some(facts::EnergyOff::Below) => {
                out.push((facts::ENERGY_PAIR, facts::ENERGY_CONTRADICTS))
            }
            Some(facts::EnergyOff::Above) => {
                out.push((facts::ENERGY_ABOVE_FIELDS, facts::ENERGY_ABOVE_CARRIERS))
            }
            None => {}
        }
        out
    }

    /// Where a typed distance to the Yangtze main stream or Poyang Lake and
    /// the map's estimate for the site disagree beyond the map's margin. A
    /// typed figure up to `GEO-04.inland_line_m` below the map's is not a
    /// disagreement: it may be measured to the management line, which lies
    /// inland of the water's edge.
    pub fn disagreements(
        &self,
        est: &SiteEstimate,
        project: &Project,
        as_of: Date,
    ) -> Vec<Disagreement> {
        let inland = data_types::param_value(&self.data, "GEO-04.inland_line_m", as_of);
        let (Some(inland), true) = (inland, est.layers_ready) else {
            return Vec::new();
        };
        // Past the map's edge there is no estimate to disagree with (a
        // review saw a typed 300 m set against "≥ 30,000 m" in Wuhan).
        [
            (
                "site.dist_yangtze_mainstream_m",
                est.yangtze_m,
                est.beyond_map.0,
            ),
            ("site.dist_poyang_lake_m", est.poyang_m, est.beyond_map.1),
        ]
        .into_iter()
        .filter(|(_, _, beyond)| !beyond)
        .filter_map(|(field, (lo, hi), _)| {
            // A bound contradicts the map as its nearest figure would: "none
            // within 5 km" for a site the map puts 300 m from the river.
            let value = project.get(field)?;
            let (typed, bound) = match value {
                project::Value::Num(x) => (*x, ""),
                project::Value::Beyond(x) => (*x, ">"),
                project::Value::Within(x) => (*x, "≤ "),
                _ => return None,
            };
            let range = rules::facts::typed_range(value)?;
            let farther = rules::facts::typed_disagrees(range, (lo, hi), est.margin_m, inland)?;
            Some(Disagreement {
                field,
                typed_m: typed,
                typed_bound: bound,
                farther,
                surveyed: project.survey_on_record(as_of) && est.boundary.is_none(),
                map_m: (lo, hi),
                margin_m: est.margin_m,
            })
        })
        .collect()
    }

    /// The incentive estimate (issue 6) with the given local packages (the
    /// bundled ones are in `data.packages`), after the screening's report.
    pub fn incentives<'a>(
        &'a self,
        project: &Project,
        report: &rules::report::Report<'_>,
        packages: &[&'a data_types::Package],
        options: incentives::Options,
    ) -> incentives::IncentiveReport<'a> {
        incentives::estimate_after(&self.data, project, report, packages, options)
    }

    /// Yuan per dollar for converting what a reader typed in dollars: the
    /// rate typed in the project (`true`), else this tool's default on the
    /// date (`false`: approximate, unverified, and said so).
    pub fn cny_per_usd(&self, project: &Project, as_of: Date) -> Option<(f64, bool)> {
        incentives::cny_per_usd(&self.data, project, as_of)
    }

    pub fn rule(&self, id: &str) -> Option<&Rule> {
        self.data.rules.iter().find(|r| r.id == id)
    }

    pub fn question(&self, id: &str) -> Option<&Text> {
        self.data
            .questions
            .iter()
            .find(|q| q.id == id)
            .map(|q| &q.text)
    }
}

/// The named water's bank, when it is not the nearest bank of its layer.
fn farther(
    nearest: Option<geo::water::Nearest>,
    named: Option<geo::water::Nearest>,
) -> Option<geo::water::Nearest> {
    named.filter(|n| nearest.is_none_or(|a| n.metres > a.metres))
}
