//! Facts are what rule conditions test. Each is read or derived from the
//! project and says which inputs it used, which are missing, and how sure the
//! derivation is (e.g. an unverified industry-to-sector mapping).

use crate::data_types::{Sector, Status, Text};
use crate::model::{Action, Project};

#[derive(Clone, Debug, PartialEq)]
pub enum FactValue {
    Unknown,
    Bool(bool),
    Num(f64),
    Sym(&'static str),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Fact {
    pub value: FactValue,
    pub status: Status,
    /// Input fields read, with their values as shown to the user.
    pub inputs: Vec<(&'static str, String)>,
    /// Input fields that would decide this fact if given.
    pub missing: Vec<&'static str>,
    /// Why the derivation is uncertain, when it is.
    pub note: Option<Text>,
}

impl Fact {
    fn known(value: FactValue) -> Fact {
        Fact {
            value,
            status: Status::V1,
            inputs: Vec::new(),
            missing: Vec::new(),
            note: None,
        }
    }

    fn unknown(missing: &[&'static str]) -> Fact {
        Fact {
            missing: missing.to_vec(),
            ..Fact::known(FactValue::Unknown)
        }
    }
}

/// Plain project inputs that rules may compare directly.
pub const DISTANCE_FACTS: &[&str] = &[
    "site.dist_yangtze_mainstream_m",
    "site.dist_important_tributary_m",
    "site.dist_poyang_lake_m",
    "site.dist_other_tributary_m",
];

/// Every fact name a rule may use; `sector.<id>` for each sector in the data.
pub fn is_known_fact(name: &str, sectors: &[Sector]) -> bool {
    name == "action.kind"
        || DISTANCE_FACTS.contains(&name)
        || name
            .strip_prefix("sector.")
            .is_some_and(|id| sectors.iter().any(|s| s.id == id))
}

/// The values `action.kind` can take.
pub const ACTION_KINDS: &[&str] = &["new", "expansion", "renovation"];

pub fn fact(name: &str, p: &Project, sectors: &[Sector]) -> Option<Fact> {
    if let Some(id) = name.strip_prefix("sector.") {
        let sector = sectors.iter().find(|s| s.id == id)?;
        return Some(sector_fact(sector, p.industry_code.as_deref()));
    }
    let distance = |key: &'static str, v: Option<f64>| match v {
        Some(m) => Fact {
            inputs: vec![(key, format!("{m} m"))],
            ..Fact::known(FactValue::Num(m))
        },
        None => Fact::unknown(&[key]),
    };
    Some(match name {
        "action.kind" => action_kind(p),
        "site.dist_yangtze_mainstream_m" => distance(
            "site.dist_yangtze_mainstream_m",
            p.site.dist_yangtze_mainstream_m,
        ),
        "site.dist_important_tributary_m" => distance(
            "site.dist_important_tributary_m",
            p.site.dist_important_tributary_m,
        ),
        "site.dist_poyang_lake_m" => distance("site.dist_poyang_lake_m", p.site.dist_poyang_lake_m),
        "site.dist_other_tributary_m" => {
            distance("site.dist_other_tributary_m", p.site.dist_other_tributary_m)
        }
        _ => return None,
    })
}

/// new / expansion / renovation, the way the rules distinguish them
/// (catalogue §0): relocation is new at the destination; a technical upgrade
/// is an expansion if it adds capacity, else a renovation ([U]).
fn action_kind(p: &Project) -> Fact {
    let Some(action) = p.action else {
        return Fact::unknown(&["action"]);
    };
    let input = ("action", action.key().to_string());
    let kind = match action {
        Action::New | Action::Relocation => "new",
        Action::Expansion => "expansion",
        Action::Renovation => "renovation",
        Action::TechUpgrade => {
            let Some(adds) = p.adds_capacity else {
                return Fact {
                    inputs: vec![input],
                    ..Fact::unknown(&["adds_capacity"])
                };
            };
            return Fact {
                value: FactValue::Sym(if adds { "expansion" } else { "renovation" }),
                status: Status::U,
                inputs: vec![input, ("adds_capacity", adds.to_string())],
                missing: Vec::new(),
                note: Some(Text {
                    zh: "技术改造按是否增加产能视作扩建或改建，此口径未经核实。".into(),
                    en: "A technical upgrade is treated as an expansion or a renovation depending on added capacity; this reading is unverified.".into(),
                }),
            };
        }
    };
    Fact {
        inputs: vec![input],
        ..Fact::known(FactValue::Sym(kind))
    }
}

/// Is the industry code inside the sector? True if a member prefix covers the
/// code; unknown if the code is broader than some member (a 大类 that only
/// partly belongs); false otherwise. The status is the member's, or the
/// sector's weakest for a "no" (the mapping itself may be incomplete).
fn sector_fact(sector: &Sector, code: Option<&str>) -> Fact {
    let Some(code) = code else {
        return Fact::unknown(&["industry_code"]);
    };
    let input = ("industry_code", code.to_string());
    if let Some(m) = sector.members.iter().find(|m| code.starts_with(&m.prefix)) {
        return Fact {
            value: FactValue::Bool(true),
            status: m.status,
            inputs: vec![input],
            missing: Vec::new(),
            note: (m.status < Status::V2).then(|| Text {
                zh: format!("“{}”归入{}：{}", code, sector.title.zh, m.note.zh),
                en: format!(
                    "{} counted as {}: {}",
                    code,
                    sector.title.en.to_lowercase(),
                    m.note.en
                ),
            }),
        };
    }
    if sector.members.iter().any(|m| m.prefix.starts_with(code)) {
        return Fact {
            inputs: vec![input],
            note: Some(Text {
                zh: format!(
                    "代码 {code} 过于笼统，其下部分行业属{}，请填写到小类。",
                    sector.title.zh
                ),
                en: format!(
                    "Code {code} is too broad: part of it is {}; give the 4-digit class.",
                    sector.title.en.to_lowercase()
                ),
            }),
            ..Fact::unknown(&["industry_code"])
        };
    }
    let weakest = sector
        .members
        .iter()
        .map(|m| m.status)
        .min()
        .unwrap_or(Status::U);
    Fact {
        value: FactValue::Bool(false),
        status: weakest,
        inputs: vec![input],
        missing: Vec::new(),
        note: (weakest < Status::V2).then(|| Text {
            zh: format!(
                "“{}”不在本工具的{}行业映射内；该映射未经核实。",
                code, sector.title.zh
            ),
            en: format!(
                "{} is outside this tool's {} mapping, which is unverified.",
                code,
                sector.title.en.to_lowercase()
            ),
        }),
    }
}
