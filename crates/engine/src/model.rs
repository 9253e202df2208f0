//! The project an investor or staff member describes, and the one parser that
//! turns what they typed (form fields, CSV cells or JSON values) into it.
//! Every problem is reported against the field it came from, in both languages.

use crate::data_types::Text;
use crate::industry::Industry;
use serde::Serialize;

/// Version of the project file format (docs/project-format.md).
pub const SCHEMA_VERSION: u32 = 1;

/// 建设性质, as on the Chinese EIA form (catalogue §0).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    New,
    Expansion,
    Renovation,
    /// 迁建: treated as new at the destination.
    Relocation,
    /// 技术改造: renovation unless it adds capacity.
    TechUpgrade,
}

impl Action {
    pub const ALL: [Action; 5] = [
        Action::New,
        Action::Expansion,
        Action::Renovation,
        Action::Relocation,
        Action::TechUpgrade,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Action::New => "new",
            Action::Expansion => "expansion",
            Action::Renovation => "renovation",
            Action::Relocation => "relocation",
            Action::TechUpgrade => "tech_upgrade",
        }
    }

    pub fn label(self) -> L10n {
        match self {
            Action::New => L10n::new("新建", "New build"),
            Action::Expansion => L10n::new("扩建", "Expansion"),
            Action::Renovation => L10n::new("改建", "Renovation"),
            Action::Relocation => L10n::new("迁建", "Relocation"),
            Action::TechUpgrade => L10n::new("技术改造", "Technical upgrade"),
        }
    }

    fn parse(s: &str) -> Option<Action> {
        let s = s.trim();
        Action::ALL.into_iter().find(|a| {
            let l = a.label();
            s.eq_ignore_ascii_case(a.key()) || s == l.zh || s.eq_ignore_ascii_case(l.en)
        })
    }
}

/// Measured distances from the site to the nearest water of each class, in metres.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Site {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dist_yangtze_mainstream_m: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dist_important_tributary_m: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dist_poyang_lake_m: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dist_other_tributary_m: Option<f64>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Project {
    pub schema_version: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// GB/T 4754-2017 code with its section letter, e.g. `C2614`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub industry_code: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub action: Option<Action>,
    /// Only asked for a technical upgrade: does it add production capacity?
    #[serde(skip_serializing_if = "Option::is_none")]
    pub adds_capacity: Option<bool>,
    pub site: Site,
}

impl Default for Project {
    fn default() -> Self {
        Project {
            schema_version: SCHEMA_VERSION,
            name: None,
            industry_code: None,
            action: None,
            adds_capacity: None,
            site: Site::default(),
        }
    }
}

/// A static text in both languages (labels, help, messages built in code).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct L10n {
    pub zh: &'static str,
    pub en: &'static str,
}

