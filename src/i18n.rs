//! The two interface languages. Rule texts come from the engine in both;
//! this module holds only the app's own wording.

use jiujiang_engine::model::L10n;
use jiujiang_engine::Text;

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

    pub fn text(self, t: &Text) -> String {
        match self {
            Lang::Zh => t.zh.clone(),
            Lang::En => t.en.clone(),
        }
    }
}

pub const APP_TITLE: L10n = L10n::new(
    "九江招商项目准入预审",
    "Jiujiang project admission screening",
);
pub const SWITCH_LANG: L10n = L10n::new("English", "中文");
pub const FORM_TITLE: L10n = L10n::new("项目信息", "The project");
pub const RESULT_TITLE: L10n = L10n::new("预审结果", "Screening result");
pub const AS_OF: L10n = L10n::new("依据日期", "Rules as of");
pub const NOT_GIVEN: L10n = L10n::new("（未填）", "(not given)");
pub const CHOOSE: L10n = L10n::new("请选择", "Choose");
pub const YES: L10n = L10n::new("是", "Yes");
pub const NO: L10n = L10n::new("否", "No");
pub const WHY: L10n = L10n::new("依据与计算", "Why: inputs, thresholds, sources");
pub const INPUTS_USED: L10n = L10n::new("所用输入", "Inputs used");
pub const THRESHOLDS: L10n = L10n::new("阈值", "Thresholds");
pub const SOURCES: L10n = L10n::new("法规依据", "Legal basis");
pub const CAVEATS: L10n = L10n::new("须确认", "To confirm");
pub const OPEN_QUESTIONS: L10n = L10n::new("未决问题", "Open questions");
pub const WHAT_WOULD_CHANGE: L10n = L10n::new("如何改变结论", "What would change this");
pub const PLEASE_GIVE: L10n = L10n::new("请补充：", "Please give:");
pub const COULD_BE: L10n = L10n::new("可能的结论：", "Could turn out: ");
pub const EVIDENCE: L10n = L10n::new("依据等级", "Evidence");
pub const BLOCKING: L10n = L10n::new("决定性条款：", "Decided by: ");
pub const OPEN_RULES: L10n = L10n::new("尚未能判断的条款：", "Rules still open: ");
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
pub const BAD_DATE: L10n = L10n::new(
    "日期无效，请用 YYYY-MM-DD。",
    "Invalid date; use YYYY-MM-DD.",
);
pub const ENGINE_ERROR: L10n =
    L10n::new("规则数据无法加载：", "The rule data could not be loaded: ");
