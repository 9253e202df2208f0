//! The equipment items of INC-TAX-04: the one-off deduction (timing only)
//! and the 10 % credit for environmental, energy- and water-saving and
//! safety equipment. Both work on the income the R&D super-deduction
//! leaves (`tax`).

use super::tax::{after_rd, figure_and_income, open_to_rd, rd_extra_used, rd_open};
use super::*;

/// INC-TAX-04: equipment deducted at once instead of depreciated (timing only).
pub(super) fn one_off_deduction<'a>(
    ctx: &Ctx<'a, '_>,
    b: &Basis<'a>,
    item: &'a NationalIncentive,
    mut d: Draft<'a>,
) -> Draft<'a> {
    let n = b.n;
    let rates = b.rates;
    let (value, income) = match figure_and_income(ctx, item, "finance.equipment_10k_cny") {
        Ok(v) => v,
        Err(out) => return *out,
    };
    // Compared with the shortest life the equipment could otherwise have:
    // an information or software firm's is taken as electronic, 3 years
    // (data/sectors.toml); any other's as machinery, 10 (Implementing
    // Regulations Art. 60). With no industry yet, machinery, said below.
    let electronic =
        crate::rules::facts::sector_member(ctx.data, ctx.project, "electronic_equipment")
            == Some(true);
    let life_param = match electronic {
        true => "INC-TAX-04.electronics_life_years",
        false => "INC-TAX-04.machinery_life_years",
    };
    let (Some(_cap), Some(life)) = (
        ctx.use_param(&mut d, "INC-TAX-04.unit_cap_cny"),
        ctx.use_param(&mut d, life_param),
    ) else {
        return Draft::state(
            ItemState::NotInForce,
            "依据日期不在一次性扣除政策期内（2018—2027年购进）。",
            "Outside the one-off deduction's window (bought 2018–2027).",
        );
    };
    let Some(carry) = ctx.use_param(&mut d, "INC-TAX-04.loss_carry_years") else {
        return Draft::needs(vec![]);
    };
    // The R&D super-deduction takes its share of the income first: what it
    // leaves is the room for this deduction (the income is entered before both).
    let rd_unknown = rd_open(ctx, income);
    let rd_used = rd_extra_used(ctx, &mut d, income);
    let income = income - rd_used;
    let (zh_left, en_left) = after_rd(rd_used);
    b.with_rates(&mut d);
    let life = life.max(1.0) as usize;
    let carry_years = carry.max(0.0) as usize;
    // The firm chooses whether to deduct at once (STA Ann. 2018 No. 46
    // Art. 4), read here unit by unit: it takes the deduction for as much of
    // its equipment as its income can absorb within the carry years and
    // depreciates the rest. All or nothing, an audit saw 10 million yuan
    // more equipment lower the estimate by 19 million.
    let whole = value;
    let (value, expired_whole) = match one_off_loss(whole, income, life, carry_years).expired {
        left if left > 0.5 => (most_without_expiry(whole, income, life, carry_years), left),
        _ => (whole, 0.0),
    };
    if value < 0.5 && whole >= 0.5 {
        return Draft::state(
            ItemState::NothingToCount,
            format!(
                "按年应纳税所得额{zh_left} {}，一次性扣除的亏损在{}年结转期内无法弥补，反而多缴税；企业可选择按年折旧，故不计入。",
                yuan(income), carry
            ),
            format!(
                "With taxable income of {} a year{en_left}, a loss from deducting at once could not be used within its {} carry years and would cost tax; a firm may choose to depreciate instead, so it is not counted.",
                yuan_en(income), carry
            ),
        )
        .graded(item.status);
    }
    // Deducting all now instead of 1/life a year: year one deducts
    // `extra` more, years 2..life `yearly` less. What year one's income
    // cannot take is a loss carried forward `carry` years (the law's
    // limit), used as later income allows.
    let yearly = value / life as f64;
    let extra = value - yearly;
    let back = |y: usize| if y < life { yearly } else { 0.0 };
    let OneOffLoss { carried, used, .. } = one_off_loss(value, income, life, carry_years);
    // Over the whole life.
    let span = n.max(life).max(used.len());
    // A horizon shorter than the life books what is paid back after it in
    // its last year, so the total stays the timing item it is (a review saw
    // a 3-year horizon count the year-one saving alone); each amount is
    // kept apart for the present value, which discounts it at its own year
    // (an audit saw the lump counted at year 3's discount).
    let schedule = |rate: &dyn Fn(usize) -> f64| -> (Vec<f64>, Vec<f64>) {
        let mut path: Vec<f64> = (0..span)
            .map(|y| match y {
                0 => rate(0) * extra.min(income),
                _ => rate(y) * (used.get(y).copied().unwrap_or(0.0) - back(y)),
            })
            .collect();
        let mut after = Vec::new();
        if n > 0 && path.len() > n {
            after = path.split_off(n);
            path[n - 1] += after.iter().sum::<f64>();
        }
        (path, after)
    };
    (d.low, d.after.0) = schedule(&|y| rates.low_in(y));
    (d.high, d.after.1) = schedule(&|_| rates.high);
    d.at_rates = true;
    let (zh_carry, en_carry) = if carried > 0.0 {
        (
            format!(
                "比按年折旧多扣的 {} 中，首年应纳税所得额{zh_left} {} 只够扣除一部分，余下 {} 作为亏损结转，在{}年内弥补；",
                yuan(extra), yuan(income), yuan(carried), carry
            ),
            format!(
                " Of the {} deducted beyond a year's depreciation, year one's taxable income of {}{en_left} takes only part; the other {} is a loss carried forward and used within {} years.",
                yuan_en(extra), yuan_en(income), yuan_en(carried), carry
            ),
        )
    } else {
        (String::new(), String::new())
    };
    // Deducted while the standard rate applies and paid back once the HNTE
    // rate does: less tax in all, not only later.
    let gained: f64 = d.low.iter().chain(&d.after.0).sum();
    let (zh_total, en_total) = if gained > 0.5 && rates.low_from > 0 {
        let (zh_first, en_first) = match rates.low_from {
            1 => ("首年".to_string(), "its first year".to_string()),
            w => (format!("前{w}年"), format!("its first {w} years")),
        };
        (
            format!(
                "新设公司{zh_first}按{}%扣除，认定为高新技术企业后按{}%缴回，合计最多少缴 {}，其余价值在于现值。",
                pct(rates.high), pct(rates.low), yuan(gained)
            ),
            format!(
                " A new company deducts it at {}% in {en_first} and pays it back at {}% once certified as an HNTE: up to {} less in all, the rest worth its present value.",
                pct(rates.high), pct(rates.low), yuan_en(gained)
            ),
        )
    } else {
        (
            "总额不变，价值在于现值。".to_string(),
            " The same in total, worth its present value.".to_string(),
        )
    };
    d.explanation = Text {
        zh: format!(
            "设备 {} 当年一次性扣除，而非按{}年折旧：{}首年少缴 {}，此后每年多缴回。{zh_total}",
            yuan(value), life, zh_carry, yuan_range(d.low[0], d.high[0])
        ),
        en: format!(
            "Equipment of {} deducted at once instead of over {} years: {} less tax in year one, paid back later.{en_total}{}",
            yuan_en(value), life, yuan_range_en(d.low[0], d.high[0]), en_carry
        ),
    };
    let (zh_life, en_life) = match (electronic, ctx.industry().is_ok()) {
        (true, _) => (
            "信息传输、软件和信息技术服务业企业的设备按电子设备计（最低折旧年限3年，实施条例第六十条第（五）项）。",
            " An information or software firm's equipment is taken as electronic (a 3-year minimum life, Implementing Regulations Art. 60(5)).",
        ),
        (false, true) => ("", ""),
        (false, false) => (
            "未填行业，按机器设备计；若为电子设备（3年），现值较小。",
            " With no industry given, taken as machinery; electronic equipment (3 years) would be worth less.",
        ),
    };
    d.explanation.zh.push_str(zh_life);
    d.explanation.en.push_str(en_life);
    if n < span {
        d.explanation.zh.push_str(&format!(
            "展望期{n}年短于此，期后多缴回的税并入第{n}年合计，现值仍按各自年度折现。"
        ));
        d.explanation.en.push_str(&format!(" The horizon of {n} years is shorter: what is paid back after it is counted in year {n}'s total, and its present value at its own year."));
    }
    // Why less than all of it, said first.
    if expired_whole > 0.0 {
        d.explanation.zh.insert_str(0, &format!(
            "设备共 {}，若全部一次性扣除，将有 {} 亏损在{}年结转期满后仍未弥补；企业可自行选择是否享受（国家税务总局公告2018年第46号第四条，本工具按逐台选择理解），故只计其中 {} 一次性扣除，其余按年折旧。",
            yuan(whole), yuan(expired_whole), carry, yuan(value)
        ));
        d.explanation.en.insert_str(0, &format!(
            "Of the {} of equipment, deducting all at once would leave a loss of {} unused when its {} carry years end; the firm chooses whether to take the deduction (STA Ann. 2018 No. 46 Art. 4, read here unit by unit), so only {} is counted as deducted at once and the rest is depreciated. ",
            yuan_en(whole), yuan_en(expired_whole), carry, yuan_en(value)
        ));
    }
    open_to_rd(&mut d, rd_unknown);
    // The item's own grade caps the result (an early return keeps the draft's).
    d.status = d.status.min(item.status);
    d
}

