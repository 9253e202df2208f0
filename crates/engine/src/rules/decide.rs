//! Deciding one rule: the first branch that holds, with every outcome the
//! undecided branches before it could still lead to, and the finding built
//! from that decision (explanation, caveats, ranges of parameters).

use crate::data_types::{Case, Citation, Outcome, Param, Rule, Status, Text};
use crate::rules::bounds::{weight, Bounds, OutcomeSet};
use crate::rules::evaluate::*;
use crate::rules::logic::Walk;
use crate::rules::program::RuleTexts;
use crate::rules::template::Template;
use serde::Serialize;
use std::borrow::Cow;
use std::sync::LazyLock;

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
    /// The procedure this outcome asks for cannot be taken now (a
    /// suspension): said with the verdict.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub on_hold: Option<&'a Text>,
    /// For NEEDS_INPUT: an outcome the missing facts may still lead to
    /// cannot be taken now (a steel renovation whose case is not given,
    /// while replacement plans are suspended): said beside the verdict, which
    /// may be decided by other rules (an audit saw the interview end with
    /// the suspension never raised).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub on_hold_if: Option<&'a Text>,
    /// What to confirm because some link is unverified.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub caveats: Vec<Caveat<'a>>,
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
    /// The citations in force on the as-of date (archived editions drop out).
    pub citations: crate::data_types::Cited<'a>,
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    pub open_questions: &'a [String],
}

// Fixed sentences, built once: most findings of a first meeting carry one,
// and copying it into each was a measurable share of the report.
static NEEDS_INPUT_TEXT: LazyLock<Text> = LazyLock::new(|| Text {
    zh: "所填信息不足以判断本条，请补充下列各项。".into(),
    en: "What was entered cannot decide this rule; please give the items listed.".into(),
});
/// A rule no input can decide (see `Tri::Unsure`): REQUIRES_REVIEW, as
/// catalogue GEO-04 ¶3 asks for a distance within its margin of a line.
static UNSURE_MARGIN_TEXT: LazyLock<Text> = LazyLock::new(|| {
    Text {
    zh: "本条不能由所填信息判定，须人工核查：所填距离与本条界线之差小于其误差（官方河道管理范围线的误差另加量测误差，见所用阈值），站点在界线哪一侧须实测认定（目录 GEO-04 第3点）。".into(),
    en: "No input can decide this rule, so a person must check: a distance entered is nearer this rule's line than its uncertainty (the official management line's, plus the measurement's; see the thresholds used), so which side of the line the site lies on must be settled by a survey (catalogue GEO-04 ¶3).".into(),
}
});
static UNSURE_MARGIN_HINT: LazyLock<Text> = LazyLock::new(|| {
    Text {
    zh: "以宗地界线对官方河道管理范围外缘线实测距离，并请自然资源或水利部门确认；实测距离离界线超出误差即可判定。".into(),
    en: "Have the parcel boundary surveyed against the official outer edge of the management range and confirmed by the natural resources or water authority; a surveyed distance farther from the line than its uncertainty decides the rule.".into(),
}
});
/// Beside NEEDS_INPUT, where a distance's margin left part of the rule open.
static NEEDS_INPUT_NEAR_LINE: LazyLock<Text> = LazyLock::new(|| {
    Text {
    zh: "所填距离与本条界线之差小于其误差（官方河道管理范围线的误差另加量测误差，见所用阈值），这一点已不能由所填信息判定：下列各项仍可能直接决定本条，否则须以宗地界线对官方管理范围线的实测距离复核。".into(),
    en: "A distance entered is nearer this rule's line than its uncertainty (the official management line's, plus the measurement's; see the thresholds used), which no input can settle: the items listed may still decide the rule outright; otherwise a survey of the parcel against the official line does.".into(),
}
});
/// The same for a rule left open by its own data: a parameter with no
/// value in force, a fact the engine does not know.
static UNSURE_TEXT: LazyLock<Text> = LazyLock::new(|| {
    Text {
    zh: "本条不能由所填信息判定，须人工核查：本条所需的参数没有现行取值，或引用了本工具未知的事实（见说明）。".into(),
    en: "No input can decide this rule, so a person must check: a value it needs has none in force, or it names a fact this tool does not know (see the notes).".into(),
}
});
static SCOPE_OPEN_TEXT: LazyLock<Text> = LazyLock::new(|| Text {
    zh: "本条是否适用尚未确定；无论是否适用，都不构成障碍。".into(),
    en: "Whether this rule applies is not settled; either way it does not stand in the way.".into(),
});

