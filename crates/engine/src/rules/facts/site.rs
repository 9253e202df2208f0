//! Site facts: the point and parcel in WGS-84, distances estimated from the
//! maps or an imported boundary layer with their margins, and the reach of the
//! Yangtze from the county the point lies in.

use super::*;
use crate::geo::water::WaterDistances;

impl FactCtx<'_> {
    /// A distance estimated when no measured one is given (issue 5): from
    /// the parcel outline if there is one, else the site point, to the
    /// imported boundary layer of this kind, else (Yangtze and Poyang only)
    /// to the bundled map; with the layer's and the input's uncertainty as
    /// its margin. `None`: nothing to estimate from, the field is just missing.
    pub(super) fn estimate(&self, key: &'static str) -> Option<Fact> {
        let boundary = self.siting.boundary.filter(|b| b.meta.kind.field() == key);
        let layer = match key {
            "site.dist_yangtze_mainstream_m" => Some(Layer::River),
            "site.dist_poyang_lake_m" => Some(Layer::Lake),
            _ => None,
        };
        let map = self.siting.water.filter(|_| layer.is_some());
        if boundary.is_none() && map.is_none() {
            return None;
        }
        let geometry = match site_geometry(self.project) {
            SiteGeometry::None => return Some(Fact::unknown(&[key])),
            SiteGeometry::NoDatum => return Some(Fact::unknown(&[key, "site.location_datum"])),
            g => g,
        };
        // The nearest water of each layer, and of the water each names.
        let measure = |water: &WaterMap| -> WaterDistances {
            match (&geometry, self.siting.near) {
                (SiteGeometry::Parcel(ring), _) => water.distances_from_parcel(ring),
                // Measured already, from the bundled map (not a boundary layer).
                (SiteGeometry::Point(p), Some((at, d)))
                    if *at == *p && map.is_some_and(|m| std::ptr::eq(water, m)) =>
                {
                    *d
                }
                (SiteGeometry::Point(p), _) => water.distances(*p),
                _ => WaterDistances::default(),
            }
        };
        let parcel = matches!(geometry, SiteGeometry::Parcel(_));
        let mut fact = Fact::known(FactValue::Unknown);
        fact.inputs.push(if parcel {
            "site.parcel"
        } else {
            "site.location"
        });
        fact.inputs.push("site.location_datum");
        fact.decide_with.push(key);
        let (input_margin, input_status, input_param) = self.input_margin();
        fact.params.extend(input_param);
        if self.project.get("site.location_precision_m").is_some() {
            fact.inputs.push("site.location_precision_m");
        }
        let nothing_near = |n: Option<Nearest>| match n {
            Some(n) => (n.metres, n.inside),
            // Nothing within the search radius: that much is certain enough.
            None => (crate::geo::water::SEARCH_RADIUS_M, false),
        };
        if let Some(b) = boundary {
            let (metres, inside) = nothing_near(measure(&b.map).river);
            let margin = b.meta.accuracy_m + input_margin;
            // The layer is the user's statement, like a measured distance.
            fact.status = input_status;
            fact.value = FactValue::Num(metres);
            fact.margin = margin;
            fact.note = Some(Note::BoundaryEstimate {
                metres,
                margin,
                inside,
                parcel,
            });
            return Some(fact);
        }
        let (water, layer) = (map?, layer?);
        let found = measure(water);
        // Beyond the map's edge, or nearer its edge than to the water it
        // found, the map cannot say what is nearest: the distance is asked.
        let points: &[LonLat] = match &geometry {
            SiteGeometry::Parcel(ring) => ring,
            SiteGeometry::Point(p) => std::slice::from_ref(p),
            _ => &[],
        };
        let nearest = found
            .of(layer)
            .0
            .map_or(crate::geo::water::SEARCH_RADIUS_M, |n| n.metres);
        if !water.knows_nearest(points, nearest) {
            return Some(
                Fact::unknown(&[key]).with_note(Note::Fixed(crate::text::labels::BEYOND_MAP)),
            );
        }
        let (_, inside) = nothing_near(found.of(layer).0);
        // The nearest water of the layer may be a tributary or another lake:
        // the water named lies somewhere from there to the nearest polygon
        // known to be it.
        let (metres, named_m) = water.named_range(&found, layer);
        let (layer_margin, layer_status, layer_param) = self.layer_margin();
        let margin = layer_margin + input_margin;
        fact.params.extend(layer_param);
        fact.status = Status::C.min(layer_status).min(input_status);
        fact.value = if named_m > metres {
            FactValue::Between(metres, named_m)
        } else {
            FactValue::Num(metres)
        };
        fact.margin = margin;
        fact.note = Some(Note::MapEstimate {
            lake: layer == Layer::Lake,
            metres,
            named_m,
            margin,
            inside,
            parcel,
        });
        Some(fact)
    }

    /// A typed distance to the Yangtze or Poyang Lake that the estimate for
    /// the site (the bundled map, or an imported boundary layer) puts
    /// nearer beyond its margin ([`typed_disagrees`]): one of the two is
    /// wrong, so a clearance rests on neither. The fact spans both, with the
    /// estimate's margin, and the field stays the one to settle it. (A user
    /// test's tap on "none within 5 km" for a site the map put 483 m from
    /// the river had cleared the 1 km ban.) A typed figure nearer than the
    /// estimate is the user's own statement against a clearance, and is read
    /// as typed; the site hint says the two disagree.
    /// A distance whose survey is on record (who measured it, and when)
    /// prevails over the bundled map, whose ±1 km is the likelier error:
    /// the finding lists the survey among its inputs and the site hint
    /// says the two disagree (an audit's interview re-asked a surveyed
    /// distance without end). An imported official layer still prevails.
    pub(super) fn typed_against_map(&self, i: usize) -> Option<Fact> {
        let key = project::FIELDS[i].key;
        let lake = match key {
            "site.dist_yangtze_mainstream_m" => false,
            "site.dist_poyang_lake_m" => true,
            _ => return None,
        };
        let (least, most) = typed_range(self.project.get_at(i)?)?;
        let mut fact = self.estimate(key)?;
        let (metres, named_m, margin, inland) = match fact.note {
            Some(Note::MapEstimate {
                metres,
                named_m,
                margin,
                ..
            }) if !self.project.survey_on_record(self.as_of) => {
                // Who surveyed it, and when, settles it as measured: asked
                // after the figure (a question audit was told to give them
                // and never asked).
                for survey in ["site.distance_measured_by", "site.distance_measured_on"] {
                    if self.project.get(survey).is_none() {
                        fact.decide_with.push(survey);
                    }
                }
                (
                    metres,
                    named_m,
                    margin,
                    self.param("GEO-04.inland_line_m")?.1,
                )
            }
            // A layer drawn at the management line leaves no room inland.
            Some(Note::BoundaryEstimate { metres, margin, .. }) => {
                let inland = match self.siting.boundary.map(|b| b.meta.reference.as_str()) {
                    Some("management_line") => 0.0,
                    _ => self.param("GEO-04.inland_line_m")?.1,
                };
                (metres, metres, margin, inland)
            }
            _ => return None,
        };
        if typed_disagrees((least, most), (metres, named_m), margin, inland) != Some(true) {
            return None;
        }
        fact.value = FactValue::Between(least.min(metres), most.max(named_m));
        fact.inputs.push_field(i);
        fact.status = Status::C.min(fact.status);
        fact.note = Some(Note::TypedAgainstMap {
            lake,
            typed: (least, most),
            metres,
            named_m,
            margin,
        });
        Some(fact)
    }

    /// A distance to the Yangtze typed beyond the waters question's 5 km
    /// for a site in a chemical park whose records place part of it near
    /// the river (`yangtze_within_m`): possible only in a block far from
    /// it, so the clearance it gives rests on the answer alone and is
    /// graded unverified, with a note. (A user test's "none within 5 km" for
    /// the Jishan park, against the answer the page proposed, cleared the
    /// 1 km ban as certain.)
    /// Only the quick answer ("none within 5 km", a bound): a measured
    /// figure, a survey on record or a site point the map can measure is
    /// more than the answer alone, and the note's own advice would not
    /// clear it (a code review).
    pub(super) fn far_in_a_park_near_the_river(&self, i: usize) -> bool {
        if i != YANGTZE_AT {
            return false;
        }
        let far = matches!(self.project.get_at(i), Some(Value::Beyond(v)) if *v >= FAR_FROM_PARK_M);
        if !far
            || self.project.survey_on_record(self.as_of)
            || !matches!(site_geometry(self.project), SiteGeometry::None)
        {
            return false;
        }
        let Some(Value::Text(id)) = self.project.get_at(PARK_AT) else {
            return false;
        };
        (self.data.parks.iter())
            .find(|p| p.id == **id)
            .and_then(|p| p.yangtze_within_m)
            .is_some_and(|m| m < FAR_FROM_PARK_M)
    }

    /// The caveat of [`Self::far_in_a_park_near_the_river`] on the typed
    /// distance's fact: unverified, the park among its inputs.
    pub(super) fn far_from_the_park_s_river(mut fact: Fact) -> Fact {
        fact.inputs.push_field(PARK_AT);
        fact.status = Status::U;
        fact.with_note(Note::Fixed(FAR_FROM_A_PARK_NEAR_THE_RIVER))
    }

    /// The bundled layer's uncertainty on the as-of date (GEO-04).
    fn layer_margin(&self) -> (f64, Status, Option<u16>) {
        match self.param("GEO-04.map_margin_m") {
            Some((at, v, s)) => (v, s, Some(at)),
            None => (0.0, Status::V1, None),
        }
    }

    /// The coordinates' uncertainty: as stated (a click on this page's map
    /// states it), else that of a point taken from a web map (GEO-04).
    fn input_margin(&self) -> (f64, Status, Option<u16>) {
        if let Some(v) = self.project.num("site.location_precision_m") {
            return (v, Status::V1, None);
        }
        match self.param("GEO-04.input_margin_m") {
            Some((at, v, s)) => (v, s, Some(at)),
            None => (0.0, Status::V1, None),
        }
    }

    /// The bundled layer's part of [`FactCtx::map_margin`].
    pub fn map_margin_layer(&self) -> f64 {
        self.layer_margin().0
    }

    /// The ± of a map-estimated distance on the as-of date: the layer's
    /// uncertainty plus a web-map point's (dated, cited parameters), with
    /// the weakest of their grades.
    pub fn map_margin(&self) -> (f64, Status) {
        let (layer, layer_status, _) = self.layer_margin();
        let (input, input_status, _) = self.input_margin();
        (layer + input, layer_status.min(input_status))
    }
}

