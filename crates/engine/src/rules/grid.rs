//! "Where can it go?" (issue 15): the project's overall verdict with its
//! site moved to each cell of a grid over the map, everything else as
//! entered. Only what the map knows moves with the site: the point, and with
//! it the distances to the Yangtze and Poyang Lake (estimated from the map,
//! with its ± margin) and the reach of the Yangtze (from the county). What
//! the map does not hold (protected areas) is taken as the user entered it;
//! a typed tributary distance reaches a cell only as the bound the distance
//! between them allows ([`Carried`]). The park answers too describe the
//! site entered: a cell beyond the named
//! park's circle, its county or Jiujiang is not in that park, so both park
//! answers are open there; other park answers keep only "in no park", where
//! no listed park may be ([`may_be_in_a_listed_park`]), and are open
//! elsewhere (a park the tool cannot place says nothing of a cell). An
//! imported boundary layer moves its own distance too.
//!
//! A cell stands for every point in it, since a click anywhere in it moves
//! the site there: its point is known to within half its diagonal (plus a
//! clicked point's own margin, for the map's ±), which widens the map's ±
//! and the carried bounds, and it is in a park's circle only if wholly
//! inside.
//!
//! Only the rules that read a moved field are decided again per cell, with
//! the project's other facts reused: a cell costs a few rules, not all.

use crate::data_types::{ApproxPoint, Cond, Outcome, RuleData};
use crate::geo::coords::LonLat;
use crate::project::{Project, Value};
use crate::rules::bounds::{Bounds, OutcomeSet};
use crate::rules::decide::verdict;
use crate::rules::evaluate::Ctx;
use crate::rules::facts::{may_read, FactRef, FactValue, Siting};
use crate::rules::program::{Program, WordHashing};
use crate::rules::report::overall_of;
use crate::text::date::Date;
use serde::Serialize;
use std::collections::HashMap;

/// The fields a cell replaces: the site itself and what the map estimates
/// from it. The user's own values for them describe their site, not the cell.
pub const MOVED: &[&str] = &[
    "site.location",
    "site.location_datum",
    "site.location_precision_m",
    "site.parcel",
    "site.dist_yangtze_mainstream_m",
    "site.dist_poyang_lake_m",
    "site.yangtze_reach",
];

