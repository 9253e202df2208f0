//! The next questions: the inputs still missing, ranked by how much their
//! answer could move the verdict. Only inputs of rules that could still make
//! the verdict worse than its best are asked; the rest cannot change it.

use crate::data_types::{Outcome, Text};
use crate::project::{self, FieldKind, Value};
use crate::rules::bounds::Bounds;
use crate::rules::bounds::{weight, OutcomeSet};
pub use crate::rules::composites::{composite, composite_of, Composite, Holds, Item, COMPOSITES};
use crate::rules::decide::Finding;
pub use crate::rules::follow_ups::FOLLOW_UPS;
use crate::text;
use serde::Serialize;
use std::sync::OnceLock;

/// What kind of answer a question takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AnswerKind {
    YesNo,
    Choice,
    /// Several of a list, or none.
    Set,
    /// "None of these" for several fields at once, or which ones.
    NoneOf,
    Number,
    /// A measured distance: the costliest to answer.
    Distance,
    Place,
    Text,
}

impl AnswerKind {
    /// How much work an answer is, for ordering equals: a yes/no before a
    /// survey.
    fn cost(self) -> u8 {
        match self {
            AnswerKind::YesNo | AnswerKind::NoneOf => 0,
            AnswerKind::Choice | AnswerKind::Set => 1,
            AnswerKind::Number | AnswerKind::Text => 2,
            AnswerKind::Distance | AnswerKind::Place => 3,
        }
    }
}

/// One question. `field` for one input; `fields` for a composite one (the
/// energy total, "none of these protected areas").
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Question<'a> {
    /// The field key, or the composite's id (`site.protected_areas`, `energy`).
    pub id: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<&'static str>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<&'static str>,
    pub kind: AnswerKind,
    pub text: Text,
    /// Rules this answer can decide (of those that still matter).
    pub rules: Vec<&'a str>,
    /// Some answer could make the project prohibited.
    pub could_prohibit: bool,
    /// Some answer could settle every rule it decides at the verdict's best,
    /// lifting what they hold open (a possible prohibition among them).
    pub could_clear: bool,
    /// The worst outcome an answer could lead to.
    pub worst: Outcome,
    /// For `none_of`: the answer "none of these", as the fields it sets.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub none: Vec<Setting>,
    /// Ranking weight: how much of the verdict's range the answer could close.
    pub weight: u32,
    /// An answer the other facts make likely, offered for the person to
    /// confirm; never applied (see [`proposal`]).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub proposed: Option<Proposal>,
    /// A bound that settles what the question decides, for one who knows
    /// no figure but knows it is small (see `rules::quick`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quick: Option<Quick>,
    /// The look-ahead found that no answer changes what any rule could
    /// still be (see [`ranked`]): asked after the rest, if at all.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub settles_nothing: bool,
}

/// A bound to offer as one tap: the fields it sets, as a project file
/// writes them, and how the button says it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Quick {
    pub settings: Vec<(&'static str, String)>,
    pub label: Text,
}

/// A likely answer to a question and why it is likely.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Proposal {
    /// The value as the field takes it (`yes`).
    pub value: &'static str,
    pub why: Text,
}

/// A field and the value an answer gives it, as a project file writes it.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Setting {
    pub field: &'static str,
    pub value: &'static str,
}

/// A question's short name, where it is listed rather than asked ("left
/// open: …"): a field's label, a composite's name, the energy total.
pub fn name(id: &str) -> Option<project::L10n> {
    match id {
        // The total's own label ("Or: total energy use…") reads as a
        // choice beside the carriers, not as a name (a user test).
        "energy" | "energy.stated_total_tce" => {
            Some(project::L10n::new("年综合能源消费量", "yearly energy use"))
        }
        // Named in lists beside short names ("depends on: …, protected
        // areas"), not by its whole question (a re-test).
        "chemical_process" => Some(project::L10n::new("化工生产工序", "chemical production")),
        _ => (project::field(id).map(|f| f.label)).or_else(|| composite(id).map(|c| c.name)),
    }
}

