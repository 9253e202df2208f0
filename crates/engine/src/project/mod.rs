//! The project an investor or staff member describes, and the one parser that
//! turns what they typed (form fields, CSV cells or JSON values) into it.
//! Inputs are declared once in [`FIELDS`]; the UI, the CSV columns, the JSON
//! paths and the facts rules test all use the same keys. Every problem is
//! reported against the field it came from, in both languages.
//!
//! Owns the field types and the project (this file), the field registry
//! (`fields`), parsing form text, CSV cells and JSON (`parse`; distances to
//! water in `distance`), batches of
//! projects as CSV (`csv`), the GB/T 4754 industry table (`industry`), how a
//! value reads back to a person (`display`) and the JSON Schema (`schema`).
//! It uses the data types, coordinate parsing and the texts, nothing of the
//! rules.

use crate::data_types::Text;

/// Version of the project file format (docs/project-format.md).
pub const SCHEMA_VERSION: u32 = 1;

/// A static text in both languages (labels, help, messages built in code).
#[derive(Clone, Copy, Debug, Eq)]
pub struct L10n {
    pub zh: &'static str,
    pub en: &'static str,
}

impl PartialEq for L10n {
    /// The same constant has the same address, which settles most
    /// comparisons (notes are compared to drop repeats) without reading bytes.
    fn eq(&self, other: &L10n) -> bool {
        crate::text::same(self.zh, other.zh) && crate::text::same(self.en, other.en)
    }
}

impl L10n {
    pub const fn new(zh: &'static str, en: &'static str) -> L10n {
        L10n { zh, en }
    }
}

