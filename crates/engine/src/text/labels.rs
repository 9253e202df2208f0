//! Names of outcomes and evidence grades in both languages, shared by the app
//! and the CLI so a verdict is worded the same everywhere.

use crate::data_types::{Outcome, Status, Text};
use crate::project::L10n;

pub fn outcome(o: Outcome) -> L10n {
    match o {
        Outcome::Prohibited => L10n::new("禁止", "Prohibited"),
        Outcome::RequiresReplacement => L10n::new("须产能/能耗置换", "Needs replacement"),
        Outcome::RequiresReview => L10n::new("须主管部门审查", "Needs review"),
        Outcome::Conditional => L10n::new("有条件允许", "Conditional"),
        Outcome::Allowed => L10n::new("本条允许", "Allowed"),
        Outcome::NotApplicable => L10n::new("不适用", "Not applicable"),
        Outcome::NeedsInput => L10n::new("信息不足，无法判断", "Needs input"),
        Outcome::Info => L10n::new("提示", "Information"),
    }
}

/// An outcome said of the whole project, not of one rule: "允许", where a
/// finding says "本条允许" (this rule allows).
pub fn overall(o: Outcome) -> L10n {
    match o {
        Outcome::Allowed => L10n::new("允许", "Allowed"),
        other => outcome(other),
    }
}

/// A project's verdict named by what decides it: "needs replacement" says
/// which, capacity (CAP rules) or energy (the two-high offset), where all
/// the deciding rules agree on it (a user test could not tell a smelter
/// that must buy capacity from one that must offset its energy).
pub fn overall_by(o: Outcome, blocking: &[&str]) -> L10n {
    if o == Outcome::RequiresReplacement && !blocking.is_empty() {
        if blocking.iter().all(|r| r.starts_with("CAP-")) {
            return L10n::new("须产能置换", "Needs capacity replacement");
        }
        if blocking.iter().all(|r| r.starts_with("HEHE-")) {
            return L10n::new("须能耗等量或减量替代", "Needs an energy offset");
        }
        // Both, not either: a cement line may owe capacity and energy.
        if blocking
            .iter()
            .all(|r| r.starts_with("CAP-") || r.starts_with("HEHE-"))
        {
            return L10n::new(
                "须产能置换和能耗替代",
                "Needs capacity replacement and an energy offset",
            );
        }
    }
    overall(o)
}

/// One rule's outcome, replacement named by its kind ("须产能置换" for a
/// CAP rule), as the verdict names it.
pub fn of_rule(o: Outcome, rule: &str) -> L10n {
    match o {
        Outcome::RequiresReplacement => overall_by(o, &[rule]),
        _ => outcome(o),
    }
}

/// The machine name used in JSON and CSS classes.
pub fn outcome_key(o: Outcome) -> &'static str {
    match o {
        Outcome::Prohibited => "PROHIBITED",
        Outcome::RequiresReplacement => "REQUIRES_REPLACEMENT",
        Outcome::RequiresReview => "REQUIRES_REVIEW",
        Outcome::Conditional => "CONDITIONAL",
        Outcome::Allowed => "ALLOWED",
        Outcome::NotApplicable => "NOT_APPLICABLE",
        Outcome::NeedsInput => "NEEDS_INPUT",
        Outcome::Info => "INFO",
    }
}

pub fn status(s: Status) -> L10n {
    match s {
        Status::V1 => L10n::new("已核实（原文）", "Verified (full text)"),
        Status::V2 => L10n::new("已核实（转载）", "Verified (secondary source)"),
        Status::C => L10n::new("本工具推断", "Derived by this tool"),
        Status::U => L10n::new(
            "未经核实，须确认",
            "Unverified: confirm before relying on it",
        ),
    }
}

/// What a verdict decided by rules of grade `s` must say about itself
/// (`Report::overall_status`): for an unverified source, that it is a flag
/// to check, not a final answer. (An inference of this tool, [C], states
/// its method in the finding; its tag is shown beside the rule.)
pub fn verdict_grade(s: Status) -> Option<L10n> {
    (s == Status::U).then_some(L10n::new(
        "决定此结论的条款或数据来源尚未核实（[U]）：这是须核对的提示，不是最终结论。",
        "What decides this rests on a source not yet verified ([U]): treat it as a flag to check, not a final answer.",
    ))
}

pub fn status_key(s: Status) -> &'static str {
    match s {
        Status::V1 => "V1",
        Status::V2 => "V2",
        Status::C => "C",
        Status::U => "U",
    }
}