/// What deducting `value` of equipment at once, instead of over `life`
/// years, does to the loss account of a firm with `income` a year.
struct OneOffLoss {
    /// What year one's income cannot take, carried forward.
    carried: f64,
    /// The loss used in each year (year one first, which uses none), as
    /// that year's income, with the depreciation no longer deducted, allows;
    /// `carry` years after the first.
    used: Vec<f64>,
    /// What is left when the carry years end: lost.
    expired: f64,
}

fn one_off_loss(value: f64, income: f64, life: usize, carry: usize) -> OneOffLoss {
    let yearly = value / life as f64;
    let carried = (value - yearly - income).max(0.0);
    let mut loss = carried;
    let used = (0..=carry)
        .map(|y| {
            if y == 0 {
                return 0.0;
            }
            let back = if y < life { yearly } else { 0.0 };
            let u = loss.min(income + back);
            loss -= u;
            u
        })
        .collect();
    OneOffLoss {
        carried,
        used,
        expired: loss,
    }
}

/// The most of `value` that can be deducted at once with no loss left when
/// the carry years end. Where some is left, every carry year used all it
/// could: `x (L-1)/L - income` carried against `carry × income + k x/L`
/// absorbed (`k` the carry years still within the life), so the point is
/// `x = income (1 + carry) L / (L - 1 - k)`.
fn most_without_expiry(value: f64, income: f64, life: usize, carry: usize) -> f64 {
    let k = carry.min(life.saturating_sub(1)) as f64;
    let l = life as f64;
    let slope = l - 1.0 - k;
    if slope <= 0.0 {
        return value;
    }
    (income * (1.0 + carry as f64) * l / slope).clamp(0.0, value)
}