impl L10n {
    pub const fn new(zh: &'static str, en: &'static str) -> L10n {
        L10n { zh, en }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldKind {
    Text,
    IndustryCode,
    Action,
    YesNo,
    /// Metres; also accepts a `km` / `公里` suffix.
    Distance,
}

/// One input of the project form. The UI renders these; CSV columns and JSON
/// paths use `key`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FieldSpec {
    pub key: &'static str,
    pub kind: FieldKind,
    pub label: L10n,
    pub help: L10n,
}

pub static FIELDS: &[FieldSpec] = &[
    FieldSpec {
        key: "name",
        kind: FieldKind::Text,
        label: L10n::new("项目名称", "Project name"),
        help: L10n::new("仅用于显示，可不填。", "For display only; optional."),
    },
    FieldSpec {
        key: "industry_code",
        kind: FieldKind::IndustryCode,
        label: L10n::new("行业代码（GB/T 4754-2017）", "Industry code (GB/T 4754-2017)"),
        help: L10n::new(
            "例如 C2614 有机化学原料制造；可省略门类字母。",
            "E.g. C2614 organic chemical raw materials; the section letter may be omitted.",
        ),
    },
    FieldSpec {
        key: "action",
        kind: FieldKind::Action,
        label: L10n::new("建设性质", "Type of project"),
        help: L10n::new(
            "迁建按迁入地新建处理；技术改造须说明是否增加产能。",
            "Relocation counts as new at the destination; a technical upgrade must say whether it adds capacity.",
        ),
    },
    FieldSpec {
        key: "adds_capacity",
        kind: FieldKind::YesNo,
        label: L10n::new("技术改造是否增加产能", "Does the upgrade add capacity?"),
        help: L10n::new(
            "仅技术改造需要填写。",
            "Only needed for a technical upgrade.",
        ),
    },
    FieldSpec {
        key: "site.dist_yangtze_mainstream_m",
        kind: FieldKind::Distance,
        label: L10n::new("距长江干流岸线（米）", "Distance to the Yangtze main-stream shoreline (m)"),
        help: L10n::new(
            "实测距离，自项目用地边界量至河道管理范围外缘线。",
            "Measured from the project parcel boundary to the outer edge of the river management range.",
        ),
    },
    FieldSpec {
        key: "site.dist_important_tributary_m",
        kind: FieldKind::Distance,
        label: L10n::new(
            "距重要支流岸线（赣、抚、信、饶、修，米）",
            "Distance to an important tributary: Gan, Fu, Xin, Rao, Xiu (m)",
        ),
        help: L10n::new(
            "取最近一条；5公里内没有可填 5000。",
            "The nearest one; if none within 5 km, enter 5000.",
        ),
    },
    FieldSpec {
        key: "site.dist_poyang_lake_m",
        kind: FieldKind::Distance,
        label: L10n::new("距鄱阳湖岸线（米）", "Distance to the Poyang Lake shore (m)"),
        help: L10n::new(
            "以湖口水位22.48米（吴淞高程）岸线为准；5公里内没有可填 5000。",
            "Shore at the 22.48 m (Wusong datum, Hukou gauge) level; if none within 5 km, enter 5000.",
        ),
    },
    FieldSpec {
        key: "site.dist_other_tributary_m",
        kind: FieldKind::Distance,
        label: L10n::new("距其他支流或通江湖泊（米）", "Distance to another tributary or connected lake (m)"),
        help: L10n::new(
            "如博阳河、长河、八里湖；5公里内没有可填 5000。",
            "E.g. Boyang River, Changhe, Bali Lake; if none within 5 km, enter 5000.",
        ),
    },
];

pub fn field(key: &str) -> Option<&'static FieldSpec> {
    FIELDS.iter().find(|f| f.key == key)
}

/// A problem with one input, located at its field.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct FieldError {
    /// The field key (`site.dist_yangtze_mainstream_m`), or `""` for the whole input.
    pub field: String,
    pub message: Text,
}

impl FieldError {
    fn new(field: &str, zh: String, en: String) -> FieldError {
        FieldError {
            field: field.to_string(),
            message: Text { zh, en },
        }
    }
}

/// Above this a "distance in metres" is surely a unit mistake: Jiujiang spans
/// about 200 km.
pub const MAX_DISTANCE_M: f64 = 500_000.0;

/// Turns full-width digits and punctuation (common in Chinese input) into ASCII.
fn normalise(s: &str) -> String {
    s.trim()
        .chars()
        .map(|c| match c {
            '０'..='９' => char::from(b'0' + (c as u32 - '０' as u32) as u8),
            '．' | '。' => '.',
            '－' => '-',
            '，' => ',',
            _ => c,
        })
        .collect()
}

pub fn parse_distance(key: &str, raw: &str) -> Result<Option<f64>, FieldError> {
    let s = normalise(raw);
    if s.is_empty() {
        return Ok(None);
    }
    let lower = s.to_lowercase();
    let (num, factor) = if let Some(n) = lower
        .strip_suffix("km")
        .or_else(|| lower.strip_suffix("公里"))
        .or_else(|| lower.strip_suffix("千米"))
    {
        (n.to_string(), 1000.0)
    } else if let Some(n) = lower.strip_suffix('m').or_else(|| lower.strip_suffix('米')) {
        (n.to_string(), 1.0)
    } else {
        (lower, 1.0)
    };
    let num: String = num.chars().filter(|c| *c != ',' && *c != ' ').collect();
    let valid_chars = !num.is_empty()
        && num
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == '-' || c == '+' || c == 'e');
    let value = match num.parse::<f64>() {
        Ok(v) if valid_chars && v.is_finite() => v * factor,
        _ => {
            return Err(FieldError::new(
                key,
                format!("“{}”不是数字，请以米为单位填写，如 1200。", raw.trim()),
                format!("“{}” is not a number; enter metres, e.g. 1200.", raw.trim()),
            ))
        }
    };
    if value < 0.0 {
        return Err(FieldError::new(
            key,
            "距离不能为负数。".into(),
            "A distance cannot be negative.".into(),
        ));
    }
    if value > MAX_DISTANCE_M {
        return Err(FieldError::new(
            key,
            format!("{value} 米超过 500 公里，单位可能有误（此处以米计）。"),
            format!("{value} m is more than 500 km; check the unit (metres here)."),
        ));
    }
    Ok(Some(value))
}