/// What a rule decided, borrowing its texts from the rule data. Building the
/// user-facing `Finding` from it (copying texts, filling templates) is the
/// costly part, which the verdict-only path skips.
pub(crate) struct Decision<'a> {
    pub(crate) outcome: Outcome,
    /// Every outcome the missing facts could still lead to (one, once decided).
    pub(crate) possible: OutcomeSet,
    pub(crate) branch_status: Option<Status>,
    /// How sure the conditions that decided are.
    pub(crate) evidence: Option<Status>,
    /// Which of the rule's texts explain the decision (as written, and as
    /// the program compiled them).
    pub(crate) source: TextSource,
    pub(crate) missing: Vec<&'static str>,
    pub(crate) could_be: Vec<Outcome>,
    pub(crate) would_refine: Vec<&'static str>,
    /// Undecided branches with the decided outcome: they may still change the
    /// explanation (a ratio), not the outcome.
    pub(crate) alternatives: Vec<&'a Case>,
    /// Decided as ALLOWED although the scope is open (NOT_APPLICABLE was the
    /// other possibility): the finding says so.
    pub(crate) scope_open: bool,
    /// Still open: an outcome it may reach cannot be taken now (see
    /// [`Finding::on_hold_if`]).
    pub(crate) on_hold_if: Option<&'a Text>,
}

/// Which of a rule's texts a decision took (see `RuleTexts`).
#[derive(Clone, Copy, PartialEq, Debug)]
pub(crate) enum TextSource {
    /// None: the rule is not in force, or not decided.
    None,
    NotApplicable,
    /// The reason of the scope's part by its place (`not_applicable_parts`).
    NotApplicablePart(usize),
    /// A case by its place, or the otherwise branch after the cases.
    Branch(usize),
    /// No input can decide the rule: the engine's own texts, for a typed
    /// distance within its margin of a line (`true`) or for the rule's data.
    Unsure(bool),
}

/// A decision's explanation, hint and caveat.
type Texts<'t, T> = (Option<&'t T>, Option<&'t T>, Option<&'t T>);

impl TextSource {
    /// The texts as the rule data writes them.
    pub(crate) fn in_rule(self, rule: &Rule) -> Texts<'_, Text> {
        match self {
            TextSource::None => (None, None, None),
            TextSource::NotApplicable => (Some(&rule.not_applicable), None, None),
            TextSource::NotApplicablePart(i) => (rule.not_applicable_parts.get(i), None, None),
            TextSource::Branch(b) => crate::rules::program::branch_texts(rule)
                .nth(b)
                .map_or((None, None, None), |(e, h, c)| (Some(e), h, c)),
            TextSource::Unsure(true) => {
                (Some(&UNSURE_MARGIN_TEXT), Some(&UNSURE_MARGIN_HINT), None)
            }
            TextSource::Unsure(false) => (Some(&UNSURE_TEXT), None, None),
        }
    }

    /// The same texts as the program compiled them (`None`: no placeholder).
    pub(crate) fn compiled(self, texts: &RuleTexts) -> Texts<'_, Template> {
        match self {
            TextSource::None | TextSource::Unsure(_) => (None, None, None),
            TextSource::NotApplicable => (texts.not_applicable.as_ref(), None, None),
            TextSource::NotApplicablePart(i) => (
                texts.not_applicable_parts.get(i).and_then(Option::as_ref),
                None,
                None,
            ),
            TextSource::Branch(b) => texts.branches.get(b).map_or((None, None, None), |b| {
                (b.explain.as_ref(), b.hint.as_ref(), b.caveat.as_ref())
            }),
        }
    }
}

