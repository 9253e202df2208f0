//! Screening: every rule in force on the "as of" date is evaluated against the
//! project with three-valued logic, and yields a finding that carries the
//! inputs, thresholds and citations it rests on.

use crate::data_types::{
    Case, Citation, Cond, Outcome, Param, ParamValue, Rule, RuleData, Status, Text,
};
use crate::date::Date;
use crate::facts::Siting;
use crate::facts::{Fact, FactCtx, FactValue};
use crate::model::Project;
use crate::program::Program;
use crate::rules::bounds::{weight, Bounds, OutcomeSet};
use serde::Serialize;
use std::borrow::Cow;
use std::cell::RefCell;

/// An input a rule read. Its texts are written only when asked for (the app's
/// "inputs used", the JSON report), so screening itself formats nothing.
#[derive(Clone, Debug, PartialEq)]
pub struct InputUsed {
    pub field: &'static str,
    pub value: Option<crate::model::Value>,
}

impl InputUsed {
    /// As a project file or CSV cell writes it (`850`, `new`, `yes`), for scripts.
    pub fn text(&self) -> String {
        self.value
            .as_ref()
            .map(crate::model::value_text)
            .unwrap_or_default()
    }

    /// As the reader's language writes it: choice labels, money in 万元/亿元
    /// or millions, units.
    pub fn shown(&self) -> Text {
        self.value
            .as_ref()
            .map(|v| crate::model::display_value(crate::model::field(self.field), v))
            .unwrap_or_default()
    }
}

