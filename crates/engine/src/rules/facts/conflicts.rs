//! Answers that contradict each other: which fields, and why. The facts
//! that read them stay open between both readings; the page says so at
//! each field and in the question they reopen; where only one answer
//! would not contradict (a recognised chemical park's compliant-park
//! question), that answer is read, unverified. Uses only the project.

use super::*;

/// "Not foreign-invested" beside foreign capital typed.
pub const FOREIGN_PAIR: &[&str] = &["foreign_invested", project::FOREIGN_AMOUNT];
/// "Adds no capacity" beside new capacity entered.
pub const CAPACITY_PAIR: &[&str] = &["adds_capacity", "capacity.new_t"];

/// "Expansion" beside no capacity added.
pub const EXPANSION_PAIR: &[&str] = &["action", "capacity.new_t"];

/// "Not in a compliant park" beside a recognised chemical park chosen.
pub const PARK_PAIR: &[&str] = &["site.in_compliant_park", "site.chemical_park"];

pub(super) const PARK_CONTRADICTS: L10n = L10n::new(
    "选了省认定的化工园区，却填为不在合规园区内：认定化工园区都设在省级以上开发区内，两者矛盾（本工具的读法，“合规园区”名单未核实，目录 Q6），结论按两种情形取其范围。请改答“是”；园区选错的，改选园区。",
    "A recognised chemical park is chosen, yet the site is said not to be in a compliant park: recognised chemical parks lie in provincial-or-higher development zones, so the two disagree (this tool's reading; the list of compliant parks is unverified, catalogue Q6) and the verdict spans both readings. Answer “yes”, or if the park is wrong, change it.",
);

pub(super) const COMPLIANT_BY_PARK: L10n = L10n::new(
    "未答是否在合规园区内：所选为省认定的化工园区，认定化工园区都设在省级以上开发区内，故按在合规园区内处理（本工具的读法，“合规园区”名单未核实，目录 Q6）。",
    "Whether the site is in a compliant park was not answered: the chemical park chosen is a recognised one, and recognised chemical parks lie in provincial-or-higher development zones, so it is taken as in a compliant park (this tool's reading; the list of compliant parks is unverified, catalogue Q6).",
);

/// "In a compliant park", read from the recognised chemical park `park`
/// (its status fact): [U], as the reading is this tool's.
pub(super) fn compliant_by_park(park: Fact) -> Fact {
    Fact {
        status: park.status.min(Status::U),
        inputs: park.inputs,
        ..Fact::known(FactValue::Bool(true))
    }
    .with_note(Note::Fixed(COMPLIANT_BY_PARK))
}

/// Whether "not in a compliant park" is said beside a recognised chemical
/// park (one of the list, or another the user says is recognised); a park
/// that lost its designation ("revoked") is not one (an advisor audit saw
/// the same report call the site in a recognised park and outside a
/// compliant one).
pub fn park_contradicts(p: &Project) -> bool {
    const COMPLIANT_AT: usize = project::index_of(PARK_PAIR[0]);
    const PARK_AT: usize = project::index_of(PARK_PAIR[1]);
    matches!(p.get_at(COMPLIANT_AT), Some(Value::Bool(false)))
        && matches!(p.get_at(PARK_AT), Some(Value::Text(park)) if !matches!(&**park, "none" | "revoked"))
}

/// The compliant-park fact when it contradicts the chemical park. Only
/// that answer is asked again: the park also decides the chemical-park
/// rules, which a new park could move outside the range shown.
pub(super) fn park_fact() -> Fact {
    contradicted(PARK_PAIR, &PARK_PAIR[..1], PARK_CONTRADICTS)
}

/// A fact two answers contradict: open, both fields read, `asked` the ones
/// to answer again, and why.
fn contradicted(pair: &'static [&'static str], asked: &'static [&'static str], why: L10n) -> Fact {
    let mut inputs = Keys::one(pair[0]);
    inputs.push(pair[1]);
    Fact {
        inputs,
        ..Fact::unknown(asked)
    }
    .with_note(Note::Fixed(why))
}

pub(super) const FOREIGN_CONTRADICTS: L10n = L10n::new(
    "填为非外商投资，却填有外资金额：两者矛盾（有外资即属外商投资，外商投资法第二条），结论按两种情形取其范围。请改答“是”；外资金额填错的，清空外资金额。",
    "The project is said not to be foreign-invested, yet foreign capital is entered: the two disagree (any foreign capital makes it foreign investment, Foreign Investment Law Art. 2), so the verdict spans both readings. Answer “yes”, or if the foreign amount is wrong, clear it.",
);

/// A catalogue class beside the opposite "neither restricted nor
/// eliminated" answer.
pub const CLASS_PAIR: &[&str] = &["catalogue.class", "catalogue.not_restricted"];

