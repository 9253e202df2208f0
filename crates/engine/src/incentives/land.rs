//! Land items: the floor price by grade and its 70 % variant (INC-LAND-01,
//! INC-LAND-02), the urban land-use tax band (INC-TAX-05), and the checks of a
//! package's land conditions.

use super::*;

/// INC-LAND-01 and INC-LAND-02: the floor price of the land by grade, and
/// the 70 % floor for priority, land-intensive projects.
pub(super) fn land_floor<'a>(
    ctx: &Ctx<'a, '_>,
    b: &Basis<'a>,
    item: &'a NationalIncentive,
    mut d: Draft<'a>,
) -> Draft<'a> {
    // The floor price is set when land is granted (国土资发〔2009〕56号): a
    // renovation or upgrade works on the land it has (an advisor audit saw
    // 960,000 yuan less counted for a renovation on its own 50 mu).
    if matches!(
        ctx.project.choice("action"),
        Some("renovation" | "tech_upgrade")
    ) {
        return Draft::state(
            ItemState::NotApplicable,
            "改建、技术改造在现有用地上进行，不涉及土地出让，无出让底价；如须新供地，建设性质请选扩建或新建。",
            "A renovation or technical upgrade works on the land it has: no land is granted, so no floor price applies; if new land is granted, choose expansion or new build.",
        )
        .graded(item.status);
    }
    let (mu, grade) = match join(vec![
        ctx.num("invest.land_mu").map(|v| (v, "")),
        ctx.project
            .choice("invest.land_grade")
            .map(|g| (0.0, g))
            .ok_or_else(|| vec!["invest.land_grade"]),
    ]) {
        Ok(v) => (v[0].0, v[1].1),
        Err(m) => return Draft::needs(m),
    };
    let (Some(price), Some(m2)) = (
        ctx.use_param(&mut d, &format!("INC-LAND-01.grade_{grade}_cny_m2")),
        ctx.use_param(&mut d, "INC-LAND-01.m2_per_mu"),
    ) else {
        return Draft::needs(vec!["invest.land_grade"]);
    };
    let floor = price * mu * m2;
    if item.id == "INC-LAND-01" {
        d.low = b.once(floor);
        d.high = b.once(floor);
        d.explanation = Text {
            zh: format!(
                "{grade}等地每平方米 {price} 元 × {} 亩（{} 平方米）= 出让底价 {}。",
                format_number(mu),
                format_number((mu * m2).round()),
                yuan(floor)
            ),
            en: format!(
                "Grade {grade}, {price} yuan/m² × {} mu ({} m²) = a floor price of {}.",
                format_number(mu),
                format_number((mu * m2).round()),
                yuan_en(floor)
            ),
        };
        return d;
    }
    // INC-LAND-02: encouraged and land-intensive.
    // Encouraged by the industrial catalogue, or, for a foreign-invested
    // project, by the foreign-investment one. Whether it is foreign is
    // asked only where the answer decides (unknown had read as "no").
    let foreign = ctx.foreign();
    let foreign_yes = matches!(foreign, Ok(true));
    let fdi_listed = match ctx.project.get("catalogue.fdi_encouraged") {
        Some(Value::Bool(b)) => Some(*b),
        _ => None,
    };
    // A class that contradicts "neither restricted nor eliminated" is read
    // by no rule, as by no item (a code review saw it applied here).
    let class = match crate::rules::facts::class_contradicts(ctx.project) {
        true => Err(crate::rules::facts::CLASS_PAIR.to_vec()),
        false => Ok(ctx.project.choice("catalogue.class")),
    };
    let encouraged = match (class, fdi_listed, foreign) {
        (Err(both), _, _) => Err(both),
        (Ok(class), fdi_listed, foreign) => match (class, fdi_listed, foreign) {
            (Some("encouraged"), _, _) => Ok(true),
            (_, Some(true), Ok(true)) => Ok(true),
            (Some(_), Some(false), _) | (Some(_), _, Ok(false)) => Ok(false),
            (Some(_), Some(true), Err(missing)) | (Some(_), None, Err(missing)) => Err(missing),
            (Some(_), None, Ok(true)) => Err(vec!["catalogue.fdi_encouraged"]),
            (None, _, _) => Err(vec!["catalogue.class"]),
        },
    };
    // Not encouraged: no land intensity makes it a priority, so it is not
    // asked (an audit was asked it for a permitted-class project); nor is
    // the class of a project that is not land-intensive (another audit).
    let priority = match (encouraged, ctx.yes("invest.land_intensive")) {
        (Ok(false), _) | (_, Ok(false)) => Ok(false),
        (encouraged, intensive) => join(vec![encouraged, intensive]).map(|v| v.iter().all(|b| *b)),
    };
    // Or mainly primary processing of farm products (the notice's Art. 3),
    // asked of the classes that can be (a review found the limb cited but
    // never applied).
    let primary =
        crate::rules::facts::sector_member(ctx.data, ctx.project, "farm_primary_processing")
            .ok_or_else(|| vec!["invest.primary_processing"]);
    let by_primary = match (priority, primary) {
        (Ok(true), _) => false,
        (_, Ok(true)) => true,
        (Ok(false), Ok(false)) => {
            return Draft::state(
                ItemState::NotApplicable,
                "仅适用于鼓励类且集约用地的项目，或以农林牧渔产品初加工为主的项目。",
                "Only for encouraged, land-intensive projects, or mainly primary processing of farm products.",
            );
        }
        (Err(mut m), Err(more)) => {
            m.extend(more);
            return Draft::needs(m);
        }
        (Err(m), _) | (_, Err(m)) => return Draft::needs(m),
    };
    let Some(share) = ctx.use_param(&mut d, "INC-LAND-02.floor_share") else {
        return Draft::needs(vec![]);
    };
    if !foreign_yes || by_primary {
        // The 2009 notice says "the province's priority
        // industries"; taking the encouraged class for them is
        // this tool's reading (W9), as is which classes can be primary
        // processing.
        d.status = d.status.min(Status::C);
    }
    let cut = floor * (1.0 - share);
    d.low = b.once(0.0);
    d.high = b.once(cut);
    let (why_zh, why_en) = if by_primary {
        (
            "以农林牧渔产品初加工为主，",
            "Mainly primary processing of farm products: ",
        )
    } else {
        ("", "")
    };
    d.explanation = Text {
        zh: format!(
            "{why_zh}底价可按最低价的{}%确定：最多可省 {}（可以而非必须）。",
            pct(share),
            yuan(cut)
        ),
        en: format!(
            "{why_en}{} floor may be set at {}% of the grade price: up to {} less (may, not must).",
            if by_primary { "the" } else { "The" },
            pct(share),
            yuan_en(cut)
        ),
    };
    // The item's own grade caps the result (an early return keeps the draft's).
    d.status = d.status.min(item.status);
    d
}

