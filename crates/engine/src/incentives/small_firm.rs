//! The small low-profit enterprise rate (INC-TAX-01/small-low-profit), and
//! its rule against stacking with the HNTE rate. Uses the tax items' shared
//! reading of the R&D deduction (`tax::rd_extra_used`).

use super::tax::{no_income, open_to_rd, rd_extra_used, rd_open};
use super::*;

/// INC-TAX-01/small-low-profit: a small low-profit enterprise (taxable
/// income, staff and assets under their limits) pays an effective 5 % on
/// its income. Valued as the HNTE item is, on the income the R&D
/// super-deduction leaves and against the standard rate, so the two add up
/// to the tax actually saved. Staff and assets not given: it may not
/// qualify, so the range starts at zero and they are asked. (A review saw a
/// firm with 2 million of taxable income credited with savings at 25 %.)
pub(super) fn small_low_profit<'a>(
    ctx: &Ctx<'a, '_>,
    b: &Basis<'a>,
    item: &'a NationalIncentive,
    mut d: Draft<'a>,
) -> Draft<'a> {
    let (Some(standard), Some(rate), Some(income_max), Some(staff_ind), Some(assets_ind)) = (
        ctx.use_param(&mut d, "INC-TAX-01.standard_rate"),
        ctx.use_param(&mut d, "INC-TAX-01.slpe_effective_rate"),
        ctx.use_param(&mut d, "INC-TAX-01.slpe_income_max_cny"),
        ctx.use_param(&mut d, "INC-TAX-01.slpe_staff_max"),
        ctx.use_param(&mut d, "INC-TAX-01.slpe_assets_max_cny"),
    ) else {
        return Draft::needs(vec![]);
    };
    let (Some(staff_other), Some(assets_other)) = (
        ctx.use_param(&mut d, "INC-TAX-01.slpe_staff_max_other"),
        ctx.use_param(&mut d, "INC-TAX-01.slpe_assets_max_other_cny"),
    ) else {
        return Draft::needs(vec![]);
    };
    // The limits differ for an industrial enterprise and any other; with no
    // industry, each is checked against the looser, which rules out only
    // what both would.
    let kinds = industrial(ctx);
    // An industrial firm's limits, or the looser pair with no industry
    // (which rules out only what both would).
    let (staff_max, assets_max) = if kinds.contains(&true) {
        (staff_ind.max(staff_other), assets_ind.max(assets_other))
    } else {
        (staff_other, assets_other)
    };
    let over = |d: &Draft<'a>, zh: String, en: String| {
        let mut out = Draft::state(ItemState::NotApplicable, zh, en);
        out.params = d.params.clone();
        out.status = d.status.min(item.status);
        out
    };
    // Only in an industry neither restricted nor eliminated (a review);
    // a class contradicting its confirmation decides nothing either way.
    if crate::rules::facts::class_contradicts(ctx.project) {
        return Draft::needs(crate::rules::facts::CLASS_PAIR.to_vec());
    }
    if let Some(crate::project::Value::Choice("restricted" | "eliminated")) =
        ctx.project.get("catalogue.class")
    {
        return over(
            &d,
            "属限制类或淘汰类，不能享受小型微利企业优惠。".into(),
            "In a restricted or eliminated class: no small low-profit relief.".into(),
        );
    }
    let jobs = ctx.num("finance.jobs");
    if let Ok(j) = jobs.as_ref().copied() {
        if j > staff_max {
            return over(
                &d,
                format!(
                    "从业人数 {} 人超过小型微利企业上限 {} 人。",
                    crate::text::numbers::format_number(j),
                    crate::text::numbers::format_number(staff_max)
                ),
                format!(
                    "{} staff is above the small low-profit limit of {}.",
                    crate::text::numbers::format_number(j),
                    crate::text::numbers::format_number(staff_max)
                ),
            );
        }
    }
    // Total assets are not asked: a new project's are at least its total
    // investment (this tool's reading), so that rules it out above the limit.
    let assets = ctx.wan("invest.total_10k_cny");
    if let Ok(a) = assets.as_ref().copied() {
        if a > assets_max {
            return over(
                &d,
                format!("总投资 {} 超过小型微利企业资产总额上限 {}（资产总额不低于总投资，本工具的读法）。", yuan(a), yuan(assets_max)),
                format!("Total investment of {} is above the small low-profit assets limit of {} (assets are at least the investment, this tool's reading).", yuan_en(a), yuan_en(assets_max)),
            );
        }
    }
    // The income last: a project whose staff or investment already rules
    // it out is not asked for it (a user test saw a 3-billion plant asked).
    // With none, nothing to save: staff and assets are not asked.
    if let Some(out) = no_income(ctx, item) {
        return out;
    }
    let income = match ctx.wan("finance.taxable_income_10k_cny") {
        Ok(v) => v.max(0.0),
        Err(m) => return Draft::needs(m),
    };
    let rd_unknown = rd_open(ctx, income);
    let rd_used = rd_extra_used(ctx, &mut d, income);
    let base = income - rd_used;
    // The income tested is what is left after the super-deduction: said,
    // or it reads as a figure other than the one entered (an audit).
    let (after_zh, after_en) = super::tax::after_rd(rd_used);
    if base > income_max {
        return over(
            &d,
            format!(
                "年应纳税所得额{after_zh} {} 超过小型微利企业上限 {}。",
                yuan(base),
                yuan(income_max)
            ),
            format!(
                "Taxable income{after_en} of {} is above the small low-profit limit of {}.",
                yuan_en(base),
                yuan_en(income_max)
            ),
        );
    }
    // Year by year at the rate and limits then in force: the temporary 5 %
    // and its wide limits run to 2027-12-31, the regulation's 20 % and its
    // narrow limits after it (a re-test saw 5 % counted for all ten years;
    // a review saw 2 million of income still counted after 2027).
    let saving = base * (standard - rate);
    let known = (jobs.as_ref().ok().copied(), assets.as_ref().ok().copied());
    let per_kind: Vec<Vec<f64>> = (kinds.iter())
        .map(|kind| yearly_saving(ctx, b, *kind, base, standard, known))
        .collect();
    let yearly = |pick: fn(f64, f64) -> f64| -> Vec<f64> {
        (0..b.n)
            .map(|y| per_kind.iter().map(|v| v[y]).reduce(pick).unwrap_or(0.0))
            .collect()
    };
    let (high, low) = (yearly(f64::max), yearly(f64::min));
    let lapses = high.iter().position(|v| *v == 0.0).filter(|_| saving > 0.0);
    // Assets below the limit cannot be told from the investment alone (a
    // firm may hold more than the project): the floor stays zero until the
    // staff is known and the investment is; even then the assets are the
    // firm's to confirm. The industry is asked only where its kind of
    // limit changes a year.
    let both_known = jobs.is_ok() && assets.is_ok();
    let mut missing = Vec::new();
    if let Err(m) = jobs {
        missing.extend(m);
    }
    if let Err(m) = assets {
        missing.extend(m);
    }
    if high != low {
        missing.push("industry_code");
    }
    let sure = missing.is_empty();
    d.low = if both_known { low } else { b.every(0.0) };
    d.high = high;
    d.missing = missing;
    d.state = ItemState::Applies;
    let (if_zh, if_en) = if sure {
        ("", "")
    } else {
        ("若符合条件，", "if it qualifies, ")
    };
    d.explanation = Text {
        zh: format!(
            "年应纳税所得额{after_zh} {} 不超过 {}：{}按小型微利企业税负{}%而非{}%计税，每年少缴 {}（各年按当年施行的税负：5%的优惠至2027年底，其后为法定20%）；从业人数不超过{}人、资产总额不超过{}两项条件须由企业自行核实。与高新技术企业15%税率不叠加，每年取其优者。",
            yuan(base), yuan(income_max), if_zh, pct(rate), pct(standard), yuan(saving), crate::text::numbers::format_number(staff_max), yuan(assets_max)
        ),
        en: format!(
            "Taxable income{after_en} of {} is within {}: {}as a small low-profit enterprise it is taxed at {}% instead of {}%, {} less a year (each year at the rate then in force: the 5% relief to the end of 2027, the statutory 20% after it); at most {} staff and {} of assets are the firm's to confirm. It does not stack with the HNTE 15% rate: the better counts each year.",
            yuan_en(base), yuan_en(income_max), if_en, pct(rate), pct(standard), yuan_en(saving), crate::text::numbers::format_number(staff_max), yuan_en(assets_max)
        ),
    };
    if let Some(y) = lapses {
        // The limits of the year it lapses, as the data give them.
        let on = year_middle(ctx.as_of, y);
        let value = |id: &str| crate::data_types::param_value(ctx.data, id, on).unwrap_or(f64::NAN);
        let n = crate::text::numbers::format_number;
        let (income, staff, assets) = (
            value("INC-TAX-01.slpe_income_max_cny"),
            value("INC-TAX-01.slpe_staff_max"),
            value("INC-TAX-01.slpe_assets_max_cny"),
        );
        let (staff_o, assets_o) = (
            value("INC-TAX-01.slpe_staff_max_other"),
            value("INC-TAX-01.slpe_assets_max_other_cny"),
        );
        let year = on.year;
        d.explanation.zh.push_str(&format!(
            "{year}年起适用企业所得税法实施条例第九十二条的法定条件（年应纳税所得额不超过{}；从业人数、资产总额上限工业企业为{}人、{}，其他企业为{}人、{}），本项目不再符合，该年起不计。",
            yuan(income), n(staff), yuan(assets), n(staff_o), yuan(assets_o)
        ));
        d.explanation.en.push_str(&format!(
            " From {year} the regulation's own limits apply (Art. 92: taxable income up to {}; at most {} staff and {} of assets for an industrial enterprise, {} and {} for others), which this project no longer meets, so nothing counts from that year.",
            yuan_en(income), n(staff), yuan_en(assets), n(staff_o), yuan_en(assets_o)
        ));
        // Lapsed before the estimate's first year: said first, or "400,000
        // yuan less a year" reads beside nothing counted (an as-of audit,
        // in July 2027).
        if y == 0 {
            let from = crate::text::display::date(ctx.as_of);
            // The relief's last year is the data's: the one before it lapses.
            let last = year - 1;
            d.explanation.zh.insert_str(0, &format!(
                "测算第一年（{} 起的12个月）大部分在{year}年，已在{}%优惠截止（{last}年底）之后；其中仍属优惠期的月份未计入。",
                from.zh, pct(rate)
            ));
            d.explanation.en.insert_str(0, &format!(
                "The estimate's year one (the 12 months from {}) falls mostly in {year}, after the {}% relief ends with {last}; the months of it still within the relief are not counted. ",
                from.en, pct(rate)
            ));
        }
    }
    open_to_rd(&mut d, rd_unknown);
    d.status = d.status.min(item.status);
    d
}

