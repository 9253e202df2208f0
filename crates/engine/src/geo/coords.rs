//! Chinese map coordinate systems (catalogue GEO-01…03).
//!
//! Amap, Tencent and WeChat publish GCJ-02, an obfuscated offset of WGS-84;
//! Baidu adds a second offset on top (BD-09). Around Jiujiang a GCJ-02 point
//! lies about 550–600 m from the true spot and a BD-09 point about 1.2 km
//! (GEO-02), as large as the 1 km rule itself, so every point is converted to
//! WGS-84 (= CGCS2000 at this accuracy, GEO-01) before any distance is taken.
//!
//! The forward GCJ-02 transform is the publicly documented polynomial; its
//! inverse has no closed form and is solved by fixed-point iteration to well
//! under a millimetre (GEO-03).

use std::f64::consts::PI;

/// Semi-major axis and eccentricity² of the Krasovsky 1940 ellipsoid, which
/// the GCJ-02 transform uses.
const KRASOVSKY_A: f64 = 6_378_245.0;
const KRASOVSKY_EE: f64 = 0.006_693_421_622_965_943;
/// Baidu's rotation constant.
const BD_X_PI: f64 = PI * 3000.0 / 180.0;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LonLat {
    pub lon: f64,
    pub lat: f64,
}

impl LonLat {
    pub const fn new(lon: f64, lat: f64) -> LonLat {
        LonLat { lon, lat }
    }
}

/// The datum a coordinate was given in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Datum {
    /// GPS, Tianditu and official surveys (CGCS2000 counts as WGS-84 here).
    Wgs84,
    /// Amap (高德), Tencent, WeChat.
    Gcj02,
    /// Baidu.
    Bd09,
}

impl Datum {
    /// From the keys used in project files and on the command line.
    pub fn from_key(key: &str) -> Option<Datum> {
        match key {
            "wgs84" | "cgcs2000" => Some(Datum::Wgs84),
            "gcj02" => Some(Datum::Gcj02),
            "bd09" => Some(Datum::Bd09),
            _ => None,
        }
    }
}

/// The obfuscation applies only inside mainland China (a rough box, as in
/// every public implementation); outside it GCJ-02 equals WGS-84.
pub fn in_china(p: LonLat) -> bool {
    (72.004..=137.8347).contains(&p.lon) && (0.8293..=55.8271).contains(&p.lat)
}

fn wave(x: f64, a: f64, b: f64, period_a: f64, period_b: f64) -> f64 {
    (a * (x * PI / period_a).sin() + b * (x * PI / period_b).sin()) * 2.0 / 3.0
}

/// The GCJ-02 offset (degrees) at a WGS-84 point.
fn gcj_offset(p: LonLat) -> (f64, f64) {
    let (x, y) = (p.lon - 105.0, p.lat - 35.0);
    let common = wave(x, 20.0, 20.0, 1.0 / 6.0, 0.5);
    let d_lat_m = -100.0
        + 2.0 * x
        + 3.0 * y
        + 0.2 * y * y
        + 0.1 * x * y
        + 0.2 * x.abs().sqrt()
        + common
        + wave(y, 20.0, 40.0, 1.0, 3.0)
        + wave(y, 160.0, 320.0, 12.0, 30.0);
    let d_lon_m = 300.0
        + x
        + 2.0 * y
        + 0.1 * x * x
        + 0.1 * x * y
        + 0.1 * x.abs().sqrt()
        + common
        + wave(x, 20.0, 40.0, 1.0, 3.0)
        + wave(x, 150.0, 300.0, 12.0, 30.0);
    let rad_lat = p.lat.to_radians();
    let magic = 1.0 - KRASOVSKY_EE * rad_lat.sin().powi(2);
    let sqrt_magic = magic.sqrt();
    let d_lat =
        d_lat_m * 180.0 / ((KRASOVSKY_A * (1.0 - KRASOVSKY_EE)) / (magic * sqrt_magic) * PI);
    let d_lon = d_lon_m * 180.0 / (KRASOVSKY_A / sqrt_magic * rad_lat.cos() * PI);
    (d_lon, d_lat)
}

pub fn wgs84_to_gcj02(p: LonLat) -> LonLat {
    if !in_china(p) {
        return p;
    }
    let (d_lon, d_lat) = gcj_offset(p);
    LonLat::new(p.lon + d_lon, p.lat + d_lat)
}

