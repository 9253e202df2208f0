//! Facts are what rule conditions test. Each is read or derived from the
//! project and says which inputs it used, which are missing, which dated
//! parameters it applied, and how sure the derivation is (e.g. an unverified
//! industry-to-sector mapping).
//!
//! Owns fact values, notes and resolution by name, and the facts of the
//! project itself (action, sectors, parks, capacity, catalogue) here; the site
//! (`site`) and energy (`energy`) facts, and the field keys a fact names
//! (`keys`), in their files. It reads the project,
//! the rule data and the geometry, never the rules' evaluation.

use crate::data_types::param_in_force;
use crate::data_types::{Rereview, RuleData, Status};
use crate::geo::boundary::Boundary;
use crate::geo::coords::{to_wgs84, Datum, LonLat};
use crate::geo::water::{Layer, Nearest, WaterMap};
use crate::project::L10n;
use crate::project::{self, FieldKind, Project, Value};
use crate::text::date::Date;

#[derive(Clone, Debug, PartialEq)]
pub enum FactValue {
    Unknown,
    Bool(bool),
    Num(f64),
    /// A number known only to lie between these (a stated energy total whose
    /// basis is not given): enough to decide a threshold outside the range.
    Between(f64, f64),
    Sym(&'static str),
    /// One of these symbols, not known which (a class stated only as
    /// "neither restricted nor eliminated").
    OneOf(&'static [&'static str]),
}

/// How a typed distance was measured: shown with it when given. Found in
/// the registry once, since every distance fact reads them.
static MEASURED_HOW: std::sync::LazyLock<[usize; 3]> = std::sync::LazyLock::new(|| {
    [
        "site.distance_reference",
        "site.distance_measured_by",
        "site.distance_measured_on",
    ]
    .map(|k| {
        let at = crate::project::field_index(k);
        // A key not in the registry is a mistake here (as in `Keys::push`);
        // past the end, it reads as never given.
        debug_assert!(at.is_some(), "not a field key: {k}");
        at.unwrap_or(usize::MAX)
    })
});

/// Why a derivation is uncertain. Kept as data and worded only when a
/// finding is shown, so screening a batch formats nothing.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Note {
    Fixed(L10n),
    /// The code is in the sector through a weakly supported member.
    SectorMember {
        sector: usize,
        member: usize,
    },
    /// The code is broader than some member of the sector.
    SectorTooBroad {
        sector: usize,
    },
    /// The code is in the sector because an answer put it in a sector
    /// joining this one (chemical synthesis: chemical, so two-high).
    SectorJoinedByAnswer {
        sector: usize,
        joiner: usize,
    },
    /// The code is outside a sector whose mapping is unverified.
    SectorOutside {
        sector: usize,
    },
    /// The code is far from a sector's members, as the sector's note says.
    SectorOutsideReasoned {
        sector: usize,
    },
    ParkUnconfirmed {
        park: usize,
    },
    UnknownPark,
    /// A distance estimated from the bundled map.
    MapEstimate {
        lake: bool,
        metres: f64,
        /// Farther than `metres` when the nearest water of the layer may
        /// not be the one named: the nearest polygon known to be it
        /// (infinite: none within the search radius).
        named_m: f64,
        margin: f64,
        inside: bool,
        /// From the parcel outline rather than the site point.
        parcel: bool,
    },
    /// A typed distance the map's estimate contradicts: the fact spans both.
    TypedAgainstMap {
        lake: bool,
        /// The least and most the typed value says.
        typed: (f64, f64),
        metres: f64,
        named_m: f64,
        margin: f64,
    },
    /// A distance measured against the boundary layer the user imported.
    BoundaryEstimate {
        metres: f64,
        margin: f64,
        inside: bool,
        parcel: bool,
    },
}

