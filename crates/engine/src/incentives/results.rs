//! What the incentive estimate returns: its options, its ranges, and the
//! result of each item, of the tier and of the land checks, with the
//! summaries the app and the CLI show. The estimate itself is in `mod.rs`.

use crate::data_types::{ItemKind, ItemStatus, Level, Status, Text};
use crate::text::date::Date;
use serde::Serialize;

/// How the totals are formed: over how many years, discounted at what rate.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Options {
    pub horizon_years: u32,
    /// e.g. 0.08 for 8 % a year.
    pub discount_rate: f64,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            horizon_years: 10,
            discount_rate: 0.08,
        }
    }
}

/// Longest horizon offered (years).
pub const MAX_HORIZON: u32 = 30;
/// Highest discount rate accepted, per cent a year.
pub const MAX_DISCOUNT_PCT: f64 = 50.0;

impl Options {
    /// From the texts a user typed (years; per cent a year, "6,5" accepted).
    /// An unusable text gives the default and `false` for that part, so the
    /// caller can say so at the field.
    pub fn from_text(horizon: &str, discount_pct: &str) -> (Options, bool, bool) {
        let h = horizon
            .trim()
            .parse::<u32>()
            .ok()
            .filter(|y| (1..=MAX_HORIZON).contains(y));
        let d = discount_pct
            .trim()
            .trim_end_matches(['%', '％'])
            .trim()
            .replace(',', ".")
            .parse::<f64>()
            .ok()
            .filter(|d| d.is_finite() && (0.0..=MAX_DISCOUNT_PCT).contains(d));
        let defaults = Options::default();
        (
            Options {
                horizon_years: h.unwrap_or(defaults.horizon_years),
                discount_rate: d.map(|d| d / 100.0).unwrap_or(defaults.discount_rate),
            },
            h.is_some(),
            d.is_some(),
        )
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct Range {
    pub min: f64,
    pub max: f64,
}

impl Range {
    pub const ZERO: Range = Range { min: 0.0, max: 0.0 };

    pub fn new(a: f64, b: f64) -> Range {
        // `+ 0.0` turns -0.0 (a float sum of nothing) into 0, which a JSON
        // report would otherwise print with its sign.
        Range {
            min: a.min(b) + 0.0,
            max: a.max(b) + 0.0,
        }
    }

    pub(super) fn add(self, o: Range) -> Range {
        Range {
            min: self.min + o.min,
            max: self.max + o.max,
        }
    }
}

/// Where an item stands for this project.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ItemState {
    /// Applies; the amounts are computed.
    Applies,
    /// Would apply once certified (HNTE): the range starts at zero.
    EligibleIfCertified,
    /// Applies in principle; the amount is for negotiation (a selective
    /// local subsidy, or the source states no amount).
    Negotiable,
    NeedsInput,
    NotEligible,
    NotApplicable,
    /// Worked out, and the figures leave nothing in any year (the R&D
    /// super-deduction takes all the income, no equipment entered): said
    /// apart from "not applicable", which a reader takes for "not eligible".
    NothingToCount,
    /// Not in force on the as-of date, or lapsed.
    NotInForce,
    /// Recorded for history only (e.g. tax rebates no longer lawful).
    NotOffered,
    /// Another item of its stacking group is larger.
    Stacked,
    /// Replaced by another item that applies.
    Replaced,
    /// The screening prohibits the project.
    Blocked,
}

impl ItemState {
    /// States whose amounts count in the totals.
    pub fn counts(self) -> bool {
        matches!(self, ItemState::Applies | ItemState::EligibleIfCertified)
    }

    /// States in which the item may still give this project something: it
    /// counts, waits on a figure, is left to negotiation, or is held up
    /// only by the screening.
    pub fn in_play(self) -> bool {
        self.counts()
            || matches!(
                self,
                ItemState::Negotiable | ItemState::NeedsInput | ItemState::Blocked
            )
    }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ItemResult<'a> {
    pub id: &'a str,
    pub title: &'a Text,
    pub level: Level,
    pub kind: ItemKind,
    pub state: ItemState,
    /// Weakest evidence grade behind the amount (parameters and basis).
    pub status: Status,
    /// Local items: what is known of the source's standing.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub item_status: Option<ItemStatus>,
    /// Package name for local items.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub package: Option<&'a Text>,
    /// Package id for local items (not in the JSON report, which names the
    /// package by `package`).
    #[serde(skip)]
    pub package_id: Option<&'a str>,
    pub entered_by_user: bool,
    /// Yuan per year, year 1 first, over the horizon.
    pub yearly: Vec<Range>,
    pub total: Range,
    pub present_value: Range,
    pub explanation: Text,
    pub missing: Vec<&'static str>,
    pub params: Vec<&'a str>,
    /// The sources in force on the as-of date (archived editions drop out).
    pub legal_basis: crate::data_types::Cited<'a>,
    pub note: &'a Text,
}

impl ItemResult<'_> {
    /// Tax paid later, not less: a timing item whose total is nil at both
    /// ends (a new company's one-off deduction, at 25 % before HNTE status
    /// and paid back at 15 %, saves some in all and is not).
    pub fn defers_only(&self) -> bool {
        self.kind == ItemKind::Timing && self.total.min.abs() < 0.5 && self.total.max.abs() < 0.5
    }
}