/// Inverse of [`wgs84_to_gcj02`] by fixed-point iteration: converges to
/// below 1e-10 degrees (about 10 µm) in a handful of steps.
pub fn gcj02_to_wgs84(g: LonLat) -> LonLat {
    if !in_china(g) {
        return g;
    }
    let mut w = g;
    for _ in 0..30 {
        let f = wgs84_to_gcj02(w);
        let (e_lon, e_lat) = (f.lon - g.lon, f.lat - g.lat);
        w = LonLat::new(w.lon - e_lon, w.lat - e_lat);
        if e_lon.abs() < 1e-11 && e_lat.abs() < 1e-11 {
            break;
        }
    }
    w
}

pub fn gcj02_to_bd09(g: LonLat) -> LonLat {
    let (x, y) = (g.lon, g.lat);
    let z = (x * x + y * y).sqrt() + 0.00002 * (y * BD_X_PI).sin();
    let theta = y.atan2(x) + 0.000003 * (x * BD_X_PI).cos();
    LonLat::new(z * theta.cos() + 0.0065, z * theta.sin() + 0.006)
}

pub fn bd09_to_gcj02(b: LonLat) -> LonLat {
    let (x, y) = (b.lon - 0.0065, b.lat - 0.006);
    let z = (x * x + y * y).sqrt() - 0.00002 * (y * BD_X_PI).sin();
    let theta = y.atan2(x) - 0.000003 * (x * BD_X_PI).cos();
    LonLat::new(z * theta.cos(), z * theta.sin())
}

/// Inverse of [`gcj02_to_bd09`] refined by fixed-point iteration: Baidu's
/// published inverse is only good to about 0.1 m.
pub fn bd09_to_gcj02_exact(b: LonLat) -> LonLat {
    let mut g = bd09_to_gcj02(b);
    for _ in 0..10 {
        let f = gcj02_to_bd09(g);
        let (e_lon, e_lat) = (f.lon - b.lon, f.lat - b.lat);
        g = LonLat::new(g.lon - e_lon, g.lat - e_lat);
        if e_lon.abs() < 1e-12 && e_lat.abs() < 1e-12 {
            break;
        }
    }
    g
}

/// Any supported datum to WGS-84.
pub fn to_wgs84(p: LonLat, from: Datum) -> LonLat {
    match from {
        Datum::Wgs84 => p,
        Datum::Gcj02 => gcj02_to_wgs84(p),
        Datum::Bd09 => gcj02_to_wgs84(bd09_to_gcj02_exact(p)),
    }
}

/// Great-circle distance in metres on a sphere of the mean Earth radius:
/// good to about 0.3 % here, enough to report how far a conversion moved a
/// point (distances for the rules use a projected plane, see issue 5).
pub fn haversine_m(a: LonLat, b: LonLat) -> f64 {
    const R: f64 = 6_371_008.8;
    let (la1, la2) = (a.lat.to_radians(), b.lat.to_radians());
    let d_lat = la2 - la1;
    let d_lon = (b.lon - a.lon).to_radians();
    let h = (d_lat / 2.0).sin().powi(2) + la1.cos() * la2.cos() * (d_lon / 2.0).sin().powi(2);
    2.0 * R * h.sqrt().asin()
}