const USER_STATED_PARK: L10n = L10n::new(
    "园区认定状态由填写人陈述，本工具未核实。",
    "The park's recognition is as stated by the user; this tool has not checked it.",
);
/// "Not checked yet" is no answer: the rules that read it stay open, their
/// worst in view (a review saw it read as "not restricted", hiding a ban).
const NOT_CHECKED: L10n = L10n::new(
    "填写为“尚未核对”：核对前，依此判断的条款结论不定。",
    "Entered as not checked yet: until it is, the rules that read it stay open.",
);
const NEEDS_BASIS: L10n = L10n::new(
    "所填综合能耗未选口径（当量值或等价值）：按两种口径之间的范围判断，请选定口径。",
    "The total's basis (calorific or primary-equivalent) was not chosen: the range between the two is read. Choose the basis.",
);
const NEEDS_ELECTRICITY: L10n = L10n::new(
    "换算口径需要其中的电力消费量。",
    "Converting between bases needs the electricity part of the total.",
);
const BY_CARRIER: L10n = L10n::new(
    "按品种计算；所填为全部品种（已确认或各品种都已填写），未填写的计为零。",
    "Computed by carrier; these are all the project uses (said so, or every carrier filled in), so any left blank count as none.",
);
const ZERO_CAPACITY: L10n = L10n::new(
    "新增产能为零，无法计算置换比例。",
    "New capacity is zero: no replacement ratio.",
);

#[derive(Clone, Debug, PartialEq)]
pub struct Fact {
    pub value: FactValue,
    pub status: Status,
    /// Input fields read (their values are shown from the project).
    pub inputs: Keys,
    /// Input fields (or the section `energy`) that would decide this fact.
    pub missing: Keys,
    /// Dated parameters the derivation applied, by their place in the rule
    /// data (looked up by name once, when the fact is derived).
    pub params: Vec<u16>,
    /// Why the derivation is uncertain, when it is.
    pub note: Option<Note>,
    /// A number known only to ± this much (a map estimate); 0 when exact.
    pub margin: f64,
    /// What to ask for when the margin straddles a threshold.
    pub decide_with: Keys,
    /// The dated parameter that set `margin` for a typed distance: listed
    /// with a finding only when the margin left the rule open.
    pub margin_param: Option<u16>,
    /// For a value that is fixed (a typed distance): the narrowest margin
    /// an answer to `decide_with` could leave (its precision stated as
    /// nil). `None`: the answer may change the value itself (a map
    /// estimate, a distance known only to exceed a figure).
    pub settle_margin: Option<f64>,
    /// For symbols narrowed by a reading graded `status`: the values
    /// before it. A test that comes out the same for all of them does not
    /// rest on the reading, and keeps the grade they had (V1).
    pub unnarrowed: Option<&'static [&'static str]>,
}

impl Fact {
    fn known(value: FactValue) -> Fact {
        Fact {
            value,
            status: Status::V1,
            inputs: Keys::default(),
            missing: Keys::default(),
            params: Vec::new(),
            note: None,
            margin: 0.0,
            decide_with: Keys::default(),
            margin_param: None,
            settle_margin: None,
            unnarrowed: None,
        }
    }

    fn read(key: &'static str, value: FactValue) -> Fact {
        Fact {
            inputs: Keys::one(key),
            ..Fact::known(value)
        }
    }

