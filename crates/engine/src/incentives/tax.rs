//! Income-tax items: HNTE status (INC-TAX-02), the R&D super-deduction
//! (INC-TAX-03) and resource income (INC-TAX-04). The equipment items of
//! INC-TAX-04 are in `equipment`, the small low-profit rate in
//! `small_firm`, the cap on them all in `cap`.

use super::*;

/// The tax rates that may apply: both ends when HNTE status is possible.
#[derive(Clone, Copy)]
pub(super) struct Rates {
    pub(super) low: f64,
    pub(super) high: f64,
    /// Years the low path still pays the standard rate: a new company may
    /// apply for HNTE status only once registered long enough, so its
    /// first year is at 25 % in every case (an audit saw the equipment
    /// credit's year one valued at 15 %).
    pub(super) low_from: usize,
    pub(super) status: Status,
}

impl Rates {
    /// The low path's rate in year `y` (year one is 0).
    pub(super) fn low_in(&self, y: usize) -> f64 {
        if y < self.low_from {
            self.high
        } else {
            self.low
        }
    }
}

/// The rates and the HNTE tests they rest on.
impl<'a> Ctx<'a, '_> {
    pub(super) fn rates(&self) -> Option<(Rates, Vec<&'a str>)> {
        let (sp, standard, s1) = self.param("INC-TAX-01.standard_rate")?;
        let (hp, hnte, s2) = self.param("INC-TAX-01.hnte_rate")?;
        let low = match self.hnte_tests() {
            Ok(failed) if !failed.is_empty() => standard,
            _ => hnte,
        };
        let mut params = vec![&*sp.id, &*hp.id];
        let mut status = s1.min(s2);
        // Unknown, the favourable case is a firm already registered, as the
        // HNTE item's upper end is.
        let mut low_from = 0;
        if low < standard && self.yes("finance.new_company") == Ok(true) {
            if let Some((wp, w, s3)) = self.param("INC-TAX-02.registered_years_min") {
                low_from = w.max(0.0) as usize;
                params.push(&wp.id);
                status = status.min(s3);
            }
        }
        Some((
            Rates {
                low,
                high: standard,
                low_from,
                status,
            },
            params,
        ))
    }

    /// The R&D share the HNTE test asks of a firm with these sales: the
    /// band's parameter.
    pub(super) fn rd_ratio_for(&self, sales: f64) -> &'static str {
        let p = |id| self.param(id).map(|(_, v, _)| v).unwrap_or(f64::NAN);
        if sales <= p("INC-TAX-02.sales_small_cny") {
            "INC-TAX-02.rd_ratio_small"
        } else if sales <= p("INC-TAX-02.sales_large_cny") {
            "INC-TAX-02.rd_ratio_mid"
        } else {
            "INC-TAX-02.rd_ratio_large"
        }
    }

    /// The HNTE tests of INC-TAX-02: the failed ones (empty: all met), or
    /// the inputs that would decide them. One test failed on the figures
    /// given decides, whatever the others would say: a firm spending 1.9 %
    /// of its sales on R&D is not asked its staff (a user test).
    pub(super) fn hnte_tests(&self) -> Need<Vec<Text>> {
        let p = |id| self.param(id).map(|(_, v, _)| v).unwrap_or(f64::NAN);
        let mut failed = Vec::new();
        let mut missing = Vec::new();
        // No R&D at all fails at any sales; otherwise the share needs both.
        let rd = self.wan("finance.rd_10k_cny");
        let sales = match (&rd, self.wan("finance.sales_10k_cny")) {
            (Ok(rd), Err(_)) if *rd <= 0.0 => Ok(0.0),
            (_, sales) => sales,
        };
        match (rd, sales) {
            (Ok(rd), Ok(sales)) => {
                let ratio_needed = p(self.rd_ratio_for(sales));
                let ratio = if sales > 0.0 { rd / sales } else { 0.0 };
                // R&D against no sales has no share to say ("0%" read
                // as if none were spent: an advisor audit).
                if sales <= 0.0 && rd > 0.0 {
                    failed.push(Text {
                        zh: "销售收入为零，研发费用占销售收入的比例无从计算，该项条件不满足"
                            .into(),
                        en: "No sales revenue: R&D as a share of sales cannot be computed, so that test is not met".into(),
                    });
                } else if ratio.is_nan() || ratio_needed.is_nan() || ratio < ratio_needed {
                    // NaN thresholds (a parameter not in force) fail every comparison.
                    failed.push(Text {
                        zh: format!(
                            "研发费用占销售收入{}%，低于{}%",
                            pct_below(ratio, ratio_needed),
                            pct(ratio_needed)
                        ),
                        en: format!(
                            "R&D is {}% of sales, below {}%",
                            pct_below(ratio, ratio_needed),
                            pct(ratio_needed)
                        ),
                    });
                }
            }
            (rd, sales) => {
                missing.extend(sales.err().unwrap_or_default());
                missing.extend(rd.err().unwrap_or_default());
            }
        }
        // The two share tests, each a percentage against its minimum.
        let shares = [
            (
                "finance.st_staff_pct",
                "INC-TAX-02.st_staff_min",
                "科技人员占比",
                "S&T staff",
            ),
            (
                "finance.hitech_income_pct",
                "INC-TAX-02.hitech_income_min",
                "高新技术收入占比",
                "High-tech income",
            ),
        ];
        for (field, param, zh, en) in shares {
            match self.num(field) {
                Ok(share) => {
                    let (share, min) = (share / 100.0, p(param));
                    if min.is_nan() || share < min {
                        let (below, min) = (pct_below(share, min), pct(min));
                        failed.push(Text {
                            zh: format!("{zh}{below}%，低于{min}%"),
                            en: format!("{en} {below}%, below {min}%"),
                        });
                    }
                }
                Err(m) => missing.extend(m),
            }
        }
        match (failed.is_empty(), missing.is_empty()) {
            (true, false) => Err(missing),
            _ => Ok(failed),
        }
    }
}

