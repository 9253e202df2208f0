//! The income-tax holidays of encouraged integrated-circuit and software
//! firms (INC-TAX-01/ic-software: 国发〔2020〕8号 part 1): an IC maker's by
//! its line width, a designer's or software firm's two years free and three
//! at half, or for a key firm five free and 10 % after. Only for firms on
//! the state's lists, so "eligible if listed", from nothing; and not on top
//! of the HNTE or small-firm rates, of which the better counts each year. An
//! incentive audit saw an IC fab and a software firm given neither.

use super::*;

/// IC manufacturing (C3973), whose holiday turns on the line width.
const IC_MAKING: &str = "C3973";
/// IC design (I6520) and software development (I651): two years free and
/// three at half.
const DESIGN_AND_SOFTWARE: &[&str] = &["I6520", "I651"];

pub(super) fn ic_software<'a>(
    ctx: &Ctx<'a, '_>,
    b: &Basis<'a>,
    item: &'a NationalIncentive,
    mut d: Draft<'a>,
) -> Draft<'a> {
    let code = match ctx.industry() {
        Ok(c) => c,
        Err(m) => return Draft::needs(m),
    };
    let fab = code.starts_with(IC_MAKING);
    let design = DESIGN_AND_SOFTWARE.iter().any(|p| code.starts_with(p));
    if !fab && !design {
        // A code broader than one that qualifies (I65, C39) may hold it.
        let broader = std::iter::once(IC_MAKING)
            .chain(DESIGN_AND_SOFTWARE.iter().copied())
            .any(|p| p.len() > code.len() && p.starts_with(code));
        if broader {
            return Draft::needs(vec!["industry_code"]);
        }
        return Draft::state(
            ItemState::NotApplicable,
            "仅适用于集成电路生产、集成电路设计和软件企业。",
            "Only for integrated-circuit makers, IC design and software firms.",
        )
        .graded(item.status);
    }
    let (income, standard) = match super::tax::income_at_standard_rate(ctx, item, &mut d) {
        Ok(v) => v,
        Err(out) => return *out,
    };
    // Years free and years at half, from the first profitable year: a
    // fab's best tier (28 nm or finer), or a designer's and software firm's.
    let tier = if fab {
        "INC-TAX-01.ic_fab_best"
    } else {
        "INC-TAX-01.ic_design"
    };
    let (Some(free), Some(half)) = (
        ctx.use_param(&mut d, &format!("{tier}_free_years")),
        ctx.use_param(&mut d, &format!("{tier}_half_years")),
    ) else {
        return Draft::needs(vec![]);
    };
    let (free, half) = (free as usize, half as usize);
    // On what the R&D super-deduction leaves, as the HNTE rate is.
    let rd_used = super::tax::rd_extra_used(ctx, &mut d, income);
    let (after_zh, after_en) = super::tax::after_rd(rd_used);
    let income = income - rd_used;
    let tax = income * standard;
    // A key design or software firm (on a shorter list) has five years
    // free and 10 % after: the range's top for a designer, as the 28 nm
    // tier is for a fab (an incentive audit found the tier missing).
    let key = match fab {
        true => None,
        false => match (
            ctx.use_param(&mut d, "INC-TAX-01.ic_design_key_free_years"),
            ctx.use_param(&mut d, "INC-TAX-01.ic_design_key_rate"),
        ) {
            (Some(f), Some(r)) => Some((f as usize, r, income * (standard - r).max(0.0))),
            _ => None,
        },
    };
    d.high = (0..b.n)
        .map(|y| {
            let listed = match y {
                y if y < free => tax,
                y if y < free + half => tax / 2.0,
                _ => 0.0,
            };
            let key = match key {
                Some((key_free, _, _)) if y < key_free => tax,
                Some((_, _, after)) => after,
                None => 0.0,
            };
            listed.max(key)
        })
        .collect();
    // The favourable path's years free of tax altogether.
    let all_free = key.map_or(free, |(key_free, _, _)| key_free.max(free));
    d.exempt = (0..b.n).map(|y| y < all_free).collect();
    // On the state's list or not, and the line width, are not asked.
    d.low = b.every(0.0);
    d.state = ItemState::EligibleIfCertified;
    d.explanation = match fab {
        true => Text {
            zh: format!(
                "列入国家鼓励清单的集成电路生产企业或项目，自获利年度起按线宽享受：28纳米及以下（经营期15年以上）第一年至第十年免征；65纳米及以下前五年免征、后五年减半；130纳米及以下（经营期10年以上）前两年免征、后三年减半。线宽与是否列入清单未询问，故自 0 起算，至按28纳米及以下每年免征 {}（应纳税所得额{after_zh} {} 按 {}% 计）。与高新技术企业、小型微利企业税率不叠加，每年取其优者。",
                yuan(tax), yuan(income), pct(standard)
            ),
            en: format!(
                "An IC maker or project on the state's encouraged list has, from its first profitable year, by line width: 28 nm or finer (15 years or more of operation) ten years free; 65 nm or finer five free and five at half; 130 nm or finer (10 years or more) two free and three at half. The line width and the listing are not asked, so the range runs from 0 to the 28 nm tier, {} a year free ({} of taxable income{after_en} at {}%). It does not stack with the HNTE or small-firm rates: the better counts each year.",
                yuan_en(tax), yuan_en(income), pct(standard)
            ),
        },
        false => {
            let (key_zh, key_en) = match key {
                Some((key_free, rate, after)) => (
                    format!("列入重点企业清单的，自获利年度起第一年至第{key_free}年免征、接续年度按{}%（每年少缴 {}），本项上限按此计。", pct(rate), yuan(after)),
                    format!(" A firm on the shorter list of key firms pays none in its first {key_free} profitable years and {}% after ({} less a year): the top of the range is that tier.", pct(rate), yuan_en(after)),
                ),
                None => (String::new(), String::new()),
            };
            Text {
                zh: format!(
                    "列入国家鼓励清单的集成电路设计企业和软件企业，自获利年度起第一年至第二年免征企业所得税（每年 {}，按应纳税所得额{after_zh} {} 计），第三年至第五年减半（每年 {}）；按本估算各年所得相同，自第一年计。{key_zh}是否列入清单未询问，故自 0 起算。与高新技术企业、小型微利企业税率不叠加，每年取其优者。",
                    yuan(tax), yuan(income), yuan(tax / 2.0)
                ),
                en: format!(
                    "An IC design or software firm on the state's encouraged list pays no income tax in its first two profitable years ({} a year, on {} of taxable income{after_en}) and half in the next three ({} a year); with the same income every year, as this estimate has it, from year one.{key_en} The listing is not asked, so the range starts at 0. It does not stack with the HNTE or small-firm rates: the better counts each year.",
                    yuan_en(tax), yuan_en(income), yuan_en(tax / 2.0)
                ),
            }
        }
    };
    // The item's own grade caps the result (an early return keeps the draft's).
    d.status = d.status.min(item.status);
    d
}