fn parse_yes_no(key: &str, raw: &str) -> Result<Option<bool>, FieldError> {
    let s = normalise(raw).to_lowercase();
    match s.as_str() {
        "" => Ok(None),
        "true" | "yes" | "y" | "1" | "是" => Ok(Some(true)),
        "false" | "no" | "n" | "0" | "否" => Ok(Some(false)),
        _ => Err(FieldError::new(
            key,
            format!("“{}”无法识别，请填“是”或“否”。", raw.trim()),
            format!("“{}” is not recognised; use yes or no.", raw.trim()),
        )),
    }
}

/// Builds a project from `(field key, text)` pairs; empty text means "not
/// given". Returns the project with every valid field set, and the errors of
/// the others, so nothing valid is thrown away because of one bad field.
pub fn parse_fields<'a>(
    pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
    industry: &Industry,
) -> (Project, Vec<FieldError>) {
    let mut p = Project::default();
    let mut errors = Vec::new();
    for (key, raw) in pairs {
        let result: Result<(), FieldError> = (|| {
            match key {
                "schema_version" => {
                    let s = raw.trim();
                    match s.parse::<u32>() {
                        Ok(v) if v == SCHEMA_VERSION => {}
                        Ok(v) if v > SCHEMA_VERSION => {
                            return Err(FieldError::new(
                                key,
                                format!("文件格式版本 {v} 比本程序（{SCHEMA_VERSION}）新，请更新程序。"),
                                format!("File format version {v} is newer than this program's ({SCHEMA_VERSION}); update the program."),
                            ))
                        }
                        _ => {
                            return Err(FieldError::new(
                                key,
                                format!("文件格式版本“{s}”无效，应为 {SCHEMA_VERSION}。"),
                                format!("Invalid file format version “{s}”; expected {SCHEMA_VERSION}."),
                            ))
                        }
                    }
                }
                "name" => {
                    let s = raw.trim();
                    if s.chars().count() > 200 {
                        return Err(FieldError::new(
                            key,
                            "名称过长（最多200字）。".into(),
                            "Name too long (200 characters at most).".into(),
                        ));
                    }
                    p.name = (!s.is_empty()).then(|| s.to_string());
                }
                "industry_code" => {
                    let s = normalise(raw);
                    if !s.is_empty() {
                        p.industry_code = Some(industry.canonical(&s).ok_or_else(|| {
                            FieldError::new(
                                key,
                                format!("“{s}”不是 GB/T 4754-2017 中的行业代码。"),
                                format!("“{s}” is not a GB/T 4754-2017 industry code."),
                            )
                        })?);
                    }
                }
                "action" => {
                    let s = raw.trim();
                    if !s.is_empty() {
                        p.action = Some(Action::parse(s).ok_or_else(|| {
                            FieldError::new(
                                key,
                                format!("未知的建设性质“{s}”，可选：新建、扩建、改建、迁建、技术改造。"),
                                format!("Unknown type of project “{s}”; use new, expansion, renovation, relocation or tech_upgrade."),
                            )
                        })?);
                    }
                }
                "adds_capacity" => p.adds_capacity = parse_yes_no(key, raw)?,
                "site.dist_yangtze_mainstream_m" => {
                    p.site.dist_yangtze_mainstream_m = parse_distance(key, raw)?
                }
                "site.dist_important_tributary_m" => {
                    p.site.dist_important_tributary_m = parse_distance(key, raw)?
                }
                "site.dist_poyang_lake_m" => p.site.dist_poyang_lake_m = parse_distance(key, raw)?,
                "site.dist_other_tributary_m" => {
                    p.site.dist_other_tributary_m = parse_distance(key, raw)?
                }
                _ => {
                    return Err(FieldError::new(
                        key,
                        format!("未知字段“{key}”。"),
                        format!("Unknown field “{key}”."),
                    ))
                }
            }
            Ok(())
        })();
        if let Err(e) = result {
            errors.push(e);
        }
    }
    (p, errors)
}

