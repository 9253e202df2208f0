//! The field registry: every input once, with its kind, section, labels and
//! help in both languages, and the lists of choices.

use super::*;

/// The yearly energy total stated in tce: a figure, or a bound ("<=500").
pub const STATED_TOTAL_TCE: &str = "energy.stated_total_tce";
/// The yearly electricity in 10⁴ kWh, where electricity typed as a total
/// goes ([`super::names_electricity`]).
pub const ELECTRICITY_10K_KWH: &str = "energy.electricity_10k_kwh";
/// Whether the energy carriers typed are all the project uses.
pub const CARRIERS_COMPLETE: &str = "energy.carriers_complete";

pub const ACTIONS: &[Choice] = &[
    c("new", "新建", "New build"),
    c("expansion", "扩建", "Expansion"),
    c("renovation", "改建", "Renovation"),
    c("relocation", "迁建", "Relocation"),
    c("tech_upgrade", "技术改造", "Technical upgrade"),
];

pub const FACILITIES: &[Choice] = &[
    c("tailings_pond", "尾矿库", "Tailings pond"),
    c("smelting_slag_stack", "冶炼渣库", "Smelting-slag stack"),
    c("phosphogypsum_stack", "磷石膏库", "Phosphogypsum stack"),
    c("wharf", "码头", "Wharf"),
    c("river_crossing", "过江通道", "Yangtze crossing"),
    c(
        "own_outfall",
        "自设入河排污口",
        "Own outfall to a river or lake",
    ),
    c("sand_dredging", "采砂", "Sand dredging"),
    c("mining", "采矿、采石", "Mining or quarrying"),
    c(
        "land_reclamation",
        "围湖造田、围填",
        "Land reclamation from water",
    ),
    c(
        "capture_fishery",
        "在长江干流、重要支流、鄱阳湖等重点水域或水生生物保护区内生产性捕捞",
        "Capture fishery in the key waters (Yangtze main stream, important tributaries, Poyang Lake) or an aquatic reserve",
    ),
    c(
        "waste_in_river_range",
        "在河湖管理范围内堆放、处理固体废物",
        "Solid waste stored or treated inside the river/lake management range",
    ),
];

pub const DISTANCE_REFERENCES: &[Choice] = &[
    c(
        "management_line",
        "河道/湖泊管理范围外缘线",
        "Outer edge of the river/lake management range",
    ),
    c(
        "planning_line",
        "岸线规划功能区边界",
        "Shoreline planning line",
    ),
    c("levee_toe", "堤脚", "Levee toe"),
    c(
        "water_edge",
        "水边线（地图水面）",
        "Water edge (map water surface)",
    ),
];

const RESERVE_ZONES: &[Choice] = &[
    c("none", "不涉及", "None"),
    c("core", "核心区", "Core zone"),
    c("buffer", "缓冲区", "Buffer zone"),
    c("experimental", "实验区", "Experimental zone"),
];

const WATER_ZONES: &[Choice] = &[
    c("none", "不涉及", "None"),
    c("grade1", "一级保护区", "Grade-1 zone"),
    c("grade2", "二级保护区", "Grade-2 zone"),
    c("quasi", "准保护区", "Quasi-protection zone"),
];

/// What the "other" water within reach is (YRB-01, W7): the law's 干支流
/// covers every river flowing into the Yangtze, directly or not; whether a
/// connected lake counts is open (Q4).
const OTHER_WATER_KINDS: &[Choice] = &[
    c(
        "river",
        "河流（直接或间接汇入长江）",
        "A river or stream (flowing into the Yangtze, directly or not)",
    ),
    c(
        "lake",
        "通江湖泊（与长江或其支流相连）",
        "A lake connected to the Yangtze or a tributary",
    ),
    c("unsure", "不确定", "Not sure"),
];

/// What a thermal power or CHP plant burns: Jiangxi's two-high list names
/// coal power, not thermal power as a whole.
const POWER_FUELS: &[Choice] = &[
    c(
        "coal",
        "燃煤（含煤矸石、煤泥）",
        "Coal (coal gangue and slime included)",
    ),
    c("gas", "燃气（天然气等）", "Gas (natural gas and the like)"),
    c(
        "biomass_waste",
        "生物质、垃圾焚烧",
        "Biomass or waste incineration",
    ),
    c(
        "other",
        "其他（燃油、余热等）",
        "Other (oil, waste heat and the like)",
    ),
];

/// The kinds of project on the 2017 list exempt from a separate energy
/// review (发改环资规〔2017〕1975号), as the list names them (W10).
const ENERGY_EXEMPT_KINDS: &[Choice] = &[
    c("none", "不属于以下类别", "None of these"),
    c("wind", "风电站", "Wind farm"),
    c("solar", "光伏电站（光热）", "PV or solar-thermal station"),
    c("biomass", "生物质能", "Biomass energy"),
    c("geothermal", "地热能", "Geothermal energy"),
    c("nuclear", "核电站", "Nuclear power station"),
    c("pumped_storage", "抽水蓄能电站", "Pumped-storage station"),
    c("grid", "电网工程", "Power-grid works"),
    c(
        "pipeline",
        "输油管网、输气管网",
        "Oil or gas pipeline network",
    ),
    c("water_works", "水利", "Water-conservancy works"),
    c(
        "railway",
        "铁路（含独立铁路桥梁、隧道）",
        "Railway (with stand-alone bridges and tunnels)",
    ),
    c("highway", "公路", "Highway"),
    c("urban_road", "城市道路", "Urban road"),
    c("inland_waterway", "内河航运", "Inland waterway"),
    c(
        "network",
        "信息（通信）网络（不含数据中心）",
        "Communication network (not a data centre)",
    ),
    c("e_government", "电子政务", "E-government"),
    c(
        "satellite_ground",
        "卫星地面工程",
        "Satellite ground station",
    ),
];

/// What a park under development is positioned for (W6, M6): Art. 26 ¶2
/// bans new or expanded chemical parks within 1 km; Jiangxi's 2018 plan bars
/// new parks with a heavy-chemical positioning within 5 km.
const PARK_POSITIONINGS: &[Choice] = &[
    c("chemical", "化工园区（含化工集中区）", "A chemical park (or chemical cluster)"),
    c(
        "heavy_industry",
        "其他重化工业定位（石化、钢铁、有色、建材等）",
        "Other heavy-chemical positioning (petrochemicals, steel, non-ferrous, building materials …)",
    ),
    c("other", "无重化工业定位", "No heavy-chemical positioning"),
];

