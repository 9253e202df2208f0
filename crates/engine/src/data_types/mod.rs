//! The shape of the rule data in `data/`: build.rs compiles the TOML through
//! these types (malformed data fails the build) and embeds the result in the
//! binary form of [`crate::data_codec`], read back into the same types. serde
//! stays for the TOML, the JSON report and park packages a user imports.

use crate::text::date::Date;
use serde::{Deserialize, Serialize};

pub(crate) mod hashing;
mod incentive;
mod sector;
pub use incentive::{
    Amount, IndustryScope, InvestmentTier, ItemCondition, ItemKind, ItemStatus, Level,
    NationalIncentive, Package, PackageItem, StandardLand, Timing,
};
pub use sector::{AskedFor, Sector, SectorMember};

/// A text in both product languages.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Text {
    pub zh: String,
    pub en: String,
}

/// Evidence grade, as defined in `shared/regulation/catalogue.md` §0.
/// Ordered from weakest to strongest so `min` gives the weakest link.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Status {
    /// Unverified: recall, inference or a low-quality page. Never shown as certain.
    U,
    /// Computed or inferred by us, method stated.
    C,
    /// Verified from a secondary page quoting the document.
    V2,
    /// Verified from the full text of the law or regulation.
    V1,
}

/// A finding's outcome (catalogue §0 vocabulary plus NEEDS_INPUT).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Outcome {
    Prohibited,
    RequiresReplacement,
    RequiresReview,
    Conditional,
    Allowed,
    NotApplicable,
    NeedsInput,
    Info,
}

impl Outcome {
    /// Whether a finding with this outcome asks something of the project (a
    /// ban, a replacement, a review, a condition): such a finding says the
    /// figures, thresholds and articles it rests on.
    pub fn asks_something(self) -> bool {
        matches!(
            self,
            Outcome::Prohibited
                | Outcome::RequiresReplacement
                | Outcome::RequiresReview
                | Outcome::Conditional
        )
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Citation {
    /// Title of the law, regulation or document, in Chinese as published.
    pub document: String,
    /// Document number (文号), where there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub article: Option<String>,
    /// Where the text was read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    pub status: Status,
    /// The first and the last day this source is the one in force. A source
    /// replaced by a new edition keeps its dates and stays in the data
    /// (archived), so a screening "as of" an earlier day cites what applied then.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<Date>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<Date>,
}

impl Citation {
    /// An empty, unverified citation for a user to fill in.
    pub fn blank() -> Citation {
        Citation {
            document: String::new(),
            number: None,
            article: None,
            url: None,
            status: Status::U,
            from: None,
            to: None,
        }
    }

    /// Whether it is one edition among dated others (it has a first or a
    /// last day).
    pub fn is_dated(&self) -> bool {
        self.from.is_some() || self.to.is_some()
    }

    pub fn in_force(&self, as_of: Date) -> bool {
        self.from.is_none_or(|f| as_of >= f) && self.to.is_none_or(|t| as_of <= t)
    }

    /// The citations of `all` in force on `as_of`; all of them where none is
    /// (a rule out of force is still explained by what it rested on).
    pub fn in_force_of(all: &[Citation], as_of: Date) -> Cited<'_> {
        let Some(first) = all.iter().position(|c| c.in_force(as_of)) else {
            return Cited::Borrowed(all);
        };
        let last = all.iter().rposition(|c| c.in_force(as_of)).unwrap_or(first);
        let run = &all[first..=last];
        if run.iter().all(|c| c.in_force(as_of)) {
            // The usual case: the list, or the editions in force next to
            // each other in it, borrowed (each list built cost an
            // allocation a rule a screening).
            return Cited::Borrowed(run);
        }
        Cited::Some(all.iter().filter(|c| c.in_force(as_of)).collect())
    }
}

/// Citations in force on a date ([`Citation::in_force_of`]): a run of the
/// list, borrowed, or the citations in force gathered from it. Serialised
/// as a list of citations.
#[derive(Clone, Debug, PartialEq)]
pub enum Cited<'a> {
    Borrowed(&'a [Citation]),
    Some(Vec<&'a Citation>),
}

impl<'a> Cited<'a> {
    pub fn iter(&self) -> impl Iterator<Item = &'a Citation> + '_ {
        let (all, some): (&'a [Citation], &[&'a Citation]) = match self {
            Cited::Borrowed(all) => (all, &[]),
            Cited::Some(some) => (&[], some),
        };
        all.iter().chain(some.iter().copied())
    }

    pub fn first(&self) -> Option<&'a Citation> {
        self.iter().next()
    }