/// A question's id as this build knows it (a field, a composite, or
/// `energy`), for ids read back from a saved document.
pub fn question_id(id: &str) -> Option<&'static str> {
    match id {
        "energy" => Some("energy"),
        _ => (project::field(id).map(|f| f.key)).or_else(|| composite(id).map(|c| c.id)),
    }
}

/// The energy section is asked as one figure: the yearly total in tce.
pub const ENERGY_FIELDS: &[&str] = &["energy.stated_total_tce", "energy.stated_basis"];

fn kind_of(key: &str) -> AnswerKind {
    match project::field(key).map(|f| f.kind) {
        Some(FieldKind::YesNo) => AnswerKind::YesNo,
        Some(FieldKind::Choice(_) | FieldKind::ChemicalPark) => AnswerKind::Choice,
        Some(FieldKind::Set(_)) => AnswerKind::Set,
        Some(FieldKind::Number { .. }) => AnswerKind::Number,
        Some(FieldKind::Distance) => AnswerKind::Distance,
        Some(FieldKind::Coordinates | FieldKind::Parcel) => AnswerKind::Place,
        _ => AnswerKind::Text,
    }
}

fn text_of(key: &'static str, items: &[Item]) -> Text {
    if let Some(c) = composite(key) {
        if let (Some((zh, en)), [item]) = (c.ask_one, items) {
            return Text {
                zh: zh.replace("{}", item.name.0),
                en: en.replace("{}", item.name.1),
            };
        }
        // Joined piece by piece: composites are asked in every report of a
        // first meeting, and the formatting machinery costs more than this.
        let n = items.len();
        let mut zh = vec![c.ask.0];
        let mut en = vec![c.ask.1];
        for (k, item) in items.iter().enumerate() {
            if k > 0 {
                zh.push("、");
                // Every composite asks "any of these?".
                en.push(match (k + 1 == n, n > 2) {
                    (false, _) => ", ",
                    (true, true) => ", or ",
                    (true, false) => " or ",
                });
            }
            zh.push(item.name.0);
            en.push(item.name.1);
        }
        zh.push("？");
        en.push("?");
        return Text {
            zh: text::concat(&zh),
            en: text::concat(&en),
        };
    }
    match key {
        // Field labels that read as headings, not as questions. The
        // facilities are named in the question itself: behind "some of
        // them" a user test could not see what was asked about.
        "facilities" => {
            let names = project::FACILITIES;
            let zh: Vec<&str> = names.iter().map(|c| c.label.zh).collect();
            // As written (they start with a capital, and "Yangtze" must keep it).
            let en: Vec<&str> = names.iter().map(|c| c.label.en).collect();
            Text {
                zh: format!("项目是否包含下列设施或活动：{}？", zh.join("；")),
                en: format!(
                    "Does the project include any of these facilities or activities: {}?",
                    en.join("; ")
                ),
            }
        }
        "site.distance_reference" => Text {
            zh: "所填距离量至哪条线（水边、堤脚还是管理范围外缘线）？".into(),
            en: "What line were the typed distances measured to (water edge, levee toe or the management range's outer edge)?".into(),
        },
        // Its label is a bare noun (a user test read "Chemical park" with a
        // list under it, and no question).
        "site.chemical_park" => Text {
            zh: "选址位于哪个省认定的化工园区？".into(),
            en: "Which recognised chemical park is the site in?".into(),
        },
        "site.zoning_check" => Text {
            zh: "所在“三线一单”环境管控单元的准入清单对本项目怎么规定？".into(),
            en: "What does the admission list of the site's environmental zoning unit (三线一单) say about this project?".into(),
        },
        "site.location_datum" => Text {
            zh: "选址坐标取自哪里（坐标系）？".into(),
            en: "Where were the site coordinates taken from (coordinate system)?".into(),
        },
        "energy" => Text {
            zh: "项目年综合能源消费量是多少（吨标准煤）？".into(),
            en: "What is the project's yearly energy use (tonnes of coal equivalent)?".into(),
        },
        // Its label begins "Or:" beside the carriers in the form; asked on
        // its own (a stated total below its carriers) it is the total.
        // The basis is part of the answer: where only electricity's
        // primary factor is open, a calorific total settles nothing, and an
        // audit's interview asked the same total twice for want of saying so.
        "energy.stated_total_tce" => Text {
            zh: "项目年综合能源消费量（已折标煤）是多少？请按节能报告所列填写，并说明口径（仅电力折算系数未定时，须按等价值）。".into(),
            en: "What is the project's yearly total energy use, in tce, as its energy report gives it, and on which basis? (Where only electricity's factor leaves it open, the primary-equivalent total settles it.)".into(),
        },
        // Asked where the yearly total is not known (`in_place_of`): its
        // label alone ("Electricity") reads as no question.
        "energy.electricity_10k_kwh" => Text {
            zh: "不知道综合能耗的话，项目年用电量是多少（万千瓦时）？".into(),
            en: "If the total is not known: how much electricity does the project use a year (10⁴ kWh)?".into(),
        },
        // Asked of carriers typed: whether nothing else is used, named so
        // that "yes" plainly means "that is all".
        "energy.carriers_complete" => Text {
            zh: "已填的能源就是项目的全部能源消费吗（再无其他电、煤、气、油、蒸汽）？".into(),
            en: "Is the energy entered all the project uses (no other electricity, coal, gas, oil or steam)?".into(),
        },
        k => match project::field(k) {
            Some(f) => Text {
                zh: f.label.zh.into(),
                en: f.label.en.into(),
            },
            None => Text {
                zh: k.into(),
                en: k.into(),
            },
        },
    }
}

