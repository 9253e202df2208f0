//! A rule base compiled for fast evaluation: every condition becomes a tree
//! of [`Code`] whose leaves hold a fact's number (its slot in the memo and
//! its derivation, resolved once) and a parameter's index in the data, so
//! screening never looks a name up. A program belongs to the rule data it
//! was built from ([`Program::built_for`]); the entry points build a fresh
//! one for any other data rather than trust names that may not match.

use crate::data_types::{Citation, Cond, Rule, RuleData, Text};
use crate::rules::template::{self, Plan, Template};
use std::collections::HashMap;

pub struct Program {
    /// Distinct fact names; a fact's number is its index here.
    pub(crate) facts: Vec<String>,
    /// What deriving each fact does, by fact number.
    pub(crate) refs: Vec<crate::rules::facts::FactRef>,
    /// Which input fields each fact may read (`may_read`), as bits of
    /// [`crate::project::FIELDS`], by fact number: a look-ahead probe asks
    /// it of every fact it touches. Worked out at the first probe, so
    /// starting the app does not wait for it.
    reads: std::sync::OnceLock<Vec<u128>>,
    /// Each rule's conditions, compiled, in rule-base order.
    pub(crate) rules: Vec<RuleCode>,
    fact_by_name: HashMap<String, u16, WordHashing>,
    /// Parameter index in `RuleData::params`, by name, for names met outside
    /// conditions (`{id}` in texts).
    pub(crate) param_by_name: crate::data_types::hashing::ParamIndex,
    /// Which rule data this was built from (its rule and parameter lists).
    source: (usize, usize, usize, usize),
    /// Where a typed distance's margins are among the parameters.
    pub(crate) typed_margins: crate::rules::facts::TypedMargins,
}

/// One rule's conditions and texts, compiled.
pub(crate) struct RuleCode {
    pub(crate) applies_if: Option<Code>,
    /// The `when` of each case, in order.
    pub(crate) cases: Vec<Code>,
    /// The texts a finding fills, each compiled when it has a
    /// `{placeholder}` (`None`: used as it is, as most are).
    pub(crate) texts: RuleTexts,
    /// Some citation has dates of its own: which are in force is worked
    /// out for each "as of" date. Most have none, and cite all.
    pub(crate) dated_citations: bool,
}

pub(crate) struct RuleTexts {
    pub(crate) not_applicable: Option<Template>,
    /// `not_applicable_parts`, in order.
    pub(crate) not_applicable_parts: Vec<Option<Template>>,
    /// Each case's texts in order, then the otherwise branch's.
    pub(crate) branches: Vec<BranchTexts>,
}

#[derive(Default)]
pub(crate) struct BranchTexts {
    pub(crate) explain: Option<Template>,
    pub(crate) hint: Option<Template>,
    pub(crate) caveat: Option<Template>,
}

/// A condition with its names resolved (see [`Cond`] for the meaning).
/// Compared whole to find one branch's part in another's (`rules::clear`).
#[derive(PartialEq)]
pub(crate) enum Code {
    All(Box<[Code]>),
    Any(Box<[Code]>),
    Not(Box<Code>),
    Is(u16),
    In(u16, Box<[Box<str>]>),
    Given(u16),
    /// A fact (by number) compared with a parameter (by index in the data).
    Cmp(u16, u16, Op),
    Flag(u16),
    /// A parameter the data does not have (a meta-test keeps rules from
    /// naming one): the condition cannot be decided.
    NoParam(Box<str>),
}

/// A comparison with a threshold, for a value known to ± `margin`: true or
/// false only if the whole interval is on one side.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Op {
    Lt,
    Le,
    Gt,
    Ge,
}

fn source_of(data: &RuleData) -> (usize, usize, usize, usize) {
    (
        data.rules.as_ptr() as usize,
        data.rules.len(),
        data.params.as_ptr() as usize,
        data.params.len(),
    )
}