/// The fields a cell replaces for this siting: [`MOVED`], and the distance
/// an imported boundary layer measures from each cell itself.
pub(crate) fn moved_fields(siting: Siting<'_>) -> Vec<&'static str> {
    let mut moved = MOVED.to_vec();
    moved.extend(siting.boundary.map(|b| b.meta.kind.field()));
    moved
}

/// The project as a cell takes it before its point is set: the `moved`
/// fields cleared, and the point to come given in WGS-84.
pub(crate) fn without_site(project: &Project, moved: &[&'static str]) -> Project {
    let mut p = project.clone();
    for key in moved {
        p.set(key, None);
    }
    p.set("site.location_datum", Some(Value::Choice("wgs84")));
    p
}

/// Typed distances to water the bundled map does not hold: they describe
/// the site entered, and a cell knows them only through it ([`Carried`]).
pub const CARRIED: &[&str] = &[
    "site.dist_important_tributary_m",
    "site.dist_other_tributary_m",
];

/// The typed distances a cell carries from the site entered. Water at `D`
/// from the site lies at least `D − d` and at most `D + d` from a cell `d`
/// away (the triangle inequality), so near the site a cell still knows
/// whether it is beyond a band, and farther away it knows nothing (an
/// advisor audit saw a tributary distance typed for one site painted over
/// the whole city).
pub(crate) struct Carried {
    fields: Vec<CarriedField>,
    /// The site entered, in WGS-84: its point, or its parcel's corners.
    site: Vec<LonLat>,
    /// How far the true site may lie from `site` (its stated precision, or a
    /// web-map point's).
    slack_m: f64,
}

/// A field given, with its least and most value as typed, the ± the rules
/// read it with, and the thresholds it is compared with.
type CarriedField = (&'static str, (f64, f64), f64, Vec<f64>);

/// Haversine's sphere is within 0.6 % of the ellipsoid: distances from the
/// site are taken this much longer, so a carried bound only loosens.
const SPHERE_SLACK: f64 = 1.006;

impl Carried {
    /// What the site `entered` (the user's project, not a place it is tried
    /// at) lets a cell know, with `ctx` for the margins and thresholds.
    pub(crate) fn new(
        data: &RuleData,
        ctx: &Ctx<'_, '_>,
        entered: &Project,
        moved: &[&str],
    ) -> Carried {
        use crate::rules::facts::{site_geometry, typed_range, SiteGeometry};
        let (margin, _) = ctx.facts.map_margin();
        let point_slack = margin - ctx.facts.map_margin_layer();
        let (site, slack_m) = match site_geometry(entered) {
            SiteGeometry::Point(p) => (vec![p], point_slack),
            SiteGeometry::Parcel(pts) => (pts, point_slack),
            // No point: somewhere within the named park's circle, if any.
            SiteGeometry::None | SiteGeometry::NoDatum => match entered_park(data, entered) {
                Some((_, approx, _)) => (
                    vec![LonLat::new(approx.lon, approx.lat)],
                    approx.within_km * 1000.0,
                ),
                None => (Vec::new(), 0.0),
            },
        };
        let fields = (CARRIED.iter())
            .filter(|key| !moved.contains(key))
            .filter_map(|&key| {
                let typed = typed_range(entered.get(key)?)?;
                let margin = ctx.with_fact(key, |f| f.margin).unwrap_or(0.0);
                Some((key, typed, margin, compared_limits(data, ctx, key)))
            })
            .collect();
        Carried {
            fields,
            site,
            slack_m,
        }
    }

    /// The fields this sets at each cell.
    pub(crate) fn keys(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.fields.iter().map(|f| f.0)
    }

    /// Sets the carried fields of `cell` (a project at `at`, anywhere within
    /// `reach_m` of it: a grid cell is painted for all its points, since a
    /// click anywhere in it moves the site there).
    pub(crate) fn set(&self, at: LonLat, reach_m: f64, cell: &mut Project) {
        if self.fields.is_empty() {
            return;
        }
        let away = |p: &LonLat| crate::geo::coords::haversine_m(*p, at) * SPHERE_SLACK;
        let near = self.site.iter().map(away).fold(f64::INFINITY, f64::min) + reach_m;
        let far = self.site.iter().map(away).fold(0.0, f64::max) + reach_m;
        for (key, typed, margin, limits) in &self.fields {
            let value = (!self.site.is_empty())
                .then(|| {
                    carried_value(
                        *typed,
                        (near + self.slack_m, far + self.slack_m),
                        *margin,
                        limits,
                    )
                })
                .flatten();
            cell.set(key, value);
        }
    }
}

/// The typed distances a point within `reach_m` of `at` carries from
/// `project`'s site (see [`Carried`]): each field given, with what the
/// point takes it as.
pub fn carried_at(
    data: &RuleData,
    program: &Program,
    siting: Siting<'_>,
    project: &Project,
    as_of: Date,
    (at, reach_m): (LonLat, f64),
) -> Vec<(&'static str, Option<Value>)> {
    let mut owned = None;
    let program = crate::rules::program::for_data(program, data, &mut owned);
    let base = Ctx::new(data, program, siting, project, as_of);
    let carried = Carried::new(data, &base, project, &moved_fields(siting));
    let mut cell = Project::default();
    carried.set(at, reach_m, &mut cell);
    (carried.keys())
        .map(|key| (key, cell.get(key).cloned()))
        .collect()
}

/// How far a cell's points lie from its centre at most (its southern
/// corners, nearer the equator here): a carried bound holds for every point
/// of the cell (a user re-test clicked a green cell's edge 8.2 km out and
/// was left open).
pub fn half_cell([w, s, e, n]: [f64; 4], (cols, rows): (usize, usize)) -> f64 {
    let (dx, dy) = ((e - w) / cols as f64, (n - s) / rows as f64);
    // From the centre to a southern corner: a little more than half the
    // diagonal on a sphere.
    let centre = LonLat::new(w + dx / 2.0, s + dy / 2.0);
    crate::geo::coords::haversine_m(centre, LonLat::new(w, s)) * SPHERE_SLACK
}

/// What a cell `near`–`far` metres from the site knows of a distance typed
/// there as `least`–`most`: "more than" its least less `near` (and a metre,
/// since it may be exactly that), or "at most"
/// its most plus `far`, whichever decides more of the thresholds `limits`
/// (read ± `margin`); nothing when neither decides one.
pub fn carried_value(
    (least, most): (f64, f64),
    (near, far): (f64, f64),
    margin: f64,
    limits: &[f64],
) -> Option<Value> {
    // The water lies at least `least - near` away, which may be exactly it:
    // "more than" a metre less.
    let (lower, upper) = (least - near - 1.0, most + far);
    let beyond = if lower > 0.0 {
        limits.iter().filter(|&&t| lower - margin >= t).count()
    } else {
        0
    };
    let within = if upper.is_finite() {
        limits.iter().filter(|&&t| upper + margin <= t).count()
    } else {
        0
    };
    match (beyond, within) {
        (0, 0) => None,
        (b, w) if b >= w => Some(Value::Beyond(lower)),
        _ => Some(Value::Within(upper)),
    }
}

/// The thresholds in force that some rule compares `fact` with.
fn compared_limits(data: &RuleData, ctx: &Ctx<'_, '_>, fact: &str) -> Vec<f64> {
    fn walk<'a>(cond: &'a Cond, fact: &str, out: &mut Vec<&'a str>) {
        match cond {
            Cond::All { of } | Cond::Any { of } => of.iter().for_each(|c| walk(c, fact, out)),
            Cond::Not { of } => walk(of, fact, out),
            Cond::Lt { fact: f, param }
            | Cond::Le { fact: f, param }
            | Cond::Gt { fact: f, param }
            | Cond::Ge { fact: f, param }
                if f == fact =>
            {
                out.push(param)
            }
            _ => {}
        }
    }
    let mut params = Vec::new();
    for rule in &data.rules {
        for c in (rule.applies_if.iter()).chain(rule.cases.iter().map(|c| &c.when)) {
            walk(c, fact, &mut params);
        }
    }
    let mut limits: Vec<f64> = (params.iter())
        .filter_map(|id| ctx.param(id))
        .map(|(_, v)| v.value)
        .collect();
    limits.sort_by(f64::total_cmp);
    limits.dedup();
    limits
}

const PARK: &str = "site.chemical_park";
const IN_PARK: &str = "site.in_compliant_park";

/// Whether a point may lie in a listed chemical park recognised by `as_of`:
/// within its approximate circle, and in its county: the one it names, or
/// for a park named by its development zone (九江经开区) the one its marker
/// lies in. A circle crossing into a district with no park of its own (into
/// Xunyang) does not put one there, as the candidate places say. A point
/// known to within `reach_m` (a grid cell's) may lie in one if any point
/// within that reach may.
pub fn may_be_in_a_listed_park(data: &RuleData, (at, reach_m): (LonLat, f64), as_of: Date) -> bool {
    let counties = crate::geo::county::Counties::embedded();
    let here = counties.locate(at).map(|c| c.name_zh.as_str());
    ListedParks::new(data, as_of).may_hold(at, here, reach_m)
}

/// The listed parks recognised by a date, each with its circle and its
/// county, found once for a whole grid: a cell then costs a few distances.
struct ListedParks<'a> {
    parks: Vec<(&'a ApproxPoint, Option<&'static str>)>,
}

impl<'a> ListedParks<'a> {
    fn new(data: &'a RuleData, as_of: Date) -> ListedParks<'a> {
        let parks = (data.parks.iter())
            .filter(|p| as_of >= p.recognised_from)
            .map(|p| (&p.approx, park_county(p)))
            .collect();
        ListedParks { parks }
    }

    /// Whether a point in county `here` (none outside the boundaries),
    /// known to within `reach_m`, may lie in one of them.
    fn may_hold(&self, at: LonLat, here: Option<&str>, reach_m: f64) -> bool {
        (self.parks.iter()).any(|(approx, county)| {
            in_park_circle(approx, at, reach_m)
                && (here.is_none() || county.is_none() || here == *county)
        })
    }
}

/// The county a listed park lies in: the one it names, or for a park named
/// by its development zone (九江经开区) the one its marker lies in.
fn park_county(p: &crate::data_types::Park) -> Option<&'static str> {
    let counties = crate::geo::county::Counties::embedded();
    match counties.counties.iter().find(|c| c.name_zh == p.county) {
        Some(c) => Some(c.name_zh.as_str()),
        None => {
            (counties.locate(LonLat::new(p.approx.lon, p.approx.lat))).map(|c| c.name_zh.as_str())
        }
    }
}

/// A park answer as a cell away from the entered site may keep it: "in no
/// chemical park" and "not in a compliant park" hold where no listed park
/// may be; any other (a park the tool cannot place, one that lost its
/// designation, "in a compliant park") describes the site entered only.
fn kept_away(value: &Option<Value>, in_some_park: bool) -> Option<Value> {
    let none = |v: &Value| match v {
        Value::Text(t) => &**t == "none",
        Value::Bool(b) => !*b,
        _ => false,
    };
    value.clone().filter(|v| !in_some_park && none(v))
}

/// The chemical park the project names, if it is one of the listed parks:
/// its value, the circle it lies within (`Park::approx`) and its county.
/// Other park answers are read by [`kept_away`].
fn entered_park<'a>(
    data: &'a RuleData,
    project: &Project,
) -> Option<(Value, &'a ApproxPoint, Option<&'static str>)> {
    let value = project.get(PARK)?;
    let Value::Text(id) = value else {
        return None;
    };
    let park = data.parks.iter().find(|p| p.id == **id)?;
    Some((value.clone(), &park.approx, park_county(park)))
}

