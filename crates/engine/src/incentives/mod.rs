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
//!
//! This file computes the estimate; `results.rs` holds the types it returns,
//! and each other file one family of items or the packages.

use crate::data_types::param_in_force;
use crate::data_types::{
    Amount, Citation, ItemKind, ItemStatus, Level, NationalIncentive, Outcome, Package,
    PackageItem, Param, RuleData, Status, Text, Timing,
};
use crate::project::{Project, Value};
use crate::text::date::Date;
use crate::text::numbers::format_number;
use tax::Rates;
use words::*;

mod bands;
mod cap;
mod equipment;
mod farm;
mod fdi;
mod ic_software;
mod land;
mod local;
mod packages;
mod small_firm;
mod stacking;
mod tax;
mod words;

mod results;

pub use bands::{bands_from_text, bands_to_text};
pub use packages::{for_county, package_from_json, validate, NATIONAL_ID_PREFIXES};
pub use results::{
    year_middle, IncentiveReport, ItemResult, ItemState, LandCheck, Options, Range, TierResult,
    MAX_DISCOUNT_PCT, MAX_HORIZON,
};

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
        if key == "foreign_invested" {
            return self.foreign();
        }
        match self.project.get(key) {
            Some(Value::Bool(b)) => Ok(*b),
            _ => Err(vec![key]),
        }
    }

    /// Whether the project is foreign-invested; a "no" beside foreign
    /// capital names both fields, as the rules do (a code review saw it
    /// read as "not foreign" here).
    fn foreign(&self) -> Need<bool> {
        match self.project.foreign_invested() {
            Some((b, _)) => Ok(b),
            None if self.project.foreign_contradicts() => {
                Err(crate::rules::facts::FOREIGN_PAIR.to_vec())
            }
            None => Err(vec!["foreign_invested"]),
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

/// What every national item's computation shares: the horizon and the tax
/// rates that may apply.
struct Basis<'a> {
    n: usize,
    rates: Rates,
    rate_params: Vec<&'a str>,
}

impl<'a> Basis<'a> {
    /// An amount in year one only.
    fn once(&self, v: f64) -> Vec<f64> {
        let mut y = vec![0.0; self.n];
        y[0] = v;
        y
    }

    /// The same amount every year.
    fn every(&self, v: f64) -> Vec<f64> {
        vec![v; self.n]
    }

    /// The item rests on the tax rates too.
    fn with_rates(&self, d: &mut Draft<'a>) {
        d.params.extend(self.rate_params.iter().copied());
        d.status = d.status.min(self.rates.status);
    }
}

/// A working item before it becomes an [`ItemResult`].
#[derive(Clone)]
struct Draft<'a> {
    state: ItemState,
    status: Status,
    /// (low-rate, high-rate) yearly amounts, year 1 first.
    low: Vec<f64>,
    high: Vec<f64>,
    explanation: Text,
    missing: Vec<&'static str>,
    params: Vec<&'a str>,
    /// Its paths are at the HNTE rate (low) and the standard rate (high):
    /// which one belongs to which end of the totals depends on whether the
    /// HNTE item counts (`scenarios`).
    at_rates: bool,
    /// The years in which, on its favourable path, the firm owes no income
    /// tax at all (a holiday's free years, an exempt activity): there the
    /// other income-tax items neither save nor take back anything (`cap`).
    exempt: Vec<bool>,
    /// What its (low, high) paths hold after the horizon, by year: already
    /// added to their last year for the totals, kept for the present
    /// value, which discounts each at its own year.
    after: (Vec<f64>, Vec<f64>),
    /// Shown as negotiable with its conditions not known: it may not apply,
    /// so it neither replaces nor outstacks another item (a review saw it
    /// replace an item whose conditions were met).
    conditions_open: bool,
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
            at_rates: false,
            exempt: Vec::new(),
            after: (Vec::new(), Vec::new()),
            conditions_open: false,
        }
    }

    /// The same, graded as the item's source, on which a "not applicable" rests too.
    fn graded(mut self, status: Status) -> Draft<'a> {
        self.status = status;
        self
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

    fn in_force(&self, from: Date, to: Option<Date>) -> bool {
        self.as_of >= from && to.is_none_or(|t| self.as_of <= t)
    }

    /// An item (national or a package's) outside its dates on the as-of day.
    /// Before its first day the tool only knows it holds no earlier rule: an
    /// earlier one may have given the same (a user test saw the equipment
    /// duty exemption, in force since 1998 under other catalogues, called
    /// "not in force" in 2019).
    fn not_in_force(&self, from: Date) -> Draft<'a> {
        let on = crate::text::display::date(self.as_of);
        if self.as_of < from {
            let from = crate::text::display::date(from);
            return Draft::state(
                ItemState::NotInForce,
                format!(
                    "本工具收录的本项自 {} 起适用；{} 时是否有同类的早先规定，本工具的数据未收录，未计入。",
                    from.zh, on.zh
                ),
                format!(
                    "This tool holds this item from {}; whether an earlier rule gave the same on {} is not in its data, so nothing is counted.",
                    from.en, on.en
                ),
            );
        }
        Draft::state(
            ItemState::NotInForce,
            format!("依据日期 {} 不在本项效力期内。", on.zh),
            format!("Not in force on {}.", on.en),
        )
    }

    /// What every national item shares, worked out once per estimate (the
    /// HNTE tests behind the rates are the costly part); `None` when the
    /// rate parameters are not in force.
    fn basis(&self) -> Option<Basis<'a>> {
        let (rates, rate_params) = self.rates()?;
        Some(Basis {
            n: self.horizon(),
            rates,
            rate_params,
        })
    }

    fn national(&self, item: &'a NationalIncentive, basis: Option<&Basis<'a>>) -> Draft<'a> {
        if !self.in_force(item.effective_from, item.effective_to) {
            return self.not_in_force(item.effective_from);
        }
        let Some(b) = basis else {
            return Draft::state(
                ItemState::NotInForce,
                "所需税率参数在依据日期不在效力期内。",
                "The tax-rate parameters are not in force on the as-of date.",
            );
        };
        if let Some(scope) = &item.only_for {
            match self.industry() {
                Err(m) => return Draft::needs(m),
                Ok(code) if !scope.prefixes.iter().any(|p| code.starts_with(p.as_str())) => {
                    return Draft::state(
                        ItemState::NotApplicable,
                        format!("仅适用于{}；{code} 不在其内。", scope.label.zh),
                        format!("Only for {}; {code} is not among them.", scope.label.en),
                    )
                    .graded(item.status);
                }
                Ok(_) => {}
            }
        }
        let d = Draft::state(ItemState::Applies, "", "");
        // One file per item family (tax.rs, small_firm.rs, farm.rs, land.rs, fdi.rs).
        let mut d = match item.id.as_str() {
            "INC-TAX-02" => tax::hnte(self, b, item, d),
            "INC-TAX-01/small-low-profit" => small_firm::small_low_profit(self, b, item, d),
            "INC-TAX-03" => tax::rd_super_deduction(self, b, item, d),
            "INC-TAX-04/one-off" => equipment::one_off_deduction(self, b, item, d),
            "INC-TAX-04/env-credit" => equipment::env_credit(self, b, item, d),
            "INC-TAX-04/resource-income" => tax::resource_income(self, b, item, d),
            "INC-TAX-01/farm-primary" => farm::farm_primary(self, b, item, d),
            "INC-TAX-01/ic-software" => ic_software::ic_software(self, b, item, d),
            // Worked out once the other items are (`cap::cap_income_tax`).
            "INC-TAX-01/cap" => Draft::state(ItemState::NotApplicable, "", ""),
            "INC-LAND-01" | "INC-LAND-02" => land::land_floor(self, b, item, d),
            "FDI-02" => fdi::duty_exemption(self, b, item, d),
            "INC-TAX-05" => land::land_use_tax(self, b, item, d),
            _ => Draft::state(
                ItemState::NotApplicable,
                "本工具尚无此项的算法。",
                "This tool has no computation for this item.",
            ),
        };
        // Nothing in any year (no equipment, no R&D, no income to offset):
        // not counted, and not "not applicable" either; the explanation
        // says why.
        let nothing = |path: &[f64]| path.iter().all(|v| *v == 0.0);
        let worked_out = matches!(d.state, ItemState::Applies | ItemState::EligibleIfCertified);
        if worked_out && nothing(&d.low) && nothing(&d.high) {
            d.state = ItemState::NothingToCount;
            // Said first, so the working below it is not read as a saving.
            d.explanation.zh.insert_str(0, "无可计金额：");
            let (first, rest) = crate::text::lower_first(&d.explanation.en);
            d.explanation.en = crate::text::concat(&["Nothing to count: ", first, rest]);
        }
        d
    }
}