    fn unknown(missing: &[&'static str]) -> Fact {
        let mut f = Fact::known(FactValue::Unknown);
        for m in missing {
            f.missing.push(m);
        }
        f
    }

    fn with_note(mut self, note: Note) -> Fact {
        self.note = Some(note);
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
    "energy.coal_used_t",
    "capacity.offered_ratio",
];

/// The fields a sector may ask to place a borderline code (`asked_by` in
/// data/sectors.toml; a test holds the data to this list).
pub const SECTOR_ASKED: &[&str] = &[
    "chemical_process",
    "capacity.product",
    "energy.exempt_kind",
    "invest.primary_processing",
    "energy.power_fuel",
];

/// Of those, the answers no rule reads save through a sector: given for a
/// code no sector asks them of, they go unread (the form says so).
pub const READ_ONLY_BY_SECTORS: &[&str] = &["chemical_process", "energy.power_fuel"];

/// Whether deriving `fact` may read the input `field`; when in doubt, yes.
/// A look-ahead probe reuses the facts an answer cannot have changed.
pub fn may_read(fact: &str, field: &str) -> bool {
    if fact == field {
        return true;
    }
    if let Some(rest) = fact.strip_prefix("sector.") {
        return !rest.is_empty() && (field == "industry_code" || SECTOR_ASKED.contains(&field));
    }
    if fact.starts_with("facility.") {
        return field == "facilities";
    }
    if fact == "action.kind" {
        return matches!(field, "action" | "adds_capacity" | "capacity.new_t");
    }
    if fact == "foreign_invested" {
        return field == "invest.foreign_usd_10k";
    }
    // The product contradicts a flat-glass code (conflicts.rs).
    if fact == "capacity.product" {
        return field == "industry_code";
    }
    // Otherwise a fact reads the inputs of its own section (`site.*` …).
    // (On bytes: probes ask this for every fact they touch.)
    let (fact, field) = (fact.as_bytes(), field.as_bytes());
    match fact.iter().position(|&b| b == b'.') {
        Some(dot) => field.get(dot) == Some(&b'.') && field[..dot] == fact[..dot],
        None => false,
    }
}

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
        return project::FACILITIES
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
    let spec = project::field(name)?;
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
    pub siting: Siting<'a>,
    /// Where the rule data keep a typed distance's margins, found once per
    /// rule base, not per fact.
    pub typed_margins: TypedMargins,
    /// The parameters by id, as the program indexed them; `None` looks
    /// them up one by one (a report's energy facts looked up their factors
    /// by scanning every parameter).
    pub params_by_id: Option<&'a crate::data_types::hashing::ParamIndex>,
}

/// A typed distance's margin when its precision is not stated, the
/// official line's and a map measure's together (catalogue GEO-04 ¶3).
pub const TYPED_MARGIN: &str = "GEO-04.near_line_m";
/// The official line's part alone, to which a stated precision is added.
pub const LINE_MARGIN: &str = "GEO-04.line_margin_m";
/// Where the precision of typed distances is stated.
pub const DISTANCE_PRECISION: &str = "site.distance_precision_m";

/// The place of [`DISTANCE_PRECISION`] among the fields, found once: it is
/// read for every typed distance.
fn precision_field() -> Option<usize> {
    static AT: std::sync::OnceLock<Option<usize>> = std::sync::OnceLock::new();
    *AT.get_or_init(|| project::field_index(DISTANCE_PRECISION))
}

/// The places of [`TYPED_MARGIN`] and [`LINE_MARGIN`] among the parameters.
#[derive(Clone, Copy, Debug, Default)]
pub struct TypedMargins {
    pub unstated: Option<u16>,
    pub line: Option<u16>,
}

pub fn typed_margins(data: &RuleData) -> TypedMargins {
    let at = |id: &str| {
        let at = data.params.iter().position(|p| p.id == id)?;
        u16::try_from(at).ok()
    };
    TypedMargins {
        unstated: at(TYPED_MARGIN),
        line: at(LINE_MARGIN),
    }
}

/// The layers distances are estimated from when none was measured.
#[derive(Clone, Copy, Default)]
pub struct Siting<'a> {
    /// The bundled water layer (OSM).
    pub water: Option<&'a WaterMap>,
    /// A boundary layer the user imported; for its kind it replaces the map.
    pub boundary: Option<&'a Boundary>,
    /// The map's distances from one point, already measured (the "where"
    /// grid measures each cell once for both the river and the lake).
    pub near: Option<&'a (LonLat, crate::geo::water::WaterDistances)>,
}