/// `{field, value, shown}` in the JSON report (docs/cli.md).
impl Serialize for InputUsed {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut out = s.serialize_struct("InputUsed", 3)?;
        out.serialize_field("field", self.field)?;
        out.serialize_field("value", &self.text())?;
        out.serialize_field("shown", &self.shown())?;
        out.end()
    }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ThresholdUsed<'a> {
    pub param: &'a str,
    pub title: &'a Text,
    pub value: f64,
    pub unit: &'a str,
    /// The date this value took effect.
    pub from: Date,
    pub citation: &'a Citation,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Finding<'a> {
    pub rule_id: &'a str,
    pub title: &'a Text,
    pub outcome: Outcome,
    /// The weakest evidence behind this finding: the rule's, the branch's and
    /// every derived fact's. Below V2 the finding must not be shown as certain.
    pub status: Status,
    pub explanation: Cow<'a, Text>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hint: Option<Cow<'a, Text>>,
    /// What to confirm because some link is unverified.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub caveats: Vec<Cow<'a, Text>>,
    pub inputs: Vec<InputUsed>,
    pub thresholds: Vec<ThresholdUsed<'a>>,
    /// For NEEDS_INPUT: the input fields that would decide the rule.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub missing: Vec<&'static str>,
    /// For NEEDS_INPUT: the outcomes the missing inputs could lead to.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub could_be: Vec<Outcome>,
    /// Inputs that would only refine the explanation (which ratio, whether
    /// the rule applies at all), never the outcome.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub would_refine: Vec<&'static str>,
    /// For NEEDS_INPUT: the mildest and the worst outcome still possible.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bounds: Option<Bounds>,
    /// Parameters the outcome does not fix yet, as ranges.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub ranges: Vec<ParamRange<'a>>,
    /// Every outcome still possible (one, once decided).
    #[serde(skip)]
    pub possible: OutcomeSet,
    pub citations: &'a [Citation],
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    pub open_questions: &'a [String],
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct MissingInput<'a> {
    pub field: &'static str,
    pub rules: Vec<&'a str>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Report<'a> {
    pub data_version: &'a str,
    pub as_of: Date,
    /// The verdict once `bounds` meet; NEEDS_INPUT until then.
    pub overall: Outcome,
    /// The best and worst verdict the missing facts still allow.
    pub bounds: Bounds,
    /// Rules whose outcome is the overall one, when that is worse than ALLOWED.
    pub blocking: Vec<&'a str>,
    /// Every input some rule needs to decide, with those rules; most-needed first.
    pub missing: Vec<MissingInput<'a>>,
    /// The missing inputs that could still move the verdict, most useful
    /// first; empty once it is decided.
    pub questions: Vec<crate::rules::Question<'a>>,
    pub energy: EnergySummary<'a>,
    /// Worst first, then in rule-base order.
    pub findings: Vec<Finding<'a>>,
}

/// The worst outcome a finding may turn out to have: for NEEDS_INPUT, the
/// worst of what the missing inputs could lead to.
pub fn worst_case(f: &Finding) -> u8 {
    if f.outcome == Outcome::NeedsInput && !f.could_be.is_empty() {
        f.could_be.iter().map(|o| severity(*o)).max().unwrap_or(0)
    } else {
        severity(f.outcome)
    }
}

/// How bad an outcome is for the project. NEEDS_INPUT ranks just below
/// PROHIBITED: an undecided rule may still turn out to prohibit.
pub fn severity(o: Outcome) -> u8 {
    match o {
        Outcome::Prohibited => 7,
        Outcome::NeedsInput => 6,
        Outcome::RequiresReplacement => 5,
        Outcome::RequiresReview => 4,
        Outcome::Conditional => 3,
        Outcome::Allowed => 2,
        Outcome::Info => 1,
        Outcome::NotApplicable => 0,
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Tri {
    True,
    False,
    Unknown,
}

impl From<bool> for Tri {
    fn from(b: bool) -> Tri {
        if b {
            Tri::True
        } else {
            Tri::False
        }
    }
}

/// A comparison with a threshold, for a value known to ± `margin`: true or
/// false only if the whole interval is on one side.
#[derive(Clone, Copy)]
enum Op {
    Lt,
    Le,
    Gt,
    Ge,
}

impl Op {
    fn test(self, x: f64, margin: f64, limit: f64) -> Tri {
        self.test_range(x - margin, x + margin, limit)
    }

    /// For a value anywhere in `[lo, hi]`.
    fn test_range(self, lo: f64, hi: f64, limit: f64) -> Tri {
        let (surely, never) = match self {
            Op::Lt => (hi < limit, lo >= limit),
            Op::Le => (hi <= limit, lo > limit),
            Op::Gt => (lo > limit, hi <= limit),
            Op::Ge => (lo >= limit, hi < limit),
        };
        if surely {
            Tri::True
        } else if never {
            Tri::False
        } else {
            Tri::Unknown
        }
    }
}

/// What evaluating a rule touched: shown to the user as "why".
#[derive(Default)]
struct Trace<'a> {
    /// Off on the verdict-only path: nothing is copied for display.
    record: bool,
    inputs: Vec<InputUsed>,
    thresholds: Vec<ThresholdUsed<'a>>,
    notes: Vec<Cow<'a, Text>>,
}

impl<'a> Trace<'a> {
    fn recording() -> Trace<'a> {
        Trace {
            record: true,
            ..Trace::default()
        }
    }

    fn add_input(&mut self, field: &'static str, value: Option<crate::model::Value>) {
        if self.record && !self.inputs.iter().any(|i| i.field == field) {
            self.inputs.push(InputUsed { field, value });
        }
    }

    fn add_note(&mut self, note: Text) {
        if self.record && !self.notes.iter().any(|n| **n == note) {
            self.notes.push(Cow::Owned(note));
        }
    }

    fn add_threshold(&mut self, param: &'a Param, value: &'a ParamValue) {
        if self.record && !self.thresholds.iter().any(|x| x.param == param.id) {
            self.thresholds.push(ThresholdUsed {
                param: &param.id,
                title: &param.title,
                value: value.value,
                unit: &param.unit,
                from: value.from,
                citation: &value.citation,
            });
        }
    }
}

/// The value of a parameter in force on `as_of`, if any.
pub fn param_in_force(param: &Param, as_of: Date) -> Option<&ParamValue> {
    if param.until.is_some_and(|u| as_of > u) {
        return None;
    }
    param
        .values
        .iter()
        .filter(|v| v.from <= as_of)
        .max_by_key(|v| v.from)
}

/// A condition's value and, when unknown, the inputs that would decide it.
/// A condition's value; when unknown, the inputs that would decide it; and
/// how sure the value is (the evidence grade of what decided it; `None` for
/// plain inputs or an unknown).
type Eval = (Tri, Vec<&'static str>, Option<Status>);

fn weakest(a: Option<Status>, b: Option<Status>) -> Option<Status> {
    match (a, b) {
        (Some(x), Some(y)) => Some(x.min(y)),
        (x, None) | (None, x) => x,
    }
}

/// The best of several equally sufficient reasons: a conclusion that holds
/// for any one of them is as sure as the surest.
fn strongest(a: Option<Status>, b: Option<Status>) -> Option<Status> {
    match (a, b) {
        (None, _) | (_, None) => None,
        (Some(x), Some(y)) => Some(x.max(y)),
    }
}

fn merge(missing: &mut Vec<&'static str>, more: Vec<&'static str>) {
    for m in more {
        if !missing.contains(&m) {
            missing.push(m);
        }
    }
}

struct Ctx<'a, 'p> {
    data: &'a RuleData,
    facts: FactCtx<'p>,
    as_of: Date,
    program: &'p Program,
    trusted: bool,
    /// Facts already derived for this project, by fact number: several rules
    /// test the same ones (sectors, energy totals).
    memo: RefCell<Vec<Option<Option<Fact>>>>,
}

impl<'a: 'p, 'p> Ctx<'a, 'p> {
    fn new(
        data: &'a RuleData,
        program: &'p Program,
        siting: Siting<'p>,
        project: &'p Project,
        as_of: Date,
    ) -> Ctx<'a, 'p> {
        Ctx {
            data,
            facts: FactCtx {
                project,
                data,
                as_of,
                siting,
            },
            as_of,
            program,
            trusted: program.built_for(data),
            memo: RefCell::new(vec![None; program.facts.len().max(1)]),
        }
    }

    /// Runs `f` on the named fact, deriving it once per project (every time
    /// when there is no memo: a look-ahead probe touches only a few rules).
    fn with_fact<R>(&self, name: &str, f: impl FnOnce(&Fact) -> R) -> Option<R> {
        let id = match self.program.fact_id(name, self.trusted) {
            Some(id) if !self.memo.borrow().is_empty() => id,
            _ => return self.facts.fact(name).as_ref().map(f),
        };
        let id = id as usize;
        if self.memo.borrow()[id].is_none() {
            let fact = self.facts.fact(name);
            self.memo.borrow_mut()[id] = Some(fact);
        }
        // Deriving a fact never reads the memo, so this borrow cannot clash.
        self.memo.borrow()[id]
            .as_ref()
            .and_then(|fact| fact.as_ref().map(f))
    }

    fn param(&self, id: &str) -> Option<(&'a Param, &'a ParamValue)> {
        let p = &self.data.params[self.program.param_index(id, self.data, self.trusted)?];
        Some((p, param_in_force(p, self.as_of)?))
    }

    fn eval(&self, cond: &'a Cond, t: &mut Trace<'a>) -> Eval {
        match cond {
            // Kleene logic: a decisive part decides even if others are unknown,
            // and only undecided parts contribute missing inputs. All parts are
            // evaluated so the trace lists every input.
            Cond::All { of } | Cond::Any { of } => {
                let decisive = if matches!(cond, Cond::All { .. }) {
                    Tri::False
                } else {
                    Tri::True
                };
                let mut decided = false;
                let mut unknown = false;
                let mut missing = Vec::new();
                // Any decisive part suffices, so it is as sure as the surest;
                // otherwise every part was needed, as sure as the weakest.
                let mut surest: Option<Option<Status>> = None;
                let mut weakest_all: Option<Status> = None;
                for c in of {
                    // Every part is evaluated so the trace lists every input.
                    let (r, m, st) = self.eval(c, t);
                    if r == decisive {
                        decided = true;
                        surest = Some(match surest {
                            Some(prev) => strongest(prev, st),
                            None => st,
                        });
                    } else if r == Tri::Unknown {
                        unknown = true;
                        if !decided {
                            merge(&mut missing, m);
                        }
                    }
                    weakest_all = weakest(weakest_all, st);
                }
                if decided {
                    (decisive, Vec::new(), surest.flatten())
                } else if unknown {
                    (Tri::Unknown, missing, None)
                } else if decisive == Tri::False {
                    (Tri::True, Vec::new(), weakest_all)
                } else {
                    (Tri::False, Vec::new(), weakest_all)
                }
            }
            Cond::Not { of } => {
                let (r, m, st) = self.eval(of, t);
                let r = match r {
                    Tri::True => Tri::False,
                    Tri::False => Tri::True,
                    Tri::Unknown => Tri::Unknown,
                };
                (r, m, st)
            }
            Cond::Is { fact: name } => self.leaf(name, t, |v, _| match v {
                FactValue::Bool(b) => Some(Tri::from(*b)),
                _ => None,
            }),
            Cond::In { fact: name, values } => self.leaf(name, t, |v, _| match v {
                FactValue::Sym(s) => Some(Tri::from(values.iter().any(|x| x == s))),
                FactValue::OneOf(options) => {
                    let inside = options.iter().filter(|o| values.iter().any(|x| x == *o));
                    Some(match inside.count() {
                        0 => Tri::False,
                        n if n == options.len() => Tri::True,
                        _ => Tri::Unknown,
                    })
                }
                _ => None,
            }),
            Cond::Given { fact: name } => {
                let (r, _, _) =
                    self.leaf(name, t, |v, _| Some(Tri::from(*v != FactValue::Unknown)));
                (
                    if r == Tri::True {
                        Tri::True
                    } else {
                        Tri::False
                    },
                    Vec::new(),
                    None,
                )
            }
            Cond::Lt { fact, param } => self.compare(fact, param, t, Op::Lt),
            Cond::Le { fact, param } => self.compare(fact, param, t, Op::Le),
            Cond::Gt { fact, param } => self.compare(fact, param, t, Op::Gt),
            Cond::Ge { fact, param } => self.compare(fact, param, t, Op::Ge),
            Cond::Flag { param } => match self.param(param) {
                Some((p, v)) => {
                    t.add_threshold(p, v);
                    (Tri::from(v.value != 0.0), Vec::new(), Some(v.status))
                }
                None => (self.no_param(param, t), Vec::new(), Some(Status::U)),
            },
        }
    }

    fn no_param(&self, id: &str, t: &mut Trace<'a>) -> Tri {
        // Rule data promise (checked by meta-tests): every parameter a rule
        // uses is in force whenever the rule is. If not, say so honestly.
        t.add_note(Text {
            zh: format!("参数 {id} 在 {} 无有效取值，无法判断。", self.as_of),
            en: format!(
                "Parameter {id} has no value in force on {}; cannot decide.",
                self.as_of
            ),
        });
        Tri::Unknown
    }

    fn compare(&self, name: &'a str, param_id: &str, t: &mut Trace<'a>, op: Op) -> Eval {
        let Some((param, value)) = self.param(param_id) else {
            return (self.no_param(param_id, t), Vec::new(), Some(Status::U));
        };
        t.add_threshold(param, value);
        let (r, m, st) = self.leaf(name, t, |v, margin| match v {
            FactValue::Num(x) => Some(op.test(*x, margin, value.value)),
            FactValue::Between(lo, hi) => {
                Some(op.test_range(lo - margin, hi + margin, value.value))
            }
            _ => None,
        });
        // The comparison is as sure as the fact and the threshold together.
        (r, m, weakest(st, Some(value.status)))
    }

    fn leaf(
        &self,
        name: &'a str,
        t: &mut Trace<'a>,
        test: impl Fn(&FactValue, f64) -> Option<Tri>,
    ) -> Eval {
        let result = self.with_fact(name, |f| {
            if t.record {
                for field in f.inputs.as_slice() {
                    if !t.inputs.iter().any(|i| i.field == *field) {
                        t.add_input(field, self.facts.project.get(field).cloned());
                    }
                }
                for id in &f.params {
                    if let Some((p, v)) = self.param(id) {
                        t.add_threshold(p, v);
                    }
                }
                if let Some(note) = &f.note {
                    t.add_note(note.render(self.data, self.facts.project));
                }
            }
            // A fact's status already includes the parameters it applied.
            match test(&f.value, f.margin) {
                // Known, but too uncertain to decide (a map estimate near the
                // threshold): ask for what would decide it.
                Some(Tri::Unknown) if t.record => {
                    (Tri::Unknown, f.decide_with.as_slice().to_vec(), None)
                }
                Some(Tri::Unknown) => (Tri::Unknown, Vec::new(), None),
                Some(b) => (b, Vec::new(), Some(f.status)),
                // Which inputs are missing only matters for the report.
                None if t.record => (Tri::Unknown, f.missing.as_slice().to_vec(), None),
                None => (Tri::Unknown, Vec::new(), None),
            }
        });
        result.unwrap_or_else(|| {
            t.add_note(Text {
                zh: format!("规则引用了未知事实 {name}。"),
                en: format!("The rule refers to an unknown fact {name}."),
            });
            (Tri::Unknown, Vec::new(), Some(Status::U))
        })
    }

    /// A fact known only as a range, for `{fact}` in a text.
    fn range_of(&self, id: &str) -> Option<(f64, f64)> {
        self.with_fact(id, |f| match f.value {
            FactValue::Between(lo, hi) => Some((lo, hi)),
            _ => None,
        })?
    }

    fn value_of(&self, id: &str) -> Option<f64> {
        if let Some((_, v)) = self.param(id) {
            return Some(v.value);
        }
        self.with_fact(id, |f| match f.value {
            FactValue::Num(x) => Some(x),
            _ => None,
        })?
    }

    /// Replaces `{id}` in a rule text with the value in force of a parameter
    /// or a numeric fact, and `{a*b}` with their product. Unknown stays as is.
    /// Borrowed when the text has no placeholder (most do not).
    fn fill<'t>(&self, text: &'t Text) -> Cow<'t, Text> {
        if !text.zh.contains('{') && !text.en.contains('{') {
            return Cow::Borrowed(text);
        }
        let fill_one = |s: &str| {
            let mut out = String::with_capacity(s.len());
            let mut rest = s;
            while let Some(start) = rest.find('{') {
                out.push_str(&rest[..start]);
                let after = &rest[start + 1..];
                let Some(end) = after.find('}') else {
                    out.push_str(&rest[start..]);
                    rest = "";
                    break;
                };
                let expr = &after[..end];
                if let Some((lo, hi)) = self.range_of(expr.trim()) {
                    out.push_str(&format!(
                        "{}–{}",
                        format_number(round_display(lo)),
                        format_number(round_display(hi))
                    ));
                    rest = &after[end + 1..];
                    continue;
                }
                let value = expr
                    .split('*')
                    .map(|part| self.value_of(part.trim()))
                    .try_fold(1.0, |acc, v| v.map(|x| acc * x));
                match value {
                    Some(v) => out.push_str(&format_number(round_display(v))),
                    None => out.push('?'),
                }
                rest = &after[end + 1..];
            }
            out.push_str(rest);
            out
        };
        Cow::Owned(Text {
            zh: fill_one(&text.zh),
            en: fill_one(&text.en),
        })
    }
}

