//! Small rules written in a test, screened in place of the rule base.

use super::engine;
use jiujiang_engine::rules::program::Program;
use jiujiang_engine::screen::{screen_with, Finding, Report};
use jiujiang_engine::{Date, Project, RuleData};

/// The bundled data with `rules` (JSON, as build.rs writes them) in place of
/// the rule base, and `params` added.
pub fn data_with(rules: &str, params: &str) -> RuleData {
    let mut data = engine().data.clone();
    data.rules = serde_json::from_str(rules).unwrap();
    data.params
        .extend(serde_json::from_str::<Vec<jiujiang_engine::data_types::Param>>(params).unwrap());
    data
}

pub fn project(fields: &[(&str, &str)]) -> Project {
    let (p, errors) = engine().parse_fields(fields.iter().copied());
    assert!(errors.is_empty(), "{errors:?}");
    p
}

pub fn screen<'a>(data: &'a RuleData, p: &Project, as_of: Date) -> Report<'a> {
    let program = Program::new(data);
    screen_with(data, &program, Default::default(), p, as_of)
}

pub fn only<'r, 'a>(r: &'r Report<'a>) -> &'r Finding<'a> {
    assert_eq!(r.findings.len(), 1);
    &r.findings[0]
}

pub const TEXT: &str = r#"{"zh": "说明", "en": "why"}"#;

pub fn rule(extra: &str, cases: &str, otherwise: &str) -> String {
    format!(
        r#"[{{"id": "T-01", "title": {TEXT}, "status": "V1", "effective_from": "2020-01-01",
            "last_verified": "2026-12-03", "citations": [], "not_applicable": {TEXT},
            {extra} "cases": [{cases}], "otherwise": {{"outcome": "{otherwise}", "explain": {TEXT}}}}}]"#
    )
}

pub fn case(outcome: &str, fact: &str) -> String {
    format!(
        r#"{{"outcome": "{outcome}", "explain": {TEXT}, "when": {{"op": "is", "fact": "{fact}"}}}}"#
    )
}
