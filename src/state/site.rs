//! A site point moved on the map: the tributary distances typed for the
//! site before reach the new point only as the bounds the map paints with
//! (`Engine::carried_at`), so the verdict there says no more than the cell
//! did, and the page says what changed. (A review saw a click take
//! "> 9,000 m" typed for one site as true 20 km away.)

use super::AppState;
use jiujiang_engine::project::Value;
use jiujiang_engine::rules::facts::{site_geometry, site_point, SiteGeometry, SitePoint};
use jiujiang_engine::{Date, Engine, Text};

/// Typed distances the map estimates, and the survey record behind them.
const MAPPED_TYPED: [&str; 4] = [
    "site.dist_yangtze_mainstream_m",
    "site.dist_poyang_lake_m",
    "site.distance_measured_by",
    "site.distance_measured_on",
];

impl AppState {
    /// `fields` about to be set, with the typed tributary distances carried
    /// when they move a site point from one place to another, and what to
    /// say of it. A first point places the site the distances describe, and
    /// a parcel, not the point, is what they are measured from: neither
    /// changes them.
    pub fn with_site_moved(
        &self,
        mut fields: Vec<(&'static str, String)>,
        today: Date,
    ) -> (Vec<(&'static str, String)>, Option<Text>) {
        let Ok(engine) = Engine::embedded() else {
            return (fields, None);
        };
        if !fields.iter().any(|(k, _)| *k == "site.location") {
            return (fields, None);
        }
        let parse = |f: &std::collections::BTreeMap<&'static str, String>| {
            engine
                .parse_fields(f.iter().map(|(k, v)| (*k, v.as_str())))
                .0
        };
        let before = parse(self.fields());
        let SiteGeometry::Point(from) = site_geometry(&before) else {
            return (fields, None);
        };
        let mut after = self.fields().clone();
        after.extend(fields.iter().cloned());
        let SitePoint::At { wgs84: to, .. } = site_point(&parse(&after)) else {
            return (fields, None);
        };
        if from == to {
            return (fields, None);
        }
        let as_of = self.as_of_date().unwrap_or(today);
        let boundary = self.boundary.as_ref().map(|b| &*b.0);
        let mut changed: Vec<(&'static str, String)> = Vec::new();
        for (key, value) in engine.carried_at(&before, as_of, boundary, (to, 0.0)) {
            let text = match value {
                Some(Value::Beyond(x)) => format!(">{}", x.floor()),
                Some(Value::Within(x)) => format!("<={}", x.ceil()),
                _ => String::new(),
            };
            if self.fields().get(key) != Some(&text) {
                changed.push((key, text));
            }
        }
        // The distances the map estimates, typed for the old point (and the
        // survey behind them), would outrank the map at the new one: they
        // go, and the map's estimate there stands, as the cell painted it
        // (a review).
        for key in MAPPED_TYPED {
            if self.fields().get(key).is_some_and(|v| !v.trim().is_empty()) {
                changed.push((key, String::new()));
            }
        }
        if changed.is_empty() {
            return (fields, None);
        }
        let km = jiujiang_engine::geo::coords::haversine_m(from, to) / 1000.0;
        let km = jiujiang_engine::text::numbers::format_number((km * 10.0).round() / 10.0);
        let list = |zh: bool| -> String {
            let items: Vec<String> = (changed.iter())
                .map(|(key, text)| {
                    let label = jiujiang_engine::project::field(key).map(|f| f.label);
                    let label = label.map_or(*key, |l| if zh { l.zh } else { l.en });
                    // A mapped distance cleared gives way to the map's
                    // estimate; a tributary's is unknown (a user re-test
                    // read "the map's again" beside "unknown, cleared").
                    let mapped = MAPPED_TYPED[..2].contains(key);
                    let value = match (text.is_empty(), zh, mapped) {
                        (true, true, true) => "已清空，改用地图估算".to_string(),
                        (true, false, true) => "cleared, the map's estimate stands".to_string(),
                        (true, true, false) => "未知，已清空".to_string(),
                        (true, false, false) => "unknown, cleared".to_string(),
                        (false, ..) => text.replace(">", "> ").replace("<=", "≤ ") + " m",
                    };
                    format!("{label}: {value}")
                })
                .collect();
            items.join(if zh { "；" } else { "; " })
        };
        let said = Text {
            zh: format!(
                "选址已移动约 {km} 公里。原填的距离只对原选址成立：支流距离按移动距离改为可确定的范围，长江、鄱阳湖距离改由地图估算（{}），请按新选址实测后填写。",
                list(true)
            ),
            en: format!(
                "The site moved about {km} km. The distances typed held for the old site: the tributaries' now say only what the move allows, and the Yangtze's and Poyang Lake's are the map's again ({}); measure them for the new site.",
                list(false)
            ),
        };
        fields.extend(changed);
        (fields, Some(said))
    }
}

/// The survey record of the typed distances.
pub(super) const SURVEY_RECORD: [&str; 2] = [MAPPED_TYPED[2], MAPPED_TYPED[3]];

/// Whether `action` edits fields one by one (else it replaces them whole,
/// or leaves them), and whether it edits the survey record.
pub(super) fn survey_edit(action: &super::Action) -> (bool, bool) {
    use super::Action;
    match action {
        Action::SetField(k, _) => (true, SURVEY_RECORD.contains(k)),
        Action::SetFields(f) | Action::MoveSite(f, _) => {
            (true, f.iter().any(|(k, _)| SURVEY_RECORD.contains(k)))
        }
        _ => (false, false),
    }
}

/// The typed distances a survey record is of, as typed.
fn surveyed_figures(fields: &std::collections::BTreeMap<&'static str, String>) -> String {
    let get = |k: &str| fields.get(k).map_or("", |v| v.trim());
    format!("{}|{}", get(MAPPED_TYPED[0]), get(MAPPED_TYPED[1]))
}

impl AppState {
    /// After an action: a record edited now is of the distances as they
    /// stand; fields replaced whole (an example, a file, an undo) take
    /// their record as holding, as a loaded work does.
    pub(super) fn note_survey(&mut self, before: &AppState, (edits, record): (bool, bool)) {
        let figures = surveyed_figures(self.fields());
        let scenario = &mut self.scenarios[self.current];
        if record {
            scenario.survey_for = Some(figures);
        } else if !edits
            && self.current < before.scenarios.len()
            && before.scenarios[self.current].fields != scenario.fields
        {
            scenario.survey_for = None;
        }
    }

    /// The survey record is of distances since retyped: it is kept as typed
    /// but not used, and said so at it, until it is edited again or the
    /// distances are typed back (a user test printed "800 m, measured by"
    /// a bureau whose record was for 3,000 m).
    pub fn survey_stale(&self) -> bool {
        stale(&self.scenarios[self.current])
    }
}

/// See [`AppState::survey_stale`], for any scenario.
pub(super) fn stale(scenario: &super::Scenario) -> bool {
    let f = &scenario.fields;
    let given = (SURVEY_RECORD.iter()).any(|k| f.get(k).is_some_and(|v| !v.trim().is_empty()));
    given && (scenario.survey_for.as_ref()).is_some_and(|s| *s != surveyed_figures(f))
}