/// Rounds for display: whole numbers above 100, else three significant places.
fn round_display(v: f64) -> f64 {
    if v.abs() >= 100.0 {
        v.round()
    } else {
        (v * 1000.0).round() / 1000.0
    }
}

/// 1000 → "1,000"; 1.5 → "1.5".
pub fn format_number(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        let digits = format!("{}", v.abs() as u64);
        let mut out = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                out.push(',');
            }
            out.push(c);
        }
        if v < 0.0 {
            out.insert(0, '-');
        }
        out
    } else {
        format!("{v}")
    }
}

/// What a rule decided, borrowing its texts from the rule data. Building the
/// user-facing `Finding` from it (copying texts, filling templates) is the
/// costly part, which the verdict-only path skips.
struct Decision<'a> {
    outcome: Outcome,
    /// Every outcome the missing facts could still lead to (one, once decided).
    possible: OutcomeSet,
    /// `None`: the rule is not in force on the as-of date.
    explain: Option<&'a Text>,
    hint: Option<&'a Text>,
    branch_status: Option<Status>,
    /// How sure the conditions that decided are.
    evidence: Option<Status>,
    caveat: Option<&'a Text>,
    missing: Vec<&'static str>,
    could_be: Vec<Outcome>,
    would_refine: Vec<&'static str>,
    /// Undecided branches with the decided outcome: they may still change the
    /// explanation (a ratio), not the outcome.
    alternatives: Vec<&'a Case>,
    /// Decided as ALLOWED although the scope is open (NOT_APPLICABLE was the
    /// other possibility): the finding says so.
    scope_open: bool,
}

