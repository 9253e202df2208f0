//! The incentive estimate (issue 6): what a project can expect, item by
//! item, as yearly min–max ranges with their legal basis and status.
//!
//! National items are computed from dated, cited parameters
//! (`data/incentives/`); local items come from packages (`data/packages/`,
//! or entered by staff in the app), evaluated by one interpreter. Nothing is
//! shown as obtainable when the screening says PROHIBITED; a selective local
//! subsidy since the Fair Competition Review Regulation (INC-LEGAL-01) is
//! "negotiable, subject to review", never a number; an input the estimate
//! needs and lacks makes the item "needs input", never a silent zero.

use crate::data_types::{
    Amount, Citation, ItemKind, ItemStatus, Level, NationalIncentive, Outcome, Package,
    PackageItem, Param, RuleData, Status, Text, Timing,
};
use crate::date::Date;
use crate::model::{Project, Value};
use crate::screen::{format_number, param_in_force};
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
        Range {
            min: a.min(b),
            max: a.max(b),
        }
    }

    fn add(self, o: Range) -> Range {
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
    pub entered_by_user: bool,
    /// Yuan per year, year 1 first, over the horizon.
    pub yearly: Vec<Range>,
    pub total: Range,
    pub present_value: Range,
    pub explanation: Text,
    pub missing: Vec<&'static str>,
    pub params: Vec<&'a str>,
    /// The sources in force on the as-of date (archived editions drop out).
    pub legal_basis: Vec<&'a Citation>,
    pub note: &'a Text,
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

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct IncentiveReport<'a> {
    pub as_of: Date,
    pub options: Options,
    /// The screening prohibits the project: nothing is obtainable.
    pub blocked: bool,
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

struct Ctx<'a, 'p> {
    data: &'a RuleData,
    project: &'p Project,
    as_of: Date,
    options: Options,
}

/// A value or the inputs that would give it.
type Need<T> = Result<T, Vec<&'static str>>;

impl<'a> Ctx<'a, '_> {
    fn param(&self, id: &str) -> Option<(&'a Param, f64, Status)> {
        let p = self.data.params.iter().find(|p| p.id == id)?;
        let v = param_in_force(p, self.as_of)?;
        Some((p, v.value, v.status))
    }

    /// A field in 万元 as yuan, or the field as missing.
    fn wan(&self, key: &'static str) -> Need<f64> {
        self.project
            .num(key)
            .map(|v| v * 1e4)
            .ok_or_else(|| vec![key])
    }

    fn num(&self, key: &'static str) -> Need<f64> {
        self.project.num(key).ok_or_else(|| vec![key])
    }

    fn yes(&self, key: &'static str) -> Need<bool> {
        match self.project.get(key) {
            Some(Value::Bool(b)) => Ok(*b),
            _ => Err(vec![key]),
        }
    }

    fn industry(&self) -> Need<&str> {
        self.project
            .text("industry_code")
            .ok_or_else(|| vec!["industry_code"])
    }

    fn horizon(&self) -> usize {
        self.options.horizon_years.clamp(1, MAX_HORIZON) as usize
    }
}

/// Both outcomes of a tri-state test set: the failures, or the missing inputs.
fn join<T>(results: Vec<Need<T>>) -> Need<Vec<T>> {
    let mut missing = Vec::new();
    let mut out = Vec::new();
    for r in results {
        match r {
            Ok(v) => out.push(v),
            Err(m) => missing.extend(m),
        }
    }
    if missing.is_empty() {
        Ok(out)
    } else {
        missing.dedup();
        Err(missing)
    }
}

/// Amounts in explanations read like every other amount: 万元/亿元, millions.
fn yuan(v: f64) -> String {
    crate::display::money(v).zh
}

fn yuan_en(v: f64) -> String {
    crate::display::money(v).en
}

fn yuan_range(lo: f64, hi: f64) -> String {
    crate::display::money_range(lo, hi).zh
}

fn yuan_range_en(lo: f64, hi: f64) -> String {
    crate::display::money_range(lo, hi).en
}

fn pct(v: f64) -> String {
    format_number((v * 1000.0).round() / 10.0)
}

/// The tax rates that may apply: both ends when HNTE status is possible.
#[derive(Clone, Copy)]
struct Rates {
    low: f64,
    high: f64,
    status: Status,
}

/// A working item before it becomes an [`ItemResult`].
struct Draft<'a> {
    state: ItemState,
    status: Status,
    /// (low-rate, high-rate) yearly amounts, year 1 first.
    low: Vec<f64>,
    high: Vec<f64>,
    explanation: Text,
    missing: Vec<&'static str>,
    params: Vec<&'a str>,
}

impl<'a> Draft<'a> {
    fn state(state: ItemState, zh: impl Into<String>, en: impl Into<String>) -> Draft<'a> {
        Draft {
            state,
            status: Status::V1,
            low: Vec::new(),
            high: Vec::new(),
            explanation: Text {
                zh: zh.into(),
                en: en.into(),
            },
            missing: Vec::new(),
            params: Vec::new(),
        }
    }

    fn needs(missing: Vec<&'static str>) -> Draft<'a> {
        let mut d = Draft::state(
            ItemState::NeedsInput,
            "缺少测算所需信息，请补充下列各项。",
            "Some inputs this estimate needs are missing; please give the items listed.",
        );
        d.missing = missing;
        d
    }
}