/// The investment tier of seed 002 (1: ≥ 100 million yuan or 10 million USD
/// foreign; 2: ≥ 2 billion or 100 million USD; 3: ≥ 5 billion).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TierResult {
    /// 0: below tier 1; `None`: not known.
    pub tier: Option<u8>,
    pub missing: Vec<&'static str>,
    pub explanation: Text,
}

/// One 亩均 / 标准地 comparison.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct LandCheck<'a> {
    pub what: Text,
    /// The project's figure, if it can be computed.
    pub value: Option<f64>,
    /// `value` and `threshold` are 万元 per 亩 (else a plain ratio).
    pub per_mu_money: bool,
    pub threshold: f64,
    /// Meets the threshold; `None` when the figure is missing.
    pub meets: Option<bool>,
    pub source: &'a Text,
    pub historical: bool,
    pub missing: Vec<&'static str>,
}

/// The middle of year `y` (from 0) of an estimate made on `as_of`: the day
/// whose rules and whose calendar year the year takes (a year that starts
/// in December 2027 is mostly 2028). Counted from the same day `y` years on,
/// so consecutive years never share or skip a calendar year (multiples of
/// 365.25 days did, on about one day a year: a review).
pub fn year_middle(as_of: Date, y: usize) -> Date {
    let day = if as_of.month == 2 && as_of.day == 29 {
        28
    } else {
        as_of.day
    };
    let start = Date::new(as_of.year + y as i32, as_of.month, day);
    Date::from_days(start.to_days() + 182)
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct IncentiveReport<'a> {
    pub as_of: Date,
    pub options: Options,
    /// The screening prohibits the project on a verified rule: nothing is
    /// obtainable.
    pub blocked: bool,
    /// The screening prohibits the project on an unverified ([U]) rule:
    /// nothing is obtainable once that is confirmed, so each counted
    /// figure runs from 0 to what it would be otherwise.
    pub blocked_unverified: bool,
    /// The screening is still open and could yet prohibit the project, or
    /// is decided on an unverified reading whose rule could: every figure
    /// holds only if it does not (a decisiveness audit read the totals as
    /// certain beside "at worst prohibited").
    pub may_be_blocked: bool,
    pub tier: TierResult,
    pub items: Vec<ItemResult<'a>>,
    /// Savings and timing items that count, yuan per year.
    pub yearly: Vec<Range>,
    pub total: Range,
    pub present_value: Range,
    /// Costs shown for context (land floor, land-use tax), over the horizon.
    pub costs_total: Range,
    pub land_checks: Vec<LandCheck<'a>>,
}

impl IncentiveReport<'_> {
    /// The items in the totals whose source is unverified ([U]), and their
    /// present value together: a total is never shown as certain while part
    /// of it rests on such a source.
    pub fn unverified_in_totals(&self) -> (Vec<&str>, Range) {
        let items: Vec<&ItemResult> = (self.items.iter())
            .filter(|i| i.state.counts() && i.kind != ItemKind::Cost && i.status == Status::U)
            .collect();
        let pv = (items.iter()).fold(Range::ZERO, |a, i| {
            Range::new(a.min + i.present_value.min, a.max + i.present_value.max)
        });
        (items.iter().map(|i| i.id).collect(), pv)
    }

    /// The items still waiting on an input, and those inputs (most-needed
    /// first): without them the totals leave these items out, which a total
    /// of 0 yuan must not hide.
    pub fn needing_input(&self) -> (usize, Vec<&'static str>) {
        let (open, fields) = self.waiting_on();
        (open, fields.into_iter().map(|(k, _)| k).collect())
    }

    /// As [`IncentiveReport::needing_input`], each input with how many of
    /// those items wait on it: the first is the figure worth asking next.
    pub fn waiting_on(&self) -> (usize, Vec<(&'static str, usize)>) {
        // Costs are shown beside the totals, never in them.
        let open: Vec<&ItemResult> = (self.items.iter())
            .filter(|i| i.state == ItemState::NeedsInput && i.kind != ItemKind::Cost)
            .collect();
        let mut fields: Vec<(&'static str, usize)> = Vec::new();
        for f in open.iter().flat_map(|i| &i.missing) {
            match fields.iter_mut().find(|(k, _)| k == f) {
                Some((_, n)) => *n += 1,
                None => fields.push((f, 1)),
            }
        }
        // Stable: among equals, the order the items name them.
        fields.sort_by_key(|&(_, n)| std::cmp::Reverse(n));
        (open.len(), fields)
    }

    /// Whether any item counts towards the totals.
    /// Whether some item of the package `id` is in play for this project
    /// ([`ItemState::in_play`]). A package switched on none of whose items
    /// is (a services package beside a factory) is not counted: a user test
    /// read it listed as counted.
    pub fn package_in_play(&self, id: &str) -> bool {
        (self.items.iter()).any(|i| i.package_id == Some(id) && i.state.in_play())
    }

    pub fn counts_any(&self) -> bool {
        (self.items.iter()).any(|i| i.state.counts() && i.kind != ItemKind::Cost)
    }

    /// Whether the totals say something: some item counts, or none waits
    /// (then 0 yuan is the answer, not a gap).
    pub fn has_total(&self) -> bool {
        self.counts_any() || self.needing_input().0 == 0
    }
}

impl LandCheck<'_> {
    /// A figure of this check (the value or the threshold) as each language
    /// writes it.
    pub fn figure(&self, v: f64) -> Text {
        if self.per_mu_money {
            crate::text::display::money_per_mu(v)
        } else {
            let n = crate::text::display::grouped(v, 2);
            Text {
                zh: n.clone(),
                en: n,
            }
        }
    }
}
