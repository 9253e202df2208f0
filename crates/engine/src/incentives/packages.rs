//! Packages as files: validation (for the meta-tests over the bundled ones and
//! for what staff import or edit) and reading one from JSON.

use super::*;

/// Problems in a package, each with where it is: for the meta-tests over
/// the bundled packages and for packages staff import or edit.
pub fn validate(p: &Package) -> Vec<(String, Text)> {
    let mut out = Vec::new();
    // Read once for every condition (the table has 1,971 classes).
    let industry = crate::project::industry::Industry::embedded();
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
    // A trillion yuan is beyond any local award: a figure above it is a
    // slip of unit or of keys (1e300 was accepted once).
    let ok_money = |v: f64| v.is_finite() && (0.0..=1e12).contains(&v);
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
        } else if let (Some(cap), Amount::Fixed { min_cny, .. }) = (item.cap_cny, &item.amount) {
            // A cap below the least the item pays contradicts the item (a
            // re-test saved one without a word); a cap of 0 switches it off.
            if cap > 0.0 && cap < *min_cny {
                err(
                    at("cap_cny"),
                    "上限低于本项金额的下限：本项金额永远达不到下限。",
                    "The cap is below the item's minimum amount, which could then never be paid.",
                );
            }
        }
        match &item.amount {
            // Nothing per unit is a slip, not an award (a re-test saved a
            // share of fixed assets left at 0).
            Amount::PctOfFixedAssets { rate }
                if !(rate.is_finite() && *rate > 0.0 && *rate <= 1.0) =>
            {
                err(
                    at("amount.rate"),
                    // Said in per cent, as the editor asks for it (a user test
                    // typed 0.03 for 3 % after "0.03 for 3 %", and got 0.03 %).
                    "比例须大于0%且不超过100%（优惠包文件中以1表示100%）。",
                    "The share must be above 0 % and at most 100 % (a package file writes 100 % as 1).",
                )
            }
            Amount::PerMu { cny } | Amount::PerJob { cny } if !(ok_money(*cny) && *cny > 0.0) => {
                err(
                    at("amount.cny"),
                    "金额须大于0。",
                    "The amount must be more than 0.",
                )
            }
            Amount::Fixed { min_cny, max_cny }
                if !(ok_money(*min_cny) && ok_money(*max_cny) && min_cny <= max_cny) =>
            {
                err(
                    at("amount"),
                    "金额须为非负数，且下限不大于上限。",
                    "Amounts must be non-negative, the minimum no more than the maximum.",
                )
            }
            // A fixed sum of nothing is a slip, as a rate of 0 is (a user
            // test saved one, and the estimate listed "applies: 0 yuan").
            Amount::Fixed { max_cny, .. } if *max_cny <= 0.0 => err(
                at("amount"),
                "金额须大于0。",
                "The amount must be more than 0.",
            ),
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
                        || t.fixed_cny.is_some_and(|v| !ok_money(v));
                    // A band with no amount is "case by case" (一事一议).
                    if bad {
                        err(format!("items[{i}].amount.tiers[{k}]"), "每档须有非负的下限、大于下限的上限，以及每亩或固定金额（或“一事一议”）。", "Each band needs a non-negative minimum, a maximum above it, and a per-mu or fixed amount (or none: case by case).");
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
            if c.min_jobs.is_some_and(|n| n.fract() != 0.0) {
                err(
                    at("when"),
                    "岗位数须为整数。",
                    "A number of jobs must be whole.",
                );
            }
            if let (Some(lo), Some(hi)) = (c.min_land_mu, c.max_land_mu) {
                if lo > hi {
                    err(
                        at("when"),
                        "用地下限大于上限，此项永远不会适用。",
                        "The least land is above the most land: the item could never apply.",
                    );
                }
            }
            if (c.industry_prefixes.iter()).any(|x| industry.get(x.trim()).is_none()) {
                err(
                    at("when.industry_prefixes"),
                    "行业代码前缀须为 GB/T 4754-2017 的门类、大类、中类或小类代码（如 C、C39、C398）。",
                    "Industry prefixes must be GB/T 4754-2017 section, division, group or class codes (C, C39, C398).",
                );
            }
            let known = |k: &String| crate::project::ACTIONS.iter().any(|a| a.key == k.trim());
            if !c.actions.iter().all(known) {
                err(
                    at("when.actions"),
                    "项目类型须为 new、expansion、renovation、relocation 或 tech_upgrade。",
                    "Types of project must be new, expansion, renovation, relocation or tech_upgrade.",
                );
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
        // A package is local: it may not stand in for a national item, nor
        // knock one out (a review replaced the national high-tech rate
        // from a staff file, and its 80 million went).
        if national_id(&item.id) {
            err(
                format!("items[{i}].id"),
                "代号与国家优惠项目重复，园区优惠请另取代号。",
                "The id is a national item's: give the park's item its own.",
            );
        }
        for r in &item.replaces {
            if r == &item.id {
                err(
                    format!("items[{i}].replaces"),
                    "不能替代自身。",
                    "An item cannot replace itself.",
                );
            } else if national_id(r) {
                err(
                    format!("items[{i}].replaces"),
                    "园区优惠不能替代国家优惠项目。",
                    "A park's item cannot replace a national item.",
                );
            }
        }
    }
    out
}

/// The id families of the national items (data/incentives/national.toml; a
/// meta-test holds every national id to one of them).
pub const NATIONAL_ID_PREFIXES: &[&str] = &["INC-TAX-", "INC-LAND-", "FDI-"];

fn national_id(id: &str) -> bool {
    NATIONAL_ID_PREFIXES
        .iter()
        .any(|p| id.trim().starts_with(p))
}

/// A package from a JSON file (the app's export format), validated and
/// marked as entered by the user; errors with where they are.
pub fn package_from_json(text: &str) -> Result<Package, Vec<(String, Text)>> {
    let text = text.trim_start_matches('\u{feff}');
    let mut p: Package = serde_json::from_str(text).map_err(|e| {
        // A project or a saved piece of work brought here by mistake says
        // what it is and where it opens (a user test got "unknown field
        // schema_version").
        let head = text.get(..text.len().min(4096)).unwrap_or("");
        let why = if head.contains("\"schema_version\"") && !head.contains("\"items\"") {
            Text {
                zh: "这是项目或方案文件，不是优惠包：请在“项目预审”页用“导入文件”打开。".into(),
                en: "This is a project or work file, not a package: open it with “Import a file” on the screening page.".into(),
            }
        } else {
            crate::text::json_error(("优惠包文件", "package file"), &e)
        };
        vec![(String::new(), why)]
    })?;
    p.entered_by_user = true;
    let problems = validate(&p);
    if problems.is_empty() {
        Ok(p)
    } else {
        Err(problems)
    }
}

/// The counties a package's region lies in: the county it names, or the
/// county of the park or target-list base it names, counting only real
/// county-level divisions (data/counties.toml): a site point or a park can
/// be placed in those. Empty when the tool cannot place the region (one
/// staff typed in, or one such as 九江经开区 that is no county).
fn region_counties<'d>(data: &'d RuleData, region: &'d str) -> Vec<&'d str> {
    let mut out: Vec<&str> = Vec::new();
    out.extend(
        (data.parks.iter())
            .filter(|p| p.name.zh == region)
            .map(|p| p.county.as_str()),
    );
    out.extend(
        (data.profiles.iter())
            .filter(|p| p.name.zh == region)
            .map(|p| p.county.as_str()),
    );
    out.push(region);
    out.retain(|c| data.counties.iter().any(|k| k.name == *c));
    out
}

/// A package for a region the tool cannot place (one staff typed in, or
/// one such as 九江经开区 that is no county): it counts as switched on, and
/// its items say the site was not checked against the region.
/// (A package with no region named says nothing to check.)
pub(super) fn region_unchecked(data: &RuleData, p: &Package) -> bool {
    !p.applies_everywhere()
        && !p.region.trim().is_empty()
        && !data.parks.iter().any(|x| x.name.zh == p.region)
        && region_counties(data, &p.region).is_empty()
}

/// Whether a county or park package can count for the project's site, as a
/// state that replaces what the item would otherwise be; `None` when it
/// may count. The site's county comes from its point (when the county
/// boundaries are there), else from its chemical park; a park package whose
/// region is a listed park also compares the park chosen. `None` too when
/// the tool cannot tell (a region it cannot place, a point it cannot place
/// and no park): the package counts as switched on, as before. Only called
/// for an item that could count: a site never makes an item apply that its
/// own conditions rule out.
pub(super) fn region_gate<'a>(
    data: &RuleData,
    project: &Project,
    p: &Package,
) -> Option<Draft<'a>> {
    use crate::rules::facts::{site_point, SitePoint};
    let outside = |zh: String, en: String| Some(Draft::state(ItemState::NotApplicable, zh, en));
    if p.applies_everywhere() {
        // A city package is the city's: a site placed outside every one of
        // its counties cannot have it (an incentive audit saw the city's
        // subsidies counted for a site in Nanchang beside "outside
        // Jiujiang"). A province's reaches further; neither asks a site.
        let placed_outside = p.level == crate::data_types::Level::City
            && matches!(site_point(project), SitePoint::At { .. })
            && crate::rules::report::site_info(project).is_some_and(|i| i.county.is_none());
        return match placed_outside {
            true => outside(
                format!("本包适用于{}，选址不在九江市内。", p.region),
                "This package is the city's; the site is outside Jiujiang.".to_string(),
            ),
            false => None,
        };
    }
    let park =
        (project.text("site.chemical_park")).and_then(|id| data.parks.iter().find(|x| x.id == id));
    // A package of a listed park, and a park chosen: the park decides.
    if let (Some(chosen), true) = (park, data.parks.iter().any(|x| x.name.zh == p.region)) {
        return (chosen.name.zh != p.region).then(|| {
            Draft::state(
                ItemState::NotApplicable,
                format!("本包适用于{}，所选园区为{}。", p.region, chosen.name.zh),
                format!(
                    "This package is for {}; the park chosen is {}.",
                    p.region, chosen.name.en
                ),
            )
        });
    }
    let counties = region_counties(data, &p.region);
    if counties.is_empty() {
        return None;
    }
    let park_county = park
        .map(|x| x.county.as_str())
        .filter(|c| data.counties.iter().any(|k| k.name == *c));
    let county: Option<String> = match site_point(project) {
        SitePoint::At { .. } => match crate::rules::report::site_info(project) {
            Some(info) => match info.county {
                Some(c) => Some(c.name.zh.to_string()),
                None => {
                    return outside(
                        format!("本包适用于{}，选址不在九江市内。", p.region),
                        format!(
                            "This package is for {}; the site is outside Jiujiang.",
                            p.region
                        ),
                    )
                }
            },
            // Boundaries not loaded: the park's county, if any, else no word.
            None => Some(park_county?.to_string()),
        },
        SitePoint::NoDatum => {
            let mut d = Draft::needs(vec!["site.location_datum"]);
            d.explanation = Text {
                zh: format!("本包只适用于{}：请说明坐标所用坐标系，以确定选址是否在其范围内。", p.region),
                en: format!("This package is for {} only: say which coordinate system the point uses, to tell whether the site is there.", p.region),
            };
            return Some(d);
        }
        SitePoint::None => park_county.map(str::to_string),
    };
    match county {
        Some(c) if counties.contains(&c.as_str()) => None,
        Some(c) => outside(
            format!("本包适用于{}，选址在{c}。", p.region),
            format!("This package is for {}; the site is in {c}.", p.region),
        ),
        None => {
            let mut d = Draft::needs(vec!["site.location"]);
            d.explanation = Text {
                zh: format!(
                    "本包只适用于{}：请给出选址，以确定是否在其范围内。",
                    p.region
                ),
                en: format!(
                    "This package is for {} only: give the site to tell whether it is there.",
                    p.region
                ),
            };
            Some(d)
        }
    }
}