/// Where a project comes from (Art. 22 para. 2, M2): heavy polluters may not
/// move to the middle and upper reaches.
const TRANSFER_ORIGINS: &[Choice] = &[
    c("none", "不是从外地转移来的项目", "Not moved here from elsewhere"),
    c(
        "lower_or_outside",
        "从长江下游或流域以外（如长三角、珠三角）转移而来",
        "Moved from the lower Yangtze or from outside the basin (e.g. the Yangtze or Pearl River delta)",
    ),
    c(
        "middle_upper",
        "从长江中上游其他地方转移而来",
        "Moved from elsewhere in the middle or upper Yangtze",
    ),
];

/// The reach of the Yangtze the site is on: the middle reach ends at the
/// Poyang Lake outlet at Hukou.
const YANGTZE_REACHES: &[Choice] = &[
    c(
        "middle",
        "中游（湖口以上：瑞昌、柴桑、浔阳、濂溪、经开区及鄱阳湖流域各县）",
        "Middle reach (above Hukou: Ruichang, Chaisang, Xunyang, Lianxi, the ETDZ and the Poyang basin counties)",
    ),
    c(
        "lower",
        "下游（湖口出口以下：湖口、彭泽沿江）",
        "Lower reach (below the Hukou outlet: Hukou and Pengze along the river)",
    ),
];

const SHORELINE_ZONES: &[Choice] = &[
    c("none", "不涉及", "None"),
    c("protection", "岸线保护区", "Shoreline protection zone"),
    c("reserve", "岸线保留区", "Shoreline reserve zone"),
];

const ZONING_CHECKS: &[Choice] = &[
    c(
        "prohibited",
        "单元清单禁止该行业",
        "The unit's list prohibits this sector",
    ),
    c("allowed", "已核对，未禁止", "Checked: not prohibited"),
    c("not_checked", "尚未核对", "Not checked yet"),
];

const PETROCHEM_KINDS: &[Choice] = &[
    c("none", "不属于", "None of these"),
    c("refinery", "炼油", "Oil refinery"),
    c("ethylene", "乙烯", "Ethylene"),
    c("px", "对二甲苯（PX）", "Paraxylene (PX)"),
    c(
        "coal_chemical",
        "现代煤化工（煤制油、气、烯烃等）",
        "Modern coal chemicals (coal-to-liquids, gas, olefins …)",
    ),
];

/// Which case of the 2021 steel measure the capacity falls in (M8): it sets
/// the replacement ratio (1.25:1, 1.1:1 after a merger, 1:1 in five listed
/// cases; the sixth, Qinghai and Tibet, cannot arise here).
const STEEL_BASES: &[Choice] = &[
    c(
        "standard",
        "以下均不属于（新建、扩建按一般比例；改造不拆建、不更换冶炼设备的，本条不适用）",
        "None of these (new capacity at the general ratio; a renovation that rebuilds or replaces no furnace is outside the rule)",
    ),
    c(
        "merger",
        "实质性兼并重组后取得的合规产能",
        "Compliant capacity gained in a completed merger",
    ),
    c(
        "bof_to_eaf",
        "企业内部退出转炉建设电炉（一并退出配套烧结、焦炉、高炉）",
        "Converters replaced by an electric furnace in the same firm (with their sinter, coke and blast furnaces)",
    ),
    c(
        "eaf_to_eaf",
        "退出和建设的冶炼设备均为电炉",
        "Electric furnaces retired and built",
    ),
    c(
        "in_plant_upgrade",
        // Said as a rebuild of furnaces: a user test read it as any upgrade
        // adding no capacity, and was told the project was on hold.
        "厂区内部拆除重建冶炼设备的改造升级（设备类型、容量、数量不变）",
        "In-plant upgrade rebuilding furnaces, keeping their type, size and number",
    ),
    c(
        "non_bf_ironmaking",
        "退出烧结、焦炉、高炉，建设氢冶金或非高炉炼铁",
        "Sinter, coke and blast furnaces replaced by hydrogen or non-blast-furnace ironmaking",
    ),
    c(
        "rkef_aod_stainless",
        "回转窑-矿热炉-AOD炉工艺生产不锈钢",
        "Stainless steel by rotary kiln, electric furnace and AOD",
    ),
];

const CATALOGUE_CLASSES: &[Choice] = &[
    c("encouraged", "鼓励类", "Encouraged"),
    c(
        "permitted",
        "允许类（不属于三类）",
        "Permitted (in none of the three classes)",
    ),
    c("restricted", "限制类", "Restricted"),
    c("eliminated", "淘汰类", "Eliminated"),
    c("not_checked", "尚未核对", "Not checked yet"),
];

const MARKET_ACCESS: &[Choice] = &[
    c("not_listed", "不在清单内", "Not on the list"),
    c("prohibited", "禁止准入类", "Entry prohibited"),
    c("licensed", "许可准入类", "Entry needs a licence"),
    c("not_checked", "尚未核对", "Not checked yet"),
];

const EFFICIENCY: &[Choice] = &[
    c(
        "meets_benchmark",
        "达到能效标杆水平",
        "Meets the benchmark (标杆) level",
    ),
    c(
        "below_benchmark",
        "未达标杆水平",
        "Below the benchmark level",
    ),
    c(
        "no_benchmark",
        "产品无标杆值",
        "No benchmark for this product",
    ),
    c("not_checked", "尚未核对", "Not checked yet"),
];

const PRODUCTS: &[Choice] = &[
    c("none", "不属于下列产品", "None of these"),
    c("pig_iron", "生铁（炼铁）", "Pig iron"),
    c("crude_steel", "粗钢（炼钢）", "Crude steel"),
    c("electrolytic_aluminium", "电解铝", "Electrolytic aluminium"),
    c("cement_clinker", "水泥熟料", "Cement clinker"),
    c("flat_glass", "平板玻璃", "Flat glass"),
    c(
        "pv_rolled_glass",
        "光伏压延玻璃",
        "Photovoltaic rolled glass",
    ),
    c("ship", "船舶（船台、船坞）", "Ships (berths, docks)"),
];

const TONNES: L10n = L10n::new("吨/年", "t/yr");
const TONNES_TOTAL: L10n = L10n::new("吨", "t");
const TCE: L10n = L10n::new("吨标准煤/年", "tce/yr");
pub(super) const WAN_CNY: L10n = L10n::new("万元", "10⁴ CNY");
pub(super) const WAN_CNY_YR: L10n = L10n::new("万元/年", "10⁴ CNY/yr");
pub(super) const WAN_USD: L10n = L10n::new("万美元", "10⁴ USD");
/// A count of people (jobs): read with "employees", never echoed.
pub(super) const PEOPLE: L10n = L10n::new("人", "people");
pub(crate) const PCT: L10n = L10n::new("%", "%");