/// A fact name resolved once (by [`crate::rules::program::Program`]) to what
/// deriving it does, so screening matches no strings at a leaf.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum FactRef {
    /// `sector.<id>`: the index of the sector.
    Sector(usize),
    /// `facility.<key>`.
    Facility(&'static str),
    ActionKind,
    ParkStatus,
    Energy(Basis),
    Electricity,
    Coal,
    OfferedRatio,
    /// `catalogue.class`: the field's index (derived when not given).
    CatalogueClass(usize),
    /// A distance the maps can estimate when it was not measured.
    Distance(usize),
    /// `site.yangtze_reach`: the field's index; taken from the county the
    /// site point lies in when not given (issue 15).
    Reach(usize),
    /// `foreign_invested`: as answered, else from the foreign amount.
    ForeignInvested,
    /// `site.in_compliant_park`: the field's index; open when it
    /// contradicts the chemical park chosen.
    CompliantPark(usize),
    /// `capacity.product`: open when "none" contradicts the code.
    Product(usize),
    /// Any other input field, by index in [`project::FIELDS`].
    Field(usize),
    NoSuchFact,
}

/// What deriving the fact `name` does.
pub fn resolve(name: &str, data: &RuleData) -> FactRef {
    if let Some(id) = name.strip_prefix("sector.") {
        return (data.sectors.iter().position(|s| s.id == id))
            .map_or(FactRef::NoSuchFact, FactRef::Sector);
    }
    if let Some(key) = name.strip_prefix("facility.") {
        return (project::FACILITIES.iter().find(|c| c.key == key))
            .map_or(FactRef::NoSuchFact, |c| FactRef::Facility(c.key));
    }
    let field = project::field_index(name);
    match (name, field) {
        ("action.kind", _) => FactRef::ActionKind,
        ("site.chemical_park_status", _) => FactRef::ParkStatus,
        ("energy.tce_calorific", _) => FactRef::Energy(Basis::Calorific),
        ("energy.tce_primary", _) => FactRef::Energy(Basis::Primary),
        ("energy.electricity_kwh", _) => FactRef::Electricity,
        ("energy.coal_used_t", _) => FactRef::Coal,
        ("capacity.offered_ratio", _) => FactRef::OfferedRatio,
        ("catalogue.class", Some(i)) => FactRef::CatalogueClass(i),
        ("foreign_invested", _) => FactRef::ForeignInvested,
        ("site.in_compliant_park", Some(i)) => FactRef::CompliantPark(i),
        ("capacity.product", Some(i)) => FactRef::Product(i),
        ("site.yangtze_reach", Some(i)) => FactRef::Reach(i),
        (
            "site.dist_yangtze_mainstream_m"
            | "site.dist_poyang_lake_m"
            | "site.dist_important_tributary_m"
            | "site.dist_other_tributary_m",
            Some(i),
        ) => FactRef::Distance(i),
        (_, Some(i)) => FactRef::Field(i),
        (_, None) => FactRef::NoSuchFact,
    }
}

mod action;
mod conflicts;
mod energy;
mod keys;
mod note;
mod sector;
mod site;
mod unread;
pub use conflicts::{
    class_contradicts, contradictions, park_contradicts, CAPACITY_PAIR, CLASS_PAIR,
    ENERGY_ABOVE_CARRIERS, ENERGY_ABOVE_FIELDS, ENERGY_CONTRADICTS, ENERGY_PAIR, FOREIGN_PAIR,
    PARK_PAIR, PRODUCT_PAIR,
};
pub use energy::Off as EnergyOff;
pub use keys::{Keys, SECTIONS};
use sector::sector_fact;
pub use sector::sector_member;
pub use unread::{answers_not_read, PETROCHEMICAL_KINDS_READ, POSITIONINGS_READ};

pub use energy::{Basis, ENERGY_PARAMS};
pub use site::{
    park_reach_disagreement, reach_disagreement, reach_note, site_geometry, site_point,
    typed_disagrees, typed_range, SiteGeometry, SitePoint, FAR_FROM_PARK_M,
};

