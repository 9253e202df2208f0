//! The guided interview as a loop over reports: ask the top question, take
//! the answer, screen again, until the verdict is decided or nothing useful
//! is left to ask. Used by `jiujiang ask`, by the app's guided screening and
//! by the leads benchmark; the screening itself is passed in, so this module
//! needs nothing but reports and projects.

use crate::project::{Project, Value};
use crate::rules::questions::{composite, Holds, Question};
use crate::rules::report::Report;

/// What the person across the table has said so far, besides the project.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Interview {
    /// Questions answered "don't know": not asked again, their inputs open.
    pub unknown: Vec<&'static str>,
    /// Composite questions answered "some of these": their items are then
    /// asked one by one.
    pub declined: Vec<&'static str>,
}

impl Interview {
    /// The report's questions still worth asking (not answered "don't know"),
    /// best first. The report must come from a screening with
    /// [`Interview::declined`] (`Engine::screen_for`).
    pub fn questions<'r, 'a>(&self, report: &'r Report<'a>) -> Vec<&'r Question<'a>> {
        report
            .questions
            .iter()
            .filter(|q| !self.unknown.contains(&q.id))
            .collect()
    }

    /// Once the verdict is decided on unverified rules alone, the questions
    /// that could confirm it on a verified one ([`Report::confirming`]) not
    /// yet answered "don't know", best first.
    pub fn confirming<'a>(&self, report: &Report<'a>, data: &crate::RuleData) -> Vec<Question<'a>> {
        let mut qs = report.confirming(data, &self.declined);
        qs.retain(|q| !self.unknown.contains(&q.id));
        qs
    }

    pub fn next<'r, 'a>(&self, report: &'r Report<'a>) -> Option<&'r Question<'a>> {
        self.questions(report).into_iter().next()
    }

    pub fn dont_know(&mut self, q: &Question) {
        if !self.unknown.contains(&q.id) {
            self.unknown.push(q.id);
        }
        // One with a narrower question behind it: that one is asked next
        // (`questions::FALLBACKS`, passed to the screening as declined).
        let falls_back = crate::rules::questions::FALLBACKS
            .iter()
            .any(|(f, _)| *f == q.id);
        if falls_back && !self.declined.contains(&q.id) {
            self.declined.push(q.id);
        }
    }

    /// "None of these" for a composite: every field takes its "none" answer.
    pub fn none_of(&self, q: &Question, project: &mut Project) -> Result<(), String> {
        for s in &q.none {
            let spec = crate::project::field(s.field)
                .ok_or_else(|| format!("unknown field {}", s.field))?;
            let v = crate::project::parse_value(spec, s.value, None)
                .map_err(|e| e.message.en)?
                .ok_or_else(|| format!("no value for {}", s.field))?;
            project.set(s.field, Some(v));
        }
        Ok(())
    }

    /// "Some of these": ask the items one by one from now on.
    pub fn some_of(&mut self, q: &Question) {
        if let Some(c) = composite(q.id) {
            if !self.declined.contains(&c.id) {
                self.declined.push(c.id);
            }
        }
    }
}

/// The fields a question's answer sets.
pub fn fields_of(q: &Question) -> Vec<&'static str> {
    match q.field {
        Some(f) => vec![f],
        None if q.id == "energy" => crate::project::FIELDS
            .iter()
            .filter(|f| f.key.starts_with("energy."))
            .map(|f| f.key)
            .collect(),
        None => q.fields.clone(),
    }
}

/// One step of a scripted interview.
#[derive(Clone, Debug, PartialEq)]
pub struct Asked {
    pub id: &'static str,
    /// The truth had no answer: "don't know".
    pub unknown: bool,
}

/// Runs the interview from `start`, answering every question truthfully from
/// `truth` ("don't know" where the truth is silent too), and returns what was
/// asked, the project reached and its last report. Stops when the verdict is
/// decided, nothing useful is left to ask, or after `limit` questions.
pub fn simulate<'a>(
    start: &Project,
    truth: &Project,
    limit: usize,
    screen: impl Fn(&Project, &Interview) -> Report<'a>,
) -> (Vec<Asked>, Project, Report<'a>) {
    let mut project = start.clone();
    let mut asked = Vec::new();
    let mut interview = Interview::default();
    loop {
        let report = screen(&project, &interview);
        if report.bounds.decided() || asked.len() >= limit {
            return (asked, project, report);
        }
        let Some(q) = interview.next(&report).cloned() else {
            return (asked, project, report);
        };
        asked.push(answer_truthfully(&mut interview, &q, truth, &mut project));
    }
}

/// What one answer from the truth does to the interview and the project.
pub fn answer_truthfully(
    interview: &mut Interview,
    q: &Question,
    truth: &Project,
    project: &mut Project,
) -> Asked {
    let fields = fields_of(q);
    let known: Vec<(&'static str, &Value)> = fields
        .iter()
        .filter_map(|k| truth.get(k).map(|v| (*k, v)))
        .collect();
    if let Some(c) = composite(q.id).filter(|_| !q.none.is_empty()) {
        // "None of these" only if the truth says none for each item asked.
        let holds = c
            .items
            .iter()
            .filter(|i| q.fields.contains(&i.asks))
            .all(|i| match (i.holds, truth.get(i.asks)) {
                (Holds::Equals, Some(v)) => crate::project::value_text(v) == i.none,
                (Holds::Beyond(m), Some(Value::Num(x))) => *x > m,
                (Holds::Beyond(m), Some(Value::Beyond(x))) => *x >= m,
                (Holds::ClassClear, Some(Value::Choice(c))) => {
                    matches!(*c, "encouraged" | "permitted")
                }
                _ => false,
            });
        if holds {
            interview.none_of(q, project).ok();
        } else {
            interview.some_of(q);
        }
        return Asked {
            id: q.id,
            unknown: false,
        };
    }
    if known.is_empty() {
        interview.dont_know(q);
        return Asked {
            id: q.id,
            unknown: true,
        };
    }
    for (k, v) in known {
        project.set(k, Some(v.clone()));
    }
    Asked {
        id: q.id,
        unknown: false,
    }
}
