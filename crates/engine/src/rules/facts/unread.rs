//! Answers given that no rule reads for the project's industry code, each
//! with why: the form says so at the field, rather than keep a "refinery"
//! on a battery plant's code without a word (the code decides, and a wrong
//! code would then pass the rules the answer was meant for).

use super::sector::{answer_not_read, member_of_asker, sector_member};
use super::READ_ONLY_BY_SECTORS;
use crate::data_types::RuleData;
use crate::project::{L10n, Project};

const PROCESS_NOT_READ: L10n = L10n::new(
    "此行业代码不按生产工序判断：化工、“两高”、重污染归属只看行业代码，本项答案不被采用。若确含化工生产，请填相应的化工行业代码。",
    "Not used for this industry code: the code alone decides the chemical, two-high and heavy-polluting lists. If the process is chemical production, enter the chemical class instead.",
);

const PROCESS_NOT_READ_MEMBER: L10n = L10n::new(
    "此行业代码本身即按化工项目计（本工具的行业映射，未核实），本项答案不被采用。若实际没有化工生产工序，请核对行业代码。",
    "Not used: this industry code counts as chemical by itself (this tool's mapping, unverified). If there is in truth no chemical production, check the code.",
);

const PETROCHEMICAL_NOT_READ: L10n = L10n::new(
    "此行业代码不属化工，石化、现代煤化工布局规则（YRB-11）及一公里禁建（YRB-01）都不读本项。若确为炼油、乙烯、PX或煤化工项目，请改填相应行业代码（如炼油 C2511、煤制液体燃料 C2523、有机化学原料 C2614）。",
    "Not used: this industry code is not a chemical one, so neither the petrochemical layout rule (YRB-11) nor the 1 km ban (YRB-01) reads it. If the project is a refinery, ethylene, PX or coal-chemical plant, enter its class instead (refining C2511, coal-to-liquids C2523, organic chemical feedstock C2614).",
);

const POSITIONING_NOT_READ: L10n = L10n::new(
    "只有园区开发项目（行业代码 L7221 园区管理服务）才按园区定位判断，本项答案不被采用。",
    "Not used: only a park development (industry L7221, park management services) is read for its positioning.",
);

/// The petrochemical kinds the rules read (YRB-11, for chemical codes) and
/// the park positionings (YRB-01, GEO-DEF-05, for park developments): a
/// meta-test holds them to the rules' own conditions.
pub const PETROCHEMICAL_KINDS_READ: &[&str] = &["refinery", "ethylene", "px", "coal_chemical"];
pub const POSITIONINGS_READ: &[&str] = &["chemical", "heavy_industry"];

/// The fields given for this project that no rule reads, with why.
pub fn answers_not_read(data: &RuleData, p: &Project) -> Vec<(&'static str, L10n)> {
    let chosen = |key: &str, values: &[&str]| p.choice(key).is_some_and(|v| values.contains(&v));
    let outside = |sector: &str| sector_member(data, p, sector) == Some(false);
    let mut out: Vec<(&'static str, L10n)> = (READ_ONLY_BY_SECTORS.iter())
        .filter(|k| answer_not_read(data, p, k))
        .map(|&k| match member_of_asker(data, p, k) {
            true => (k, PROCESS_NOT_READ_MEMBER),
            false => (k, PROCESS_NOT_READ),
        })
        .collect();
    if chosen("impact.petrochemical_kind", PETROCHEMICAL_KINDS_READ) && outside("chemical") {
        out.push(("impact.petrochemical_kind", PETROCHEMICAL_NOT_READ));
    }
    if chosen("park_positioning", POSITIONINGS_READ) && outside("park_development") {
        out.push(("park_positioning", POSITIONING_NOT_READ));
    }
    out
}
