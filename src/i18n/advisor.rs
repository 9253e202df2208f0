//! What the verdict box says about itself on a wide screen (folding it to
//! its verdict line, and opening it again), and about a decided verdict:
//! what is still open beside it, and what could confirm it.

use jiujiang_engine::project::L10n;

pub const FOLD_BOX: L10n = L10n::new("收起", "Fold");
pub const FOLD_BOX_HELP: L10n = L10n::new(
    "只留结论一行，露出下面被遮住的内容",
    "Keep only the verdict line and show what lies under the box",
);
pub const UNFOLD_BOX: L10n = L10n::new("展开", "Open");
pub const UNFOLD_BOX_QUESTIONS: L10n = L10n::new("展开（{n} 个问题）", "Open ({n} questions)");
/// After a verdict that clears the project on a date the rule base cannot
/// screen soundly: it is no clearance under the rules of that time.
pub const DATED_CLEAR: L10n = L10n::new(
    "仅按本库该日已施行的规则",
    "by the rules this tool holds for that date",
);
/// A question whose fields all hold text the form could not read.
pub const MEND_FIRST: L10n = L10n::new(
    "先改正所填内容，以便判断：",
    "Correct what was typed first, so this can be decided: ",
);
/// Under the totals while the verdict may still be a prohibition.
pub const INCENTIVES_IF_PROHIBITED: L10n = jiujiang_engine::text::labels::MAY_BE_BLOCKED;
/// Under a question whose field is already filled: it is asked again
/// because what was entered cannot decide, or conflicts with another fact.
/// Before a contradiction's words, under a question whose field is filled.
pub const ENTERED_AS: L10n = L10n::new("已填“{value}”：", "Entered as “{value}”: ");
/// The same for a bound (">5000"), which a rule reads within its margin of
/// the line: only the figure settles it (a user re-test read "check it"
/// after answering "none within 5 km" as the help says).
pub const BOUND_ENTERED: L10n = L10n::new(
    "已填“{value}”：这是一个范围，不能说明选址在规则界线的哪一侧（含官方界线的不确定性），只有实测距离才能确定。",
    "Entered as “{value}”: a bound does not say which side of a rule's line the site is on (the official line's uncertainty included); only the measured distance settles it.",
);
pub const ALREADY_ENTERED: L10n = L10n::new(
    "已填“{value}”：这一项仍不足以判断，或与其他信息不符，请核对。",
    "Entered as “{value}”: that cannot decide it yet, or conflicts with another fact. Check it.",
);

/// Before the questions that could confirm an unverified verdict on a
/// verified rule (`Report::confirming`).
pub const CONFIRMING_LEAD: L10n = L10n::new(
    "此结论只依据未核实的规则。以下问题的回答可能使已核实的规则得出同样的结论：",
    "This verdict rests on unverified rules alone. These answers could reach it on a verified rule:",
);
/// A decided verdict with rules still open beside it (`open_requirements`).
pub const ALSO_OPEN: L10n = jiujiang_engine::text::labels::ALSO_OPEN;
pub const STILL_TO_CONFIRM: L10n = L10n::new("尚待确认", "still open");
/// An open verdict with no question left to ask (each answered "don't
/// know"): a user test read "the answers below" above no question.
pub const UNDECIDED_WHY_NONE_LEFT: L10n = L10n::new(
    "根据已填信息尚无法判断：结论取决于答了“不知道”的事项。",
    "Cannot be decided from what you entered: the verdict depends on the facts answered \u{201c}don't know\u{201d}.",
);
/// After a verdict decided on unverified rules alone, beside the questions
/// that could confirm it: the verdict stays, its basis could firm up.
pub const DECIDED_REST_CONFIRMABLE: L10n = L10n::new(
    "其余未填事项不会改变这一结论，但其中一些可能使其有已核实的依据。",
    "Nothing left unanswered could change this verdict, though some answers could put it on a verified basis.",
);

/// The verdict box's links to what follows it on a long page.
pub const JUMP_TO: L10n = L10n::new("跳转：", "Go to:");
pub const JUMP_MAP: L10n = L10n::new("可落地范围地图", "where it can go (map)");
pub const JUMP_PLACES: L10n = L10n::new("候选落地点", "candidate places");
pub const JUMP_INCENTIVES: L10n = L10n::new("优惠测算", "incentive estimate");
pub const JUMP_FINDINGS: L10n = L10n::new("各条款结论", "each rule's finding");
/// Folds a yes-or-no question's guidance (the field's help).
pub const HOW_TO_ANSWER: L10n = L10n::new("如何回答", "How to answer");
/// Beside a question answered "don't know" that still matters: what its
/// answer could lead to.
pub const LEFT_OPEN_STAKE: L10n = L10n::new(
    "（最坏可致：{outcome}；{rules}）",
    " (could lead to: {outcome}; {rules})",
);
/// Asks a question answered "don't know" again.
pub const ASK_AGAIN: L10n = L10n::new("现在回答", "Answer now");
/// Beside a figure asked for whose entry could not be read.
pub const ENTRY_NOT_READ: L10n = L10n::new(
    "（所填内容无法读取，见该字段）",
    " (what was entered cannot be read: see the field)",
);
/// After a figure the incentive estimate waits on: how many items need it.
pub const ITEMS_WAIT_ON_IT: L10n = L10n::new("（{n} 项优惠待此数据）", " ({n} items wait on it)");
/// The fold holding the rest of the figures the estimate waits on.
pub const MORE_FIGURES: L10n = L10n::new("另外 {n} 项数据", "{n} more figures");
/// Beside a rule still open one of whose outcomes cannot be taken now.
pub const ON_HOLD_IF: L10n = L10n::new("——若属此情形：{what}", "(if so: {what})");
/// In place of a box for the industry code in the verdict box: the form's
/// field searches words and lists classes to pick (a phone's number pad
/// and no suggestions here, a user test).
pub const FIND_CLASS_IN_FORM: L10n = L10n::new(
    "在表单的行业代码栏输入中文或英文词语搜索，再点选具体类别：",
    "Type words in the form's industry field to search, then pick the class: ",
);
/// An industry code above the class (a division, a group) where the
/// question asks for the class: what to do, not "check it" (a user test).
pub const CODE_ABOVE_CLASS: L10n = L10n::new(
    "所填“{value}”是一个{level}，不足以判断：请选其下的具体小类（四位数字）。",
    "“{value}” is a whole {level}, which cannot decide this: pick the class under it (four digits).",
);
