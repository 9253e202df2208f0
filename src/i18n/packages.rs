//! The packages page and its editor, in both languages (issue 6).

use jiujiang_engine::project::L10n;

pub const TAB_PACKAGES: L10n = L10n::new("优惠包", "Incentive packages");
pub const PACKAGES_TITLE: L10n = L10n::new("园区与地方优惠包", "Park and local incentive packages");
pub const PACKAGES_HELP: L10n = L10n::new(
    "勾选的优惠包计入“优惠测算”。内置优惠包来自已查到的文件；本机录入或导入的优惠包只保存在本浏览器中，结果中标明“用户录入”。按项目给予的补助（选择性）自2024-08-01起仅显示为“可洽谈”。",
    "Ticked packages count in the incentive estimate. Bundled packages come from documents found so far; packages entered or imported here stay in this browser and are marked “entered by user” in results. Project-specific (selective) subsidies show only as negotiable since 2024-08-01.",
);
pub const PACKAGES_NOT_KEPT: L10n = L10n::new("浏览器拒绝保存（隐私模式或空间不足）：本次有效，关闭后丢失；请导出备份。", "The browser would not keep it (private mode or no space): it lasts this session only; export a copy.");
pub const APPLY_PACKAGE: L10n = L10n::new("计入测算", "Apply");
pub const ITEMS: L10n = L10n::new("项", "items");
pub const ITEM: L10n = L10n::new("项", "item");
pub const EXPORT: L10n = L10n::new("导出文件", "Export");
pub const EDIT: L10n = L10n::new("编辑", "Edit");
pub const COPY_TO_EDIT: L10n = L10n::new("复制后编辑", "Copy and edit");
/// After [`super::PACKAGE_REPLACED`] where the package replaced was not counted in
/// the open scenario: the import counts it (a user test saw it turned on
/// without a word).
pub const NOW_COUNTED: L10n = L10n::new(
    "；原包未计入测算，导入后已计入当前方案",
    "; it was not counted, and is now counted in this scenario",
);
/// After the name of a bundled package's copy.
/// `{n}`: blank for the first copy, " 2", " 3" … after it.
pub const COPY_NAME: L10n = L10n::new("（副本{n}）", " (copy{n})");
pub const DELETE: L10n = L10n::new("删除", "Delete");
pub const NEW_PACKAGE: L10n = L10n::new("新建优惠包", "New package");
pub const IMPORT_PACKAGE: L10n = L10n::new("导入优惠包文件", "Import a package file");
pub const IMPORT_REFUSED: L10n = L10n::new(
    "文件未导入，原因如下（现有优惠包不变）：",
    "The file was not imported, for these reasons (nothing was changed):",
);
/// Which packages a scenario's estimate counts: said with its totals, in
/// the compare table and on paper, since each scenario keeps its own.
pub const PACKAGES_COUNTED: L10n = L10n::new("计入的优惠包：", "Packages counted: ");
pub const NO_PACKAGE_COUNTED: L10n = L10n::new(
    "未计入园区或地方优惠包，只计国家和省级项目。",
    "No park or local package counted: national and provincial items only.",
);
/// After the packages counted: those switched on none of whose items is in
/// play for this project, named so a reader does not take them as counted.
pub const PACKAGES_IDLE: L10n = L10n::new(
    "（已勾选、但对本项目没有适用条目：{names}）",
    " (switched on, with nothing for this project: {names})",
);
/// On the packages page: whose estimate the ticks change.
pub const PACKAGES_FOR_SCENARIO: L10n = L10n::new(
    "勾选只作用于当前方案“{name}”；每个方案各自选择优惠包，可在“方案对比”中并列比较。",
    "Ticks apply to the open scenario, “{name}”; each scenario keeps its own packages, to set offers side by side in Compare.",
);
pub const USER_PACKAGES: L10n = L10n::new("本机录入的优惠包", "Packages entered here");
pub const NO_USER_PACKAGES: L10n = L10n::new(
    "尚无。可新建、导入，或复制内置优惠包后编辑。",
    "None yet. Create one, import one, or copy a bundled one to edit.",
);
pub const BUNDLED_PACKAGES: L10n = L10n::new("内置优惠包", "Bundled packages");
pub const EDIT_PACKAGE: L10n = L10n::new("编辑优惠包", "Edit a package");
pub const EDITOR_HELP: L10n = L10n::new(
    "金额单位：万元（每亩、每人按元）。每项须注明依据文件；按项目给予的补助请勾选“选择性”。有错误时不能保存。",
    "Amounts in 10⁴ yuan (per mu and per job in yuan). Every item needs the document it rests on; tick “selective” for project-specific subsidies. It cannot be saved while anything is wrong.",
);
pub const NOT_A_NUMBER: L10n = L10n::new("请输入非负数字", "Enter a number of zero or more");
pub const WHOLE_NUMBER: L10n = L10n::new("请输入整数", "Enter a whole number");
pub const SAVE: L10n = L10n::new("保存", "Save");
pub const PROBLEMS_TO_FIX: L10n =
    L10n::new("处需修改后才能保存。", "problems to fix before saving.");