struct Tally<'a> {
    id: &'static str,
    rules: Vec<&'a str>,
    worst: Outcome,
    could_prohibit: bool,
    could_clear: bool,
}

/// Looks ahead: what the named rules could be if the project also had these
/// values.
pub type Probe<'p> = dyn FnMut(&[&str], &[(&'static str, Value)]) -> Vec<OutcomeSet> + 'p;

/// How much of the verdict's range is still open: for every rule, how far
/// above the verdict's best it could still end, from each rule's weights
/// (`span_of`).
fn open_span(spans: &[(u8, u8)]) -> u32 {
    let floor = spans.iter().map(|&(best, _)| best).max().unwrap_or(0);
    spans
        .iter()
        .map(|&(best, worst)| worst.saturating_sub(floor.max(best)) as u32)
        .sum()
}

/// A rule's possible outcomes as the weights of the best and the worst; an
/// empty set is (0, 0), which neither raises the floor nor adds a span.
fn span_of(set: OutcomeSet) -> (u8, u8) {
    match (set.best(), set.worst()) {
        (Some(best), Some(worst)) => (weight(best), weight(worst)),
        _ => (0, 0),
    }
}

/// The value a setting gives its field, as the project parser reads it.
fn parse_setting(s: &Setting) -> Option<Value> {
    let spec = project::field(s.field)?;
    project::parse_value(spec, s.value, None).ok().flatten()
}

/// What each composite item's "none" sets, parsed once: the look-ahead tries
/// it for every report where that question is open.
fn none_value(s: &Setting) -> Option<Value> {
    static PARSED: OnceLock<Vec<(Setting, Option<Value>)>> = OnceLock::new();
    let parsed = PARSED.get_or_init(|| {
        let settings = COMPOSITES.iter().flat_map(|c| c.items).map(|i| Setting {
            field: i.sets,
            value: i.none,
        });
        settings.map(|s| (s, parse_setting(&s))).collect()
    });
    let same = |a: &Setting| text::same(a.field, s.field) && text::same(a.value, s.value);
    match parsed.iter().find(|(known, _)| same(known)) {
        Some((_, value)) => value.clone(),
        None => parse_setting(s),
    }
}