impl FactCtx<'_> {
    pub fn fact(&self, name: &str) -> Option<Fact> {
        self.derive(resolve(name, self.data))
    }

    /// Derives a resolved fact; `None` if there is no such fact.
    pub fn derive(&self, r: FactRef) -> Option<Fact> {
        let p = self.project;
        let typed_distance = matches!(r, FactRef::Distance(_));
        let index = match r {
            FactRef::Sector(index) => return Some(sector_fact(index, &self.data.sectors, p)),
            FactRef::Facility(key) => {
                // By place: every facility fact reads the one field.
                const FACILITIES_AT: usize = project::index_of("facilities");
                return Some(match p.get_at(FACILITIES_AT) {
                    Some(Value::Set(items)) => Fact {
                        inputs: Keys::field(FACILITIES_AT),
                        ..Fact::known(FactValue::Bool(items.contains(&key)))
                    },
                    _ => Fact {
                        missing: Keys::field(FACILITIES_AT),
                        ..Fact::known(FactValue::Unknown)
                    },
                });
            }
            FactRef::ActionKind => return Some(action::action_kind(p)),
            FactRef::ParkStatus => return Some(self.park_status()),
            FactRef::Energy(basis) => return Some(self.energy(basis)),
            FactRef::Electricity => return Some(self.electricity_kwh()),
            FactRef::Coal => return Some(self.coal_t()),
            FactRef::OfferedRatio => return Some(offered_ratio(p)),
            FactRef::ForeignInvested => {
                return Some(match p.foreign_invested() {
                    Some((b, field)) => Fact::read(field, FactValue::Bool(b)),
                    None if p.foreign_contradicts() => conflicts::foreign_fact(),
                    None => Fact::unknown(&["foreign_invested"]),
                })
            }
            FactRef::CompliantPark(_) if conflicts::park_contradicts(p) => {
                return Some(conflicts::park_fact())
            }
            // Not answered, in a recognised chemical park: "no" would
            // contradict the park, so the park answers it (an advisor audit
            // saw the question asked when no answer could move the verdict).
            FactRef::CompliantPark(i) if p.get_at(i).is_none() => {
                let park = self.park_status();
                if matches!(
                    park.value,
                    FactValue::Sym("recognised" | "recognised_unconfirmed")
                ) {
                    return Some(conflicts::compliant_by_park(park));
                }
                i
            }
            FactRef::CatalogueClass(_) if conflicts::class_contradicts(p) => {
                return Some(conflicts::class_fact())
            }
            FactRef::Product(_) if conflicts::product_contradicts(p) => {
                return Some(conflicts::product_fact())
            }
            FactRef::CatalogueClass(i) if p.get_at(i).is_none() => return Some(catalogue_class(p)),
            FactRef::CatalogueClass(i) if not_checked(p.get_at(i)) => {
                let mut f = catalogue_class(p).with_note(Note::Fixed(NOT_CHECKED));
                f.inputs.push_field(i);
                return Some(f);
            }
            FactRef::Distance(i) if p.get_at(i).is_none() => {
                if let Some(f) = self.estimate(project::FIELDS[i].key) {
                    return Some(f);
                }
                i
            }
            FactRef::Distance(i) => {
                if self.siting.water.is_some() {
                    if let Some(f) = self.typed_against_map(i) {
                        return Some(f);
                    }
                }
                i
            }
            FactRef::Reach(i) if p.get_at(i).is_none() => {
                // The site point's county first; else the county of the
                // chemical park it is in.
                if let Some(f) = self.reach_from_county().or_else(|| self.reach_from_park()) {
                    return Some(f);
                }
                i
            }
            FactRef::CatalogueClass(i)
            | FactRef::Reach(i)
            | FactRef::CompliantPark(i)
            | FactRef::Product(i)
            | FactRef::Field(i) => i,
            FactRef::NoSuchFact => return None,
        };
        // The field is known by its place: no lookup by name for the keys.
        let read = |value| Fact {
            inputs: Keys::field(index),
            ..Fact::known(value)
        };
        let fact = match (project::FIELDS[index].kind, p.get_at(index)) {
            // A distance not typed yet may be typed within its margin of a
            // line, which only a survey settles: that stays possible (a
            // property test saw 971 m typed lead to a review not shown).
            (_, None) => Fact {
                missing: Keys::field(index),
                margin_param: self.typed_margins.unstated.filter(|_| typed_distance),
                ..Fact::known(FactValue::Unknown)
            },
            (FieldKind::YesNo, Some(Value::Bool(b))) => read(FactValue::Bool(*b)),
            (FieldKind::Distance, Some(Value::Num(v))) => {
                // A measured distance: show how it was measured with it. It
                // is known to the official line's uncertainty plus the
                // measure's (catalogue GEO-04 ¶3): within that of a line no
                // input decides which side the site is on (`Tri::Unsure`).
                let mut f = read(FactValue::Num(*v));
                if typed_distance {
                    self.apply_typed_margin(&mut f, None);
                }
                for &at in MEASURED_HOW.iter() {
                    if p.get_at(at).is_some() {
                        f.inputs.push_field(at);
                    }
                }
                f
            }
            // Known only to exceed `v` ("none within 5 km"): a range open
            // above that starts just past `v`, so a ban up to `v` inclusive
            // is cleared and one beyond it is not.
            (FieldKind::Distance, Some(Value::Beyond(v))) => {
                // (The next float up; distances are finite and never negative.)
                let mut f = read(FactValue::Between(
                    f64::from_bits(v.to_bits() + 1),
                    f64::INFINITY,
                ));
                // "None within 1 km" is measured like a figure: within its
                // margin of a line, the figure itself would tell.
                if typed_distance {
                    self.apply_typed_margin(&mut f, Some(project::FIELDS[index].key));
                }
                f
            }
            // Known only to be at most `v` ("under 1 km"): a range from the
            // water's edge to `v`, read with a typed figure's margin, which
            // the figure itself would settle.
            (FieldKind::Distance, Some(Value::Within(v))) => {
                let mut f = read(FactValue::Between(0.0, *v));
                if typed_distance {
                    self.apply_typed_margin(&mut f, Some(project::FIELDS[index].key));
                }
                f
            }
            (FieldKind::Number { .. }, Some(Value::Num(v))) => read(FactValue::Num(*v)),
            (FieldKind::Choice(_), v) if not_checked(v) => Fact {
                missing: Keys::field(index),
                inputs: Keys::field(index),
                ..Fact::known(FactValue::Unknown)
            }
            .with_note(Note::Fixed(NOT_CHECKED)),
            (FieldKind::Choice(_), Some(Value::Choice(c))) => read(FactValue::Sym(c)),
            _ => return None,
        };
        Some(
            match typed_distance && self.far_in_a_park_near_the_river(index) {
                true => Self::far_from_the_park_s_river(fact),
                false => fact,
            },
        )
    }

    /// A typed distance's margin (catalogue GEO-04 ¶3): the official line's
    /// plus the stated precision, or, not stated, the two together as a map
    /// measure would have them, which a stated precision could narrow.
    /// `exceeds`: the field of a distance known only to exceed a figure,
    /// whose figure would settle it.
    fn apply_typed_margin(&self, f: &mut Fact, exceeds: Option<&'static str>) {
        let in_force = |at: Option<u16>| {
            let at = at?;
            Some((
                at,
                param_in_force(self.data.params.get(at as usize)?, self.as_of)?,
            ))
        };
        let Some(field) = precision_field() else {
            return;
        };
        let line = in_force(self.typed_margins.line);
        let precision = match self.project.get_at(field) {
            Some(Value::Num(p)) => Some(*p),
            _ => None,
        };
        match (precision, line) {
            (Some(precision), Some((at, line))) => {
                f.margin = line.value + precision;
                f.margin_param = Some(at);
                f.inputs.push_field(field);
            }
            _ => {
                let Some((at, unstated)) = in_force(self.typed_margins.unstated) else {
                    return;
                };
                f.margin = unstated.value;
                f.margin_param = Some(at);
                // Asked for only while it is not given: a precision stated
                // with no line margin in force cannot narrow the margin.
                if precision.is_none() {
                    f.decide_with.push_field(field);
                    f.settle_margin = line.map(|(_, l)| l.value);
                }
            }
        }
        if let Some(key) = exceeds {
            f.decide_with = Keys::one(key);
            f.settle_margin = None;
        }
    }

    /// A parameter's place in the rule data, and its value and grade in force.
    fn param(&self, id: &str) -> Option<(u16, f64, Status)> {
        let at = match self.params_by_id {
            Some(index) => *index.get(id)? as usize,
            None => self.data.params.iter().position(|p| p.id == id)?,
        };
        let v = param_in_force(&self.data.params[at], self.as_of)?;
        Some((at as u16, v.value, v.status))
    }

    /// Recognition of the chosen chemical park on the "as of" day.
    fn park_status(&self) -> Fact {
        let key = "site.chemical_park";
        let Some(id) = self.project.text(key) else {
            return Fact::unknown(&[key]);
        };
        let state = |s: &'static str, status: Status| Fact {
            status,
            ..Fact::read(key, FactValue::Sym(s))
        };
        match id {
            "none" => return state("none", Status::V1),
            "revoked" => return state("revoked", Status::C),
            "other_recognised" => {
                return state("recognised", Status::C).with_note(Note::Fixed(USER_STATED_PARK))
            }
            _ => {}
        }
        let Some(index) = self.data.parks.iter().position(|p| p.id == id) else {
            return Fact {
                inputs: Keys::one(key),
                ..Fact::unknown(&[key])
            }
            .with_note(Note::UnknownPark);
        };
        let park = &self.data.parks[index];
        if self.as_of < park.recognised_from {
            return state("not_recognised", Status::V2);
        }
        // Before the re-review, the first batch is recognised as it stands.
        if self
            .param("CHP-02.rereview_due")
            .is_none_or(|(_, on, _)| on == 0.0)
        {
            return state("recognised", Status::V2);
        }
        match park.rereview {
            // Passed later than the re-review began: unconfirmed till then.
            Rereview::Passed if park.passed_on.is_some_and(|d| self.as_of < d) => {
                state("recognised_unconfirmed", Status::U)
                    .with_note(Note::ParkUnconfirmed { park: index })
            }
            Rereview::Passed => state("recognised", Status::V2),
            Rereview::NotFound => state("recognised_unconfirmed", Status::U)
                .with_note(Note::ParkUnconfirmed { park: index }),
        }
    }
}