fn push_unique(v: &mut Vec<Outcome>, o: Outcome) {
    if !v.contains(&o) {
        v.push(o);
    }
}

fn in_force(rule: &Rule, as_of: Date) -> bool {
    as_of >= rule.effective_from && rule.effective_to.is_none_or(|to| as_of <= to)
}

/// A rule is decided when every value its missing facts could take leads to
/// the same outcome: the branches are tried in order ("first hit"), each
/// undecided branch adds its outcome to what is possible, and the first that
/// holds (or the fallback) ends the list. Inputs that only choose between
/// branches with the same outcome refine the explanation, not the outcome.
fn decide<'a>(rule: &'a Rule, ctx: &Ctx<'a, '_>, trace: &mut Trace<'a>) -> Decision<'a> {
    let mut d = Decision {
        outcome: Outcome::NotApplicable,
        possible: OutcomeSet::one(Outcome::NotApplicable),
        explain: None,
        hint: None,
        branch_status: None,
        evidence: None,
        caveat: None,
        missing: Vec::new(),
        could_be: Vec::new(),
        would_refine: Vec::new(),
        alternatives: Vec::new(),
        scope_open: false,
    };
    if !in_force(rule, ctx.as_of) {
        return d;
    }
    let (applies, applies_missing, applies_status) = match &rule.applies_if {
        Some(c) => ctx.eval(c, trace),
        None => (Tri::True, Vec::new(), None),
    };
    // The outcome rests on the scope and on every branch looked at (a branch
    // that does not hold is part of why a later one decides).
    d.evidence = applies_status;
    if applies == Tri::False {
        d.explain = Some(&rule.not_applicable);
        return d;
    }
    let mut possible = OutcomeSet::default();
    if applies == Tri::Unknown {
        possible.insert(Outcome::NotApplicable);
    }
    // Undecided branches before the deciding one, with what would decide them.
    let mut open: Vec<(&'a Case, Vec<&'static str>)> = Vec::new();
    let mut decided = None;
    for case in &rule.cases {
        let (result, missing, status) = ctx.eval(&case.when, trace);
        d.evidence = weakest(d.evidence, status);
        match result {
            Tri::True => {
                decided = Some(case);
                break;
            }
            Tri::Unknown => {
                possible.insert(case.outcome);
                open.push((case, missing));
            }
            Tri::False => {}
        }
    }
    let final_outcome = decided.map_or(rule.otherwise.outcome, |c| c.outcome);
    possible.insert(final_outcome);
    d.possible = possible;
    // ALLOWED or not applicable: either way the rule does not stand in the way.
    let harmless = final_outcome == Outcome::Allowed
        && possible.within(&[Outcome::Allowed, Outcome::NotApplicable]);
    if possible.len() == 1 || harmless {
        d.scope_open = applies == Tri::Unknown;
        if d.scope_open {
            merge(&mut d.would_refine, applies_missing);
        }
        for (case, missing) in open {
            merge(&mut d.would_refine, missing);
            if trace.record {
                d.alternatives.push(case);
            }
        }
        d.outcome = final_outcome;
        if harmless {
            d.possible = OutcomeSet::one(Outcome::Allowed);
        }
        let (explain, hint, status, caveat) = match decided {
            Some(c) => (&c.explain, c.hint.as_ref(), c.status, c.caveat.as_ref()),
            None => {
                let o = &rule.otherwise;
                (&o.explain, o.hint.as_ref(), o.status, o.caveat.as_ref())
            }
        };
        d.explain = Some(explain);
        d.hint = hint;
        d.branch_status = status;
        d.caveat = caveat;
        return d;
    }
    d.outcome = Outcome::NeedsInput;
    // What could be, in the order the rule lists it (scope last).
    for (case, _) in &open {
        push_unique(&mut d.could_be, case.outcome);
    }
    push_unique(&mut d.could_be, final_outcome);
    if applies == Tri::Unknown {
        push_unique(&mut d.could_be, Outcome::NotApplicable);
        merge(&mut d.missing, applies_missing);
    }
    // Only inputs that choose between different outcomes decide the rule.
    for (case, missing) in open {
        if case.outcome == final_outcome {
            merge(&mut d.would_refine, missing);
        } else {
            merge(&mut d.missing, missing);
        }
    }
    d.would_refine.retain(|f| !d.missing.contains(f));
    d
}

