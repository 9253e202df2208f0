//! The site and what the form says about its fields' answers, in both
//! languages: where the point lies, what the county contradicts, and an
//! answer no rule reads.

use jiujiang_engine::project::L10n;

pub const OUTSIDE_JIUJIANG: L10n = jiujiang_engine::text::labels::OUTSIDE_JIUJIANG;
pub const NEED_DATUM: L10n = L10n::new(
    "请注明坐标来源（高德、百度或GPS），否则无法换算到真实位置。",
    "Say where the coordinates come from (Amap, Baidu or GPS); without it the true position is unknown.",
);

/// A dollar figure typed into a yuan field, offered in yuan at a rate the
/// reader sees (`{usd}`, `{yuan}`, `{rate}`); never converted unasked.
pub const USE_CONVERTED: L10n = L10n::new(
    "改填 {yuan}（{usd} × {rate} 元/美元）",
    "Use {yuan} instead ({usd} at {rate} CNY/USD)",
);
pub const DEFAULT_RATE_NOTE: L10n = L10n::new(
    "汇率为本工具的约数，未核实；可在“美元汇率”一栏填签约日的汇率。",
    "The rate is this tool's approximate default, unverified: enter the rate of the signing day under “CNY per USD”.",
);
/// Before the rules that prohibit the project at a candidate place.
pub const CANDIDATE_BECAUSE: L10n = L10n::new("，依据：", " under ");
/// A typed distance the map's estimate for the site contradicts.
pub const SITE_DISAGREES: L10n = L10n::new(
    "所填距{water}距离（{typed} 米）与地图对该选址的估算（{map} ± {margin} 米）不符：请核对距离或选址。两者必有一误，核对前规则不按所填距离作出结论；距离为实测的，填写“实测单位或人员”和“实测日期”后按实测判断。",
    "The distance entered to {water} ({typed} m) and the map's estimate for this site ({map} ± {margin} m) disagree: check the distance or the site. One of them is wrong, so until it is corrected the rules do not rest on the distance entered; if it was surveyed, give “Measured by” and “Measured on”, and the rules read it as measured.",
);
/// The same, with the survey on record: the rules read the survey.
pub const SITE_DISAGREES_SURVEYED: L10n = L10n::new(
    "所填距{water}距离（{typed} 米）与地图对该选址的估算（{map} ± {margin} 米）不符。距离有实测记录（单位和日期），规则按实测距离判断；请核对选址坐标。",
    "The distance entered to {water} ({typed} m) and the map's estimate for this site ({map} ± {margin} m) disagree. The distance has its survey on record (who and when), so the rules read it as measured: check the site's coordinates.",
);
/// The same, where the distance entered is the nearer: the rules read it.
pub const SITE_DISAGREES_NEARER: L10n = L10n::new(
    "所填距{water}距离（{typed} 米）与地图对该选址的估算（{map} ± {margin} 米）不符：请核对距离或选址。规则按所填的较近距离判断。",
    "The distance entered to {water} ({typed} m) and the map's estimate for this site ({map} ± {margin} m) disagree: check the distance or the site. The rules read the nearer distance entered.",
);
/// Before a field's figure as it was read ("5亿" → "按 50,000 万元读取").
pub const READ_AS: L10n = L10n::new("读作：", "Read as: ");
/// A typed distance within its uncertainty of a band's edge.
pub const NEAR_LINE: L10n = L10n::new(
    "{field}填的是 {typed} 米，在{line} {near} 米以内（{rules}）：未超出其误差（官方河道管理范围线的误差另加量测误差），本工具不据此判定，请以宗地对官方管理范围线的测绘成果核实（目录 GEO-04）。",
    "{field}: {typed} m is within {near} m of {line} ({rules}): inside its uncertainty (the official management line's, plus the measure's own), so this tool does not decide on it; have the parcel surveyed against the official management line (catalogue GEO-04).",
);
/// The line of NEAR_LINE: one of law.
pub const LAW_LINE: L10n = L10n::new(" {edge} 米界线", "the {edge} m line");
/// A typed distance within its uncertainty of this tool's review line,
/// which only a distance measured to the water's edge (or to a line not
/// said) is held to: what settles it is saying what it was measured to,
/// before any survey (a user test read a warning about a line the tool
/// drew, with no word on what to do).
pub const NEAR_TOOL_LINE: L10n = L10n::new(
    "{field}填的是 {typed} 米，距本工具所取的 {edge} 米复核线（并非法定界线）不足 {near} 米（{rules}）。该线只用于量至水边或未说明量至何线的距离：水边可能比官方管理范围线更近。请在“距离量至何线”中说明；量至官方管理范围线的，只按法定界线判断。",
    "{field}: {typed} m is within {near} m of this tool's {edge} m review line ({rules}), which is not a line of law. It is used only for a distance measured to the water's edge, or not said to what, since the edge may lie nearer than the official management line. Say what the distance was measured to (\"What the distances were measured to\"); measured to the official line, only the line of law counts.",
);
/// A candidate place whose verdict is open there but cannot be prohibited.
pub const CANDIDATE_NOT_PROHIBITED: L10n = L10n::new(
    "不会被禁止，其余待答",
    "cannot be prohibited; the rest depends on answers",
);

