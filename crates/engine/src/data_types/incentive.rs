//! The incentive data: national items and the local packages staff keep
//! (who grants, what kind of line, conditions, amounts and timing).

use super::{Citation, Status, Text};
use crate::text::date::Date;
use serde::{Deserialize, Serialize};

/// Who grants an incentive.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    National,
    Province,
    City,
    County,
    Park,
}

/// What an incentive line is to the investor.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ItemKind {
    /// Money saved or received.
    Saving,
    /// Tax paid earlier or later, not less: only its present value counts.
    Timing,
    /// A cost the rules fix (a land floor price, a tax band), shown for context.
    Cost,
    /// The estimate's own correction of its totals (the yearly tax cap).
    Adjustment,
}

/// A national incentive the engine computes (catalogue §7): what it is and
/// on what basis. The arithmetic is in `incentives.rs`; every number it uses
/// is a dated, cited parameter (`[[param]]` with the same ID prefix).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NationalIncentive {
    pub id: String,
    pub title: Text,
    pub kind: ItemKind,
    pub status: Status,
    pub effective_from: Date,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub effective_to: Option<Date>,
    pub last_verified: Date,
    pub citations: Vec<Citation>,
    /// GB/T 4754 code prefixes the item does not apply to.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub excluded_industries: Vec<String>,
    /// Evidence grade of that exclusion list.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exclusion_status: Option<Status>,
    /// The industries the item is limited to, when its text names them
    /// (industrial land: sections B, C and D).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub only_for: Option<IndustryScope>,
    /// What the estimate leaves out, shown with it.
    pub note: Text,
}

/// GB/T 4754 code prefixes and what they stand for, said to the user when
/// a project falls outside them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IndustryScope {
    pub prefixes: Vec<String>,
    pub label: Text,
}

/// A package of local incentives (province, city, county or park), kept by
/// staff. Bundled packages come from `data/packages/`; users may import or
/// write their own, which every result marks as entered by the user.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Package {
    pub id: String,
    pub name: Text,
    pub level: Level,
    /// The jurisdiction, e.g. 九江市 or 九江经开区.
    pub region: String,
    pub last_verified: Date,
    /// Set when the package was entered or imported in the app, never in data.
    /// Not written when unset: an exported file said `false` of a package
    /// its sender had typed (a user test), the flag being the app's.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub entered_by_user: bool,
    /// The bundled package this one is an edited copy of: where it is
    /// applied, it stands in for that one, which is then not counted too.
    /// Said, not read from the id (a code review: an id ending "-copy",
    /// renamed, or a second copy broke the link).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub edits: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub standard_land: Option<StandardLand>,
    pub items: Vec<PackageItem>,
}

impl Package {
    /// City- and province-wide packages apply to every project in Jiujiang;
    /// county and park ones only where the project is, which the user says.
    pub fn applies_everywhere(&self) -> bool {
        matches!(self.level, Level::City | Level::Province)
    }
}

/// The status of a local item as far as anyone has checked.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ItemStatus {
    InForce,
    Lapsed,
    PossiblySuperseded,
    NeedsReview,
}

/// One local incentive.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PackageItem {
    pub id: String,
    pub title: Text,
    /// Alternatives: the item applies if any one holds (each an AND of its
    /// conditions). Empty: it applies to every project.
    #[serde(default)]
    pub when: Vec<ItemCondition>,
    pub amount: Amount,
    pub timing: Timing,
    /// Upper limit of the whole item, yuan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cap_cny: Option<f64>,
    /// Items of one group do not stack: only the largest counts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stack_group: Option<String>,
    /// Items (in any package) this one replaces when it applies.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub replaces: Vec<String>,
    pub effective_from: Date,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub effective_to: Option<Date>,
    pub legal_basis: Vec<Citation>,
    pub status: ItemStatus,
    /// A selective, case-by-case local subsidy: since the Fair Competition
    /// Review Regulation (INC-LEGAL-01) it needs a legal basis of its own,
    /// so it is shown as negotiable, subject to review, never as a number.
    #[serde(default)]
    pub selective: bool,
    /// `false`: kept for the record (e.g. tax rebates no longer lawful),
    /// never offered.
    #[serde(default = "yes")]
    pub available: bool,
    /// Optional in a file staff write by hand (a user test's package was
    /// refused for the lack of one).
    #[serde(default)]
    pub note: Text,
}

fn yes() -> bool {
    true
}

/// Conditions a project must meet (all of them); absent ones are not tested.
#[derive(Clone, Debug, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ItemCondition {
    /// GB/T 4754 code prefixes (`C39`, `M`); any of them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub industry_prefixes: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_fixed_assets_cny: Option<f64>,
    /// Investment tier of seed 002 (1, 2 or 3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_tier: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub foreign_invested: Option<bool>,
    /// The investor is a Fortune/China top-500, industry top-10 or listed company.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub investor_rank: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_jobs: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_sales_cny: Option<f64>,
    /// Land, 亩 (e.g. items for small plots only, or large ones).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_land_mu: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_land_mu: Option<f64>,
    /// Taxes paid a year, yuan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_tax_cny: Option<f64>,
    /// Types of project (`action` keys: `new`, `expansion`…); any of them.
    /// "新引进" items are for new projects only (an advisor audit saw an
    /// expansion given one).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub actions: Vec<String>,
}

/// How much a local item gives.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Amount {
    /// A share of the fixed-asset investment (excluding land).
    PctOfFixedAssets {
        rate: f64,
    },
    /// A band by fixed-asset investment, each paying per 亩 or a fixed sum.
    TieredByInvestment {
        tiers: Vec<InvestmentTier>,
    },
    PerMu {
        cny: f64,
    },
    PerJob {
        cny: f64,
    },
    /// A fixed sum, or a range when the amount depends on something the
    /// tool does not model.
    Fixed {
        min_cny: f64,
        max_cny: f64,
    },
    /// The source names the incentive but not its amount.
    Unstated,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InvestmentTier {
    pub min_cny: f64,
    /// Exclusive upper bound; none for the top band.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_cny: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub per_mu_cny: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fixed_cny: Option<f64>,
}

#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Timing {
    /// Paid once, in the first year.
    Once,
    /// The same amount in each of the first `years` years.
    Yearly { years: u32 },
}

/// A park's 标准地 thresholds (亩均 screen, INC-LOCAL-06). Blank ones are not set.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StandardLand {
    /// 万元/亩
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_investment_10k_per_mu: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_tax_10k_per_mu: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_output_10k_per_mu: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_floor_area_ratio: Option<f64>,
    /// Old figures kept only as labelled defaults (e.g. 九江县 2017).
    #[serde(default)]
    pub historical: bool,
    pub basis: Citation,
}
