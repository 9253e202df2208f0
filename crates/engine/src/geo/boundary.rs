//! An official boundary layer imported by the user (issue 5): the river or
//! lake management line, a levee line or a planning line, as GeoJSON in
//! WGS-84/CGCS2000 or a declared GCJ-02 or BD-09. Once accepted it replaces
//! the bundled OSM layer for the distance it stands for, with the accuracy
//! the user states for it; a measured distance still prevails over both.
//!
//! Validation is strict and specific: every problem names where in the file
//! it is (`features[3].geometry.coordinates[0][12]`) in both languages, and a
//! layer that fails is not used at all.

use super::coords::{to_wgs84, Datum, LonLat};
use super::water::{Layer, WaterMap};
use crate::Text;
use serde_json::Value;

/// Which distance the imported line stands for: the project fields it fills.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BoundaryKind {
    Yangtze,
    Poyang,
    ImportantTributary,
    OtherTributary,
}

impl BoundaryKind {
    pub const ALL: [BoundaryKind; 4] = [
        BoundaryKind::Yangtze,
        BoundaryKind::Poyang,
        BoundaryKind::ImportantTributary,
        BoundaryKind::OtherTributary,
    ];

    pub fn key(self) -> &'static str {
        match self {
            BoundaryKind::Yangtze => "yangtze",
            BoundaryKind::Poyang => "poyang",
            BoundaryKind::ImportantTributary => "important_tributary",
            BoundaryKind::OtherTributary => "other_tributary",
        }
    }

    pub fn from_key(key: &str) -> Option<BoundaryKind> {
        BoundaryKind::ALL.into_iter().find(|k| k.key() == key)
    }

    /// The distance field this layer gives a value for.
    pub fn field(self) -> &'static str {
        match self {
            BoundaryKind::Yangtze => "site.dist_yangtze_mainstream_m",
            BoundaryKind::Poyang => "site.dist_poyang_lake_m",
            BoundaryKind::ImportantTributary => "site.dist_important_tributary_m",
            BoundaryKind::OtherTributary => "site.dist_other_tributary_m",
        }
    }
}

/// What the user says about the file.
#[derive(Clone, Debug, PartialEq)]
pub struct BoundaryMeta {
    /// A label for the layer (file name or document), shown with results.
    pub name: String,
    pub kind: BoundaryKind,
    pub datum: Datum,
    /// Stated positional accuracy of the line, metres.
    pub accuracy_m: f64,
    /// Which line it is: a `site.distance_reference` choice key.
    pub reference: String,
}

pub struct Boundary {
    pub meta: BoundaryMeta,
    /// The parts in WGS-84, for drawing.
    pub parts: Vec<Vec<LonLat>>,
    pub vertices: usize,
    pub map: WaterMap,
}

impl std::fmt::Debug for Boundary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Boundary")
            .field("meta", &self.meta)
            .field("vertices", &self.vertices)
            .finish()
    }
}

/// Where in the file, and what is wrong.
#[derive(Clone, Debug, PartialEq)]
pub struct BoundaryError {
    /// JSON path, e.g. `features[3].geometry.coordinates[0][12]`; empty for
    /// the whole file or for the stated metadata.
    pub at: String,
    pub message: Text,
}

fn err(at: &str, zh: impl Into<String>, en: impl Into<String>) -> BoundaryError {
    BoundaryError {
        at: at.to_string(),
        message: Text {
            zh: zh.into(),
            en: en.into(),
        },
    }
}

/// Files above this are surely not a management line for one city.
pub const MAX_BYTES: usize = 20_000_000;
pub const MAX_VERTICES: usize = 500_000;
/// A stated accuracy beyond this is no better than the bundled layer.
pub const MAX_ACCURACY_M: f64 = 5_000.0;
/// Errors are listed up to this many; the rest are counted.
const MAX_ERRORS: usize = 20;

/// The box the bundled layers cover (Jiujiang and about 10 km around).
const JIUJIANG_BOX: (LonLat, LonLat) = (LonLat::new(113.9, 28.6), LonLat::new(117.2, 30.4));