const fn money(
    key: &'static str,
    section: Section,
    zh: &'static str,
    en: &'static str,
    hzh: &'static str,
    hen: &'static str,
) -> FieldSpec {
    f(
        key,
        FieldKind::Number {
            unit: WAN_CNY,
            max: 1.0e8,
        },
        section,
        L10n::new(zh, en),
        L10n::new(hzh, hen),
    )
}

const fn yearly(
    key: &'static str,
    zh: &'static str,
    en: &'static str,
    hzh: &'static str,
    hen: &'static str,
) -> FieldSpec {
    f(
        key,
        FieldKind::Number {
            unit: WAN_CNY_YR,
            max: 1.0e8,
        },
        Section::Finance,
        L10n::new(zh, en),
        L10n::new(hzh, hen),
    )
}

const fn percent(
    key: &'static str,
    zh: &'static str,
    en: &'static str,
    hzh: &'static str,
    hen: &'static str,
) -> FieldSpec {
    f(
        key,
        FieldKind::Number {
            unit: PCT,
            max: 100.0,
        },
        Section::Finance,
        L10n::new(zh, en),
        L10n::new(hzh, hen),
    )
}

pub const LAND_GRADES: &[Choice] = &[
    c("1", "一等", "Grade 1"),
    c("2", "二等", "Grade 2"),
    c("3", "三等", "Grade 3"),
    c("4", "四等", "Grade 4"),
    c("5", "五等", "Grade 5"),
    c("6", "六等", "Grade 6"),
    c("7", "七等", "Grade 7"),
    c("8", "八等", "Grade 8"),
    c("9", "九等", "Grade 9"),
    c("10", "十等", "Grade 10"),
    c("11", "十一等", "Grade 11"),
    c("12", "十二等", "Grade 12"),
    c("13", "十三等", "Grade 13"),
    c("14", "十四等", "Grade 14"),
    c("15", "十五等", "Grade 15"),
];

const fn f(
    key: &'static str,
    kind: FieldKind,
    section: Section,
    label: L10n,
    help: L10n,
) -> FieldSpec {
    FieldSpec {
        key,
        kind,
        section,
        label,
        help,
    }
}

const fn yes_no(
    key: &'static str,
    section: Section,
    zh: &'static str,
    en: &'static str,
    hzh: &'static str,
    hen: &'static str,
) -> FieldSpec {
    f(
        key,
        FieldKind::YesNo,
        section,
        L10n::new(zh, en),
        L10n::new(hzh, hen),
    )
}

const fn distance(
    key: &'static str,
    zh: &'static str,
    en: &'static str,
    hzh: &'static str,
    hen: &'static str,
) -> FieldSpec {
    f(
        key,
        FieldKind::Distance,
        Section::Site,
        L10n::new(zh, en),
        L10n::new(hzh, hen),
    )
}

const fn energy(key: &'static str, unit: L10n, zh: &'static str, en: &'static str) -> FieldSpec {
    f(
        key,
        FieldKind::Number { unit, max: 1.0e9 },
        Section::Energy,
        L10n::new(zh, en),
        L10n::new(
            "投产后年消费量。只有不改变建设地点、主要工艺和设备的改建（2025-09-01起也含此类技术改造）填新增量；扩建及其他改建填建成投产后的年消费量，含原有装置，除非节能审查机关另有认定（国家发展改革委令2023年第2号、2025年第31号）；依据日期在2023-06-01以前的，按2016年办法，改建、扩建都填新增量。无此品种留空，并在下方确认所填为全部品种。",
            "Annual use once in production. Only a renovation keeping the site, main process and equipment (from 2025-09-01 also such a technical upgrade) enters the increase; an expansion or any other renovation enters its annual use after completion, existing units included unless the review body decides otherwise (NDRC Orders 2023 No. 2 and 2025 No. 31); for an “as of” date before 2023-06-01 the 2016 measures applied, under which any renovation or expansion enters the increase. Leave blank if none, and confirm below that the carriers entered are all.",
        ),
    )
}

/// Numbers that must be above zero: a rate of 0 CNY a dollar or a
/// floor-area ratio of 0 is a slip, and would count a sum as nothing.
pub const ABOVE_ZERO: &[&str] = &["invest.cny_per_usd", "invest.floor_area_ratio"];

/// Numbers that count people or things, so are whole.
pub const WHOLE_NUMBERS: &[&str] = &["finance.jobs"];

pub static FIELDS: &[FieldSpec] = FIELD_SPECS;

