//! "Where should it go instead?" (issue 5): the regions that Jiujiang's 9610
//! programme plans for the project's industry chain, and whether the negative
//! list leaves room there (a chemical project needs a recognised chemical
//! park; heavy polluters a compliant park).

use crate::data_types::param_in_force;
use crate::data_types::{Chain, Cond, Outcome, Park, RuleData, Text};
use crate::project::Project;
use crate::rules::decide::Finding;
use crate::rules::facts::sector_member;
use crate::text::date::Date;
use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Fit {
    /// The programme plans the chain there and no siting rule rules it out.
    Fits,
    /// Possible under the stated conditions.
    FitsIf,
    /// The negative list leaves no room there (e.g. no recognised chemical park).
    NoRoom,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Placement<'a> {
    pub region: &'a str,
    pub chain: &'a str,
    pub chain_name: &'a Text,
    pub fit: Fit,
    /// For chemical projects: the recognised chemical parks in the region.
    pub parks: Vec<&'a str>,
    pub conditions: Vec<Text>,
}

fn t(zh: impl Into<String>, en: impl Into<String>) -> Text {
    Text {
        zh: zh.into(),
        en: en.into(),
    }
}

/// Whether `park` lies in `region`, a county or a development zone named as
/// a region of its own (Matou lies in Ruichang and in Ruichang's ETDZ).
pub fn park_in_region(park: &Park, region: &str) -> bool {
    park.county == region || park.zones.iter().any(|z| z == region)
}

/// The chains whose code prefixes cover `code`.
pub fn chains_for<'a>(data: &'a RuleData, code: &str) -> Vec<&'a Chain> {
    data.chains
        .iter()
        .filter(|c| c.prefixes.iter().any(|p| code.starts_with(p.as_str())))
        .collect()
}

pub fn placements<'a>(data: &'a RuleData, project: &Project, as_of: Date) -> Vec<Placement<'a>> {
    let Some(code) = project.text("industry_code") else {
        return Vec::new();
    };
    // As the rules read it: a borderline code (battery materials, dyeing) is
    // chemical or heavy polluting by the answer on its process, and open
    // until that is given.
    let chemical = sector_member(data, project, "chemical");
    let heavy = sector_member(data, project, "heavy_polluting");
    let band = data
        .params
        .iter()
        .find(|p| p.id == "YRB-01.band_m")
        .and_then(|p| param_in_force(p, as_of))
        .map(|v| crate::text::numbers::format_number(v.value));
    let mut out = Vec::new();
    for chain in chains_for(data, code) {
        for region in &chain.regions {
            let parks: Vec<&Park> = data
                .parks
                .iter()
                .filter(|p| park_in_region(p, region) && as_of >= p.recognised_from)
                .collect();
            let mut conditions = Vec::new();
            let fit = match chemical {
                Some(true) => chemical_fit(&parks, band.as_deref(), &mut conditions),
                None => {
                    let (fit, condition) = if_chemical(&parks, band.as_deref());
                    conditions.push(condition);
                    fit
                }
                Some(false) => Fit::Fits,
            };
            match heavy {
                Some(true) if chemical != Some(true) => {
                    conditions.push(t(
                        "须位于合规园区内（YRB-10）。",
                        "Inside a compliant industrial park (YRB-10).",
                    ));
                }
                None if chemical != Some(true) => conditions.push(t(
                    "如属重污染项目：须位于合规园区内（YRB-10）。",
                    "If it counts as heavily polluting: inside a compliant industrial park (YRB-10).",
                )),
                _ => {}
            }
            let fit = if fit == Fit::Fits && !conditions.is_empty() {
                Fit::FitsIf
            } else {
                fit
            };
            out.push(Placement {
                region,
                chain: &chain.id,
                chain_name: &chain.name,
                fit,
                parks: if chemical != Some(false) {
                    parks.iter().map(|p| p.id.as_str()).collect()
                } else {
                    Vec::new()
                },
                conditions,
            });
        }
    }
    out.sort_by_key(|p| match p.fit {
        Fit::Fits => 0,
        Fit::FitsIf => 1,
        Fit::NoRoom => 2,
    });
    out
}

/// For a project not yet known to be chemical: what a chemical project
/// would need in a region with `parks`, as one condition ("if it counts as a
/// chemical project: ..."), and the room that leaves (possible, if so).
fn if_chemical(parks: &[&Park], band: Option<&str>) -> (Fit, Text) {
    let mut needs = Vec::new();
    let fit = chemical_fit(parks, band, &mut needs);
    let (zh, en): (Vec<&str>, Vec<String>) = (needs.iter())
        .map(|c| {
            // Joined into one sentence: no full stops, no capital inside.
            let (first, rest) = crate::text::lower_first(c.en.trim_end_matches('.'));
            (c.zh.trim_end_matches('。'), format!("{first}{rest}"))
        })
        .unzip();
    let (room_zh, room_en) = match fit {
        Fit::NoRoom => ("此处不能落地：", "no room here: "),
        _ => ("", ""),
    };
    let condition = Text {
        zh: format!("如属化工项目：{room_zh}{}。", zh.join("；")),
        en: format!(
            "If it counts as a chemical project: {room_en}{}.",
            en.join("; ")
        ),
    };
    (Fit::FitsIf, condition)
}

/// A chemical project's room in a region with `parks`: none without a
/// recognised chemical park, else inside one and clear of the Yangtze band.
fn chemical_fit(parks: &[&Park], band: Option<&str>, conditions: &mut Vec<Text>) -> Fit {
    if parks.is_empty() {
        conditions.push(t(
            "该地区没有认定的化工园区（CHP-01）。",
            "No recognised chemical park in this region (CHP-01).",
        ));
        return Fit::NoRoom;
    }
    conditions.push(t(
        "须位于认定的化工园区内（CHP-01，未核实）。",
        "Inside a recognised chemical park (CHP-01, unverified).",
    ));
    // The band comes from the rule data; with none in force on the date, no
    // distance is claimed.
    if let Some(band) = band {
        conditions.push(t(
            // The band includes its edge, and other tributaries count too (W7).
            format!("用地距长江干流、重要支流及其他支流岸线均须超过 {band} 米，园区内亦然（YRB-01）。"),
            format!("More than {band} m from the Yangtze, its important tributaries and other tributaries, inside the park too (YRB-01)."),
        ));
    }
    if parks
        .iter()
        .any(|p| p.rereview == crate::data_types::Rereview::NotFound)
    {
        conditions.push(t(
            "部分园区复核结果未查到，须确认（CHP-02）。",
            "Some parks' re-review result was not found: confirm (CHP-02).",
        ));
    }
    Fit::FitsIf
}

/// The findings that hold wherever the project goes: decided as prohibited
/// or needing replacement by a rule that reads nothing of the site (steel's
/// suspended replacement plans, CAP-01), so that a region shown as fitting
/// is not read as a way around them.
pub fn everywhere<'r, 'a>(data: &RuleData, findings: &'r [Finding<'a>]) -> Vec<&'r Finding<'a>> {
    let site = |fact: &str| fact.starts_with("site.");
    let reads_site = |c: &Cond| crate::rules::grid::reads(c, &site);
    (findings.iter())
        .filter(|f| {
            matches!(
                f.outcome,
                Outcome::Prohibited | Outcome::RequiresReplacement
            )
        })
        .filter(|f| {
            data.rules
                .iter()
                .find(|r| r.id == f.rule_id)
                .is_some_and(|r| {
                    !(r.applies_if.iter().any(reads_site)
                        || r.cases.iter().any(|c| reads_site(&c.when)))
                })
        })
        .collect()
}