pub fn parse(text: &str, meta: BoundaryMeta) -> Result<Boundary, Vec<BoundaryError>> {
    let mut errors = Vec::new();
    if !(meta.accuracy_m.is_finite() && meta.accuracy_m > 0.0 && meta.accuracy_m <= MAX_ACCURACY_M)
    {
        errors.push(err(
            "accuracy_m",
            format!("精度应为 0 至 {MAX_ACCURACY_M} 米之间的正数。"),
            format!("The accuracy must be a positive number of metres up to {MAX_ACCURACY_M}."),
        ));
    }
    if text.len() > MAX_BYTES {
        errors.push(err(
            "",
            format!("文件过大（{} 字节，上限 {MAX_BYTES}）。", text.len()),
            format!(
                "The file is too large ({} bytes; the limit is {MAX_BYTES}).",
                text.len()
            ),
        ));
        return Err(errors);
    }
    let value: Value = match serde_json::from_str(text.trim_start_matches('\u{feff}')) {
        Ok(v) => v,
        Err(e) => {
            errors.push(err(
                "",
                format!(
                    "不是有效的 JSON（第 {} 行第 {} 列）。",
                    e.line(),
                    e.column()
                ),
                format!(
                    "Not valid JSON (line {}, column {}): {e}",
                    e.line(),
                    e.column()
                ),
            ));
            return Err(errors);
        }
    };
    if let Some(name) = value
        .pointer("/crs/properties/name")
        .and_then(Value::as_str)
    {
        // Old GeoJSON could name a CRS; only geographic WGS-84/CGCS2000 is read.
        let geographic = ["4326", "CRS84", "4490", "WGS 84", "WGS84", "CGCS2000"]
            .iter()
            .any(|ok| name.contains(ok));
        if !geographic || name.contains("4547") || name.contains("Gauss") {
            errors.push(err(
                "crs",
                format!("文件声明的坐标系“{name}”不是经纬度（WGS-84/CGCS2000）；请导出为经纬度。"),
                format!("The file declares the coordinate system “{name}”, not longitude/latitude (WGS-84/CGCS2000); export it as lon/lat."),
            ));
            return Err(errors);
        }
    }
    let mut raw: Vec<(String, bool, Vec<Vec<LonLat>>)> = Vec::new();
    collect(&value, "", &mut raw, &mut errors);
    if errors.is_empty() && raw.is_empty() {
        errors.push(err(
            "",
            "文件中没有线或面（LineString、Polygon 等）。",
            "The file holds no line or polygon (LineString, Polygon and the like).",
        ));
    }
    let vertices: usize = raw.iter().flat_map(|r| &r.2).map(Vec::len).sum();
    if vertices > MAX_VERTICES {
        errors.push(err(
            "",
            format!("顶点过多（{vertices}，上限 {MAX_VERTICES}）。"),
            format!("Too many vertices ({vertices}; the limit is {MAX_VERTICES})."),
        ));
    }
    if !errors.is_empty() {
        if errors.len() > MAX_ERRORS {
            let more = errors.len() - MAX_ERRORS;
            errors.truncate(MAX_ERRORS);
            errors.push(err(
                "",
                format!("另有 {more} 处错误未列出。"),
                format!("{more} more errors not listed."),
            ));
        }
        return Err(errors);
    }
    // Latitude first is the commonest mistake: GeoJSON is lon, lat.
    let all = || raw.iter().flat_map(|r| &r.2).flatten();
    let in_box = |p: &LonLat| {
        (JIUJIANG_BOX.0.lon..=JIUJIANG_BOX.1.lon).contains(&p.lon)
            && (JIUJIANG_BOX.0.lat..=JIUJIANG_BOX.1.lat).contains(&p.lat)
    };
    if !all().any(in_box) {
        let swapped = all().any(|p| in_box(&LonLat::new(p.lat, p.lon)));
        return Err(vec![if swapped {
            err(
                "",
                "坐标似为“纬度, 经度”顺序；GeoJSON 规定为“经度, 纬度”。",
                "The coordinates look like latitude, longitude; GeoJSON requires longitude, latitude.",
            )
        } else {
            err(
                "",
                "图层没有任何部分位于九江范围（东经113.9—117.2°、北纬28.6—30.4°）内：文件或坐标系有误？",
                "No part of the layer lies in Jiujiang (lon 113.9–117.2 E, lat 28.6–30.4 N): the wrong file or coordinate system?",
            )
        }]);
    }
    let datum = meta.datum;
    let shapes: Vec<(Layer, bool, Vec<Vec<LonLat>>)> = raw
        .into_iter()
        .map(|(_, area, parts)| {
            let parts = parts
                .into_iter()
                .map(|part| part.into_iter().map(|p| to_wgs84(p, datum)).collect())
                .collect();
            (Layer::River, area, parts)
        })
        .collect();
    let parts = shapes.iter().flat_map(|s| s.2.clone()).collect();
    Ok(Boundary {
        meta,
        parts,
        vertices,
        map: WaterMap::from_shapes(shapes),
    })
}

