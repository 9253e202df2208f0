//! Facts are what rule conditions test. Each is read or derived from the
//! project and says which inputs it used, which are missing, which dated
//! parameters it applied, and how sure the derivation is (e.g. an unverified
//! industry-to-sector mapping).

use crate::data_types::{Param, Rereview, RuleData, Sector, Status, Text};
use crate::date::Date;
use crate::model::{self, FieldKind, Project, Value};
use crate::screen::param_in_force;

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
    /// Input fields (or the section `energy`) that would decide this fact.
    pub missing: Vec<&'static str>,
    /// Dated parameters the derivation applied.
    pub params: Vec<&'static str>,
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
            params: Vec::new(),
            note: None,
        }
    }

    fn unknown(missing: &[&'static str]) -> Fact {
        Fact {
            missing: missing.to_vec(),
            ..Fact::known(FactValue::Unknown)
        }
    }

    fn note(mut self, zh: String, en: String) -> Fact {
        self.note = Some(Text { zh, en });
        self
    }
}

/// What kind of value a fact has, for checking rule data.
#[derive(Clone, Debug, PartialEq)]
pub enum FactKind {
    Bool,
    Num,
    Sym(Vec<&'static str>),
}

pub const ACTION_KINDS: &[&str] = &["new", "expansion", "renovation"];
pub const PARK_STATES: &[&str] = &[
    "none",
    "not_recognised",
    "recognised",
    "recognised_unconfirmed",
    "revoked",
];
pub const DERIVED_NUM: &[&str] = &[
    "energy.tce_calorific",
    "energy.tce_primary",
    "energy.electricity_kwh",
    "capacity.offered_ratio",
];

/// The kind of a fact name, or `None` if no such fact exists.
pub fn fact_kind(name: &str, data: &RuleData) -> Option<FactKind> {
    if let Some(id) = name.strip_prefix("sector.") {
        return data
            .sectors
            .iter()
            .any(|s| s.id == id)
            .then_some(FactKind::Bool);
    }
    if let Some(f) = name.strip_prefix("facility.") {
        return model::FACILITIES
            .iter()
            .any(|c| c.key == f)
            .then_some(FactKind::Bool);
    }
    match name {
        "action.kind" => return Some(FactKind::Sym(ACTION_KINDS.to_vec())),
        "site.chemical_park_status" => return Some(FactKind::Sym(PARK_STATES.to_vec())),
        n if DERIVED_NUM.contains(&n) => return Some(FactKind::Num),
        _ => {}
    }
    let spec = model::field(name)?;
    match spec.kind {
        FieldKind::YesNo => Some(FactKind::Bool),
        FieldKind::Distance | FieldKind::Number { .. } => Some(FactKind::Num),
        FieldKind::Choice(cs) => Some(FactKind::Sym(cs.iter().map(|c| c.key).collect())),
        _ => None,
    }
}

pub struct FactCtx<'a> {
    pub project: &'a Project,
    pub data: &'a RuleData,
    pub as_of: Date,
}