    pub fn len(&self) -> usize {
        match self {
            Cited::Borrowed(all) => all.len(),
            Cited::Some(some) => some.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl Serialize for Cited<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.iter())
    }
}

/// A tri-state condition over named facts (see `facts.rs` for the names).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "snake_case", deny_unknown_fields)]
pub enum Cond {
    All {
        of: Vec<Cond>,
    },
    Any {
        of: Vec<Cond>,
    },
    Not {
        of: Box<Cond>,
    },
    /// A yes/no fact is true.
    Is {
        fact: String,
    },
    /// A symbolic fact takes one of the listed values.
    In {
        fact: String,
        values: Vec<String>,
    },
    /// Numeric comparisons against a dated parameter.
    Lt {
        fact: String,
        param: String,
    },
    Ge {
        fact: String,
        param: String,
    },
    Le {
        fact: String,
        param: String,
    },
    Gt {
        fact: String,
        param: String,
    },
    /// The fact is known (never unknown itself: scopes informational rules).
    Given {
        fact: String,
    },
    /// A dated yes/no parameter (non-zero = yes), e.g. a suspension in force.
    Flag {
        param: String,
    },
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Case {
    pub when: Cond,
    pub outcome: Outcome,
    /// Set when this branch rests on weaker evidence than the rule as a whole.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<Status>,
    /// One sentence; `{param-id}` is replaced by the parameter's value in force.
    pub explain: Text,
    /// What would change this outcome, where something would.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hint: Option<Text>,
    /// What must be confirmed when `status` is weak.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub caveat: Option<Text>,
    /// Said with the verdict when this branch decides it and the procedure
    /// it asks for cannot be taken now ("on hold since 2024-08-23").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub on_hold: Option<Text>,
    /// For a REQUIRES_REVIEW branch: what the review it asks for may find
    /// (a distance measured to the water may put the site inside the band:
    /// prohibited). Shown as the finding's `could_be`; where it is worse
    /// than the verdict, the verdict says so (`Report::review_may_worsen`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub may_find: Vec<Outcome>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Otherwise {
    pub outcome: Outcome,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<Status>,
    pub explain: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hint: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub caveat: Option<Text>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    /// Catalogue ID, e.g. `YRB-01`.
    pub id: String,
    pub title: Text,
    pub status: Status,
    pub effective_from: Date,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub effective_to: Option<Date>,
    pub last_verified: Date,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub open_questions: Vec<String>,
    pub citations: Vec<Citation>,
    /// Outside this scope the rule is NOT_APPLICABLE; absent = always applies.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub applies_if: Option<Cond>,
    pub not_applicable: Text,
    /// Where `applies_if` is an `all`, why each of its parts leaves the rule
    /// out: the first part that fails is said instead of `not_applicable`
    /// (a battery plant read "a renovation adding no capacity is not
    /// caught" when it was its industry that was not).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub not_applicable_parts: Vec<Text>,
    /// Checked in order; the first that holds decides ("first hit").
    #[serde(default)]
    pub cases: Vec<Case>,
    pub otherwise: Otherwise,
}

impl Rule {
    /// Whether the rule is in force on `as_of`, between its first and last
    /// day (archived rules keep answering for the dates they held).
    pub fn in_force_on(&self, as_of: Date) -> bool {
        as_of >= self.effective_from && self.effective_to.is_none_or(|to| as_of <= to)
    }

    /// The rule's grade on `as_of`: no surer than a dated edition it rests
    /// on that day (the 2019 guide's [V2] before the 2021 law's [V1]). The
    /// findings take it, and the rule base shows it for its date.
    pub fn status_on(&self, as_of: Date) -> Status {
        (self.citations.iter())
            .filter(|c| c.is_dated() && c.in_force(as_of))
            .fold(self.status, |s, c| s.min(c.status))
    }

    /// Each branch's outcome (the cases, then the fallback) with its own
    /// grade, the rule's where the branch names none.
    pub fn branches(&self) -> impl Iterator<Item = (Outcome, Status)> + '_ {
        (self.cases.iter().map(|c| (c.outcome, c.status)))
            .chain([(self.otherwise.outcome, self.otherwise.status)])
            .map(|(o, s)| (o, s.unwrap_or(self.status)))
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ParamValue {
    pub from: Date,
    pub value: f64,
    pub status: Status,
    pub citation: Citation,
}

/// A number that the law sets and may change: values are keyed by the date
/// they take effect; a lapsed value stays in the list.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Param {
    pub id: String,
    pub title: Text,
    pub unit: String,
    /// Last day of validity of the newest value, if it has lapsed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<Date>,
    pub values: Vec<ParamValue>,
}

/// An open question of the catalogue (§10) that a rule's certainty depends on.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub id: String,
    pub text: Text,
}