/// INC-TAX-02: the 15 % rate once certified as a high and new technology
/// enterprise, if the R&D, staff and high-tech income tests are met.
pub(super) fn hnte<'a>(
    ctx: &Ctx<'a, '_>,
    b: &Basis<'a>,
    item: &'a NationalIncentive,
    mut d: Draft<'a>,
) -> Draft<'a> {
    let failed = match ctx.hnte_tests() {
        Ok(f) => f,
        Err(m) => return Draft::needs(m),
    };
    // The R&D share of the firm's own sales band, not always the smallest
    // firms' (a user test saw 5% listed for 2.4 billion of sales).
    // (The tests above read the sales: a figure is there.)
    if let Ok(sales) = ctx.wan("finance.sales_10k_cny") {
        ctx.use_param(&mut d, ctx.rd_ratio_for(sales));
    }
    for id in ["INC-TAX-02.st_staff_min", "INC-TAX-02.hitech_income_min"] {
        ctx.use_param(&mut d, id);
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
    let income = match ctx.wan("finance.taxable_income_10k_cny") {
        Ok(v) => v.max(0.0),
        Err(m) => return Draft::needs(m),
    };
    b.with_rates(&mut d);
    let (Some(standard), Some(hnte)) = (
        ctx.use_param(&mut d, "INC-TAX-01.standard_rate"),
        ctx.use_param(&mut d, "INC-TAX-01.hnte_rate"),
    ) else {
        return Draft::needs(vec![]);
    };
    // The R&D super-deduction (valued at the standard rate) comes off
    // first: the lower rate applies to what income it leaves.
    let rd_used = rd_extra_used(ctx, &mut d, income);
    let base = income - rd_used;
    let saving = base * (standard - hnte);
    d.state = ItemState::EligibleIfCertified;
    // Certification is not assured: the range starts at zero.
    d.low = b.every(0.0);
    d.high = b.every(saving);
    // A firm applies once registered long enough (a year): a new company
    // has no lower rate before then. Unknown, the best case is a firm
    // already registered, and the question is put.
    let wait = ctx.use_param(&mut d, "INC-TAX-02.registered_years_min");
    let (zh_new, en_new) = match (ctx.yes("finance.new_company"), wait) {
        (Ok(true), Some(w)) => {
            let (w, zh, en, en_first) = first_years(w, b.n);
            d.high[..w].iter_mut().for_each(|v| *v = 0.0);
            (
                format!("新设公司须注册成立满{zh}方可申请认定，{zh}内不计。"),
                format!(" A new company may apply only once registered for {en}, so {en_first} counts nothing."),
            )
        }
        (Err(m), Some(w)) => {
            let (_, zh, en, en_first) = first_years(w, b.n);
            d.missing = m;
            (
                format!("若由新设公司实施，须注册成立满{zh}方可申请认定，{zh}内不计（上限按已成立的公司计）。"),
                format!(" If a new company carries the project, it may apply only once registered for {en}, so {en_first} counts nothing (the upper end is for a firm already registered)."),
            )
        }
        _ => (String::new(), String::new()),
    };
    let (zh_after, en_after) = if rd_used > 0.0 {
        (
            format!("（{} 减去研发加计扣除 {}）", yuan(income), yuan(rd_used)),
            format!(
                " ({} less the R&D super-deduction of {})",
                yuan_en(income),
                yuan_en(rd_used)
            ),
        )
    } else {
        (" ".to_string(), String::new())
    };
    d.explanation = Text {
        zh: format!(
            "研发强度、科技人员与高新技术收入三项条件均满足；认定后应纳税所得额 {}{}按{}%而非{}%计税，每年少缴 {}。{zh_new}",
            yuan(base), zh_after, pct(hnte), pct(standard), yuan(saving)
        ),
        en: format!(
            "The R&D, S&T staff and high-tech income tests are met; once certified, taxable income of {}{} is taxed at {}% instead of {}%: {} less a year.{en_new}",
            yuan_en(base), en_after, pct(hnte), pct(standard), yuan_en(saving)
        ),
    };
    // The item's own grade caps the result (an early return keeps the draft's).
    d.status = d.status.min(item.status);
    d
}

