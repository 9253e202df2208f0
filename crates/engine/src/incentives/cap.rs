//! The cap on the income-tax items together (INC-TAX-01/cap): at most the
//! year's income tax due, the excess carried forward as a loss or credit
//! would be. Uses the other items' drafts; nothing depends on it.

use super::*;

/// INC-TAX-01/cap: the income-tax items together save at most the year's
/// income tax due (taxable income at the standard rate), in the cautious
/// case and in the favourable one; each case's excess becomes this line's
/// negative amount on that path, so the totals, which add the items path by
/// path, never promise more tax back than there is tax.
pub(super) fn cap_income_tax<'a>(
    ctx: &Ctx<'a, '_>,
    b: &Basis<'a>,
    drafts: &mut [(Draft<'a>, ItemResult<'a>)],
) {
    let Some(at) = drafts.iter().position(|(_, r)| r.id == "INC-TAX-01/cap") else {
        return;
    };
    let income_tax =
        |id: &str| id.starts_with("INC-TAX-0") && !matches!(id, "INC-TAX-05" | "INC-TAX-01/cap");
    let counted =
        |d: &Draft| matches!(d.state, ItemState::Applies | ItemState::EligibleIfCertified);
    let mut d = Draft::state(ItemState::Applies, "", "");
    let rate = ctx.use_param(&mut d, "INC-TAX-01.standard_rate");
    let income = ctx.wan("finance.taxable_income_10k_cny");
    // Per year and per path (the cautious case's items together, the
    // favourable case's together, as the totals add them), what the items
    // save. One amount for both paths took the favourable excess off the
    // cautious end too, which then fell as income rose (user re-test).
    // The items that count, picked once, not at each year of each path.
    let capped: Vec<usize> = (drafts.iter().enumerate())
        .filter(|(_, (d, r))| income_tax(r.id) && counted(d))
        .map(|(i, _)| i)
        .collect();
    let saved_on = |high: bool| -> Vec<f64> {
        (0..b.n)
            .map(|y| {
                (capped.iter())
                    .map(|&i| &drafts[i].0)
                    .map(|d| if high { &d.high } else { &d.low })
                    .map(|path| path.get(y).copied().unwrap_or(0.0))
                    .sum::<f64>()
            })
            .collect()
    };
    let (saved_low, saved_high) = (saved_on(false), saved_on(true));
    // The favourable path's years with no tax due at all: the other items'
    // savings and paybacks then change nothing (an incentive audit saw a
    // rice mill's exemption lessened by the one-off deduction's payback).
    let free: Vec<bool> = (0..b.n)
        .map(|y| {
            (capped.iter()).any(|&i| {
                let d = &drafts[i].0;
                d.exempt.get(y) == Some(&true) && d.high.get(y).is_some_and(|v| *v > 0.0)
            })
        })
        .collect();
    // Without the income, an item that counts without it (resource income
    // did, until it asked for the income too) may save anything up to the
    // tax due, which could be none: from all of it off to nothing off, and
    // the income asked (a decisiveness audit saw the totals' cautious end
    // above what zero income gives).
    if let (Some(_), Err(missing)) = (rate, &income) {
        if saved_low.iter().chain(&saved_high).all(|v| *v <= 0.0) {
            drafts[at].0 = Draft::state(
                ItemState::NotApplicable,
                "各项所得税优惠尚无可计金额，无须核对是否超过应纳税额。",
                "No income-tax item counts an amount yet: nothing to check against the tax due.",
            );
            return;
        }
        // Nothing counted on the cautious path, and income enough on the
        // favourable one: no amount either way, only the figure to ask for
        // (an audit read "applies, 0 yuan" beside "please give the income").
        if saved_low.iter().all(|v| *v <= 0.0) {
            drafts[at].0 = Draft::needs(missing.clone());
            return;
        }
        // On the cautious path all of its savings off (no income), on the
        // favourable one none (income enough).
        d.low = saved_low.iter().map(|v| -v).collect();
        d.high = b.every(0.0);
        d.missing = missing.clone();
        d.explanation = Text {
            zh: "未填年应纳税所得额：各项所得税优惠合计不能超过应纳所得税，所得额不足时最多全部不计；请补充年应纳税所得额。".into(),
            en: "No taxable income given: the income-tax items together cannot save more than the tax due, and with too little income none of it counts; please give the annual taxable income.".into(),
        };
        drafts[at].0 = d;
        return;
    }
    let (Some(rate), Ok(income)) = (rate, income) else {
        // No standard rate on the date: there is nothing to cap against.
        drafts[at].0 = Draft::state(
            ItemState::NotInForce,
            "依据日期无适用的企业所得税税率。",
            "No income-tax rate is in force on that date.",
        );
        return;
    };
    let due = income.max(0.0) * rate;
    // What the tax due cannot cover, per year and path, before any is
    // carried forward.
    // (A year with no tax due is settled apart: nothing carries from it.)
    let over = |saved: &[f64], free: &[bool]| {
        (saved.iter().enumerate())
            .filter(|(y, _)| free.get(*y) != Some(&true))
            .fold(0.0_f64, |a, (_, s)| a.min(due - s))
    };
    let worst = over(&saved_low, &[]).min(over(&saved_high, &free));
    let settled_free = (free.iter().zip(&saved_high)).any(|(f, s)| *f && (due - s).abs() > 0.5);
    if worst > -0.5 && !settled_free {
        drafts[at].0 = Draft::state(
            ItemState::NotApplicable,
            format!("各项所得税优惠每年合计均不超过应纳所得税 {}。", yuan(due)),
            format!(
                "The income-tax items stay within the {} of income tax due each year.",
                yuan_en(due)
            ),
        );
        return;
    }
    // The excess is a loss or a credit the firm carries forward (EIT Law
    // Art. 18; Implementing Regulations Art. 100): used in a later year with
    // room, within the shorter of the two terms (an advisor audit saw an
    // equipment credit said to carry forward cancelled outright).
    let carry = match (
        ctx.use_param(&mut d, "INC-TAX-04.loss_carry_years"),
        ctx.use_param(&mut d, "INC-TAX-04.credit_carry_years"),
    ) {
        (Some(a), Some(b)) => a.min(b).max(0.0) as usize,
        _ => 0,
    };
    d.low = carried_forward(&saved_low, due, carry, &[]);
    d.high = carried_forward(&saved_high, due, carry, &free);
    // Left out for good, on the favourable path (the cautious one saves less).
    let lost = -(d.high.iter().sum::<f64>()).min(0.0);
    d.explanation = if worst > -0.5 {
        Text {
            zh: format!(
                "年应纳税所得额 {} 按{}%应纳所得税 {}。",
                yuan(income),
                pct(rate),
                yuan(due)
            ),
            en: format!(
                "Taxable income of {} owes {} of income tax at {}%.",
                yuan_en(income),
                yuan_en(due),
                pct(rate)
            ),
        }
    } else {
        Text {
            zh: format!(
                "年应纳税所得额 {} 按{}%应纳所得税 {}；各项所得税优惠合计超出的部分（最多一年 {}）结转以后{}年内有余额的年度使用{}。",
                yuan(income), pct(rate), yuan(due), yuan(-worst), carry,
                if lost > 0.5 { format!("，{} 结转期内用不完，不计入合计", yuan(lost)) } else { "，期内可全部用完".into() }
            ),
            en: format!(
                "Taxable income of {} owes {} of income tax at {}%; what the income-tax items together save beyond it (at most {} in a year) carries forward to later years with room, within {} years{}.",
                yuan_en(income), yuan_en(due), pct(rate), yuan_en(-worst), carry,
                if lost > 0.5 { format!("; {} cannot be used within that and is left out of the totals", yuan_en(lost)) } else { ", where all of it is used".into() }
            ),
        }
    };
    if settled_free {
        d.explanation.zh.push_str("在全额免征的年度（有利情形），不缴所得税，其他各项既不再少缴，也无须多缴回：该年合计即为应纳所得税。");
        d.explanation.en.push_str(" In the years fully exempt (the favourable case) no income tax is due, so the other items neither save more nor pay anything back: that year's total is the tax due.");
    }
    drafts[at].0 = d;
}

