//! Evaluating conditions: three-valued (Kleene) logic over facts, with the
//! inputs, thresholds and notes each rule touched recorded as its "why".
//! (Rule texts are filled with the values in force in `fill`.)

pub use crate::data_types::param_in_force;
use crate::data_types::{Case, Citation, Outcome, Param, ParamValue, RuleData, Status, Text};
use crate::project::Project;
use crate::rules::facts::Siting;
use crate::rules::facts::{Fact, FactCtx, FactValue};
pub(crate) use crate::rules::logic::Tri;
use crate::rules::logic::{compare_value, in_values, leaf_value};
use crate::rules::program::{Code, Op, Program};
use crate::rules::template::Template;
use crate::text::date::Date;
pub use crate::text::numbers::format_number;
use crate::text::same;
use serde::Serialize;
use std::borrow::Cow;
use std::cell::RefCell;
use std::ops::Range;
use std::sync::Arc;

pub use crate::rules::caveat::Caveat;

/// An input a rule read. Its texts are written only when asked for (the app's
/// "inputs used", the JSON report), so screening itself formats nothing.
#[derive(Clone, Debug, PartialEq)]
pub struct InputUsed {
    pub field: &'static str,
    pub value: Option<crate::project::Value>,
}

impl InputUsed {
    /// As a project file or CSV cell writes it (`850`, `new`, `yes`), for scripts.
    pub fn text(&self) -> String {
        self.value
            .as_ref()
            .map(crate::project::value_text)
            .unwrap_or_default()
    }

