//! Candidate places for a project (issue 15), ranked: the recognised chemical
//! parks for a chemical project, the regions Jiujiang's 9610 programme plans
//! for its industry chain, and the parks whose target lists are held
//! (data/profiles/), each with the project's verdict there and how far the
//! mapped water is. The points are approximate (a park's orientation point, a
//! county's label point), and say so.

use crate::data_types::{Outcome, ProfileItem, RuleData, Status, Text};
use crate::geo::coords::LonLat;
use crate::project::{Project, Value};
use crate::rules::facts::{FactCtx, Siting};
use crate::rules::grid::{grid_of, Band};
use crate::rules::placement::park_in_region;
use crate::rules::program::Program;
use crate::text::date::Date;
use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CandidateKind {
    ChemicalPark,
    ChainRegion,
    /// A park with a target list: whether the industry is on it.
    TargetList,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Candidate<'a> {
    pub kind: CandidateKind,
    /// The park's or the list's id, or the region's name.
    pub id: &'a str,
    pub name: Text,
    /// Where the map centres on it (WGS-84), when there is such a point.
    pub lon: Option<f64>,
    pub lat: Option<f64>,
    /// How far the place may lie from the point (km), and how sure the point is.
    pub within_km: f64,
    pub point_status: Status,
    /// The project's overall verdict with its site at the point.
    pub overall: Option<Outcome>,
    pub band: Option<Band>,
    /// The mapped water nearest the point, and the map's ± (metres).
    pub river_m: Option<f64>,
    pub lake_m: Option<f64>,
    pub margin_m: f64,
    /// For a target list: the item the industry fits, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fits: Option<&'a ProfileItem>,
    /// For a chain region: the chain's name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub chain: Option<&'a Text>,
    /// While the verdict there is open: the first questions the engine
    /// would ask with the site at the point (a field key or a composite's
    /// id), so the list can say what keeps it open.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub open: Vec<&'static str>,
    /// Where it is prohibited there: the rules that prohibit it (a user
    /// test saw "Prohibited" beside a park with no reason).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub because: Vec<&'a str>,
    /// The verdict there rests on unverified rules alone, as the verdict
    /// box says of its own (a user test saw "Prohibited under CHP-01" on a
    /// card beside "Prohibited (unverified: to check)" in the box).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub unverified: bool,
}

fn candidate<'a>(
    kind: CandidateKind,
    id: &'a str,
    name: Text,
    point: Option<(LonLat, f64, Status)>,
) -> Candidate<'a> {
    Candidate {
        kind,
        id,
        name,
        lon: point.map(|p| p.0.lon),
        lat: point.map(|p| p.0.lat),
        within_km: point.map_or(0.0, |p| p.1),
        point_status: point.map_or(Status::U, |p| p.2),
        overall: None,
        band: None,
        because: Vec::new(),
        unverified: false,
        river_m: None,
        lake_m: None,
        margin_m: 0.0,
        fits: None,
        chain: None,
        open: Vec::new(),
    }
}

/// The region a candidate stands for: a chain region's name, or the
/// county of a park with a target list.
fn region_of<'a>(data: &'a RuleData, c: &Candidate<'a>) -> Option<&'a str> {
    match c.kind {
        CandidateKind::ChainRegion => Some(c.id),
        CandidateKind::TargetList => (data.profiles.iter())
            .find(|p| p.id == c.id)
            .map(|p| p.county.as_str()),
        CandidateKind::ChemicalPark => None,
    }
}

fn text(zh: &str, en: &str) -> Text {
    Text {
        zh: zh.into(),
        en: en.into(),
    }
}

/// A point for a region named in the 9610 table: a county of that name (or
/// sharing its first two characters, as 共青高新区 and 共青城市), at its label
/// point; else a park or a target list in that region.
fn region_point(data: &RuleData, region: &str) -> Option<(LonLat, f64, Status)> {
    let head: String = region.chars().take(2).collect();
    let counties = crate::geo::places::county_labels();
    if let Some((_, at)) = (counties.iter().find(|(c, _)| c.name_zh == region))
        .or_else(|| counties.iter().find(|(c, _)| c.name_zh.starts_with(&head)))
    {
        return Some((*at, 20.0, Status::U));
    }
    if let Some(p) = data.parks.iter().find(|p| p.county == region) {
        return Some((
            LonLat::new(p.approx.lon, p.approx.lat),
            p.approx.within_km,
            p.approx.status,
        ));
    }
    data.profiles.iter().find(|p| p.county == region).map(|p| {
        (
            LonLat::new(p.approx.lon, p.approx.lat),
            p.approx.within_km,
            p.approx.status,
        )
    })
}

/// Why the verdict at a place is what the grid found, placed as a grid cell
/// is (the typed site and what the map estimates from it replaced): the
/// first two questions while it is open, the prohibiting rules when it is
/// prohibited. Nothing when the explained report's verdict is not the
/// cell's, so the list never gives reasons for another answer than its own.
fn why_there<'a>(
    data: &'a RuleData,
    program: &Program,
    siting: Siting<'_>,
    (project, entered): (&Project, &Project),
    as_of: Date,
    (lon, lat): (f64, f64),
    overall: Outcome,
) -> (Vec<&'static str>, Vec<&'a str>, bool) {
    use crate::rules::grid::{moved_fields, without_site, Carried};
    let moved = moved_fields(siting);
    let mut at = without_site(project, &moved);
    at.set("site.location", Some(Value::Point(lon, lat)));
    // The tributary distances as the grid's cell takes them, so the reasons
    // given are those of the verdict painted.
    let mut owned = None;
    let resolved = crate::rules::program::for_data(program, data, &mut owned);
    let base = crate::rules::evaluate::Ctx::new(data, resolved, siting, project, as_of);
    Carried::new(data, &base, entered, &moved).set(LonLat::new(lon, lat), 0.0, &mut at);
    let report = crate::rules::report::screen_with(data, program, siting, &at, as_of);
    if report.overall != overall {
        return (Vec::new(), Vec::new(), false);
    }
    let open = report.questions.iter().take(2).map(|q| q.id).collect();
    let because = if overall == Outcome::Prohibited {
        report.blocking.clone()
    } else {
        Vec::new()
    };
    (open, because, report.unverified_verdict())
}

