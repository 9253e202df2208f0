//! Questions that wait for another: a follow-up is not asked while the
//! answer it follows is open, since that answer may leave it moot. Owns the
//! list of such pairs and what is deferred for a report's findings.

use crate::data_types::Outcome;
use crate::rules::decide::Finding;

/// Questions asked only after another (field, gate): each follows one
/// item of the gate's list, and an answer without that item leaves it moot.
pub const FOLLOW_UPS: &[(&str, &str)] = &[
    ("impact.in_port_master_plan", "facilities"),
    ("impact.in_crossing_plan", "facilities"),
    // The exceptions and aggravations of a protected zone, once the site
    // is known to be in it.
    ("impact.polluting_production", "site.nature_reserve_zone"),
    ("impact.severe_water_polluter", "site.drinking_water_zone"),
    ("impact.adds_discharge", "site.drinking_water_zone"),
    ("impact.water_supply_project", "site.drinking_water_zone"),
    ("impact.protection_related", "site.scenic_core_area"),
    ("impact.shoreline_exception", "site.shoreline_zone"),
    // Whether a project is in the national layout plan matters only for a
    // refinery, ethylene, PX or coal-chemical plant; whether the other water
    // is a river or a lake, only once there is one near.
    (
        "impact.in_national_layout_plan",
        "impact.petrochemical_kind",
    ),
    ("site.other_water_kind", "site.dist_other_tributary_m"),
    // Whether a renovation is for safety only once it is one (an advisor
    // audit was asked the renovation's purpose for a tailings pond whose
    // type was not yet given).
    ("renovation_for_safety_env", "action"),
    // Which chemical park, and which petrochemical kind, once a borderline
    // industry (batteries, plastics…) says its process is chemical.
    ("site.chemical_park", "chemical_process"),
    ("impact.petrochemical_kind", "chemical_process"),
    // Where the capacity offered comes from, and how much, once the product
    // is known to be one whose capacity is replaced (a grinding station's
    // is not; a user test was asked the origin before the product).
    ("capacity.source_cross_province", "capacity.product"),
    ("capacity.source_restricted", "capacity.product"),
    ("capacity.new_t", "capacity.product"),
    ("capacity.offered_t", "capacity.product"),
    ("capacity.planning_relocation", "capacity.product"),
    // An aluminium plant's power use and grade matter only for electrolytic
    // aluminium, which C3216 alumina and recycling plants do not make (an
    // advisor audit was asked the power per tonne before the product).
    ("capacity.aluminium_ac_kwh_t", "capacity.product"),
    ("capacity.aluminium_env_grade_a", "capacity.product"),
    // And for a code broader than aluminium smelting (C321), the class.
    ("capacity.aluminium_ac_kwh_t", "industry_code"),
    ("capacity.aluminium_env_grade_a", "industry_code"),
];

/// The fields not to ask yet for these findings: the follow-ups whose gate
/// is still open, and what typed distances were measured to while no
/// distance is typed (a user test who knew none was asked it).
pub fn deferred(findings: &[Finding<'_>]) -> Vec<&'static str> {
    // A follow-up waits for its gate while the gate is open: whether the
    // wharf is in the port plan matters only once there is a wharf.
    let gate_open = |gate: &str| {
        (findings.iter())
            .filter(|f| f.outcome == Outcome::NeedsInput)
            .any(|f| f.missing.iter().any(|m| crate::text::same(m, gate)))
    };
    // Each gate looked for once, however many follow-ups wait on it (the
    // product gates seven): this runs at every probe.
    let mut seen: Vec<(&str, bool)> = Vec::new();
    let mut out: Vec<&'static str> = Vec::new();
    for &(field, gate) in FOLLOW_UPS {
        let open = match seen.iter().find(|(g, _)| *g == gate) {
            Some(&(_, open)) => open,
            None => {
                let open = gate_open(gate);
                seen.push((gate, open));
                open
            }
        };
        if open {
            out.push(field);
        }
    }
    // (Looked for only when some rule asks it: this runs at every probe.)
    const REFERENCE: &str = "site.distance_reference";
    let asked = (findings.iter()).any(|f| f.missing.contains(&REFERENCE));
    let typed_distance = || {
        (findings.iter().flat_map(|f| &f.inputs))
            .any(|i| i.field.starts_with("site.dist_") && i.value.is_some())
    };
    if asked && !typed_distance() {
        out.push(REFERENCE);
    }
    out
}