impl From<L10n> for Text {
    fn from(l: L10n) -> Text {
        Text {
            zh: l.zh.to_string(),
            en: l.en.to_string(),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Choice {
    pub key: &'static str,
    pub label: L10n,
}

const fn c(key: &'static str, zh: &'static str, en: &'static str) -> Choice {
    Choice {
        key,
        label: L10n::new(zh, en),
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum FieldKind {
    Text,
    IndustryCode,
    /// A chemical park from the park list in the rule data, or a stated status.
    ChemicalPark,
    Choice(&'static [Choice]),
    /// Several of the choices, or explicitly none (`none`).
    Set(&'static [Choice]),
    YesNo,
    /// Metres; also accepts a `km` / `公里` suffix.
    Distance,
    /// A longitude/latitude pair, in either order, decimal or D°M′S″.
    Coordinates,
    /// A parcel outline: three or more points "LON, LAT; LON, LAT; …" in
    /// the datum of `site.location_datum`.
    Parcel,
    /// A calendar day, YYYY-MM-DD.
    Day,
    Number {
        unit: L10n,
        max: f64,
    },
}

/// Groups of the form; also the top-level objects of a project file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Section {
    Project,
    Site,
    Impact,
    Catalogue,
    Capacity,
    Energy,
    Invest,
    Finance,
}

impl Section {
    pub const ALL: [Section; 8] = [
        Section::Project,
        Section::Site,
        Section::Impact,
        Section::Catalogue,
        Section::Capacity,
        Section::Energy,
        Section::Invest,
        Section::Finance,
    ];

    /// The top-level key of the section in a project file, and its anchor.
    pub fn key(self) -> &'static str {
        match self {
            Section::Project => "project",
            Section::Site => "site",
            Section::Impact => "impact",
            Section::Catalogue => "catalogue",
            Section::Capacity => "capacity",
            Section::Energy => "energy",
            Section::Invest => "invest",
            Section::Finance => "finance",
        }
    }

    pub fn from_key(key: &str) -> Option<Section> {
        Section::ALL.into_iter().find(|s| s.key() == key)
    }

    pub fn label(self) -> L10n {
        match self {
            Section::Project => L10n::new("项目", "Project"),
            Section::Site => L10n::new("选址", "Site"),
            Section::Impact => L10n::new("环境影响与规划", "Environmental impact and plans"),
            Section::Catalogue => L10n::new("产业目录与准入清单", "Catalogues and access lists"),
            Section::Capacity => L10n::new("产能（过剩行业）", "Capacity (overcapacity sectors)"),
            Section::Energy => L10n::new("年能源消费", "Annual energy use"),
            Section::Invest => L10n::new("投资与用地", "Investment and land"),
            Section::Finance => L10n::new(
                "财务、研发与设备（用于优惠测算）",
                "Finance, R&D and equipment (for the incentive estimate)",
            ),
        }
    }
}

/// One input of the project form.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FieldSpec {
    /// `group.name`, or `name` for the top level; also the fact name rules test.
    pub key: &'static str,
    pub kind: FieldKind,
    pub section: Section,
    pub label: L10n,
    pub help: L10n,
}

pub mod csv;
mod display;
mod distance;
mod fields;
pub mod industry;
mod json_keys;
mod magnitude;
mod parcel;
mod parse;
mod schema;
mod spoken;

pub use display::{amount_echo, display_value, fraction_hint, value_text, PARK_ANSWERS};
pub use distance::parse_distance;
pub use fields::*;
pub use magnitude::{dollars_in_yuan_field, names_electricity};
pub use parcel::{parcel_text, MAX_PARCEL_POINTS};
pub use parse::*;
pub use schema::json_schema;

/// A parsed input value.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Num(f64),
    /// A distance known only to exceed a figure: "none within 5 km" is more
    /// than 5,000 m (a ban "within 5 km" includes 5 km itself), not a
    /// measured 5,000 m. Written `>5000` in files.
    Beyond(f64),
    /// A distance known only to be at most a figure: "under 1 km", "1公里以内"
    /// (a strict "<" is read as "at most" too, which can only leave more
    /// open, never decide wrongly). Written `<=1000` in files.
    Within(f64),
    Bool(bool),
    Choice(&'static str),
    /// Shared like `Text`: every finding that read it keeps what it saw.
    Set(std::sync::Arc<[&'static str]>),
    /// Free text, an industry code (canonical) or a park id. Shared, not
    /// copied: every finding that read the field keeps the value it saw.
    Text(std::sync::Arc<str>),
    /// A point as given, in the datum of `site.location_datum`.
    Point(f64, f64),
    /// A parcel outline as given (not closed: the last point joins the first).
    Parcel(Vec<(f64, f64)>),
}

/// Foreign capital typed, in 10,000 US dollars.
pub const FOREIGN_AMOUNT: &str = "invest.foreign_usd_10k";

/// A candidate project: the inputs that were given. An absent key means "not
/// known"; nothing has a default.
#[derive(Clone, Debug, PartialEq)]
pub struct Project {
    pub schema_version: u32,
    /// One slot per entry of [`FIELDS`], in that order.
    values: Vec<Option<Value>>,
    /// The fields given a text that could not be read (by their place in
    /// [`FIELDS`]): not known, and not blank either, where blank has a
    /// meaning (an energy carrier left blank is not used).
    refused: Vec<u16>,
}

impl Default for Project {
    fn default() -> Self {
        Project {
            schema_version: SCHEMA_VERSION,
            values: vec![None; FIELDS.len()],
            refused: Vec::new(),
        }
    }
}

/// `foreign_invested`'s place in the registry.
const FOREIGN_AT: usize = index_of("foreign_invested");

impl Project {
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.get_at(field_index(key)?)
    }

    /// The value of `FIELDS[index]`.
    pub fn get_at(&self, index: usize) -> Option<&Value> {
        self.values.get(index)?.as_ref()
    }

    /// Sets a field (`None` clears it). Unknown keys are ignored.
    pub fn set(&mut self, key: &str, value: Option<Value>) {
        if let Some(i) = field_index(key) {
            if value.is_some() {
                self.refused.retain(|&r| r as usize != i);
            }
            self.values[i] = value;
        }
    }

    /// Sets `FIELDS[index]` (`None` clears it), as [`Project::set`] without
    /// the lookup by name; an index past the registry is ignored.
    pub(crate) fn set_at(&mut self, index: usize, value: Option<Value>) {
        if index >= self.values.len() {
            return;
        }
        if value.is_some() && !self.refused.is_empty() {
            self.refused.retain(|&r| r as usize != index);
        }
        self.values[index] = value;
    }

    /// Whether `FIELDS[index]` was given a text that could not be read.
    #[inline]
    pub(crate) fn is_refused_at(&self, index: usize) -> bool {
        !self.refused.is_empty() && self.refused.contains(&(index as u16))
    }

    /// Marks `FIELDS[index]` as given a text that could not be read, as
    /// [`Project::refuse`] does by name (a probe puts the mark back).
    pub(crate) fn refuse_at(&mut self, index: usize) {
        if index < self.values.len() && !self.is_refused_at(index) {
            self.values[index] = None;
            self.refused.push(index as u16);
        }
    }

    /// Records that `key` was given a text that could not be read: it stays
    /// unknown, and facts that read a blank as "none" must not.
    pub fn refuse(&mut self, key: &str) {
        if let Some(i) = field_index(key) {
            self.values[i] = None;
            if !self.refused.contains(&(i as u16)) {
                self.refused.push(i as u16);
            }
        }
    }

    /// Whether any field was given a text that could not be read.
    pub fn any_refused(&self) -> bool {
        !self.refused.is_empty()
    }

    /// Whether `key` was given a text that could not be read.
    pub fn is_refused(&self, key: &str) -> bool {
        field_index(key).is_some_and(|i| self.refused.contains(&(i as u16)))
    }

    /// The given fields, in form order.
    pub fn values(&self) -> impl Iterator<Item = (&'static str, &Value)> {
        FIELDS
            .iter()
            .zip(&self.values)
            .filter_map(|(f, v)| v.as_ref().map(|v| (f.key, v)))
    }

    pub fn num(&self, key: &str) -> Option<f64> {
        match self.get(key) {
            Some(Value::Num(v)) => Some(*v),
            _ => None,
        }
    }

    pub fn text(&self, key: &str) -> Option<&str> {
        match self.get(key) {
            Some(Value::Text(s)) => Some(&**s),
            _ => None,
        }
    }

    /// Whether the project is foreign-invested, and the field that says
    /// so: as answered, else from the foreign investment typed (any foreign
    /// capital makes it foreign investment; none at all, not). A user test
    /// typed "USD 20 million" and was still asked.
    /// A "no" beside foreign capital typed is a contradiction (see
    /// [`Project::foreign_contradicts`]): neither is taken, so `None`.
    pub fn foreign_invested(&self) -> Option<(bool, &'static str)> {
        match (self.get_at(FOREIGN_AT), self.foreign_amount()) {
            _ if self.foreign_contradicts() => None,
            (Some(Value::Bool(b)), _) => Some((*b, "foreign_invested")),
            (_, Some(usd)) => Some((usd > 0.0, FOREIGN_AMOUNT)),
            _ => None,
        }
    }

    /// Whether the distances typed carry their survey's record on `as_of`:
    /// who measured them, and a day of measuring not after it. Such a
    /// distance prevails over the bundled map where the two disagree
    /// (docs/siting.md); an imported official layer still prevails over it.
    pub fn survey_on_record(&self, as_of: crate::text::date::Date) -> bool {
        let on = (self.text("site.distance_measured_on")).and_then(crate::text::date::Date::parse);
        self.get("site.distance_measured_by").is_some() && on.is_some_and(|d| d <= as_of)
    }

    /// "Not foreign-invested" answered while foreign capital is typed: one
    /// of the two is wrong, and the "no" had cleared a foreign news agency
    /// (a rules review). Any foreign capital makes a project foreign
    /// investment (Foreign Investment Law, Art. 2).
    pub fn foreign_contradicts(&self) -> bool {
        matches!(self.get_at(FOREIGN_AT), Some(Value::Bool(false)))
            && self.foreign_amount().is_some_and(|usd| usd > 0.0)
    }

    /// The foreign investment typed, by place (read by several facts).
    fn foreign_amount(&self) -> Option<f64> {
        const AMOUNT_AT: usize = index_of(FOREIGN_AMOUNT);
        match self.get_at(AMOUNT_AT) {
            Some(&Value::Num(v)) => Some(v),
            _ => None,
        }
    }

    pub fn choice(&self, key: &str) -> Option<&'static str> {
        match self.get(key) {
            Some(Value::Choice(s)) => Some(s),
            _ => None,
        }
    }

    /// The project as `(field key, text)` pairs, the inverse of `parse_fields`.
    pub fn to_fields(&self) -> Vec<(&'static str, String)> {
        self.values().map(|(k, v)| (k, value_text(v))).collect()
    }

    /// The project file (docs/project-format.md): grouped by the part of the
    /// key before the dot.
    pub fn to_json_value(&self) -> serde_json::Value {
        use serde_json::{Map, Value as J};
        let mut root = Map::new();
        root.insert("schema_version".into(), J::from(self.schema_version));
        for (key, v) in self.values() {
            let json = match v {
                Value::Num(x) => serde_json::Number::from_f64(*x)
                    .map(J::Number)
                    .unwrap_or(J::Null),
                Value::Beyond(_) | Value::Within(_) => J::from(value_text(v)),
                Value::Bool(b) => J::Bool(*b),
                Value::Choice(s) => J::from(*s),
                Value::Set(items) => J::Array(items.iter().map(|s| J::from(*s)).collect()),
                Value::Text(s) => J::from(&**s),
                Value::Point(lon, lat) => J::from(format!("{lon}, {lat}")),
                Value::Parcel(pts) => J::from(parcel_text(pts)),
            };
            match key.split_once('.') {
                Some((group, name)) => {
                    let entry = root.entry(group).or_insert_with(|| J::Object(Map::new()));
                    if let J::Object(m) = entry {
                        m.insert(name.to_string(), json);
                    }
                }
                None => {
                    root.insert(key.to_string(), json);
                }
            }
        }
        J::Object(root)
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(&self.to_json_value()).unwrap_or_default()
    }
}

/// A problem with one input, located at its field.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct FieldError {
    /// The field key (`site.dist_yangtze_mainstream_m`), or `""` for the whole input.
    pub field: String,
    pub message: Text,
}

impl FieldError {
    pub fn new(field: &str, zh: String, en: String) -> FieldError {
        FieldError {
            field: field.to_string(),
            message: Text { zh, en },
        }
    }
}