impl Program {
    pub fn new(data: &RuleData) -> Program {
        let mut p = Program {
            facts: Vec::new(),
            refs: Vec::new(),
            reads: std::sync::OnceLock::new(),
            rules: Vec::with_capacity(data.rules.len()),
            fact_by_name: HashMap::default(),
            param_by_name: (data.params.iter().enumerate())
                .map(|(i, p)| (p.id.clone(), i as u16))
                .collect(),
            source: source_of(data),
            typed_margins: crate::rules::facts::typed_margins(data),
        };
        // Conditions first: the texts' expressions are resolved against
        // every fact a condition names.
        let conditions: Vec<(Option<Code>, Vec<Code>)> = (data.rules.iter())
            .map(|rule| {
                let applies_if = rule.applies_if.as_ref().map(|c| p.compile(c));
                (
                    applies_if,
                    rule.cases.iter().map(|c| p.compile(&c.when)).collect(),
                )
            })
            .collect();
        // Facts the report reads besides the conditions.
        for name in ["energy.tce_calorific", "energy.tce_primary"] {
            p.intern(name);
        }
        p.refs = (p.facts.iter())
            .map(|name| crate::rules::facts::resolve(name, data))
            .collect();
        let plan = |e: &str| p.plan(e);
        let compile = |t: Option<&Text>| t.and_then(|t| template::compile(t, &plan));
        let rules: Vec<RuleCode> = (data.rules.iter().zip(conditions))
            .map(|(rule, (applies_if, cases))| RuleCode {
                applies_if,
                cases,
                dated_citations: rule.citations.iter().any(Citation::is_dated),
                texts: RuleTexts {
                    not_applicable: compile(Some(&rule.not_applicable)),
                    not_applicable_parts: (rule.not_applicable_parts.iter())
                        .map(|t| compile(Some(t)))
                        .collect(),
                    branches: branch_texts(rule)
                        .map(|(explain, hint, caveat)| BranchTexts {
                            explain: compile(Some(explain)),
                            hint: compile(hint),
                            caveat: compile(caveat),
                        })
                        .collect(),
                },
            })
            .collect();
        p.rules = rules;
        p
    }

    fn intern(&mut self, name: &str) -> u16 {
        if let Some(id) = self.fact_by_name.get(name) {
            return *id;
        }
        let id = self.facts.len() as u16;
        self.facts.push(name.to_string());
        self.fact_by_name.insert(name.to_string(), id);
        id
    }

    fn compile(&mut self, cond: &Cond) -> Code {
        let (fact, param, op) = match cond {
            Cond::All { of } => return Code::All(of.iter().map(|c| self.compile(c)).collect()),
            Cond::Any { of } => return Code::Any(of.iter().map(|c| self.compile(c)).collect()),
            Cond::Not { of } => return Code::Not(Box::new(self.compile(of))),
            Cond::Is { fact } => return Code::Is(self.intern(fact)),
            Cond::Given { fact } => return Code::Given(self.intern(fact)),
            Cond::In { fact, values } => {
                let values = values.iter().map(|v| v.as_str().into()).collect();
                return Code::In(self.intern(fact), values);
            }
            Cond::Flag { param } => {
                return match self.param_by_name.get(param.as_str()) {
                    Some(&i) => Code::Flag(i),
                    None => Code::NoParam(param.as_str().into()),
                }
            }
            Cond::Lt { fact, param } => (fact, param, Op::Lt),
            Cond::Le { fact, param } => (fact, param, Op::Le),
            Cond::Gt { fact, param } => (fact, param, Op::Gt),
            Cond::Ge { fact, param } => (fact, param, Op::Ge),
        };
        let id = self.intern(fact);
        match self.param_by_name.get(param.as_str()) {
            Some(&i) => Code::Cmp(id, i, op),
            None => Code::NoParam(param.as_str().into()),
        }
    }

    /// Whether this program was built from `data` itself (rule data is never
    /// changed once loaded).
    pub(crate) fn built_for(&self, data: &RuleData) -> bool {
        self.source == source_of(data)
    }

    /// The number of a fact name, if the program knows it.
    pub(crate) fn fact_id(&self, name: &str) -> Option<u16> {
        self.fact_by_name.get(name).copied()
    }

    /// The fields fact number `id` may read, as bits of
    /// [`crate::project::FIELDS`].
    pub(crate) fn reads(&self, id: u16) -> Option<u128> {
        let reads =
            (self.reads).get_or_init(|| self.facts.iter().map(|name| field_bits(name)).collect());
        reads.get(id as usize).copied()
    }

    /// The names of a text's `{expr}` as numbers (see [`Plan`]).
    pub(crate) fn plan(&self, expr: &str) -> Plan {
        let param = |name: &str| self.param_index(name).map(|i| i as u16);
        Plan {
            param: param(expr),
            fact: self.fact_id(expr),
            factors: (expr.split('*').map(str::trim))
                .map(|f| (param(f), self.fact_id(f)))
                .collect(),
        }
    }