/// Ellipsoidal (WGS-84) distance in metres by Vincenty's inverse formula,
/// iterated to 1e-12 rad: good to well under a millimetre for any two points
/// that are not nearly antipodal (never the case in one city). The distance
/// searches run on a tangent plane to find the nearest bank point; this gives
/// the distance to that point exactly.
pub fn geodesic_m(a: LonLat, b: LonLat) -> f64 {
    const A: f64 = 6_378_137.0;
    const F: f64 = 1.0 / 298.257_223_563;
    const B: f64 = A * (1.0 - F);
    if a == b {
        return 0.0;
    }
    let l = (b.lon - a.lon).to_radians();
    let u1 = ((1.0 - F) * a.lat.to_radians().tan()).atan();
    let u2 = ((1.0 - F) * b.lat.to_radians().tan()).atan();
    let (sin_u1, cos_u1) = u1.sin_cos();
    let (sin_u2, cos_u2) = u2.sin_cos();
    let mut lambda = l;
    for _ in 0..200 {
        let (sin_l, cos_l) = lambda.sin_cos();
        let sin_sigma =
            ((cos_u2 * sin_l).powi(2) + (cos_u1 * sin_u2 - sin_u1 * cos_u2 * cos_l).powi(2)).sqrt();
        if sin_sigma == 0.0 {
            return 0.0;
        }
        let cos_sigma = sin_u1 * sin_u2 + cos_u1 * cos_u2 * cos_l;
        let sigma = sin_sigma.atan2(cos_sigma);
        let sin_alpha = cos_u1 * cos_u2 * sin_l / sin_sigma;
        let cos2_alpha = 1.0 - sin_alpha * sin_alpha;
        let cos_2sm = if cos2_alpha == 0.0 {
            0.0
        } else {
            cos_sigma - 2.0 * sin_u1 * sin_u2 / cos2_alpha
        };
        let c = F / 16.0 * cos2_alpha * (4.0 + F * (4.0 - 3.0 * cos2_alpha));
        let previous = lambda;
        lambda = l
            + (1.0 - c)
                * F
                * sin_alpha
                * (sigma
                    + c * sin_sigma * (cos_2sm + c * cos_sigma * (-1.0 + 2.0 * cos_2sm * cos_2sm)));
        if (lambda - previous).abs() < 1e-12 {
            let u_sq = cos2_alpha * (A * A - B * B) / (B * B);
            let big_a =
                1.0 + u_sq / 16384.0 * (4096.0 + u_sq * (-768.0 + u_sq * (320.0 - 175.0 * u_sq)));
            let big_b = u_sq / 1024.0 * (256.0 + u_sq * (-128.0 + u_sq * (74.0 - 47.0 * u_sq)));
            let delta_sigma = big_b
                * sin_sigma
                * (cos_2sm
                    + big_b / 4.0
                        * (cos_sigma * (-1.0 + 2.0 * cos_2sm * cos_2sm)
                            - big_b / 6.0
                                * cos_2sm
                                * (-3.0 + 4.0 * sin_sigma * sin_sigma)
                                * (-3.0 + 4.0 * cos_2sm * cos_2sm)));
            return B * big_a * (sigma - delta_sigma);
        }
    }
    // Not converged (nearly antipodal points): the sphere is the best we have.
    haversine_m(a, b)
}

/// How a typed coordinate pair was read.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ParsedPoint {
    pub point: LonLat,
    /// The text gave latitude first ("29.7, 116.0"); shown so the user can
    /// confirm the order that was detected.
    pub swapped: bool,
}

/// Why a coordinate text could not be read.
#[derive(Clone, Debug, PartialEq)]
pub enum CoordError {
    /// Not two numbers (decimal degrees or degrees-minutes-seconds).
    NotTwoNumbers,
    /// Minutes or seconds of 60 or more, or a negative part.
    BadDms,
    /// Neither order gives a longitude in [-180, 180] and latitude in [-90, 90].
    OutOfRange,
    /// Both orders are possible and nothing tells them apart.
    Ambiguous,
    /// A map link with no point in it (a short link, a search).
    LinkWithoutPoint,
}