/// A parameter that the decided outcome does not fix: the branches still
/// open name different values of it (clinker at 1.5:1, or 2:1 from another
/// province).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ParamRange<'a> {
    pub unit: &'a str,
    pub min: f64,
    pub max: f64,
    /// The parameters behind the values, in the order met.
    pub params: Vec<&'a str>,
    /// The inputs that would fix the value.
    pub fixed_by: Vec<&'static str>,
}

/// The parameters a text names as `{id}`.
fn named_params<'a>(data: &'a RuleData, text: &Text, as_of: Date, out: &mut Vec<(&'a Param, f64)>) {
    for s in [&text.zh, &text.en] {
        let mut rest = s.as_str();
        while let Some(start) = rest.find('{') {
            let after = &rest[start + 1..];
            let Some(end) = after.find('}') else { break };
            let id = after[..end].trim();
            if let Some(p) = data.params.iter().find(|p| p.id == id) {
                if let Some(v) = param_in_force(p, as_of) {
                    if !out.iter().any(|(q, _)| q.id == p.id) {
                        out.push((p, v.value));
                    }
                }
            }
            rest = &after[end + 1..];
        }
    }
}

fn param_ranges<'a>(ctx: &Ctx<'a, '_>, d: &Decision<'a>) -> Vec<ParamRange<'a>> {
    let (Some(explain), false) = (d.explain, d.alternatives.is_empty()) else {
        return Vec::new();
    };
    let mut named = Vec::new();
    named_params(ctx.data, explain, ctx.as_of, &mut named);
    let decided_units: Vec<&str> = named.iter().map(|(p, _)| p.unit.as_str()).collect();
    for case in &d.alternatives {
        named_params(ctx.data, &case.explain, ctx.as_of, &mut named);
    }
    let mut ranges: Vec<ParamRange> = Vec::new();
    for (p, v) in named {
        // Only units the decided explanation itself states vary.
        if !decided_units.contains(&p.unit.as_str()) {
            continue;
        }
        match ranges.iter_mut().find(|r| r.unit == p.unit) {
            Some(r) => {
                r.min = r.min.min(v);
                r.max = r.max.max(v);
                r.params.push(&p.id);
            }
            None => ranges.push(ParamRange {
                unit: &p.unit,
                min: v,
                max: v,
                params: vec![&p.id],
                fixed_by: d.would_refine.clone(),
            }),
        }
    }
    ranges.retain(|r| r.min < r.max);
    ranges
}