/// Walks FeatureCollection / Feature / geometry objects, gathering lines and
/// polygons (with their path) and the errors met on the way.
fn collect(
    v: &Value,
    at: &str,
    out: &mut Vec<(String, bool, Vec<Vec<LonLat>>)>,
    errors: &mut Vec<BoundaryError>,
) {
    let join = |k: &str| {
        if at.is_empty() {
            k.to_string()
        } else {
            format!("{at}.{k}")
        }
    };
    let Some(kind) = v.get("type").and_then(Value::as_str) else {
        errors.push(err(
            at,
            "缺少 GeoJSON 的 \"type\"。",
            "No GeoJSON \"type\" here.",
        ));
        return;
    };
    match kind {
        "FeatureCollection" => match v.get("features").and_then(Value::as_array) {
            Some(fs) => {
                for (i, f) in fs.iter().enumerate() {
                    collect(f, &format!("{}[{i}]", join("features")), out, errors);
                }
            }
            None => errors.push(err(
                &join("features"),
                "FeatureCollection 缺少 features 数组。",
                "A FeatureCollection needs a features array.",
            )),
        },
        "Feature" => match v.get("geometry") {
            // A feature without geometry is allowed by RFC 7946; nothing to use.
            Some(Value::Null) | None => {}
            Some(g) => collect(g, &join("geometry"), out, errors),
        },
        "GeometryCollection" => {
            for (i, g) in v
                .get("geometries")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .enumerate()
            {
                collect(g, &format!("{}[{i}]", join("geometries")), out, errors);
            }
        }
        "Point" | "MultiPoint" => {}
        "LineString" | "MultiLineString" | "Polygon" | "MultiPolygon" => {
            let c = join("coordinates");
            let coords = v.get("coordinates").unwrap_or(&Value::Null);
            let area = kind.ends_with("Polygon");
            // Every kind as a list of parts at a path.
            let parts: Vec<(String, &Value)> = match kind {
                "LineString" => vec![(c.clone(), coords)],
                "MultiLineString" | "Polygon" => list(coords, &c, errors),
                _ => list(coords, &c, errors)
                    .into_iter()
                    .flat_map(|(p, poly)| list(poly, &p, errors))
                    .collect(),
            };
            let mut read = Vec::new();
            for (path, part) in parts {
                if let Some(pts) = positions(part, &path, area, errors) {
                    read.push(pts);
                }
            }
            if !read.is_empty() {
                out.push((at.to_string(), area, read));
            }
        }
        other => errors.push(err(
            at,
            format!("不支持的 GeoJSON 类型“{other}”。"),
            format!("Unsupported GeoJSON type “{other}”."),
        )),
    }
}

fn list<'v>(v: &'v Value, at: &str, errors: &mut Vec<BoundaryError>) -> Vec<(String, &'v Value)> {
    match v.as_array() {
        Some(items) => items
            .iter()
            .enumerate()
            .map(|(i, x)| (format!("{at}[{i}]"), x))
            .collect(),
        None => {
            errors.push(err(at, "此处应为数组。", "An array is expected here."));
            Vec::new()
        }
    }
}

/// One line or ring: at least two positions (a ring four, closed), each two
/// finite numbers, longitude then latitude, in range.
fn positions(
    v: &Value,
    at: &str,
    ring: bool,
    errors: &mut Vec<BoundaryError>,
) -> Option<Vec<LonLat>> {
    let Some(items) = v.as_array() else {
        errors.push(err(
            at,
            "此处应为坐标数组。",
            "An array of positions is expected here.",
        ));
        return None;
    };
    let before = errors.len();
    let mut pts = Vec::with_capacity(items.len());
    for (i, p) in items.iter().enumerate() {
        let here = format!("{at}[{i}]");
        let xy = p.as_array().and_then(|a| {
            let x = a.first()?.as_f64()?;
            let y = a.get(1)?.as_f64()?;
            (a.len() <= 3).then_some((x, y))
        });
        match xy {
            None => errors.push(err(
                &here,
                "坐标应为 [经度, 纬度] 两个数。",
                "A position must be two numbers, [longitude, latitude].",
            )),
            Some((x, y)) if x.abs() <= 90.0 && y.abs() > 90.0 && y.abs() <= 180.0 => {
                errors.push(err(
                    &here,
                    format!("[{x}, {y}] 似为“纬度, 经度”顺序；GeoJSON 规定为“经度, 纬度”。"),
                    format!("[{x}, {y}] looks like latitude, longitude; GeoJSON requires longitude, latitude."),
                ))
            }
            Some((x, y)) if x.abs() > 180.0 || y.abs() > 90.0 => errors.push(err(
                &here,
                format!("[{x}, {y}] 超出经纬度范围：是否为投影坐标（米）？请导出为经纬度。"),
                format!("[{x}, {y}] is out of longitude/latitude range: projected metres? Export as lon/lat."),
            )),
            Some((x, y)) => pts.push(LonLat::new(x, y)),
        }
    }
    if errors.len() > before {
        return None;
    }
    let need = if ring { 4 } else { 2 };
    if pts.len() < need {
        errors.push(err(
            at,
            format!("至少需要 {need} 个坐标。"),
            format!("At least {need} positions are needed."),
        ));
        return None;
    }
    if ring && pts.first() != pts.last() {
        errors.push(err(
            at,
            "多边形的环未闭合（首末坐标应相同）。",
            "A polygon ring must be closed (first and last positions equal).",
        ));
        return None;
    }
    Some(pts)
}