pub const LOAD_EXAMPLE: L10n = L10n::new("载入示例", "Load an example");
pub const CLEAR: L10n = L10n::new("清空", "Clear");
pub const NONE_OF_THESE: L10n = L10n::new("均不涉及", "None of these");
pub const PARK_NONE: L10n = L10n::new("不在化工园区内", "Not in a chemical park");
pub const PARK_OTHER: L10n = L10n::new(
    "其他已认定化工园区（自述）",
    "Another recognised chemical park (as stated)",
);
pub const PARK_REVOKED: L10n = L10n::new(
    "已取消化工定位的园区",
    "A park whose chemical designation was cancelled",
);
pub const TO_DECIDE: L10n = L10n::new(
    "要得出完整结论，还需填写：",
    "To decide every rule, please also give:",
);
pub const RULES_NEEDING: L10n = L10n::new("涉及条款", "needed by");
pub const ENERGY_SUMMARY: L10n = L10n::new("能耗小结", "Energy summary");
pub const CALORIFIC: L10n = L10n::new("当量值", "Calorific basis");
pub const PRIMARY: L10n = L10n::new("等价值", "Primary-equivalent basis");
pub const TWO_HIGH: L10n = L10n::new("“两高”项目", "Two-high project");
pub const ENERGY_REVIEW: L10n = L10n::new("节能审查", "Energy review");
pub const UNKNOWN: L10n = L10n::new("无法确定", "Cannot tell yet");
pub const WOULD_REFINE: L10n = L10n::new(
    "补充以下信息可能使结论放宽：",
    "Giving these could make the outcome milder:",
);
pub const TAB_SCREEN: L10n = L10n::new("项目预审", "Screen a project");
pub const TAB_RULES: L10n = L10n::new("规则库", "Rule base");
pub const SEARCH: L10n = L10n::new("搜索", "Search");
pub const ALL: L10n = L10n::new("全部", "All");
pub const IN_FORCE_FROM: L10n = L10n::new("施行", "In force from");
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
pub const NEED_DATUM: L10n = L10n::new(
    "请注明坐标来源（高德、百度或GPS），否则无法换算到真实位置。",
    "Say where the coordinates come from (Amap, Baidu or GPS); without it the true position is unknown.",
);
pub const MOVED_BY: L10n = L10n::new("换算后位置移动了", "converting moved the point by");
pub const OUTSIDE_JIUJIANG: L10n = L10n::new(
    "该点不在九江及周边范围内，请核对坐标和经纬度顺序。",
    "This point is outside Jiujiang and its surroundings: check the coordinates and their order.",
);
pub const MAP_RIVER: L10n = L10n::new("地图估算距最近河流", "Map estimate to the nearest river");
pub const MAP_LAKE: L10n = L10n::new("地图估算距最近湖泊", "Map estimate to the nearest lake");
pub const INSIDE_WATER: L10n = L10n::new(
    "点落在水面内，请核对坐标",
    "the point is inside mapped water; check it",
);
pub const MAP_CAVEAT: L10n = L10n::new(
    "地图为 OSM 概化水面（© OpenStreetMap 贡献者，ODbL），岸线误差约±1公里：距离落在门槛±1公里内时无法判断，请填实测距离。支流距离须实测。",
    "The map is generalised OSM water (© OpenStreetMap contributors, ODbL), banks about ±1 km: within 1 km of a threshold it cannot decide, so give a measured distance. Tributary distances must be measured.",
);
pub const WHERE_TITLE: L10n = L10n::new(
    "可以落在哪里？（“9610”产业布局）",
    "Where could it go? (9610 programme)",
);
pub const WHERE_HELP: L10n = L10n::new(
    "依《九江市高质量打造区域制造业中心攻坚行动方案》附件4，列出该产业链的布局地区，以及负面清单在当地是否留有空间；行业归链为本工具推断。",
    "From annex 4 of Jiujiang's 2023 manufacturing plan: the regions planned for this industry chain, and whether the negative list leaves room there. Assigning codes to chains is this tool's reading.",
);
pub const REGION: L10n = L10n::new("地区", "Region");
pub const CHAIN: L10n = L10n::new("产业链", "Chain");
pub const ROOM: L10n = L10n::new("负面清单空间", "Room under the negative list");
pub const FITS: L10n = L10n::new(
    "可落地（仍须逐条预审）",
    "Possible (still screen every rule)",
);
pub const FITS_IF: L10n = L10n::new("有条件", "Possible if");
pub const NO_ROOM: L10n = L10n::new("无空间", "No room");
pub const CREDITS: L10n = L10n::new(
    "水系数据 © OpenStreetMap 贡献者，依开放数据库许可（ODbL 1.0）提供；行业分类依 GB/T 4754-2017。",
    "Water data © OpenStreetMap contributors, available under the Open Database License (ODbL 1.0); industry classes per GB/T 4754-2017.",
);

// The map (issue 5).
pub const MAP_TITLE: L10n = L10n::new("地图", "Map");
pub const MAP_LABEL: L10n = L10n::new(
    "九江水系地图：拖动平移，滚轮或双指缩放，点击放置选址",
    "Map of Jiujiang's water: drag to pan, wheel or pinch to zoom, click to place the site",
);
pub const MAP_KEYS: L10n = L10n::new(
    "键盘：方向键平移，+/− 缩放，0 全图，回车在十字处放置选址（绘制地块时为添加角点）。",
    "Keyboard: arrows pan, +/− zoom, 0 shows everything, Enter places the site at the cross (adds a corner while drawing a parcel).",
);
pub const MAP_LEGEND: L10n = L10n::new(
    "蓝色：OSM 水面；浅色带：距岸 1、3、5 公里（岸线误差约±1公里，带的边缘同样不准）；虚线：到最近岸线；≈：园区示意点，非边界。",
    "Blue: OSM water; pale bands: 1, 3 and 5 km from the banks (the banks are good to about ±1 km, so are the band edges); dashed: to the nearest bank; ≈: park markers for orientation, not boundaries.",
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
pub const DATUM_GCJ02: L10n = L10n::new("GCJ-02（高德、腾讯）", "GCJ-02 (Amap, Tencent)");
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