/// The list moved out into one of its exact size, by one block copy: the
/// trace keeps its room for the next rule, so the pushes while deciding do
/// not grow a list from nothing. (`drain(..).collect()` moved element by
/// element in wasm.)
fn moved_out<T>(list: &mut Vec<T>) -> Vec<T> {
    let mut out = Vec::with_capacity(list.len());
    out.append(list);
    out
}

pub(crate) fn push_unique(v: &mut Vec<Outcome>, o: Outcome) {
    if !v.contains(&o) {
        v.push(o);
    }
}

/// A rule is decided when every value its missing facts could take leads to
/// the same outcome: the branches are tried in order ("first hit"), each
/// undecided branch adds its outcome to what is possible, and the first that
/// holds (or the fallback) ends the list. Inputs that only choose between
/// branches with the same outcome refine the explanation, not the outcome.
/// `index`: the rule's place in the rule base (and in the compiled program).
pub(crate) fn decide<'a>(index: usize, ctx: &Ctx<'a, '_>, trace: &mut Trace<'a>) -> Decision<'a> {
    let rule = &ctx.data.rules[index];
    let code = &ctx.program.rules[index];
    let mut d = Decision {
        outcome: Outcome::NotApplicable,
        possible: OutcomeSet::one(Outcome::NotApplicable),
        branch_status: None,
        evidence: None,
        source: TextSource::None,
        missing: Vec::new(),
        could_be: Vec::new(),
        would_refine: Vec::new(),
        alternatives: Vec::new(),
        scope_open: false,
        on_hold_if: None,
    };
    if !rule.in_force_on(ctx.as_of) {
        // Before its first day the tool knows only that it holds no earlier
        // text, not that none applied: unverified, so a verdict resting on
        // it says it could be worse (an as-of audit saw a nature reserve's
        // core zone allowed in 2018, under a 1994 regulation held here only
        // from the 2019 guide's day).
        if ctx.as_of < rule.effective_from {
            d.evidence = Some(Status::U);
        }
        return d;
    }
    // What is missing for each condition stays on the trace's stack; the
    // scope's and each open branch's are ranges of it.
    let start = trace.missing.len();
    let notes_start = trace.notes.len();
    let (applies, applies_status) = match &code.applies_if {
        Some(c) => ctx.run(c, trace),
        None => (Tri::True, None),
    };
    let applies_missing = start..trace.missing.len();
    let applies_notes = notes_start..trace.notes.len();
    // The outcome rests on the scope and on every branch looked at (a branch
    // that does not hold is part of why a later one decides).
    d.evidence = applies_status;
    if applies == Tri::False {
        d.source = not_applicable_source(rule, code, ctx);
        return d;
    }
    // The branches are walked while some path reaches them (see `Walk`).
    let mut walk = Walk::new(applies);
    // Undecided branches before the deciding one, with what would decide them.
    trace.open.clear();
    trace.failed.clear();
    trace.walked.clear();
    let mut decided = None;
    // What the branches alone rest on (see `harmless` below).
    let mut cases_evidence = None;
    // The grade of the branches that did not hold, by the outcome each
    // would have given: one that would have allowed too cannot have changed
    // an allowance, so its grade does not weaken it (below). (Between two
    // branches that ask for something, which one holds is what the reader
    // is told to do: CAP-02's "short of 2:1" rests on the unverified ratio
    // of the "enough" branch it failed, as an advisor audit saw.)
    let mut failed_evidence: [Option<Status>; 8] = [None; 8];
    for (at, (case, when)) in rule.cases.iter().zip(&code.cases).enumerate() {
        if !walk.going() {
            break;
        }
        let from = trace.missing.len();
        let notes_from = trace.notes.len();
        let (result, status) = ctx.run(when, trace);
        if result == Tri::False {
            let slot = &mut failed_evidence[case.outcome as usize];
            *slot = weakest(*slot, status);
        } else {
            d.evidence = weakest(d.evidence, status);
            cases_evidence = weakest(cases_evidence, status);
        }
        walk.branch(case.outcome, result);
        trace.walked.push((case.outcome, result));
        if result == Tri::True {
            decided = Some((at, case));
        } else if result == Tri::False {
            let notes = notes_from..trace.notes.len();
            if !notes.is_empty() {
                trace.failed.push((case.outcome, notes));
            }
        } else {
            trace.open.push((at, case, from..trace.missing.len()));
        }
    }
    if walk.going() {
        walk.end(rule.otherwise.outcome);
    }
    let possible = walk.possible;
    let final_outcome = decided.map_or(rule.otherwise.outcome, |(_, c)| c.outcome);
    d.possible = possible;
    // ALLOWED or not applicable: either way the rule does not stand in the way.
    let harmless = final_outcome == Outcome::Allowed
        && possible.within(&[Outcome::Allowed, Outcome::NotApplicable]);
    let decided_now = possible.len() == 1 || harmless;
    for (outcome, status) in failed_evidence.iter().enumerate() {
        // (An open rule is graded by every branch it passed.)
        let harmless_too = decided_now
            && outcome == final_outcome as usize
            && matches!(final_outcome, Outcome::Allowed | Outcome::NotApplicable);
        if !harmless_too {
            d.evidence = weakest(d.evidence, *status);
            cases_evidence = weakest(cases_evidence, *status);
        }
    }
    if decided_now {
        // Decided: a branch that did not hold and would have given the same
        // outcome cannot change it, whatever its notes doubt ("outside the
        // steel mapping" where the project is prohibited anyway): they go.
        // (While the rule is open, a failed branch holding would decide it,
        // so its notes stay.) Last first, so earlier ranges stay in place.
        for (outcome, notes) in trace.failed.drain(..).rev() {
            if outcome == final_outcome {
                trace.notes.drain(notes);
            }
        }
        // "Either way it does not stand in the way" only where it does not.
        let clear = possible
            .iter()
            .all(|o| weight(o) == weight(Outcome::Allowed));
        d.scope_open = applies.open() && clear;
        if d.scope_open {
            merge(&mut d.would_refine, &trace.missing[applies_missing]);
        }
        for (_, case, missing) in &trace.open {
            merge(&mut d.would_refine, &trace.missing[missing.clone()]);
            d.alternatives.push(case);
        }
        d.outcome = final_outcome;
        if harmless {
            d.possible = OutcomeSet::one(Outcome::Allowed);
            // Out of scope it would be "not applicable", as harmless: the
            // scope's grade cannot weaken it (a type of project known only
            // to be new or an expansion read as [U] graded a chemical
            // plant 2,500 m from the Yangtze "allowed" [U]).
            d.evidence = cases_evidence;
            // Nor its doubts (the code's sector, a reading of the type):
            // either way the rule does not stand in the way.
            trace.notes.drain(applies_notes);
        }
        d.branch_status = decided.map_or(rule.otherwise.status, |(_, c)| c.status);
        // The otherwise branch follows the cases.
        d.source = TextSource::Branch(decided.map_or(rule.cases.len(), |(at, _)| at));
        // Whatever the branch reached, an unsure one before it leaves the
        // choice to a person: REQUIRES_REVIEW, in the engine's words
        // (catalogue GEO-04 ¶3). A review on the branch's own terms (near
        // Poyang Lake) past an unsure branch (1,010 m from the Yangtze) is
        // one too. Either way `could_be` keeps what the check may find.
        let left_to_review = !harmless && !possible.contains(final_outcome);
        let own_review = final_outcome == Outcome::RequiresReview
            && (trace.walked.iter()).any(|(o, v)| v.can_be_unsure() && *o != final_outcome);
        if left_to_review {
            d.outcome = Outcome::RequiresReview;
            d.branch_status = Some(Status::C);
            d.source = TextSource::Unsure(trace.margin_unsure);
        }
        if left_to_review || own_review {
            for (at, case, _) in &trace.open {
                if left_to_review || trace.walked[*at].1.can_be_unsure() {
                    push_unique(&mut d.could_be, case.outcome);
                }
            }
            push_unique(&mut d.could_be, final_outcome);
        }
        // What the review the branch asks for may find, as its data says.
        if let (Some((_, case)), Outcome::RequiresReview) = (decided, d.outcome) {
            for o in &case.may_find {
                push_unique(&mut d.could_be, *o);
            }
        }
        return d;
    }
    d.outcome = Outcome::NeedsInput;
    // A distance at its line's margin is part of why, though no input
    // settles it: said, so "999 m: give the tributaries" is not a puzzle
    // (a user test).
    if trace.margin_unsure {
        trace.add_note(NEEDS_INPUT_NEAR_LINE.clone());
    }
    // What could be, in the order the rule lists it (scope last), and review
    // where an unsure branch leaves it to a person.
    for (_, case, _) in &trace.open {
        if possible.contains(case.outcome) {
            push_unique(&mut d.could_be, case.outcome);
        }
    }
    if possible.contains(final_outcome) {
        push_unique(&mut d.could_be, final_outcome);
    }
    if possible.contains(Outcome::RequiresReview) {
        push_unique(&mut d.could_be, Outcome::RequiresReview);
    }
    if possible.contains(Outcome::NotApplicable) {
        push_unique(&mut d.could_be, Outcome::NotApplicable);
    }
    // A branch it may still take that cannot be taken now (the steel
    // suspension): the one that holds but for the scope, else an open one.
    d.on_hold_if = (decided.map(|(_, c)| c).into_iter())
        .chain(trace.open.iter().map(|(_, c, _)| *c))
        .filter(|c| possible.contains(c.outcome))
        .find_map(|c| c.on_hold.as_ref());
    if applies.askable() {
        merge(&mut d.missing, &trace.missing[applies_missing]);
    }
    // Only inputs that choose between different outcomes decide the rule.
    // Beside an unsure value that is asked of the walk itself: whether the
    // outcomes it reaches differ with what the branch turns out to be.
    let unsure = applies.can_be_unsure() || trace.walked.iter().any(|(_, v)| v.can_be_unsure());
    for (at, case, missing) in &trace.open {
        let missing = &trace.missing[missing.clone()];
        let matters = if unsure {
            branch_matters(applies, &trace.walked, rule.otherwise.outcome, *at)
        } else {
            case.outcome != final_outcome
        };
        if matters {
            merge(&mut d.missing, missing);
        } else {
            merge(&mut d.would_refine, missing);
        }
    }
    if d.missing.is_empty() {
        // No single branch's answer narrows it, but together they may.
        d.missing = std::mem::take(&mut d.would_refine);
    }
    d.would_refine.retain(|f| !d.missing.contains(f));
    d
}