/// The years a new company waits before it may apply for HNTE status,
/// within the horizon, and their length in words (Chinese; English, and
/// English as "its first year").
fn first_years(w: f64, n: usize) -> (usize, String, String, String) {
    let w = (w.max(0.0) as usize).min(n);
    let (en, first) = if w == 1 {
        ("a year".to_string(), "its first year".to_string())
    } else {
        (format!("{w} years"), format!("its first {w} years"))
    };
    (w, format!("{w}年"), en, first)
}

/// The totals' two ends as two whole cases, not each item's ends added:
/// while the HNTE item counts, its favourable end (certified) taxes at
/// 15 %, so the items valued at a rate take their 15 % path there and their
/// 25 % path in the cautious case (not certified). Added end to end, the
/// favourable total had counted the one-off deduction at 25 % beside the
/// HNTE saving, a year-one figure no firm could have. Each item's own range
/// is unchanged.
pub(super) fn scenarios(drafts: &mut [(Draft<'_>, ItemResult<'_>)]) {
    let certified = (drafts.iter())
        .any(|(d, r)| r.id == "INC-TAX-02" && d.state == ItemState::EligibleIfCertified);
    if certified {
        for (d, _) in drafts.iter_mut().filter(|(d, _)| d.at_rates) {
            std::mem::swap(&mut d.low, &mut d.high);
            std::mem::swap(&mut d.after.0, &mut d.after.1);
        }
    }
}