/// Whether the regulation's limits for an industrial enterprise apply
/// (mining, manufacturing and utilities: GB/T 4754 sections B, C, D), as
/// the kinds to check: one when the industry is known, both when not.
fn industrial(ctx: &Ctx<'_, '_>) -> &'static [bool] {
    match ctx.industry() {
        Ok(code) if code.starts_with(['B', 'C', 'D']) => &[true],
        Ok(_) => &[false],
        Err(_) => &[true, false],
    }
}

/// Each year's saving for one kind of enterprise: nothing in a year whose
/// limits the income, the staff or the assets (the investment, at least)
/// exceed; unknown staff or assets are taken to fit, as the high end.
fn yearly_saving(
    ctx: &Ctx<'_, '_>,
    b: &Basis<'_>,
    industrial: bool,
    base: f64,
    standard: f64,
    (jobs, assets): (Option<f64>, Option<f64>),
) -> Vec<f64> {
    (0..b.n)
        .map(|y| {
            let on = year_middle(ctx.as_of, y);
            let value = |id: &str| crate::data_types::param_value(ctx.data, id, on);
            let (staff_id, assets_id) = if industrial {
                (
                    "INC-TAX-01.slpe_staff_max",
                    "INC-TAX-01.slpe_assets_max_cny",
                )
            } else {
                (
                    "INC-TAX-01.slpe_staff_max_other",
                    "INC-TAX-01.slpe_assets_max_other_cny",
                )
            };
            let fits = |v: Option<f64>, id: &str| match (v, value(id)) {
                (Some(v), Some(max)) => v <= max,
                _ => true,
            };
            let rate = value("INC-TAX-01.slpe_effective_rate").unwrap_or(standard);
            if fits(Some(base), "INC-TAX-01.slpe_income_max_cny")
                && fits(jobs, staff_id)
                && fits(assets, assets_id)
            {
                base * (standard - rate)
            } else {
                0.0
            }
        })
        .collect()
}