pub const SHOW_WHERE: L10n = L10n::new("标出位置", "Show where");
pub const PK_ID: L10n = L10n::new("代号", "Id");
pub const PK_NAME_ZH: L10n = L10n::new("名称（中文）", "Name (Chinese)");
pub const PK_NAME_EN: L10n = L10n::new("名称（英文）", "Name (English)");
pub const PK_LEVEL: L10n = L10n::new("层级", "Level");
pub const PK_REGION: L10n = L10n::new("地区或园区", "Region or park");
pub const PK_REGION_HELP: L10n = L10n::new(
    "填区县名，或本工具收录的园区名时，本包只用于位于该区县的项目（须给出选址坐标或所在园区）；其他名称不限地区，本包是否适用由您在列表中开关。",
    "A county, or a park this tool knows, limits the package to projects in that county (the site point or the park must be given); any other name limits nothing, and you switch the package on or off in the list.",
);
pub const PK_VERIFIED: L10n = L10n::new("核对日期", "Checked on");
pub const PK_ITEM: L10n = L10n::new("优惠项", "Item");
pub const PK_TITLE_ZH: L10n = L10n::new("名称（中文）", "Title (Chinese)");
pub const PK_TITLE_EN: L10n = L10n::new("名称（英文）", "Title (English)");
pub const PK_AMOUNT: L10n = L10n::new("金额方式", "Amount");
pub const PK_FIXED: L10n = L10n::new("固定金额（区间）", "Fixed sum (range)");
pub const PK_PCT: L10n = L10n::new("固定资产投资的百分比", "Share of fixed-asset investment");
pub const PK_TIERED: L10n = L10n::new("按投资额分档、每亩", "Per mu, by investment band");
pub const PK_PER_MU: L10n = L10n::new("每亩（元）", "Per mu (yuan)");
pub const PK_PER_JOB: L10n = L10n::new("每个就业岗位（元）", "Per job (yuan)");
pub const PK_UNSTATED: L10n = L10n::new("未载金额（可洽谈）", "No amount stated (negotiable)");
pub const PK_RATE: L10n = L10n::new("比例（%）", "Share (%)");
pub const PK_MIN: L10n = L10n::new("下限（万元）", "Minimum (10⁴ yuan)");
pub const PK_MAX: L10n = L10n::new("上限（万元）", "Maximum (10⁴ yuan)");
pub const PK_TIERS: L10n = L10n::new("分档", "Bands");
pub const PK_TIERS_HELP: L10n = L10n::new("每行“下限-上限: 每亩元数”，投资额以万元计，如 10000-30000: 15000；一次性固定金额写在冒号后，如 50000-: 固定 500（万元）；一事一议的写“一事一议”，如 80000-: 一事一议；最高档上限留空。", "One band a line, “min-max: yuan per mu”, investment in 10⁴ yuan, e.g. 10000-30000: 15000; a fixed sum after the colon, e.g. 50000-: fixed 500 (10⁴ yuan); a band settled case by case, e.g. 80000-: case by case; leave the top band's maximum empty.");
pub const PK_CAP: L10n = L10n::new("封顶（万元，可选）", "Cap (10⁴ yuan, optional)");
pub const PK_TIMING: L10n = L10n::new("发放方式", "Paid");
pub const PK_ONCE: L10n = L10n::new("一次性", "Once");
pub const PK_YEARLY: L10n = L10n::new("每年", "Yearly");
pub const PK_YEARS: L10n = L10n::new("发放年数", "Paid for how many years");
pub const PK_CONDITIONS: L10n = L10n::new(
    "适用条件（全部满足；留空为不限）：",
    "Conditions (all must hold; blank means any):",
);
pub const PK_INDUSTRY: L10n = L10n::new(
    "行业代码前缀（逗号分隔，如 C39, I65）",
    "Industry code prefixes (comma-separated, e.g. C39, I65)",
);
pub const PK_MIN_FAI: L10n = L10n::new(
    "固定资产投资不低于（万元）",
    "Fixed-asset investment at least (10⁴ yuan)",
);
pub const PK_MIN_JOBS: L10n = L10n::new("就业人数不低于", "Jobs at least");
pub const PK_MIN_TIER: L10n = L10n::new("招商分档不低于", "Investment tier at least");
pub const PK_ANY: L10n = L10n::new("不限", "Any");
pub const PK_TIER1: L10n = L10n::new("1亿元以上", "Tier 1 (100 million)");
pub const PK_TIER2: L10n = L10n::new("20亿元以上", "Tier 2 (2 billion)");
pub const PK_TIER3: L10n = L10n::new("50亿元以上", "Tier 3 (5 billion)");
pub const PK_FOREIGN: L10n = L10n::new("外商投资", "Foreign-invested");
pub const PK_ACTION: L10n = L10n::new("建设性质（仅限）", "Type of project (only)");
pub const PK_ACTIONS_NONE: L10n = L10n::new(
    "均不勾选即不限建设性质。",
    "None ticked: any type of project.",
);
pub const PK_RANK: L10n = L10n::new(
    "500强、行业前十或上市公司",
    "Top-500, top-10 or listed investor",
);
pub const PK_MORE_ALTERNATIVES: L10n = L10n::new(
    "组其他条件（来自导入文件）保持不变。",
    "more sets of conditions (from the imported file) are kept as they are.",
);
/// One set: "1 more sets" read wrongly (a user test).
pub const PK_ONE_MORE_ALTERNATIVE: L10n = L10n::new(
    "组其他条件（来自导入文件）保持不变。",
    "more set of conditions (from the imported file) is kept as it is.",
);
pub const PK_STACK: L10n = L10n::new(
    "不可叠加组（同组只计最高者）",
    "Stacking group (only the largest of a group counts)",
);
pub const PK_FROM: L10n = L10n::new("生效日期", "In force from");
pub const PK_TO: L10n = L10n::new("失效日期（可选）", "In force until (optional)");
pub const PK_BASIS_DOC: L10n = L10n::new("依据文件名称", "Document it rests on");
pub const PK_BASIS_NUMBER: L10n = L10n::new("文号", "Document number");
pub const PK_BASIS_ARTICLE: L10n = L10n::new("条款", "Article");
pub const PK_STATUS: L10n = L10n::new("现行状态", "Standing");
pub const PK_IN_FORCE: L10n = L10n::new("现行有效", "In force");
pub const PK_NEEDS_REVIEW: L10n = L10n::new("待核实", "To be checked");
pub const PK_SUPERSEDED: L10n = L10n::new("可能已被替代", "Possibly superseded");
pub const PK_LAPSED: L10n = L10n::new("已失效", "Lapsed");
pub const PK_SELECTIVE: L10n = L10n::new(
    "选择性（按项目给予）补助：须经公平竞争审查",
    "Selective (project-specific) subsidy: subject to fair-competition review",
);
pub const PK_NOTE_ZH: L10n = L10n::new("说明（中文）", "Note (Chinese)");
pub const PK_NOTE_EN: L10n = L10n::new("说明（英文）", "Note (English)");
pub const PK_REMOVE_ITEM: L10n = L10n::new("删除此项", "Remove this item");
pub const PK_ADD_ITEM: L10n = L10n::new("添加一项", "Add an item");
pub const ST_COMPUTED: L10n = L10n::new("已算出", "Computed");
pub const ST_DEDUCTED: L10n = L10n::new("已扣减", "Deducted");
pub const ST_NOT_NEEDED: L10n = L10n::new("无需扣减", "Not needed");
pub const PK_MIN_TAX: L10n = L10n::new("年纳税不低于（万元）", "Taxes a year at least (10⁴ yuan)");
pub const PK_MIN_MU: L10n = L10n::new("用地不少于（亩）", "Land at least (mu)");
pub const PK_MAX_MU: L10n = L10n::new("用地不多于（亩）", "Land at most (mu)");
pub const DISCARD_ASK: L10n = L10n::new(
    "有未保存的修改，放弃吗？",
    "There are unsaved changes. Discard them?",
);
pub const DISCARD_CHANGES: L10n = L10n::new("放弃修改", "Discard changes");
pub const KEEP_EDITING: L10n = L10n::new("继续编辑", "Keep editing");
pub const IS_A_PACKAGE_FILE: L10n = L10n::new(
    "这是优惠包文件，不是项目文件：请在“优惠包”页用“导入优惠包文件”打开。当前内容未改动。",
    "This is an incentive package file, not a project: open it with “Import a package file” on the Packages page. Nothing was changed.",
);
pub const IS_A_BATCH_FILE: L10n = L10n::new(
    "这是线索清单（CSV），不是项目文件：请在“批量预审”页打开。当前内容未改动。",
    "This is a list of leads (CSV), not a project: open it on the Batch page. Nothing was changed.",
);
pub const IS_A_WORK_FILE: L10n = L10n::new(
    "这是项目或方案文件，不是优惠包：请在预审页用“导入文件”打开。",
    "This is a project or scenarios file, not a package: open it with “Import a file” on the screening page.",
);
/// A file's own packages, added here.
pub const FILE_PACKAGES_ADDED: L10n = L10n::new(
    "文件带有发送者自建的优惠包，已加入本机（可在“优惠包”页查看或删除）：{names}。",
    "The file carries the sender's own packages, now added here (see or delete them on the Packages page): {names}.",
);
pub const FILE_PACKAGES_KEPT: L10n = L10n::new(
    "本机已有同一编号的优惠包，保留本机的版本，优惠测算可能与发送者不同：{names}。",
    "A package with the same id is already here and was kept as it is, so the incentive estimate may differ from the sender's: {names}.",
);
pub const FILE_PACKAGES_MISSING: L10n = L10n::new(
    "发送者还使用了自己的优惠包，但文件中没有（或无法读取）：{names}。此处的优惠测算可能与发送者不同；可请对方导出优惠包文件，在“优惠包”页导入。",
    "The sender also applied packages of their own that this file does not carry (or that could not be read): {names}. The incentive estimate here may differ from theirs: ask for the package file and import it on the Packages page.",
);
/// A link whose writer had packages of their own switched on.
pub const SENDER_PACKAGES: L10n = L10n::new(
    "发送者还使用了自己的优惠包：{names}。链接不含优惠包内容，此处的优惠测算可能与发送者不同；可请对方导出优惠包文件，在“优惠包”页导入。",
    "The sender also applied packages of their own: {names}. A link does not carry packages, so the incentive estimate here may differ from theirs: ask for the package file and import it on the Packages page.",
);
/// Before the upper end of a range on its own line ("0" / "至 700万元").
pub const RANGE_TO: L10n = L10n::new("至 ", "to ");
/// The Compare page's group of incentive items whose state or total differs.
pub const ITEMS_DIFFER: L10n = L10n::new("不同的优惠项目", "Incentive items that differ");
/// After a package of the user's is deleted, with the scenarios whose
/// totals that changed.
pub const PACKAGE_DELETED: L10n = L10n::new("已删除“{name}”。", "Deleted “{name}”.");
pub const PACKAGE_WAS_COUNTED: L10n = L10n::new(
    "方案{names}原计入该优惠包，现已不再计入。",
    " Scenarios {names} counted it and no longer do.",
);
pub const UNDO_DELETE_PACKAGE: L10n = L10n::new("撤销删除", "Undo");
/// After an item removed in the editor, beside its undo.
pub const PK_ITEM_REMOVED: L10n = L10n::new("已删除优惠项 {id}。", "Item {id} removed.");
/// Puts back the package of the user's that an import replaced.
pub const UNDO_REPLACE_PACKAGE: L10n = L10n::new("撤销替换", "Undo");