/// The R&D spending and the share of it deducted again a year (INC-TAX-03),
/// before any cap by income; the share's parameter joins `d`. Or the item's
/// finished draft when it cannot count (excluded, no rate, inputs missing).
fn rd_extra<'a>(
    ctx: &Ctx<'a, '_>,
    item: &'a NationalIncentive,
    d: &mut Draft<'a>,
) -> Result<(f64, f64), Box<Draft<'a>>> {
    let (rd, code) = match join(vec![
        ctx.wan("finance.rd_10k_cny").map(|v| (v, "")),
        ctx.industry().map(|c| (0.0, c)),
    ]) {
        Ok(v) => (v[0].0, v[1].1),
        Err(m) => return Err(Box::new(Draft::needs(m))),
    };
    if let Some(x) = item
        .excluded_industries
        .iter()
        .find(|p| code.starts_with(p.as_str()))
    {
        let status = item.exclusion_status.unwrap_or(item.status);
        // Said unverified only where it is: the list's own grade.
        let (zh, en) = match status {
            Status::U => ("，排除清单未核实", "; list unverified"),
            _ => ("", ""),
        };
        let mut out = Draft::state(
            ItemState::NotEligible,
            format!("行业 {code} 属不适用加计扣除的行业（{x}{zh}）。"),
            format!("Industry {code} is in a sector excluded from the super-deduction ({x}{en})."),
        );
        out.status = status;
        return Err(Box::new(out));
    }
    // Section C (manufacturing) has its own series from 2021 (W8).
    let series = if code.starts_with('C') {
        "INC-TAX-03.extra_share_manufacturing"
    } else {
        "INC-TAX-03.extra_share"
    };
    let Some(share) = ctx.use_param(d, series) else {
        return Err(Box::new(Draft::state(
            ItemState::NotInForce,
            "依据日期无适用的加计扣除比例。",
            "No super-deduction rate is in force on that date.",
        )));
    };
    Ok((rd, share))
}

/// The R&D super-deduction's extra deduction that a year's taxable income
/// can take. It comes off first: the HNTE rate, the one-off deduction and
/// the equipment credit work on the income it leaves. Zero when the
/// deduction cannot count or is not yet known (their best case).
pub(super) fn rd_extra_used<'a>(ctx: &Ctx<'a, '_>, d: &mut Draft<'a>, income: f64) -> f64 {
    let Some(item) = ctx.data.incentives.iter().find(|i| i.id == "INC-TAX-03") else {
        return 0.0;
    };
    if !ctx.in_force(item.effective_from, item.effective_to) {
        return 0.0;
    }
    // The share's parameter (and grade) joins the item's, but only where it
    // takes something: no R&D, and an unverified share grades nothing.
    let mut scratch = Draft::state(ItemState::Applies, "", "");
    match rd_extra(ctx, item, &mut scratch) {
        Ok((rd, share)) if rd * share > 0.0 && income > 0.0 => {
            d.params.extend(scratch.params);
            d.status = d.status.min(scratch.status);
            (rd * share).min(income)
        }
        _ => 0.0,
    }
}

/// No taxable income given as none: an income-tax item then saves nothing
/// whatever else is entered, so it asks nothing more (a decisiveness audit
/// saw R&D and equipment asked of a firm with no taxable income).
pub(super) fn no_income<'a>(ctx: &Ctx<'a, '_>, item: &'a NationalIncentive) -> Option<Draft<'a>> {
    match ctx.wan("finance.taxable_income_10k_cny") {
        Ok(v) if v <= 0.0 => Some(
            Draft::state(
                ItemState::NothingToCount,
                "年应纳税所得额为零，没有可减的所得税。本估算各年按所填所得额计；企业日后盈利的，亏损年度的扣除可作为亏损结转以后年度弥补（企业所得税法第十八条），未计入，可按盈利后的年所得额另行估算。",
                "No taxable income: there is no income tax for this to reduce. This estimate takes the income entered for every year; a firm that profits later may carry a loss year's deductions forward (EIT Law Art. 18), which is not counted here: enter the income expected once profitable to estimate it.",
            )
            .graded(item.status),
        ),
        _ => None,
    }
}

