//! The rule-base page's own words.

use jiujiang_engine::project::L10n;

pub const RULES_FOR_INDUSTRY: L10n = L10n::new(
    "{code}：可能涉及的条款 {n} 条（其余按行业即不适用；是否适用还取决于项目其他信息）。",
    "{code}: {n} rules may concern it (the others do not apply to this industry; whether these do depends on the project's other facts).",
);
/// A search or filter that finds no rule: incentive items are not rules
/// here, and are explained in the estimate itself.
pub const RULES_NONE_FOUND: L10n = L10n::new(
    "没有匹配的条款。本页只列准入筛查条款；优惠项目（如 INC-TAX-02）的依据见“优惠测算”中各项的“依据与计算”。",
    "No rule matches. This page lists the screening rules only; an incentive item's basis (INC-TAX-02, say) is under “Why: inputs, thresholds, sources” beside it in the incentive estimate.",
);
/// Words that name several industry classes: each offered, to see the
/// rules that can concern it.
pub const RULES_CLASSES_MATCH: L10n = L10n::new(
    "“{q}”见于以下多个行业小类的名称，点选其一即列出可能涉及的条款：",
    "“{q}” is in the names of several industry classes; pick one to list the rules that may concern it:",
);
/// Beside the rule base's count, on a date some rules were not in force.
pub const RULES_NOT_IN_FORCE: L10n = L10n::new(
    "其中 {n} 条在 {date} 不在效力期内（见各条标注）；等级按当日施行的依据标注。",
    "{n} of them were not in force on {date} (marked on each); grades are those of the sources in force that day.",
);