/// The answers a look-ahead tries, each taken as equally likely. `None` for
/// questions that take a number: any answer is assumed to settle its rules.
fn candidate_answers(
    id: &'static str,
    none: &[Setting],
) -> Option<Vec<Vec<(&'static str, Value)>>> {
    if !none.is_empty() {
        // "None of these", or some of them (which settles nothing yet).
        let all: Vec<_> = none
            .iter()
            .filter_map(|s| Some((s.field, none_value(s)?)))
            .collect();
        return Some(vec![all, Vec::new()]);
    }
    let spec = project::field(id)?;
    let one = |v: Value| vec![(id, v)];
    match spec.kind {
        FieldKind::YesNo => Some(vec![one(Value::Bool(true)), one(Value::Bool(false))]),
        FieldKind::Choice(choices) => {
            Some(choices.iter().map(|c| one(Value::Choice(c.key))).collect())
        }
        // "None", or some of them, which settles nothing until we know
        // which (as for a composite); one probe instead of one per item.
        FieldKind::Set(_) => Some(vec![one(Value::Set(Vec::new().into())), Vec::new()]),
        _ => None,
    }
}

/// The questions for a report, most useful first; empty once the verdict is
/// decided. Each is ranked by how much of the verdict's open range its
/// answers would close on average, found by re-deciding its rules with each
/// answer (`probe`); among equals, the cheaper answer first.
/// How many questions get a look-ahead.
const LOOKAHEAD: usize = 4;

/// `q` asked of one field instead, as the interview does where the person
/// answered "don't know" to `q` (the yearly total, then its electricity):
/// the same rules and stakes, the field's own kind and words.
pub(crate) fn in_place_of<'a>(q: &Question<'a>, key: &'static str) -> Question<'a> {
    Question {
        id: key,
        field: Some(key),
        fields: Vec::new(),
        kind: kind_of(key),
        text: text_of(key, &[]),
        none: Vec::new(),
        proposed: None,
        quick: None,
        ..q.clone()
    }
}

pub fn ranked<'a>(
    findings: &[Finding<'a>],
    bounds: Bounds,
    (declined, near): (&[&str], &[&str]),
    probe: &mut Probe<'_>,
) -> Vec<Question<'a>> {
    let mut qs = questions_with(findings, bounds, (declined, near));
    if qs.len() < 2 {
        return qs;
    }
    let spans: Vec<(u8, u8)> = findings.iter().map(|f| span_of(f.possible)).collect();
    let before = open_span(&spans);
    let mut trial = spans.clone();
    // Look ahead for the strongest few only (by the open range of their
    // rules); the rest keep half of what settling their rules would close.
    for q in qs.iter_mut().skip(LOOKAHEAD) {
        q.weight *= 50;
    }
    // Questions each of whose answers leaves every rule's outcomes as they
    // are: asked after the rest, by when another answer may make them
    // matter (an audit saw "does it discharge?" asked next, though neither
    // answer changed anything yet).
    let mut idle: Vec<&'static str> = Vec::new();
    for q in qs.iter_mut().take(LOOKAHEAD) {
        let Some(answers) = candidate_answers(q.id, &q.none) else {
            // A number: taken to settle every rule it feeds.
            q.weight *= 100;
            continue;
        };
        let mut total = 0u32;
        // "Some of these" (an empty answer) is not tried: it may still
        // lead to items that matter.
        let mut changes = answers.iter().any(Vec::is_empty);
        for answer in &answers {
            let after = if answer.is_empty() {
                before
            } else {
                let new = probe(&q.rules, answer);
                trial.copy_from_slice(&spans);
                for (id, set) in q.rules.iter().zip(new) {
                    if let Some(i) = same_str(findings.iter().map(|f| f.rule_id), id) {
                        trial[i] = span_of(set);
                        changes |= set != findings[i].possible;
                    }
                }
                open_span(&trial)
            };
            total += before.saturating_sub(after);
        }
        q.weight = 100 * total / answers.len().max(1) as u32;
        if !changes {
            idle.push(q.id);
            q.settles_nothing = true;
        }
    }
    sort(&mut qs);
    if !idle.is_empty() {
        // Stable: the others keep their order, and so do these.
        qs.sort_by_key(|q| idle.contains(&q.id));
    }
    declined_first(&mut qs, declined);
    qs
}