impl FactCtx<'_> {
    pub fn fact(&self, name: &str) -> Option<Fact> {
        let p = self.project;
        if let Some(id) = name.strip_prefix("sector.") {
            let sector = self.data.sectors.iter().find(|s| s.id == id)?;
            return Some(sector_fact(sector, p.text("industry_code")));
        }
        if let Some(key) = name.strip_prefix("facility.") {
            let key = model::FACILITIES.iter().find(|c| c.key == key)?.key;
            return Some(match p.get("facilities") {
                Some(Value::Set(items)) => Fact {
                    inputs: vec![(
                        "facilities",
                        if items.is_empty() {
                            "none".into()
                        } else {
                            items.join(", ")
                        },
                    )],
                    ..Fact::known(FactValue::Bool(items.contains(&key)))
                },
                _ => Fact::unknown(&["facilities"]),
            });
        }
        match name {
            "action.kind" => return Some(action_kind(p)),
            "site.chemical_park_status" => return Some(self.park_status()),
            "energy.tce_calorific" => return Some(self.energy(Basis::Calorific)),
            "energy.tce_primary" => return Some(self.energy(Basis::Primary)),
            "energy.electricity_kwh" => return Some(self.electricity_kwh()),
            "capacity.offered_ratio" => return Some(offered_ratio(p)),
            _ => {}
        }
        let spec = model::field(name)?;
        let key = spec.key;
        Some(match (spec.kind, p.get(key)) {
            (_, None) => Fact::unknown(&[key]),
            (FieldKind::YesNo, Some(Value::Bool(b))) => Fact {
                inputs: vec![(key, (if *b { "yes" } else { "no" }).into())],
                ..Fact::known(FactValue::Bool(*b))
            },
            (FieldKind::Distance, Some(Value::Num(v))) => Fact {
                inputs: vec![(key, format!("{} m", crate::screen::format_number(*v)))],
                ..Fact::known(FactValue::Num(*v))
            },
            (FieldKind::Number { unit, .. }, Some(Value::Num(v))) => Fact {
                inputs: vec![(
                    key,
                    format!("{} {}", crate::screen::format_number(*v), unit.en),
                )],
                ..Fact::known(FactValue::Num(*v))
            },
            (FieldKind::Choice(_), Some(Value::Choice(c))) => Fact {
                inputs: vec![(key, c.to_string())],
                ..Fact::known(FactValue::Sym(c))
            },
            _ => return None,
        })
    }

    fn param(&self, id: &'static str) -> Option<(&'static str, f64, Status)> {
        let p: &Param = self.data.params.iter().find(|p| p.id == id)?;
        let v = param_in_force(p, self.as_of)?;
        Some((id, v.value, v.status))
    }

    /// Recognition of the chosen chemical park on the "as of" day.
    fn park_status(&self) -> Fact {
        let key = "site.chemical_park";
        let Some(id) = self.project.text(key) else {
            return Fact::unknown(&[key]);
        };
        let input = vec![(key, id.to_string())];
        let state = |s: &'static str, status: Status| Fact {
            inputs: input.clone(),
            status,
            ..Fact::known(FactValue::Sym(s))
        };
        match id {
            "none" => return state("none", Status::V1),
            "revoked" => return state("revoked", Status::C),
            "other_recognised" => return state("recognised", Status::C).note(
                "园区认定状态由填写人陈述，本工具未核实。".into(),
                "The park's recognition is as stated by the user; this tool has not checked it."
                    .into(),
            ),
            _ => {}
        }
        let Some(park) = self.data.parks.iter().find(|p| p.id == id) else {
            return Fact {
                inputs: input,
                ..Fact::unknown(&[key])
            }
            .note(
                format!("未知园区代号“{id}”。"),
                format!("Unknown park id “{id}”."),
            );
        };
        if self.as_of < park.recognised_from {
            return state("not_recognised", Status::V2);
        }
        match park.rereview {
            Rereview::Passed => state("recognised", Status::V2),
            Rereview::NotFound => state("recognised_unconfirmed", Status::U).note(
                format!("{}：{}", park.name.zh, park.note.zh),
                format!("{}: {}", park.name.en, park.note.en),
            ),
        }
    }

    fn electricity_kwh(&self) -> Fact {
        let key = "energy.electricity_10k_kwh";
        match self.project.num(key) {
            Some(v) => Fact {
                inputs: vec![(key, format!("{} ×10⁴ kWh", crate::screen::format_number(v)))],
                ..Fact::known(FactValue::Num(v * 1.0e4))
            },
            // Given by carriers with electricity left blank: none is used.
            None if self.project.num("energy.stated_total_tce").is_none()
                && CARRIERS.iter().any(|(k, _)| self.project.num(k).is_some()) =>
            {
                Fact::known(FactValue::Num(0.0))
            }
            None if self.project.num("energy.stated_total_tce").is_some() => Fact::unknown(&[key]),
            None => Fact::unknown(&["energy"]),
        }
    }

    /// Comprehensive energy use in tce on one basis (catalogue EN-02): from
    /// the carriers with dated conversion factors, or from a stated total
    /// converted through its electricity share.
    fn energy(&self, basis: Basis) -> Fact {
        let p = self.project;
        let elec_param = match basis {
            Basis::Calorific => "EN-02.electricity_calorific_tce_per_10k_kwh",
            Basis::Primary => "EN-02.electricity_primary_tce_per_10k_kwh",
        };
        let mut fact = Fact::known(FactValue::Unknown);
        let use_param = |fact: &mut Fact, id: &'static str| -> Option<f64> {
            let (id, v, status) = self.param(id)?;
            fact.params.push(id);
            fact.status = fact.status.min(status);
            Some(v)
        };
        if let Some(total) = p.num("energy.stated_total_tce") {
            fact.inputs.push((
                "energy.stated_total_tce",
                format!("{} tce", crate::screen::format_number(total)),
            ));
            let Some(stated) = p.choice("energy.stated_basis") else {
                fact.missing.push("energy.stated_basis");
                return fact;
            };
            fact.inputs.push(("energy.stated_basis", stated.into()));
            if stated == basis.key() {
                fact.value = FactValue::Num(total);
                return fact;
            }
            // Convert through electricity: only its factor differs between bases.
            let Some(elec) = p.num("energy.electricity_10k_kwh") else {
                fact.missing.push("energy.electricity_10k_kwh");
                return fact.note(
                    "换算口径需要其中的电力消费量。".into(),
                    "Converting between bases needs the electricity part of the total.".into(),
                );
            };
            fact.inputs.push((
                "energy.electricity_10k_kwh",
                format!("{} ×10⁴ kWh", crate::screen::format_number(elec)),
            ));
            let (Some(cal), Some(pri)) = (
                use_param(&mut fact, "EN-02.electricity_calorific_tce_per_10k_kwh"),
                use_param(&mut fact, "EN-02.electricity_primary_tce_per_10k_kwh"),
            ) else {
                return fact;
            };
            let converted = match basis {
                Basis::Calorific => total - elec * (pri - cal),
                Basis::Primary => total + elec * (pri - cal),
            };
            fact.value = FactValue::Num(converted.max(0.0));
            return fact;
        }
        let given: Vec<_> = CARRIERS
            .iter()
            .filter(|(k, _)| p.num(k).is_some())
            .collect();
        if given.is_empty() {
            fact.missing.push("energy");
            return fact;
        }
        let mut total = 0.0;
        for (key, param) in CARRIERS {
            let Some(q) = p.num(key) else { continue };
            let factor = if *key == "energy.electricity_10k_kwh" {
                use_param(&mut fact, elec_param)
            } else if let Some(param) = param {
                use_param(&mut fact, param)
            } else {
                Some(1.0)
            };
            let Some(factor) = factor else { return fact };
            fact.inputs.push((key, crate::screen::format_number(q)));
            total += q * factor;
        }
        fact.value = FactValue::Num(total);
        fact.note(
            "按品种计算，未填写的品种计为零。".into(),
            "Computed by carrier; carriers left blank count as zero.".into(),
        )
    }
}

