//! The scenarios side by side: the compare page's words, on screen and on
//! paper.

use jiujiang_engine::project::L10n;

pub const COMPARE_BLOCKED: L10n = L10n::new("禁止，不测算", "Prohibited: not estimated");
pub const COMPARE_DELTA: L10n = L10n::new("较第一个方案 {d}", "{d} against the first");
pub const PRINT_COMPARE: L10n = L10n::new("打印对比表", "Print the comparison");
pub const COMPARE_BLOCKED_UNVERIFIED: L10n = L10n::new(
    "禁止（所依条款未核实）：确认禁止的为0",
    "Prohibited on an unverified rule: 0 if that is confirmed",
);
/// A comparison cell: the short forms of `NO_TOTAL_YET` and `NOT_COUNTED`.
pub const COMPARE_NO_TOTAL: L10n = L10n::new(
    "尚无合计（{n} 项待补充）",
    "No total yet ({n} items wait on figures)",
);
pub const COMPARE_NOT_COUNTED: L10n = L10n::new("另有 {n} 项未计入", "{n} more not counted");
pub const COMPARE_TITLE: L10n = L10n::new("方案对比", "Scenarios side by side");
pub const COMPARE_HELP: L10n = L10n::new(
    "与第一个方案不同之处已标出。点击方案名称打开该方案。",
    "What differs from the first scenario is marked. Click a scenario's name to open it.",
);

/// The compare page with one scenario: it showed a one-column table and
/// "every rule has the same outcome", with no word of how to get a second
/// (a user test).
pub const COMPARE_ONE: L10n = L10n::new(
    "目前只有一个方案。在“项目预审”页点击“复制为新方案”，修改后即可在此对比。",
    "There is one scenario so far. On the screening page, choose “Duplicate”, change what you want to compare, and the two show here side by side.",
);
