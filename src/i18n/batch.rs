//! The batch page's words for opening a lead in the screening.

use jiujiang_engine::project::L10n;

/// The button on each row that can be opened (it has cells to put in).
pub const OPEN_LEAD: L10n = L10n::new("打开", "Open");
/// Its accessible name, with the lead's label.
pub const OPEN_LEAD_LABEL: L10n = L10n::new(
    "在筛查页打开“{name}”为方案",
    "Open “{name}” as a scenario in the screening",
);
/// A lead known by its line alone.
pub const LEAD_LINE: L10n = L10n::new("第 {line} 行", "Line {line}");
pub const LEAD_OPENED_NEW: L10n = L10n::new(
    "已打开线索“{name}”为新方案，原方案保留。",
    "Opened the lead “{name}” as a new scenario; the open one is kept.",
);
pub const LEAD_OPENED: L10n = L10n::new("已打开线索“{name}”。", "Opened the lead “{name}”.");
/// The Undo button beside the form says when undoing is possible; the
/// notice does not, since an edit ends it (a re-test read a stale claim).
pub const LEAD_OPENED_REPLACED: L10n = L10n::new(
    "已有 4 个方案：线索“{name}”已替换当前方案 {old}。",
    "Four scenarios already: the lead “{name}” replaced the open one, {old}.",
);
pub const LEAD_ERRORS: L10n = L10n::new(
    "此行有误，错误显示在对应字段旁，请修改。",
    "This row has errors: each is shown at its field, to mend there.",
);
/// After a cell's error: the row's verdict was reached without that cell.
pub const CELL_NOT_USED: L10n = L10n::new(
    "（此格未采用，按未填筛查）",
    " (not used: screened as if blank)",
);
/// Under a row's verdict when some of its cells could not be read.
pub const CELLS_NOT_USED: L10n = L10n::new("⚠ {n} 格有误，未采用：", "⚠ {n} cell(s) not used:");

/// The id column of the batch table (the file may head it 编号 or id).
pub const LEAD_ID: L10n = L10n::new("编号", "ID");

// One row's badge (the filter's plural read oddly on a single row: a user test).
pub const INVALID_ROW: L10n = L10n::new("有误，未筛查", "Not screened: errors");
pub const INVALID_ROWS: L10n = L10n::new("有错误的行", "Rows with errors");
pub const UNSCREENED_ROWS: L10n = L10n::new("未能筛查", "Not screened");
pub const ROWS_WITH_ERRORS: L10n = L10n::new(
    "其中 {n} 行有单元格未能使用（已按其余单元格计入上列结论）",
    "of which {n} with cells not used (counted above by their other cells)",
);
/// The date a batch was screened for, after its rows in its summary line.
pub const SCREENED_AS_OF: L10n = L10n::new("（依据日期 {date}）", " (rules as of {date})");
/// Under an open row's bounds: the question to ask that lead next.
pub const ASK_NEXT: L10n = L10n::new("下一问：", "Ask next: ");
/// The template's columns explained, folded under the upload.
pub const BATCH_COLUMNS: L10n = L10n::new("各列可填什么", "What each column takes");
pub const BATCH_COLUMN: L10n = L10n::new("列名", "Column");
pub const BATCH_COLUMN_MEANS: L10n = L10n::new("含义", "Meaning");
pub const BATCH_COLUMN_TAKES: L10n = L10n::new("可填", "Takes");
