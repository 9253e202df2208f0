//! Filling a rule text for a project: each `{expr}` of its [`Template`]
//! becomes a parameter's value in force, a fact known as a range (`lo–hi`),
//! or a product `a*b` of parameters and numeric facts; `?` when unknown. A
//! parameter the outcome does not fix yet is written as its range.

use crate::data_types::Text;
use crate::rules::decide::ParamRange;
use crate::rules::evaluate::Ctx;
use crate::rules::facts::FactValue;
use crate::rules::template::{Plan, Template};
use crate::text::numbers::{format_number, round_display};
use std::borrow::Cow;

impl<'a: 'p, 'p> Ctx<'a, 'p> {
    /// `text` with its placeholders filled; `template` is the text as the
    /// program compiled it, `None` when it has no placeholder (most), and it
    /// is borrowed as it is. Each placeholder is worked out once for both
    /// languages.
    pub(crate) fn fill<'t>(&self, text: &'t Text, template: Option<&Template>) -> Cow<'t, Text> {
        self.fill_ranged(text, template, &[])
    }

    /// As [`Ctx::fill`], where a parameter that the outcome does not fix yet
    /// (`ranges`) is written as its range, and so is a product with it:
    /// "1.5–2:1", "1,500,000–2,000,000 t", not the decided branch's value
    /// alone.
    pub(crate) fn fill_ranged<'t>(
        &self,
        text: &'t Text,
        template: Option<&Template>,
        ranges: &[ParamRange],
    ) -> Cow<'t, Text> {
        let Some(template) = template else {
            return Cow::Borrowed(text);
        };
        let values: Vec<String> = (template.exprs.iter().zip(&template.plans))
            .map(|(e, plan)| self.placeholder(e, plan, ranges))
            .collect();
        Cow::Owned(template.render(&values))
    }

    /// The text for one `{expr}`, its names resolved by `plan`.
    fn placeholder(&self, expr: &str, plan: &Plan, ranges: &[ParamRange]) -> String {
        let shown = |v: f64| format_number(round_display(v));
        let end = |v: f64, high: bool| format_number(crate::text::numbers::range_end(v, high));
        // A range open above is a floor the figure itself may reach: the
        // carriers entered, worked out as typed ("≥ 3,687"; it read "> 3,687",
        // an audit). No text fills in a distance, the one kind known only to
        // exceed a figure ("none within 5 km").
        // Three figures only for the energy totals worked out through
        // conversion factors: a product with an open parameter is an
        // obligation ("at least 1,851,850 t retired"), and is not rounded
        // down (a code review).
        let between = |lo: f64, hi: f64, outward: bool| match (hi.is_finite(), outward) {
            (true, true) => crate::text::concat(&[&end(lo, false), "–", &end(hi, true)]),
            (true, false) => crate::text::concat(&[&shown(lo), "–", &shown(hi)]),
            (false, _) => crate::text::concat(&["≥ ", &shown(lo)]),
        };
        // The range a parameter is still open over, if any.
        let open = |i: Option<u16>| {
            let (p, _) = self.param_at(i? as usize)?;
            let r = ranges.iter().find(|r| r.params.contains(&p.id.as_str()))?;
            Some((r.min, r.max))
        };
        if let Some((lo, hi)) = open(plan.param) {
            return between(lo, hi, false);
        }
        if let Some((_, v)) = plan.param.and_then(|i| self.param_at(i as usize)) {
            return shown(v.value);
        }
        if let Some((lo, hi)) = self.fact_as(plan.fact, expr, |v| match v {
            FactValue::Between(lo, hi) => Some((*lo, *hi)),
            _ => None,
        }) {
            return between(lo, hi, expr.starts_with("energy.tce_"));
        }
        // The product at each end of any open parameter's range.
        let mut product = Some((1.0, 1.0));
        for (name, &(param, fact)) in expr.split('*').map(str::trim).zip(&plan.factors) {
            let value = match (open(param), param.and_then(|i| self.param_at(i as usize))) {
                (Some(range), _) => Some(range),
                (None, Some((_, v))) => Some((v.value, v.value)),
                (None, None) => self
                    .fact_as(fact, name, |v| match v {
                        FactValue::Num(x) => Some(*x),
                        _ => None,
                    })
                    .map(|x| (x, x)),
            };
            product = product
                .zip(value)
                .map(|((lo, hi), (a, b))| (lo * a, hi * b));
        }
        match product {
            Some((lo, hi)) if lo == hi => shown(lo),
            Some((lo, hi)) => between(lo.min(hi), lo.max(hi), false),
            None => crate::rules::template::UNKNOWN.to_string(),
        }
    }

    /// A fact's value read by `read`: by number when the program knows the
    /// fact, else derived by its name.
    fn fact_as<T>(
        &self,
        id: Option<u16>,
        name: &str,
        read: impl FnOnce(&FactValue) -> Option<T>,
    ) -> Option<T> {
        match id {
            Some(id) => self.with_fact_id(id, |f| read(&f.value)).flatten(),
            None => self.with_fact(name, |f| read(&f.value)).flatten(),
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::evaluate::Ctx;
    use crate::rules::facts::FactValue;
    use crate::rules::program::Program;
    use crate::text::numbers::{format_number, round_display};

    /// What a placeholder means, written plainly with a lookup by name at
    /// each step (as the engine did before plans): the oracle.
    fn by_name(ctx: &Ctx, expr: &str) -> String {
        let shown = |v: f64| format_number(round_display(v));
        if let Some((_, v)) = ctx.param(expr) {
            return shown(v.value);
        }
        let range = ctx.with_fact(expr, |f| match f.value {
            FactValue::Between(lo, hi) => Some((lo, hi)),
            _ => None,
        });
        if let Some(Some((lo, hi))) = range {
            return match (hi.is_finite(), expr.starts_with("energy.tce_")) {
                (true, false) => format!("{}–{}", shown(lo), shown(hi)),
                (false, false) => format!("≥ {}", shown(lo)),
                (_, true) => crate::text::numbers::tce_range(lo, hi),
            };
        }
        let mut product = Some(1.0);
        for part in expr.split('*').map(str::trim) {
            let value = ctx.param(part).map(|(_, v)| v.value).or_else(|| {
                ctx.with_fact(part, |f| match f.value {
                    FactValue::Num(x) => Some(x),
                    _ => None,
                })
                .flatten()
            });
            product = product.zip(value).map(|(acc, x)| acc * x);
        }
        product.map_or_else(|| "?".to_string(), shown)
    }

    /// Every expression of every rule text fills the same through its plan
    /// (names resolved once) as by looking its names up each time, for a first-meeting
    /// lead and for a complete project; and some of them give a number, so
    /// the comparison is not between two question marks.
    #[test]
    fn a_planned_placeholder_fills_as_one_looked_up_by_name() {
        let engine = crate::Engine::embedded().unwrap();
        let program = Program::new(&engine.data);
        let leads = [
            include_str!("../../../../examples/leads/chemical.json"),
            include_str!("../../../../examples/leads/chemical.complete.json"),
        ];
        let mut numbers = 0;
        for lead in leads {
            let project = engine.project_from_json(lead).unwrap();
            let as_of = crate::Date::new(2026, 11, 23);
            let ctx = Ctx::new(&engine.data, &program, Default::default(), &project, as_of);
            for code in &program.rules {
                let texts = &code.texts;
                let branches = texts.branches.iter();
                let compiled = (texts.not_applicable.iter()).chain(
                    branches
                        .flat_map(|b| [&b.explain, &b.hint, &b.caveat])
                        .flatten(),
                );
                for t in compiled {
                    assert_eq!(t.plans.len(), t.exprs.len());
                    for (e, plan) in t.exprs.iter().zip(&t.plans) {
                        let planned = ctx.placeholder(e, plan, &[]);
                        assert_eq!(planned, by_name(&ctx, e), "{{{e}}}");
                        assert_eq!(
                            planned,
                            ctx.placeholder(e, &program.plan(e), &[]),
                            "{{{e}}}"
                        );
                        numbers += usize::from(planned != "?");
                    }
                }
            }
        }
        assert!(
            numbers > 0,
            "every placeholder was unknown: the test proves nothing"
        );
    }
}