pub(super) const CLASS_CONTRADICTS: L10n = L10n::new(
    "所填产业结构调整指导目录类别与“是否已确认不属于限制类、淘汰类”的回答相反：两者矛盾，结论按两种情形取其范围。请核对目录后改正其中一项。",
    "The class chosen in the Industrial Structure Catalogue and the answer on whether it is confirmed neither restricted nor eliminated say opposite things: the two disagree, so the verdict spans both readings. Check the catalogue and correct one of them.",
);

/// Whether the class chosen and the "neither restricted nor eliminated"
/// answer disagree (an advisor audit saw "eliminated" beside "confirmed not
/// restricted" prohibited, the class silently preferred).
pub fn class_contradicts(p: &Project) -> bool {
    const CLASS_AT: usize = project::index_of(CLASS_PAIR[0]);
    const CLEAR_AT: usize = project::index_of(CLASS_PAIR[1]);
    let Some(Value::Bool(clear)) = p.get_at(CLEAR_AT) else {
        return false;
    };
    match p.get_at(CLASS_AT) {
        Some(Value::Choice("restricted" | "eliminated")) => *clear,
        Some(Value::Choice("encouraged" | "permitted")) => !*clear,
        _ => false,
    }
}

pub(super) fn class_fact() -> Fact {
    contradicted(CLASS_PAIR, CLASS_PAIR, CLASS_CONTRADICTS)
}

/// An industry code whose every activity makes one of the overcapacity
/// products, beside the product answered "none of these".
pub const PRODUCT_PAIR: &[&str] = &["industry_code", "capacity.product"];

/// GB/T 4754-2017 classes defined by such a product whose rules read the
/// product: flat-glass making (raw sheet, float or rolled). Cement (C3011)
/// includes grinding plants, aluminium (C3216) alumina, so "none" fits
/// them; iron- and steelmaking (C3110, C3120) are caught by their code,
/// the product unread, so a contradiction there would change nothing (an
/// audit read "the verdict spans both readings" beside a decided CAP-01).
const PRODUCT_CLASSES: &[&str] = &["C3041"];

pub(super) const PRODUCT_CONTRADICTS: L10n = L10n::new(
    "行业代码为平板玻璃制造，产品就在所列之中，却选了“不属于下列产品”：两者矛盾，结论按两种情形取其范围。请选择产品；代码选错的（如玻璃深加工），改选行业代码。",
    "The industry code is flat-glass making, whose output is among the products listed, yet “none of these” is chosen: the two disagree, so the verdict spans both readings. Choose the product, or if the code is wrong (glass processing), change the code.",
);

/// Whether the product is "none of these" for a code that makes one (an
/// advisor audit saw a flat-glass plant clear capacity replacement so).
pub fn product_contradicts(p: &Project) -> bool {
    const CODE_AT: usize = project::index_of(PRODUCT_PAIR[0]);
    const PRODUCT_AT: usize = project::index_of(PRODUCT_PAIR[1]);
    matches!(p.get_at(PRODUCT_AT), Some(Value::Choice("none")))
        && matches!(p.get_at(CODE_AT), Some(Value::Text(code))
            if PRODUCT_CLASSES.iter().any(|c| code.starts_with(c)))
}

/// The product fact when it contradicts the code: only the product is asked
/// again, the code being what the rest of the screening stands on.
pub(super) fn product_fact() -> Fact {
    contradicted(PRODUCT_PAIR, &PRODUCT_PAIR[1..], PRODUCT_CONTRADICTS)
}

/// A power plant's main fuel beside carriers, said to be all it uses, that
/// burn none of it (or burn coal alone where another fuel is named).
pub const FUEL_PAIR: &[&str] = &["energy.power_fuel", "energy.carriers_complete"];

pub(super) const FUEL_CONTRADICTS: L10n = L10n::new(
    "所填主要燃料与所填能源品种（已确认为全部）不符：两者矛盾，是否属煤电按两种情形取其范围。请改正燃料或能源品种。",
    "The main fuel given does not match the carriers, said to be all the plant uses: the two disagree, so whether it is coal power spans both readings. Correct the fuel or the carriers.",
);

/// What the carriers say of a thermal plant's fuel when they are all it
/// uses: `Some(true)` coal (or coke) and no other fuel, `Some(false)` other
/// fuels and no coal; `None` for both or neither (which is main is not
/// told without converting them). Electricity and steam are bought, no fuel.
fn carriers_fuel(p: &Project) -> Option<bool> {
    if super::energy::carriers_complete(p) != Some(true) {
        return None;
    }
    let some = |k: &str| p.num(k).is_some_and(|v| v > 0.0);
    let coal = some("energy.coal_t") || some("energy.coke_t");
    let other =
        some("energy.natural_gas_10k_m3") || some("energy.fuel_oil_t") || some("energy.other_tce");
    match (coal, other) {
        (true, false) => Some(true),
        (false, true) => Some(false),
        _ => None,
    }
}