/// The cap's line on one path: each year's excess over the tax due taken
/// off (negative), and given back (positive) in the next years whose items
/// leave room under it, oldest excess first, for at most `carry` years.
/// A year marked `free` owes no tax whatever the items: its total is set to
/// the tax due, and it neither carries an excess nor uses one.
fn carried_forward(saved: &[f64], due: f64, carry: usize, free: &[bool]) -> Vec<f64> {
    let mut line = vec![0.0; saved.len()];
    // (the year it arose, what is left of it)
    let mut open: Vec<(usize, f64)> = Vec::new();
    for (y, s) in saved.iter().enumerate() {
        if free.get(y) == Some(&true) {
            line[y] = due - s;
            continue;
        }
        let mut room = due - s;
        if room < 0.0 {
            line[y] = room;
            open.push((y, -room));
            continue;
        }
        for (_, left) in open.iter_mut().filter(|(from, _)| y - from <= carry) {
            let used = left.min(room);
            *left -= used;
            room -= used;
            line[y] += used;
        }
    }
    line
}

#[cfg(test)]
mod tests {
    use super::carried_forward;

    #[test]
    fn an_excess_is_used_in_later_years_with_room_oldest_first() {
        // 2 over in each of the first two years, room of 2 in years 3 and 4.
        let line = carried_forward(&[5.0, 5.0, 1.0, 1.0, 3.0], 3.0, 5, &[]);
        assert_eq!(line, [-2.0, -2.0, 2.0, 2.0, 0.0]);
    }

    #[test]
    fn an_excess_with_no_room_within_the_term_is_lost() {
        // Room only in the sixth year after: past the five-year term.
        let line = carried_forward(&[5.0, 3.0, 3.0, 3.0, 3.0, 3.0, 0.0], 3.0, 5, &[]);
        assert_eq!(line.iter().sum::<f64>(), -2.0);
        // Within it, the same room takes it.
        let line = carried_forward(&[5.0, 3.0, 3.0, 3.0, 3.0, 0.0], 3.0, 5, &[]);
        assert_eq!(line.iter().sum::<f64>(), 0.0);
        // A part of it, where the room is smaller.
        let line = carried_forward(&[5.0, 2.5], 3.0, 5, &[]);
        assert_eq!(line, [-2.0, 0.5]);
    }

    #[test]
    fn a_year_with_no_tax_due_is_the_tax_due_and_carries_nothing() {
        // Year one free with an excess, year two free with a payback,
        // year three taxed with room: nothing from year one reaches it.
        let line = carried_forward(&[5.0, 2.0, 1.0], 3.0, 5, &[true, true, false]);
        assert_eq!(line, [-2.0, 1.0, 0.0]);
    }
}