/// Whether what branch `at` turns out to be changes the outcomes the walk
/// reaches (each value it may take tried alone, the others as walked).
fn branch_matters(applies: Tri, walked: &[(Outcome, Tri)], otherwise: Outcome, at: usize) -> bool {
    let reach = |value: Tri| {
        let mut w = Walk::new(applies);
        for (i, &(o, v)) in walked.iter().enumerate() {
            if !w.going() {
                break;
            }
            w.branch(o, if i == at { value } else { v });
        }
        if w.going() {
            w.end(otherwise);
        }
        w.possible
    };
    let v = walked[at].1;
    let mut seen: Option<OutcomeSet> = None;
    for (can, value) in [
        (v.can_be_true(), Tri::True),
        (v.can_be_false(), Tri::False),
        (v.can_be_unsure(), Tri::Unsure),
    ] {
        if can {
            let r = reach(value);
            if seen.is_some_and(|s| s != r) {
                return true;
            }
            seen = Some(r);
        }
    }
    false
}

/// The text a rule out of scope says: the reason of the first part of its
/// scope that fails, where the rule gives one, else its general text.
fn not_applicable_source(
    rule: &Rule,
    code: &crate::rules::program::RuleCode,
    ctx: &Ctx<'_, '_>,
) -> TextSource {
    if rule.not_applicable_parts.is_empty() {
        return TextSource::NotApplicable;
    }
    match &code.applies_if {
        Some(crate::rules::program::Code::All(parts)) => (parts.iter())
            .position(|part| ctx.test(part) == Tri::False)
            .filter(|&i| i < rule.not_applicable_parts.len())
            .map_or(TextSource::NotApplicable, TextSource::NotApplicablePart),
        _ => TextSource::NotApplicable,
    }
}