/// Whether the fuel given contradicts the carriers (an advisor audit saw a
/// plant burning only coal cleared as "gas-fired"), for thermal power.
pub fn fuel_contradicts(p: &Project) -> bool {
    // Thermal power, or a code broad enough to hold it (D44, section D):
    // an audit saw D44 read "gas" beside coal said to be all it burns.
    let thermal = p
        .text("industry_code")
        .is_some_and(|c| c.starts_with("D441") || "D441".starts_with(c));
    thermal
        && match (p.choice(FUEL_PAIR[0]), carriers_fuel(p)) {
            (Some("coal"), Some(false)) => true,
            (Some(_), Some(true)) => p.choice(FUEL_PAIR[0]) != Some("coal"),
            _ => false,
        }
}

/// The fuel as the coal-power sector reads it: as given, unless the
/// carriers contradict it (then none); not given, as the carriers tell it
/// when they name one kind alone (an audit was asked the fuel of a plant
/// whose only energy was 500,000 t of coal). The flag: read from carriers.
pub(super) fn power_fuel(p: &Project) -> (Option<&Value>, bool) {
    static COAL: Value = Value::Choice("coal");
    static NOT_COAL: Value = Value::Choice("other");
    if fuel_contradicts(p) {
        return (None, false);
    }
    match (p.get(FUEL_PAIR[0]), carriers_fuel(p)) {
        (Some(v), _) => (Some(v), false),
        (None, Some(true)) => (Some(&COAL), true),
        (None, Some(false)) => (Some(&NOT_COAL), true),
        (None, None) => (None, false),
    }
}

/// A stated energy total below the carriers typed beside it
/// ([`super::FactCtx::total_off_carriers`]): said at the total and its
/// basis, the fields to check first.
pub const ENERGY_PAIR: &[&str] = &["energy.stated_total_tce", "energy.stated_basis"];

/// A stated total above all that carriers said to be all can come to: said
/// also at that answer, its likeliest cause (a code review).
pub const ENERGY_ABOVE_FIELDS: &[&str] = &[
    "energy.stated_total_tce",
    "energy.stated_basis",
    "energy.carriers_complete",
];

pub const ENERGY_CONTRADICTS: L10n = L10n::new(
    "所填综合能耗低于所填各品种能源（电力、煤等）按其口径折算之和（未填口径时按较低的当量值算）：两者必有一误：按两者之间的范围判断，门槛落在其间的规则在改正前无法判断。请改正总量或各品种。",
    "The total stated is below what the carriers entered (electricity, coal …) come to on its basis (the calorific, the lower, when none is given): one of them is wrong, so the range between the two is read, and a rule whose threshold lies in it stays open until one is corrected. Correct the total or the carriers.",
);

pub const ENERGY_ABOVE_CARRIERS: L10n = L10n::new(
    "所填综合能耗高于已确认为全部品种的各品种能源按其口径折算所能达到的最大值（未填口径时按较高的等价值算）：两者必有一误：按两者之间的范围判断，门槛落在其间的规则在改正前无法判断。请改正总量、口径或各品种。",
    "The total stated is above all that the carriers, said to be all the project uses, can come to on its basis (the primary-equivalent, the higher, when none is given): one of them is wrong, so the range between the two is read, and a rule whose threshold lies in it stays open until one is corrected. Correct the total, its basis or the carriers.",
);

/// Answers that contradict each other, with the fields involved and why:
/// the rules they feed stay open until one is corrected, so the page says
/// so at each field and in the question they reopen (a user test re-tapped
/// "no" to a foreign-investment question fourteen times, told only to check
/// it).
pub fn contradictions(p: &Project) -> Vec<(&'static [&'static str], L10n)> {
    let mut out: Vec<(&'static [&'static str], L10n)> = Vec::new();
    if p.foreign_contradicts() {
        out.push((FOREIGN_PAIR, FOREIGN_CONTRADICTS));
    }
    if super::action::capacity_contradicts(p) {
        out.push((CAPACITY_PAIR, super::action::CAPACITY_CONTRADICTS));
    }
    if super::action::expansion_adds_none(p) {
        out.push((EXPANSION_PAIR, super::action::EXPANSION_ADDS_NONE));
    }
    if park_contradicts(p) {
        out.push((PARK_PAIR, PARK_CONTRADICTS));
    }
    if class_contradicts(p) {
        out.push((CLASS_PAIR, CLASS_CONTRADICTS));
    }
    if product_contradicts(p) {
        out.push((PRODUCT_PAIR, PRODUCT_CONTRADICTS));
    }
    if fuel_contradicts(p) {
        out.push((FUEL_PAIR, FUEL_CONTRADICTS));
    }
    out
}

/// The foreign-investment fact when the two answers disagree: open, both
/// fields read and both named.
pub(super) fn foreign_fact() -> Fact {
    contradicted(FOREIGN_PAIR, FOREIGN_PAIR, FOREIGN_CONTRADICTS)
}
