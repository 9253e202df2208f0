//! The composite questions: several inputs asked as one "none of these?"
//! (protected areas, catalogues and lists, waters within 5 km), each item
//! the field it asks for and the value "none" gives it. Uses only the
//! field registry; `questions` ranks and words them.

use crate::project;

/// When "none of these" holds for one item, judged against a complete
/// project (the leads benchmark answers from one).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Holds {
    /// The field has the "none" value.
    Equals,
    /// A distance beyond this many metres (5 km: "none within 5 km", a
    /// band that includes 5 km itself).
    Beyond(f64),
    /// The catalogue class is encouraged or permitted.
    ClassClear,
}

/// One item of a composite question.
#[derive(Clone, Copy, Debug)]
pub struct Item {
    /// The field a rule asks for.
    pub asks: &'static str,
    /// The field the answer "none of these" sets, and to what.
    pub sets: &'static str,
    pub none: &'static str,
    pub holds: Holds,
    /// How the item is named in the question.
    pub name: (&'static str, &'static str),
}

/// Several inputs asked as one yes/no question, "none of these", whose "no"
/// (some of them) leads to the items one by one. Each "none" answer is what
/// the person confirms, never a default.
pub struct Composite {
    pub id: &'static str,
    /// A short name, where the question is listed rather than asked.
    pub name: project::L10n,
    /// The question, before the list of items open.
    pub ask: (&'static str, &'static str),
    pub items: &'static [Item],
    /// Asked as a composite even with one item open (a yes/no instead of a
    /// measured distance).
    pub even_one: bool,
    /// With `even_one`, the question for a single open item, `{}` standing
    /// for its name ("Is Poyang Lake within 5 km of the site?").
    pub ask_one: Option<(&'static str, &'static str)>,
}

const fn item(asks: &'static str, none: &'static str, zh: &'static str, en: &'static str) -> Item {
    Item {
        asks,
        sets: asks,
        none,
        holds: Holds::Equals,
        name: (zh, en),
    }
}

const fn far(asks: &'static str, zh: &'static str, en: &'static str) -> Item {
    Item {
        asks,
        sets: asks,
        none: ">5000",
        holds: Holds::Beyond(5000.0),
        name: (zh, en),
    }
}

pub const COMPOSITES: &[Composite] = &[
    Composite {
        id: "site.protected_areas",
        name: project::L10n::new("保护区域", "protected areas"),
        // Asked as "any of these?", so "none of these" answers it plainly.
        ask: (
            "选址是否与以下任一区域重叠：",
            "Does the site overlap any of these: ",
        ),
        items: &[
            item(
                "site.nature_reserve_zone",
                "none",
                "自然保护区",
                "a nature reserve",
            ),
            item(
                "site.drinking_water_zone",
                "none",
                "饮用水水源保护区",
                "a drinking-water protection zone",
            ),
            item(
                "site.germplasm_reserve",
                "no",
                "水产种质资源保护区",
                "an aquatic germplasm reserve",
            ),
            item(
                "site.national_wetland_park",
                "no",
                "国家湿地公园",
                "a national wetland park",
            ),
            item(
                "site.scenic_core_area",
                "no",
                "风景名胜区核心景区",
                "a scenic area's core zone",
            ),
            item(
                "site.shoreline_zone",
                "none",
                "长江岸线保护区、保留区",
                "a Yangtze shoreline protection or reserve zone",
            ),
            item(
                "site.key_ecological_zone",
                "no",
                "重点生态功能区",
                "a key ecological function zone",
            ),
        ],
        even_one: false,
        ask_one: None,
    },
    Composite {
        id: "catalogue.lists",
        name: project::L10n::new("目录与清单", "catalogues and lists"),
        // "None of these" records each as checked and clear, so anything
        // not yet checked counts as applying.
        ask: (
            "项目是否有以下任一情形（逐项核对过，才可答“均无”）：",
            "Does any of these apply to the project (answer “none of these” only once each is checked): ",
        ),
        items: &[
            Item {
                asks: "catalogue.class",
                sets: "catalogue.not_restricted",
                none: "yes",
                holds: Holds::ClassClear,
                name: (
                    "属《产业结构调整指导目录》限制类或淘汰类",
                    "restricted or eliminated in the Industrial Structure Catalogue",
                ),
            },
            item(
                "catalogue.market_access",
                "not_listed",
                "列入《市场准入负面清单》",
                "on the Market Access Negative List",
            ),
            item(
                "site.zoning_check",
                "allowed",
                "不符合所在“三线一单”管控单元的准入清单",
                "does not meet its environmental zoning unit's list",
            ),
        ],
        even_one: false,
        ask_one: None,
    },
    Composite {
        id: "site.waters_5km",
        name: project::L10n::new("5公里内的水体", "waters within 5 km"),
        ask: (
            "选址5公里范围内是否有以下任一水体：",
            "Is any of these within 5 km of the site: ",
        ),
        items: &[
            far(
                "site.dist_yangtze_mainstream_m",
                "长江干流",
                "the Yangtze main stream",
            ),
            far("site.dist_poyang_lake_m", "鄱阳湖", "Poyang Lake"),
            far(
                "site.dist_important_tributary_m",
                "赣、抚、信、饶、修五河",
                "any of the Gan, Fu, Xin, Rao and Xiu rivers",
            ),
            far(
                "site.dist_other_tributary_m",
                "其他支流、通江湖泊",
                "any other tributary or connected lake",
            ),
        ],
        even_one: true,
        ask_one: Some((
            "选址5公里范围内是否有{}？",
            "Is {} within 5 km of the site?",
        )),
    },
];

/// The composite that asks for `field`, if any.
pub fn composite_of(field: &str) -> Option<&'static Composite> {
    COMPOSITES
        .iter()
        .find(|c| c.items.iter().any(|i| i.asks == field))
}

pub fn composite(id: &str) -> Option<&'static Composite> {
    COMPOSITES.iter().find(|c| c.id == id)
}