/// What rule number `index` decides and what it could still be, without
/// the why: the verdict-only path (batches, look-ahead probes, the map's
/// cells). The same steps as [`decide`], which a test holds it to on every
/// golden case.
pub(crate) fn verdict(index: usize, ctx: &Ctx<'_, '_>) -> (Outcome, OutcomeSet) {
    let rule = &ctx.data.rules[index];
    let code = &ctx.program.rules[index];
    let not_applicable = (
        Outcome::NotApplicable,
        OutcomeSet::one(Outcome::NotApplicable),
    );
    if !rule.in_force_on(ctx.as_of) {
        return not_applicable;
    }
    let applies = code.applies_if.as_ref().map_or(Tri::True, |c| ctx.test(c));
    if applies == Tri::False {
        return not_applicable;
    }
    let mut walk = Walk::new(applies);
    let mut decided = None;
    for (case, when) in rule.cases.iter().zip(&code.cases) {
        if !walk.going() {
            break;
        }
        let v = ctx.test(when);
        walk.branch(case.outcome, v);
        if v == Tri::True {
            decided = Some(case.outcome);
        }
    }
    if walk.going() {
        walk.end(rule.otherwise.outcome);
    }
    let possible = walk.possible;
    let outcome = decided.unwrap_or(rule.otherwise.outcome);
    let harmless =
        outcome == Outcome::Allowed && possible.within(&[Outcome::Allowed, Outcome::NotApplicable]);
    if harmless {
        (outcome, OutcomeSet::one(Outcome::Allowed))
    } else if possible.len() == 1 {
        (possible.best().unwrap_or(outcome), possible)
    } else {
        (Outcome::NeedsInput, possible)
    }
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
pub(crate) fn named_params<'a>(ctx: &Ctx<'a, '_>, text: &Text, out: &mut Vec<(&'a Param, f64)>) {
    for s in [&text.zh, &text.en] {
        let mut rest = s.as_str();
        while let Some(start) = rest.find('{') {
            let after = &rest[start + 1..];
            let Some(end) = after.find('}') else { break };
            if let Some((p, v)) = ctx.param(after[..end].trim()) {
                if !out.iter().any(|(q, _)| q.id == p.id) {
                    out.push((p, v.value));
                }
            }
            rest = &after[end + 1..];
        }
    }
}

