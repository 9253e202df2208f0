//! Screening: every rule in force on the "as of" date is evaluated against the
//! project with three-valued logic, and yields a finding that carries the
//! inputs, thresholds and citations it rests on.

use crate::data_types::{Citation, Cond, Outcome, Param, ParamValue, Rule, RuleData, Status, Text};
use crate::date::Date;
use crate::facts::{fact, FactValue};
use crate::model::Project;
use serde::Serialize;

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct InputUsed {
    pub field: String,
    pub value: String,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ThresholdUsed {
    pub param: String,
    pub title: Text,
    pub value: f64,
    pub unit: String,
    /// The date this value took effect.
    pub from: Date,
    pub citation: Citation,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Finding {
    pub rule_id: String,
    pub title: Text,
    pub outcome: Outcome,
    /// The weakest evidence behind this finding: the rule's, the branch's and
    /// every derived fact's. Below V2 the finding must not be shown as certain.
    pub status: Status,
    pub explanation: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hint: Option<Text>,
    /// What to confirm because some link is unverified.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub caveats: Vec<Text>,
    pub inputs: Vec<InputUsed>,
    pub thresholds: Vec<ThresholdUsed>,
    /// For NEEDS_INPUT: the input fields that would decide the rule.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub missing: Vec<String>,
    /// For NEEDS_INPUT: the outcomes the missing inputs could lead to.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub could_be: Vec<Outcome>,
    pub citations: Vec<Citation>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub open_questions: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Report {
    pub data_version: String,
    pub as_of: Date,
    /// The worst finding (see `severity`).
    pub overall: Outcome,
    /// Rules whose outcome is the overall one, when that is worse than ALLOWED.
    pub blocking: Vec<String>,
    /// Worst first, then in rule-base order.
    pub findings: Vec<Finding>,
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

/// What a condition evaluation touched.
#[derive(Default)]
struct Trace {
    inputs: Vec<InputUsed>,
    thresholds: Vec<ThresholdUsed>,
    missing: Vec<String>,
    status: Option<Status>,
    notes: Vec<Text>,
}

impl Trace {
    fn weaken(&mut self, s: Status) {
        self.status = Some(self.status.map_or(s, |t| t.min(s)));
    }

    fn add_input(&mut self, field: &str, value: String) {
        if !self.inputs.iter().any(|i| i.field == field) {
            self.inputs.push(InputUsed {
                field: field.to_string(),
                value,
            });
        }
    }

    fn add_missing(&mut self, field: &str) {
        if !self.missing.iter().any(|m| m == field) {
            self.missing.push(field.to_string());
        }
    }

    fn add_note(&mut self, note: Text) {
        if !self.notes.contains(&note) {
            self.notes.push(note);
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

struct Ctx<'a> {
    data: &'a RuleData,
    project: &'a Project,
    as_of: Date,
}

impl Ctx<'_> {
    fn eval(&self, cond: &Cond, t: &mut Trace) -> Tri {
        match cond {
            // Kleene logic: a decisive child decides even if others are unknown.
            // All children are still evaluated so the trace lists every input.
            Cond::All { of } => {
                let r: Vec<Tri> = of.iter().map(|c| self.eval(c, t)).collect();
                if r.contains(&Tri::False) {
                    Tri::False
                } else if r.contains(&Tri::Unknown) {
                    Tri::Unknown
                } else {
                    Tri::True
                }
            }
            Cond::Any { of } => {
                let r: Vec<Tri> = of.iter().map(|c| self.eval(c, t)).collect();
                if r.contains(&Tri::True) {
                    Tri::True
                } else if r.contains(&Tri::Unknown) {
                    Tri::Unknown
                } else {
                    Tri::False
                }
            }
            Cond::Not { of } => match self.eval(of, t) {
                Tri::True => Tri::False,
                Tri::False => Tri::True,
                Tri::Unknown => Tri::Unknown,
            },
            Cond::Is { fact: name } => self.leaf(name, t, |v| match v {
                FactValue::Bool(b) => Some(*b),
                _ => None,
            }),
            Cond::In { fact: name, values } => self.leaf(name, t, |v| match v {
                FactValue::Sym(s) => Some(values.iter().any(|x| x == s)),
                _ => None,
            }),
            Cond::Lt { fact: name, param } => self.compare(name, param, t, |x, y| x < y),
            Cond::Ge { fact: name, param } => self.compare(name, param, t, |x, y| x >= y),
        }
    }

    fn compare(&self, name: &str, param_id: &str, t: &mut Trace, op: fn(f64, f64) -> bool) -> Tri {
        let Some((param, value)) = self
            .data
            .params
            .iter()
            .find(|p| p.id == param_id)
            .and_then(|p| Some((p, param_in_force(p, self.as_of)?)))
        else {
            // Rule data promise (checked by meta-tests): every parameter a rule
            // uses is in force whenever the rule is. If not, say so honestly.
            t.add_note(Text {
                zh: format!("参数 {param_id} 在 {} 无有效取值，无法判断。", self.as_of),
                en: format!(
                    "Parameter {param_id} has no value in force on {}; cannot decide.",
                    self.as_of
                ),
            });
            t.weaken(Status::U);
            return Tri::Unknown;
        };
        if !t.thresholds.iter().any(|x| x.param == param.id) {
            t.thresholds.push(ThresholdUsed {
                param: param.id.clone(),
                title: param.title.clone(),
                value: value.value,
                unit: param.unit.clone(),
                from: value.from,
                citation: value.citation.clone(),
            });
        }
        t.weaken(value.status);
        self.leaf(name, t, |v| match v {
            FactValue::Num(x) => Some(op(*x, value.value)),
            _ => None,
        })
    }

    fn leaf(&self, name: &str, t: &mut Trace, test: impl Fn(&FactValue) -> Option<bool>) -> Tri {
        let Some(f) = fact(name, self.project, &self.data.sectors) else {
            t.add_note(Text {
                zh: format!("规则引用了未知事实 {name}。"),
                en: format!("The rule refers to an unknown fact {name}."),
            });
            t.weaken(Status::U);
            return Tri::Unknown;
        };
        for (field, value) in &f.inputs {
            t.add_input(field, value.clone());
        }
        for m in &f.missing {
            t.add_missing(m);
        }
        if let Some(note) = &f.note {
            t.add_note(note.clone());
        }
        match test(&f.value) {
            Some(b) => {
                t.weaken(f.status);
                if b {
                    Tri::True
                } else {
                    Tri::False
                }
            }
            None => Tri::Unknown,
        }
    }
}

/// Replaces `{param-id}` in a rule text with the value in force.
fn fill(text: &Text, data: &RuleData, as_of: Date) -> Text {
    let fill_one = |s: &str| {
        let mut out = String::with_capacity(s.len());
        let mut rest = s;
        while let Some(start) = rest.find('{') {
            out.push_str(&rest[..start]);
            let after = &rest[start + 1..];
            match after.find('}') {
                Some(end) => {
                    let id = &after[..end];
                    match data
                        .params
                        .iter()
                        .find(|p| p.id == id)
                        .and_then(|p| param_in_force(p, as_of))
                    {
                        Some(v) => out.push_str(&format_number(v.value)),
                        None => out.push_str(&rest[start..start + end + 2]),
                    }
                    rest = &after[end + 1..];
                }
                None => {
                    out.push_str(&rest[start..]);
                    rest = "";
                }
            }
        }
        out.push_str(rest);
        out
    };
    Text {
        zh: fill_one(&text.zh),
        en: fill_one(&text.en),
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

pub fn evaluate_rule(rule: &Rule, data: &RuleData, project: &Project, as_of: Date) -> Finding {
    let mut finding = Finding {
        rule_id: rule.id.clone(),
        title: rule.title.clone(),
        outcome: Outcome::NotApplicable,
        status: rule.status,
        explanation: Text::default(),
        hint: None,
        caveats: Vec::new(),
        inputs: Vec::new(),
        thresholds: Vec::new(),
        missing: Vec::new(),
        could_be: Vec::new(),
        citations: rule.citations.clone(),
        open_questions: rule.open_questions.clone(),
    };
    if as_of < rule.effective_from || rule.effective_to.is_some_and(|to| as_of > to) {
        finding.explanation = Text {
            zh: format!(
                "本条在 {as_of} 不在效力期内（{} 起{}）。",
                rule.effective_from,
                rule.effective_to
                    .map(|d| format!("，至 {d} 止"))
                    .unwrap_or_default()
            ),
            en: format!(
                "This rule is not in force on {as_of} (from {}{}).",
                rule.effective_from,
                rule.effective_to
                    .map(|d| format!(" to {d}"))
                    .unwrap_or_default()
            ),
        };
        return finding;
    }
    let ctx = Ctx {
        data,
        project,
        as_of,
    };
    let mut trace = Trace::default();
    let applies = ctx.eval(&rule.applies_if, &mut trace);
    let (outcome, explain, hint, case_status, caveat) = match applies {
        Tri::False => (
            Outcome::NotApplicable,
            rule.not_applicable.clone(),
            None,
            None,
            None,
        ),
        Tri::Unknown => (
            Outcome::NeedsInput,
            Text {
                zh: "尚缺决定本条是否适用的信息。".into(),
                en: "Information that decides whether this rule applies is missing.".into(),
            },
            None,
            None,
            None,
        ),
        Tri::True => {
            let mut decided = None;
            let mut could_be = Vec::new();
            for case in &rule.cases {
                match ctx.eval(&case.when, &mut trace) {
                    Tri::True => {
                        decided = Some(case);
                        break;
                    }
                    Tri::Unknown => could_be.push(case.outcome),
                    Tri::False => {}
                }
            }
            if !could_be.is_empty() {
                // An earlier undecided branch could still apply: do not claim
                // a later branch or the default.
                could_be.extend(decided.map(|c| c.outcome));
                could_be.dedup();
                finding.could_be = could_be;
                (
                    Outcome::NeedsInput,
                    Text {
                        zh: "所填信息不足以判断本条，请补充下列各项。".into(),
                        en: "What was entered cannot decide this rule; please give the items listed.".into(),
                    },
                    None,
                    None,
                    None,
                )
            } else if let Some(case) = decided {
                (
                    case.outcome,
                    case.explain.clone(),
                    case.hint.clone(),
                    case.status,
                    case.caveat.clone(),
                )
            } else {
                (
                    rule.otherwise.outcome,
                    rule.otherwise.explain.clone(),
                    rule.otherwise.hint.clone(),
                    None,
                    None,
                )
            }
        }
    };
    if outcome != Outcome::NeedsInput {
        // Inputs that were asked for but did not matter are not "missing".
        trace.missing.clear();
    }
    finding.outcome = outcome;
    finding.explanation = fill(&explain, data, as_of);
    finding.hint = hint.map(|h| fill(&h, data, as_of));
    let mut status = rule.status;
    if let Some(s) = case_status {
        status = status.min(s);
    }
    if let Some(s) = trace.status {
        status = status.min(s);
    }
    finding.status = status;
    finding.caveats = trace.notes;
    if let Some(c) = caveat {
        finding.caveats.push(c);
    }
    finding.inputs = trace.inputs;
    finding.thresholds = trace.thresholds;
    finding.missing = trace.missing;
    finding
}

pub fn screen(data: &RuleData, project: &Project, as_of: Date) -> Report {
    let mut findings: Vec<Finding> = data
        .rules
        .iter()
        .map(|r| evaluate_rule(r, data, project, as_of))
        .collect();
    // Stable sort keeps rule-base order among equals.
    findings.sort_by_key(|f| std::cmp::Reverse(severity(f.outcome)));
    let overall = findings
        .first()
        .map(|f| f.outcome)
        .unwrap_or(Outcome::NotApplicable);
    let blocking = if severity(overall) > severity(Outcome::Allowed) {
        findings
            .iter()
            .filter(|f| f.outcome == overall)
            .map(|f| f.rule_id.clone())
            .collect()
    } else {
        Vec::new()
    };
    Report {
        data_version: data.data_version.clone(),
        as_of,
        overall,
        blocking,
        findings,
    }
}