/// Yuan per dollar: the rate typed in the project (`true`), else this
/// tool's default on the date (`false`: approximate, unverified). One place
/// for the tier's conversion and the form's offer.
pub fn cny_per_usd(data: &RuleData, project: &Project, as_of: Date) -> Option<(f64, bool)> {
    match project.num("invest.cny_per_usd") {
        Some(r) if r > 0.0 => Some((r, true)),
        _ => crate::data_types::param_value(data, "TIER.cny_per_usd", as_of).map(|r| (r, false)),
    }
}

/// The estimate for `project` after its screening: on the report's date,
/// blocked by its verdict, and said so with care where that verdict rests
/// on an unverified rule.
pub fn estimate_after<'a>(
    data: &'a RuleData,
    project: &Project,
    report: &crate::rules::report::Report<'_>,
    packages: &[&'a Package],
    options: Options,
) -> IncentiveReport<'a> {
    let unverified = report.overall_status == Some(Status::U);
    // Open and could prohibit; or decided, but resting on an unverified
    // answer whose rule could prohibit (an advisor re-audit read a 51
    // million floor beside "could be worse: YRB-10").
    let resting_could_prohibit = (report.resting_on_unverified.iter()).any(|id| {
        (data.rules.iter())
            .filter(|r| r.id == *id)
            .any(|r| r.branches().any(|(o, _)| o == Outcome::Prohibited))
    });
    let may_block = (!report.bounds.decided() && report.bounds.worst == Outcome::Prohibited)
        || (report.overall != Outcome::Prohibited && resting_could_prohibit);
    estimate_with(
        data,
        project,
        report.as_of,
        (report.overall, unverified, may_block),
        packages,
        options,
    )
}