/// Reads a project file (JSON, docs/project-format.md).
pub fn project_from_json(text: &str, industry: &Industry) -> Result<Project, Vec<FieldError>> {
    let value: serde_json::Value = serde_json::from_str(text).map_err(|e| {
        vec![FieldError::new(
            "",
            format!(
                "不是有效的 JSON（第 {} 行第 {} 列）：{e}",
                e.line(),
                e.column()
            ),
            format!(
                "Not valid JSON (line {}, column {}): {e}",
                e.line(),
                e.column()
            ),
        )]
    })?;
    let obj = value.as_object().ok_or_else(|| {
        vec![FieldError::new(
            "",
            "项目文件应为一个 JSON 对象。".into(),
            "A project file must be one JSON object.".into(),
        )]
    })?;
    let mut pairs: Vec<(String, String)> = Vec::new();
    let mut errors = Vec::new();
    flatten("", obj, &mut pairs, &mut errors);
    if !obj.contains_key("schema_version") {
        errors.push(FieldError::new(
            "schema_version",
            format!("缺少 schema_version（当前为 {SCHEMA_VERSION}）。"),
            format!("Missing schema_version (currently {SCHEMA_VERSION})."),
        ));
    }
    let (project, parse_errors) = parse_fields(
        pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())),
        industry,
    );
    errors.extend(parse_errors);
    if errors.is_empty() {
        Ok(project)
    } else {
        Err(errors)
    }
}

fn flatten(
    prefix: &str,
    obj: &serde_json::Map<String, serde_json::Value>,
    pairs: &mut Vec<(String, String)>,
    errors: &mut Vec<FieldError>,
) {
    use serde_json::Value;
    for (k, v) in obj {
        let key = if prefix.is_empty() {
            k.clone()
        } else {
            format!("{prefix}.{k}")
        };
        match v {
            Value::Null => pairs.push((key, String::new())),
            Value::Bool(b) => pairs.push((key, b.to_string())),
            Value::Number(n) => pairs.push((key, n.to_string())),
            Value::String(s) => pairs.push((key, s.clone())),
            Value::Object(inner) if prefix.is_empty() && k == "site" => {
                flatten(&key, inner, pairs, errors)
            }
            _ => errors.push(FieldError::new(
                &key,
                format!("字段“{key}”应为单个值。"),
                format!("Field “{key}” must be a single value."),
            )),
        }
    }
}

impl Project {
    /// The project as `(field key, text)` pairs, the inverse of `parse_fields`.
    pub fn to_fields(&self) -> Vec<(&'static str, String)> {
        let num = |v: Option<f64>| v.map(|x| x.to_string()).unwrap_or_default();
        vec![
            ("name", self.name.clone().unwrap_or_default()),
            (
                "industry_code",
                self.industry_code.clone().unwrap_or_default(),
            ),
            (
                "action",
                self.action.map(|a| a.key().to_string()).unwrap_or_default(),
            ),
            (
                "adds_capacity",
                self.adds_capacity
                    .map(|b| b.to_string())
                    .unwrap_or_default(),
            ),
            (
                "site.dist_yangtze_mainstream_m",
                num(self.site.dist_yangtze_mainstream_m),
            ),
            (
                "site.dist_important_tributary_m",
                num(self.site.dist_important_tributary_m),
            ),
            ("site.dist_poyang_lake_m", num(self.site.dist_poyang_lake_m)),
            (
                "site.dist_other_tributary_m",
                num(self.site.dist_other_tributary_m),
            ),
        ]
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }
}