impl<'a> Ctx<'a, '_> {
    /// Reads a parameter into the draft (its ID and grade), or `None` when it
    /// is not in force on the as-of date.
    fn use_param(&self, d: &mut Draft<'a>, id: &str) -> Option<f64> {
        let (p, v, s) = self.param(id)?;
        d.params.push(&p.id);
        d.status = d.status.min(s);
        Some(v)
    }

    fn rates(&self) -> Option<(Rates, Vec<&'a str>)> {
        let (sp, standard, s1) = self.param("INC-TAX-01.standard_rate")?;
        let (hp, hnte, s2) = self.param("INC-TAX-01.hnte_rate")?;
        let low = match self.hnte_tests() {
            Ok(failed) if !failed.is_empty() => standard,
            _ => hnte,
        };
        Some((
            Rates {
                low,
                high: standard,
                status: s1.min(s2),
            },
            vec![&sp.id, &hp.id],
        ))
    }

    /// The HNTE tests of INC-TAX-02: the failed ones (empty: all met), or
    /// the inputs that would decide them.
    fn hnte_tests(&self) -> Need<Vec<Text>> {
        let (sales, rd, staff, hitech) = match join(vec![
            self.wan("finance.sales_10k_cny"),
            self.wan("finance.rd_10k_cny"),
            self.num("finance.st_staff_pct"),
            self.num("finance.hitech_income_pct"),
        ]) {
            Ok(v) => (v[0], v[1], v[2] / 100.0, v[3] / 100.0),
            Err(m) => return Err(m),
        };
        let p = |id| self.param(id).map(|(_, v, _)| v).unwrap_or(f64::NAN);
        let ratio_needed = if sales <= p("INC-TAX-02.sales_small_cny") {
            p("INC-TAX-02.rd_ratio_small")
        } else if sales <= p("INC-TAX-02.sales_large_cny") {
            p("INC-TAX-02.rd_ratio_mid")
        } else {
            p("INC-TAX-02.rd_ratio_large")
        };
        let ratio = if sales > 0.0 { rd / sales } else { 0.0 };
        let mut failed = Vec::new();
        // NaN thresholds (a parameter not in force) fail every comparison.
        if ratio.is_nan() || ratio_needed.is_nan() || ratio < ratio_needed {
            failed.push(Text {
                zh: format!(
                    "研发费用占销售收入{}%，低于{}%",
                    pct(ratio),
                    pct(ratio_needed)
                ),
                en: format!(
                    "R&D is {}% of sales, below {}%",
                    pct(ratio),
                    pct(ratio_needed)
                ),
            });
        }
        let staff_min = p("INC-TAX-02.st_staff_min");
        if staff_min.is_nan() || staff < staff_min {
            failed.push(Text {
                zh: format!("科技人员占比{}%，低于{}%", pct(staff), pct(staff_min)),
                en: format!("S&T staff {}%, below {}%", pct(staff), pct(staff_min)),
            });
        }
        let hitech_min = p("INC-TAX-02.hitech_income_min");
        if hitech_min.is_nan() || hitech < hitech_min {
            failed.push(Text {
                zh: format!("高新技术收入占比{}%，低于{}%", pct(hitech), pct(hitech_min)),
                en: format!(
                    "High-tech income {}%, below {}%",
                    pct(hitech),
                    pct(hitech_min)
                ),
            });
        }
        Ok(failed)
    }

    fn in_force(&self, from: Date, to: Option<Date>) -> bool {
        self.as_of >= from && to.is_none_or(|t| self.as_of <= t)
    }

    /// An item (national or a package's) outside its dates on the as-of day.
    fn not_in_force(&self) -> Draft<'a> {
        let on = crate::display::date(self.as_of);
        Draft::state(
            ItemState::NotInForce,
            format!("依据日期 {} 不在本项效力期内。", on.zh),
            format!("Not in force on {}.", on.en),
        )
    }

    fn national(&self, item: &'a NationalIncentive) -> Draft<'a> {
        if !self.in_force(item.effective_from, item.effective_to) {
            return self.not_in_force();
        }
        let n = self.horizon();
        let Some((rates, rate_params)) = self.rates() else {
            return Draft::state(
                ItemState::NotInForce,
                "所需税率参数在依据日期不在效力期内。",
                "The tax-rate parameters are not in force on the as-of date.",
            );
        };
        let once = |v: f64| {
            let mut y = vec![0.0; n];
            y[0] = v;
            y
        };
        let every = |v: f64| vec![v; n];
        let mut d = Draft::state(ItemState::Applies, "", "");
        let with_rates = |d: &mut Draft<'a>| {
            d.params.extend(rate_params.iter().copied());
            d.status = d.status.min(rates.status);
        };
        match item.id.as_str() {
            "INC-TAX-02" => {
                let failed = match self.hnte_tests() {
                    Ok(f) => f,
                    Err(m) => return Draft::needs(m),
                };
                for id in [
                    "INC-TAX-02.rd_ratio_small",
                    "INC-TAX-02.st_staff_min",
                    "INC-TAX-02.hitech_income_min",
                ] {
                    self.use_param(&mut d, id);
                }
                if !failed.is_empty() {
                    let zh: Vec<&str> = failed.iter().map(|t| t.zh.as_str()).collect();
                    let en: Vec<&str> = failed.iter().map(|t| t.en.as_str()).collect();
                    let mut out = Draft::state(
                        ItemState::NotEligible,
                        format!("不符合高新技术企业条件：{}。", zh.join("；")),
                        format!("Does not meet the HNTE tests: {}.", en.join("; ")),
                    );
                    out.params = d.params;
                    out.status = d.status;
                    return out;
                }
                let income = match self.wan("finance.taxable_income_10k_cny") {
                    Ok(v) => v.max(0.0),
                    Err(m) => return Draft::needs(m),
                };
                with_rates(&mut d);
                let (Some(standard), Some(hnte)) = (
                    self.use_param(&mut d, "INC-TAX-01.standard_rate"),
                    self.use_param(&mut d, "INC-TAX-01.hnte_rate"),
                ) else {
                    return Draft::needs(vec![]);
                };
                let saving = income * (standard - hnte);
                d.state = ItemState::EligibleIfCertified;
                // Certification is not assured: the range starts at zero.
                d.low = every(0.0);
                d.high = every(saving);
                d.explanation = Text {
                    zh: format!(
                        "研发强度、科技人员与高新技术收入三项条件均满足；认定后应纳税所得额 {} 按{}%而非{}%计税，每年少缴 {}。",
                        yuan(income), pct(hnte), pct(standard), yuan(saving)
                    ),
                    en: format!(
                        "The R&D, S&T staff and high-tech income tests are met; once certified, taxable income of {} is taxed at {}% instead of {}%: {} less a year.",
                        yuan_en(income), pct(hnte), pct(standard), yuan_en(saving)
                    ),
                };
            }
            "INC-TAX-03" => {
                let (rd, code) = match join(vec![
                    self.wan("finance.rd_10k_cny").map(|v| (v, "")),
                    self.industry().map(|c| (0.0, c)),
                ]) {
                    Ok(v) => (v[0].0, v[1].1),
                    Err(m) => return Draft::needs(m),
                };
                if let Some(x) = item
                    .excluded_industries
                    .iter()
                    .find(|p| code.starts_with(p.as_str()))
                {
                    let mut out = Draft::state(
                        ItemState::NotEligible,
                        format!("行业 {code} 属不适用加计扣除的行业（{x}，排除清单未核实）。"),
                        format!("Industry {code} is in a sector excluded from the super-deduction ({x}; list unverified)."),
                    );
                    out.status = item.exclusion_status.unwrap_or(item.status);
                    return out;
                }
                // Section C (manufacturing) has its own series from 2021 (W8).
                let series = if code.starts_with('C') {
                    "INC-TAX-03.extra_share_manufacturing"
                } else {
                    "INC-TAX-03.extra_share"
                };
                let Some(share) = self.use_param(&mut d, series) else {
                    return Draft::state(
                        ItemState::NotInForce,
                        "依据日期无适用的加计扣除比例。",
                        "No super-deduction rate is in force on that date.",
                    );
                };
                with_rates(&mut d);
                d.low = every(rd * share * rates.low);
                d.high = every(rd * share * rates.high);
                let (lo, hi) = (pct(rates.low), pct(rates.high));
                let (share, saved) = (pct(share), (d.low[0], d.high[0]));
                d.explanation = Text {
                    zh: format!(
                        "研发费用 {} 再按{share}%加计扣除，按{lo}%—{hi}%税率每年少缴 {}。",
                        yuan(rd),
                        yuan_range(saved.0, saved.1)
                    ),
                    en: format!(
                        "R&D of {} is deducted a further {share}%; at {lo}–{hi}% tax that saves {} a year.",
                        yuan_en(rd),
                        yuan_range_en(saved.0, saved.1)
                    ),
                };
            }
            "INC-TAX-04/one-off" => {
                let value = match self.wan("finance.equipment_10k_cny") {
                    Ok(v) => v,
                    Err(m) => return Draft::needs(m),
                };
                let (Some(_cap), Some(life)) = (
                    self.use_param(&mut d, "INC-TAX-04.unit_cap_cny"),
                    self.use_param(&mut d, "INC-TAX-04.machinery_life_years"),
                ) else {
                    return Draft::state(
                        ItemState::NotInForce,
                        "依据日期不在一次性扣除政策期内（2024—2027年购进）。",
                        "Outside the one-off deduction's window (bought 2024–2027).",
                    );
                };
                with_rates(&mut d);
                let life = life.max(1.0) as usize;
                // Deducting all now instead of 1/life a year: more tax saved in
                // year 1, less in years 2..life; the same over the whole life.
                let schedule = |rate: f64| {
                    (0..n)
                        .map(|y| match y {
                            0 => rate * value * (1.0 - 1.0 / life as f64),
                            y if y < life => -rate * value / life as f64,
                            _ => 0.0,
                        })
                        .collect::<Vec<f64>>()
                };
                d.low = schedule(rates.low);
                d.high = schedule(rates.high);
                d.explanation = Text {
                    zh: format!(
                        "设备 {} 当年一次性扣除，而非按{}年折旧：首年少缴 {}，此后每年多缴回，总额不变，价值在于现值。",
                        yuan(value), life, yuan_range(d.low[0], d.high[0])
                    ),
                    en: format!(
                        "Equipment of {} deducted at once instead of over {} years: {} less tax in year one, paid back later; the same in total, worth its present value.",
                        yuan_en(value), life, yuan_range_en(d.low[0], d.high[0])
                    ),
                };
            }
            "INC-TAX-04/env-credit" => {
                let (value, income) = match join(vec![
                    self.wan("finance.env_equipment_10k_cny"),
                    self.wan("finance.taxable_income_10k_cny"),
                ]) {
                    Ok(v) => (v[0], v[1].max(0.0)),
                    Err(m) => return Draft::needs(m),
                };
                let (Some(rate), Some(carry)) = (
                    self.use_param(&mut d, "INC-TAX-04.env_credit_rate"),
                    self.use_param(&mut d, "INC-TAX-04.credit_carry_years"),
                ) else {
                    return Draft::needs(vec![]);
                };
                with_rates(&mut d);
                let credit = value * rate;
                // Used against each year's tax, the rest carried forward.
                let schedule = |tax_rate: f64| {
                    let mut left = credit;
                    (0..n)
                        .map(|y| {
                            if y as f64 > carry {
                                return 0.0;
                            }
                            let used = left.min(income * tax_rate);
                            left -= used;
                            used
                        })
                        .collect::<Vec<f64>>()
                };
                d.low = schedule(rates.low);
                d.high = schedule(rates.high);
                d.explanation = Text {
                    zh: format!(
                        "专用设备 {} 的{}%即 {} 可抵免应纳税额，当年不足的结转{}年。",
                        yuan(value), pct(rate), yuan(credit), carry
                    ),
                    en: format!(
                        "{}% of the {} of qualifying equipment, {}, comes off the tax due; what a year cannot use carries forward {} years.",
                        pct(rate), yuan_en(value), yuan_en(credit), carry
                    ),
                };
            }
            "INC-TAX-04/resource-income" => {
                let income = match self.wan("finance.resource_income_10k_cny") {
                    Ok(v) => v,
                    Err(m) => return Draft::needs(m),
                };
                let Some(share) = self.use_param(&mut d, "INC-TAX-04.resource_income_share") else {
                    return Draft::needs(vec![]);
                };
                with_rates(&mut d);
                d.low = every(income * (1.0 - share) * rates.low);
                d.high = every(income * (1.0 - share) * rates.high);
                d.explanation = Text {
                    zh: format!(
                        "资源综合利用收入 {} 只按{}%计入收入，每年少缴 {}。",
                        yuan(income), pct(share), yuan_range(d.low[0], d.high[0])
                    ),
                    en: format!(
                        "Only {}% of the {} resource-utilisation income is counted: {} less tax a year.",
                        pct(share), yuan_en(income), yuan_range_en(d.low[0], d.high[0])
                    ),
                };
            }
            "INC-LAND-01" | "INC-LAND-02" => {
                let (mu, grade) = match join(vec![
                    self.num("invest.land_mu").map(|v| (v, "")),
                    self.project
                        .choice("invest.land_grade")
                        .map(|g| (0.0, g))
                        .ok_or_else(|| vec!["invest.land_grade"]),
                ]) {
                    Ok(v) => (v[0].0, v[1].1),
                    Err(m) => return Draft::needs(m),
                };
                let (Some(price), Some(m2)) = (
                    self.use_param(&mut d, &format!("INC-LAND-01.grade_{grade}_cny_m2")),
                    self.use_param(&mut d, "INC-LAND-01.m2_per_mu"),
                ) else {
                    return Draft::needs(vec!["invest.land_grade"]);
                };
                let floor = price * mu * m2;
                if item.id == "INC-LAND-01" {
                    d.low = once(floor);
                    d.high = once(floor);
                    d.explanation =
                        Text {
                            zh: format!(
                            "{grade}等地每平方米 {price} 元 × {} 亩（{} 平方米）= 出让底价 {}。",
                            format_number(mu), format_number((mu * m2).round()), yuan(floor)
                        ),
                            en: format!(
                            "Grade {grade}, {price} yuan/m² × {} mu ({} m²) = a floor price of {}.",
                            format_number(mu), format_number((mu * m2).round()), yuan_en(floor)
                        ),
                        };
                    return d;
                }
                // INC-LAND-02: encouraged and land-intensive.
                let foreign = matches!(
                    self.project.get("foreign_invested"),
                    Some(Value::Bool(true))
                );
                let encouraged = match (
                    self.project.choice("catalogue.class"),
                    self.project.get("catalogue.fdi_encouraged"),
                ) {
                    (Some("encouraged"), _) => Ok(true),
                    (_, Some(Value::Bool(true))) if foreign => Ok(true),
                    (Some(_), _) if !foreign => Ok(false),
                    (Some(_), Some(Value::Bool(false))) => Ok(false),
                    _ => Err(vec!["catalogue.class"]),
                };
                let ok = match join(vec![encouraged, self.yes("invest.land_intensive")]) {
                    Ok(v) => v.iter().all(|b| *b),
                    Err(m) => return Draft::needs(m),
                };
                if !ok {
                    return Draft::state(
                        ItemState::NotApplicable,
                        "仅适用于鼓励类且集约用地的项目。",
                        "Only for encouraged, land-intensive projects.",
                    );
                }
                let Some(share) = self.use_param(&mut d, "INC-LAND-02.floor_share") else {
                    return Draft::needs(vec![]);
                };
                if !foreign {
                    // The 2009 notice says "the province's priority
                    // industries"; taking the encouraged class for them is
                    // this tool's reading (W9).
                    d.status = d.status.min(Status::C);
                }
                let cut = floor * (1.0 - share);
                d.low = once(0.0);
                d.high = once(cut);
                d.explanation = Text {
                    zh: format!(
                        "底价可按最低价的{}%确定：最多可省 {}（可以而非必须）。",
                        pct(share), yuan(cut)
                    ),
                    en: format!(
                        "The floor may be set at {}% of the grade price: up to {} less (may, not must).",
                        pct(share), yuan_en(cut)
                    ),
                };
            }
            "FDI-02" => {
                let foreign = match self.yes("foreign_invested") {
                    Ok(b) => b,
                    Err(m) => return Draft::needs(m),
                };
                if !foreign {
                    return Draft::state(
                        ItemState::NotApplicable,
                        "仅适用于外商投资项目。",
                        "Only for foreign-invested projects.",
                    );
                }
                let (encouraged, value, duty) = match join(vec![
                    self.yes("catalogue.fdi_encouraged")
                        .map(|b| if b { 1.0 } else { 0.0 }),
                    self.wan("finance.imported_equipment_10k_cny"),
                    self.num("finance.duty_rate_pct"),
                ]) {
                    Ok(v) => (v[0] > 0.0, v[1], v[2] / 100.0),
                    Err(m) => return Draft::needs(m),
                };
                if !encouraged {
                    return Draft::state(
                        ItemState::NotEligible,
                        "项目不在鼓励外商投资产业目录内。",
                        "The project is not in the encouraged FDI catalogue.",
                    );
                }
                let saving = value * duty;
                d.low = once(saving);
                d.high = once(saving);
                d.explanation = Text {
                    zh: format!(
                        "进口设备 {} × 关税税率 {}% = 免征 {}。",
                        yuan(value),
                        pct(duty),
                        yuan(saving)
                    ),
                    en: format!(
                        "Imported equipment of {} × {}% duty = {} exempted.",
                        yuan_en(value),
                        pct(duty),
                        yuan_en(saving)
                    ),
                };
            }
            "INC-TAX-05" => {
                let (mu, size) = match join(vec![
                    self.num("invest.land_mu").map(|v| (v, "")),
                    self.project
                        .choice("invest.city_size")
                        .map(|s| (0.0, s))
                        .ok_or_else(|| vec!["invest.city_size"]),
                ]) {
                    Ok(v) => (v[0].0, v[1].1),
                    Err(m) => return Draft::needs(m),
                };
                let (Some(lo), Some(hi), Some(m2)) = (
                    self.use_param(&mut d, &format!("INC-TAX-05.{size}_min_cny_m2")),
                    self.use_param(&mut d, &format!("INC-TAX-05.{size}_max_cny_m2")),
                    self.use_param(&mut d, "INC-LAND-01.m2_per_mu"),
                ) else {
                    return Draft::needs(vec!["invest.city_size"]);
                };
                let area = mu * m2;
                d.low = every(area * lo);
                d.high = every(area * hi);
                d.explanation = Text {
                    zh: format!(
                        "{} 平方米 × 每平方米 {}—{} 元 = 每年 {}（法定幅度，九江实际税额未查到）。",
                        format_number(area.round()), lo, hi, yuan_range(d.low[0], d.high[0])
                    ),
                    en: format!(
                        "{} m² × {}–{} yuan/m² = {} a year (the statutory band; Jiujiang's actual rate was not found).",
                        format_number(area.round()), lo, hi, yuan_range_en(d.low[0], d.high[0])
                    ),
                };
            }
            _ => {
                return Draft::state(
                    ItemState::NotApplicable,
                    "本工具尚无此项的算法。",
                    "This tool has no computation for this item.",
                )
            }
        }
        d.status = d.status.min(item.status);
        d
    }

    /// The investment tier and the figure behind it.
    fn tier(&self) -> TierResult {
        let p = |id: &str| self.param(id).map(|(_, v, _)| v);
        let usd = self.project.num("invest.foreign_usd_10k").map(|v| v * 1e4);
        let total = self.project.num("invest.total_10k_cny").map(|v| v * 1e4);
        let rate = self
            .project
            .num("invest.cny_per_usd")
            .or_else(|| p("TIER.cny_per_usd"));
        // Without a total, a foreign amount converted at the stated rate.
        let cny = total.or_else(|| Some(usd? * rate?));
        let mut tier = None;
        for n in [1u8, 2, 3] {
            let by_cny = match (cny, p(&format!("TIER.{n}_cny"))) {
                (Some(v), Some(t)) => Some(v >= t),
                _ => None,
            };
            let by_usd = match (usd, p(&format!("TIER.{n}_usd"))) {
                (Some(v), Some(t)) => Some(v >= t),
                _ => None,
            };
            match (by_cny, by_usd) {
                (Some(true), _) | (_, Some(true)) => tier = Some(n),
                (None, None) => {}
                _ => {
                    tier.get_or_insert(0);
                }
            }
        }
        if cny.is_none() && usd.is_none() {
            return TierResult {
                tier: None,
                missing: vec!["invest.total_10k_cny"],
                explanation: Text {
                    zh: "未填投资额，无法分档。".into(),
                    en: "No investment given: no tier.".into(),
                },
            };
        }
        let t = tier.unwrap_or(0);
        let (zh, en) = match t {
            0 => (
                "未达1亿元（或1000万美元外资）档".to_string(),
                "Below the 100-million-yuan (10-million-USD foreign) tier".to_string(),
            ),
            1 => (
                "亿元以上（或外资1000万美元以上）项目".to_string(),
                "Tier 1: at least 100 million yuan (or 10 million USD foreign)".to_string(),
            ),
            2 => (
                "20亿元以上（或外资1亿美元以上）项目".to_string(),
                "Tier 2: at least 2 billion yuan (or 100 million USD foreign)".to_string(),
            ),
            _ => (
                "50亿元以上项目".to_string(),
                "Tier 3: at least 5 billion yuan".to_string(),
            ),
        };
        let converted = total.is_none() && usd.is_some();
        TierResult {
            tier: Some(t),
            missing: Vec::new(),
            explanation: Text {
                zh: format!(
                    "{zh}（《九江市高质量打造区域制造业中心攻坚行动方案》招商分档）{}",
                    if converted {
                        "；人民币金额按汇率折算。"
                    } else {
                        "。"
                    }
                ),
                en: format!(
                    "{en} (tiers of Jiujiang's 2023 manufacturing plan){}",
                    if converted {
                        "; the yuan amount converted at the rate."
                    } else {
                        "."
                    }
                ),
            },
        }
    }

    fn local(&self, item: &'a PackageItem, mu_tier: Option<u8>) -> Draft<'a> {
        let mut d = Draft::state(ItemState::Applies, "", "");
        d.status = item
            .legal_basis
            .iter()
            .map(|c| c.status)
            .min()
            .unwrap_or(Status::U);
        if !item.available {
            return Draft {
                status: d.status,
                ..Draft::state(
                    ItemState::NotOffered,
                    "仅作记录，不作为可享受的优惠。",
                    "Recorded only; not offered.",
                )
            };
        }
        if item.status == ItemStatus::Lapsed
            || !self.in_force(item.effective_from, item.effective_to)
        {
            return self.not_in_force();
        }
        // Conditions: any alternative, each all of its parts.
        if !item.when.is_empty() {
            let mut missing = Vec::new();
            let mut any = false;
            for alt in &item.when {
                match self.condition(alt, mu_tier) {
                    Ok(true) => {
                        any = true;
                        break;
                    }
                    Ok(false) => {}
                    Err(m) => missing.extend(m),
                }
            }
            if !any {
                if missing.is_empty() {
                    return Draft::state(
                        ItemState::NotApplicable,
                        "项目不符合本项条件。",
                        "The project does not meet this item's conditions.",
                    );
                }
                missing.sort_unstable();
                missing.dedup();
                return Draft::needs(missing);
            }
        }
        let legal_from = self
            .param("INC-LEGAL-01.in_force")
            .and_then(|(p, v, _)| Some((&p.id, v > 0.0, param_in_force(p, self.as_of)?.from)));
        if item.selective {
            if let Some((id, true, since)) = legal_from {
                d.params.push(id);
                d.state = ItemState::Negotiable;
                let since = crate::display::date(since);
                d.explanation = Text {
                    zh: format!("符合条件，但属按项目给予的地方补助：自{}起须有法律、行政法规依据或经国务院批准（公平竞争审查条例），可洽谈、须经公平竞争审查，不列金额。", since.zh),
                    en: format!("The conditions are met, but this is a project-specific local subsidy: since {} it needs a basis in law or State Council approval (Fair Competition Review Regulation). Negotiable, subject to review; no amount is shown.", since.en),
                };
                return d;
            }
        }
        let n = self.horizon();
        let amount: Need<Range> = match &item.amount {
            Amount::Unstated => {
                d.state = ItemState::Negotiable;
                d.explanation = Text {
                    zh: "原文未载金额或比例，可洽谈。".into(),
                    en: "The source states no amount or share: negotiable.".into(),
                };
                return d;
            }
            Amount::PctOfFixedAssets { rate } => self
                .wan("invest.fixed_assets_10k_cny")
                .map(|v| Range::new(v * rate, v * rate)),
            Amount::PerMu { cny } => self
                .num("invest.land_mu")
                .map(|m| Range::new(m * cny, m * cny)),
            Amount::PerJob { cny } => self
                .num("finance.jobs")
                .map(|j| Range::new(j * cny, j * cny)),
            Amount::Fixed { min_cny, max_cny } => Ok(Range::new(*min_cny, *max_cny)),
            Amount::TieredByInvestment { tiers } => match self.wan("invest.fixed_assets_10k_cny") {
                Err(m) => Err(m),
                Ok(fai) => match tiers
                    .iter()
                    .find(|t| fai >= t.min_cny && t.max_cny.is_none_or(|mx| fai < mx))
                {
                    None => {
                        return Draft::state(
                            ItemState::NotApplicable,
                            "投资额不在任何一档内。",
                            "The investment is in none of the bands.",
                        )
                    }
                    Some(t) => {
                        let fixed = t.fixed_cny.unwrap_or(0.0);
                        match t.per_mu_cny {
                            Some(per) => self
                                .num("invest.land_mu")
                                .map(|m| Range::new(fixed + per * m, fixed + per * m)),
                            None => Ok(Range::new(fixed, fixed)),
                        }
                    }
                },
            },
        };
        let mut r = match amount {
            Ok(r) => r,
            Err(m) => return Draft::needs(m),
        };
        let capped = item.cap_cny.is_some_and(|c| r.max > c);
        if let Some(cap) = item.cap_cny {
            r = Range::new(r.min.min(cap), r.max.min(cap));
        }
        let years = match item.timing {
            Timing::Once => 1,
            Timing::Yearly { years } => years as usize,
        };
        d.low = (0..n)
            .map(|y| if y < years { r.min } else { 0.0 })
            .collect();
        d.high = (0..n)
            .map(|y| if y < years { r.max } else { 0.0 })
            .collect();
        let (when_zh, when_en) = match item.timing {
            Timing::Once => ("一次性".to_string(), "once".to_string()),
            Timing::Yearly { years } => (
                format!("每年，共{years}年"),
                format!("a year for {years} years"),
            ),
        };
        d.explanation = Text {
            zh: format!(
                "按本项规定：{}（{when_zh}）{}。",
                yuan_range(r.min, r.max),
                if capped { "，已按上限封顶" } else { "" }
            ),
            en: format!(
                "By this item: {} ({when_en}){}.",
                yuan_range_en(r.min, r.max),
                if capped { ", capped" } else { "" }
            ),
        };
        d
    }

    fn condition(&self, c: &crate::data_types::ItemCondition, tier: Option<u8>) -> Need<bool> {
        let mut tests: Vec<Need<bool>> = Vec::new();
        if !c.industry_prefixes.is_empty() {
            tests.push(self.industry().map(|code| {
                c.industry_prefixes
                    .iter()
                    .any(|p| code.starts_with(p.as_str()))
            }));
        }
        if let Some(min) = c.min_fixed_assets_cny {
            tests.push(self.wan("invest.fixed_assets_10k_cny").map(|v| v >= min));
        }
        if let Some(min) = c.min_tier {
            tests.push(
                tier.map(|t| t >= min)
                    .ok_or_else(|| vec!["invest.total_10k_cny"]),
            );
        }
        if let Some(want) = c.foreign_invested {
            tests.push(self.yes("foreign_invested").map(|v| v == want));
        }
        if let Some(want) = c.investor_rank {
            tests.push(self.yes("invest.investor_rank").map(|v| v == want));
        }
        if let Some(min) = c.min_jobs {
            tests.push(self.num("finance.jobs").map(|v| v >= min));
        }
        if let Some(min) = c.min_sales_cny {
            tests.push(self.wan("finance.sales_10k_cny").map(|v| v >= min));
        }
        if let Some(min) = c.min_land_mu {
            tests.push(self.num("invest.land_mu").map(|v| v >= min));
        }
        if let Some(max) = c.max_land_mu {
            tests.push(self.num("invest.land_mu").map(|v| v <= max));
        }
        if let Some(min) = c.min_tax_cny {
            tests.push(self.wan("finance.tax_paid_10k_cny").map(|v| v >= min));
        }
        // Kleene AND: one false decides; else any unknown leaves it open.
        let mut missing = Vec::new();
        for t in tests {
            match t {
                Ok(false) => return Ok(false),
                Ok(true) => {}
                Err(m) => missing.extend(m),
            }
        }
        if missing.is_empty() {
            Ok(true)
        } else {
            Err(missing)
        }
    }

    fn land_checks(&self, packages: &[&'a Package]) -> Vec<LandCheck<'a>> {
        let mu = self.project.num("invest.land_mu").filter(|m| *m > 0.0);
        let per_mu = |key: &'static str| -> (Option<f64>, Vec<&'static str>) {
            let v = self.project.num(key);
            let mut missing = Vec::new();
            if v.is_none() {
                missing.push(key);
            }
            if mu.is_none() {
                missing.push("invest.land_mu");
            }
            (v.zip(mu).map(|(v, m)| v / m), missing)
        };
        let mut out = Vec::new();
        for p in packages {
            let Some(s) = &p.standard_land else { continue };
            // (threshold, what, in 万元 per 亩 (else a ratio), the project's field)
            let checks: [(Option<f64>, Text, bool, &'static str); 4] = [
                (
                    s.min_investment_10k_per_mu,
                    Text {
                        zh: "投资强度".into(),
                        en: "Investment intensity".into(),
                    },
                    true,
                    "invest.fixed_assets_10k_cny",
                ),
                (
                    s.min_tax_10k_per_mu,
                    Text {
                        zh: "亩均税收".into(),
                        en: "Tax per mu".into(),
                    },
                    true,
                    "finance.tax_paid_10k_cny",
                ),
                (
                    s.min_output_10k_per_mu,
                    Text {
                        zh: "亩均产值".into(),
                        en: "Output per mu".into(),
                    },
                    true,
                    "finance.output_10k_cny",
                ),
                (
                    s.min_floor_area_ratio,
                    Text {
                        zh: "容积率".into(),
                        en: "Floor-area ratio".into(),
                    },
                    false,
                    "invest.floor_area_ratio",
                ),
            ];
            for (threshold, what, per_mu_money, key) in checks {
                let Some(threshold) = threshold else { continue };
                let (value, missing) = if key == "invest.floor_area_ratio" {
                    let v = self.project.num(key);
                    (v, if v.is_none() { vec![key] } else { vec![] })
                } else {
                    per_mu(key)
                };
                out.push(LandCheck {
                    what,
                    value,
                    per_mu_money,
                    threshold,
                    meets: value.map(|v| v >= threshold),
                    source: &p.name,
                    historical: s.historical,
                    missing,
                });
            }
        }
        out
    }
}

impl LandCheck<'_> {
    /// A figure of this check (the value or the threshold) as each language
    /// writes it.
    pub fn figure(&self, v: f64) -> Text {
        if self.per_mu_money {
            crate::display::money_per_mu(v)
        } else {
            let n = crate::display::grouped(v, 2);
            Text {
                zh: n.clone(),
                en: n,
            }
        }
    }
}

/// The estimate for `project` on `as_of`, given the screening's overall
/// outcome and the local packages to apply (bundled or the user's).
pub fn estimate<'a>(
    data: &'a RuleData,
    project: &Project,
    as_of: Date,
    overall: Outcome,
    packages: &[&'a Package],
    options: Options,
) -> IncentiveReport<'a> {
    let ctx = Ctx {
        data,
        project,
        as_of,
        options,
    };
    let n = ctx.horizon();
    let tier = ctx.tier();
    let blocked = overall == Outcome::Prohibited;
    let mut drafts: Vec<(Draft<'a>, ItemResult<'a>)> = Vec::new();
    let shell =
        |id: &'a str, title: &'a Text, level, kind, legal_basis: &'a [Citation], note: &'a Text| {
            let legal_basis = Citation::in_force_of(legal_basis, as_of);
            ItemResult {
                id,
                title,
                level,
                kind,
                state: ItemState::NotApplicable,
                status: Status::V1,
                item_status: None,
                package: None,
                entered_by_user: false,
                yearly: Vec::new(),
                total: Range::ZERO,
                present_value: Range::ZERO,
                explanation: Text::default(),
                missing: Vec::new(),
                params: Vec::new(),
                legal_basis,
                note,
            }
        };
    for item in &data.incentives {
        let draft = ctx.national(item);
        let r = shell(
            &item.id,
            &item.title,
            Level::National,
            item.kind,
            &item.citations,
            &item.note,
        );
        drafts.push((draft, r));
    }
    for p in packages {
        for item in &p.items {
            let draft = ctx.local(item, tier.tier);
            let mut r = shell(
                &item.id,
                &item.title,
                p.level,
                ItemKind::Saving,
                &item.legal_basis,
                &item.note,
            );
            r.item_status = Some(item.status);
            r.package = Some(&p.name);
            r.entered_by_user = p.entered_by_user;
            drafts.push((draft, r));
        }
    }
    // Replacements, then stacking groups (largest first wins).
    let applies = |d: &Draft| {
        matches!(
            d.state,
            ItemState::Applies | ItemState::Negotiable | ItemState::EligibleIfCertified
        )
    };
    let replaced: Vec<String> = packages
        .iter()
        .flat_map(|p| &p.items)
        .zip(drafts.iter().skip(data.incentives.len()))
        .filter(|(_, (d, _))| applies(d))
        .flat_map(|(item, _)| item.replaces.iter().cloned())
        .collect();
    for (d, r) in drafts.iter_mut() {
        if replaced.iter().any(|id| id == r.id) && applies(d) {
            *d = Draft::state(
                ItemState::Replaced,
                "已被本包中另一项替代。",
                "Replaced by another item that applies.",
            );
        }
    }
    let groups: Vec<(usize, &str)> = packages
        .iter()
        .flat_map(|p| &p.items)
        .enumerate()
        .filter_map(|(i, item)| {
            item.stack_group
                .as_deref()
                .map(|g| (i + data.incentives.len(), g))
        })
        .collect();
    for &(i, g) in &groups {
        let best = |j: usize| drafts[j].0.high.iter().sum::<f64>();
        let winner = groups
            .iter()
            .filter(|(j, gj)| *gj == g && drafts[*j].0.state == ItemState::Applies)
            .max_by(|a, b| best(a.0).total_cmp(&best(b.0)))
            .map(|(j, _)| *j);
        if let Some(w) = winner {
            if w != i && drafts[i].0.state == ItemState::Applies {
                let name = drafts[w].1.id.to_string();
                drafts[i].0 = Draft::state(
                    ItemState::Stacked,
                    format!("与 {name} 同属一组、不可叠加，按较高者计。"),
                    format!("Does not stack with {name} (same group); the larger counts."),
                );
            }
        }
    }
    let discount = |y: usize| (1.0 + options.discount_rate).powi(y as i32 + 1);
    let mut items = Vec::with_capacity(drafts.len());
    let mut yearly = vec![Range::ZERO; n];
    let mut costs_total = Range::ZERO;
    for (mut d, mut r) in drafts {
        if blocked && d.state != ItemState::NotOffered {
            d = Draft::state(
                ItemState::Blocked,
                "预审结论为禁止：任何优惠均不可得。",
                "The screening prohibits the project: no incentive is obtainable.",
            );
        }
        let per_year: Vec<Range> = (0..n)
            .map(|y| {
                Range::new(
                    d.low.get(y).copied().unwrap_or(0.0),
                    d.high.get(y).copied().unwrap_or(0.0),
                )
            })
            .collect();
        // Totals follow each path (low rate, high rate) through the years;
        // summing per-year extremes would mix the two for timing items.
        let sum = |path: &[f64]| -> f64 { path.iter().take(n).sum() };
        r.total = Range::new(sum(&d.low), sum(&d.high));
        // Present values of the low and high paths (not of per-year extremes).
        let pv = |path: &[f64]| -> f64 {
            path.iter()
                .take(n)
                .enumerate()
                .map(|(y, v)| v / discount(y))
                .sum()
        };
        r.present_value = Range::new(pv(&d.low), pv(&d.high));
        if d.state.counts() {
            match r.kind {
                ItemKind::Saving | ItemKind::Timing => {
                    for (acc, v) in yearly.iter_mut().zip(&per_year) {
                        *acc = acc.add(*v);
                    }
                }
                ItemKind::Cost => costs_total = costs_total.add(r.total),
            }
        }
        r.state = d.state;
        r.status = d.status;
        r.yearly = per_year;
        r.explanation = d.explanation;
        r.missing = d.missing;
        r.params = d.params;
        items.push(r);
    }
    let counted = |it: &&ItemResult| it.state.counts() && it.kind != ItemKind::Cost;
    let total = items
        .iter()
        .filter(counted)
        .fold(Range::ZERO, |a, it| a.add(it.total));
    let present_value = items
        .iter()
        .filter(counted)
        .fold(Range::ZERO, |a, it| a.add(it.present_value));
    IncentiveReport {
        as_of,
        options: Options {
            horizon_years: n as u32,
            ..options
        },
        blocked,
        tier,
        items,
        yearly,
        total,
        present_value,
        costs_total,
        land_checks: ctx.land_checks(packages),
    }
}