/// The holiday, the HNTE rate and the small-firm rate do not stack: in each
/// year and on each path the holiday counts where it is the larger, and the
/// others nothing; where it is not, it counts nothing.
pub(super) fn over_other_rates(drafts: &mut [(Draft<'_>, ItemResult<'_>)]) {
    let counts = |d: &Draft| matches!(d.state, ItemState::Applies | ItemState::EligibleIfCertified);
    let Some(ic) = (drafts.iter()).position(|(d, r)| r.id == "INC-TAX-01/ic-software" && counts(d))
    else {
        return;
    };
    let others: Vec<usize> = (drafts.iter().enumerate())
        .filter(|(_, (d, r))| {
            matches!(r.id, "INC-TAX-02" | "INC-TAX-01/small-low-profit") && counts(d)
        })
        .map(|(i, _)| i)
        .collect();
    // The others that lose a year they would have counted: said, or a
    // figure beside "0" reads as a contradiction.
    let mut outdone: Vec<usize> = Vec::new();
    for high in [false, true] {
        let path = |d: &Draft<'_>| if high { d.high.clone() } else { d.low.clone() };
        let holiday = path(&drafts[ic].0);
        for (y, &saved) in holiday.iter().enumerate() {
            let best_other = (others.iter())
                .map(|&i| path(&drafts[i].0).get(y).copied().unwrap_or(0.0))
                .fold(0.0, f64::max);
            let cut: Vec<usize> = match saved >= best_other {
                true => others.clone(),
                false => vec![ic],
            };
            for i in cut {
                let d = &mut drafts[i].0;
                let p = if high { &mut d.high } else { &mut d.low };
                if let Some(v) = p.get_mut(y) {
                    if *v > 0.0 && i != ic && !outdone.contains(&i) {
                        outdone.push(i);
                    }
                    *v = 0.0;
                }
            }
        }
    }
    for i in outdone {
        let e = &mut drafts[i].0.explanation;
        e.zh.push_str(
            "但集成电路和软件企业的减免在部分年份更优，两者不叠加，该期间本项不计（见该项）。",
        );
        e.en.push_str(" But the IC and software holiday is the better in some years, and the two do not stack, so this item counts nothing then (see that item).");
    }
}
