//! Named places for finding one's way on the map (issue 15): the county seats
//! and towns of Jiujiang from GeoNames (CC BY 3.0, data/geo/jiujiang_places.tsv),
//! a label point for each county, and the names of the main waters.

use super::coords::LonLat;
use super::county::{Counties, County};
use std::sync::OnceLock;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlaceKind {
    /// A county-level seat (the county's own label point when it has one).
    Seat,
    Town,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Place {
    pub name_zh: String,
    pub name_en: String,
    pub at: LonLat,
    pub kind: PlaceKind,
    /// GB/T 2260 code of the county it lies in.
    pub county: u32,
    pub population: u64,
}

static TSV: &str = include_str!("../../../../data/geo/jiujiang_places.tsv");
static PLACES: OnceLock<Vec<Place>> = OnceLock::new();

/// The bundled places; rows that do not parse are left out (a broken file is
/// a build problem, caught by the test below, never a panic).
pub fn places() -> &'static [Place] {
    PLACES.get_or_init(|| parse(TSV))
}

pub fn parse(text: &str) -> Vec<Place> {
    let mut lines = text.lines();
    let Some(header) = lines.next() else {
        return Vec::new();
    };
    let cols: Vec<&str> = header.split('\t').collect();
    let col = |name: &str| cols.iter().position(|c| *c == name);
    let (Some(en), Some(zh), Some(lon), Some(lat), Some(kind), Some(code), Some(pop)) = (
        col("name_en"),
        col("name_zh"),
        col("lon"),
        col("lat"),
        col("kind"),
        col("county_code"),
        col("population"),
    ) else {
        return Vec::new();
    };
    lines
        .filter_map(|line| {
            let c: Vec<&str> = line.split('\t').collect();
            let kind = match *c.get(kind)? {
                "seat" => PlaceKind::Seat,
                "town" => PlaceKind::Town,
                _ => return None,
            };
            Some(Place {
                name_en: c.get(en)?.to_string(),
                name_zh: c.get(zh)?.to_string(),
                at: LonLat::new(c.get(lon)?.parse().ok()?, c.get(lat)?.parse().ok()?),
                kind,
                county: c.get(code)?.parse().ok()?,
                population: c.get(pop)?.parse().unwrap_or(0),
            })
        })
        .collect()
}

/// Where to write a county's name: its seat when GeoNames has it, else the
/// middle of its largest ring (vertex mean), moved to the nearest vertex
/// mean of a strip through it if that lies outside (a concave county).
pub fn label_point(county: &County) -> LonLat {
    if let Some(seat) = places()
        .iter()
        .find(|p| p.kind == PlaceKind::Seat && p.county == county.code)
    {
        return seat.at;
    }
    let ring = county
        .rings()
        .iter()
        .max_by_key(|r| r.len())
        .map(Vec::as_slice)
        .unwrap_or(&[]);
    if ring.is_empty() {
        return LonLat::new(0.0, 0.0);
    }
    let n = ring.len() as f64;
    let mean = LonLat::new(
        ring.iter().map(|p| p.lon).sum::<f64>() / n,
        ring.iter().map(|p| p.lat).sum::<f64>() / n,
    );
    if county.contains(mean) {
        return mean;
    }
    // Along the latitude of the mean, the middle of the widest inside run.
    let (lo, hi) = ring.iter().fold((f64::MAX, f64::MIN), |(lo, hi), p| {
        (lo.min(p.lon), hi.max(p.lon))
    });
    let steps = 200;
    let mut best = (0usize, 0usize);
    let mut run_start = None;
    for i in 0..=steps {
        let x = lo + (hi - lo) * i as f64 / steps as f64;
        let inside = i < steps && county.contains(LonLat::new(x, mean.lat));
        match (inside, run_start) {
            (true, None) => run_start = Some(i),
            (false, Some(s)) => {
                if i - s > best.1 - best.0 {
                    best = (s, i);
                }
                run_start = None;
            }
            _ => {}
        }
    }
    if best.1 > best.0 {
        let mid = (best.0 + best.1) as f64 / 2.0;
        return LonLat::new(lo + (hi - lo) * mid / steps as f64, mean.lat);
    }
    mean
}

/// The main waters, named where the bundled water layer has them (checked by
/// a test against the layer): the Yangtze, Poyang Lake and the Xiu River.
pub const WATERS: &[(&str, &str, f64, f64)] = &[
    ("长江", "Yangtze", 115.46, 29.85),
    ("长江", "Yangtze", 116.53, 29.91),
    ("鄱阳湖", "Poyang Lake", 116.25, 29.15),
    ("修河", "Xiu River", 115.75, 29.1),
];

/// Every county with its label point, for the map.
pub fn county_labels() -> Vec<(&'static County, LonLat)> {
    Counties::embedded()
        .counties
        .iter()
        .map(|c| (c, label_point(c)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundled_places_parse_whole() {
        let lines = TSV.lines().filter(|l| !l.trim().is_empty()).count() - 1;
        assert_eq!(places().len(), lines);
        assert!(
            places()
                .iter()
                .filter(|p| p.kind == PlaceKind::Seat)
                .count()
                >= 10
        );
        assert!(places()
            .iter()
            .all(|p| !p.name_zh.is_empty() && !p.name_en.is_empty()));
    }

    #[test]
    fn every_county_label_lies_in_its_county() {
        let labels = county_labels();
        assert_eq!(labels.len(), 13);
        for (county, at) in labels {
            assert!(county.contains(at), "{} at {at:?}", county.name_en);
        }
    }

    #[test]
    fn broken_rows_are_left_out() {
        let text = "name_en\tname_zh\tlon\tlat\tkind\tcounty_code\tpopulation\n\
                    A\t甲\t116.0\t29.7\tseat\t360402\t5\n\
                    B\t乙\tnot-a-number\t29.7\ttown\t360402\t0\n\
                    C\t丙\t116.0\n";
        let parsed = parse(text);
        assert_eq!(parsed.len(), 1);
        assert_eq!(parsed[0].name_zh, "甲");
        assert!(parse("").is_empty());
    }
}

#[cfg(test)]
mod waters {
    use super::*;
    use crate::geo::water::WaterMap;

    #[test]
    fn the_water_names_sit_on_their_water() {
        // Every river and lake, near the named water or not (the bundled
        // map counts a river far from the Yangtze as no candidate for it).
        use crate::geo::shapes::{embedded, MapLayer};
        use crate::geo::water::Layer;
        let map = WaterMap::from_shapes(embedded().iter().filter_map(|s| match s.layer {
            MapLayer::OsmRiver => Some((Layer::River, true, s.parts.clone())),
            MapLayer::OsmLake => Some((Layer::Lake, true, s.parts.clone())),
            _ => None,
        }));
        for (zh, _, lon, lat) in WATERS {
            let d = map.distances(LonLat::new(*lon, *lat));
            let near = |n: Option<crate::geo::water::Nearest>| n.map_or(f64::MAX, |n| n.metres);
            let (river, lake) = (near(d.river), near(d.lake));
            let on = if *zh == "鄱阳湖" { lake } else { river };
            assert!(on < 1.0, "{zh}: {river} {lake}");
        }
    }
}