/// An item's own figure (`key`) and the taxable income, at least zero; or
/// the draft to return instead (no income, or either figure missing, asked
/// together).
pub(super) fn figure_and_income<'a>(
    ctx: &Ctx<'a, '_>,
    item: &'a NationalIncentive,
    key: &'static str,
) -> Result<(f64, f64), Box<Draft<'a>>> {
    if let Some(out) = no_income(ctx, item) {
        return Err(Box::new(out));
    }
    match join(vec![
        ctx.wan(key),
        ctx.wan("finance.taxable_income_10k_cny"),
    ]) {
        Ok(v) => Ok((v[0], v[1].max(0.0))),
        Err(m) => Err(Box::new(Draft::needs(m))),
    }
}

/// The taxable income and the standard rate an exemption works on, or the
/// draft to return instead (no income, or the income or the rate missing).
pub(super) fn income_at_standard_rate<'a>(
    ctx: &Ctx<'a, '_>,
    item: &'a NationalIncentive,
    d: &mut Draft<'a>,
) -> Result<(f64, f64), Box<Draft<'a>>> {
    if let Some(out) = no_income(ctx, item) {
        return Err(Box::new(out));
    }
    let needs = |m: Vec<&'static str>| Box::new(Draft::needs(m));
    let income = ctx.wan("finance.taxable_income_10k_cny").map_err(needs)?;
    let standard = (ctx.use_param(d, "INC-TAX-01.standard_rate")).ok_or_else(|| needs(vec![]))?;
    Ok((income.max(0.0), standard))
}

/// R&D not given for a firm the super-deduction may count for, with income
/// for it to take: the items that work on the income it leaves depend on
/// it. They keep their figure as the favourable end (no R&D), start the
/// cautious end at zero (R&D taking all the income) and ask for it, with
/// [`open_to_rd`] (a decisiveness audit saw a 1.5 million credit fall when
/// 100,000 of R&D was entered).
pub(super) fn rd_open(ctx: &Ctx<'_, '_>, income: f64) -> Option<Vec<&'static str>> {
    if income <= 0.0 {
        return None;
    }
    let item = ctx.data.incentives.iter().find(|i| i.id == "INC-TAX-03")?;
    if !ctx.in_force(item.effective_from, item.effective_to) {
        return None;
    }
    let code = ctx.industry().ok()?;
    if (item.excluded_industries.iter()).any(|p| code.starts_with(p.as_str())) {
        return None;
    }
    ctx.wan("finance.rd_10k_cny").err()
}

/// A worked-out draft widened for R&D not given (see [`rd_open`]).
pub(super) fn open_to_rd(d: &mut Draft<'_>, missing: Option<Vec<&'static str>>) {
    let Some(missing) = missing else { return };
    if !matches!(d.state, ItemState::Applies | ItemState::EligibleIfCertified) {
        return;
    }
    // With all the income taken, nothing either way (a timing item's
    // paybacks too).
    d.low.iter_mut().for_each(|v| *v = 0.0);
    for m in missing {
        if !d.missing.contains(&m) {
            d.missing.push(m);
        }
    }
    d.explanation.zh.push_str(
        "未填研发费用：研发加计扣除会先减少应纳税所得额，故谨慎情形从零计；请补充研发费用。",
    );
    d.explanation.en.push_str(" No R&D given: the R&D super-deduction comes off the taxable income first, so the cautious case starts at zero; please give the R&D spending.");
}

/// How an income the R&D super-deduction has reduced is named, in Chinese
/// and English ("" where it took nothing).
pub(super) fn after_rd(rd_used: f64) -> (&'static str, &'static str) {
    if rd_used > 0.0 {
        ("（研发加计扣除后）", " after the R&D super-deduction")
    } else {
        ("", "")
    }
}