/// Whether `at` lies within a listed park's circle (its marker and radius),
/// allowing `slack_m` for the point's own uncertainty: the map's cells and
/// the check of a park against the site point (`Engine::parse_fields`)
/// draw the same line.
pub(crate) fn in_park_circle(approx: &ApproxPoint, at: LonLat, slack_m: f64) -> bool {
    let centre = LonLat::new(approx.lon, approx.lat);
    crate::geo::coords::haversine_m(at, centre) <= approx.within_km * 1000.0 + slack_m
}

/// The map's box (WGS-84 degrees: west, south, east, north): Jiujiang and
/// about 10 km around, as the bundled layers cover it.
pub const MAP_BBOX: [f64; 4] = [113.9, 28.6, 117.2, 30.4];

/// How a cell is painted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Band {
    /// No prohibition is possible here: the project may go here, under the
    /// conditions the verdict states.
    Allowed,
    /// Prohibited or not, depending on the map's ± margin or on facts not
    /// entered yet.
    Undecided,
    /// Prohibited here, whatever the missing facts.
    Prohibited,
}

impl Band {
    pub fn of(bounds: Bounds) -> Band {
        if bounds.best == Outcome::Prohibited {
            Band::Prohibited
        } else if bounds.worst == Outcome::Prohibited {
            Band::Undecided
        } else {
            Band::Allowed
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Cell {
    pub lon: f64,
    pub lat: f64,
    /// Inside one of Jiujiang's county-level divisions. The rules are
    /// Jiujiang's and Jiangxi's: outside, the painting says nothing.
    pub in_jiujiang: bool,
    pub overall: Outcome,
    pub band: Band,
}

/// Cells row by row from the north-west corner, each at its centre.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Grid {
    /// West, south, east, north (WGS-84 degrees).
    pub bbox: [f64; 4],
    pub cols: usize,
    pub rows: usize,
    pub cells: Vec<Cell>,
}

/// Columns and rows for about `cells` cells over `bbox`, keeping cells
/// about square on the ground.
pub fn shape(bbox: [f64; 4], cells: usize) -> (usize, usize) {
    let [w, s, e, n] = bbox;
    let mid = ((s + n) / 2.0).to_radians().cos().max(0.01);
    let aspect = ((e - w) * mid / (n - s)).abs().max(1e-6);
    let cols = ((cells as f64 * aspect).sqrt().round() as usize).max(1);
    let rows = (cells as f64 / cols as f64).round().max(1.0) as usize;
    (cols, rows)
}

/// A checked box: finite, west < east, south < north, within the globe.
pub fn check_bbox(b: [f64; 4]) -> Result<[f64; 4], String> {
    let [w, s, e, n] = b;
    if !b.iter().all(|x| x.is_finite()) {
        return Err("the box must be four numbers".into());
    }
    if !(w < e && s < n) {
        return Err("the box must run west to east and south to north".into());
    }
    if w < -180.0 || e > 180.0 || s < -90.0 || n > 90.0 {
        return Err("the box must lie within ±180° longitude and ±90° latitude".into());
    }
    Ok(b)
}

/// Whether a condition reads a fact for which `touched` holds.
pub(crate) fn reads(cond: &Cond, touched: &dyn Fn(&str) -> bool) -> bool {
    let fact = match cond {
        Cond::All { of } | Cond::Any { of } => return of.iter().any(|c| reads(c, touched)),
        Cond::Not { of } => return reads(of, touched),
        Cond::Flag { .. } => return false,
        Cond::Is { fact } | Cond::In { fact, .. } | Cond::Given { fact } => fact,
        Cond::Lt { fact, .. } | Cond::Le { fact, .. } | Cond::Gt { fact, .. } => fact,
        Cond::Ge { fact, .. } => fact,
    };
    touched(fact)
}

/// The verdict painted over `cols` × `rows` cells of `bbox`.
pub fn grid(
    data: &RuleData,
    program: &Program,
    siting: Siting<'_>,
    project: &Project,
    as_of: Date,
    bbox: [f64; 4],
    shape: (usize, usize),
) -> Grid {
    grid_of(
        data,
        program,
        siting,
        (project, project),
        as_of,
        bbox,
        shape,
    )
}

/// [`grid`] for `project` as tried at a place, whose typed distances were
/// given for the site of `site_of` (a candidate place names its own park).
pub(crate) fn grid_of(
    data: &RuleData,
    program: &Program,
    siting: Siting<'_>,
    (project, site_of): (&Project, &Project),
    as_of: Date,
    bbox: [f64; 4],
    (cols, rows): (usize, usize),
) -> Grid {
    let mut owned = None;
    let program = crate::rules::program::for_data(program, data, &mut owned);
    let mut moved = moved_fields(siting);
    // A listed park entered: a cell holds it only within the park's circle
    // (a user test saw a chemical plant drawn allowed across the county,
    // still "in" a park 100 km away).
    let park = entered_park(data, project);
    // The park answers describe the site entered. With a listed park, a
    // cell holds them within its circle only; else a cell keeps "in no
    // park" where no listed park may be, and nothing else: a user test saw
    // a plant said to be in no park painted prohibited across the city, the
    // parks included, and a review one "in another recognised park" painted
    // allowed everywhere.
    let entered = (project.get(PARK).cloned(), project.get(IN_PARK).cloned());
    let park_answers = park.is_some() || entered.0.is_some() || entered.1.is_some();
    if park_answers {
        moved.extend([PARK, IN_PARK]);
    }
    // The project as entered, for every fact a cell cannot change.
    let base = Ctx::new(data, program, siting, project, as_of);
    let carried = Carried::new(data, &base, site_of, &moved);
    moved.extend(carried.keys());
    // Facts a cell may change, by number: the distances and the reach, and
    // the moved fields themselves; for other kinds of fact, when in doubt, yes.
    let stale: Vec<bool> = (program.facts.iter().zip(&program.refs))
        .map(|(name, r)| match r {
            FactRef::Distance(_) | FactRef::Reach(_) => true,
            FactRef::Field(i) => moved.contains(&crate::project::FIELDS[*i].key),
            _ => moved.iter().any(|k| may_read(name, k)),
        })
        .collect();
    let touched = |name: &str| match program.fact_id(name) {
        Some(id) => stale[id as usize],
        None => moved.iter().any(|k| may_read(name, k)),
    };
    let mut sets: Vec<OutcomeSet> = Vec::with_capacity(data.rules.len());
    let mut outcomes: Vec<Outcome> = Vec::with_capacity(data.rules.len());
    let mut moving: Vec<usize> = Vec::new();
    for (i, rule) in data.rules.iter().enumerate() {
        let located = rule.applies_if.iter().any(|c| reads(c, &touched))
            || rule.cases.iter().any(|c| reads(&c.when, &touched));
        if located {
            moving.push(i);
            sets.push(OutcomeSet::default());
            outcomes.push(Outcome::NotApplicable);
        } else {
            let (outcome, possible) = verdict(i, &base);
            sets.push(possible);
            outcomes.push(outcome);
        }
    }
    let water = siting.water;
    let mut scratch = without_site(project, &moved);
    let [w, s, e, n] = bbox;
    // Each cell is the project anywhere in the cell: its point to within
    // half the cell's diagonal, not the project's stated precision, so a
    // cell painted decided is decided wherever a click in it lands (a user
    // re-test clicked a green cell's edge and was left open). That margin
    // sets how far to look.
    // (Plus a clicked point's own margin, as the point clicked will have.)
    let unstated = Project::default();
    let point_facts = crate::rules::facts::FactCtx {
        project: &unstated,
        ..base.facts
    };
    let point_margin = point_facts.map_margin().0 - point_facts.map_margin_layer();
    let half_cell = half_cell(bbox, (cols, rows));
    scratch.set(
        "site.location_precision_m",
        Some(Value::Num((half_cell + point_margin).max(0.0))),
    );
    let cell_facts = crate::rules::facts::FactCtx {
        project: &scratch,
        ..base.facts
    };
    let radius = search_radius(data, &base, cell_facts.map_margin().0);
    let counties = crate::geo::county::Counties::embedded();
    let listed = ListedParks::new(data, as_of);
    let keys = CellKey::new(data, program, &base, &stale, &moving);
    // Cells alike in every fact a cell changes (within the same bands of the
    // same thresholds) decide alike: most of a map is a few such classes.
    let mut seen: HashMap<Vec<u64>, (Vec<OutcomeSet>, Vec<Outcome>), WordHashing> =
        HashMap::default();
    let mut key = Vec::new();
    let (dx, dy) = ((e - w) / cols as f64, (n - s) / rows as f64);
    let mut memo = Vec::new();
    let mut cells = Vec::with_capacity(cols * rows);
    for r in 0..rows {
        for c in 0..cols {
            let at = LonLat::new(w + (c as f64 + 0.5) * dx, n - (r as f64 + 0.5) * dy);
            scratch.set("site.location", Some(Value::Point(at.lon, at.lat)));
            // The cell's county, found once: for the park answers and for
            // whether it is painted at all.
            let here = counties.locate(at);
            match &park {
                Some((value, approx, county)) => {
                    // Within its circle and its county, and in Jiujiang at
                    // all (an audit saw a Yongxiu park's plant painted
                    // allowed in Nanchang).
                    let in_county = match (here, county) {
                        (Some(h), Some(c)) => h.name_zh == *c,
                        (Some(_), None) => true,
                        (None, _) => counties.counties.is_empty(),
                    };
                    // The whole cell within the circle: any point of it
                    // may be clicked.
                    let inside = in_county && in_park_circle(approx, at, -half_cell);
                    scratch.set(PARK, inside.then(|| value.clone()));
                    scratch.set(IN_PARK, entered.1.clone().filter(|_| inside));
                }
                None if park_answers => {
                    let in_some = listed.may_hold(at, here.map(|c| c.name_zh.as_str()), half_cell);
                    scratch.set(PARK, kept_away(&entered.0, in_some));
                    scratch.set(IN_PARK, kept_away(&entered.1, in_some));
                }
                None => {}
            }
            carried.set(at, half_cell, &mut scratch);
            let near = (
                at,
                water.map_or_else(Default::default, |m| m.distances_within(at, radius)),
            );
            let siting = Siting {
                near: Some(&near),
                ..siting
            };
            let ctx = Ctx::with_memo(data, program, siting, &scratch, as_of, false);
            // Facts are large: forget the last cell's without rewriting all.
            memo.resize(program.facts.len().max(1), None);
            memo.iter_mut()
                .filter(|m| m.is_some())
                .for_each(|m| *m = None);
            *ctx.memo.borrow_mut() = std::mem::take(&mut memo);
            let ctx = Ctx {
                base: Some((&base.memo, &[])),
                stale: Some(&stale),
                ..ctx
            };
            let cached = keys.key(&ctx, &mut key).then(|| seen.get(&key)).flatten();
            match cached {
                Some((s, o)) => {
                    for (k, &i) in moving.iter().enumerate() {
                        sets[i] = s[k];
                        outcomes[i] = o[k];
                    }
                }
                None => {
                    for &i in &moving {
                        (outcomes[i], sets[i]) = verdict(i, &ctx);
                    }
                    if !key.is_empty() {
                        let s = moving.iter().map(|&i| sets[i]).collect();
                        let o = moving.iter().map(|&i| outcomes[i]).collect();
                        seen.insert(std::mem::take(&mut key), (s, o));
                    }
                }
            }
            memo = ctx.memo.into_inner();
            let bounds = Bounds::of_rules(sets.iter().copied());
            cells.push(Cell {
                lon: at.lon,
                lat: at.lat,
                in_jiujiang: here.is_some(),
                overall: overall_of(bounds, &outcomes),
                band: Band::of(bounds),
            });
        }
    }
    Grid {
        bbox,
        cols,
        rows,
        cells,
    }
}

/// How far a cell needs to look for water: beyond the largest distance a
/// rule in force compares a map-estimated distance with, plus the map's ±
/// margin, every comparison comes out as it would for any farther bank.
fn search_radius(data: &RuleData, ctx: &Ctx<'_, '_>, margin: f64) -> f64 {
    fn walk<'a>(cond: &'a Cond, out: &mut Vec<&'a str>) {
        match cond {
            Cond::All { of } | Cond::Any { of } => of.iter().for_each(|c| walk(c, out)),
            Cond::Not { of } => walk(of, out),
            Cond::Lt { fact, param }
            | Cond::Le { fact, param }
            | Cond::Gt { fact, param }
            | Cond::Ge { fact, param }
                if MAPPED.contains(&fact.as_str()) =>
            {
                out.push(param)
            }
            _ => {}
        }
    }
    let mut params = Vec::new();
    for rule in &data.rules {
        for c in rule
            .applies_if
            .iter()
            .chain(rule.cases.iter().map(|c| &c.when))
        {
            walk(c, &mut params);
        }
    }
    let limit = (params.iter())
        .filter_map(|id| ctx.param(id))
        .map(|(_, v)| v.value)
        .fold(0.0, f64::max);
    limit + margin + 1.0
}

/// The distances the bundled map estimates (`facts::FactCtx::estimate`).
const MAPPED: &[&str] = &["site.dist_yangtze_mainstream_m", "site.dist_poyang_lake_m"];

/// What decides a cell: every fact it changes that the rules read, with a
/// number reduced to where it lies, ± its margin, against each threshold it
/// is compared with. A rule's outcome depends on its facts only through such
/// comparisons, so two cells with the same key decide the same way.
struct CellKey<'a> {
    /// Fact name and the thresholds it is compared with, in force.
    facts: Vec<(&'a str, Vec<f64>)>,
}

impl<'a> CellKey<'a> {
    fn new(
        data: &'a RuleData,
        program: &Program,
        ctx: &Ctx<'a, '_>,
        stale: &[bool],
        moving: &[usize],
    ) -> CellKey<'a> {
        fn walk<'a>(cond: &'a Cond, ctx: &Ctx<'a, '_>, out: &mut Vec<(&'a str, Vec<f64>)>) {
            let (fact, param) = match cond {
                Cond::All { of } | Cond::Any { of } => {
                    return of.iter().for_each(|c| walk(c, ctx, out))
                }
                Cond::Not { of } => return walk(of, ctx, out),
                Cond::Flag { .. } => return,
                Cond::Is { fact } | Cond::In { fact, .. } | Cond::Given { fact } => (fact, None),
                Cond::Lt { fact, param }
                | Cond::Le { fact, param }
                | Cond::Gt { fact, param }
                | Cond::Ge { fact, param } => (fact, Some(param)),
            };
            let at = match out.iter().position(|(f, _)| f == fact) {
                Some(at) => at,
                None => {
                    out.push((fact, Vec::new()));
                    out.len() - 1
                }
            };
            if let Some((_, v)) = param.and_then(|p| ctx.param(p)) {
                out[at].1.push(v.value);
            }
        }
        let mut facts = Vec::new();
        for &i in moving {
            let rule = &data.rules[i];
            for c in rule
                .applies_if
                .iter()
                .chain(rule.cases.iter().map(|c| &c.when))
            {
                walk(c, ctx, &mut facts);
            }
        }
        facts.retain(|(name, _)| program.fact_id(name).is_none_or(|id| stale[id as usize]));
        CellKey { facts }
    }

