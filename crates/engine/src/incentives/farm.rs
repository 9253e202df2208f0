//! Income from the primary processing of farm products, exempt from income
//! tax (INC-TAX-01/farm-primary: Enterprise Income Tax Law Art. 27(1),
//! Implementing Regulations Art. 86(1)7). An incentive audit saw a rice
//! mill credited only its R&D deduction, though the land item already read
//! it as primary processing.

use super::*;

/// The exemption for a project mainly in primary processing. Which of its
/// products the scope list covers (财税〔2008〕149号, not read) and how much
/// of its income is accounted for apart (Art. 102) are not known here: the
/// range runs from nothing to the whole tax on its income.
pub(super) fn farm_primary<'a>(
    ctx: &Ctx<'a, '_>,
    b: &Basis<'a>,
    item: &'a NationalIncentive,
    mut d: Draft<'a>,
) -> Draft<'a> {
    if let Err(m) = ctx.industry() {
        return Draft::needs(m);
    }
    match crate::rules::facts::sector_member(ctx.data, ctx.project, "farm_primary_processing") {
        None => return Draft::needs(vec!["invest.primary_processing"]),
        Some(false) => {
            return Draft::state(
                ItemState::NotApplicable,
                "仅适用于以农、林、牧、渔业产品初加工为主的项目。",
                "Only for projects mainly in primary processing of farm, forest, livestock or fishery products.",
            )
            .graded(item.status)
        }
        Some(true) => {}
    }
    let (income, standard) = match super::tax::income_at_standard_rate(ctx, item, &mut d) {
        Ok(v) => v,
        Err(out) => return *out,
    };
    let tax = income * standard;
    d.low = b.every(0.0);
    d.high = b.every(tax);
    // Exempt, all its income: in the favourable case no tax is due at all.
    d.exempt = vec![true; b.n];
    d.explanation = Text {
        zh: format!(
            "以农产品初加工为主：其所得免征企业所得税，每年至多 {}（应纳税所得额 {} 按 {}% 计）。哪些产品属初加工以财税〔2008〕149号所列范围为准（本工具未读原文），且须单独核算（实施条例第一百零二条），故自 0 起算；限制类、淘汰类项目不得享受。",
            yuan(tax),
            yuan(income),
            pct(standard)
        ),
        en: format!(
            "Mainly primary processing of farm products: that income is exempt from income tax, up to {} a year ({} of taxable income at {}%). Which products count is set by the scope list of 财税〔2008〕149号 (not read here), and the income must be accounted for separately (Implementing Regulations Art. 102), so the range starts at 0; restricted and eliminated projects are excluded.",
            yuan_en(tax),
            yuan_en(income),
            pct(standard)
        ),
    };
    // The item's own grade caps the result (an early return keeps the draft's).
    d.status = d.status.min(item.status);
    d
}
