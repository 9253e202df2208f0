//! The duty exemption for encouraged foreign-invested projects (FDI-02).

use super::*;

/// FDI-02: no duty on equipment imported for own use by an encouraged
/// foreign-invested project.
pub(super) fn duty_exemption<'a>(
    ctx: &Ctx<'a, '_>,
    b: &Basis<'a>,
    item: &'a NationalIncentive,
    mut d: Draft<'a>,
) -> Draft<'a> {
    let foreign = match ctx.yes("foreign_invested") {
        Ok(b) => b,
        Err(m) => return Draft::needs(m),
    };
    if !foreign {
        // The relief for encouraged domestic projects (国发〔1997〕37号) is not
        // in this tool's data: said, so a domestic importer does not read
        // the duty as settled (an incentive audit).
        return Draft::state(
            ItemState::NotApplicable,
            "仅适用于外商投资项目。国内投资鼓励类项目进口自用设备的免税（国发〔1997〕37号）本工具未收录，现行是否适用请向海关核实。",
            "Only for foreign-invested projects. The exemption for encouraged domestic projects' own-use imports (国发〔1997〕37号) is not in this tool's data: ask customs whether it applies today.",
        );
    }
    // No imported equipment: nothing to exempt, whatever the duty rate.
    if let Ok(v) = ctx.wan("finance.imported_equipment_10k_cny") {
        if v <= 0.0 {
            return Draft::state(
                ItemState::NothingToCount,
                "未进口设备，没有可免的关税。",
                "No imported equipment: no duty to exempt.",
            )
            .graded(item.status);
        }
    }
    // Not encouraged: not eligible, whatever the imports and the rate (an
    // incentive audit saw the rate asked of such a project).
    if let Ok(false) = ctx.yes("catalogue.fdi_encouraged") {
        return Draft::state(
            ItemState::NotEligible,
            "项目不在鼓励外商投资产业目录内。",
            "The project is not in the encouraged FDI catalogue.",
        );
    }
    let (value, duty) = match join(vec![
        ctx.yes("catalogue.fdi_encouraged").map(|_| 0.0),
        ctx.wan("finance.imported_equipment_10k_cny"),
        ctx.num("finance.duty_rate_pct"),
    ]) {
        Ok(v) => (v[1], v[2] / 100.0),
        Err(m) => return Draft::needs(m),
    };
    // Only equipment "within the total investment" is exempt: typed
    // imports above the total count up to it (a review saw 10 million of
    // imports exempted on a 5 million project). Equipment is a fixed asset,
    // so the fixed assets, where given, bound it too (an incentive audit).
    let total = ctx.wan("invest.total_10k_cny").ok().filter(|t| *t > 0.0);
    let fixed = ctx
        .wan("invest.fixed_assets_10k_cny")
        .ok()
        .filter(|t| *t > 0.0);
    let bound = match (total, fixed) {
        (Some(t), Some(f)) => Some(t.min(f)),
        (t, f) => t.or(f),
    };
    let counted = bound.map_or(value, |t| value.min(t));
    let saving = counted * duty;
    // Items on the two non-exempt lists pay duty all the same, and which
    // imports are listed is not asked: none exempt at worst (an audit read
    // a point figure).
    d.low = b.once(0.0);
    d.high = b.once(saving);
    let (within_zh, within_en) = match (bound, total) {
        (Some(t), _) if value > t && fixed == Some(t) => (
            format!("（超过固定资产投资 {}，与所填不符，请核对；仅计其以内的部分）", yuan(t)),
            format!(
                " (more than the fixed assets of {}, which cannot be: please check; counted only up to them)",
                yuan_en(t)
            ),
        ),
        (Some(t), _) if value > t => (
            format!("（仅计总投资 {} 以内的部分）", yuan(t)),
            format!(
                " (counted only up to the total investment of {})",
                yuan_en(t)
            ),
        ),
        (_, Some(_)) => (String::new(), String::new()),
        // Said, not assumed silently: the total would bound what counts.
        (_, None) => (
            "（未填总投资，按全部在总投资以内计）".to_string(),
            " (no total investment given: counted as all within it)".to_string(),
        ),
    };
    d.explanation = Text {
        zh: format!(
            "进口设备 {}{within_zh} × 关税税率 {}% = 至多免征 {}；列入《进口不予免税的重大技术装备和产品目录》或《外商投资项目不予免税的进口商品目录》的设备不免，故下限为零。",
            yuan(value),
            pct(duty),
            yuan(saving)
        ),
        en: format!(
            "Imported equipment of {}{within_en} × {}% duty = at most {} exempted; equipment on the two non-exempt lists (major technical equipment, and goods not exempted for foreign-invested projects) is not, so the least is zero.",
            yuan_en(value),
            pct(duty),
            yuan_en(saving)
        ),
    };
    // The item's own grade caps the result (an early return keeps the draft's).
    d.status = d.status.min(item.status);
    d
}
