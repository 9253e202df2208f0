//! What keeps a project clear of the prohibitions still open: for each rule
//! that could yet prohibit it, the data's own hints on its prohibiting
//! branches ("a site more than 1,000 m from the shoreline", "in a
//! recognised chemical park"), filled for the project. An investor with no
//! site yet asks where the plant can go; the questions say what is unknown,
//! these say what the answer must be (a user test found it nowhere).
//! Worked out on request, not with every report: the report's cost is the
//! batch's and the grid's.

use crate::data_types::{Outcome, RuleData, Text};
use crate::project::Project;
use crate::rules::evaluate::Ctx;
use crate::rules::facts::Siting;
use crate::rules::logic::Tri;
use crate::rules::program::{Code, Program};
use crate::rules::report::Report;
use crate::text::date::Date;

/// One rule still open to a prohibition, and what avoids it.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct StayClear<'a> {
    pub rule_id: &'a str,
    /// What the rule is about: a hint alone ("more than 3,000 m from the
    /// main stream") read as binding every project (a re-test).
    pub title: &'a Text,
    /// Its prohibiting branches' hints, filled, without repeats.
    pub hints: Vec<Text>,
}

/// For each finding still open to a prohibition, in the report's order,
/// the hints of its rule's prohibiting branches; rules with none are left
/// out (their questions are the way).
pub fn stay_clear<'a>(
    data: &'a RuleData,
    program: &Program,
    siting: Siting<'_>,
    (project, report): (&Project, &Report<'a>),
    as_of: Date,
) -> Vec<StayClear<'a>> {
    let mut owned = None;
    let program = crate::rules::program::for_data(program, data, &mut owned);
    let ctx = Ctx::new(data, program, siting, project, as_of);
    let open = (report.findings.iter())
        .filter(|f| f.outcome == Outcome::NeedsInput && f.possible.contains(Outcome::Prohibited));
    open.filter_map(|f| {
        let index = data.rules.iter().position(|r| r.id == f.rule_id)?;
        let rule = &data.rules[index];
        let code = &program.rules[index];
        let mut hints: Vec<Text> = Vec::new();
        let branches = (rule.cases.iter())
            .zip(&code.cases)
            .zip(&code.texts.branches);
        for (at, ((case, when), compiled)) in branches.enumerate() {
            let Some(hint) = case
                .hint
                .as_ref()
                .filter(|_| case.outcome == Outcome::Prohibited)
            else {
                continue;
            };
            // Only a branch that may still hold: a renovation's hint is no
            // help to a new build.
            if ctx.test(when) == Tri::False {
                continue;
            }
            // Nor a branch an earlier one always takes first: a new build
            // barred by its unit's list is barred by the first branch, so
            // the second's words on renovations are no help to it (a user
            // test read them as advice to a new build).
            if code.cases[..at].iter().any(|e| implies(&ctx, when, e)) {
                continue;
            }
            let filled = ctx.fill(hint, compiled.hint.as_ref()).into_owned();
            if !hints.contains(&filled) {
                hints.push(filled);
            }
        }
        (!hints.is_empty()).then_some(StayClear {
            rule_id: &rule.id,
            title: &rule.title,
            hints,
        })
    })
    .collect()
}

/// Whether `when` holding makes the earlier branch `earlier` hold too, on
/// what is known: each part of `earlier` is a part of `when` or already
/// true. Sound, not complete: a `false` only means no such proof was found.
fn implies(ctx: &Ctx<'_, '_>, when: &Code, earlier: &Code) -> bool {
    fn parts(c: &Code) -> &[Code] {
        match c {
            Code::All(of) => of,
            one => std::slice::from_ref(one),
        }
    }
    let given = parts(when);
    (parts(earlier).iter()).all(|p| given.contains(p) || ctx.test(p) == Tri::True)
}