/// The registry as a constant, so that [`index_of`] can search it while
/// compiling.
const FIELD_SPECS: &[FieldSpec] = &[
    f("name", FieldKind::Text, Section::Project, L10n::new("项目名称", "Project name"), L10n::new("仅用于显示，可不填。", "For display only; optional.")),
    f("industry_code", FieldKind::IndustryCode, Section::Project,
      L10n::new("行业代码（GB/T 4754-2017）", "Industry code (GB/T 4754-2017)"),
      L10n::new("输入代码或中文名称搜索，如 C2614 或“有机化学”；可省略门类字母。", "Type a code or a name in Chinese or English, e.g. C2614 or \"organic chemical\"; where several classes match, pick one from the list. The section letter may be omitted.")),
    f("action", FieldKind::Choice(ACTIONS), Section::Project, L10n::new("建设性质", "Type of project"),
      L10n::new("迁建按迁入地新建处理；技术改造、改建须说明是否增加产能。", "Relocation counts as new at the destination; a technical upgrade or a renovation must say whether it adds capacity.")),
    yes_no("adds_capacity", Section::Project, "是否增加产能", "Does the project add capacity?", "技术改造、改建需要填写：增加产能的按扩建处理。", "Needed for a technical upgrade or a renovation: one that adds capacity counts as an expansion."),
    yes_no("renovation_for_safety_env", Section::Project, "改建是否以提升安全、生态环境保护水平为目的", "Is the renovation for safety or environmental improvement?",
      "仅涉及尾矿库、冶炼渣库、磷石膏库的改建需要。", "Only needed when renovating a tailings, slag or phosphogypsum stack."),
    f("facilities", FieldKind::Set(FACILITIES), Section::Project, L10n::new("项目包含的设施或活动", "Facilities or activities included"),
      L10n::new("逐项勾选；都不涉及请勾“均不涉及”。尾矿库、冶炼渣库、磷石膏库只在本项目新建、改建或扩建时勾选，仅沿用原有库而不改扩建的不勾。",
                "Tick each that applies, or “none of these”. A tailings pond or a slag or phosphogypsum stack counts only if this project builds, rebuilds or enlarges it; one it only keeps using does not.")),
    f("park_positioning", FieldKind::Choice(PARK_POSITIONINGS), Section::Project, L10n::new("园区定位（园区开发项目）", "Park positioning (park development)"),
      L10n::new("仅园区开发、扩区项目（行业 L7221 园区管理服务）需填。", "Only for developing or extending a park (industry L7221, park management services).")),
    f("transfer_origin", FieldKind::Choice(TRANSFER_ORIGINS), Section::Project, L10n::new("是否从外地转移而来", "Moved here from elsewhere?"),
      L10n::new("长江保护法第二十二条第二款禁止重污染企业和项目向长江中上游转移。", "Art. 22 para. 2 of the Yangtze law bars moving heavily polluting firms and projects to the middle and upper reaches.")),
    yes_no("chemical_process", Section::Project, "是否以化学合成（化学反应）生产化学物质（作为产品或中间体）", "Does the plant make chemical substances by synthesis (a chemical reaction), as product or intermediate?",
      "如聚合、缩聚制切片，合成原料药、电子化学品：是。电池正极材料以共沉淀制前驱体、高温固相烧结或液相合成正极材料，均属化学反应：是（各地是否按化工项目认定不一，须向主管部门确认）。仅熔融纺丝、混配、分装、制剂，电池化成、电镀、印染固色：通常否。只问可能涉化的行业（化纤、纺织印染、医药、橡胶塑料、电子专用材料、电池、资源回收），据此决定是否按化工项目适用长江1公里禁令和化工园区要求，并按化工计入“两高”行业（能耗替代、环评等，HEHE-01至04）（本工具的读法，目录 Q5）。", "Polymerising chips, synthesising an API or an electronic chemical: yes. Battery cathode materials made by co-precipitating a precursor, or by solid-state sintering or liquid-phase synthesis, are made by a chemical reaction: yes (whether such a plant counts as a chemical project differs between authorities: confirm with yours). Only melt spinning, blending, packing or formulating, battery formation, plating, dye fixing: usually no. Asked only of industries that may involve chemistry (chemical fibres, textile dyeing, pharmaceuticals, rubber and plastics, electronic materials, batteries, recycling); it decides whether the 1 km Yangtze ban and the chemical-park rule apply as to a chemical project, and whether it counts among the two-high sectors as chemicals (energy offset, EIA gate: HEHE-01 to 04) (this tool's reading, catalogue Q5)."),
    yes_no("foreign_invested", Section::Project, "是否外商投资", "Is it a foreign-invested project?", "外商投资企业或外资控股项目；不填时按所填外资金额判断（大于0即是）。", "A foreign-invested enterprise or foreign-controlled project. Left blank, the foreign investment entered decides (any above zero is)."),

    f("site.location", FieldKind::Coordinates, Section::Site, L10n::new("选址坐标（经度, 纬度）", "Site coordinates (longitude, latitude)"),
      L10n::new("可粘贴高德、百度坐标或GPS坐标，任一顺序；未填实测距离时，据此按地图估算距水体距离（误差约±1公里）。",
                "Paste from Amap, Baidu or a GPS, either order; without measured distances the map gives an estimate (about ±1 km).")),
    f("site.location_datum", FieldKind::Choice(&[
        c("wgs84", "WGS-84 / CGCS2000（GPS、天地图）", "WGS-84 / CGCS2000 (GPS, Tianditu)"),
        c("gcj02", "GCJ-02（高德、腾讯、微信、谷歌地图中国区）", "GCJ-02 (Amap, Tencent, WeChat, Google Maps in China)"),
        c("bd09", "BD-09（百度）", "BD-09 (Baidu)"),
      ]), Section::Site, L10n::new("坐标来源", "Coordinate system"),
      L10n::new("高德坐标与真实位置相差约570米，百度约1.2公里，必须注明。", "Amap points are about 570 m off the true spot and Baidu about 1.2 km: say which.")),
    f("site.parcel", FieldKind::Parcel, Section::Site, L10n::new("地块轮廓（可选）", "Parcel outline (optional)"),
      L10n::new("各点“经度, 纬度”以分号分隔，坐标系同上；可在地图上绘制。给出后按地块最近边估算距离。",
                "Points “lon, lat” separated by semicolons, same system as above; or draw it on the map. Distances are then estimated from the parcel's nearest edge.")),
    distance("site.location_precision_m", "坐标误差（米，可选）", "Uncertainty of the coordinates (m, optional)",
      "不填时按网络地图取点计（GEO-04，30米）；在本页地图上点选时自动填写。", "Blank: that of a point taken from a web map (GEO-04, 30 m); filled in when you click this page's map."),
    distance("site.dist_yangtze_mainstream_m", "距长江干流岸线（米）", "Distance to the Yangtze main-stream shoreline (m)",
      "自项目用地边界量至河道管理范围外缘线；5公里内没有填 >5000（5000 米本身仍在5公里内）；未实测、只知在某距离以内的填 <800 之类。", "From the parcel boundary to the outer edge of the river management range; if none within 5 km, enter >5000 (5,000 m itself is within 5 km); known only to be within a distance, enter e.g. <800."),
    distance("site.dist_important_tributary_m", "距重要支流岸线（赣、抚、信、饶、修，米）", "Distance to an important tributary: Gan, Fu, Xin, Rao, Xiu (m)",
      "取最近一条；5公里内没有填 >5000（5000 米本身仍在5公里内）；未实测、只知在某距离以内的填 <800 之类。", "The nearest one; if none within 5 km, enter >5000 (5,000 m itself is within 5 km); known only to be within a distance, enter e.g. <800."),
    distance("site.dist_poyang_lake_m", "距鄱阳湖岸线（米）", "Distance to the Poyang Lake shore (m)",
      "以湖口水位22.48米（吴淞高程）岸线为准；5公里内没有填 >5000（5000 米本身仍在5公里内）；未实测、只知在某距离以内的填 <800 之类。", "Shore at the 22.48 m (Wusong datum, Hukou gauge) level; if none within 5 km, enter >5000 (5,000 m itself is within 5 km); known only to be within a distance, enter e.g. <800."),
    distance("site.dist_other_tributary_m", "距其他支流或通江湖泊（米）", "Distance to another tributary or connected lake (m)",
      "如博阳河、长河、八里湖；5公里内没有填 >5000（5000 米本身仍在5公里内）；未实测、只知在某距离以内的填 <800 之类。", "E.g. Boyang River, Changhe, Bali Lake; if none within 5 km, enter >5000 (5,000 m itself is within 5 km); known only to be within a distance, enter e.g. <800."),
    f("site.other_water_kind", FieldKind::Choice(OTHER_WATER_KINDS), Section::Site, L10n::new("上述其他水体是河流还是湖泊", "Is that other water a river or a lake?"),
      L10n::new("长江保护法第二十六条及于干支流：汇入长江的河流即为支流；通江湖泊是否在内尚无定论。", "Art. 26 covers the main stream and tributaries: a river flowing into the Yangtze is a tributary; whether a connected lake counts is not settled.")),
    f("site.distance_reference", FieldKind::Choice(DISTANCE_REFERENCES), Section::Site, L10n::new("距离量至何线", "What the distances were measured to"),
      L10n::new("法定岸线通常为管理范围外缘线；量至水边会高估距离。", "The legal shoreline is usually the management-range edge; measuring to the water edge overstates the distance.")),
    distance("site.distance_precision_m", "所填距离的量测误差（米，可选）", "Precision of the distances entered (m, optional)",
      "宗地实测约5米；不填时按地图量取计。另加官方河道管理范围线的误差（GEO-04）。", "About 5 m for a surveyed parcel; blank: as measured on a map. The official management line's own uncertainty is added (GEO-04)."),
    f("site.distance_measured_by", FieldKind::Text, Section::Site, L10n::new("实测单位或人员", "Measured by"),
      L10n::new("如环评单位、测绘院；随结论一并显示。填写实测单位和日期的距离，与地图估算不符时按实测判断。", "E.g. the EIA consultant or survey institute; shown with the findings. With who and when given, a distance the map disagrees with is read as surveyed.")),
    f("site.distance_measured_on", FieldKind::Day, Section::Site, L10n::new("实测日期", "Measured on"),
      L10n::new("YYYY-MM-DD；枯水期与丰水期水边线相差数百米。", "YYYY-MM-DD; the water edge moves hundreds of metres between seasons.")),
    yes_no("site.in_compliant_park", Section::Site, "是否位于合规园区内", "Inside a compliant industrial park?",
      "省级以上开发区或经省批准的园区。", "A provincial-or-higher development zone or a provincially approved park."),
    f("site.chemical_park", FieldKind::ChemicalPark, Section::Site, L10n::new("所在化工园区", "Chemical park"),
      L10n::new("新建、扩建化工项目一般须进入认定的化工园区（本工具据江西做法推断，未核实：CHP-01）。", "New or expanded chemical projects are expected in a recognised chemical park (this tool's inference from Jiangxi practice, unverified: CHP-01).")),
    f("site.yangtze_reach", FieldKind::Choice(YANGTZE_REACHES), Section::Site, L10n::new("所在长江河段", "Reach of the Yangtze"),
      L10n::new("长江中游止于湖口（鄱阳湖入江口）。", "The middle reach ends at the Poyang Lake outlet at Hukou.")),
    yes_no("site.key_ecological_zone", Section::Site, "是否位于重点生态功能区", "In a key ecological function zone?",
      "国家或省级主体功能区规划划定的重点生态功能区（县）。", "A key ecological function zone (county) of the national or provincial main-functional-area plans."),
    f("site.nature_reserve_zone", FieldKind::Choice(RESERVE_ZONES), Section::Site, L10n::new("与自然保护区重叠", "Overlap with a nature reserve"),
      L10n::new("用地是否落入自然保护区及其功能区。", "Whether the parcel lies in a nature reserve, and which zone.")),
    yes_no("site.scenic_core_area", Section::Site, "是否位于风景名胜区核心景区", "Inside a scenic area's core zone?", "", ""),
    f("site.drinking_water_zone", FieldKind::Choice(WATER_ZONES), Section::Site, L10n::new("与饮用水水源保护区重叠", "Overlap with a drinking-water protection zone"),
      L10n::new("含岸线和河段范围。", "Including its shoreline and river reach.")),
    yes_no("site.germplasm_reserve", Section::Site, "是否位于水产种质资源保护区岸线或河段", "In an aquatic germplasm reserve's shoreline or reach?", "", ""),
    yes_no("site.national_wetland_park", Section::Site, "是否位于国家湿地公园岸线或河段", "In a national wetland park's shoreline or reach?", "", ""),
    f("site.shoreline_zone", FieldKind::Choice(SHORELINE_ZONES), Section::Site, L10n::new("长江岸线保护区或保留区", "Yangtze shoreline protection or reserve zone"),
      L10n::new("依《长江岸线保护和开发利用总体规划》划定的功能区；开发利用区、控制利用区选“不涉及”。", "The function zones of the Yangtze shoreline protection and use plan; a development or controlled-use zone is “none”.")),
    f("site.zoning_check", FieldKind::Choice(ZONING_CHECKS), Section::Site, L10n::new("“三线一单”管控单元准入清单", "Environmental zoning unit list (三线一单)"),
      L10n::new("本工具未载入管控单元数据，请查询所在单元的生态环境准入清单。", "This tool has no zoning-unit data; check the admission list of the parcel's unit.")),

    yes_no("impact.discharges_pollutants", Section::Impact, "是否排放污染物", "Does it discharge pollutants?", "废水、废气等。", "Waste water, air emissions and the like."),
    yes_no("impact.severe_water_polluter", Section::Impact, "是否属于对水体污染严重的项目", "A severe water polluter?", "", ""),
    yes_no("impact.adds_discharge", Section::Impact, "改建是否增加排污量", "Does the renovation add discharge?", "", ""),
    yes_no("impact.polluting_production", Section::Impact, "是否为污染环境、破坏资源或景观的生产设施", "A production facility that pollutes or damages resources or landscape?", "", ""),
    yes_no("impact.water_supply_project", Section::Impact, "是否为供水设施或水源保护项目", "A water-supply or source-protection project?", "", ""),
    yes_no("impact.protection_related", Section::Impact, "是否与风景名胜资源保护相关", "Related to protecting the scenic resources?", "", ""),
    yes_no("impact.shoreline_exception", Section::Impact, "是否为防洪、河势控制、供水、生态保护、航道整治或国家重要基础设施", "Flood control, river regulation, water supply, ecological protection, channel works or national key infrastructure?", "", ""),
    yes_no("impact.in_port_master_plan", Section::Impact, "码头是否符合港口布局规划和港口总体规划", "Is the wharf in the port layout and master plans?", "", ""),
    yes_no("impact.in_crossing_plan", Section::Impact, "过江通道是否符合《长江干线过江通道布局规划》", "Is the crossing in the Yangtze crossing layout plan?", "", ""),
    f("impact.petrochemical_kind", FieldKind::Choice(PETROCHEM_KINDS), Section::Impact, L10n::new("石化、现代煤化工类别", "Petrochemical or coal-chemical type"),
      L10n::new("仅石化、化工项目需要。", "Only for petrochemical and chemical projects.")),
    yes_no("impact.in_national_layout_plan", Section::Impact, "是否列入国家石化、现代煤化工产业布局规划", "Listed in the national petrochemical / coal-chemical layout plan?", "", ""),
    yes_no("impact.county_air_attained", Section::Impact, "所在县（区）上一年度环境空气质量是否达标", "Did the county meet its air-quality target last year?",
      "用于“两高”项目污染物倍量替代。", "Decides doubled pollutant offsets for two-high projects."),
    yes_no("impact.county_water_attained", Section::Impact, "所在县（区）上一年度水环境质量考核是否达标", "Did the county meet its water-quality target last year?", "", ""),

    f("catalogue.class", FieldKind::Choice(CATALOGUE_CLASSES), Section::Catalogue, L10n::new("《产业结构调整指导目录》类别（依据日期施行的版本）", "Class in the Industrial Structure Catalogue (the edition in force on the date)"),
      L10n::new("2024年2月1日起为2024年本，2020年1月1日起为2019年本，此前为2011年本。本工具仅载入2024年本1005条中的6条，请对照目录原文判断；未查到不等于允许类。", "The 2024 edition from 1 Feb 2024, the 2019 edition from 1 Jan 2020, the 2011 edition before. This tool holds only 6 of the 2024 edition's 1,005 entries: check the full text. Not found here does not mean permitted.")),
    yes_no("catalogue.not_restricted", Section::Catalogue, "已确认不属于限制类、淘汰类", "Confirmed neither restricted nor eliminated?",
      "不清楚是鼓励类还是允许类时填写；类别一经填写，以类别为准，与之相反的视为矛盾。", "For when encouraged or permitted is not known; a stated class prevails, and one saying the opposite is a contradiction."),
    f("catalogue.market_access", FieldKind::Choice(MARKET_ACCESS), Section::Catalogue, L10n::new("《市场准入负面清单》（依据日期施行的版本）", "Market Access Negative List (the edition in force on the date)"),
      L10n::new("2025年4月24日起为2025年版（106项：禁止准入类6项、许可准入类100项），此前为2022年版及更早各版。", "The 2025 edition from 24 Apr 2025 (106 items: 6 prohibited, 100 needing a licence); the 2022 and earlier editions before.")),
    f("catalogue.efficiency", FieldKind::Choice(EFFICIENCY), Section::Catalogue, L10n::new("设计能效对照《工业重点领域能效标杆水平和基准水平》", "Design efficiency against the industrial energy-efficiency benchmarks"),
      L10n::new("两高行业及标杆表所列其他行业（轮胎、造纸、印染、粘胶等）的新建项目需要；其他行业的新建项目填为未达标杆水平的，同样参照限制类。", "Needed for new projects in two-high sectors and the table's other industries (tyres, paper, dyeing, viscose…); a new project in another sector stated below the benchmark is treated as restricted too.")),
    yes_no("catalogue.fdi_encouraged", Section::Catalogue, "是否属于《鼓励外商投资产业目录》（现行版本）", "In the Catalogue of Encouraged Industries for Foreign Investment (the edition in force)?",
      "目录分全国目录和中西部等地区外商投资优势产业目录两部分，只列入后者江西部分的也算。2026年2月1日起为2025年版（1679条），2023年1月1日起为2022年版，2021年1月27日起为2020年版。", "The catalogue has two parts, the national list and the list for the central, western and other regions: an item only in the latter's Jiangxi section counts too. The 2025 edition (1,679 items) from 1 Feb 2026, the 2022 edition from 1 Jan 2023, the 2020 edition from 27 Jan 2021."),

    f("capacity.product", FieldKind::Choice(PRODUCTS), Section::Capacity, L10n::new("产能过剩行业产品", "Overcapacity product"),
      L10n::new("钢铁、电解铝、水泥熟料、平板玻璃、船舶项目需要。", "Needed for steel, aluminium, clinker, flat-glass and ship projects.")),
    f("capacity.new_t", FieldKind::Number { unit: TONNES, max: 1.0e9 }, Section::Capacity, L10n::new("新增产能", "New capacity"), L10n::new("", "")),
    f("capacity.offered_t", FieldKind::Number { unit: TONNES_TOTAL, max: 1.0e9 }, Section::Capacity, L10n::new("拟置换（退出）产能", "Capacity offered for retirement"),
      L10n::new("投资方拟关停置换的产能。", "Capacity the investor offers to close in exchange.")),
    f("capacity.steel_basis", FieldKind::Choice(STEEL_BASES), Section::Capacity, L10n::new("钢铁置换适用情形", "Steel replacement case"),
      L10n::new("决定置换比例：一般1.25:1，兼并重组1.1:1，所列情形1:1（工信部原〔2021〕46号）。", "Sets the ratio: 1.25:1 in general, 1.1:1 after a merger, 1:1 in the listed cases (工信部原〔2021〕46号).")),
    yes_no("capacity.planning_relocation", Section::Capacity, "迁建是否因当地发展规划调整（且非淘汰类产能）", "Is the move required by a change in the local plan (and the line not obsolete)?",
      "如“退城入园”：可不制定置换方案，但须公示（CAP-02）。", "E.g. moving out of the city into a park: no replacement plan, but publicity (CAP-02)."),
    yes_no("capacity.source_cross_province", Section::Capacity, "置换产能是否来自省外", "Is the retired capacity from another province?", "", ""),
    yes_no("capacity.source_restricted", Section::Capacity, "拟退出的置换产能是否来自限制类生产线", "Is the retired capacity from a restricted-class line?",
      "跨省或限制类置换指标须按更高比例置换；新建生产线本身属限制类的，不得新建（IND-02）。", "Cross-province or restricted-class capacity is retired at a higher ratio; a new line that is itself restricted may not be built (IND-02)."),
    f("capacity.aluminium_ac_kwh_t", FieldKind::Number { unit: L10n::new("千瓦时/吨", "kWh/t"), max: 100_000.0 }, Section::Capacity,
      L10n::new("铝液交流电耗", "AC power use per tonne of aluminium"), L10n::new("仅电解铝。", "Aluminium only.")),
    yes_no("capacity.aluminium_env_grade_a", Section::Capacity, "电解铝环保绩效是否达A级", "Aluminium environmental performance grade A?", "", ""),

    energy("energy.coal_t", L10n::new("吨", "t"), "原煤", "Raw coal"),
    energy("energy.coke_t", L10n::new("吨", "t"), "焦炭", "Coke"),
    energy("energy.natural_gas_10k_m3", L10n::new("万立方米", "10⁴ m³"), "天然气", "Natural gas"),
    energy("energy.fuel_oil_t", L10n::new("吨", "t"), "燃料油", "Fuel oil"),
    // At most 5,000,000 ×10⁴ kWh (50 TWh a year, more than the largest
    // smelter uses): a figure in kWh typed bare is refused, not read as
    // 10,000 times the use (an advisor audit).
    FieldSpec { kind: FieldKind::Number { unit: L10n::new("万千瓦时", "10⁴ kWh"), max: 5.0e6 },
      ..energy("energy.electricity_10k_kwh", L10n::new("万千瓦时", "10⁴ kWh"), "电力", "Electricity") },
    energy("energy.steam_gj", L10n::new("吉焦", "GJ"), "热力（蒸汽）", "Heat (steam)"),
    energy("energy.other_tce", TCE, "其他能源（折标煤）", "Other energy, in tce"),
    yes_no("energy.carriers_complete", Section::Energy, "以上所填是否为项目全部能源品种", "Are the carriers entered all the energy the project uses?",
      "答“是”，未填的品种计为零；未答或答“否”，所填只是下限，能耗可能更高。各品种都填了的不必回答；只填综合能源消费量的也不必。", "If yes, the carriers left blank count as none; unanswered or no, the figures entered are only a floor and the use may be higher. Not needed when every carrier is filled in, or when only the total is given."),
    f("energy.stated_total_tce", FieldKind::Number { unit: TCE, max: 1.0e9 }, Section::Energy,
      L10n::new("或：综合能源消费量（已折标煤）", "Or: total energy use, already in tce"),
      L10n::new("不分品种填写时使用，或与所填品种一并填写（品种未填全时，总量可定下能耗）；注明折算口径。只有不改变地点、主要工艺和设备的改建（2025-09-01起也含此类技术改造）填新增量，扩建及其他改建填建成投产后的总量；依据日期在2023-06-01以前的，按2016年办法，改建、扩建都填新增量。", "Use instead of the carriers, or beside carriers not all filled in (the total then settles the use); state its basis. Only a renovation keeping the site, main process and equipment (from 2025-09-01 also such a technical upgrade) enters the increase, an expansion or any other renovation its total after completion; for an “as of” date before 2023-06-01 the 2016 measures applied, under which any renovation or expansion enters the increase.")),
    f("energy.power_fuel", FieldKind::Choice(POWER_FUELS), Section::Energy,
      L10n::new("火力发电、热电联产的主要燃料", "Main fuel of a thermal power or CHP plant"),
      L10n::new("江西“两高”八个行业列的是煤电：燃煤的计入；燃气等是否计入未见明文，本工具按不计入读，未核实。只对火力发电、热电联产询问。", "Jiangxi's eight two-high sectors name coal power: a coal-fired plant counts; whether gas and other fuels count no text says, and this tool reads them as not counting, unverified. Asked of thermal power and CHP only.")),
    f("energy.exempt_kind", FieldKind::Choice(ENERGY_EXEMPT_KINDS), Section::Energy,
      L10n::new("是否属于不单独进行节能审查的项目类别", "Is the project of a kind exempt from a separate energy review?"),
      L10n::new("发改环资规〔2017〕1975号目录；铁路、公路指基础设施工程，不含运输经营。", "The 2017 list; railways and roads mean infrastructure works, not transport operators.")),
    f("energy.stated_basis", FieldKind::Choice(&[
        c("calorific", "当量值（电力按0.1229千克标准煤/千瓦时）", "Calorific value (electricity at 0.1229 kgce/kWh)"),
        c("primary", "等价值（电力按发电煤耗）", "Primary equivalent (electricity at the power plants' coal rate)"),
      ]), Section::Energy, L10n::new("上述总量的折算口径", "Basis of that total"),
      L10n::new("能评报告或能源审计中注明的口径；不清楚时可不填：按两种口径的范围判断，影响结论时才会问。", "As the energy assessment or audit states it. If unsure, leave it blank: both bases are allowed for, and it is asked only where it matters.")),

    money("invest.total_10k_cny", Section::Invest, "总投资", "Total investment",
      "用于招商分档（1亿、20亿、50亿元）。", "For the investment tiers (100 million, 2 billion, 5 billion yuan)."),
    money("invest.fixed_assets_10k_cny", Section::Invest, "固定资产投资（不含土地）", "Fixed-asset investment (excluding land)",
      "地方补助与亩均投资强度按此计。", "Local subsidies and investment intensity per mu use this."),
    f("invest.foreign_usd_10k", FieldKind::Number { unit: WAN_USD, max: 1.0e8 }, Section::Invest,
      L10n::new("外资金额", "Foreign investment"), L10n::new("外资项目分档：1000万、1亿美元。", "Foreign tiers: 10 million and 100 million USD.")),
    f("invest.cny_per_usd", FieldKind::Number { unit: L10n::new("元/美元", "CNY/USD"), max: 100.0 }, Section::Invest,
      L10n::new("美元汇率（可选）", "CNY per USD (optional)"), L10n::new("不填按本工具默认值（约数，未核实）。", "Blank: this tool's default (approximate, unverified).")),
    yes_no("invest.investor_rank", Section::Invest, "投资方是否为世界或中国500强、行业前十或上市公司", "Is the investor a Fortune/China top-500, industry top-10 or listed company?", "", ""),
    f("invest.land_mu", FieldKind::Number { unit: L10n::new("亩", "mu"), max: 1.0e6 }, Section::Invest,
      L10n::new("用地面积", "Land area"), L10n::new("1亩=10000/15平方米（约666.67平方米）。", "1 mu = 10,000/15 m² (about 666.67 m²).")),
    f("invest.land_grade", FieldKind::Choice(LAND_GRADES), Section::Invest, L10n::new("土地等别（全国工业用地出让最低价标准）", "Land grade (national industrial land floor prices)"),
      L10n::new("九江各县区的等别未核实（Q17），请向自然资源部门确认。", "Jiujiang's grades are unverified (Q17): ask the natural-resources bureau.")),
    yes_no("invest.land_intensive", Section::Invest, "是否集约用地项目", "A land-intensive project?", "鼓励类且集约用地的，底价可按最低价的70%。", "Encouraged and land-intensive projects may get a floor at 70%."),
    yes_no("invest.primary_processing", Section::Invest, "是否以农、林、牧、渔业产品初加工为主", "Mainly primary processing of farm, forest, livestock or fishery products?",
      "仅对农副食品加工、锯材加工询问：此类工业项目的底价也可按最低价的70%（国土资发〔2009〕56号第三条）。", "Asked of food-processing and sawmill classes only: such industrial projects may also get a land floor at 70% (国土资发〔2009〕56号, Art. 3)."),
    f("invest.city_size", FieldKind::Choice(&[
        c("large", "大城市", "Large city"),
        c("medium", "中等城市", "Medium city"),
        c("small", "小城市", "Small city"),
        c("county_town", "县城、建制镇、工矿区", "County town, town or mining area"),
      ]), Section::Invest, L10n::new("所在地（城镇土地使用税）", "Location (for the urban land-use tax)"), L10n::new("", "")),
    f("invest.floor_area_ratio", FieldKind::Number { unit: L10n::new("", ""), max: 50.0 }, Section::Invest,
      L10n::new("容积率", "Floor-area ratio"), L10n::new("", "")),

    yearly("finance.sales_10k_cny", "年销售（营业）收入", "Annual sales", "达产后正常年份。", "In a normal year at full output."),
    yearly("finance.output_10k_cny", "年产值", "Annual output value", "", ""),
    yearly("finance.taxable_income_10k_cny", "年应纳税所得额", "Annual taxable income",
      "按研发费用加计扣除、设备一次性扣除之前的数额填写，两项由本工具测算。", "Before the R&D super-deduction and the one-off equipment deduction, which this tool works out."),
    yearly("finance.tax_paid_10k_cny", "年纳税总额", "Annual taxes paid", "用于亩均税收。", "For tax per mu."),
    yearly("finance.rd_10k_cny", "年研发费用（费用化部分）", "Annual R&D spending (expensed)", "", ""),
    percent("finance.st_staff_pct", "科技人员占职工总数比例", "S&T staff as a share of all staff", "", ""),
    percent("finance.hitech_income_pct", "高新技术产品（服务）收入占总收入比例", "High-tech products and services as a share of income", "", ""),
    yes_no("finance.new_company", Section::Finance, "是否由新设立的公司实施", "Carried out by a newly registered company?",
      "高新技术企业认定须注册成立一年以上：新设公司首年不能享受15%税率。", "HNTE certification needs a firm registered for over a year: a new company has no 15% rate in year one."),
    f("finance.jobs", FieldKind::Number { unit: PEOPLE, max: 1.0e7 }, Section::Finance, L10n::new("就业人数", "Jobs"), L10n::new("", "")),
    money("finance.equipment_10k_cny", Section::Finance, "新购设备器具（单位价值不超过500万元的部分）", "New equipment bought (units of at most 5 million yuan)",
      "2024—2027年购进的可一次性扣除。", "Bought in 2024–2027: deductible at once."),
    money("finance.env_equipment_10k_cny", Section::Finance, "列入优惠目录的环保、节能节水、安全生产专用设备", "Environmental, energy/water-saving and safety equipment on the preferential catalogues",
      "只填列入《环境保护、节能节水、安全生产专用设备企业所得税优惠目录》的设备：目录外的不能抵免，所填金额按目录内计。", "Only equipment on the income-tax preferential catalogues of such equipment: other equipment earns no credit, and what is entered here is taken to be on them."),
    money("finance.imported_equipment_10k_cny", Section::Finance, "进口自用设备（投资总额内）", "Imported own-use equipment (within total investment)", "", ""),
    percent("finance.duty_rate_pct", "上述设备的进口关税税率", "Import duty rate of that equipment", "按税则填写。", "From the tariff."),
    yearly("finance.resource_income_10k_cny", "资源综合利用产品收入", "Income from resource-utilisation products", "", ""),
];