/// IC manufacturing and design, and metal-working machinery (the "industrial
/// mother machines"), whose listed firms may deduct more
/// (`INC-TAX-03.extra_share_ic_machine_tools`).
const HIGHER_RD_SHARE_CLASSES: &[&str] = &["C3973", "I6520", "C342"];

/// INC-TAX-03: R&D deducted a further share (100 % for manufacturers from
/// 2021, for everyone from 2023). Valued at the standard rate: the HNTE item
/// counts the lower rate on the income the deduction leaves, so the two add
/// up whether or not the firm is certified. A deduction larger than the
/// year's taxable income saves tax only up to that income.
pub(super) fn rd_super_deduction<'a>(
    ctx: &Ctx<'a, '_>,
    b: &Basis<'a>,
    item: &'a NationalIncentive,
    mut d: Draft<'a>,
) -> Draft<'a> {
    if let Some(out) = no_income(ctx, item) {
        return out;
    }
    let (rd, share) = match rd_extra(ctx, item, &mut d) {
        Ok(v) => v,
        Err(out) => return *out,
    };
    let Some(rate) = ctx.use_param(&mut d, "INC-TAX-01.standard_rate") else {
        return Draft::needs(vec![]);
    };
    let extra = rd * share;
    let income = ctx
        .wan("finance.taxable_income_10k_cny")
        .ok()
        .map(|v| v.max(0.0));
    let used = income.map_or(extra, |i| extra.min(i));
    // Without the income, anything from nothing (a firm with no taxable
    // income) to the whole deduction: the income is asked for.
    d.low = b.every(if income.is_some() { used * rate } else { 0.0 });
    d.high = b.every(used * rate);
    let share_value = share;
    let (share, r) = (pct(share), pct(rate));
    let saved = (d.low[0], d.high[0]);
    let (zh_tail, en_tail) = match income {
        None => (
            format!(
                "须有足够的应纳税所得额才能抵税：所得额达到 {} 时全额可用，没有所得时当年不省税；请补充年应纳税所得额。",
                yuan(extra)
            ),
            format!(
                " It saves tax only against taxable income: all of it with taxable income of {} or more, nothing with none; please give the annual taxable income.",
                yuan_en(extra)
            ),
        ),
        Some(i) if extra > i => (
            format!(
                "但年应纳税所得额 {} 只够扣除 {}，余下 {} 形成亏损结转；各年数字相同时结转的亏损用不上，故不计入。",
                yuan(i), yuan(used), yuan(extra - used)
            ),
            format!(
                " Taxable income of {} a year takes only {} of it; the other {} is a loss carried forward, which the same figures every year would never use, so it is not counted.",
                yuan_en(i), yuan_en(used), yuan_en(extra - used)
            ),
        ),
        Some(_) => (String::new(), String::new()),
    };
    d.explanation = Text {
        zh: format!(
            "研发费用 {} 再按{share}%加计扣除，按{r}%的法定税率每年少缴 {}（高新技术企业的低税率另见高企一项）。{zh_tail}",
            yuan(rd),
            yuan_range(saved.0, saved.1)
        ),
        en: format!(
            "R&D of {} is deducted a further {share}%; at the standard {r}% tax that saves {} a year (the HNTE item counts the lower rate).{en_tail}",
            yuan_en(rd),
            yuan_range_en(saved.0, saved.1)
        ),
    };
    if income.is_none() {
        d.missing = vec!["finance.taxable_income_10k_cny"];
    }
    // A code broader than an excluded sector ("C" holds tobacco, C16): it
    // may not apply, so the cautious case is nothing and the class is asked
    // (an advisor audit saw "C" given the deduction for certain).
    let code = ctx.industry().unwrap_or_default();
    let wider =
        (item.excluded_industries.iter()).find(|x| x.len() > code.len() && x.starts_with(code));
    if let Some(x) = wider {
        d.low.iter_mut().for_each(|v| *v = 0.0);
        d.missing.push("industry_code");
        d.explanation.zh.push_str(&format!(
            "行业代码 {code} 含不适用加计扣除的 {x}：谨慎情形从零计，请填写四位小类代码。"
        ));
        d.explanation.en.push_str(&format!(
            " Industry {code} includes {x}, which is excluded: the cautious case is nothing; please give the 4-digit class."
        ));
    }
    // Integrated circuits and machine tools may deduct more, if the firm is
    // on the ministry's list: said, not counted, the notice being unread
    // (an incentive audit saw 100% given an IC fab without a word).
    let higher = (HIGHER_RD_SHARE_CLASSES.iter().any(|c| code.starts_with(c)))
        .then(|| {
            ctx.data
                .params
                .iter()
                .find(|p| p.id == "INC-TAX-03.extra_share_ic_machine_tools")
        })
        .flatten()
        .and_then(|p| crate::data_types::param_in_force(p, ctx.as_of))
        .filter(|v| v.value > share_value);
    if let Some(v) = higher {
        let number = v.citation.number.as_deref().unwrap_or(&v.citation.document);
        let number_en = crate::text::documents::english_number(ctx.data, number).unwrap_or(number);
        d.explanation.zh.push_str(&format!(
            "列入主管部门清单的集成电路、工业母机企业可按{}%加计扣除（{number}，原文未读，未计入）。",
            pct(v.value)
        ));
        d.explanation.en.push_str(&format!(
            " A firm on the ministries' list of integrated-circuit or machine-tool (\u{201c}industrial mother machine\u{201d}) enterprises may deduct {}% ({number_en}, not read here; not counted).",
            pct(v.value)
        ));
    }
    // The item's own grade caps the result (an early return keeps the draft's).
    d.status = d.status.min(item.status);
    d
}