    /// The cell's key in `out`; false (and `out` empty) when some fact's
    /// value is of a kind not reduced here, so the cell is decided in full.
    fn key(&self, ctx: &Ctx<'_, '_>, out: &mut Vec<u64>) -> bool {
        out.clear();
        for (name, limits) in &self.facts {
            let ok = ctx.with_fact(name, |f| {
                match f.value {
                    FactValue::Unknown => out.push(1),
                    FactValue::Bool(b) => out.push(2 + b as u64),
                    FactValue::Sym(s) => {
                        out.push(4);
                        out.push(s.as_ptr() as u64);
                        out.push(s.len() as u64);
                    }
                    // A number, or a range (a map distance between the
                    // nearest water and the named water), ± its margin.
                    FactValue::Num(x) | FactValue::Between(x, _) => {
                        let top = match f.value {
                            FactValue::Between(_, b) => b,
                            _ => x,
                        };
                        out.push(5);
                        let (lo, hi) = (x - f.margin, top + f.margin);
                        for &l in limits {
                            let side =
                                |v: f64| (v.partial_cmp(&l).map_or(3, |o| o as i8 + 1)) as u64;
                            out.push(side(lo) * 4 + side(hi));
                        }
                    }
                    FactValue::OneOf(_) => return false,
                }
                true
            });
            match ok {
                Some(true) => {}
                Some(false) => {
                    out.clear();
                    return false;
                }
                None => out.push(0),
            }
        }
        true
    }
}