pub fn field(key: &str) -> Option<&'static FieldSpec> {
    field_index(key).map(|i| &FIELDS[i])
}

/// The position of `key` in [`FIELDS`], for a constant key: evaluated
/// while compiling (`const AT: usize = index_of(KEY);`), so a hot fact reads
/// its field without a lookup, and a key not in the registry fails the
/// build. Not for keys known only at run time (use [`field_index`]).
pub const fn index_of(key: &str) -> usize {
    let key = key.as_bytes();
    let mut i = 0;
    while i < FIELD_SPECS.len() {
        let k = FIELD_SPECS[i].key.as_bytes();
        if k.len() == key.len() {
            let mut j = 0;
            while j < k.len() && k[j] == key[j] {
                j += 1;
            }
            if j == k.len() {
                return i;
            }
        }
        i += 1;
    }
    panic!("not a field key")
}

/// The position of a field in [`FIELDS`].
pub fn field_index(key: &str) -> Option<usize> {
    // Facts look fields up by key all the time: an open-addressed table of
    // 256 slots, hashed on the length and three bytes, built once. Keys share
    // long prefixes (`site.dist_…`), so the bytes are taken from the end.
    static TABLE: std::sync::OnceLock<[u8; 256]> = std::sync::OnceLock::new();
    const EMPTY: u8 = u8::MAX;
    fn slot(k: &[u8]) -> usize {
        let n = k.len();
        let at = |i: usize| k.get(i).copied().unwrap_or(0) as usize;
        (n.wrapping_mul(31)
            ^ at(n.wrapping_sub(1)).wrapping_mul(7)
            ^ at(n.wrapping_sub(3)) << 2
            ^ at(n / 2).wrapping_mul(13))
            & 255
    }
    let table = TABLE.get_or_init(|| {
        debug_assert!(FIELDS.len() < EMPTY as usize / 2);
        let mut t = [EMPTY; 256];
        for (i, f) in FIELDS.iter().enumerate() {
            let mut s = slot(f.key.as_bytes());
            while t[s] != EMPTY {
                s = (s + 1) & 255;
            }
            t[s] = i as u8;
        }
        t
    });
    let mut s = slot(key.as_bytes());
    loop {
        match table[s] {
            EMPTY => return None,
            // Most callers pass the registry's own string: the address
            // settles it without comparing bytes (a slow loop in wasm).
            i if crate::text::same(FIELDS[i as usize].key, key) => return Some(i as usize),
            _ => s = (s + 1) & 255,
        }
    }
}