fn evaluate_in<'a>(rule: &'a Rule, ctx: &Ctx<'a, '_>) -> Finding<'a> {
    let as_of = ctx.as_of;
    let mut trace = Trace::recording();
    let d = decide(rule, ctx, &mut trace);
    let explanation = match (d.explain, d.outcome) {
        (Some(t), _) => ctx.fill(t),
        (None, Outcome::NeedsInput) => Cow::Owned(Text {
            zh: "所填信息不足以判断本条，请补充下列各项。".into(),
            en: "What was entered cannot decide this rule; please give the items listed.".into(),
        }),
        (None, _) => {
            let to = rule.effective_to;
            Cow::Owned(Text {
                zh: format!(
                    "本条在 {as_of} 不在效力期内（{} 起{}）。",
                    rule.effective_from,
                    to.map(|d| format!("，至 {d} 止")).unwrap_or_default()
                ),
                en: format!(
                    "This rule is not in force on {as_of} (from {}{}).",
                    rule.effective_from,
                    to.map(|d| format!(" to {d}")).unwrap_or_default()
                ),
            })
        }
    };
    let mut status = rule.status;
    for s in [d.branch_status, d.evidence].into_iter().flatten() {
        status = status.min(s);
    }
    let mut caveats = trace.notes;
    if let Some(c) = d.caveat {
        caveats.push(ctx.fill(c));
    }
    if d.scope_open {
        caveats.push(Cow::Owned(Text {
            zh: "本条是否适用尚未确定；无论是否适用，都不构成障碍。".into(),
            en:
                "Whether this rule applies is not settled; either way it does not stand in the way."
                    .into(),
        }));
    }
    let ranges = param_ranges(ctx, &d);
    let bounds = (d.outcome == Outcome::NeedsInput).then(|| Bounds {
        best: d.possible.best().unwrap_or(Outcome::NotApplicable),
        worst: d.possible.worst().unwrap_or(Outcome::NotApplicable),
    });
    Finding {
        rule_id: &rule.id,
        title: &rule.title,
        outcome: d.outcome,
        status,
        explanation,
        hint: d.hint.map(|h| ctx.fill(h)),
        caveats,
        inputs: trace.inputs,
        thresholds: trace.thresholds,
        missing: d.missing,
        could_be: d.could_be,
        would_refine: d.would_refine,
        bounds,
        ranges,
        possible: d.possible,
        citations: &rule.citations,
        open_questions: &rule.open_questions,
    }
}

