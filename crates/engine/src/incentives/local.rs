//! Local package items (city, county and park packages): the investment tier,
//! each item's conditions and amounts, caps and timing.

use super::*;

impl<'a> Ctx<'a, '_> {
    /// The investment tier and the figure behind it.
    pub(super) fn tier(&self) -> TierResult {
        let p = |id: &str| self.param(id).map(|(_, v, _)| v);
        let usd = self.project.num("invest.foreign_usd_10k").map(|v| v * 1e4);
        let total = self.project.num("invest.total_10k_cny").map(|v| v * 1e4);
        let rate = cny_per_usd(self.data, self.project, self.as_of).map(|(r, _)| r);
        // Without a total, a foreign amount converted at the stated rate.
        let cny = total.or_else(|| Some(usd? * rate?));
        // Whether a yuan amount reaches tier `n` (`None`: no such threshold).
        let reaches = |v: f64, n: u8| p(&format!("TIER.{n}_cny")).map(|t| v >= t);
        // Before the 2023 plan there are no tiers: said so, not "below the
        // first tier" (a user test, as of 2022, read that of 800 million).
        if p("TIER.1_cny").is_none() {
            return TierResult {
                tier: None,
                missing: Vec::new(),
                explanation: Text {
                    zh: "招商分档出自2023年《九江市高质量打造区域制造业中心攻坚行动方案》，依据日期时尚未施行。".into(),
                    en: "The investment tiers come from Jiujiang's 2023 manufacturing plan, not yet in force on the date.".into(),
                },
            };
        }
        // Typed but refused: said so, not "no investment given" (a user
        // test's "5o000" read as if nothing had been entered).
        // (A refused foreign amount counts as not given: it waits only where
        // it could lift the tier, below.)
        if self.project.is_refused("invest.total_10k_cny") {
            return TierResult {
                tier: None,
                missing: vec!["invest.total_10k_cny"],
                explanation: Text {
                    zh: "所填投资额无法读取，请在该栏改正后再分档。".into(),
                    en: "The investment entered could not be read: correct it at its field to get a tier.".into(),
                },
            };
        }
        let mut tier = None;
        for n in [1u8, 2, 3] {
            let by_cny = cny.and_then(|v| reaches(v, n));
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
            // The fixed assets are part of the total: a floor under it,
            // said as such, but the tier waits for the total itself.
            let fixed = self
                .project
                .num("invest.fixed_assets_10k_cny")
                .map(|v| v * 1e4);
            let floor = fixed.map(|f| {
                (1u8..=3)
                    .filter(|&n| reaches(f, n) == Some(true))
                    .max()
                    .unwrap_or(0)
            });
            let explanation = match floor {
                Some(n) if n > 0 => Text {
                    zh: format!("未填总投资：按所填固定资产投资，至少为第{n}档；填总投资后定档。"),
                    en: format!("No total investment given: the fixed-asset investment alone puts it at tier {n} at least; the total settles the tier."),
                },
                Some(_) => Text {
                    zh: "未填总投资：固定资产投资不足以定档（档次按总投资计），请填总投资。".into(),
                    en: "No total investment given: the tier counts the total, which the fixed-asset investment alone does not settle.".into(),
                },
                None => Text {
                    zh: "未填投资额，无法分档。".into(),
                    en: "No investment given: no tier.".into(),
                },
            };
            return TierResult {
                tier: None,
                missing: vec!["invest.total_10k_cny"],
                explanation,
            };
        }
        let t = tier.unwrap_or(0);
        // A higher tier reached by foreign investment alone, where that is
        // not given and could be: the total fits it (an audit read "below
        // the tier" for 90 million yuan of a foreign-invested project, whose
        // US$10 million would make tier 1).
        if let Some(open) = self.foreign_could_raise(t, usd, total, rate) {
            return open;
        }
        let (zh, en) = match t {
            0 => (
                "未达1亿元（或1000万美元外资）档".to_string(),
                "Below the tier of 100 million yuan, or 10 million USD of foreign investment"
                    .to_string(),
            ),
            1 => (
                "1亿元以上（或外资1000万美元以上）项目".to_string(),
                "Tier 1: at least 100 million yuan, or 10 million USD of foreign investment"
                    .to_string(),
            ),
            2 => (
                "20亿元以上（或外资1亿美元以上）项目".to_string(),
                "Tier 2: at least 2 billion yuan, or 100 million USD of foreign investment"
                    .to_string(),
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
                    "{en}, in the tiers of Jiujiang's 2023 manufacturing plan{}",
                    if converted {
                        "; the yuan amount converted at the rate."
                    } else {
                        "."
                    }
                ),
            },
        }
    }

    /// The tier left open when a foreign amount not given could still lift
    /// it above `t`: the project may be foreign-invested, and the total
    /// (at the rate) leaves room for the tier's dollars. `None` otherwise.
    fn foreign_could_raise(
        &self,
        t: u8,
        usd: Option<f64>,
        total: Option<f64>,
        rate: Option<f64>,
    ) -> Option<TierResult> {
        let domestic = matches!(self.project.foreign_invested(), Some((false, _)));
        if usd.is_some() || domestic {
            return None;
        }
        let (n, dollars) = ((t + 1)..=3).find_map(|n| {
            let d = self.param(&format!("TIER.{n}_usd")).map(|(_, v, _)| v)?;
            let room = match (total, rate) {
                (Some(total), Some(rate)) if rate > 0.0 => total / rate >= d,
                _ => true,
            };
            room.then_some((n, d))
        })?;
        let asked = match self.project.foreign_invested() {
            Some((true, _)) => crate::project::FOREIGN_AMOUNT,
            _ => "foreign_invested",
        };
        let millions = dollars / 1e6;
        let (by_zh, by_en) = match t {
            0 => (
                "按总投资未达第1档".to_string(),
                "Below tier 1 by the total".to_string(),
            ),
            t => (
                format!("按总投资为第{t}档"),
                format!("Tier {t} by the total"),
            ),
        };
        let wan = dollars / 1e4;
        let dollars_zh = match wan >= 1e4 {
            true => format!("{}亿美元", wan / 1e4),
            false => format!("{wan}万美元"),
        };
        let (ask_zh, ask_en) = match asked == crate::project::FOREIGN_AMOUNT {
            true => ("请填外资金额", "give the foreign amount"),
            false => (
                "请填是否外商投资及外资金额",
                "say whether it is foreign-invested, and how much",
            ),
        };
        Some(TierResult {
            tier: None,
            missing: vec![asked],
            explanation: Text {
                zh: format!("{by_zh}；外资达{dollars_zh}即为第{n}档，{ask_zh}。"),
                en: format!("{by_en}; foreign investment of {millions} million USD or more would make it tier {n}: {ask_en}."),
            },
        })
    }

    pub(super) fn local(&self, item: &'a PackageItem, mu_tier: Option<u8>) -> Draft<'a> {
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
            return self.not_in_force(item.effective_from);
        }
        // Conditions: any alternative, each all of its parts.
        let mut missing = Vec::new();
        if !item.when.is_empty() {
            let mut any = false;
            // Why each alternative fails, once each.
            let mut unmet: Vec<Text> = Vec::new();
            for alt in &item.when {
                match self.condition(alt, mu_tier) {
                    (Ok(true), _) => {
                        any = true;
                        break;
                    }
                    (Ok(false), why) => {
                        if let Some(why) = why.filter(|w| !unmet.contains(w)) {
                            unmet.push(why);
                        }
                    }
                    (Err(m), _) => missing.extend(m),
                }
            }
            if any {
                missing.clear();
            } else if missing.is_empty() && unmet.is_empty() {
                return Draft::state(
                    ItemState::NotApplicable,
                    "项目不符合本项条件。",
                    "The project does not meet this item's conditions.",
                );
            } else if missing.is_empty() {
                let zh: Vec<&str> = unmet.iter().map(|w| w.zh.as_str()).collect();
                let en: Vec<&str> = unmet.iter().map(|w| w.en.as_str()).collect();
                return Draft::state(
                    ItemState::NotApplicable,
                    format!("项目不符合本项条件：{}。", zh.join("；")),
                    format!(
                        "The project does not meet this item's conditions: {}.",
                        en.join("; nor: ")
                    ),
                );
            }
            missing.sort_unstable();
            missing.dedup();
        }
        let legal_from = self
            .param("INC-LEGAL-01.in_force")
            .and_then(|(p, v, _)| Some((&p.id, v > 0.0, param_in_force(p, self.as_of)?.from)));
        let tax_linked = tax_linked(item);
        if item.selective || tax_linked {
            if let Some((id, true, since)) = legal_from {
                // Negotiable whether or not its conditions are known: no
                // answer gives it an amount, so none is asked for.
                d.params.push(id);
                d.state = ItemState::Negotiable;
                d.conditions_open = !missing.is_empty();
                let since = crate::text::display::date(since);
                // Which facts would say whether it applies at all, named
                // though not asked (an advisor re-audit saw a logistics
                // project's items open with nothing named).
                let named = |zh: bool| -> String {
                    let v: Vec<&str> = (missing.iter())
                        .filter_map(|k| crate::project::field(k))
                        .map(|f| if zh { f.label.zh } else { f.label.en })
                        .collect();
                    v.join(if zh { "、" } else { ", " })
                };
                let (open_zh, open_en) = if missing.is_empty() {
                    (
                        "符合条件，但".to_string(),
                        "The conditions are met, but ".to_string(),
                    )
                } else {
                    (
                        format!("是否符合条件尚未确知（{}）；即使符合，也", named(true)),
                        format!(
                            "Whether the conditions are met is not yet known ({}); even if they are, ",
                            named(false)
                        ),
                    )
                };
                d.explanation = Text {
                    zh: format!("{open_zh}属按项目给予的地方补助：自{}起须有法律、行政法规依据或经国务院批准（公平竞争审查条例），可洽谈、须经公平竞争审查，不列金额。", since.zh),
                    en: format!("{open_en}this is a project-specific local subsidy: since {} it needs a basis in law or State Council approval (Fair Competition Review Regulation). Negotiable, subject to review; no amount is shown.", since.en),
                };
                if tax_linked && !item.selective {
                    d.explanation = Text {
                        zh: format!("本项看似按企业纳税额返还或奖励：自{}起，无法律、行政法规依据或国务院批准，不得给予特定经营者税收优惠或与纳税挂钩的奖励（公平竞争审查条例）。须经公平竞争审查确认，不列金额、不计入合计。", since.zh),
                        en: format!("This item looks like a rebate or reward tied to tax paid: since {}, without a basis in law or State Council approval, no specific firm may be given tax preferences or rewards tied to its tax (Fair Competition Review Regulation). To be confirmed by a fair-competition review; no amount, not in the totals.", since.en),
                    };
                }
                return d;
            }
        }
        if !missing.is_empty() {
            return Draft::needs(missing);
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
                    // A band without an amount is the source's "case by
                    // case" (一事一议): above 800 million a county's reward
                    // read "not applicable", which an investor reads as
                    // "not eligible" (a review).
                    Some(t) if t.per_mu_cny.is_none() && t.fixed_cny.is_none() => {
                        d.state = ItemState::Negotiable;
                        d.explanation = Text {
                            zh: "该投资额所在一档“一事一议”，可洽谈，不列金额。".into(),
                            en: "The investment falls in a band settled case by case: negotiable, no amount shown.".into(),
                        };
                        return d;
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
        // An item that may no longer stand is worth nothing at worst (a
        // review saw a possibly superseded subsidy given as 30 million at
        // both ends).
        // ("Needs review" is the editor's default for staff's own items,
        // which they enter to be counted.)
        let superseded = item.status == ItemStatus::PossiblySuperseded;
        let (doubt_zh, doubt_en) = if superseded {
            (
                "本项可能已被替代，故下限为0。",
                " It may have been superseded, so the range starts at 0.",
            )
        } else {
            ("", "")
        };
        if superseded {
            r = Range::new(0.0, r.max);
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
                "按本项规定：{}（{when_zh}）{}。{doubt_zh}",
                yuan_range(r.min, r.max),
                if capped { "，已按上限封顶" } else { "" }
            ),
            en: format!(
                "By this item: {} ({when_en}){}.{doubt_en}",
                yuan_range_en(r.min, r.max),
                if capped { ", capped" } else { "" }
            ),
        };
        d
    }

    /// Whether the project meets one alternative of an item's conditions,
    /// with, when it does not, why (the first part it fails), so that "not
    /// applicable" says which (an advisor audit read a bare "does not meet
    /// this item's conditions" for an expansion where "newly attracted" was
    /// asked).
    fn condition(
        &self,
        c: &crate::data_types::ItemCondition,
        tier: Option<u8>,
    ) -> (Need<bool>, Option<Text>) {
        let mut tests: Vec<(Need<bool>, Text)> = Vec::new();
        let t = |zh: String, en: String| Text { zh, en };
        if !c.industry_prefixes.is_empty() {
            tests.push((
                self.industry().map(|code| {
                    c.industry_prefixes
                        .iter()
                        .any(|p| code.starts_with(p.trim()))
                }),
                t(
                    format!("行业不在本项所列范围（{}）", c.industry_prefixes.join("、")),
                    format!(
                        "its industry is not among those the item names ({})",
                        c.industry_prefixes.join(", ")
                    ),
                ),
            ));
        }
        if let Some(min) = c.min_fixed_assets_cny {
            // The fixed assets are part of the total investment: a total
            // below the minimum leaves them below it too (a user test saw
            // a 50-million project told a 200-million item was negotiable).
            let fixed = self.wan("invest.fixed_assets_10k_cny");
            let total = || self.project.num("invest.total_10k_cny").map(|v| v * 1e4);
            tests.push((
                match fixed {
                    Err(_) if total().is_some_and(|t| t < min) => Ok(false),
                    _ => fixed.map(|v| v >= min),
                },
                t(
                    format!("固定资产投资低于 {}", yuan(min)),
                    format!("the fixed-asset investment is below {}", yuan_en(min)),
                ),
            ));
        }
        if let Some(min) = c.min_tier {
            tests.push((
                tier.map(|t| t >= min)
                    .ok_or_else(|| vec!["invest.total_10k_cny"]),
                t(
                    "投资额未达本项最低档".into(),
                    "the investment is below the item's lowest tier".into(),
                ),
            ));
        }
        if let Some(want) = c.foreign_invested {
            tests.push((
                self.yes("foreign_invested").map(|v| v == want),
                match want {
                    true => t(
                        "本项只适用于外商投资项目".into(),
                        "it is for foreign-invested projects only".into(),
                    ),
                    false => t(
                        "本项不适用于外商投资项目".into(),
                        "it is not for foreign-invested projects".into(),
                    ),
                },
            ));
        }
        if let Some(want) = c.investor_rank {
            tests.push((
                self.yes("invest.investor_rank").map(|v| v == want),
                t(
                    "投资方不属本项所列企业（如世界500强、行业领军企业）".into(),
                    "the investor is not of the rank the item names (a Global 500 or sector-leading firm)".into(),
                ),
            ));
        }
        if let Some(min) = c.min_jobs {
            tests.push((
                self.num("finance.jobs").map(|v| v >= min),
                t(
                    format!("用工少于 {min} 人"),
                    format!("it employs fewer than {min}"),
                ),
            ));
        }
        if let Some(min) = c.min_sales_cny {
            tests.push((
                self.wan("finance.sales_10k_cny").map(|v| v >= min),
                t(
                    format!("年销售收入低于 {}", yuan(min)),
                    format!("its yearly sales are below {}", yuan_en(min)),
                ),
            ));
        }
        if let Some(min) = c.min_land_mu {
            tests.push((
                self.num("invest.land_mu").map(|v| v >= min),
                t(
                    format!("用地少于 {min} 亩"),
                    format!("it uses less than {min} mu of land"),
                ),
            ));
        }
        if let Some(max) = c.max_land_mu {
            tests.push((
                self.num("invest.land_mu").map(|v| v <= max),
                t(
                    format!("用地多于 {max} 亩"),
                    format!("it uses more than {max} mu of land"),
                ),
            ));
        }
        if let Some(min) = c.min_tax_cny {
            tests.push((
                self.wan("finance.tax_paid_10k_cny").map(|v| v >= min),
                t(
                    format!("年纳税额低于 {}", yuan(min)),
                    format!("its yearly tax paid is below {}", yuan_en(min)),
                ),
            ));
        }
        if !c.actions.is_empty() {
            let names = |en: bool| {
                (c.actions.iter())
                    .map(|k| action_label(k.trim(), en))
                    .collect::<Vec<_>>()
            };
            tests.push((
                (self.project.choice("action"))
                    .map(|a| c.actions.iter().any(|k| k.trim() == a))
                    .ok_or_else(|| vec!["action"]),
                t(
                    format!("本项只适用于{}", names(false).join("、")),
                    format!("it is for {} only", names(true).join(" or ").to_lowercase()),
                ),
            ));
        }
        // Kleene AND: one false decides; else any unknown leaves it open.
        let mut missing = Vec::new();
        for (test, why) in tests {
            match test {
                Ok(false) => return (Ok(false), Some(why)),
                Ok(true) => {}
                Err(m) => missing.extend(m),
            }
        }
        if missing.is_empty() {
            (Ok(true), None)
        } else {
            (Err(missing), None)
        }
    }
}