/// Problems in a package, each with where it is: for the meta-tests over
/// the bundled packages and for packages staff import or edit.
pub fn validate(p: &Package) -> Vec<(String, Text)> {
    let mut out = Vec::new();
    let mut err = |at: String, zh: &str, en: &str| {
        out.push((
            at,
            Text {
                zh: zh.into(),
                en: en.into(),
            },
        ))
    };
    if p.id.trim().is_empty() {
        err("id".into(), "缺少代号。", "The id is missing.");
    }
    if p.name.zh.trim().is_empty() && p.name.en.trim().is_empty() {
        err("name".into(), "缺少名称。", "The name is missing.");
    }
    let ok_money = |v: f64| v.is_finite() && v >= 0.0;
    let mut ids = std::collections::BTreeSet::new();
    for (i, item) in p.items.iter().enumerate() {
        let at = |field: &str| format!("items[{i}].{field}");
        if item.id.trim().is_empty() {
            err(at("id"), "缺少代号。", "The id is missing.");
        } else if !ids.insert(item.id.as_str()) {
            err(at("id"), "代号重复。", "Duplicate id.");
        }
        if item.title.zh.trim().is_empty() && item.title.en.trim().is_empty() {
            err(at("title"), "缺少名称。", "The title is missing.");
        }
        if item.legal_basis.is_empty()
            || item
                .legal_basis
                .iter()
                .any(|c| c.document.trim().is_empty())
        {
            err(
                at("legal_basis"),
                "每项须注明依据文件。",
                "Every item needs the document it rests on.",
            );
        }
        if item.effective_to.is_some_and(|t| t < item.effective_from) {
            err(
                at("effective_to"),
                "失效日期早于生效日期。",
                "It ends before it starts.",
            );
        }
        if item.cap_cny.is_some_and(|c| !ok_money(c)) {
            err(
                at("cap_cny"),
                "上限须为非负数。",
                "The cap must be a non-negative number.",
            );
        }
        match &item.amount {
            Amount::PctOfFixedAssets { rate }
                if !(rate.is_finite() && (0.0..=1.0).contains(rate)) =>
            {
                err(
                    at("amount.rate"),
                    "比例须在0到1之间（如0.03表示3%）。",
                    "The share must be between 0 and 1 (0.03 for 3%).",
                )
            }
            Amount::PerMu { cny } | Amount::PerJob { cny } if !ok_money(*cny) => err(
                at("amount.cny"),
                "金额须为非负数。",
                "The amount must be a non-negative number.",
            ),
            Amount::Fixed { min_cny, max_cny }
                if !(ok_money(*min_cny) && ok_money(*max_cny) && min_cny <= max_cny) =>
            {
                err(
                    at("amount"),
                    "金额须为非负数，且下限不大于上限。",
                    "Amounts must be non-negative, the minimum no more than the maximum.",
                )
            }
            Amount::TieredByInvestment { tiers } => {
                if tiers.is_empty() {
                    err(
                        at("amount.tiers"),
                        "至少需要一档。",
                        "At least one band is needed.",
                    );
                }
                for (k, t) in tiers.iter().enumerate() {
                    let bad = !ok_money(t.min_cny)
                        || t.max_cny.is_some_and(|m| !ok_money(m) || m <= t.min_cny)
                        || t.per_mu_cny.is_some_and(|v| !ok_money(v))
                        || t.fixed_cny.is_some_and(|v| !ok_money(v))
                        || (t.per_mu_cny.is_none() && t.fixed_cny.is_none());
                    if bad {
                        err(format!("items[{i}].amount.tiers[{k}]"), "每档须有非负的下限、大于下限的上限，以及每亩或固定金额。", "Each band needs a non-negative minimum, a maximum above it, and a per-mu or fixed amount.");
                    }
                    if k > 0 && tiers[k - 1].max_cny.is_none_or(|m| m > t.min_cny) {
                        err(
                            format!("items[{i}].amount.tiers[{k}]"),
                            "各档须按投资额递增且不重叠。",
                            "Bands must rise with the investment and not overlap.",
                        );
                    }
                }
            }
            _ => {}
        }
        if let Timing::Yearly { years } = item.timing {
            if years == 0 || years > MAX_HORIZON {
                err(
                    at("timing.years"),
                    "年数须在1到30之间。",
                    "Years must be between 1 and 30.",
                );
            }
        }
        for c in &item.when {
            for v in [c.min_fixed_assets_cny, c.min_jobs, c.min_sales_cny]
                .into_iter()
                .flatten()
            {
                if !ok_money(v) {
                    err(
                        at("when"),
                        "条件中的数值须为非负数。",
                        "Numbers in conditions must be non-negative.",
                    );
                }
            }
            if c.min_tier.is_some_and(|t| !(1..=3).contains(&t)) {
                err(
                    at("when.min_tier"),
                    "档次须为1、2或3。",
                    "The tier must be 1, 2 or 3.",
                );
            }
        }
    }
    for (i, item) in p.items.iter().enumerate() {
        for r in &item.replaces {
            if r == &item.id {
                err(
                    format!("items[{i}].replaces"),
                    "不能替代自身。",
                    "An item cannot replace itself.",
                );
            }
        }
    }
    out
}

/// A package from a JSON file (the app's export format), validated and
/// marked as entered by the user; errors with where they are.
pub fn package_from_json(text: &str) -> Result<Package, Vec<(String, Text)>> {
    let mut p: Package =
        serde_json::from_str(text.trim_start_matches('\u{feff}')).map_err(|e| {
            vec![(
                String::new(),
                Text {
                    zh: format!(
                        "不是有效的优惠包文件（第 {} 行第 {} 列）：{e}",
                        e.line(),
                        e.column()
                    ),
                    en: format!(
                        "Not a valid package file (line {}, column {}): {e}",
                        e.line(),
                        e.column()
                    ),
                },
            )]
        })?;
    p.entered_by_user = true;
    let problems = validate(&p);
    if problems.is_empty() {
        Ok(p)
    } else {
        Err(problems)
    }
}