/// The estimate for `project` on `as_of`, given the screening's overall
/// outcome (taken as verified) and the local packages to apply (bundled or
/// the user's).
pub fn estimate<'a>(
    data: &'a RuleData,
    project: &Project,
    as_of: Date,
    overall: Outcome,
    packages: &[&'a Package],
    options: Options,
) -> IncentiveReport<'a> {
    estimate_with(
        data,
        project,
        as_of,
        (overall, false, false),
        packages,
        options,
    )
}

fn estimate_with<'a>(
    data: &'a RuleData,
    project: &Project,
    as_of: Date,
    (overall, unverified, may_block): (Outcome, bool, bool),
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
    // A prohibition on a verified rule leaves nothing; one on an unverified
    // rule leaves each figure between nothing (once confirmed) and what it
    // would be (an advisor audit read a certain 0 yuan beside "[U]").
    let prohibited = overall == Outcome::Prohibited;
    let blocked = prohibited && !unverified;
    // Each entry is large: room for all at once, so none is copied to grow.
    let mut drafts: Vec<(Draft<'a>, ItemResult<'a>)> = Vec::with_capacity(
        data.incentives.len() + packages.iter().map(|p| p.items.len()).sum::<usize>(),
    );
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
                package_id: None,
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
    let basis = ctx.basis();
    for item in &data.incentives {
        let draft = ctx.national(item, basis.as_ref());
        let mut r = shell(
            &item.id,
            &item.title,
            Level::National,
            item.kind,
            &item.citations,
            &item.note,
        );
        // The item's own grade, until the draft's is known (below).
        r.status = item.status;
        drafts.push((draft, r));
    }
    for p in packages {
        let gate = packages::region_gate(data, project, p);
        let unchecked = packages::region_unchecked(data, p);
        for item in &p.items {
            // The site is asked, or rules the item out, only where the item
            // could count by its own conditions (or waits on other figures).
            let own = ctx.local(item, tier.tier);
            let mut draft = match (&gate, own.state) {
                (Some(g), ItemState::NeedsInput) if g.state == ItemState::NeedsInput => {
                    let mut d = own;
                    d.missing.extend(g.missing.iter().copied());
                    d
                }
                (Some(g), ItemState::NeedsInput) => g.clone(),
                (Some(g), s)
                    if s.counts()
                        || s == ItemState::Negotiable
                        || s == ItemState::EligibleIfCertified =>
                {
                    g.clone()
                }
                _ => own,
            };
            // Counted as switched on: said, never silent.
            let could_count = |s: ItemState| {
                s.counts() || s == ItemState::Negotiable || s == ItemState::EligibleIfCertified
            };
            if unchecked && could_count(draft.state) {
                let e = &mut draft.explanation;
                let sep = if e.en.is_empty() { "" } else { " " };
                e.zh.push_str(&format!(
                    "本包适用于{}，本工具无法核对选址是否在其中。",
                    p.region
                ));
                e.en.push_str(&format!(
                    "{sep}This package is for {}; the tool cannot check whether the site is there.",
                    p.region
                ));
            }
            let mut r = shell(
                &item.id,
                &item.title,
                p.level,
                ItemKind::Saving,
                &item.legal_basis,
                &item.note,
            );
            r.item_status = Some(item.status);
            // Its weakest legal basis in force, until the draft's grade is known.
            r.status = (r.legal_basis.iter().map(|c| c.status).min()).unwrap_or(Status::U);
            r.package = Some(&p.name);
            r.package_id = Some(&p.id);
            r.entered_by_user = p.entered_by_user;
            drafts.push((draft, r));
        }
    }
    stacking::replace_and_stack(data, packages, &mut drafts);
    tax::scenarios(&mut drafts);
    small_firm::small_low_profit_over_hnte(&mut drafts);
    ic_software::over_other_rates(&mut drafts);
    if let Some(b) = basis.as_ref() {
        cap::cap_income_tax(&ctx, b, &mut drafts);
    }
    let discount = |y: usize| (1.0 + options.discount_rate).powi(y as i32 + 1);
    let mut items = Vec::with_capacity(drafts.len());
    // The counted items' low paths added together, and their high paths:
    // a year's or the horizon's range is the two cases', not each item's
    // extremes added (the cap line's paths run the other way round).
    let mut paths = [vec![0.0; n], vec![0.0; n]];
    // What discounting the amounts after the horizon at their own years
    // changes in each path's present value (see `Draft::after`).
    let mut after_pv = [0.0, 0.0];
    let after_fix = |after: &[f64]| -> f64 {
        let lumped = n
            .checked_sub(1)
            .map_or(0.0, |last| after.iter().sum::<f64>() / discount(last));
        (after.iter().enumerate())
            .map(|(k, v)| v / discount(n + k))
            .sum::<f64>()
            - lumped
    };
    let mut costs_total = Range::ZERO;
    for (mut d, mut r) in drafts {
        if blocked && d.state != ItemState::NotOffered {
            d = Draft::state(
                ItemState::Blocked,
                "预审结论为禁止：任何优惠均不可得。",
                "The screening prohibits the project: no incentive is obtainable.",
            );
        } else if prohibited && d.state.counts() {
            d.low.iter_mut().for_each(|v| *v = 0.0);
            d.after.0.clear();
            // A saving is then not obtainable; a cost or a correction does
            // not arise: either way it may come to nothing.
            let (zh, en) = match r.kind {
                ItemKind::Saving => ("本项不可得", "this item is not obtainable"),
                _ => ("本项也不发生", "this does not arise either"),
            };
            d.explanation = Text {
                zh: format!(
                    "预审结论为禁止，但所依据的条款未经核实：确认禁止的，{zh}，故可能为0。{}",
                    d.explanation.zh
                ),
                en: format!(
                    "The screening prohibits the project on an unverified rule: once that is confirmed, {en}, so it may come to 0. {}",
                    d.explanation.en
                ),
            };
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
        let fix = [after_fix(&d.after.0), after_fix(&d.after.1)];
        r.present_value = Range::new(pv(&d.low) + fix[0], pv(&d.high) + fix[1]);
        if d.state.counts() {
            match r.kind {
                ItemKind::Saving | ItemKind::Timing | ItemKind::Adjustment => {
                    for (sum, path) in paths.iter_mut().zip([&d.low, &d.high]) {
                        for (acc, v) in sum.iter_mut().zip(path) {
                            *acc += v;
                        }
                    }
                    after_pv[0] += fix[0];
                    after_pv[1] += fix[1];
                }
                ItemKind::Cost => costs_total = costs_total.add(r.total),
            }
        }
        // No item is surer than its basis (`r.status` so far), whatever its
        // state: not an item waiting for figures, nor one replaced, stacked,
        // blocked or not eligible. A national item that was worked out has
        // the grade of the figures it used, which may be above its summary
        // grade (a verified land grade under an item of recalled ones); "not
        // applicable" may rest on an exclusion list graded on its own.
        let national = r.package.is_none();
        let worked_out = matches!(
            d.state,
            ItemState::Applies | ItemState::EligibleIfCertified | ItemState::Negotiable
        );
        r.status = match d.state {
            // (A package item is never surer than its own basis: a user's
            // item that does not apply read [V1] in a re-test.)
            ItemState::NotApplicable | ItemState::NothingToCount if national => d.status,
            _ if national && worked_out => d.status,
            _ => d.status.min(r.status),
        };
        r.state = d.state;
        r.yearly = per_year;
        r.explanation = d.explanation;
        r.missing = d.missing;
        r.params = d.params;
        items.push(r);
    }
    let [low, high] = &paths;
    let yearly: Vec<Range> = (low.iter().zip(high))
        .map(|(l, h)| Range::new(*l, *h))
        .collect();
    let total = Range::new(low.iter().sum(), high.iter().sum());
    let pv = |path: &[f64]| -> f64 {
        (path.iter().enumerate())
            .map(|(y, v)| v / discount(y))
            .sum()
    };
    let present_value = Range::new(pv(low) + after_pv[0], pv(high) + after_pv[1]);
    IncentiveReport {
        as_of,
        options: Options {
            horizon_years: n as u32,
            ..options
        },
        blocked,
        blocked_unverified: prohibited && unverified,
        may_be_blocked: !prohibited && may_block,
        tier,
        items,
        yearly,
        total,
        present_value,
        costs_total,
        land_checks: ctx.land_checks(packages),
    }
}