    /// The index of a parameter in the data.
    pub(crate) fn param_index(&self, name: &str) -> Option<usize> {
        self.param_by_name.get(name).map(|i| *i as usize)
    }
}

/// `program` when it was built for `data`, else one built now in `owned`.
pub(crate) fn for_data<'p>(
    program: &'p Program,
    data: &RuleData,
    owned: &'p mut Option<Program>,
) -> &'p Program {
    if program.built_for(data) {
        program
    } else {
        owned.insert(Program::new(data))
    }
}

/// A rule's branches in order, each as its explanation, hint and caveat:
/// the cases, then the otherwise branch.
pub(crate) fn branch_texts(
    rule: &Rule,
) -> impl Iterator<Item = (&Text, Option<&Text>, Option<&Text>)> {
    let o = &rule.otherwise;
    (rule.cases.iter())
        .map(|c| (&c.explain, c.hint.as_ref(), c.caveat.as_ref()))
        .chain([(&o.explain, o.hint.as_ref(), o.caveat.as_ref())])
}

/// The fields `fact` may read, as bits of [`crate::project::FIELDS`]
/// (the registry holds fewer than 128 fields: `field_index` checks it).
fn field_bits(fact: &str) -> u128 {
    (crate::project::FIELDS.iter().enumerate().take(128))
        .filter(|(_, f)| crate::rules::facts::may_read(fact, f.key))
        .fold(0, |bits, (i, _)| bits | 1 << i)
}

/// `keys` as bits of [`crate::project::FIELDS`]; `None` if one is not a
/// field there (a section), which `may_read` must then answer by name.
#[cfg(test)]
pub(crate) fn field_mask(keys: &[&str]) -> Option<u128> {
    places_mask(keys.iter().map(|k| crate::project::field_index(k)))
}

/// Fields by their places in [`crate::project::FIELDS`] as bits; `None` if
/// one is not a field (`None` among them) or lies past the 128th.
pub(crate) fn places_mask(places: impl IntoIterator<Item = Option<usize>>) -> Option<u128> {
    places.into_iter().try_fold(0u128, |bits, i| {
        let i = i.filter(|&i| i < 128)?;
        Some(bits | 1 << i)
    })
}

pub(crate) use crate::data_types::hashing::WordHashing;

#[cfg(test)]
mod tests {
    use super::*;

    /// Every text a finding may fill is compiled exactly when it has a
    /// placeholder, in the place of its branch (cases, then otherwise).
    #[test]
    fn the_program_compiles_the_rule_texts_with_placeholders() {
        let data = &crate::Engine::embedded().unwrap().data;
        let program = Program::new(data);
        let has = |t: &crate::data_types::Text| t.zh.contains('{') || t.en.contains('{');
        let mut templated = 0;
        for (rule, code) in data.rules.iter().zip(&program.rules) {
            let texts = &code.texts;
            assert_eq!(texts.not_applicable.is_some(), has(&rule.not_applicable));
            assert_eq!(texts.branches.len(), rule.cases.len() + 1, "{}", rule.id);
            for ((explain, hint, caveat), b) in branch_texts(rule).zip(&texts.branches) {
                assert_eq!(b.explain.is_some(), has(explain), "{}", rule.id);
                assert_eq!(b.hint.is_some(), hint.is_some_and(has), "{}", rule.id);
                assert_eq!(b.caveat.is_some(), caveat.is_some_and(has), "{}", rule.id);
                templated += usize::from(b.explain.is_some());
            }
        }
        assert!(
            templated > 0,
            "no rule text has a placeholder: the test proves nothing"
        );
    }

    /// A fact's field bits say what `may_read` says, field by field, and a
    /// changed field's mask meets them exactly then; a section is no field.
    #[test]
    fn the_fields_a_fact_may_read_are_its_bits() {
        let data = &crate::Engine::embedded().unwrap().data;
        let program = Program::new(data);
        let mut reading = 0;
        for (id, name) in program.facts.iter().enumerate() {
            let bits = program.reads(id as u16).unwrap();
            for f in crate::project::FIELDS {
                let mask = field_mask(&[f.key]).unwrap();
                let may = crate::rules::facts::may_read(name, f.key);
                assert_eq!(bits & mask != 0, may, "{name} / {}", f.key);
                reading += usize::from(may);
            }
        }
        assert!(reading > 0);
        assert_eq!(field_mask(&["energy"]), None);
        assert_eq!(program.reads(program.facts.len() as u16), None);
    }
}