/// Whether a choice was answered "not checked yet" (the catalogues, the
/// access list, the efficiency benchmark, the zoning unit's list).
fn not_checked(v: Option<&Value>) -> bool {
    matches!(v, Some(Value::Choice("not_checked")))
}

/// The catalogue class, or which pair it lies in when only "neither
/// restricted nor eliminated" (or its opposite) was said.
fn catalogue_class(p: &Project) -> Fact {
    const CLEAR: &[&str] = &["encouraged", "permitted"];
    const BARRED: &[&str] = &["restricted", "eliminated"];
    let key = "catalogue.not_restricted";
    match p.get(key) {
        Some(Value::Bool(b)) => {
            let mut f = Fact::read(key, FactValue::OneOf(if *b { CLEAR } else { BARRED }));
            f.decide_with = Keys::one("catalogue.class");
            f
        }
        _ => Fact::unknown(&["catalogue.class"]),
    }
}

fn offered_ratio(p: &Project) -> Fact {
    let (new, offered) = (p.num("capacity.new_t"), p.num("capacity.offered_t"));
    let (Some(new), Some(offered)) = (new, offered) else {
        let mut f = Fact::unknown(&[]);
        if new.is_none() {
            f.missing.push("capacity.new_t");
        }
        if offered.is_none() {
            f.missing.push("capacity.offered_t");
        }
        return f;
    };
    let mut inputs = Keys::one("capacity.new_t");
    inputs.push("capacity.offered_t");
    if new <= 0.0 {
        return Fact {
            inputs,
            ..Fact::unknown(&["capacity.new_t"])
        }
        .with_note(Note::Fixed(ZERO_CAPACITY));
    }
    Fact {
        inputs,
        ..Fact::known(FactValue::Num(offered / new))
    }
}