/// Where a source's address points, said beside it: a government site
/// (`gov.cn` and its subdomains) is named as such; any other is a reprint,
/// kept as the place the text was read (the catalogue's [V2] pages are often
/// trade or aggregator sites) and not to be taken as the official copy.
pub fn source_site(url: &str) -> L10n {
    if is_government_site(url) {
        L10n::new("政府网站", "government site")
    } else {
        L10n::new("转载页面，非官方网站", "reprint, not an official site")
    }
}

/// Whether `url`'s host is `gov.cn` or under it. The host is read up to the
/// first `/`, `:`, `?` or `#`, so `gov.cn.example.com` or
/// `example.com/gov.cn` is not one.
pub fn is_government_site(url: &str) -> bool {
    let rest = url.trim();
    let rest = (rest.split_once("://")).map_or(rest, |(_, r)| r);
    let host = rest.split(['/', ':', '?', '#']).next().unwrap_or("");
    let host = host.trim_end_matches('.').to_ascii_lowercase();
    host == "gov.cn" || host.ends_with(".gov.cn")
}

/// A parameter's unit as a Chinese reader writes it ("1,000 米", not
/// "1,000 m": a user test); one with no Chinese word here stays as written.
pub fn unit_zh(unit: &str) -> &str {
    match unit {
        "m" => "米",
        "t" => "吨",
        "tce" => "吨标准煤",
        "tce/t" => "吨标准煤/吨",
        "kWh" => "千瓦时",
        "kWh/t" => "千瓦时/吨",
        "tce/10⁴ kWh" => "吨标准煤/万千瓦时",
        "tce/10⁴ m³" => "吨标准煤/万立方米",
        "tce/GJ" => "吨标准煤/吉焦",
        "CNY" => "元",
        "CNY/m2" => "元/平方米",
        "CNY/m2/yr" => "元/平方米·年",
        "CNY/USD" => "元/美元",
        "USD" => "美元",
        "m2" => "平方米",
        "people" => "人",
        // A screenshot read "亏损结转年限：5 years" in the Chinese table.
        "years" => "年",
        "ratio" => "倍",
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every unit the rule data use reads in Chinese, save the ones shown
    /// as numbers alone (":1", a share as %, a flag).
    #[test]
    fn every_unit_in_the_data_has_a_chinese_word() {
        let data = &crate::Engine::embedded().unwrap().data;
        for p in &data.params {
            let u = p.unit.as_str();
            if matches!(u, ":1" | "share" | "flag" | "") {
                continue;
            }
            assert!(!unit_zh(u).is_ascii(), "{}: {u}", p.id);
        }
    }

    #[test]
    fn only_hosts_under_gov_cn_are_government_sites() {
        for url in [
            "https://www.gov.cn/zhengce/content/2021.htm",
            "http://FGW.JIANGXI.GOV.CN/art/2024/1/1/art_1.html",
            "https://flk.npc.gov.cn:443/detail",
            "www.ndrc.gov.cn/xxgk",
        ] {
            assert!(is_government_site(url), "{url}");
        }
        for url in [
            "http://msjqx.com/jinbaobo188appxiazai/1126.html",
            "http://gov.cn.example.com/a",
            "http://example.com/gov.cn",
            "http://example.com/?u=www.gov.cn",
            "http://notgov.cn/a",
            "",
        ] {
            assert!(!is_government_site(url), "{url}");
        }
        assert_eq!(
            source_site("http://abrasives.org.cn/news/41783.html")
                .en
                .split(',')
                .next(),
            Some("reprint")
        );
    }

    /// Only "allowed" reads differently for the whole project; every other
    /// outcome is named as a finding names it.
    #[test]
    fn the_project_is_allowed_where_a_rule_allows() {
        assert_eq!(outcome(Outcome::Allowed).zh, "本条允许");
        assert_eq!(overall(Outcome::Allowed).zh, "允许");
        for o in [
            Outcome::Prohibited,
            Outcome::RequiresReplacement,
            Outcome::RequiresReview,
            Outcome::Conditional,
            Outcome::NotApplicable,
            Outcome::NeedsInput,
            Outcome::Info,
        ] {
            assert_eq!(overall(o), outcome(o));
        }
    }

    /// "Needs replacement" names capacity, energy or both by its deciding
    /// rules, and stays general where another rule or none is named.
    #[test]
    fn replacement_is_named_by_its_rules() {
        let r = Outcome::RequiresReplacement;
        assert_eq!(overall_by(r, &["CAP-03"]).zh, "须产能置换");
        assert_eq!(overall_by(r, &["HEHE-02"]).en, "Needs an energy offset");
        assert_eq!(
            overall_by(r, &["CAP-03", "HEHE-02"]).zh,
            "须产能置换和能耗替代"
        );
        assert_eq!(overall_by(r, &["CAP-03", "EN-09"]), overall(r));
        assert_eq!(overall_by(r, &[]), overall(r));
        assert_eq!(
            overall_by(Outcome::Prohibited, &["CAP-03"]),
            overall(Outcome::Prohibited)
        );
    }
}

/// A threshold as a reader sees it: its title and value in each language.
/// A yes/no parameter (unit `flag`) reads "yes" or "no", its title without
/// the "(1 = yes)" the data carry for the value's sake (a user test read
/// "…（1=是）: 0 flag").
pub fn threshold_shown(title: &Text, value: f64, unit: &str) -> (Text, Text) {
    if unit == "share" {
        let n = crate::text::numbers::format_number(value * 100.0);
        let v = format!("{n}%");
        return (
            title.clone(),
            Text {
                zh: v.clone(),
                en: v,
            },
        );
    }
    if unit == "CNY" {
        // In 万元 for a Chinese reader, as every other figure is (a re-test
        // read "3,000,000 元" beside 万元 amounts).
        let f = crate::text::numbers::format_number;
        let zh = if value >= 1e4 {
            format!("{} 万元", f(value / 1e4))
        } else {
            format!("{} 元", f(value))
        };
        return (
            title.clone(),
            Text {
                zh,
                en: format!("{} yuan", f(value)),
            },
        );
    }
    if unit != "flag" {
        let n = crate::text::numbers::format_number(value);
        // "1.25:1", a ratio, is written close; other units after a space.
        let gap = if unit.starts_with(':') { "" } else { " " };
        return (
            title.clone(),
            Text {
                zh: format!("{n}{gap}{}", unit_zh(unit)).trim_end().to_string(),
                en: format!("{n}{gap}{unit}").trim_end().to_string(),
            },
        );
    }
    let strip = |s: &str| -> String {
        let cut = [s.rfind("（1="), s.rfind("（1 ="), s.rfind(" (1 =")]
            .into_iter()
            .flatten()
            .min();
        cut.map_or(s, |i| s[..i].trim_end()).to_string()
    };
    let yes = value > 0.0;
    (
        Text {
            zh: strip(&title.zh),
            en: strip(&title.en),
        },
        Text {
            zh: if yes { "是" } else { "否" }.into(),
            en: if yes { "yes" } else { "no" }.into(),
        },
    )
}

/// The parameters an incentive item used, each once, as "title: value" in
/// force on `as_of` (a user test read the list of bare IDs, one twice).
pub fn params_shown(
    data: &crate::data_types::RuleData,
    ids: &[&str],
    as_of: crate::Date,
) -> Vec<Text> {
    let mut seen: Vec<&str> = Vec::new();
    let mut out = Vec::new();
    for id in ids {
        if seen.contains(id) {
            continue;
        }
        seen.push(id);
        let Some(p) = data.params.iter().find(|p| p.id == *id) else {
            continue;
        };
        let Some(v) = crate::data_types::param_in_force(p, as_of) else {
            continue;
        };
        let (t, v) = threshold_shown(&p.title, v.value, &p.unit);
        out.push(Text {
            zh: format!("{}：{}", t.zh, v.zh),
            en: format!("{}: {}", t.en, v.en),
        });
    }
    out
}

#[cfg(test)]
mod threshold_tests {
    use super::*;

    #[test]
    fn a_flag_reads_yes_or_no_without_its_coding() {
        let title = Text {
            zh: "光伏压延玻璃按2021年办法免于置换、改为听证（1=是）".into(),
            en: "PV rolled glass under the 2021 measure: a hearing, no replacement (1 = yes)"
                .into(),
        };
        let (t, v) = threshold_shown(&title, 0.0, "flag");
        assert_eq!(t.zh, "光伏压延玻璃按2021年办法免于置换、改为听证");
        assert_eq!(
            t.en,
            "PV rolled glass under the 2021 measure: a hearing, no replacement"
        );
        assert_eq!((v.zh.as_str(), v.en.as_str()), ("否", "no"));
        let (_, v) = threshold_shown(&title, 1.0, "flag");
        assert_eq!(v.en, "yes");
        let (_, v) = threshold_shown(&title, 3e6, "CNY");
        assert_eq!(
            (v.zh.as_str(), v.en.as_str()),
            ("300 万元", "3,000,000 yuan")
        );
        let (t, v) = threshold_shown(&title, 1.25, ":1");
        assert_eq!(t, title);
        assert_eq!(v.en, "1.25:1");
    }
}

/// A prohibition on an unverified rule: the figures run from nothing
/// (`IncentiveReport::blocked_unverified`).
pub const BLOCKED_UNVERIFIED: L10n = L10n::new(
    "预审结论为禁止，但所依据的条款未经核实：确认禁止的，各项优惠均不可得，故各项金额下限为0，上限为不禁止时的金额。",
    "The screening prohibits this project on an unverified rule: once that is confirmed, no incentive is obtainable, so each figure runs from 0 to what it would be if it is not.",
);

/// Beside an estimate whose screening is still open and could yet prohibit
/// (`IncentiveReport::may_be_blocked`): the panel, the printout and the
/// command line say it alike.
pub const MAY_BE_BLOCKED: L10n = L10n::new(
    "筛查结论尚未确定，或依赖未核实的判断，仍可能为禁止：若最终禁止，以上优惠均无从享受。",
    "The screening is still open, or rests on an unverified reading, and could end in a prohibition: if it does, none of these can be obtained.",
);

/// An open verdict's bounds, as the verdict box, the compare table and the
/// batch export word them ("At best Allowed · at worst Prohibited").
pub const AT_BEST: L10n = L10n::new("最好", "At best");
pub const AT_WORST: L10n = L10n::new("最坏", "at worst");
/// After a verdict that rests on unverified rules alone.
pub const UNVERIFIED_SUFFIX: L10n = L10n::new("（未核实，须核对）", " (unverified: to check)");
/// A site point outside Jiujiang, whose rules these are: the app's site
/// panel and verdict box and the command line's table say it alike. A tap
/// on the river or across it lands here too, so it is not only a typing
/// slip (a user test was told to check the order of coordinates it tapped).
pub const OUTSIDE_JIUJIANG: L10n = L10n::new(
    "该点不在地图所绘九江各县（市、区）范围内（长江江面或对岸的点可能如此），本工具的规则只适用于九江；若坐标为手动输入，请核对数值和经纬度顺序。",
    "This point is not in any of Jiujiang's counties as the map draws them (a point on the Yangtze itself or across it may not be), and these rules are Jiujiang's. If you typed the coordinates, check them and their order.",
);
/// Before the rules that keep a verdict from being worse only on an
/// unverified answer (`Report::resting_on_unverified`): the app, the print
/// and the command line say it alike.
pub const RESTS_ON_UNVERIFIED: L10n = L10n::new(
    "这一结论还依赖未核实（[U]）的判断，若其有误，结论可能更严：",
    "This verdict also rests on unverified ([U]) readings; if they are wrong, it could be worse: ",
);

/// Before the rules still open beside a decided verdict that could add a
/// requirement (`Report::open_requirements`): the app's verdict box and the
/// command line's interview say it alike.
pub const ALSO_OPEN: L10n = L10n::new(
    "结论不会再变，但下列条款尚待确认，可能另有要求（不改变结论）：",
    "The verdict will not change, but these rules are still open and could add requirements of their own: ",
);

/// A verdict that a review it asks for may make worse
/// (`Report::review_may_worsen`), each rule with the worst its check may
/// find: the app, the print and the command line say it alike.
pub fn review_may_worsen(worse: &[(&str, Outcome)]) -> Text {
    let list = |en: bool| {
        (worse.iter())
            .map(|(id, o)| {
                let word = overall(*o);
                format!("{id} → {}", if en { word.en } else { word.zh })
            })
            .collect::<Vec<_>>()
            .join(if en { "; " } else { "；" })
    };
    Text {
        zh: format!(
            "按所填信息结论不会再变，但下列条款要求的核查可能得出更严的结论：{}。",
            list(false)
        ),
        en: format!(
            "Final on what was entered, but the check these rules ask for could find worse: {}.",
            list(true)
        ),
    }
}

/// Why a distance is asked although the site has coordinates: it lies past
/// the water map's edge, or nearer it than to the water found. The finding's
/// note and the site hint say it alike.
pub const BEYOND_MAP: L10n = L10n::new(
    "选址在地图覆盖范围（东经113.9—117.2°、北纬28.6—30.4°）以外或靠近其边缘，地图无法估算距离，请填写实测距离。",
    "The site lies outside the map's coverage (lon 113.9–117.2 E, lat 28.6–30.4 N) or near its edge, where the map cannot estimate the distance: please give a measured one.",
);
