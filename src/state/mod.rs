//! Application state as a reducer (the yew `function_todomvc` pattern). The
//! state holds only what the user typed; the project, the field errors and the
//! report are derived from it by the engine on every render.

use crate::i18n::Lang;
use crate::work::{ScenarioDoc, WorkDoc, MAX_SCENARIOS};
use jiujiang_engine::data_types::Package;
use jiujiang_engine::geo::boundary::Boundary;
use jiujiang_engine::incentives::{IncentiveReport, Options};
use jiujiang_engine::project::FIELDS;
use jiujiang_engine::rules::interview::Interview;
use jiujiang_engine::{Date, Engine, FieldError, Project, Report, Text};
use std::collections::{BTreeMap, BTreeSet};

/// The names new scenarios are given, in turn (A to D).
pub const DEFAULT_NAMES: [&str; 4] = ["A", "B", "C", "D"];
use std::rc::Rc;
use yew::Reducible;

/// Which page is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum View {
    #[default]
    Screen,
    /// The scenarios side by side.
    Compare,
    Rules,
    Packages,
    Batch,
}

impl View {
    /// Its name in the browser's history (each page switch is an entry, so
    /// Back returns to the page before, not to the site before).
    pub fn key(self) -> &'static str {
        match self {
            View::Screen => "screen",
            View::Compare => "compare",
            View::Rules => "rules",
            View::Packages => "packages",
            View::Batch => "batch",
        }
    }

    pub fn from_key(key: &str) -> Option<View> {
        [
            View::Screen,
            View::Compare,
            View::Rules,
            View::Packages,
            View::Batch,
        ]
        .into_iter()
        .find(|v| v.key() == key)
    }
}

/// One variant of the project (a different site, scale, energy mix…).
#[derive(Clone, Debug, PartialEq)]
pub struct Scenario {
    pub name: String,
    /// Raw text per field key, exactly as typed: never lost to a parse error.
    pub fields: BTreeMap<&'static str, String>,
    /// What its guided screening was told besides the fields ("don't
    /// know", "some of these"): the scenario's own, kept when another is
    /// opened (a user test lost a "don't know" switching tabs).
    pub interview: Interview,
    /// Ids of the packages applied to its incentive estimate: each
    /// scenario its own, so two offers can be compared side by side (a
    /// user test saw one choice change every scenario's total).
    pub packages_on: BTreeSet<String>,
    /// The Yangtze and Poyang distances as typed when the survey record was
    /// last edited: the record holds for them only (see `site::survey_stale`).
    /// `None`: not edited since the work was loaded, taken as holding.
    pub survey_for: Option<String>,
}