/// Reads "116.0, 29.7", "29.7 116.0", "116°00'00\"E 29°42'36\"N", "E116.5 N29.9"
/// and full-width variants. Hemisphere letters (E/W/N/S, 东/西/北/南) decide
/// the order when present; otherwise the order is inferred from the ranges
/// (in China longitudes exceed 73°, latitudes stay under 54°).
pub fn parse_lon_lat(text: &str) -> Result<ParsedPoint, CoordError> {
    let from_link = point_in_link(text).transpose()?;
    let text = from_link.as_deref().unwrap_or(text);
    let norm: String = text
        .chars()
        .map(|c| match c {
            '０'..='９' => char::from(b'0' + (c as u32 - '０' as u32) as u8),
            '，' | '、' | ';' | '；' => ',',
            '．' => '.',
            '－' => '-',
            '′' | '’' | '‘' => '\'',
            '″' | '”' | '“' => '"',
            '东' => 'E',
            '西' => 'W',
            '北' => 'N',
            '南' => 'S',
            '度' => '°',
            '分' => '\'',
            '秒' => '"',
            '经' | '纬' => ' ',
            _ => c,
        })
        .collect();
    // Split into two coordinate texts: at a comma, or at a hemisphere letter,
    // or at whitespace between two plain numbers.
    let parts: Vec<String> = if norm.contains(',') {
        norm.split(',')
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
            .collect()
    } else {
        split_on_hemisphere_or_space(&norm)
    };
    if parts.len() != 2 {
        return Err(CoordError::NotTwoNumbers);
    }
    let (a, ha) = parse_angle(&parts[0])?;
    let (b, hb) = parse_angle(&parts[1])?;
    let is_lon = |h: Option<char>| matches!(h, Some('E') | Some('W'));
    let is_lat = |h: Option<char>| matches!(h, Some('N') | Some('S'));
    let (lon, lat, swapped) = if is_lat(ha) || is_lon(hb) {
        (b, a, true)
    } else if is_lon(ha) || is_lat(hb) {
        (a, b, false)
    } else {
        let fits = |lon: f64, lat: f64| lon.abs() <= 180.0 && lat.abs() <= 90.0;
        match (fits(a, b), fits(b, a)) {
            (true, false) => (a, b, false),
            (false, true) => (b, a, true),
            (false, false) => return Err(CoordError::OutOfRange),
            // Both fit: in China a longitude is larger than any latitude.
            (true, true) if a.abs() > b.abs() && a.abs() > 60.0 => (a, b, false),
            (true, true) if b.abs() > a.abs() && b.abs() > 60.0 => (b, a, true),
            (true, true) => return Err(CoordError::Ambiguous),
        }
    };
    if lon.abs() > 180.0 || lat.abs() > 90.0 {
        return Err(CoordError::OutOfRange);
    }
    Ok(ParsedPoint {
        point: LonLat::new(lon, lat),
        swapped,
    })
}

fn split_on_hemisphere_or_space(s: &str) -> Vec<String> {
    let trimmed = s.trim();
    // "E116.5 N29.9" or "116.5E 29.9N": cut after a trailing letter or before a leading one.
    for (i, c) in trimmed.char_indices() {
        if matches!(c, 'E' | 'W' | 'N' | 'S' | 'e' | 'w' | 'n' | 's')
            && i > 0
            && i + 1 < trimmed.len()
        {
            let (left, right) = trimmed.split_at(i);
            let left_has_letter = left.chars().any(|c| c.is_ascii_alphabetic());
            if left_has_letter {
                return vec![left.trim().to_string(), right.trim().to_string()];
            }
            let cut = i + c.len_utf8();
            return vec![
                trimmed[..cut].trim().to_string(),
                trimmed[cut..].trim().to_string(),
            ];
        }
    }
    trimmed.split_whitespace().map(str::to_string).collect()
}

/// One angle: decimal degrees or D°M'S", with an optional hemisphere letter.
fn parse_angle(s: &str) -> Result<(f64, Option<char>), CoordError> {
    let mut hemi = None;
    let mut body = String::new();
    for c in s.chars() {
        match c.to_ascii_uppercase() {
            h @ ('E' | 'W' | 'N' | 'S') => hemi = Some(h),
            '°' | '\'' | '"' | 'D' | 'M' => body.push(' '),
            c if c.is_ascii_digit() || c == '.' || c == '-' || c == '+' => body.push(c),
            c if c.is_whitespace() => body.push(' '),
            _ => return Err(CoordError::NotTwoNumbers),
        }
    }
    let nums: Vec<f64> = body
        .split_whitespace()
        .map(|t| t.parse::<f64>().map_err(|_| CoordError::NotTwoNumbers))
        .collect::<Result<_, _>>()?;
    if nums.is_empty() || nums.len() > 3 || nums.iter().any(|x| !x.is_finite()) {
        return Err(CoordError::NotTwoNumbers);
    }
    let mut value = nums[0].abs();
    for (i, part) in nums.iter().enumerate().skip(1) {
        if *part < 0.0 || *part >= 60.0 {
            return Err(CoordError::BadDms);
        }
        value += part / if i == 1 { 60.0 } else { 3600.0 };
    }
    let negative = nums[0] < 0.0 || matches!(hemi, Some('W') | Some('S'));
    Ok((if negative { -value } else { value }, hemi))
}