pub fn candidates<'a>(
    data: &'a RuleData,
    program: &Program,
    siting: Siting<'_>,
    project: &Project,
    as_of: Date,
) -> Vec<Candidate<'a>> {
    let Some(code) = project.text("industry_code") else {
        return Vec::new();
    };
    // Chemical as the rules read it, or possibly so (a borderline code whose
    // process is not yet known): the chemical parks are places to look at.
    let chemical = crate::rules::facts::sector_member(data, project, "chemical") != Some(false);
    let mut out: Vec<Candidate> = Vec::new();
    if chemical {
        for p in data.parks.iter().filter(|p| as_of >= p.recognised_from) {
            let at = LonLat::new(p.approx.lon, p.approx.lat);
            out.push(candidate(
                CandidateKind::ChemicalPark,
                &p.id,
                p.name.clone(),
                Some((at, p.approx.within_km, p.approx.status)),
            ));
        }
    }
    for chain in crate::rules::placement::chains_for(data, code) {
        for region in &chain.regions {
            if out
                .iter()
                .any(|c| c.kind == CandidateKind::ChainRegion && c.id == region)
            {
                continue;
            }
            out.push(candidate(
                CandidateKind::ChainRegion,
                region,
                crate::text::display::place(region),
                region_point(data, region),
            ));
            if let Some(c) = out.last_mut() {
                c.chain = Some(&chain.name);
                let counties = &crate::geo::county::Counties::embedded().counties;
                if let Some(county) = counties.iter().find(|c| c.name_zh == *region) {
                    c.name = text(region, &county.name_en);
                }
            }
        }
    }
    for p in &data.profiles {
        let at = LonLat::new(p.approx.lon, p.approx.lat);
        out.push(candidate(
            CandidateKind::TargetList,
            &p.id,
            p.name.clone(),
            Some((at, p.approx.within_km, p.approx.status)),
        ));
        if let Some(c) = out.last_mut() {
            c.fits = p.fits(code);
        }
    }
    // The verdict and the water at each point, as the grid would paint it
    // (a point with no stated precision: the web-map margin applies).
    let unstated = Project::default();
    let ctx = FactCtx {
        project: &unstated,
        data,
        as_of,
        siting,
        typed_margins: crate::rules::facts::typed_margins(data),
        params_by_id: None,
    };
    let (margin, _) = ctx.map_margin();
    for c in &mut out {
        let (Some(lon), Some(lat)) = (c.lon, c.lat) else {
            continue;
        };
        let e = 1e-6;
        // At a candidate place the project is not at the site in hand: in a
        // chemical park it is in that park, whatever park (or "none") was
        // typed (CHP-01 must not follow it there), and whether it is a
        // compliant one (YRB-10) is the park's own answer (a recognised park
        // is read as one, unverified) unless it is the park typed.
        // Elsewhere (a county, a base), which park it would be in is open,
        // unless the region has none.
        // A park's answer about being compliant stays with that park.
        let typed_park = project.text("site.chemical_park");
        let parkless = region_of(data, c).is_some_and(|r| {
            !(data.parks.iter()).any(|pk| as_of >= pk.recognised_from && park_in_region(pk, r))
        });
        let mut p = project.clone();
        match c.kind {
            CandidateKind::ChemicalPark => {
                p.set("site.chemical_park", Some(Value::Text(c.id.into())));
                if typed_park != Some(c.id) {
                    p.set("site.in_compliant_park", None);
                }
            }
            // A region (or a listed park's county) with no recognised
            // chemical park: the project there is in none, as "where could
            // it go" says (no room for a chemical project), not asked which.
            _ if parkless => {
                p.set("site.chemical_park", Some(Value::Text("none".into())));
                p.set("site.in_compliant_park", None);
            }
            _ => {
                p.set("site.chemical_park", None);
                p.set("site.in_compliant_park", None);
            }
        }
        let placed = &p;
        let g = grid_of(
            data,
            program,
            siting,
            (placed, project),
            as_of,
            [lon - e, lat - e, lon + e, lat + e],
            (1, 1),
        );
        if let Some(cell) = g.cells.first() {
            c.overall = Some(cell.overall);
            c.band = Some(cell.band);
            if cell.band == Band::Undecided || cell.overall == Outcome::Prohibited {
                let (open, because, unverified) = why_there(
                    data,
                    program,
                    siting,
                    (placed, project),
                    as_of,
                    (lon, lat),
                    cell.overall,
                );
                if cell.band == Band::Undecided {
                    c.open = open;
                }
                c.because = because;
                c.unverified = unverified;
            }
        }
        if let Some(water) = siting.water {
            let d = water.distances(LonLat::new(lon, lat));
            c.river_m = d.river.map(|n| n.metres);
            c.lake_m = d.lake.map(|n| n.metres);
        }
        c.margin_m = margin;
    }
    let band_rank = |b: Option<Band>| match b {
        Some(Band::Allowed) => 0,
        Some(Band::Undecided) => 1,
        Some(Band::Prohibited) => 2,
        None => 3,
    };
    out.sort_by_key(|c| {
        (
            band_rank(c.band),
            c.kind == CandidateKind::TargetList && c.fits.is_none(),
            c.kind as u8,
        )
    });
    out
}