#[derive(Clone, Copy)]
enum Basis {
    Calorific,
    Primary,
}

impl Basis {
    fn key(self) -> &'static str {
        match self {
            Basis::Calorific => "calorific",
            Basis::Primary => "primary",
        }
    }
}

/// Energy carriers and the parameter that converts each to tce (electricity
/// depends on the basis; "other" is already in tce).
const CARRIERS: &[(&str, Option<&str>)] = &[
    ("energy.coal_t", Some("EN-02.coal_tce_per_t")),
    ("energy.coke_t", Some("EN-02.coke_tce_per_t")),
    (
        "energy.natural_gas_10k_m3",
        Some("EN-02.gas_tce_per_10k_m3"),
    ),
    ("energy.fuel_oil_t", Some("EN-02.fuel_oil_tce_per_t")),
    ("energy.electricity_10k_kwh", None),
    ("energy.steam_gj", Some("EN-02.heat_tce_per_gj")),
    ("energy.other_tce", None),
];

/// Parameters the energy facts may use (for meta-tests).
pub const ENERGY_PARAMS: &[&str] = &[
    "EN-02.coal_tce_per_t",
    "EN-02.coke_tce_per_t",
    "EN-02.gas_tce_per_10k_m3",
    "EN-02.fuel_oil_tce_per_t",
    "EN-02.heat_tce_per_gj",
    "EN-02.electricity_calorific_tce_per_10k_kwh",
    "EN-02.electricity_primary_tce_per_10k_kwh",
];

