//! The notes a fact carries, worded in both languages when a finding is
//! built (once per screening: see `Trace::worded_notes`).

use super::Note;
use crate::data_types::{RuleData, Text};
use crate::project::Project;
use crate::text::concat;

impl Note {
    pub fn render(&self, data: &RuleData, project: &Project) -> Text {
        let code = project.text("industry_code").unwrap_or("");
        match *self {
            Note::Fixed(l) => Text {
                zh: l.zh.into(),
                en: l.en.into(),
            },
            Note::SectorMember { sector, member } => {
                let (s, m) = (&data.sectors[sector], &data.sectors[sector].members[member]);
                Text {
                    zh: concat(&["“", code, "”归入", &s.title.zh, "：", &m.note.zh]),
                    en: {
                        let (first, rest) = crate::text::lower_first(&s.title.en);
                        concat(&[code, " is counted under ", first, rest, ": ", &m.note.en])
                    },
                }
            }
            Note::SectorTooBroad { sector } => {
                let s = &data.sectors[sector];
                let (first, rest) = crate::text::lower_first(&s.title.en);
                Text {
                    zh: concat(&[
                        "代码 ",
                        code,
                        " 过于笼统，其下部分行业属",
                        &s.title.zh,
                        "，请填写到小类。",
                    ]),
                    en: concat(&[
                        "Code ",
                        code,
                        " is too broad: part of it is ",
                        first,
                        rest,
                        "; give the 4-digit class.",
                    ]),
                }
            }
            Note::SectorOutside { sector } => {
                let s = &data.sectors[sector];
                let (first, rest) = crate::text::lower_first(&s.title.en);
                // A title that ends in 行业 already names it ("不单独进行节能
                // 审查的行业行业映射" in a user test).
                let title = s.title.zh.strip_suffix("行业").unwrap_or(&s.title.zh);
                Text {
                    zh: concat(&[
                        "“",
                        code,
                        "”不在本工具的",
                        title,
                        "行业映射内；该映射未经核实。",
                    ]),
                    en: concat(&[
                        code,
                        " is outside this tool's ",
                        first,
                        rest,
                        " mapping, which is unverified.",
                    ]),
                }
            }
            Note::SectorJoinedByAnswer { sector, joiner } => {
                let (s, j) = (&data.sectors[sector], &data.sectors[joiner]);
                let (first, rest) = crate::text::lower_first(&s.title.en);
                let (j_first, j_rest) = crate::text::lower_first(&j.title.en);
                Text {
                    zh: concat(&[
                        "“",
                        code,
                        "”按所答生产工序或产品计入",
                        &j.title.zh,
                        "，因而计入",
                        &s.title.zh,
                        "（本工具的读法，未经主管部门确认）。",
                    ]),
                    en: concat(&[
                        code,
                        " counts as ",
                        j_first,
                        j_rest,
                        " by the process or product answered, and so under ",
                        first,
                        rest,
                        " (this tool's reading, not confirmed by the authorities).",
                    ]),
                }
            }
            Note::SectorOutsideReasoned { sector } => {
                let note = data.sectors[sector].outside_note.as_ref();
                let (zh, en) = note.map_or(("", ""), |t| (&*t.zh, &*t.en));
                Text {
                    zh: concat(&["“", code, "”：", zh]),
                    en: concat(&[code, ": ", en]),
                }
            }
            Note::ParkUnconfirmed { park } => {
                let p = &data.parks[park];
                Text {
                    zh: concat(&[&p.name.zh, "：", &p.note.zh]),
                    en: concat(&[&p.name.en, ": ", &p.note.en]),
                }
            }
            Note::MapEstimate {
                lake,
                metres,
                named_m,
                margin,
                inside,
                parcel,
            } => {
                let (water_zh, water_en, other_zh, other_en, may_be_zh, may_be_en) = if lake {
                    (
                        "鄱阳湖",
                        "Poyang Lake",
                        "湖泊",
                        "lake",
                        "其他湖泊",
                        "another lake",
                    )
                } else {
                    (
                        "长江干流",
                        "the Yangtze main stream",
                        "河流",
                        "river",
                        "支流",
                        "a tributary",
                    )
                };
                let (from_zh, from_en) = measured_from(parcel);
                let m = crate::text::numbers::format_number(metres.round());
                let u = crate::text::numbers::format_number(margin.round());
                const SOURCE_ZH: &str = "（OSM 概化数据，© OpenStreetMap 贡献者）";
                const SOURCE_EN: &str = " (generalised OSM data, © OpenStreetMap contributors)";
                let radius = crate::geo::water::SEARCH_RADIUS_M;
                let mut t = if metres >= radius && named_m >= radius {
                    // No water that may be it within the search: water
                    // farther than 10 km from it is not counted
                    // (NAMED_REACH_M).
                    let r = crate::text::numbers::format_number(radius);
                    let reach =
                        crate::text::numbers::format_number(crate::geo::water::NAMED_REACH_M);
                    Text {
                        zh: concat(&[
                            "未填实测距离，按地图估算：",
                            from_zh,
                            r.as_str(),
                            " 米内没有",
                            water_zh,
                            "，也没有可能属于",
                            water_zh,
                            "的水面（距其超过 ",
                            &reach,
                            " 米的水面不可能属于它）",
                            SOURCE_ZH,
                            "。以实测距离为准。",
                        ]),
                        en: concat(&[
                            "No measured distance: the map shows nothing of ",
                            water_en,
                            " within ",
                            &r,
                            " m of ",
                            from_en,
                            ", nor any water that could be part of it (water more than ",
                            &reach,
                            " m from it cannot be)",
                            SOURCE_EN,
                            ". A measured distance prevails.",
                        ]),
                    }
                } else if named_m <= metres {
                    Text {
                        zh: concat(&[
                            "未填实测距离，按地图估算：",
                            from_zh,
                            "距",
                            water_zh,
                            "约 ",
                            &m,
                            " 米，误差约±",
                            &u,
                            " 米",
                            SOURCE_ZH,
                            "。以实测距离为准。",
                        ]),
                        en: concat(&[
                            "No measured distance: the map puts ",
                            water_en,
                            " about ",
                            &m,
                            " m from ",
                            from_en,
                            ", ±",
                            &u,
                            " m",
                            SOURCE_EN,
                            ". A measured distance prevails.",
                        ]),
                    }
                } else {
                    // The nearer water may be a tributary or another lake:
                    // the distance lies between the two, and only what holds
                    // across that range is decided.
                    let (far_zh, far_en) = if named_m.is_finite() {
                        let n = crate::text::numbers::format_number(named_m.round());
                        (concat(&["约 ", &n, " 米"]), concat(&["about ", &n, " m"]))
                    } else {
                        let r =
                            crate::text::numbers::format_number(crate::geo::water::SEARCH_RADIUS_M);
                        (
                            concat(&["超过 ", &r, " 米"]),
                            concat(&["more than ", &r, " m"]),
                        )
                    };
                    Text {
                        zh: concat(&["未填实测距离，按地图估算：", from_zh, "距最近", other_zh, "水面约 ", &m, " 米，距可确认为", water_zh, "的水面", &far_zh, "，误差约±", &u, " 米", SOURCE_ZH, "。较近的水面可能是", may_be_zh, "，故距离只能确定在两者之间；请填写实测距离。"]),
                        en: concat(&["No measured distance: the map puts the nearest ", other_en, " about ", &m, " m from ", from_en, " and the nearest water known to be ", water_en, " ", &far_en, ", ±", &u, " m", SOURCE_EN, ". The nearer water may be ", may_be_en, ", so the distance is only known to lie between the two; a measured distance settles it."]),
                    }
                };
                if inside {
                    t.zh.push_str("该点或地块落在地图水面内，请核对坐标及坐标来源。");
                    t.en.push_str(" The site falls inside mapped water: check the coordinates and their system.");
                }
                t
            }
            Note::BoundaryEstimate {
                metres,
                margin,
                inside,
                parcel,
            } => {
                let (from_zh, from_en) = measured_from(parcel);
                let m = crate::text::numbers::format_number(metres.round());
                let u = crate::text::numbers::format_number(margin.round());
                let mut t = Text {
                    zh: concat(&["按用户导入的边界图层量算：", from_zh, "距该线 ", &m, " 米，误差约±", &u, " 米（图层精度按导入时声明，加坐标误差）。以实测距离为准。"]),
                    en: concat(&["Measured against the boundary layer the user imported: ", &m, " m from ", from_en, ", ±", &u, " m (the layer's stated accuracy plus the coordinates'). A measured distance prevails."]),
                };
                if inside {
                    t.zh.push_str("选址位于该边界线以内。");
                    t.en.push_str(" The site lies inside the boundary.");
                }
                t
            }
            Note::TypedAgainstMap {
                lake,
                typed: (least, most),
                metres,
                named_m,
                margin,
            } => {
                let n = |x: f64| crate::text::numbers::format_number(x.round());
                let typed = if least == most {
                    n(least)
                } else if most.is_finite() {
                    concat(&["≤ ", &n(most)])
                } else {
                    concat(&[">", &n(least)])
                };
                let map = if named_m > metres && named_m.is_finite() {
                    concat(&[&n(metres), "–", &n(named_m)])
                } else if named_m > metres {
                    concat(&["≥ ", &n(metres)])
                } else {
                    n(metres)
                };
                let (water_zh, water_en) = if lake {
                    ("鄱阳湖", "Poyang Lake")
                } else {
                    ("长江干流", "the Yangtze main stream")
                };
                let u = n(margin);
                Text {
                    zh: concat(&["所填距", water_zh, "距离（", &typed, " 米）与地图对选址的估算（约 ", &map, " 米，误差约±", &u, " 米）不符，两者必有一误：核对前本条不按所填距离判定。请核对选址坐标；距离为实测的，填写实测单位和日期后按实测距离判定。"]),
                    en: concat(&["The distance entered to ", water_en, " (", &typed, " m) and the map's estimate for the site (about ", &map, " m, ±", &u, " m) disagree, so one of them is wrong: until checked, this rule does not rest on the distance entered. Check the site's coordinates; if the distance was surveyed, give who measured it and when, and it is taken as measured."]),
                }
            }
            Note::UnknownPark => {
                let id = project.text("site.chemical_park").unwrap_or("");
                Text {
                    zh: format!("未知园区代号“{id}”。"),
                    en: format!("Unknown park id “{id}”."),
                }
            }
        }
    }
}

/// What a distance estimate was measured from, in both languages.
fn measured_from(parcel: bool) -> (&'static str, &'static str) {
    if parcel {
        ("地块最近边", "the parcel's nearest edge")
    } else {
        ("选址点", "the site point")
    }
}

#[cfg(test)]
mod tests {
    use crate::text::lower_first as lower;

    /// A title reads in running text with its first letter lowered, and
    /// nothing else changed: acronyms keep their capitals.
    #[test]
    fn a_title_in_running_text_lowers_its_first_letter_only() {
        let joined = |t: &str| {
            let (first, rest) = lower(t);
            format!("{first}{rest}")
        };
        assert_eq!(joined("Chemical"), "chemical");
        assert_eq!(
            joined("Two-high sectors (PX, coal power)"),
            "two-high sectors (PX, coal power)"
        );
        assert_eq!(joined("PX plants"), "PX plants");
        assert_eq!(joined("R&D of 5 million"), "R&D of 5 million");
        assert_eq!(joined("iron- and steelmaking"), "iron- and steelmaking");
        assert_eq!(joined("化工"), "化工");
        assert_eq!(joined(""), "");
    }
}