/// The site point of a project, as given and in WGS-84.
pub enum SitePoint {
    None,
    /// Coordinates without their system: unusable (catalogue GEO-04).
    NoDatum,
    At {
        given: LonLat,
        wgs84: LonLat,
    },
}

const YANGTZE_AT: usize = project::index_of("site.dist_yangtze_mainstream_m");
const PARK_AT: usize = project::index_of("site.chemical_park");

/// The waters question's "none within 5 km" (`questions::COMPOSITES`, which
/// facts may not use; a test holds the two equal).
pub const FAR_FROM_PARK_M: f64 = 5000.0;

const FAR_FROM_A_PARK_NEAR_THE_RIVER: L10n = L10n::new(
    "所选化工园区的认定资料显示园区有部分位于长江干流附近，而所填选址到长江的距离在5公里以上：这只在选址位于园区远离长江的区块时成立，本条据此得出的结论未经核实。请填写选址实测到长江的距离，或选址坐标。",
    "The chosen chemical park's records place part of it near the Yangtze main stream, yet the site is entered as more than 5 km from it: true only for a site in a block far from the river, so what this rule concludes from it is unverified. Give the site's measured distance to the river, or its location.",
);

const REACH_BY_COUNTY: L10n = L10n::new(
    "河段按选址坐标所在区县推定：湖口（鄱阳湖入江口）以下为下游，以上为中游（本工具的理解）。",
    "The reach is taken from the county the site point lies in: below the Hukou outlet is the lower reach, above it the middle reach (our reading).",
);

