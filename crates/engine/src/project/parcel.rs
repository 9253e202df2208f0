//! A site parcel typed as its outline: "LON, LAT; LON, LAT; …", read into
//! a [`Value::Parcel`] and written back the same way.

use super::{FieldError, Value};

/// "LON, LAT; LON, LAT; …" (six decimals: about 0.1 m).
pub fn parcel_text(pts: &[(f64, f64)]) -> String {
    pts.iter()
        .map(|(lon, lat)| format!("{lon:.6}, {lat:.6}"))
        .collect::<Vec<_>>()
        .join("; ")
}

/// More vertices than this is a drawing mistake or a pasted boundary layer.
pub const MAX_PARCEL_POINTS: usize = 200;

pub(super) fn parse_parcel(key: &str, s: &str) -> Result<Value, FieldError> {
    use crate::geo::coords::parse_lon_lat;
    let mut pts: Vec<(f64, f64)> = Vec::new();
    for (i, part) in s.split([';', '；', '\n']).enumerate() {
        let part = part.trim();
        if part.is_empty() {
            continue;
        }
        let p = parse_lon_lat(part).map_err(|_| {
            FieldError::new(
                key,
                format!("第 {} 个点“{part}”不是有效坐标；各点以分号分隔，如 116.0, 29.7; 116.01, 29.7; 116.01, 29.71。", i + 1),
                format!("Point {} “{part}” is not a coordinate; separate points with semicolons, e.g. 116.0, 29.7; 116.01, 29.7; 116.01, 29.71.", i + 1),
            )
        })?;
        // A closing point equal to the first is dropped: the ring closes itself.
        if pts.len() >= 3 && pts.first() == Some(&(p.point.lon, p.point.lat)) {
            continue;
        }
        pts.push((p.point.lon, p.point.lat));
    }
    let mut distinct = pts.clone();
    distinct.sort_by(|a, b| a.partial_cmp(b).unwrap_or(std::cmp::Ordering::Equal));
    distinct.dedup();
    if distinct.len() < 3 {
        return Err(FieldError::new(
            key,
            "地块轮廓至少需要3个不同的点。".into(),
            "A parcel outline needs at least 3 distinct points.".into(),
        ));
    }
    if pts.len() > MAX_PARCEL_POINTS {
        return Err(FieldError::new(
            key,
            format!(
                "地块轮廓最多 {MAX_PARCEL_POINTS} 个点（现有 {}）。",
                pts.len()
            ),
            format!(
                "A parcel outline takes at most {MAX_PARCEL_POINTS} points (this has {}).",
                pts.len()
            ),
        ));
    }
    Ok(Value::Parcel(pts))
}
