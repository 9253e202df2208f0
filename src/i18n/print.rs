//! The texts of the one-page opinion and its annex.

use jiujiang_engine::project::L10n;

pub const SUMMARY_FACTS: L10n = L10n::new("所依据的信息", "Facts used");
pub const SUMMARY_NO_OR_NONE: L10n = L10n::new("答“否”或“无”的问题", "Answered no or none");
pub const SUMMARY_YES: L10n = L10n::new("答“是”的问题", "Answered yes");
pub const SUMMARY_VERDICT: L10n = L10n::new("结论", "Verdict");
pub const SUMMARY_DECIDING: L10n = L10n::new("决定性条款及依据", "Deciding rules and their basis");
pub const SUMMARY_STILL_OPEN: L10n = L10n::new(
    "尚未确定、可能改变结论的条款及依据",
    "Rules still open that could change the verdict, and their basis",
);
pub const SUMMARY_CONDITIONS: L10n = L10n::new("须满足的条件", "Conditions to meet");
pub const SUMMARY_OPEN: L10n = L10n::new(
    "可能改变结论的未决问题",
    "Open questions that could change the verdict",
);
/// The basis of a total given as "at most N tce" on the primary basis.
pub const EITHER_BASIS: L10n = L10n::new(
    "任一口径（按等价值的上限，当量值亦不超过）",
    "Either basis (a bound on the primary total holds for the calorific one too)",
);
pub const SUMMARY_INCENTIVES: L10n = L10n::new("优惠测算（摘要）", "Incentive estimate (headline)");
// "The full opinion", not "the annex": page 1 printed alone has none (a re-test).
pub const SUMMARY_MORE: L10n = L10n::new("其余见完整意见书", "more in the full opinion");
/// After "+N more": how many of those count only once certified (the high-tech rate).
pub const MORE_CONDITIONAL: L10n = L10n::new(
    "（其中 {n} 项须经认定方可享受）",
    " ({n} of them only if certified)",
);
pub const SCAN_TO_OPEN: L10n = L10n::new(
    "扫码在浏览器中打开本方案（链接含全部项目输入，不含自建优惠包，不经任何服务器）。",
    "Scan to open this scenario in a browser (the link holds every project input, not packages of your own; no server involved).",
);
pub const QR_TOO_LONG: L10n = L10n::new(
    "方案内容过多，无法生成二维码；请使用“生成分享链接”。",
    "Too much for a QR code; use the share link instead.",
);
pub const ANNEX: L10n = L10n::new(
    "附件：全部条款与测算明细",
    "Annex: every finding and the estimate in detail",
);
pub const SUMMARY_WAYS_OUT: L10n = L10n::new("如何改变结论", "What would change the verdict");
/// Page 1 alone, for an investor who wants the one sheet (a user test found
/// no way to leave out the annex of every rule).
pub const PRINT_PAGE1: L10n = L10n::new("只打印第1页", "Print page 1 only");
/// Page 1's heading over the questions that could confirm a verdict decided
/// on unverified rules alone on a verified one (`Report::confirming`).
pub const CONFIRMING_HEADING: L10n = L10n::new(
    "结论只依据未核实的规则；可由已核实的规则确认的问题",
    "Resting on unverified rules only: questions that could confirm it on a verified rule",
);
/// On paper: the findings are in the annex, after page 1 (a user test read
/// "each rule's finding says which answer" as pointing nowhere).
pub const RESTS_SEE_FINDINGS: L10n = L10n::new(
    "（是哪一项答案，见附件中该条款的说明）。",
    " (which answer: see that rule's finding in the annex).",
);