const REACH_BY_PARK: L10n = L10n::new(
    "河段按所在化工园区的区县推定：湖口（鄱阳湖入江口）以下为下游，以上为中游（本工具的理解）。",
    "The reach is taken from the county of the chemical park given: below the Hukou outlet is the lower reach, above it the middle reach (our reading).",
);

impl FactCtx<'_> {
    /// The reach of the Yangtze from the county of the recognised chemical
    /// park the site is in (data/parks.toml, data/counties.toml); `None`
    /// when no park is given or its county is not one listed, and when the
    /// site point lies outside the listed counties: a point says more about
    /// the site than the park does, so one in Hubei or Anhui (or a cell of
    /// the "where can it go?" map there) leaves the reach open. Without the
    /// county boundaries (a browser that has not loaded them) the point
    /// cannot be placed, and the park answers.
    pub(super) fn reach_from_park(&self) -> Option<Fact> {
        if let SitePoint::At { wgs84, .. } = site_point(self.project) {
            let counties = crate::geo::county::Counties::embedded();
            if !counties.counties.is_empty() && counties.locate(wgs84).is_none() {
                return None;
            }
        }
        let id = self.project.text("site.chemical_park")?;
        let park = self.data.parks.iter().find(|p| p.id == id)?;
        let county = self.data.counties.iter().find(|c| c.name == park.county)?;
        let reach = project::field("site.yangtze_reach").and_then(|f| match f.kind {
            FieldKind::Choice(choices) => choices.iter().find(|c| c.key == county.reach),
            _ => None,
        })?;
        let mut f = Fact::read("site.chemical_park", FactValue::Sym(reach.key));
        f.status = county.status;
        Some(f.with_note(Note::Fixed(REACH_BY_PARK)))
    }

    /// The reach of the Yangtze from the county of the site point
    /// (data/counties.toml); `None` when there is no point, or it lies
    /// outside the counties listed (then the field is asked).
    pub(super) fn reach_from_county(&self) -> Option<Fact> {
        let (county, reach) = county_reach(self.data, self.project)?;
        let mut f = Fact::read("site.location", FactValue::Sym(reach.key));
        if self.project.get("site.location_datum").is_some() {
            f.inputs.push("site.location_datum");
        }
        f.status = county.status;
        Some(f.with_note(Note::Fixed(REACH_BY_COUNTY)))
    }
}