/// The small low-profit rate and the HNTE rate do not stack: in each year
/// and on each path the better counts and the other nothing (5 % beats
/// 15 % while the temporary relief lasts; after it the statutory 20 % does
/// not, and HNTE is the better).
pub(super) fn small_low_profit_over_hnte(drafts: &mut [(Draft<'_>, ItemResult<'_>)]) {
    let slpe = drafts
        .iter()
        .position(|(d, r)| r.id == "INC-TAX-01/small-low-profit" && d.state == ItemState::Applies);
    let hnte = drafts.iter().position(|(_, r)| r.id == "INC-TAX-02");
    let (Some(a), Some(b)) = (slpe, hnte) else {
        return;
    };
    let mut hnte_cut = false;
    for high in [false, true] {
        let path = |d: &Draft<'_>| if high { d.high.clone() } else { d.low.clone() };
        let (s, h) = (path(&drafts[a].0), path(&drafts[b].0));
        for y in 0..s.len().min(h.len()) {
            let (keep_slpe, cut) = (s[y] >= h[y], if s[y] >= h[y] { b } else { a });
            hnte_cut |= keep_slpe && h[y] > 0.0;
            let d = &mut drafts[cut].0;
            let p = if high { &mut d.high } else { &mut d.low };
            p[y] = 0.0;
        }
    }
    if hnte_cut {
        let d = &mut drafts[b].0;
        d.explanation.zh.push_str("但企业若属小型微利企业，其税负更低，两者不叠加，故该期间本项不计（见小型微利企业一项）。");
        d.explanation.en.push_str(" But if the firm is a small low-profit enterprise its rate is lower, and the two do not stack, so this item counts nothing in those years (see the small low-profit item).");
    }
}