/// The verdict alone: each rule's outcome and the overall one, without
/// explanations. For batches, where only the table of verdicts is shown.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Verdicts {
    pub overall: Outcome,
    pub bounds: Bounds,
    /// Outcome per rule, in rule-base order.
    pub outcomes: Vec<Outcome>,
    /// What each rule could still be, in rule-base order.
    #[serde(skip)]
    pub possible: Vec<OutcomeSet>,
}

impl Verdicts {
    /// The rules whose outcome is the overall one, when that is worse than
    /// ALLOWED (as `Report::blocking`), in rule-base order.
    pub fn blocking<'a>(&self, data: &'a RuleData) -> Vec<&'a str> {
        if severity(self.overall) <= severity(Outcome::Allowed) {
            return Vec::new();
        }
        let open = self.overall == Outcome::NeedsInput;
        data.rules
            .iter()
            .zip(self.outcomes.iter().zip(&self.possible))
            .filter(|(_, (o, p))| {
                **o == self.overall
                    && (!open || p.worst().map(weight) > Some(weight(self.bounds.best)))
            })
            .map(|(r, _)| r.id.as_str())
            .collect()
    }
}

/// The overall verdict: once the bounds meet, the worst decided outcome (a
/// rule still open cannot change it); until then NEEDS_INPUT.
fn overall_of(bounds: Bounds, outcomes: &[Outcome]) -> Outcome {
    if !bounds.decided() {
        return Outcome::NeedsInput;
    }
    outcomes
        .iter()
        .copied()
        .filter(|o| *o != Outcome::NeedsInput)
        .max_by_key(|o| severity(*o))
        .unwrap_or(Outcome::NotApplicable)
}

/// Outcomes with a program prepared once for `data` (see [`Program`]).
pub fn verdicts_with(
    data: &RuleData,
    program: &Program,
    siting: Siting<'_>,
    project: &Project,
    as_of: Date,
) -> Verdicts {
    let ctx = Ctx::new(data, program, siting, project, as_of);
    let mut trace = Trace::default();
    let mut possible = Vec::with_capacity(data.rules.len());
    let outcomes: Vec<Outcome> = data
        .rules
        .iter()
        .map(|r| {
            let d = decide(r, &ctx, &mut trace);
            possible.push(d.possible);
            d.outcome
        })
        .collect();
    let bounds = Bounds::of_rules(possible.iter().copied());
    let overall = overall_of(bounds, &outcomes);
    Verdicts {
        overall,
        bounds,
        outcomes,
        possible,
    }
}