/// The reach typed for the site, and the one its point's county lies on,
/// where the two differ. The rules read the typed one; a user test typed
/// "middle" for a point in Pengze, on the lower reach, and nothing said so.
pub fn reach_disagreement(data: &RuleData, p: &Project) -> Option<(L10n, L10n)> {
    let typed = p.choice("site.yangtze_reach")?;
    let (_, county) = county_reach(data, p)?;
    if typed == county.key {
        return None;
    }
    let typed = reach_choices().iter().find(|c| c.key == typed)?;
    Some((typed.label, county.label))
}

/// What the site point's county (or, with no point, the chosen chemical
/// park's) says against the reach of the Yangtze typed, if anything: the
/// app's verdict box, map and print, and the command line, say it alike.
pub fn reach_note(data: &RuleData, project: &Project) -> Option<crate::data_types::Text> {
    let (typed, county, park) = match reach_disagreement(data, project) {
        Some((typed, county)) => (typed, county, false),
        None => {
            let (typed, county) = park_reach_disagreement(data, project)?;
            (typed, county, true)
        }
    };
    // Each reach by the short part of its label ("Lower reach", not its gloss).
    let short = |full: &str| {
        full.split(['（', '('])
            .next()
            .unwrap_or(full)
            .trim()
            .to_string()
    };
    let (zh_of, en_of) = match park {
        false => ("选址坐标所在区县", "the site point's county"),
        true => ("所选化工园区所在区县", "the chosen chemical park's county"),
    };
    Some(crate::data_types::Text {
        zh: format!(
            "所填长江河段（{}）与{zh_of}的河段（{}）不符；规则按所填的河段判断，请核对。",
            short(typed.zh),
            short(county.zh)
        ),
        en: format!(
            "The reach entered ({}) is not the one {en_of} lies on ({}); the rules read the one entered: check it.",
            short(typed.en),
            short(county.en)
        ),
    })
}

/// The reach typed for the site, and the one the chosen chemical park's
/// county lies on, where the two differ and no site point says otherwise
/// (an audit typed "middle" for a Pengze park, on the lower reach, and
/// nothing said so).
pub fn park_reach_disagreement(data: &RuleData, p: &Project) -> Option<(L10n, L10n)> {
    if county_reach(data, p).is_some() {
        return None;
    }
    let typed = p.choice("site.yangtze_reach")?;
    let id = p.text("site.chemical_park")?;
    let park = data.parks.iter().find(|x| x.id == id)?;
    let county = data.counties.iter().find(|c| c.name == park.county)?;
    if typed == county.reach {
        return None;
    }
    let label = |key: &str| {
        reach_choices()
            .iter()
            .find(|c| c.key == key)
            .map(|c| c.label)
    };
    Some((label(typed)?, label(&county.reach)?))
}