/// Questions that, answered "don't know" (and so in `declined`), give way
/// to a narrower one: who cannot say the type of project may know whether
/// it adds capacity, which makes it new or an expansion whatever the type (a
/// question audit saw the 1 km rule left open after "don't know", never
/// asking it); who cannot name the catalogue class may know it is neither
/// restricted nor eliminated, which decides most of what the class does (an
/// advisor audit saw the catalogue rules left open, that never asked).
pub const FALLBACKS: &[(&str, &str)] = &[
    ("action", "adds_capacity"),
    ("catalogue.class", "catalogue.not_restricted"),
];

/// Questions about how to read another answer, with that answer: not asked
/// once it was answered "don't know" (an audit's interview asked "basis of
/// that total" after the total was not known).
pub const ASKED_WITH: &[(&str, &str)] = &[("energy.stated_basis", "energy.stated_total_tce")];

/// The items of a group answered "some of these" come next, in their own
/// order (those that could prohibit first): the reader is asked which right
/// away (an audit's interview scattered the protected areas' items over
/// fifteen questions, the drinking-water zone's seventeenth).
fn declined_first(qs: &mut [Question], declined: &[&str]) {
    if declined.is_empty() {
        return;
    }
    qs.sort_by_key(|q| !composite_of(q.id).is_some_and(|c| declined.contains(&c.id)));
}

/// The position of `id` among `ids`. Rule ids in a report borrow the rule
/// data, so the address usually finds it without comparing text.
pub(crate) fn same_str<'s>(ids: impl Iterator<Item = &'s str> + Clone, id: &str) -> Option<usize> {
    ids.clone()
        .position(|x| std::ptr::eq(x, id))
        .or_else(|| ids.into_iter().position(|x| x == id))
}

/// A question that could prohibit comes before any that cannot: whether
/// the project may go ahead at all is what a negotiation needs first (a
/// user test had the energy figures, worth a review, asked before the 1 km
/// question of a chemical plant). Within each, the most useful first.
/// ([`ranked`] then moves last those none of whose answers changes
/// anything yet.)
fn sort(qs: &mut [Question]) {
    qs.sort_by_cached_key(|q| {
        (
            !q.could_prohibit,
            std::cmp::Reverse(q.weight),
            q.kind.cost(),
            project::field_index(q.id).unwrap_or(usize::MAX),
        )
    });
}

/// The questions for a report without look-ahead, ranked by the open range
/// of the rules each could decide. Empty once the verdict is decided.
/// Composites in `declined` were answered "some of these": their items are
/// asked one by one. Distances in `near` ([`near_water`]) are asked for
/// their figure, not in a "none within 5 km" group.
pub fn questions_with<'a>(
    findings: &[Finding<'a>],
    bounds: Bounds,
    (declined, near): (&[&str], &[&str]),
) -> Vec<Question<'a>> {
    if bounds.decided() {
        return Vec::new();
    }
    let floor = weight(bounds.best);
    let deferred = crate::rules::follow_ups::deferred(findings);
    let mut tallies: Vec<Tally<'a>> = Vec::new();
    let mut weights: Vec<u32> = Vec::new();
    for f in findings {
        if f.outcome != Outcome::NeedsInput {
            continue;
        }
        let (Some(best), Some(worst)) = (f.possible.best(), f.possible.worst()) else {
            continue;
        };
        // A rule that cannot go above the verdict's best cannot change it.
        if weight(worst) <= floor {
            continue;
        }
        let span = (weight(worst) - floor.max(weight(best))) as u32;
        let prohibits = f.possible.contains(Outcome::Prohibited);
        for &field in &f.missing {
            if deferred.contains(&field) {
                continue;
            }
            // A question answered "don't know" that a narrower one may
            // settle in part: asked instead, unless already answered (the
            // finding used it).
            let field = match FALLBACKS
                .iter()
                .find(|(q, _)| *q == field && declined.contains(q))
            {
                Some(&(_, instead)) if !f.inputs.iter().any(|i| i.field == instead) => instead,
                Some(_) => continue,
                None => field,
            };
            // A field already bounded ("<1000") is asked for its figure,
            // never folded into a yes/no group whose "no" would contradict
            // it (an audit's "<1000" m became ">5000" that way).
            let grouped = || !partly_known(f, field) && !near.contains(&field);
            let id = match composite_of(field) {
                Some(c) if !declined.contains(&c.id) && grouped() => c.id,
                _ => field,
            };
            let i = match tallies.iter().position(|t| t.id == id) {
                Some(i) => i,
                None => {
                    tallies.push(Tally {
                        id,
                        rules: Vec::new(),
                        worst: Outcome::NotApplicable,
                        could_prohibit: false,
                        could_clear: true,
                    });
                    weights.push(0);
                    tallies.len() - 1
                }
            };
            let t = &mut tallies[i];
            if !t.rules.contains(&f.rule_id) {
                t.rules.push(f.rule_id);
                weights[i] += span;
            }
            if weight(worst) > weight(t.worst) {
                t.worst = worst;
            }
            t.could_prohibit |= prohibits;
            t.could_clear &= weight(best) <= floor;
        }
    }
    let mut out: Vec<Question<'a>> = tallies
        .into_iter()
        .zip(weights)
        .map(|(t, w)| build(findings, t, w, near))
        .collect();
    sort(&mut out);
    declined_first(&mut out, declined);
    out
}

