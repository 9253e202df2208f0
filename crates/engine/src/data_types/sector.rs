//! Sectors: named groups of GB/T 4754 codes that rules refer to, and how a
//! borderline code is placed in one by the project's own answer.

use super::{Status, Text};
use serde::{Deserialize, Serialize};

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
    /// Codes outside every member: how sure "not in the sector" is (else the
    /// weakest member's grade), save `borderline` prefixes, and why.
    pub outside_status: Option<Status>,
    #[serde(default)]
    pub borderline: Vec<String>,
    pub outside_note: Option<Text>,
    /// The field whose answer places a borderline code in or out: a yes/no
    /// field, or a choice, "in" for the choices of `asked_values`.
    pub asked_by: Option<String>,
    #[serde(default)]
    pub asked_values: Vec<String>,
    /// The choices that mean "in" for some borderline prefixes, in place of
    /// `asked_values` (the most specific prefix wins): an IT service is in
    /// the energy-review exempt list only as e-government, a road firm
    /// only as a road.
    #[serde(default)]
    pub asked_for: Vec<AskedFor>,
    /// Sectors whose answer, placing a borderline code in them, places it in
    /// this one too (a battery plant with chemical synthesis is chemical for
    /// the two-high list); their "no" leaves this sector's own reading.
    #[serde(default)]
    pub joined_by: Vec<String>,
}

/// The choices of a sector's `asked_by` field that place codes under
/// `prefix` in the sector.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AskedFor {
    pub prefix: String,
    pub values: Vec<String>,
}