/// INC-TAX-04: 10 % of environmental, energy- and water-saving and safety
/// equipment credited against the tax, carried forward five years.
pub(super) fn env_credit<'a>(
    ctx: &Ctx<'a, '_>,
    b: &Basis<'a>,
    item: &'a NationalIncentive,
    mut d: Draft<'a>,
) -> Draft<'a> {
    let n = b.n;
    let rates = b.rates;
    let (value, income) = match figure_and_income(ctx, item, "finance.env_equipment_10k_cny") {
        Ok(v) => v,
        Err(out) => return *out,
    };
    let (Some(rate), Some(carry)) = (
        ctx.use_param(&mut d, "INC-TAX-04.env_credit_rate"),
        ctx.use_param(&mut d, "INC-TAX-04.credit_carry_years"),
    ) else {
        return Draft::needs(vec![]);
    };
    b.with_rates(&mut d);
    // The tax it comes off is on what the R&D super-deduction leaves.
    let rd_unknown = rd_open(ctx, income);
    let rd_used = rd_extra_used(ctx, &mut d, income);
    let income = income - rd_used;
    let credit = value * rate;
    // Used against each year's tax, the rest carried forward.
    let schedule = |tax_rate: &dyn Fn(usize) -> f64| {
        let mut left = credit;
        (0..n)
            .map(|y| {
                if y as f64 > carry {
                    return 0.0;
                }
                let used = left.min(income * tax_rate(y));
                left -= used;
                used
            })
            .collect::<Vec<f64>>()
    };
    d.low = schedule(&|y| rates.low_in(y));
    d.high = schedule(&|_| rates.high);
    d.at_rates = true;
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
    // Say why less than the credit is counted: a "nothing to count" with
    // only the credit's size beside it reads as a contradiction.
    let used: f64 = d.high.iter().sum();
    if used < credit - 0.5 {
        let (zh_left, en_left) = after_rd(rd_used);
        let years = n.min(carry as usize + 1);
        let (zh, en) = if used < 0.5 {
            (
                format!("按年应纳税所得额{zh_left} {}，{years}年内没有可抵免的应纳税额，不计入。", yuan(income)),
                format!(
                    " With taxable income of {} a year{en_left}, there is no tax for it to come off within {years} years, so none is counted.",
                    yuan_en(income)
                ),
            )
        } else {
            (
                format!(
                    "按年应纳税所得额{zh_left} {}，{years}年内应纳税额只够抵免 {}，其余不计入。",
                    yuan(income),
                    yuan(used)
                ),
                format!(
                    " With taxable income of {} a year{en_left}, the tax due takes only {} of it within {years} years; the rest is not counted.",
                    yuan_en(income),
                    yuan_en(used)
                ),
            )
        };
        d.explanation.zh.push_str(&zh);
        d.explanation.en.push_str(&en);
    }
    open_to_rd(&mut d, rd_unknown);
    // The item's own grade caps the result (an early return keeps the draft's).
    d.status = d.status.min(item.status);
    d
}

#[cfg(test)]
mod tests {
    use super::{most_without_expiry, one_off_loss};

    /// The point found by formula is where a loss first outlasts the carry
    /// years, as the year-by-year account has it.
    #[test]
    fn the_most_deducted_at_once_leaves_no_loss_and_a_yuan_more_does() {
        for (income, life, carry) in [(10e6, 10, 5), (3e6, 10, 5), (40e6, 10, 8), (1e6, 3, 5)] {
            let whole = 2e9;
            let most = most_without_expiry(whole, income, life, carry);
            assert!(one_off_loss(most, income, life, carry).expired < 0.5);
            if most < whole {
                assert!(one_off_loss(most + 10.0, income, life, carry).expired > 0.0);
            }
        }
        // 150 million against 10 million a year: used up exactly in the fifth
        // year after, as the golden case has it.
        assert_eq!(most_without_expiry(2e9, 10e6, 10, 5), 150e6);
        // No income: nothing can be deducted at once without loss.
        assert_eq!(most_without_expiry(1e6, 0.0, 10, 5), 0.0);
    }
}