/// The distances of the "none within N km" items that the facts already
/// put within N km (a map estimate, its margin included), or that were
/// typed and are still open (the map disputes them): "none" would
/// contradict the one and overwrite the other (a user test saw Poyang
/// Lake, mapped 1,185 ± 1,030 m away, offered in "none of these within
/// 5 km", and a re-test saw typed 8,000 and 6,000 m replaced by it, the
/// question then asked again and again).
pub(crate) fn near_water(ctx: &crate::rules::evaluate::Ctx<'_, '_>) -> Vec<&'static str> {
    use crate::rules::facts::FactValue;
    (COMPOSITES.iter().flat_map(|c| c.items))
        .filter_map(|i| match i.holds {
            Holds::Beyond(d) => Some((i.asks, d)),
            _ => None,
        })
        .filter(|&(key, d)| {
            ctx.facts.project.get(key).is_some()
                || ctx.with_fact(key, |f| match f.value {
                    FactValue::Num(x) | FactValue::Between(_, x) => x + f.margin <= d,
                    _ => false,
                }) == Some(true)
        })
        .map(|(key, _)| key)
        .collect()
}

/// Whether `field`, missing from finding `f`, is bounded all the same ("at
/// most", "<1000"), which a rule could not decide on and a group's "none"
/// would contradict; or already "none within" the group's own distance
/// (">5000"), which its "none" would only write again: an audit's
/// interview asked "none within 5 km?" after every "none", without end,
/// where only the figure could settle a rule at its margin. ("Not checked
/// yet" is no bound: the group may ask it.)
fn partly_known(f: &Finding, field: &str) -> bool {
    let none_beyond = || {
        (composite_of(field).into_iter().flat_map(|c| c.items))
            .find(|i| i.asks == field)
            .and_then(|i| match i.holds {
                Holds::Beyond(d) => Some(d),
                _ => None,
            })
    };
    // (Both names are the registry's, so the address usually tells.)
    (f.inputs.iter()).any(|i| {
        (std::ptr::eq(i.field, field) || i.field == field)
            && match i.value {
                Some(Value::Within(_)) => true,
                Some(Value::Beyond(x)) => none_beyond().is_some_and(|d| x >= d),
                _ => false,
            }
    })
}

