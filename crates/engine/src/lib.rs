//! Jiujiang investment screening engine.
//!
//! Pure: no UI, no I/O, no clock. The rule data in `data/` is compiled in by
//! build.rs; the app, the CLI and the tests all evaluate projects through
//! [`Engine::screen`].

#![forbid(unsafe_code)]

pub mod data_types;
pub mod date;
pub mod facts;
pub mod industry;
pub mod labels;
pub mod model;
pub mod screen;

pub use data_types::{Citation, Outcome, Rule, RuleData, Status, Text};
pub use date::Date;
pub use industry::Industry;
pub use model::{Action, FieldError, Project};
pub use screen::{Finding, Report};

use std::sync::OnceLock;

pub struct Engine {
    pub data: RuleData,
    pub industry: Industry,
}

const RULES_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/rules.json"));

static EMBEDDED: OnceLock<Result<Engine, String>> = OnceLock::new();

impl Engine {
    /// The engine with the rule data compiled into this build. The data went
    /// through the same types at build time, so an error here means a broken
    /// build; callers still get a message rather than a panic.
    pub fn embedded() -> Result<&'static Engine, String> {
        EMBEDDED
            .get_or_init(|| {
                let data: RuleData = serde_json::from_str(RULES_JSON)
                    .map_err(|e| format!("embedded rule data unreadable: {e}"))?;
                Ok(Engine {
                    data,
                    industry: Industry::embedded(),
                })
            })
            .as_ref()
            .map_err(Clone::clone)
    }

    pub fn screen(&self, project: &Project, as_of: Date) -> Report {
        screen::screen(&self.data, project, as_of)
    }

    /// Parses form fields / CSV cells into a project (see [`model::parse_fields`]).
    pub fn parse_fields<'a>(
        &self,
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> (Project, Vec<FieldError>) {
        model::parse_fields(pairs, &self.industry)
    }

    pub fn project_from_json(&self, text: &str) -> Result<Project, Vec<FieldError>> {
        model::project_from_json(text, &self.industry)
    }

    pub fn rule(&self, id: &str) -> Option<&Rule> {
        self.data.rules.iter().find(|r| r.id == id)
    }

    pub fn question(&self, id: &str) -> Option<&Text> {
        self.data
            .questions
            .iter()
            .find(|q| q.id == id)
            .map(|q| &q.text)
    }
}
