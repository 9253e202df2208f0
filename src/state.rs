//! Application state as a reducer (the yew `function_todomvc` pattern). The
//! state holds only what the user typed; the project, the field errors and the
//! report are derived from it by the engine on every render.

use crate::i18n::Lang;
use jiujiang_engine::geo::boundary::Boundary;
use jiujiang_engine::model::FIELDS;
use jiujiang_engine::{Date, Engine, FieldError, Project, Report};
use std::collections::BTreeMap;
use std::rc::Rc;
use yew::Reducible;

/// Which page is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum View {
    #[default]
    Screen,
    Rules,
}

#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    pub lang: Lang,
    pub view: View,
    /// Raw text per field key, exactly as typed: never lost to a parse error.
    pub fields: BTreeMap<&'static str, String>,
    pub as_of: String,
    /// The boundary layer the user imported, already validated (kept in
    /// local storage by `storage`, not in the fields).
    pub boundary: Option<SharedBoundary>,
}

/// A parsed layer shared between renders; equal when it is the same import.
#[derive(Clone, Debug)]
pub struct SharedBoundary(pub Rc<Boundary>);

impl PartialEq for SharedBoundary {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

pub enum Action {
    SetField(&'static str, String),
    /// Several fields at once (a click on the map sets point, system and precision).
    SetFields(Vec<(&'static str, String)>),
    SetBoundary(Option<SharedBoundary>),
    SetLang(Lang),
    SetView(View),
    SetAsOf(String),
    /// Replace every field (an example, or later an imported file).
    Load(Vec<(&'static str, String)>),
    Clear,
}

impl AppState {
    pub fn new(today: Date) -> AppState {
        AppState {
            lang: Lang::default(),
            view: View::default(),
            fields: FIELDS.iter().map(|f| (f.key, String::new())).collect(),
            as_of: today.to_string(),
            boundary: None,
        }
    }

    pub fn field(&self, key: &str) -> &str {
        self.fields.get(key).map(String::as_str).unwrap_or("")
    }

    pub fn as_of_date(&self) -> Option<Date> {
        Date::parse(&self.as_of)
    }

    /// The project, the per-field errors and the report for the current input.
    pub fn evaluate(
        &self,
        engine: &'static Engine,
        today: Date,
    ) -> (Project, Vec<FieldError>, Report<'static>) {
        let (project, errors) =
            engine.parse_fields(self.fields.iter().map(|(k, v)| (*k, v.as_str())));
        let report = engine.screen_in(
            &project,
            self.as_of_date().unwrap_or(today),
            self.boundary.as_ref().map(|b| &*b.0),
        );
        (project, errors, report)
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::SetField(key, value) => {
                next.fields.insert(key, value);
            }
            Action::SetFields(fields) => {
                for (k, v) in fields {
                    next.fields.insert(k, v);
                }
            }
            Action::SetBoundary(b) => next.boundary = b,
            Action::SetLang(lang) => next.lang = lang,
            Action::SetView(view) => next.view = view,
            Action::SetAsOf(s) => next.as_of = s,
            Action::Load(fields) => {
                next.fields.values_mut().for_each(String::clear);
                for (k, v) in fields {
                    next.fields.insert(k, v);
                }
            }
            Action::Clear => next.fields.values_mut().for_each(String::clear),
        }
        Rc::new(next)
    }
}

/// A project to start from: a chemical plant close to the Yangtze.
pub fn example() -> Vec<(&'static str, String)> {
    [
        ("name", "有机化工新建项目（示例）"),
        ("industry_code", "C2614"),
        ("action", "new"),
        ("site.dist_yangtze_mainstream_m", "850"),
    ]
    .into_iter()
    .map(|(k, v)| (k, v.to_string()))
    .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiujiang_engine::Outcome;

    const TODAY: Date = Date::new(2026, 11, 23);

    fn apply(s: AppState, actions: Vec<Action>) -> Rc<AppState> {
        actions.into_iter().fold(Rc::new(s), |st, a| st.reduce(a))
    }

    #[test]
    fn a_bad_value_is_kept_and_reported_at_its_field() {
        let engine = Engine::embedded().unwrap();
        let s = apply(
            AppState::new(TODAY),
            vec![
                Action::SetField("industry_code", "C2614".into()),
                Action::SetField("action", "new".into()),
                Action::SetField("site.dist_yangtze_mainstream_m", "-20".into()),
            ],
        );
        assert_eq!(s.field("site.dist_yangtze_mainstream_m"), "-20");
        let (_, errors, report) = s.evaluate(engine, TODAY);
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].field, "site.dist_yangtze_mainstream_m");
        // The bad distance is treated as not given, so the rule asks for it.
        assert_eq!(report.overall, Outcome::NeedsInput);
    }

    #[test]
    fn the_example_is_prohibited_and_clear_empties_every_field() {
        let engine = Engine::embedded().unwrap();
        let s = apply(AppState::new(TODAY), vec![Action::Load(example())]);
        assert_eq!(s.evaluate(engine, TODAY).2.overall, Outcome::Prohibited);
        let s = s.reduce(Action::Clear);
        assert!(s.fields.values().all(String::is_empty));
        assert_eq!(s.fields.len(), FIELDS.len());
    }

    #[test]
    fn switching_language_keeps_input() {
        let s = apply(
            AppState::new(TODAY),
            vec![
                Action::SetField("name", "x".into()),
                Action::SetLang(Lang::En),
            ],
        );
        assert_eq!((s.lang, s.field("name")), (Lang::En, "x"));
    }

    #[test]
    fn an_invalid_as_of_date_falls_back_to_today_and_is_flagged() {
        let engine = Engine::embedded().unwrap();
        let s = Rc::new(AppState::new(TODAY)).reduce(Action::SetAsOf("2021-02-30".into()));
        // Flagged: the text is kept but is no date.
        assert_eq!((s.as_of.as_str(), s.as_of_date()), ("2021-02-30", None));
        // Falls back: the report is for today, not for some other day.
        assert_eq!(s.evaluate(engine, TODAY).2.as_of, TODAY);
        let s = s.reduce(Action::SetAsOf("2021-02-28".into()));
        assert_eq!(s.evaluate(engine, TODAY).2.as_of, Date::new(2021, 2, 28));
    }

    #[test]
    fn an_imported_layer_is_used_for_its_distance_and_removing_it_restores_the_map() {
        use jiujiang_engine::geo::boundary::{parse, BoundaryKind, BoundaryMeta};
        use jiujiang_engine::geo::coords::Datum;
        let engine = Engine::embedded().unwrap();
        let line = r#"{"type":"LineString","coordinates":[[115.95,29.73],[116.05,29.73]]}"#;
        let meta = BoundaryMeta {
            name: "line".into(),
            kind: BoundaryKind::Yangtze,
            datum: Datum::Wgs84,
            accuracy_m: 20.0,
            reference: "management_line".into(),
        };
        let layer = SharedBoundary(Rc::new(parse(line, meta).unwrap()));
        let yrb01 = |s: &AppState| {
            let (_, _, r) = s.evaluate(engine, TODAY);
            r.findings
                .iter()
                .find(|f| f.rule_id == "YRB-01")
                .unwrap()
                .outcome
        };
        let fields = [
            ("industry_code", "C2614"),
            ("action", "new"),
            ("site.location", "116.0, 29.725"),
            ("site.location_datum", "wgs84"),
            ("site.dist_poyang_lake_m", "5000"),
            ("site.dist_important_tributary_m", "9000"),
            ("site.dist_other_tributary_m", "5000"),
        ];
        let s = apply(
            AppState::new(TODAY),
            vec![Action::SetFields(
                fields.iter().map(|(k, v)| (*k, v.to_string())).collect(),
            )],
        );
        // The map alone: 630 m ± 1,030 m, undecidable.
        assert_eq!(yrb01(&s), Outcome::NeedsInput);
        let s = s.reduce(Action::SetBoundary(Some(layer.clone())));
        assert_eq!(yrb01(&s), Outcome::Prohibited);
        assert_eq!(s.boundary, Some(layer));
        let s = s.reduce(Action::SetBoundary(None));
        assert_eq!(yrb01(&s), Outcome::NeedsInput);
    }
}