/// INC-TAX-04: 90 % of resource-utilisation income counted.
pub(super) fn resource_income<'a>(
    ctx: &Ctx<'a, '_>,
    b: &Basis<'a>,
    item: &'a NationalIncentive,
    mut d: Draft<'a>,
) -> Draft<'a> {
    let rates = b.rates;
    // Like every income-tax item, nothing to reduce without taxable income,
    // and no more than it (an incentive audit saw 500,000 yuan a year saved
    // by a quarry with none).
    let (income, taxable) = match figure_and_income(ctx, item, "finance.resource_income_10k_cny") {
        Ok(v) => v,
        Err(out) => return *out,
    };
    let Some(share) = ctx.use_param(&mut d, "INC-TAX-04.resource_income_share") else {
        return Draft::needs(vec![]);
    };
    b.with_rates(&mut d);
    let left_out = income * (1.0 - share);
    let reduced = left_out.min(taxable);
    d.low = (0..b.n).map(|y| reduced * rates.low_in(y)).collect();
    d.high = b.every(reduced * rates.high);
    d.at_rates = true;
    d.explanation = Text {
        zh: format!(
            "资源综合利用收入 {} 只按{}%计入收入，每年少缴 {}。",
            yuan(income),
            pct(share),
            yuan_range(reduced * rates.low, reduced * rates.high)
        ),
        en: format!(
            "Only {}% of the {} resource-utilisation income is counted: {} less tax a year.",
            pct(share),
            yuan_en(income),
            yuan_range_en(reduced * rates.low, reduced * rates.high)
        ),
    };
    if reduced < left_out {
        d.explanation.zh.push_str(&format!(
            "不计入的 {} 超过年应纳税所得额 {}，只计后者。",
            yuan(left_out),
            yuan(taxable)
        ));
        d.explanation.en.push_str(&format!(
            " The {} left out is more than the taxable income of {}: only that is counted.",
            yuan_en(left_out),
            yuan_en(taxable)
        ));
    }
    // The item's own grade caps the result (an early return keeps the draft's).
    d.status = d.status.min(item.status);
    d
}