/// Whether a recognised chemical park passed the 2023–2024 re-review.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Rereview {
    Passed,
    /// No outcome found in any source read (catalogue Q15).
    NotFound,
}

/// A recognised chemical park in Jiujiang (catalogue CHP-01/02).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Park {
    pub id: String,
    pub name: Text,
    pub county: String,
    /// Development zones it lies in that regions are named by (瑞昌经开区).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub zones: Vec<String>,
    pub recognised_from: Date,
    pub rereview: Rereview,
    /// The day it passed, where that came after the re-review began (a
    /// park recognised anew in 2024): before it, it is unconfirmed as the
    /// other first-batch parks are.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub passed_on: Option<Date>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub area_ha: Option<f64>,
    /// Part of it lies this close to the Yangtze main stream (its sources).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub yangtze_within_m: Option<f64>,
    pub note: Text,
    pub citations: Vec<Citation>,
    /// Where to draw it on the map: an approximate point, never a boundary.
    pub approx: ApproxPoint,
}

/// A point placed by this project for orientation only (no open park
/// boundaries exist, shared/data/geo/NOTES.md item 11).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ApproxPoint {
    pub lon: f64,
    pub lat: f64,
    /// How far the park may lie from the point.
    pub within_km: f64,
    /// What the point is (e.g. the county seat) and where it comes from.
    pub basis: Text,
    pub status: Status,
}

/// What a park seeks and turns away: its target industries (data/profiles/;
/// the Chengdong base's 36 items first; other parks' lists take this shape).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    pub id: String,
    pub name: Text,
    pub county: String,
    pub approx: ApproxPoint,
    pub source: Citation,
    pub last_verified: Date,
    #[serde(default)]
    pub turns_away: Vec<TurnedAway>,
    #[serde(default, rename = "item")]
    pub items: Vec<ProfileItem>,
}

impl Profile {
    /// The first listed item whose GB/T 4754 prefixes cover `code`.
    pub fn fits(&self, code: &str) -> Option<&ProfileItem> {
        self.items
            .iter()
            .find(|i| i.prefixes.iter().any(|p| code.starts_with(p.as_str())))
    }
}

/// A provision of a profile saying what the park does not admit.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TurnedAway {
    pub zh: String,
    pub en: String,
    pub article: String,
}

/// One item of a park's target list, with the GB/T 4754 code prefixes it is
/// read as (status C where the mapping is this tool's reading).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProfileItem {
    pub n: u32,
    pub group: Text,
    pub text: Text,
    pub prefixes: Vec<String>,
    pub status: Status,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}

/// An entry of the Industrial Structure Catalogue (2024) that we hold.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CatalogueEntry {
    pub class: String,
    pub section: String,
    pub number: String,
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deadline: Option<String>,
}

/// A county-level division of Jiujiang as the rules see it: the reach of the
/// Yangtze it lies on (YRB-16). The boundaries are a map layer (`geo::county`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CountyFacts {
    /// GB/T 2260 code, as in the boundary layer.
    pub code: u32,
    /// The Chinese name, to keep the two files alike.
    pub name: String,
    /// A choice of `site.yangtze_reach`.
    pub reach: String,
    pub status: Status,
    /// What the reach rests on.
    pub citation: Citation,
}

/// An industry chain of Jiujiang's "9610" programme and the regions meant to
/// host it (seed 002, annex 4).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Chain {
    pub id: String,
    pub name: Text,
    /// Counties, districts or development zones, as the table names them.
    pub regions: Vec<String>,
    /// GB/T 4754 code prefixes counted in the chain (this tool's reading).
    pub prefixes: Vec<String>,
    pub basis: Text,
    pub source: Citation,
}

/// Everything the engine reads, as one value.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleData {
    /// Version of the data set, shown in every report.
    pub data_version: String,
    pub rules: Vec<Rule>,
    pub params: Vec<Param>,
    pub sectors: Vec<Sector>,
    pub questions: Vec<Question>,
    pub parks: Vec<Park>,
    #[serde(default)]
    pub chains: Vec<Chain>,
    /// What the rules need to know about each county (data/counties.toml).
    #[serde(default)]
    pub counties: Vec<CountyFacts>,
    /// Parks' target lists (data/profiles/).
    #[serde(default)]
    pub profiles: Vec<Profile>,
    pub catalogue_entries: Vec<CatalogueEntry>,
    #[serde(default)]
    pub incentives: Vec<NationalIncentive>,
    #[serde(default)]
    pub packages: Vec<Package>,
    /// What changed in the rule data, newest first (data/changelog.toml); empty
    /// without the `bundled-changelog` feature (`data_codec::unpack_changelog`).
    #[serde(default)]
    pub changelog: Vec<Release>,
    /// Cited documents' titles in English (data/documents.toml).
    #[serde(default)]
    pub documents: Vec<Text>,
    /// Cited document numbers as an English reader finds them
    /// ("Caishui [2018] No. 99"), also from data/documents.toml.
    #[serde(default)]
    pub numbers: Vec<Text>,
}