/// What the named rules could still be if the project also had `answer`:
/// the look-ahead by which questions are ranked. `scratch` is a copy of the
/// project that is changed and put back.
pub(crate) fn probe_rules(
    data: &RuleData,
    program: &Program,
    siting: Siting<'_>,
    scratch: &mut Project,
    as_of: Date,
    rules: &[&str],
    answer: &[(&'static str, crate::model::Value)],
) -> Vec<OutcomeSet> {
    let saved: Vec<_> = answer
        .iter()
        .map(|(k, v)| {
            let old = scratch.get(k).cloned();
            scratch.set(k, Some(v.clone()));
            (*k, old)
        })
        .collect();
    let out = {
        let mut ctx = Ctx::new(data, program, siting, scratch, as_of);
        ctx.memo = RefCell::new(Vec::new());
        let mut trace = Trace::default();
        rules
            .iter()
            .filter_map(|id| data.rules.iter().find(|r| r.id == *id))
            .map(|r| decide(r, &ctx, &mut trace).possible)
            .collect()
    };
    for (k, old) in saved {
        scratch.set(k, old);
    }
    out
}

/// Energy totals on both bases and what follows from them (catalogue EN-01,
/// EN-02, HEHE-01). `None` means "cannot be computed from the input".
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct EnergySummary<'a> {
    /// 当量值: the basis of the energy review (EN-01).
    pub tce_calorific: Option<f64>,
    /// 等价值: the basis of Jiangxi's two-high test (HEHE-01).
    pub tce_primary: Option<f64>,
    pub two_high: Option<bool>,
    /// The EN-01 finding's outcome and explanation, if it was evaluated.
    pub energy_review: Option<Outcome>,
    pub energy_review_explanation: Option<Cow<'a, Text>>,
}

fn energy_summary<'a>(ctx: &Ctx<'_, '_>, findings: &[Finding<'a>]) -> EnergySummary<'a> {
    let num = |name: &'static str| {
        ctx.with_fact(name, |f| match f.value {
            FactValue::Num(x) => Some(x),
            _ => None,
        })
        .flatten()
    };
    // HEHE-01 answers "two-high?": INFO yes, NOT_APPLICABLE no, unless the
    // rule is not in force on the date, when the question is open.
    let hehe = findings
        .iter()
        .find(|f| f.rule_id == "HEHE-01")
        .filter(|_| {
            ctx.data
                .rules
                .iter()
                .find(|r| r.id == "HEHE-01")
                .is_some_and(|r| in_force(r, ctx.as_of))
        });
    let en = findings.iter().find(|f| f.rule_id == "EN-01");
    EnergySummary {
        tce_calorific: num("energy.tce_calorific"),
        tce_primary: num("energy.tce_primary"),
        two_high: hehe.and_then(|f| match f.outcome {
            Outcome::Info => Some(true),
            Outcome::NotApplicable => Some(false),
            _ => None,
        }),
        energy_review: en.map(|f| f.outcome),
        energy_review_explanation: en.map(|f| f.explanation.clone()),
    }
}

/// Screens `project` against `data`, with a [`Program`] prepared once for
/// that data and, if given, the layers for distance estimates.
pub fn screen_with<'a>(
    data: &'a RuleData,
    program: &Program,
    siting: Siting<'_>,
    project: &Project,
    as_of: Date,
) -> Report<'a> {
    screen_grouped(data, program, siting, project, as_of, &[])
}

/// As [`screen_with`]; the composite questions in `declined` were answered
/// "some of these", so their items are asked one by one.
pub fn screen_grouped<'a>(
    data: &'a RuleData,
    program: &Program,
    siting: Siting<'_>,
    project: &Project,
    as_of: Date,
    declined: &[&str],
) -> Report<'a> {
    let ctx = Ctx::new(data, program, siting, project, as_of);
    let mut findings: Vec<Finding> = data.rules.iter().map(|r| evaluate_in(r, &ctx)).collect();
    let energy = energy_summary(&ctx, &findings);
    // Worst first, rule-base order among equals; bucketing moves each
    // (large) finding once instead of sorting them.
    let mut buckets: [Vec<Finding>; 8] = Default::default();
    for f in findings.drain(..) {
        buckets[7 - severity(f.outcome) as usize].push(f);
    }
    findings.extend(buckets.into_iter().flatten());
    let bounds = Bounds::of_rules(findings.iter().map(|f| f.possible));
    let outcomes: Vec<Outcome> = findings.iter().map(|f| f.outcome).collect();
    let overall = overall_of(bounds, &outcomes);
    // What decides the verdict: the rules at it, or while it is open, the
    // rules that could still make it worse than its best.
    let blocking = if overall == Outcome::NeedsInput {
        findings
            .iter()
            .filter(|f| {
                f.outcome == Outcome::NeedsInput
                    && f.possible.worst().map(weight) > Some(weight(bounds.best))
            })
            .map(|f| f.rule_id)
            .collect()
    } else if severity(overall) > severity(Outcome::Allowed) {
        findings
            .iter()
            .filter(|f| f.outcome == overall)
            .map(|f| f.rule_id)
            .collect()
    } else {
        Vec::new()
    };
    let mut missing: Vec<MissingInput> = Vec::new();
    for f in findings.iter().filter(|f| f.outcome == Outcome::NeedsInput) {
        for field in &f.missing {
            match missing.iter_mut().find(|m| m.field == *field) {
                Some(m) => m.rules.push(f.rule_id),
                None => missing.push(MissingInput {
                    field,
                    rules: vec![f.rule_id],
                }),
            }
        }
    }
    missing.sort_by_key(|m| std::cmp::Reverse(m.rules.len()));
    let mut report = Report {
        data_version: &data.data_version,
        as_of,
        overall,
        bounds,
        blocking,
        missing,
        questions: Vec::new(),
        energy,
        findings,
    };
    let mut scratch = project.clone();
    let mut probe = |rules: &[&str], answer: &[(&'static str, crate::model::Value)]| {
        probe_rules(data, program, siting, &mut scratch, as_of, rules, answer)
    };
    report.questions = crate::rules::questions::ranked(&report, declined, &mut probe);
    report
}