impl Scenario {
    fn empty(name: String, packages_on: BTreeSet<String>) -> Scenario {
        Scenario {
            name,
            fields: FIELDS.iter().map(|f| (f.key, String::new())).collect(),
            interview: Interview::default(),
            packages_on,
            survey_for: None,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    pub lang: Lang,
    pub view: View,
    /// Two to four variants; at least one.
    pub scenarios: Vec<Scenario>,
    /// The one the form shows.
    pub current: usize,
    pub as_of: String,
    /// The boundary layer the user imported, already validated (kept in
    /// local storage by `storage`, not in the fields).
    pub boundary: Option<SharedBoundary>,
    /// Incentive packages staff entered or imported (kept in local storage).
    pub user_packages: Rc<Vec<Package>>,
    /// Horizon (years) and discount rate (per cent) as typed.
    pub horizon: String,
    pub discount_pct: String,
    /// The whole form rather than the first facts.
    pub full_form: bool,
    /// What the last "Clear" or "Load an example" replaced, until the next
    /// edit: one step back, so a tap in a negotiation loses nothing.
    pub undo: Option<Undo>,
    /// The scenario deleted last, where it stood, until the next edit: a
    /// delete takes one tap and asks nothing, so it can be taken back.
    pub deleted: Option<Deleted>,
    /// The package of the user's deleted last, and the scenarios that
    /// counted it: a delete changes their totals, so it says which and can
    /// be taken back (a user re-test saw another scenario's total drop).
    pub deleted_package: Option<(Package, Vec<usize>)>,
    /// The package of the user's an import replaced, what the open
    /// scenario applied before, and what the import saved: its undo lasts
    /// while the import stands as saved, across pages (a user test lost it
    /// by looking at the estimate).
    pub import_undo: Option<(Package, BTreeSet<String>, Package)>,
}

/// A deleted scenario, its place, and the open one and the answers before.
#[derive(Clone, Debug, PartialEq)]
pub struct Deleted {
    at: usize,
    scenario: Scenario,
    current: usize,
}

impl Deleted {
    pub fn name(&self) -> &str {
        &self.scenario.name
    }
}

/// The open scenario's text and answers as they were before a replacement.
#[derive(Clone, Debug, PartialEq)]
pub struct Undo {
    /// For a site moved on the map, what the move changed, said under it.
    pub moved: Option<Text>,
    scenario: usize,
    name: String,
    fields: BTreeMap<&'static str, String>,
    interview: Interview,
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
    /// "Don't know" to a guided question: it is not asked again.
    DontKnow(&'static str),
    /// A question answered "don't know", asked again.
    AskAgain(&'static str),
    /// "Some of these" to a composite question: its items are asked one by one.
    SomeOf(&'static str),
    /// Show every field, or only the first facts and those already given.
    ShowFullForm(bool),
    /// Duplicate the open scenario (up to four) and open the copy.
    DuplicateScenario,
    SelectScenario(usize),
    RenameScenario(usize, String),
    /// Remove a scenario (never the last one).
    DeleteScenario(usize),
    /// Replace the whole work (a share link, an imported file, an autosave).
    LoadWork(Box<WorkDoc>),
    /// Several fields at once (a click on the map sets point, system and precision).
    SetFields(Vec<(&'static str, String)>),
    /// A site point moved on the map, changing typed distances (`said`):
    /// undoable, as a tap must lose nothing typed (a user test).
    MoveSite(Vec<(&'static str, String)>, Text),
    SetBoundary(Option<SharedBoundary>),
    /// Add or replace (same id) a user package, applied at once.
    SavePackage(Box<Package>),
    /// A package read from a file: saved and applied like one from the
    /// editor, and what it replaced kept to be put back.
    ImportPackage(Box<Package>),
    /// The package the last import replaced, back as it was.
    UndoImportPackage,
    /// A user package saved under a new id: (its old id, the package).
    RenamePackage(String, Box<Package>),
    DeletePackage(String),
    TogglePackage(String),
    SetHorizon(String),
    SetDiscount(String),
    SetLang(Lang),
    SetView(View),
    SetAsOf(String),
    /// Replace every field (an example).
    Load(Vec<(&'static str, String)>),
    /// A project file: where [`AppState::import_target`] says.
    ImportProject(Vec<(&'static str, String)>),
    /// A lead of the batch page, opened in the screening as a scenario
    /// named after it: where `import_target` says, or the scenario already
    /// holding it as it was.
    OpenLead(String, Vec<(&'static str, String)>),
    Clear,
    /// Bring back what the last Clear or example replaced.
    Undo,
    /// Puts back the scenario deleted last.
    RestoreDeleted,
    /// Puts back the package deleted last, counted where it was.
    RestorePackage,
}

/// Where an imported project file goes: into the open scenario while it is
/// empty, else into a new one, so the work in hand is not overwritten; with
/// four scenarios already, into the open one, said by name.
#[derive(Clone, Debug, PartialEq)]
pub enum ImportTarget {
    Open,
    New(String),
    Replace(String),
}

impl AppState {
    pub fn import_target(&self) -> ImportTarget {
        let open = &self.scenarios[self.current];
        if open.fields.values().all(|v| v.trim().is_empty()) {
            return ImportTarget::Open;
        }
        if self.scenarios.len() >= MAX_SCENARIOS {
            return ImportTarget::Replace(open.name.clone());
        }
        ImportTarget::New(self.free_name())
    }

    /// A new scenario's name: the first free letter (A to D), else the open
    /// one's with a "+".
    fn free_name(&self) -> String {
        let taken = |n: &str| self.scenarios.iter().any(|s| s.name == n);
        let current = &self.scenarios[self.current].name;
        // A copy of a scenario the user named is named after it ("800米 2"):
        // a user test saw "800米" copied as "A".
        if !current.trim().is_empty() && !DEFAULT_NAMES.contains(&current.as_str()) {
            return (2..)
                .map(|n| format!("{current} {n}"))
                .find(|n| !taken(n))
                .unwrap_or_default();
        }
        DEFAULT_NAMES
            .iter()
            .find(|l| !taken(l))
            .map_or_else(|| format!("{current} +"), |l| l.to_string())
    }

    /// The scenario that already holds a lead's cells, nothing changed
    /// since: opening it again goes there, whatever the scenario is called
    /// ("Acme 2", or a line's label in the other language).
    pub fn holding(&self, cells: &[(&'static str, String)]) -> Option<usize> {
        self.scenarios.iter().position(|s| {
            s.fields.values().filter(|v| !v.trim().is_empty()).count() == cells.len()
                && cells.iter().all(|(k, v)| s.fields.get(k) == Some(v))
        })
    }

    /// What opening a lead will have done, said before it is done: gone
    /// back to its scenario, filled the open one, opened a new one or
    /// replaced the open one (named); with errors, where to mend them.
    pub fn lead_notice(
        &self,
        name: &str,
        cells: &[(&'static str, String)],
        errors: bool,
    ) -> jiujiang_engine::Text {
        use crate::i18n;
        let target = self.import_target();
        let said = match (self.holding(cells), &target) {
            (None, ImportTarget::New(_)) => i18n::LEAD_OPENED_NEW,
            (None, ImportTarget::Replace(_)) => i18n::LEAD_OPENED_REPLACED,
            _ => i18n::LEAD_OPENED,
        };
        let old = match &target {
            ImportTarget::Replace(old) => old.as_str(),
            _ => "",
        };
        // Chinese sentences run on; English ones take a space.
        let fill = |t: &str, gap: &str, more: &str| {
            let t = t.replace("{name}", name).replace("{old}", old);
            if errors {
                format!("{t}{gap}{more}")
            } else {
                t
            }
        };
        jiujiang_engine::Text {
            zh: fill(said.zh, "", i18n::LEAD_ERRORS.zh),
            en: fill(said.en, " ", i18n::LEAD_ERRORS.en),
        }
    }

    /// The open scenario's fields, all of them, replaced by `fields`, and
    /// what its guided screening was told forgotten.
    fn replace_fields(&mut self, fields: Vec<(&'static str, String)>) {
        *self.interview_mut() = Interview::default();
        self.fields_mut().values_mut().for_each(String::clear);
        self.fields_mut().extend(fields);
    }

    /// A project put where [`AppState::import_target`] says.
    fn import(&mut self, fields: Vec<(&'static str, String)>) {
        if let ImportTarget::New(name) = self.import_target() {
            // With the packages a fresh start applies, not those of the
            // scenario that happened to be open (a user test).
            let packages = self.packages_by_default();
            self.scenarios.push(Scenario::empty(name, packages));
            self.current = self.scenarios.len() - 1;
        }
        self.replace_fields(fields);
    }

    /// `name`, or with " 2", " 3"… when another scenario has it, so the
    /// tabs and the compare table tell two leads of one name apart.
    fn unused_name(&self, name: &str) -> String {
        let taken = |n: &str| {
            (self.scenarios.iter().enumerate()).any(|(i, s)| i != self.current && s.name == n)
        };
        (1..)
            .map(|k| match k {
                1 => name.to_string(),
                k => format!("{name} {k}"),
            })
            .find(|n| !taken(n))
            .unwrap_or_default()
    }

    pub fn new(today: Date) -> AppState {
        AppState {
            lang: Lang::default(),
            view: View::default(),
            scenarios: vec![Scenario::empty("A".into(), default_packages())],
            current: 0,
            as_of: today.to_string(),
            boundary: None,
            user_packages: Rc::new(Vec::new()),
            horizon: "10".into(),
            discount_pct: "8".into(),
            full_form: false,
            undo: None,
            deleted: None,
            deleted_package: None,
            import_undo: None,
        }
    }

    /// The packages scenario `i` applies that exist here (bundled, or the
    /// user's): an id left from a deleted package or another's link counts
    /// for nothing, and is not a difference.
    pub fn applied_packages(&self, i: usize) -> BTreeSet<&str> {
        let exists = |id: &str| {
            (Engine::embedded().ok()).is_some_and(|e| e.data.packages.iter().any(|p| p.id == id))
                || self.user_packages.iter().any(|p| p.id == id)
        };
        (self.scenarios.get(i).into_iter())
            .flat_map(|s| s.packages_on.iter().map(String::as_str))
            .filter(|id| exists(id))
            .collect()
    }

    /// The packages applied to the open scenario's incentive estimate.
    pub fn packages_on(&self) -> &BTreeSet<String> {
        &self.scenarios[self.current].packages_on
    }

    /// What a scenario whose document names no packages applies: those
    /// that apply everywhere, and every package of the user's own, as
    /// before scenarios kept their own.
    pub fn packages_by_default(&self) -> BTreeSet<String> {
        let mut on = default_packages();
        on.extend(self.user_packages.iter().map(|p| p.id.clone()));
        packages::one_version_each(&mut on, &self.user_packages);
        on
    }

    /// The open scenario's fields.
    pub fn fields(&self) -> &BTreeMap<&'static str, String> {
        &self.scenarios[self.current].fields
    }

    fn fields_mut(&mut self) -> &mut BTreeMap<&'static str, String> {
        &mut self.scenarios[self.current].fields
    }

    /// What the open scenario's guided screening has been told.
    pub fn interview(&self) -> &Interview {
        &self.scenarios[self.current].interview
    }

    fn interview_mut(&mut self) -> &mut Interview {
        &mut self.scenarios[self.current].interview
    }

    pub fn field(&self, key: &str) -> &str {
        self.fields().get(key).map(String::as_str).unwrap_or("")
    }

    /// Whether any scenario gives a site point or a parcel, or a boundary
    /// layer was imported: then the engine measures distances and finds the
    /// county, for which it needs the map layers.
    pub fn gives_a_site(&self) -> bool {
        self.boundary.is_some()
            || self.scenarios.iter().any(|s| {
                jiujiang_engine::geo::layers::NEEDED_FOR
                    .iter()
                    .any(|k| s.fields.get(k).is_some_and(|v| !v.trim().is_empty()))
            })
    }

    /// The work as a versioned document (autosave, share links, export).
    pub fn to_doc(&self) -> WorkDoc {
        let defaults = default_packages();
        WorkDoc {
            version: crate::work::VERSION,
            scenarios: self
                .scenarios
                .iter()
                .map(|s| ScenarioDoc {
                    name: s.name.clone(),
                    fields: s
                        .fields
                        .iter()
                        .filter(|(_, v)| !v.is_empty())
                        .map(|(k, v)| (k.to_string(), v.clone()))
                        .collect(),
                    unknown: owned(&s.interview.unknown),
                    declined: owned(&s.interview.declined),
                    packages: Some(crate::work::PackageChoice {
                        on: s.packages_on.difference(&defaults).cloned().collect(),
                        off: defaults.difference(&s.packages_on).cloned().collect(),
                    }),
                })
                .collect(),
            current: self.current,
            as_of: Some(self.as_of.clone()),
            horizon: Some(self.horizon.clone()),
            discount_pct: Some(self.discount_pct.clone()),
            // The open scenario's again at the top, as documents before
            // each scenario kept its own were read.
            unknown: owned(&self.interview().unknown),
            declined: owned(&self.interview().declined),
            own_packages: (self.user_packages.iter())
                .filter(|p| self.scenarios.iter().any(|s| s.packages_on.contains(&p.id)))
                .map(|p| p.name.clone())
                .collect(),
            packages: Vec::new(),
        }
    }

    /// The project, the per-field errors and the report for one scenario.
    pub fn evaluate_scenario(
        &self,
        index: usize,
        engine: &'static Engine,
        today: Date,
    ) -> (Project, Vec<FieldError>, Report<'static>) {
        let scenario = &self.scenarios[index.min(self.scenarios.len() - 1)];
        // A survey record of distances since retyped is not read.
        let stale = site::stale(scenario);
        let fields =
            (scenario.fields.iter()).filter(|(k, _)| !(stale && site::SURVEY_RECORD.contains(k)));
        let (project, errors) = engine.parse_fields(fields.map(|(k, v)| (*k, v.as_str())));
        // Each scenario's questions follow what its interview was told.
        let interview = &scenario.interview;
        let report = engine.screen_for(
            &project,
            self.as_of_date().unwrap_or(today),
            self.boundary.as_ref().map(|b| &*b.0),
            interview,
        );
        (project, errors, report)
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
        self.evaluate_scenario(self.current, engine, today)
    }
}

/// The incentive estimate for a project after its screening, with the
/// packages switched on and the horizon and discount as typed; also whether
/// either text is unusable (the estimate then uses the default and the field
/// says so).
pub fn estimate_incentives<'a>(
    engine: &'static Engine,
    project: &Project,
    report: &Report<'static>,
    user_packages: &'a [Package],
    packages_on: &BTreeSet<String>,
    horizon: &str,
    discount_pct: &str,
) -> (IncentiveReport<'a>, bool, bool) {
    let packages: Vec<&'a Package> = engine
        .data
        .packages
        .iter()
        .chain(user_packages.iter())
        .filter(|p| packages_on.contains(&p.id))
        .collect();
    let (options, horizon_ok, discount_ok) = Options::from_text(horizon, discount_pct);
    (
        jiujiang_engine::incentives::estimate_after(
            &engine.data,
            project,
            report,
            &packages,
            options,
        ),
        !horizon_ok,
        !discount_ok,
    )
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        // An edit of the work ends the chance to undo a replacement; a look
        // elsewhere (language, page, date, packages, a name) does not.
        let keeps_undo = matches!(
            action,
            Action::SetLang(_)
                | Action::SetView(_)
                | Action::SetAsOf(_)
                | Action::ShowFullForm(_)
                | Action::SetHorizon(_)
                | Action::SetDiscount(_)
                | Action::TogglePackage(_)
                | Action::SavePackage(_)
                | Action::ImportPackage(_)
                | Action::UndoImportPackage
                | Action::RenamePackage(..)
                | Action::DeletePackage(_)
                | Action::RestorePackage
                | Action::SetBoundary(_)
                | Action::RenameScenario(..)
        ) || matches!(&action, Action::OpenLead(_, cells) if self.holding(cells).is_some())
            // A later tap on the map keeps a move's undo, which goes back
            // to before the first (a code review: a second tap lost it).
            || matches!(&action, Action::SetFields(f) | Action::MoveSite(f, _)
                if self.undo.as_ref().is_some_and(|u| u.moved.is_some() && u.scenario == self.current)
                    && f.iter().any(|(k, _)| *k == "site.location"));
        if !keeps_undo {
            next.undo = None;
        }
        // A deleted scenario can be put back until the work is edited (or
        // another is deleted); looking elsewhere keeps the chance.
        if !keeps_undo {
            next.deleted = None;
        }
        // A package is put back into the scenarios by their places, which
        // these change.
        if matches!(
            action,
            Action::LoadWork(_) | Action::DeleteScenario(_) | Action::RestoreDeleted
        ) {
            next.deleted_package = None;
        }
        // A lead opened over the open scenario (four already) replaces it
        // as a file import does: it can be undone like an example.
        let replaces = match &action {
            Action::Clear | Action::Load(_) | Action::MoveSite(..) => true,
            Action::ImportProject(_) => matches!(self.import_target(), ImportTarget::Replace(_)),
            Action::OpenLead(_, cells) => {
                self.holding(cells).is_none()
                    && matches!(self.import_target(), ImportTarget::Replace(_))
            }
            _ => false,
        };
        if keeps_undo && matches!(&action, Action::MoveSite(..)) {
            // Still back to before the first move; said as the latest.
            if let (Some(u), Action::MoveSite(_, t)) = (next.undo.as_mut(), &action) {
                u.moved = Some(t.clone());
            }
        } else if replaces && self.fields().values().any(|v| !v.trim().is_empty()) {
            next.undo = Some(Undo {
                moved: if let Action::MoveSite(_, t) = &action {
                    Some(t.clone())
                } else {
                    None
                },
                scenario: self.current,
                name: self.scenarios[self.current].name.clone(),
                fields: self.fields().clone(),
                interview: self.interview().clone(),
            });
        }
        let survey = site::survey_edit(&action);
        match action {
            Action::SetField(key, value) => {
                next.fields_mut().insert(key, value);
            }
            Action::SetFields(fields) | Action::MoveSite(fields, _) => {
                for (k, v) in fields {
                    next.fields_mut().insert(k, v);
                }
            }
            Action::DuplicateScenario => {
                if next.scenarios.len() < MAX_SCENARIOS {
                    let mut copy = next.scenarios[next.current].clone();
                    copy.name = next.free_name();
                    next.scenarios.push(copy);
                    next.current = next.scenarios.len() - 1;
                }
            }
            Action::DontKnow(id) => {
                if !next.interview().unknown.contains(&id) {
                    next.interview_mut().unknown.push(id);
                }
            }
            Action::AskAgain(id) => next.interview_mut().unknown.retain(|k| *k != id),
            Action::SomeOf(id) => {
                if !next.interview().declined.contains(&id) {
                    next.interview_mut().declined.push(id);
                }
            }
            Action::ShowFullForm(on) => next.full_form = on,
            Action::SelectScenario(i) => {
                if i < next.scenarios.len() && i != next.current {
                    next.current = i;
                }
            }
            Action::RenameScenario(i, name) => {
                if let Some(s) = next.scenarios.get_mut(i) {
                    s.name = name;
                }
            }
            Action::DeleteScenario(i) => {
                if next.scenarios.len() > 1 && i < next.scenarios.len() {
                    next.deleted = Some(Deleted {
                        at: i,
                        scenario: next.scenarios[i].clone(),
                        current: self.current,
                    });
                    next.scenarios.remove(i);
                    if next.current >= i && next.current > 0 {
                        next.current -= 1;
                    }
                }
            }
            Action::LoadWork(doc) => {
                let doc = *doc;
                let answers: Vec<(Vec<String>, Vec<String>)> = (doc.scenarios.iter())
                    .map(|sd| (sd.unknown.clone(), sd.declined.clone()))
                    .collect();
                let by_default = next.packages_by_default();
                next.scenarios = doc
                    .scenarios
                    .into_iter()
                    .map(|sd| {
                        // As the document kept them; one written before
                        // scenarios kept their own names none.
                        let packages = match sd.packages {
                            Some(c) => {
                                let mut on = default_packages();
                                on.extend(c.on);
                                on.retain(|id| !c.off.contains(id));
                                on
                            }
                            None => by_default.clone(),
                        };
                        let mut s = Scenario::empty(sd.name, packages);
                        for (k, v) in sd.fields {
                            // Keys were checked against FIELDS when the document was read.
                            if let Some(f) = FIELDS.iter().find(|f| f.key == k) {
                                s.fields.insert(f.key, v);
                            }
                        }
                        s
                    })
                    .collect();
                if next.scenarios.is_empty() {
                    next.scenarios.push(Scenario::empty("A".into(), by_default));
                }
                next.current = doc.current.min(next.scenarios.len() - 1);
                if let Some(a) = doc.as_of {
                    next.as_of = a;
                }
                if let Some(h) = doc.horizon {
                    next.horizon = h;
                }
                if let Some(d) = doc.discount_pct {
                    next.discount_pct = d;
                }
                // Ids this build does not ask are dropped: they would be
                // left open for nothing.
                let known = |ids: &[String]| -> Vec<&'static str> {
                    ids.iter()
                        .filter_map(|id| jiujiang_engine::rules::questions::question_id(id))
                        .collect()
                };
                for (s, sd) in next.scenarios.iter_mut().zip(&answers) {
                    s.interview.unknown = known(&sd.0);
                    s.interview.declined = known(&sd.1);
                }
                // A document from before each scenario kept its own: the
                // answers at the top are the open scenario's.
                if next.interview() == &Interview::default() {
                    let (unknown, declined) = (known(&doc.unknown), known(&doc.declined));
                    next.interview_mut().unknown = unknown;
                    next.interview_mut().declined = declined;
                }
            }
            Action::SetBoundary(b) => next.boundary = b,
            Action::SavePackage(p) => next.save_package(*p),
            Action::ImportPackage(p) => next.import_package(*p),
            Action::UndoImportPackage => {
                if let Some((before, on, _)) = next.import_undo.take() {
                    next.put_back_package(before, on);
                }
            }
            Action::RenamePackage(old, p) => next.rename_package(&old, *p),
            Action::DeletePackage(id) => next.delete_package(&id),
            Action::RestorePackage => next.restore_package(),
            Action::TogglePackage(id) => {
                let on = &mut next.scenarios[next.current].packages_on;
                if !on.remove(&id) {
                    on.insert(id);
                }
            }
            Action::SetHorizon(h) => next.horizon = h,
            Action::SetDiscount(d) => next.discount_pct = d,
            Action::SetLang(lang) => next.lang = lang,
            Action::SetView(view) => next.view = view,
            Action::SetAsOf(s) => next.as_of = s,
            Action::Load(fields) => next.replace_fields(fields),
            Action::ImportProject(fields) => next.import(fields),
            Action::OpenLead(name, fields) => {
                next.view = View::Screen;
                if let Some(i) = self.holding(&fields) {
                    next.current = i;
                } else {
                    next.import(fields);
                    let name = next.unused_name(&name);
                    next.scenarios[next.current].name = name;
                }
            }
            Action::Clear => {
                *next.interview_mut() = Interview::default();
                next.fields_mut().values_mut().for_each(String::clear)
            }
            Action::RestoreDeleted => {
                if let Some(d) = self.deleted.clone() {
                    let at = d.at.min(next.scenarios.len());
                    next.scenarios.insert(at, d.scenario);
                    next.current = d.current.min(next.scenarios.len() - 1);
                    next.deleted = None;
                }
            }
            Action::Undo => {
                if let Some(u) = self.undo.as_ref().filter(|u| u.scenario == self.current) {
                    *next.fields_mut() = u.fields.clone();
                    next.scenarios[next.current].name = u.name.clone();
                    *next.interview_mut() = u.interview.clone();
                }
            }
        }
        next.note_survey(&self, survey);
        Rc::new(next)
    }
}

mod defaults;
pub use defaults::{default_packages, example};
mod packages;
pub use packages::{copy_id, copy_number, COPY_SUFFIX};
mod site;
#[cfg(test)]
mod tests;

/// Question ids as the work document keeps them.
fn owned(ids: &[&'static str]) -> Vec<String> {
    ids.iter().map(|s| s.to_string()).collect()
}