fn offered_ratio(p: &Project) -> Fact {
    let (Some(new), Some(offered)) = (p.num("capacity.new_t"), p.num("capacity.offered_t")) else {
        let mut missing = Vec::new();
        if p.num("capacity.new_t").is_none() {
            missing.push("capacity.new_t");
        }
        if p.num("capacity.offered_t").is_none() {
            missing.push("capacity.offered_t");
        }
        return Fact::unknown(&missing);
    };
    let inputs = vec![
        ("capacity.new_t", crate::screen::format_number(new)),
        ("capacity.offered_t", crate::screen::format_number(offered)),
    ];
    if new <= 0.0 {
        return Fact {
            inputs,
            ..Fact::unknown(&["capacity.new_t"])
        }
        .note(
            "新增产能为零，无法计算置换比例。".into(),
            "New capacity is zero: no replacement ratio.".into(),
        );
    }
    Fact {
        inputs,
        ..Fact::known(FactValue::Num(offered / new))
    }
}

/// new / expansion / renovation, the way the rules distinguish them
/// (catalogue §0): relocation is new at the destination; a technical upgrade
/// is an expansion if it adds capacity, else a renovation ([U]).
fn action_kind(p: &Project) -> Fact {
    let Some(action) = p.choice("action") else {
        return Fact::unknown(&["action"]);
    };
    let input = ("action", action.to_string());
    let kind = match action {
        "new" | "relocation" => "new",
        "expansion" => "expansion",
        "renovation" => "renovation",
        _ => {
            let Some(Value::Bool(adds)) = p.get("adds_capacity") else {
                return Fact {
                    inputs: vec![input],
                    ..Fact::unknown(&["adds_capacity"])
                };
            };
            return Fact {
                value: FactValue::Sym(if *adds { "expansion" } else { "renovation" }),
                status: Status::U,
                inputs: vec![input, ("adds_capacity", (if *adds { "yes" } else { "no" }).into())],
                missing: Vec::new(),
                params: Vec::new(),
                note: None,
            }
            .note(
                "技术改造按是否增加产能视作扩建或改建，此口径未经核实。".into(),
                "A technical upgrade is treated as an expansion or a renovation depending on added capacity; this reading is unverified.".into(),
            );
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
        let f = Fact {
            status: m.status,
            inputs: vec![input],
            ..Fact::known(FactValue::Bool(true))
        };
        return if m.status < Status::V2 {
            f.note(
                format!("“{}”归入{}：{}", code, sector.title.zh, m.note.zh),
                format!(
                    "{} counted as {}: {}",
                    code,
                    sector.title.en.to_lowercase(),
                    m.note.en
                ),
            )
        } else {
            f
        };
    }
    if sector.members.iter().any(|m| m.prefix.starts_with(code)) {
        return Fact {
            inputs: vec![input],
            ..Fact::unknown(&["industry_code"])
        }
        .note(
            format!(
                "代码 {code} 过于笼统，其下部分行业属{}，请填写到小类。",
                sector.title.zh
            ),
            format!(
                "Code {code} is too broad: part of it is {}; give the 4-digit class.",
                sector.title.en.to_lowercase()
            ),
        );
    }
    let weakest = sector
        .members
        .iter()
        .map(|m| m.status)
        .min()
        .unwrap_or(Status::U);
    let f = Fact {
        status: weakest,
        inputs: vec![input],
        ..Fact::known(FactValue::Bool(false))
    };
    if weakest < Status::V2 {
        f.note(
            format!(
                "“{}”不在本工具的{}行业映射内；该映射未经核实。",
                code, sector.title.zh
            ),
            format!(
                "{} is outside this tool's {} mapping, which is unverified.",
                code,
                sector.title.en.to_lowercase()
            ),
        )
    } else {
        f
    }
}