/// The county and park packages that belong where the site is: those whose
/// region is the county itself, or a park or target-list base that lies in
/// it (`region` names the jurisdiction, e.g. 柴桑区 or 九江经开区). They are
/// offered to the user, never switched on silently.
pub fn for_county<'a>(
    data: &RuleData,
    packages: &'a [Package],
    county_zh: &str,
) -> Vec<&'a Package> {
    let in_county = |region: &str| {
        region == county_zh
            || data
                .parks
                .iter()
                .any(|p| p.county == county_zh && (p.county == region || p.name.zh == region))
            || data
                .profiles
                .iter()
                .any(|p| p.county == county_zh && p.name.zh == region)
    };
    packages
        .iter()
        .filter(|p| !p.applies_everywhere() && in_county(&p.region))
        .collect()
}

#[cfg(test)]
mod county_tests {
    use super::*;

    #[test]
    fn a_site_in_chaisang_is_offered_the_chaisang_package_only() {
        let engine = crate::Engine::embedded().unwrap();
        let ids = |county: &str| -> Vec<String> {
            for_county(&engine.data, &engine.data.packages, county)
                .iter()
                .map(|p| p.id.clone())
                .collect()
        };
        assert_eq!(ids("柴桑区"), ["jiujiang-county-2017"]);
        assert!(ids("湖口县").is_empty());
        // City-wide packages apply everywhere already: never offered again.
        assert!(!ids("九江市")
            .iter()
            .any(|id| id.starts_with("jiujiang-city")));
    }
}