    /// As the reader's language writes it: choice labels, money in 万元/亿元
    /// or millions, units.
    pub fn shown(&self) -> Text {
        self.value
            .as_ref()
            .map(|v| crate::project::display_value(crate::project::field(self.field), v))
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

/// What evaluating a rule touched: shown to the user as "why". (The
/// verdict-only path, [`Ctx::test`], keeps none.)
#[derive(Default)]
pub(crate) struct Trace<'a> {
    pub(crate) inputs: Vec<InputUsed>,
    /// Which keys `inputs` lists, by key number (see `Keys`).
    inputs_seen: [u64; 4],
    pub(crate) thresholds: Vec<ThresholdUsed<'a>>,
    pub(crate) notes: Vec<TraceNote<'a>>,
    /// The inputs that would decide the conditions still unknown, as a
    /// stack: each condition pushes its own and its parent keeps or drops
    /// them, so no list is built per condition.
    pub(crate) missing: Vec<&'static str>,
    /// The branches still undecided before the deciding one, each with the
    /// part of `missing` that would decide it (see `decide`).
    pub(crate) open: Vec<(usize, &'a Case, Range<usize>)>,
    /// Each branch walked, with its condition's value (see `decide`).
    pub(crate) walked: Vec<(Outcome, Tri)>,
    /// A typed distance was left unsure by its margin (which text says why).
    pub(crate) margin_unsure: bool,
    /// The branches that did not hold, each with the part of `notes` its
    /// condition left (see `decide`).
    pub(crate) failed: Vec<(Outcome, Range<usize>)>,
}

/// A note as recorded: a fact's note stays data until the finding is built,
/// so a note met at many leaves is compared, not worded, each time.
#[derive(PartialEq)]
pub(crate) enum TraceNote<'a> {
    Text(Cow<'a, Text>),
    Fact(crate::rules::facts::Note),
}

impl<'a> Trace<'a> {
    /// Empties every list for the next finding: one trace serves a whole
    /// report (see `Ctx::trace`). The working lists keep their room.
    pub(crate) fn reset(&mut self) {
        self.inputs.clear();
        self.inputs_seen = [0; 4];
        self.thresholds.clear();
        self.notes.clear();
        self.missing.clear();
        self.open.clear();
        self.walked.clear();
        self.margin_unsure = false;
        self.failed.clear();
    }

    /// Of the inputs pushed since `from`, keeps those not already listed
    /// since `floor` (nor earlier among themselves), in order.
    fn keep_new(&mut self, floor: usize, from: usize) {
        let mut kept = from;
        for at in from..self.missing.len() {
            let key = self.missing[at];
            if !self.missing[floor..kept].iter().any(|k| same(k, key)) {
                self.missing[kept] = key;
                kept += 1;
            }
        }
        self.missing.truncate(kept);
    }

    pub(crate) fn add_note(&mut self, note: Text) {
        self.push_note(TraceNote::Text(Cow::Owned(note)));
    }

    /// Repeats are kept here, since a part's notes may be dropped when the
    /// part turns out not to matter; [`Trace::worded_notes`] drops them.
    fn push_note(&mut self, note: TraceNote<'a>) {
        self.notes.push(note);
    }

    /// The notes worded, without repeats, in the order met, with room for
    /// `room_after` caveats the caller adds. A fact's note is
    /// worded once per screening (`worded`): the same sector note stands in
    /// many findings, and copying it is far cheaper than formatting it.
    pub(crate) fn worded_notes(
        notes: &mut Vec<TraceNote<'a>>,
        data: &RuleData,
        project: &Project,
        worded: &RefCell<Vec<(crate::rules::facts::Note, Arc<Text>)>>,
        room_after: usize,
    ) -> Vec<Caveat<'a>> {
        if notes.is_empty() {
            // Most findings: nothing to word, nor a list to drain.
            return Vec::with_capacity(room_after);
        }
        let mut out: Vec<Caveat<'a>> = Vec::with_capacity(notes.len() + room_after);
        for n in notes.drain(..) {
            let caveat = match n {
                TraceNote::Text(t) => Caveat::from(t),
                TraceNote::Fact(note) => {
                    let mut cache = worded.borrow_mut();
                    Caveat::Worded(match cache.iter().find(|(k, _)| *k == note) {
                        Some((_, t)) => t.clone(),
                        None => {
                            let t = Arc::new(note.render(data, project));
                            cache.push((note, t.clone()));
                            t
                        }
                    })
                }
            };
            // A shared text is the same note: no need to compare the words.
            let seen = out.iter().any(|c| match (c, &caveat) {
                (Caveat::Worded(a), Caveat::Worded(b)) if Arc::ptr_eq(a, b) => true,
                _ => *c == caveat,
            });
            if !seen {
                out.push(caveat);
            }
        }
        out
    }

    /// Repeats are kept here, as notes are: a part that turns out not to
    /// matter drops its thresholds, and a decisive part that used the same
    /// one must keep its own (an audit saw the band vanish when a tributary,
    /// not the Yangtze, decided). [`Trace::unique_thresholds`] drops them.
    pub(crate) fn add_threshold(&mut self, param: &'a Param, value: &'a ParamValue) {
        self.thresholds.push(ThresholdUsed {
            param: &param.id,
            title: &param.title,
            value: value.value,
            unit: &param.unit,
            from: value.from,
            citation: &value.citation,
        });
    }

    /// The thresholds used, each once, in the order first met.
    pub(crate) fn unique_thresholds(&mut self) -> Vec<ThresholdUsed<'a>> {
        let mut out: Vec<ThresholdUsed<'a>> = Vec::with_capacity(self.thresholds.len());
        for t in self.thresholds.drain(..) {
            // A parameter is one entry of the data: the same one is the
            // same string, so pointers are compared, not words.
            if !out.iter().any(|x| std::ptr::eq(x.param, t.param)) {
                out.push(t);
            }
        }
        out
    }
}

/// A condition's value, and how sure it is (the evidence grade of what
/// decided it; `None` for plain inputs or an unknown). When the value is
/// unknown, the inputs that would decide it are left on [`Trace::missing`],
/// after what was there before (a leaf pushes its fact's list as it stands;
/// repeats are dropped where lists are joined); a known value leaves nothing.
pub(crate) type Eval = (Tri, Option<Status>);