/// INC-TAX-05: the urban land-use tax band by city size (a cost).
pub(super) fn land_use_tax<'a>(
    ctx: &Ctx<'a, '_>,
    b: &Basis<'a>,
    item: &'a NationalIncentive,
    mut d: Draft<'a>,
) -> Draft<'a> {
    let (mu, size) = match join(vec![
        ctx.num("invest.land_mu").map(|v| (v, "")),
        ctx.project
            .choice("invest.city_size")
            .map(|s| (0.0, s))
            .ok_or_else(|| vec!["invest.city_size"]),
    ]) {
        Ok(v) => (v[0].0, v[1].1),
        Err(m) => return Draft::needs(m),
    };
    let (Some(lo), Some(hi), Some(m2)) = (
        ctx.use_param(&mut d, &format!("INC-TAX-05.{size}_min_cny_m2")),
        ctx.use_param(&mut d, &format!("INC-TAX-05.{size}_max_cny_m2")),
        ctx.use_param(&mut d, "INC-LAND-01.m2_per_mu"),
    ) else {
        return Draft::needs(vec!["invest.city_size"]);
    };
    let area = mu * m2;
    d.low = b.every(area * lo);
    d.high = b.every(area * hi);
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
    // A logistics firm's bulk-commodity storage land is taxed at a share
    // while the relief runs: the low end for warehousing (G59), whose
    // land's use is not asked (an incentive audit saw the full band).
    let warehousing = ctx.industry().is_ok_and(|c| c.starts_with("G59"));
    if let Some(share) = warehousing
        .then(|| ctx.use_param(&mut d, "INC-TAX-05.bulk_storage_share"))
        .flatten()
        .filter(|s| *s < 1.0)
    {
        d.low = b.every(area * lo * share);
        d.explanation.zh.push_str(&format!(
            "物流企业的大宗商品仓储设施用地（6000平方米以上）按{}%计征，下限按此计：每年 {} 起。",
            pct(share),
            yuan(d.low[0])
        ));
        d.explanation.en.push_str(&format!(
            " A logistics firm's bulk-commodity storage land (6,000 m² or more) is taxed at {}%, which the low end takes: from {} a year.",
            pct(share),
            yuan_en(d.low[0])
        ));
    }
    // The item's own grade caps the result (an early return keeps the draft's).
    d.status = d.status.min(item.status);
    d
}

impl<'a> Ctx<'a, '_> {
    pub(super) fn land_checks(&self, packages: &[&'a Package]) -> Vec<LandCheck<'a>> {
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