/// The parameters a condition compares facts with.
fn compared_params(c: &crate::data_types::Cond) -> Vec<&str> {
    use crate::data_types::Cond;
    match c {
        Cond::All { of } | Cond::Any { of } => of.iter().flat_map(compared_params).collect(),
        Cond::Not { of } => compared_params(of),
        Cond::Lt { param, .. }
        | Cond::Ge { param, .. }
        | Cond::Le { param, .. }
        | Cond::Gt { param, .. } => vec![param.as_str()],
        Cond::Is { .. } | Cond::In { .. } | Cond::Given { .. } | Cond::Flag { .. } => Vec::new(),
    }
}

pub(crate) fn param_ranges<'a>(
    ctx: &Ctx<'a, '_>,
    rule: &Rule,
    d: &Decision<'a>,
) -> Vec<ParamRange<'a>> {
    let (Some(explain), false) = (d.source.in_rule(rule).0, d.alternatives.is_empty()) else {
        return Vec::new();
    };
    let mut named = Vec::new();
    named_params(ctx, explain, &mut named);
    let decided_units: Vec<&str> = named.iter().map(|(p, _)| p.unit.as_str()).collect();
    for case in &d.alternatives {
        named_params(ctx, &case.explain, &mut named);
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

pub(crate) fn evaluate_in<'a>(index: usize, ctx: &Ctx<'a, '_>) -> Finding<'a> {
    let as_of = ctx.as_of;
    let rule = &ctx.data.rules[index];
    // The report's one trace; a fresh one should it be in use (it never is:
    // findings are decided one at a time).
    let mut reused = ctx.trace.try_borrow_mut();
    // Built only when needed: an empty trace still costs its drop.
    let mut fresh: Option<Trace<'a>> = None;
    let trace: &mut Trace<'a> = match reused.as_deref_mut() {
        Ok(t) => t,
        Err(_) => fresh.insert(Trace::default()),
    };
    trace.reset();
    let d = decide(index, ctx, trace);
    let (explain, hint, caveat) = d.source.in_rule(rule);
    let (explain_t, hint_t, caveat_t) = d.source.compiled(&ctx.program.rules[index].texts);
    let ranges = param_ranges(ctx, rule, &d);
    // A parameter the deciding branch compared a fact with keeps the value it
    // was compared at ("the offer is 1.6 times, at least 1.5:1"): written as
    // a range it would read as enough for every value of it.
    // (Most findings have no range: nothing to look up or copy for them.)
    let open: Vec<ParamRange> = match (ranges.is_empty(), d.source) {
        (false, TextSource::Branch(b)) => {
            let compared = rule
                .cases
                .get(b)
                .map_or(Vec::new(), |c| compared_params(&c.when));
            (ranges.iter())
                .filter(|r| !r.params.iter().any(|p| compared.contains(p)))
                .cloned()
                .collect()
        }
        _ => Vec::new(),
    };
    let explanation = match (explain, d.outcome) {
        (Some(t), _) => ctx.fill_ranged(t, explain_t, &open),
        (None, Outcome::NeedsInput) => Cow::Borrowed(&*NEEDS_INPUT_TEXT),
        (None, _) => {
            let to = rule.effective_to;
            let before = as_of < rule.effective_from;
            Cow::Owned(Text {
                zh: format!(
                    "本条在 {as_of} 不在效力期内（{} 起{}）。{}",
                    rule.effective_from,
                    to.map(|d| format!("，至 {d} 止")).unwrap_or_default(),
                    if before {
                        "此前适用的规定本工具未收录，不能据此认为当时允许。"
                    } else {
                        ""
                    }
                ),
                en: format!(
                    "This rule is not in force on {as_of} (from {}{}).{}",
                    rule.effective_from,
                    to.map(|d| format!(" to {d}")).unwrap_or_default(),
                    if before {
                        " What applied before is not held here: this is no sign the project was allowed then."
                    } else {
                        ""
                    }
                ),
            })
        }
    };
    // For a finding that asks something of the project: the others' texts
    // state no figure it is held to, and reading theirs cost 4 % of a report.
    if let Some(t) = explain_t.filter(|_| d.outcome.asks_something()) {
        ctx.record_text(t, trace);
    }
    let mut status = rule.status;
    for s in [d.branch_status, d.evidence].into_iter().flatten() {
        status = status.min(s);
    }
    // A rule resting, on this date, on a dated edition read less surely
    // (the 2019 industrial catalogue, recalled, before the 2024 one) is no
    // surer than that edition.
    if ctx.program.rules[index].dated_citations {
        status = status.min(rule.status_on(as_of));
    }
    let mut caveats = Trace::worded_notes(
        &mut trace.notes,
        ctx.data,
        ctx.facts.project,
        &ctx.worded,
        usize::from(caveat.is_some()) + usize::from(d.scope_open),
    );
    if let Some(c) = caveat {
        let c = ctx.fill(c, caveat_t).into();
        // An unverified branch's own caveat says why it is unverified: it
        // comes first, where a summary takes a finding's reason from (a
        // user test read the sector mapping given as why a compliant-park
        // verdict might be worse, when the park list was the doubt).
        if d.branch_status == Some(Status::U) {
            caveats.insert(0, c);
        } else {
            caveats.push(c);
        }
    }
    if d.scope_open {
        caveats.push(Caveat::Data(&SCOPE_OPEN_TEXT));
    }
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
        hint: hint.map(|h| ctx.fill(h, hint_t)),
        on_hold: match d.source {
            TextSource::Branch(b) => rule.cases.get(b).and_then(|c| c.on_hold.as_ref()),
            _ => None,
        },
        on_hold_if: d.on_hold_if,
        caveats,
        inputs: moved_out(&mut trace.inputs),
        thresholds: trace.unique_thresholds(),
        missing: d.missing,
        could_be: d.could_be,
        would_refine: d.would_refine,
        bounds,
        ranges,
        possible: d.possible,
        citations: if ctx.program.rules[index].dated_citations {
            Citation::in_force_of(&rule.citations, as_of)
        } else {
            crate::data_types::Cited::Borrowed(&rule.citations)
        },
        open_questions: &rule.open_questions,
    }
}