/// The reaches the site field offers.
fn reach_choices() -> &'static [project::Choice] {
    match project::field("site.yangtze_reach").map(|f| f.kind) {
        Some(FieldKind::Choice(choices)) => choices,
        _ => &[],
    }
}

/// The county the site point lies in (as the rule data knows it), and the
/// reach of the Yangtze it lies on.
fn county_reach<'d>(
    data: &'d RuleData,
    p: &Project,
) -> Option<(&'d crate::data_types::CountyFacts, &'static project::Choice)> {
    let code = county_code(p)?;
    let county = data.counties.iter().find(|c| c.code == code)?;
    let reach = reach_choices().iter().find(|c| c.key == county.reach)?;
    Some((county, reach))
}

/// The code of the county the site point lies in. With no coordinate
/// system given, the county every system would put it in: a datum moves a
/// point by about 1.2 km at most (BD-09), so a point well inside a county is there
/// whatever the answer (a question audit was asked the reach, which the
/// point settled, because the datum was blank).
fn county_code(p: &Project) -> Option<u32> {
    let counties = crate::geo::county::Counties::embedded();
    match site_point(p) {
        SitePoint::At { wgs84, .. } => Some(counties.locate(wgs84)?.code),
        SitePoint::NoDatum => {
            let Some(Value::Point(lon, lat)) = p.get("site.location") else {
                return None;
            };
            let given = LonLat::new(*lon, *lat);
            let codes = [Datum::Wgs84, Datum::Gcj02, Datum::Bd09]
                .map(|d| counties.locate(to_wgs84(given, d)).map(|c| c.code));
            let first = codes[0]?;
            codes.iter().all(|c| *c == Some(first)).then_some(first)
        }
        SitePoint::None => None,
    }
}

pub fn site_point(p: &Project) -> SitePoint {
    let Some(Value::Point(lon, lat)) = p.get("site.location") else {
        return SitePoint::None;
    };
    let Some(datum) = p.choice("site.location_datum").and_then(Datum::from_key) else {
        return SitePoint::NoDatum;
    };
    let given = LonLat::new(*lon, *lat);
    SitePoint::At {
        given,
        wgs84: to_wgs84(given, datum),
    }
}

/// What the distances are measured from: the parcel outline when given,
/// else the site point; in WGS-84.
pub enum SiteGeometry {
    None,
    NoDatum,
    Point(LonLat),
    Parcel(Vec<LonLat>),
}

pub fn site_geometry(p: &Project) -> SiteGeometry {
    if let Some(Value::Parcel(pts)) = p.get("site.parcel") {
        let Some(datum) = p.choice("site.location_datum").and_then(Datum::from_key) else {
            return SiteGeometry::NoDatum;
        };
        return SiteGeometry::Parcel(
            pts.iter()
                .map(|&(lon, lat)| to_wgs84(LonLat::new(lon, lat), datum))
                .collect(),
        );
    }
    match site_point(p) {
        SitePoint::None => SiteGeometry::None,
        SitePoint::NoDatum => SiteGeometry::NoDatum,
        SitePoint::At { wgs84, .. } => SiteGeometry::Point(wgs84),
    }
}

/// The least and most a typed distance can be: a figure, "more than", "at
/// most".
pub fn typed_range(v: &Value) -> Option<(f64, f64)> {
    match v {
        Value::Num(x) => Some((*x, *x)),
        Value::Beyond(x) => Some((*x, f64::INFINITY)),
        Value::Within(x) => Some((0.0, *x)),
        _ => None,
    }
}

/// Whether a typed distance (`least`–`most`) and the map's estimate
/// (`lo`–`hi`, ± `margin`) cannot both be right: `Some(true)` when the
/// typed one is the farther, `Some(false)` the nearer. A figure up to
/// `inland` below the map's is no contradiction: it may be measured to the
/// management line, which lies inland of the water's edge.
pub fn typed_disagrees(
    typed: (f64, f64),
    map: (f64, f64),
    margin: f64,
    inland: f64,
) -> Option<bool> {
    let ((least, most), (lo, hi)) = (typed, map);
    if hi.is_finite() && least > hi + margin {
        Some(true)
    } else if most + inland < lo - margin {
        Some(false)
    } else {
        None
    }
}