/// Whether an item returns or rewards tax paid, by its title or its note:
/// such an award to a specific firm needs a basis in law since the Fair
/// Competition Review Regulation, so it is not counted, whatever its
/// package says (a user test saw a park's tax-share rebate make up most of
/// a printed total; a review saw "增值税地方分成部分返还" and a note "按地方
/// 留成部分的60%拨付" counted). Only words that tie an amount to tax paid or
/// to the local share of it: a statutory refund (export or VAT refunds, an
/// unemployment-insurance or deposit refund) is not caught.
pub(super) fn tax_linked(item: &PackageItem) -> bool {
    const ZH: &[&str] = &[
        "税收返还",
        "税款返还",
        "返还税",
        "留成",
        "地方留存",
        "留存部分",
        "地方分成",
        "税收分成",
        "财政贡献",
        "地方贡献",
        "经营贡献",
        "税收奖励",
        "纳税奖励",
        "以税定奖",
        // An amount reckoned on the firm's tax paid (not "税额" alone: a
        // land-use tax's minimum 税额, a VAT credit refund, a review).
        "实缴税额",
        "纳税额",
        "缴纳税额",
        "缴纳的税",
    ];
    const EN: &[&str] = &[
        "tax rebate",
        "rebate of tax",
        "retained tax",
        "tax share",
        "share of tax",
        "tax contribution",
        "tax paid",
        "taxes paid",
    ];
    // "Local share" is a co-funding split as often as a tax one: only
    // beside a word for tax.
    const EN_SHARE: &[&str] = &["local share", "local portion", "local retention"];
    // A text saying the item is not such a rebate does not make it one.
    const DENIED: &[&str] = &[
        "不属于税收",
        "不属税收",
        "非税收返还",
        "不与纳税挂钩",
        "not a tax",
        "not tied to tax",
    ];
    let says = |t: &crate::Text| {
        let lower = t.en.to_lowercase();
        if DENIED.iter().any(|d| t.zh.contains(d) || lower.contains(d)) {
            return false;
        }
        let taxed = lower.contains("tax") || lower.contains("vat");
        ZH.iter().any(|k| t.zh.contains(k))
            || EN.iter().any(|k| lower.contains(k))
            || (taxed && EN_SHARE.iter().any(|k| lower.contains(k)))
    };
    says(&item.title) || says(&item.note)
}

/// A type of project by its label ("new build"), for an item's conditions.
fn action_label(key: &str, en: bool) -> String {
    let label = crate::project::field("action").and_then(|f| match f.kind {
        crate::project::FieldKind::Choice(choices) => choices.iter().find(|c| c.key == key),
        _ => None,
    });
    match label {
        Some(c) if en => c.label.en.to_string(),
        Some(c) => c.label.zh.to_string(),
        None => key.to_string(),
    }
}