/// One release of the rule data: its version (data/VERSION), its date, what
/// changed and why, and what was looked at but is still open.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Release {
    pub version: String,
    pub date: Date,
    pub summary: Text,
    pub change: Vec<Change>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub open: Vec<Change>,
}

/// One change, with the audit or issue items behind it and the rules,
/// parameters or items it touched.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Change {
    /// Audit items (W1…, M1…) or other references (issue numbers, real cases).
    pub items: Vec<String>,
    /// Rule, parameter or incentive IDs affected.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rules: Vec<String>,
    pub text: Text,
}

impl Change {
    /// "W4, M6 · FDI-02, YRB-01": what it rests on and what it touched.
    pub fn heading(&self) -> String {
        let mut head = self.items.join(", ");
        if !self.rules.is_empty() {
            head.push_str(" · ");
            head.push_str(&self.rules.join(", "));
        }
        head
    }
}

/// The value of a parameter in force on `as_of`, if any. Values are in
/// date order (a meta-test holds the data to it), so the latest begun is
/// found from the end: usually the first looked at.
pub fn param_in_force(param: &Param, as_of: Date) -> Option<&ParamValue> {
    if param.until.is_some_and(|u| as_of > u) {
        return None;
    }
    debug_assert!(
        param.values.windows(2).all(|w| w[0].from < w[1].from),
        "{}",
        param.id
    );
    param.values.iter().rev().find(|v| v.from <= as_of)
}

/// The figure of parameter `id` in force on `as_of`, if there is one.
pub fn param_value(data: &RuleData, id: &str, as_of: Date) -> Option<f64> {
    let p = data.params.iter().find(|p| p.id == id)?;
    param_in_force(p, as_of).map(|v| v.value)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The list in force: borrowed when every citation (or none) is in
    /// force, or those in force stand next to each other; else gathered, in
    /// their order; and serialised as the plain list either way.
    #[test]
    fn citations_in_force_are_borrowed_unless_scattered() {
        let cite = |document: &str, from, to| Citation {
            document: document.into(),
            from,
            to,
            ..Citation::blank()
        };
        let old = cite("old", None, Some(Date::new(2022, 12, 31)));
        let new = cite("new", Some(Date::new(2023, 1, 1)), None);
        let law = cite("law", None, None);
        let all = [old, law, new];
        fn docs(c: &Cited) -> Vec<String> {
            c.iter().map(|c| c.document.clone()).collect()
        }
        let mid = Citation::in_force_of(&all, Date::new(2024, 1, 1));
        assert!(matches!(mid, Cited::Borrowed(_)));
        assert_eq!(docs(&mid), ["law", "new"]);
        // Scattered: the lapsed edition between the two in force.
        let scattered = [all[1].clone(), all[0].clone(), all[2].clone()];
        let gathered = Citation::in_force_of(&scattered, Date::new(2024, 1, 1));
        assert!(matches!(gathered, Cited::Some(_)));
        assert_eq!(docs(&gathered), ["law", "new"]);
        assert_eq!(
            (mid.len(), mid.first().map(|c| c.document.as_str())),
            (2, Some("law"))
        );
        let json = serde_json::to_value(&mid).unwrap();
        assert_eq!(json[1]["document"], "new");
        assert_eq!(json.as_array().map(Vec::len), Some(2));
        let both = [cite("a", None, None), cite("b", None, None)];
        let whole = Citation::in_force_of(&both, Date::new(2024, 1, 1));
        assert!(matches!(whole, Cited::Borrowed(_)));
        assert_eq!(docs(&whole), ["a", "b"]);
        // None in force: the whole list still explains what the rule rested on.
        let lapsed = [cite("gone", None, Some(Date::new(2020, 1, 1)))];
        let none = Citation::in_force_of(&lapsed, Date::new(2024, 1, 1));
        assert_eq!(docs(&none), ["gone"]);
        assert!(!none.is_empty() && Citation::in_force_of(&[], Date::new(2024, 1, 1)).is_empty());
    }
}