/// Beside a class's Chinese name, under its path read in English.
pub const CHINESE_NAME_AUTHORITATIVE: L10n = L10n::new(
    "中文名称，以此为准；英文为非官方译名",
    "its Chinese name, the authoritative one; the English above is an unofficial translation",
);

/// Above the candidate places when every one of them waits on the same
/// answers: said once, not on each card.
/// Above the list, where the places not yet decided share some answers.
pub const CANDIDATES_OPEN_SHARED: L10n = L10n::new(
    "下列尚未确定之处都还待答：{names}（在结论框中作答）。",
    "Every place below not yet decided waits on: {names} (asked in the verdict box).",
);
/// On a card, beside the answers every open place shares.
pub const CANDIDATE_OPEN_ALSO: L10n = L10n::new("另待答：", "Also depends on: ");
pub const CANDIDATES_ALL_OPEN_ON: L10n = L10n::new(
    "下列各处都还待答同样的问题：{names}（在结论框中作答）。",
    "Every place below still waits on the same answers: {names} (asked in the verdict box).",
);

/// In the site hint, for a layer the map cannot measure (the engine's
/// words, as the finding's note has them).
pub const BEYOND_MAP: L10n = jiujiang_engine::text::labels::BEYOND_MAP;
pub const UNDO_MOVE: L10n = L10n::new(
    "撤销移动（恢复原选址和所填距离）",
    "Undo the move (bring back the site and the distances typed)",
);
/// The map legend's line for the site's own point.
pub const SITE_POINT_LEGEND: L10n = L10n::new(
    "圆点：选址本身，按所填全部信息的结论着色（同上三色；灰色为未知；浅色虚线圈为仅依据未核实条款、须核对）",
    "Dot: the site itself, in the colour of the verdict on everything entered (as above; grey when unknown; pale with a dashed ring when it rests on unverified rules alone, to check)",
);
/// Before the rules still open to a prohibition, each with its own hint.
pub const STAY_CLEAR: L10n = L10n::new(
    "如何避免被禁止（各条款自身的提示）",
    "What keeps it clear of a prohibition (each rule's own hint)",
);
/// Between whole sentences in one line.
pub const SENTENCE_JOIN: L10n = L10n::new("", " ");
/// Under a survey record entered for distances since retyped.
pub const SURVEY_STALE: L10n = L10n::new(
    "距离在填写实测记录之后已改动，该记录暂不采用。新距离实测后请修改记录（改动任一项即视为确认），或改回原距离。",
    "The distance was changed after this survey record was entered, so the record is not used. Once the new distance is measured, edit the record (any change confirms it), or type the old distance back.",
);
/// On a phone, under the first three candidate places: the rest, folded
/// (a user test scrolled four screens of places before the distance fields).
pub const CANDIDATES_SHOW_ALL: L10n = L10n::new("显示全部 {n} 处", "Show all {n} places");
pub const CANDIDATES_SHOW_FIRST: L10n = L10n::new("只显示前 3 处", "Show the first 3 only");