/// The point a map link carries, as "a,b" in the link's own order (the
/// order is then inferred as for typed text): Amap's `position=` and
/// `lnglat=`, Baidu's `latlng=` and `location=`, Tencent's
/// `marker=coord:lat,lng`, Google's `q=`, `ll=` and `@lat,lng,zoom`,
/// `lng=…&lat=…`, and `geo:lat,lng`. `None` when the text is no link;
/// an error when it is one without a point (a short link cannot be opened
/// here: nothing leaves the page). A user test pasted an Amap link.
fn point_in_link(text: &str) -> Option<Result<String, CoordError>> {
    let t = text.trim();
    // Typed coordinates hold no '/', ':' or '?' (a D°M′S″ point neither):
    // no link, and no word searched for.
    if !t.contains(['/', ':', '?']) {
        return None;
    }
    // ("+" is a space in a query; an escaped one stays "+".)
    let decoded = crate::text::percent_decode(&t.replace('+', " ")).to_ascii_lowercase();
    // "geo:lat,lng", with its parameters after ";" or "?" ("geo:29.7,116;u=35"),
    // or Android's "geo:0,0?q=lat,lng(label)", which marks the q point.
    if let Some(rest) = decoded.strip_prefix("geo:") {
        let (point, query) = rest.split_once('?').unwrap_or((rest, ""));
        let point = point.split(';').next().unwrap_or(point);
        let marked = (query.split('&'))
            .find_map(|kv| kv.strip_prefix("q="))
            .and_then(|q| two_numbers(q.split('(').next().unwrap_or(q)));
        let found = match two_numbers(point) {
            Some(p) if p != "0,0" => Some(p),
            _ => marked,
        };
        return Some(found.ok_or(CoordError::LinkWithoutPoint));
    }
    let is_link = decoded.contains("://")
        || decoded.starts_with("www.")
        || ["amap.com", "map.baidu", "map.qq.com", "google."]
            .iter()
            .any(|h| decoded.contains(h));
    if !is_link {
        return None;
    }
    // Google's pin in a place link ("!3d29.7089!4d116.0012"), before the
    // view's centre ("@29.71,115.99,15z"), which can lie a kilometre off it.
    let after = |tag: &str| {
        let at = decoded.find(tag)? + tag.len();
        let end = decoded[at..].find(|c: char| !(c.is_ascii_digit() || c == '.' || c == '-'));
        decoded[at..at + end.unwrap_or(decoded.len() - at)]
            .parse::<f64>()
            .ok()
    };
    if let (Some(lat), Some(lng)) = (after("!3d"), after("!4d")) {
        return Some(Ok(format!("{lat},{lng}")));
    }
    let params: Vec<(&str, &str)> = decoded
        .split(['?', '&', '#', ';'])
        .filter_map(|kv| kv.split_once('='))
        .collect();
    // The marked point first; a view's centre ("ll", "@") only when no
    // point is marked, and a map's "center" never.
    const MARKED: &[&str] = &[
        "q", "query", "marker", "position", "location", "lnglat", "latlng", "coord", "point",
    ];
    for key in MARKED {
        if let Some(p) = (params.iter())
            .filter(|(k, _)| k == key)
            .find_map(|(_, v)| two_numbers(v.strip_prefix("coord:").unwrap_or(v)))
        {
            return Some(Ok(p));
        }
    }
    let single = |names: &[&str]| {
        (params.iter())
            .find(|(k, _)| names.contains(k))
            .and_then(|(_, v)| v.trim().parse::<f64>().ok())
            .filter(|v| v.is_finite())
    };
    if let (Some(lng), Some(lat)) = (
        single(&["lng", "lon", "longitude"]),
        single(&["lat", "latitude"]),
    ) {
        return Some(Ok(format!("{lng},{lat}")));
    }
    let view = (params.iter())
        .filter(|(k, _)| *k == "ll")
        .find_map(|(_, v)| two_numbers(v))
        .or_else(|| {
            decoded
                .split('/')
                .find_map(|seg| two_numbers(seg.strip_prefix('@')?))
        });
    Some(view.ok_or(CoordError::LinkWithoutPoint))
}

/// The first two numbers of a link's value ("29.7,116.0,15z",
/// "116.0,29.7|name"), as "a,b".
fn two_numbers(v: &str) -> Option<String> {
    let mut nums = v
        .split([',', '|', ' '])
        .map(|x| x.trim().trim_end_matches('z'))
        .filter(|x| !x.is_empty());
    let a: f64 = nums.next()?.parse().ok()?;
    let b: f64 = nums.next()?.parse().ok()?;
    (a.is_finite() && b.is_finite()).then(|| format!("{a},{b}"))
}
