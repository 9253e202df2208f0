//! The shape of the rule data in `data/`. build.rs compiles the TOML sources
//! through these types (so malformed data fails the build) and embeds the
//! result as JSON; the engine reads it back through the same types.

use crate::date::Date;
use serde::{Deserialize, Serialize};

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
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Otherwise {
    pub outcome: Outcome,
    pub explain: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hint: Option<Text>,
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
    /// Outside this scope the rule is NOT_APPLICABLE.
    pub applies_if: Cond,
    pub not_applicable: Text,
    /// Checked in order; the first that holds decides ("first hit").
    pub cases: Vec<Case>,
    pub otherwise: Otherwise,
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

/// One GB/T 4754 code prefix counted as a member of a sector.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SectorMember {
    pub prefix: String,
    pub status: Status,
    pub note: Text,
}

/// A named group of industry codes that rules refer to ("chemical", ...).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sector {
    pub id: String,
    pub title: Text,
    pub basis: Text,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub open_questions: Vec<String>,
    pub members: Vec<SectorMember>,
}

/// An open question of the catalogue (§10) that a rule's certainty depends on.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub id: String,
    pub text: Text,
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
}