fn build<'a>(findings: &[Finding<'a>], t: Tally<'a>, weight: u32, near: &[&str]) -> Question<'a> {
    let open = |k: &str| {
        !near.contains(&k)
            && findings.iter().any(|f| {
                f.outcome == Outcome::NeedsInput
                    && f.missing.contains(&k)
                    && !partly_known(f, k)
                    && t.rules.contains(&f.rule_id)
            })
    };
    let (field, fields, kind, items): (_, Vec<&'static str>, _, Vec<Item>) = match composite(t.id) {
        Some(c) => {
            let items: Vec<Item> = c.items.iter().filter(|i| open(i.asks)).copied().collect();
            if items.len() == 1 && !c.even_one {
                let k = items[0].asks;
                (Some(k), Vec::new(), kind_of(k), Vec::new())
            } else {
                (
                    None,
                    items.iter().map(|i| i.asks).collect(),
                    AnswerKind::NoneOf,
                    items,
                )
            }
        }
        None if t.id == "energy" => (None, ENERGY_FIELDS.to_vec(), AnswerKind::Number, Vec::new()),
        None => (Some(t.id), Vec::new(), kind_of(t.id), Vec::new()),
    };
    let id = field.unwrap_or(t.id);
    Question {
        id,
        field,
        fields,
        kind,
        text: text_of(id, &items),
        rules: t.rules,
        could_prohibit: t.could_prohibit,
        could_clear: t.could_clear,
        worst: t.worst,
        none: items
            .iter()
            .map(|i| Setting {
                field: i.sets,
                value: i.none,
            })
            .collect(),
        weight,
        proposed: None,
        quick: None,
        settles_nothing: false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every composite item's "none" is a value its field accepts, and the
    /// parsed-once table gives what parsing it now gives; a setting outside
    /// the table is parsed on the spot.
    #[test]
    fn none_values_are_parsed_once_as_the_parser_reads_them() {
        for item in COMPOSITES.iter().flat_map(|c| c.items) {
            let s = Setting {
                field: item.sets,
                value: item.none,
            };
            let parsed = parse_setting(&s);
            assert!(parsed.is_some(), "{} = {} does not parse", s.field, s.value);
            assert_eq!(none_value(&s), parsed, "{}", s.field);
        }
        let elsewhere = Setting {
            field: "adds_capacity",
            value: "yes",
        };
        assert_eq!(none_value(&elsewhere), Some(Value::Bool(true)));
    }

    /// A composite names its open items as a list each language writes:
    /// "a", "a or b", "a, b, or c"; 甲、乙、丙.
    #[test]
    fn a_composite_question_lists_its_items_as_each_language_does() {
        let c = composite("site.protected_areas").unwrap();
        let ask = |n: usize| text_of(c.id, &c.items[..n]);
        let (a, b, third) = (c.items[0].name, c.items[1].name, c.items[2].name);
        assert_eq!(ask(1).en, format!("{}{}?", c.ask.1, a.1));
        assert_eq!(ask(2).en, format!("{}{} or {}?", c.ask.1, a.1, b.1));
        assert_eq!(
            ask(3).en,
            format!("{}{}, {}, or {}?", c.ask.1, a.1, b.1, third.1)
        );
        assert_eq!(
            ask(3).zh,
            format!("{}{}、{}、{}？", c.ask.0, a.0, b.0, third.0)
        );
        assert_eq!(ask(0).en, format!("{}?", c.ask.1));
        // A composite asked even for one item names that item plainly.
        let waters = composite("site.waters_5km").unwrap();
        let one = text_of(waters.id, &waters.items[1..2]);
        assert_eq!(one.en, "Is Poyang Lake within 5 km of the site?");
        assert_eq!(one.zh, "选址5公里范围内是否有鄱阳湖？");
        assert!(text_of(waters.id, &waters.items[..2])
            .en
            .starts_with(waters.ask.1));
    }

    /// Every question that can be asked has a name to be listed by: each
    /// field's label, each composite's name, the energy total; an unknown
    /// id has none.
    #[test]
    fn every_question_id_has_a_name() {
        for id in (project::FIELDS.iter().map(|f| f.key))
            .chain(COMPOSITES.iter().map(|c| c.id))
            .chain(["energy"])
        {
            let n = name(id).unwrap_or_else(|| panic!("{id} has no name"));
            assert!(
                !n.zh.is_empty() && !n.en.is_empty() && !n.en.contains('.'),
                "{id}: {n:?}"
            );
        }
        assert_eq!(name("catalogue.lists").unwrap().zh, "目录与清单");
        assert_eq!(name("chemical_process").unwrap().en, "chemical production");
        assert_eq!(name("no.such"), None);
    }
}