pub(crate) fn weakest(a: Option<Status>, b: Option<Status>) -> Option<Status> {
    match (a, b) {
        (Some(x), Some(y)) => Some(x.min(y)),
        (x, None) | (None, x) => x,
    }
}

/// The best of several equally sufficient reasons: a conclusion that holds
/// for any one of them is as sure as the surest.
pub(crate) fn strongest(a: Option<Status>, b: Option<Status>) -> Option<Status> {
    match (a, b) {
        (None, _) | (_, None) => None,
        (Some(x), Some(y)) => Some(x.max(y)),
    }
}

pub(crate) fn merge(missing: &mut Vec<&'static str>, more: &[&'static str]) {
    for m in more {
        if !missing.iter().any(|x| same(x, m)) {
            missing.push(m);
        }
    }
}

/// A field and the value a probe gives it.
pub(crate) type Answer = (&'static str, crate::project::Value);

pub(crate) struct Ctx<'a, 'p> {
    pub(crate) data: &'a RuleData,
    pub(crate) facts: FactCtx<'p>,
    pub(crate) as_of: Date,
    pub(crate) program: &'p Program,
    /// Facts already derived for this project, by fact number: several rules
    /// test the same ones (sectors, energy totals).
    pub(crate) memo: RefCell<Memo>,
    /// For a look-ahead probe: the project's own memo, and the fields the
    /// probe changed. A fact that cannot read any of them is taken from it.
    pub(crate) base: Option<(&'p RefCell<Memo>, &'p [Answer])>,
    /// With `base`: which facts, by number, may read a changed field, worked
    /// out once for many uses (the grid's cells) instead of at each lookup.
    pub(crate) stale: Option<&'p [bool]>,
    /// With `base`, for a probe: the changed fields as bits of
    /// [`crate::project::FIELDS`], set against each fact's
    /// `Program::reads` (`None`: ask `may_read` by name).
    pub(crate) changed_mask: Option<u128>,
    /// Fact notes already worded for this project (see `Trace::worded_notes`).
    pub(crate) worded: RefCell<Vec<(crate::rules::facts::Note, Arc<Text>)>>,
    /// The trace each finding is decided with, emptied between findings and
    /// never moved, so a report allocates its working lists once.
    pub(crate) trace: RefCell<Trace<'a>>,
}

/// Derived facts by fact number (`None`: not derived yet).
pub(crate) type Memo = Vec<Option<Option<Fact>>>;

impl<'a: 'p, 'p> Ctx<'a, 'p> {
    pub(crate) fn new(
        data: &'a RuleData,
        program: &'p Program,
        siting: Siting<'p>,
        project: &'p Project,
        as_of: Date,
    ) -> Ctx<'a, 'p> {
        Self::with_memo(data, program, siting, project, as_of, true)
    }

    /// `memo: false` starts with no memo: a look-ahead probe or a grid cell
    /// brings its own buffer, kept from one to the next, and reads what its
    /// change cannot touch from the base report's memo.
    pub(crate) fn with_memo(
        data: &'a RuleData,
        program: &'p Program,
        siting: Siting<'p>,
        project: &'p Project,
        as_of: Date,
        memo: bool,
    ) -> Ctx<'a, 'p> {
        let slots = if memo { program.facts.len().max(1) } else { 0 };
        Ctx {
            data,
            facts: FactCtx {
                project,
                data,
                as_of,
                siting,
                typed_margins: program.typed_margins,
                params_by_id: Some(&program.param_by_name),
            },
            as_of,
            program,
            memo: RefCell::new(vec![None; slots]),
            base: None,
            stale: None,
            changed_mask: None,
            worded: RefCell::new(Vec::new()),
            trace: RefCell::new(Trace::default()),
        }
    }

    /// Runs `f` on the named fact, deriving it once per project (see
    /// [`Ctx::with_fact_id`]); a name the program does not know is derived
    /// every time.
    pub(crate) fn with_fact<R>(&self, name: &str, f: impl FnOnce(&Fact) -> R) -> Option<R> {
        match self.program.fact_id(name) {
            Some(id) => self.with_fact_id(id, f),
            None => self.facts.fact(name).as_ref().map(f),
        }
    }

    /// Runs `f` on fact number `id`, deriving it once per project (every
    /// time when there is no memo: a look-ahead probe touches only a few
    /// rules).
    /// The field a fact is, when it was given a text that could not be read.
    fn refused_field(&self, fact: u16) -> Option<&'static str> {
        // Most projects refuse nothing: no name is looked up then.
        if !self.facts.project.any_refused() {
            return None;
        }
        let name = self.program.facts.get(fact as usize)?;
        let i = crate::project::field_index(name)?;
        let field = &crate::project::FIELDS[i];
        self.facts
            .project
            .is_refused(field.key)
            .then_some(field.key)
    }

    pub(crate) fn with_fact_id<R>(&self, id: u16, f: impl FnOnce(&Fact) -> R) -> Option<R> {
        // A probe or a grid cell: reuse what the change cannot have touched.
        if let Some((base, changed)) = &self.base {
            let touched = match self.stale {
                Some(stale) => stale.get(id as usize).copied().unwrap_or(true),
                None => match (self.changed_mask, self.program.reads(id)) {
                    (Some(mask), Some(reads)) => reads & mask != 0,
                    _ => {
                        let name = &self.program.facts[id as usize];
                        changed
                            .iter()
                            .any(|(k, _)| crate::rules::facts::may_read(name, k))
                    }
                },
            };
            if !touched {
                if let Some(Some(fact)) = base.borrow().get(id as usize) {
                    return fact.as_ref().map(f);
                }
            }
        }
        // One borrow for the common case, a fact already derived; a shared
        // one, so a test that reads other facts while `f` runs cannot clash.
        {
            let memo = self.memo.borrow();
            match memo.get(id as usize) {
                Some(Some(fact)) => return fact.as_ref().map(f),
                Some(None) => {}
                // No memo (a probe or a cell): derive, keep nothing.
                None => {
                    drop(memo);
                    return self.derive(id).as_ref().map(f);
                }
            }
        }
        // Deriving a fact never reads the memo.
        let fact = self.derive(id);
        self.memo.borrow_mut()[id as usize] = Some(fact);
        // A shared borrow while `f` runs, as above: a test may read other facts.
        self.memo.borrow()[id as usize]
            .as_ref()
            .and_then(|fact| fact.as_ref().map(f))
    }

    /// Fact number `id`, by the derivation the program resolved for it.
    fn derive(&self, id: u16) -> Option<Fact> {
        self.facts.derive(*self.program.refs.get(id as usize)?)
    }

    pub(crate) fn param(&self, id: &str) -> Option<(&'a Param, &'a ParamValue)> {
        self.param_at(self.program.param_index(id)?)
    }

    /// The parameter at `index` in the data, with its value in force.
    pub(crate) fn param_at(&self, index: usize) -> Option<(&'a Param, &'a ParamValue)> {
        let p = self.data.params.get(index)?;
        Some((p, param_in_force(p, self.as_of)?))
    }

    /// A condition's value with its why (see [`Eval`]), for the explained
    /// report; [`Ctx::test`] gives the value alone.
    pub(crate) fn run(&self, code: &Code, t: &mut Trace<'a>) -> Eval {
        match code {
            // Kleene logic over sets of values (`Tri`): a decisive part
            // decides even if others are open, and only parts an input could
            // narrow contribute missing inputs. All parts are
            // evaluated so the trace lists every input.
            Code::All(of) | Code::Any(of) => {
                let decisive = if matches!(code, Code::All(_)) {
                    Tri::False
                } else {
                    Tri::True
                };
                let all = decisive == Tri::False;
                let mut decided = false;
                // Every value the parts together may give.
                let mut value = decisive.not();
                let floor = t.missing.len();
                // A note warns that a fact may be other than it seems; it
                // stays only with a part whose value the result rests on
                // (once a decisive part is met, no other can change it).
                let notes_floor = t.notes.len();
                // So does a threshold: a part the result does not rest on
                // (the steel flag of a chemical project's YRB-10) used none.
                let thresholds_floor = t.thresholds.len();
                // Any decisive part suffices, so it is as sure as the surest;
                // otherwise every part was needed, as sure as the weakest.
                let mut surest: Option<Option<Status>> = None;
                let mut weakest_all: Option<Status> = None;
                for c in of {
                    // Every part is evaluated so the trace lists every input.
                    let from = t.missing.len();
                    let notes_from = t.notes.len();
                    let thresholds_from = t.thresholds.len();
                    let (r, st) = self.run(c, t);
                    if r == decisive {
                        if !decided && notes_from > notes_floor {
                            t.notes.drain(notes_floor..notes_from);
                        }
                        if !decided && thresholds_from > thresholds_floor {
                            t.thresholds.drain(thresholds_floor..thresholds_from);
                        }
                        decided = true;
                        surest = Some(match surest {
                            Some(prev) => strongest(prev, st),
                            None => st,
                        });
                    } else if decided {
                        t.notes.truncate(notes_from);
                        t.thresholds.truncate(thresholds_from);
                    }
                    // Only undecided parts met before a decisive one add
                    // what is missing.
                    if r.askable() && !decided {
                        t.keep_new(floor, from);
                    } else {
                        t.missing.truncate(from);
                    }
                    weakest_all = weakest(weakest_all, st);
                    value = if all { value.and(r) } else { value.or(r) };
                }
                if decided {
                    t.missing.truncate(floor);
                    (decisive, surest.flatten())
                } else if value.open() {
                    (value, None)
                } else {
                    (value, weakest_all)
                }
            }
            Code::Not(of) => {
                let (r, st) = self.run(of, t);
                (r.not(), st)
            }
            Code::Is(fact) => self.leaf(*fact, t, |v, _| match v {
                FactValue::Bool(b) => Some(Tri::from(*b)),
                _ => None,
            }),
            Code::In(fact, values) => self.leaf(*fact, t, |v, _| in_values(v, values)),
            Code::Given(fact) => {
                let from = t.missing.len();
                let (r, _) = self.leaf(*fact, t, |v, _| Some(Tri::from(*v != FactValue::Unknown)));
                // Given or not is always known: nothing is missing. Save a
                // field given a text that could not be read: it is not
                // blank, and what it holds is open (a batch row with an
                // unreadable product had settled CAP-02 as not applicable).
                t.missing.truncate(from);
                if let Some(key) = self.refused_field(*fact) {
                    merge(&mut t.missing, &[key]);
                    return (Tri::Unknown, None);
                }
                (
                    if r == Tri::True {
                        Tri::True
                    } else {
                        Tri::False
                    },
                    None,
                )
            }
            Code::Cmp(fact, param, op) => self.compare(*fact, *param as usize, t, *op),
            Code::Flag(param) => match self.param_at(*param as usize) {
                Some((p, v)) => {
                    t.add_threshold(p, v);
                    (Tri::from(v.value != 0.0), Some(v.status))
                }
                None => (self.no_param_at(*param as usize, t), Some(Status::U)),
            },
            Code::NoParam(name) => (self.no_param(name, t), Some(Status::U)),
        }
    }

    /// The value of a condition alone, for the verdict-only path: how sure
    /// it is and what is missing are not asked for there, so a decisive part
    /// ends an `all` or `any` and nothing is recorded. Agrees with
    /// [`Ctx::run`] on the value (a test checks it on every golden case).
    pub(crate) fn test(&self, code: &Code) -> Tri {
        // Generic, not `dyn`: each leaf's test is inlined (callgrind).
        fn leaf(
            ctx: &Ctx<'_, '_>,
            fact: u16,
            f: impl Fn(&FactValue, f64) -> Option<Tri> + Copy,
        ) -> Tri {
            ctx.with_fact_id(fact, |x| leaf_value(x, f(&x.value, x.margin), f))
                .unwrap_or(Tri::Unsure)
        }
        match code {
            Code::All(of) | Code::Any(of) => {
                let decisive = if matches!(code, Code::All(_)) {
                    Tri::False
                } else {
                    Tri::True
                };
                let all = decisive == Tri::False;
                let mut value = decisive.not();
                for c in of.iter() {
                    let r = self.test(c);
                    if r == decisive {
                        return decisive;
                    }
                    value = if all { value.and(r) } else { value.or(r) };
                }
                value
            }
            Code::Not(of) => self.test(of).not(),
            Code::Is(fact) => leaf(self, *fact, |v, _| match v {
                FactValue::Bool(b) => Some(Tri::from(*b)),
                _ => None,
            }),
            Code::In(fact, values) => leaf(self, *fact, |v, _| in_values(v, values)),
            Code::Given(fact) if self.refused_field(*fact).is_some() => Tri::Unknown,
            Code::Given(fact) => {
                match leaf(self, *fact, |v, _| {
                    Some(Tri::from(*v != FactValue::Unknown))
                }) {
                    Tri::True => Tri::True,
                    _ => Tri::False,
                }
            }
            Code::Cmp(fact, param, op) => match self.param_at(*param as usize) {
                Some((_, value)) => leaf(self, *fact, |v, margin| {
                    compare_value(*op, v, margin, value.value)
                }),
                None => Tri::Unsure,
            },
            Code::Flag(param) => match self.param_at(*param as usize) {
                Some((_, v)) => Tri::from(v.value != 0.0),
                None => Tri::Unsure,
            },
            Code::NoParam(_) => Tri::Unsure,
        }
    }

    fn no_param(&self, id: &str, t: &mut Trace<'a>) -> Tri {
        // Rule data promise (checked by meta-tests): every parameter a rule
        // uses is in force whenever the rule is. If not, say so honestly:
        // no input can make up for it, so a person must check.
        t.add_note(Text {
            zh: format!("参数 {id} 在 {} 无有效取值，无法判断。", self.as_of),
            en: format!(
                "Parameter {id} has no value in force on {}; cannot decide.",
                self.as_of
            ),
        });
        Tri::Unsure
    }

    /// A parameter the rule names that has no value in force.
    fn no_param_at(&self, index: usize, t: &mut Trace<'a>) -> Tri {
        let name = self.data.params.get(index).map_or("?", |p| p.id.as_str());
        self.no_param(name, t)
    }

    fn compare(&self, fact: u16, param: usize, t: &mut Trace<'a>, op: Op) -> Eval {
        let Some((param, value)) = self.param_at(param) else {
            return (self.no_param_at(param, t), Some(Status::U));
        };
        t.add_threshold(param, value);
        let (r, st) = self.leaf(fact, t, |v, margin| {
            compare_value(op, v, margin, value.value)
        });
        // The comparison is as sure as the fact and the threshold together.
        (r, weakest(st, Some(value.status)))
    }

    /// The fields a fact read and the parameters it applied, as inputs and
    /// thresholds used. (Inlined: out of line, the leaves' recording cost
    /// 2 % more of a report.)
    #[inline(always)]
    fn record_read(&self, f: &Fact, t: &mut Trace<'a>) {
        for (key, index, field) in f.inputs.indexed() {
            // A bit per key number: many leaves read the same fields.
            let (word, bit) = (key as usize / 64, 1u64 << (key % 64));
            if t.inputs_seen[word] & bit == 0 {
                t.inputs_seen[word] |= bit;
                let value = index.and_then(|i| self.facts.project.get_at(i));
                t.inputs.push(InputUsed {
                    field,
                    value: value.cloned(),
                });
            }
        }
        for &at in &f.params {
            if let Some((p, v)) = self.param_at(at as usize) {
                t.add_threshold(p, v);
            }
        }
    }

    /// The parameters and known facts a finding's text states ("1,000,000 t
    /// new needs at least 1,000,000 t retired"), listed beside those its
    /// conditions used: every figure the text gives is among the inputs or
    /// thresholds (an audit found a steel ratio and the capacity in the
    /// text alone).
    pub(crate) fn record_text(&self, text: &Template, t: &mut Trace<'a>) {
        let record = |f: &Fact, t: &mut Trace<'a>| {
            if f.value != FactValue::Unknown {
                self.record_read(f, t);
            }
        };
        for (expr, plan) in text.exprs.iter().zip(&text.plans) {
            // A product's factors by name beside their numbers.
            let whole = std::iter::once((&**expr, (plan.param, plan.fact)));
            let parts = (plan.factors.len() > 1).then(|| {
                expr.split('*')
                    .map(str::trim)
                    .zip(plan.factors.iter().copied())
            });
            for (name, (param, fact)) in whole.chain(parts.into_iter().flatten()) {
                if let Some((p, v)) = param.and_then(|at| self.param_at(at as usize)) {
                    t.add_threshold(p, v);
                    continue;
                }
                // A fact the program does not number is derived by its name,
                // as the text's filling does.
                match fact {
                    Some(id) => self.with_fact_id(id, |f| record(f, t)),
                    None if !name.contains('*') => self.with_fact(name, |f| record(f, t)),
                    None => None,
                };
            }
        }
    }

    fn leaf(
        &self,
        fact: u16,
        t: &mut Trace<'a>,
        test: impl Fn(&FactValue, f64) -> Option<Tri>,
    ) -> Eval {
        let result = self.with_fact_id(fact, |f| {
            self.record_read(f, t);
            // A fact's status already includes the parameters it applied.
            let tested = test(&f.value, f.margin);
            let value = leaf_value(f, tested, &test);
            // Decided as it would be without a narrowing reading: that
            // reading's grade and its note are not part of why.
            let wide = f.unnarrowed.is_some_and(|all| {
                !value.askable()
                    && value != Tri::Unsure
                    && test(&FactValue::OneOf(all), f.margin) == Some(value)
            });
            if let Some(note) = f.note.filter(|_| !wide) {
                t.push_note(TraceNote::Fact(note));
            }
            match value {
                // Known, but too uncertain to decide (a map estimate near the
                // threshold, a distance at its margin): ask for what would
                // decide it.
                v if v.askable() && tested.is_some() => {
                    t.missing.extend(f.decide_with.iter());
                    (v, None)
                }
                v if v.askable() => {
                    t.missing.extend(f.missing.iter());
                    (v, None)
                }
                Tri::Unsure => {
                    // The margin that left it open is part of why.
                    if let Some((p, v)) = f.margin_param.and_then(|at| self.param_at(at as usize)) {
                        t.add_threshold(p, v);
                        t.margin_unsure = true;
                    }
                    (Tri::Unsure, Some(f.status))
                }
                b if wide => (b, Some(Status::V1)),
                b => (b, Some(f.status)),
            }
        });
        result.unwrap_or_else(|| {
            let name = &self.program.facts[fact as usize];
            t.add_note(Text {
                zh: format!("规则引用了未知事实 {name}。"),
                en: format!("The rule refers to an unknown fact {name}."),
            });
            (Tri::Unsure, Some(Status::U))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What a part leaves on the stack joins its parent's list as `merge`
    /// would: new keys in order, without the ones already there since the
    /// parent began, nor repeats; what lies below the parent is untouched.
    #[test]
    fn keep_new_joins_a_part_s_inputs_without_repeats() {
        let mut t = Trace::default();
        t.missing.extend(["below", "a", "b"]);
        // The parent began after "below"; the part pushed four keys.
        t.missing.extend(["b", "c", "below", "c", "d"]);
        t.keep_new(1, 3);
        assert_eq!(t.missing, ["below", "a", "b", "c", "below", "d"]);
        let mut joined = vec!["a", "b"];
        merge(&mut joined, &["b", "c", "below", "c", "d"]);
        assert_eq!(joined, ["a", "b", "c", "below", "d"]);
    }
}
