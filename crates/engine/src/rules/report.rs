//! The report: every rule in force on the "as of" date decided against the
//! project, the overall verdict and its bounds, the inputs still missing and
//! the questions that could settle them, and the energy totals.

use crate::data_types::{Outcome, RuleData, Status, Text};
use crate::project::Project;
use crate::rules::bounds::{weight, Bounds, OutcomeSet};
pub use crate::rules::decide::Finding;
use crate::rules::decide::*;
use crate::rules::evaluate::*;
pub use crate::rules::evaluate::{InputUsed, ThresholdUsed};
use crate::rules::facts::FactValue;
use crate::rules::facts::Siting;
use crate::rules::program::Program;
use crate::text::date::Date;
use serde::Serialize;
use std::borrow::Cow;

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
    /// How well the verdict is supported, when rules decide it worse than
    /// ALLOWED: the best grade among them (one verified rule is enough).
    /// Below V2, the verdict rests on an inference or an unverified source
    /// and is shown as a flag to check, never as certain.
    pub overall_status: Option<Status>,
    /// Rules that keep a decided verdict from being worse only on an
    /// unverified answer (a [U] list or fact decided them, not the rule's
    /// own grade): if that answer is wrong, the verdict is too.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub resting_on_unverified: Vec<&'a str>,
    /// Rules whose review, asked for now, may find worse than the verdict
    /// (a distance at its band's edge, to be surveyed, may be inside it):
    /// the verdict is final for what was entered, not for what the check
    /// finds (a user test read "will not change" above a 1,010 m plant
    /// whose 1 km check could prohibit it).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub review_may_worsen: Vec<&'a str>,
    /// Every input some rule needs to decide, with those rules; most-needed first.
    pub missing: Vec<MissingInput<'a>>,
    /// The missing inputs that could still move the verdict, most useful
    /// first; empty once it is decided.
    pub questions: Vec<crate::rules::Question<'a>>,
    /// In a guided interview (`Engine::screen_for`): the questions answered
    /// "don't know" whose answers could still move the verdict, each with
    /// the worst it could lead to (`worst`) and the rules it decides.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub left_open: Vec<crate::rules::Question<'a>>,
    pub energy: EnergySummary<'a>,
    /// Where the site point lies; `None` when no usable point was given.
    pub site: Option<SiteInfo>,
    /// Worst first, then in rule-base order.
    pub findings: Vec<Finding<'a>>,
    /// Distances a "none within 5 km" answer would contradict (the map puts
    /// the water nearer) or overwrite (typed, and still open): asked for
    /// their figure, never in that group.
    #[serde(skip)]
    pub near_water: Vec<&'static str>,
}

/// The site point's county-level division of Jiujiang (issue 15), or none
/// when the point lies outside Jiujiang.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SiteInfo {
    pub county: Option<CountyRef>,
    pub in_jiujiang: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CountyRef {
    /// GB/T 2260 code, e.g. "360430".
    pub code: String,
    pub name: CountyName,
}

#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct CountyName {
    pub zh: &'static str,
    pub en: &'static str,
}

impl<'a> Report<'a> {
    /// Decided by unverified rules alone: a flag to check, never shown as
    /// settled (the headline, the map's dot and each candidate place say so).
    pub fn unverified_verdict(&self) -> bool {
        self.bounds.decided() && self.overall_status == Some(Status::U)
    }

    /// For a verdict decided worse than ALLOWED by unverified rules alone:
    /// the questions whose answers could reach it on a rule that is not
    /// unverified (an audit's interview stopped at "prohibited [U]" with the
    /// 1 km law itself still open). Empty otherwise. Asked for where it is
    /// shown, as [`Report::open_requirements`] is: most reports need none.
    /// Ranked without look-ahead, since the verdict itself no longer moves.
    pub fn confirming(
        &self,
        data: &RuleData,
        declined: &[&str],
    ) -> Vec<crate::rules::Question<'a>> {
        let overall = self.overall;
        if !self.bounds.decided()
            || self.overall_status != Some(Status::U)
            || severity(overall) <= severity(Outcome::Allowed)
        {
            return Vec::new();
        }
        let firm = Bounds::of_rules(
            (self.findings.iter())
                .filter(|f| !(f.outcome == overall && f.status == Status::U))
                .map(|f| f.possible),
        );
        if firm.decided() {
            return Vec::new();
        }
        // A rule that can reach the verdict on a branch not itself
        // unverified (a rule graded V2 may prohibit only on a [U] branch,
        // as YRB-10 does outside the steel rule: a review).
        let verified = |id: &str| {
            (data.rules.iter())
                .filter(|r| r.id == id)
                .any(|r| r.branches().any(|(o, s)| o == overall && s != Status::U))
        };
        // (Only open findings are asked about, so the unverified ones
        // decided at the verdict need not be taken out of the list.)
        let mut qs = crate::rules::questions::questions_with(
            &self.findings,
            firm,
            (declined, &self.near_water),
        );
        qs.retain(|q| q.worst == overall && q.rules.iter().any(|id| verified(id)));
        qs
    }

    /// The verdict's name: "needs replacement" says which kind where its
    /// deciding rules do and no open rule could add the other (a re-test
    /// saw "capacity replacement" while the two-high offset was still open).
    pub fn overall_label(&self) -> crate::project::L10n {
        use crate::text::labels;
        let more_may_follow = self.findings.iter().any(|f| {
            f.outcome == Outcome::NeedsInput && f.could_be.contains(&Outcome::RequiresReplacement)
        });
        if more_may_follow {
            labels::overall(self.overall)
        } else {
            labels::overall_by(self.overall, &self.blocking)
        }
    }

    /// An open verdict's bounds named as [`Report::overall_label`] names a
    /// decided one: a replacement bound says which kind where every rule
    /// whose own best (or worst) is that bound agrees (a user test read "at
    /// best capacity/energy replacement" for a plant owing an energy offset
    /// alone). Each end's rules are exactly what that end requires.
    pub fn bound_labels(&self) -> (crate::project::L10n, crate::project::L10n) {
        let end = |bound: Outcome, of: fn(OutcomeSet) -> Option<Outcome>| {
            let rules: Vec<&str> = (self.findings.iter())
                .filter(|f| of(f.possible) == Some(bound))
                .map(|f| f.rule_id)
                .collect();
            crate::text::labels::overall_by(bound, &rules)
        };
        (
            end(self.bounds.best, OutcomeSet::best),
            end(self.bounds.worst, OutcomeSet::worst),
        )
    }

    /// Each rule of [`Report::review_may_worsen`] with the worst its check
    /// may find.
    pub fn review_may_find_worse(&self) -> Vec<(&'a str, Outcome)> {
        (self.review_may_worsen.iter())
            .filter_map(|id| {
                let f = self.findings.iter().find(|f| f.rule_id == *id)?;
                let worst = f.could_be.iter().copied().max_by_key(|o| severity(*o))?;
                Some((*id, worst))
            })
            .collect()
    }

    /// What a rule deciding the verdict says cannot be done now (steel
    /// replacement while plans may not be announced): the verdict stands,
    /// but one of its requirements cannot be met yet, and its headline says
    /// so.
    pub fn on_hold(&self) -> Option<&Text> {
        if !self.bounds.decided() {
            return None;
        }
        (self.findings.iter())
            .filter(|f| self.blocking.contains(&f.rule_id))
            .find_map(|f| f.on_hold)
    }

    /// Once the verdict is decided, the rules still open that could add a
    /// requirement of their own (a review, a replacement, a condition): the
    /// verdict stands whatever their answers, but the project may have to
    /// meet them as well (a chemical plant that must swap capacity anyway
    /// may also need its distance to the water reviewed). Empty while the
    /// verdict is open: the questions carry those rules then. Empty beside
    /// a prohibition too: no requirement can matter to a project that may
    /// not be built, and a list of them would read as a way forward.
    pub fn open_requirements(&self) -> Vec<&Finding<'_>> {
        if !self.bounds.decided() || self.overall == Outcome::Prohibited {
            return Vec::new();
        }
        let harmless = [Outcome::Allowed, Outcome::NotApplicable, Outcome::Info];
        (self.findings.iter())
            .filter(|f| f.outcome == Outcome::NeedsInput && !f.possible.within(&harmless))
            .collect()
    }

    /// While the verdict is open, the rule already decided at its best
    /// bound: why the project can do no better whatever the answers (steel:
    /// replacement, and the suspension of new plans). `None` once decided,
    /// or when the best is ALLOWED.
    pub fn holding_best(&self) -> Option<&Finding<'_>> {
        if self.bounds.decided() || self.bounds.best == Outcome::Allowed {
            return None;
        }
        // Of several rules holding it, the best-sourced: a verified one
        // says more than an unverified one (the first among equals).
        (self.findings.iter())
            .filter(|f| f.outcome == self.bounds.best && f.outcome != Outcome::NeedsInput)
            .rev()
            .max_by_key(|f| f.status)
    }
}

/// The county of the site point, from the bundled boundaries.
pub fn site_info(project: &Project) -> Option<SiteInfo> {
    let crate::rules::facts::SitePoint::At { wgs84, .. } = crate::rules::facts::site_point(project)
    else {
        return None;
    };
    let counties = crate::geo::county::Counties::embedded();
    if counties.counties.is_empty() {
        // A build without the boundaries cannot say "outside Jiujiang".
        return None;
    }
    let county = counties.locate(wgs84).map(|c| CountyRef {
        code: c.code.to_string(),
        name: CountyName {
            zh: &c.name_zh,
            en: &c.name_en,
        },
    });
    Some(SiteInfo {
        in_jiujiang: county.is_some(),
        county,
    })
}

/// What a reader must know about the "as of" date before trusting the
/// verdict, or `None`: a date before some rules of the base came into force
/// (rules of that time not in the base may have applied; before all of
/// them, the base cannot screen at all), or a date after `today` (rules made
/// later cannot be known). Lapsed rules stay in the base, so a past date
/// after every rule's start needs no word.
pub fn date_caveat(data: &RuleData, as_of: Date, today: Date) -> Option<Text> {
    let total = data.rules.len();
    // Rules that came into force after the date, by today: a rule announced
    // for a later day says nothing about what the base lacked then.
    let later = (data.rules.iter())
        .filter(|r| r.effective_from > as_of && r.effective_from <= today)
        .count();
    let d = crate::text::display::date(as_of);
    let started = (data.rules.iter())
        .filter(|r| r.effective_from <= as_of)
        .count();
    if total > 0 && started == 0 {
        return Some(Text {
            zh: format!(
                "本库 {total} 条规则在 {} 均未施行，本工具无法对该日期作出预审；当时适用的规则未收录。",
                d.zh
            ),
            en: format!(
                "None of the {total} rules in this base was in force on {}: this tool cannot screen for that date, and the rules of that time are not in it.",
                d.en
            ),
        });
    }
    // Most of the base still to come: what is left cannot stand for a
    // screening (a re-test's 2016 chemical plant read green and settled).
    if later * 2 > total {
        return Some(Text {
            zh: format!(
                "{} 时本库 {total} 条规则中有 {later} 条尚未施行：本工具无法对该日期作出可靠预审，下列结论只涉及当时已施行的 {started} 条；当时适用、而本库未收录的规则未予考虑。",
                d.zh
            ),
            en: format!(
                "On {}, {later} of the {total} rules in this base were not yet in force: this tool cannot give a sound screening for that date; the verdict covers only the {started} then in force, and rules of that time that this base does not hold are not considered.",
                d.en
            ),
        });
    }
    if later > 0 {
        return Some(Text {
            zh: format!(
                "{} 时本库 {total} 条规则中有 {later} 条尚未施行（按未施行处理）；当时适用、而本库未收录的规则可能影响结论。",
                d.zh
            ),
            en: format!(
                "On {}, {later} of the {total} rules in this base {} not yet in force (treated as such); rules of that time that this base does not hold may change the verdict.",
                d.en,
                if later == 1 { "was" } else { "were" }
            ),
        });
    }
    (as_of > today).then(|| Text {
        zh: format!(
            "依据日期 {} 晚于今天：此后新出台或修订的规则无法预知，结论按今天已知的规则作出。",
            d.zh
        ),
        en: format!(
            "The date {} is after today: rules made or changed after today cannot be known; the verdict uses the rules known today.",
            d.en
        ),
    })
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

pub use crate::rules::bounds::severity;

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

    /// While the verdict is open, the rules already decided at its best
    /// bound when that bound does not clear the project: what holds
    /// whatever the answers (CAP-02's replacement for a cement line, which a
    /// user test missed in a batch row reading only "needs input").
    pub fn at_best_by<'a>(&self, data: &'a RuleData) -> Vec<&'a str> {
        if self.bounds.decided() || crate::rules::bounds::clears(self.bounds.best) {
            return Vec::new();
        }
        (data.rules.iter().zip(&self.outcomes))
            .filter(|(_, o)| **o == self.bounds.best)
            .map(|(r, _)| r.id.as_str())
            .collect()
    }
}

/// The overall verdict: once the bounds meet, the worst decided outcome (a
/// rule still open cannot change it); until then NEEDS_INPUT.
pub(crate) fn overall_of(bounds: Bounds, outcomes: &[Outcome]) -> Outcome {
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
    let mut owned = None;
    let program = crate::rules::program::for_data(program, data, &mut owned);
    let ctx = Ctx::new(data, program, siting, project, as_of);
    let mut possible = Vec::with_capacity(data.rules.len());
    let outcomes: Vec<Outcome> = (0..data.rules.len())
        .map(|i| {
            let (outcome, could) = verdict(i, &ctx);
            possible.push(could);
            outcome
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
/// base report's project that is changed and put back. `memo` and `places`
/// are buffers kept from probe to probe: a fact the answer touches is
/// derived once per probe, not at each rule that tests it, and no probe
/// allocates its own.
pub(crate) fn probe_rules(
    base: &Ctx<'_, '_>,
    scratch: &mut Project,
    (memo, places): (&mut crate::rules::evaluate::Memo, &mut Vec<usize>),
    rules: &[&str],
    answer: &[(&'static str, crate::project::Value)],
) -> Vec<OutcomeSet> {
    // Each key looked up once: its place serves the change, the mask and
    // the putting back.
    places.clear();
    for (k, v) in answer {
        if let Some(i) = crate::project::field_index(k) {
            scratch.set_at(i, Some(v.clone()));
            places.push(i);
        }
    }
    let saved = &*places;
    let out = {
        let (data, program) = (base.data, base.program);
        let siting = base.facts.siting;
        let mut ctx = Ctx::with_memo(data, program, siting, scratch, base.as_of, false);

        // A key that is no field (left out of `saved`) leaves no mask.
        ctx.changed_mask = (saved.len() == answer.len())
            .then(|| crate::rules::program::places_mask(saved.iter().map(|&i| Some(i))))
            .flatten();
        ctx.base = Some((&base.memo, answer));
        // Facts are large: forget the last probe's without rewriting all.
        memo.resize(program.facts.len().max(1), None);
        (memo.iter_mut().filter(|m| m.is_some())).for_each(|m| *m = None);
        *ctx.memo.get_mut() = std::mem::take(memo);
        let sets = rules
            .iter()
            .filter_map(|id| {
                crate::rules::questions::same_str(data.rules.iter().map(|r| r.id.as_str()), id)
            })
            .map(|i| verdict(i, &ctx).1)
            .collect();
        *memo = ctx.memo.into_inner();
        sets
    };
    // Put back as the base project has it: a text that could not be read
    // stays unreadable, not blank (a review: the copy serves every probe).
    let project = base.facts.project;
    for &i in saved {
        scratch.set_at(i, project.get_at(i).cloned());
        if project.is_refused_at(i) {
            scratch.refuse_at(i);
        }
    }
    out
}

/// Energy totals on both bases and what follows from them (catalogue EN-01,
/// EN-02, HEHE-01). `None` means "cannot be computed from the input".
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct EnergySummary<'a> {
    /// 当量值: the basis of the energy review (EN-01).
    #[serde(serialize_with = "tce")]
    pub tce_calorific: Option<f64>,
    /// 等价值: the basis of Jiangxi's two-high test (HEHE-01).
    #[serde(serialize_with = "tce")]
    pub tce_primary: Option<f64>,
    /// Where the carriers entered may not be all the project uses, the
    /// least each total can be (`tce_*` is then `None`): a floor the page
    /// shows as "≥", not a blank (a code review saw the summary vanish
    /// beside a decided two-high answer).
    #[serde(serialize_with = "tce", skip_serializing_if = "Option::is_none")]
    pub tce_calorific_at_least: Option<f64>,
    #[serde(serialize_with = "tce", skip_serializing_if = "Option::is_none")]
    pub tce_primary_at_least: Option<f64>,
    /// Beside `*_at_least`, the most the total can be: a range, as the
    /// primary-equivalent factor's band leaves it ("4,760–5,270").
    #[serde(serialize_with = "tce", skip_serializing_if = "Option::is_none")]
    pub tce_calorific_at_most: Option<f64>,
    #[serde(serialize_with = "tce", skip_serializing_if = "Option::is_none")]
    pub tce_primary_at_most: Option<f64>,
    pub two_high: Option<bool>,
    /// The grade of the HEHE-01 finding behind `two_high`: below V2 the
    /// answer must not be shown as certain.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub two_high_status: Option<Status>,
    /// The EN-01 finding's outcome and explanation, if it was evaluated.
    pub energy_review: Option<Outcome>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub energy_review_status: Option<Status>,
    pub energy_review_explanation: Option<Cow<'a, Text>>,
}

/// A total in tce as the report writes it: to the kilogram, so that a
/// conversion (499 × 1.229) reads 613.271, not 613.2710000000001. The value
/// the rules compared is unrounded.
fn tce<S: serde::Serializer>(v: &Option<f64>, s: S) -> Result<S::Ok, S::Error> {
    match v {
        Some(x) => s.serialize_some(&((x * 1000.0).round() / 1000.0)),
        None => s.serialize_none(),
    }
}

fn energy_summary<'a>(ctx: &Ctx<'_, '_>, findings: &[Finding<'a>]) -> EnergySummary<'a> {
    // Each total once: its figure, or its range (the floor of carriers
    // that may not be all, open above), `None` throughout where neither is
    // known.
    let total = |name: &'static str| {
        ctx.with_fact(name, |f| match f.value {
            FactValue::Num(x) => (Some(x), None, None),
            FactValue::Between(lo, hi) => (None, Some(lo), Some(hi).filter(|h| h.is_finite())),
            _ => (None, None, None),
        })
        .unwrap_or((None, None, None))
    };
    let (calorific, calorific_floor, calorific_top) = total("energy.tce_calorific");
    let (primary, primary_floor, primary_top) = total("energy.tce_primary");
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
                .is_some_and(|r| r.in_force_on(ctx.as_of))
        });
    let en = findings.iter().find(|f| f.rule_id == "EN-01");
    EnergySummary {
        tce_calorific: calorific,
        tce_primary: primary,
        tce_calorific_at_least: calorific_floor,
        tce_primary_at_least: primary_floor,
        tce_calorific_at_most: calorific_top,
        tce_primary_at_most: primary_top,
        two_high: hehe.and_then(|f| match f.outcome {
            Outcome::Info => Some(true),
            Outcome::NotApplicable => Some(false),
            _ => None,
        }),
        two_high_status: hehe
            .filter(|f| matches!(f.outcome, Outcome::Info | Outcome::NotApplicable))
            .map(|f| f.status),
        energy_review: en.map(|f| f.outcome),
        energy_review_status: en.map(|f| f.status),
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
    let mut owned = None;
    let program = crate::rules::program::for_data(program, data, &mut owned);
    let ctx = Ctx::new(data, program, siting, project, as_of);
    // Worst first, rule-base order among equals: each (large) finding goes
    // straight into its severity's bucket, so it is moved once more, not
    // sorted.
    let mut buckets: [Vec<Finding>; 8] = Default::default();
    let n = data.rules.len();
    for i in 0..n {
        let f = evaluate_in(i, &ctx);
        let bucket = &mut buckets[7 - severity(f.outcome) as usize];
        if bucket.capacity() == 0 {
            // Room for every rule still to come: a bucket never grows, so
            // no finding is copied twice on the way.
            bucket.reserve_exact(n - i);
        }
        bucket.push(f);
    }
    let mut findings: Vec<Finding> = Vec::with_capacity(data.rules.len());
    for bucket in &mut buckets {
        // One block copy a bucket, not a move a finding.
        findings.append(bucket);
    }
    let energy = energy_summary(&ctx, &findings);
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
    let overall_status = (overall != Outcome::NeedsInput && !blocking.is_empty())
        .then(|| {
            (findings.iter())
                .filter(|f| f.outcome == overall)
                .map(|f| f.status)
                .max()
        })
        .flatten();
    let resting_on_unverified = if bounds.decided() {
        resting_on_unverified(data, &findings, overall)
    } else {
        Vec::new()
    };
    let review_may_worsen = (findings.iter())
        .filter(|f| f.outcome == Outcome::RequiresReview)
        .filter(|f| (f.could_be.iter()).any(|o| severity(*o) > severity(overall)))
        .map(|f| f.rule_id)
        .collect();
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
    // Only the map puts water near (it needs a site point or parcel).
    let sited = (project.get("site.location").is_some() || project.get("site.parcel").is_some())
        && project.get("site.location_datum").is_some();
    let near_water = if missing.is_empty() || !sited {
        Vec::new()
    } else {
        crate::rules::questions::near_water(&ctx)
    };
    let mut report = Report {
        data_version: &data.data_version,
        as_of,
        overall,
        bounds,
        blocking,
        overall_status,
        resting_on_unverified,
        review_may_worsen,
        missing,
        questions: Vec::new(),
        left_open: Vec::new(),
        energy,
        site: site_info(project),
        findings,
        near_water,
    };
    // The project to try answers on, copied only once a question is probed
    // (a decided report asks none).
    let mut scratch: Option<Project> = None;
    let (mut memo, mut places) = (Vec::new(), Vec::new());
    let mut probe = |rules: &[&str], answer: &[(&'static str, crate::project::Value)]| {
        let scratch = scratch.get_or_insert_with(|| project.clone());
        probe_rules(&ctx, scratch, (&mut memo, &mut places), rules, answer)
    };
    report.questions = crate::rules::questions::ranked(
        &report.findings,
        report.bounds,
        (declined, &report.near_water),
        &mut probe,
    );
    for q in &mut report.questions {
        q.proposed = crate::rules::likely::proposal(q.id, &q.fields, project, data);
        if q.id == "energy" {
            q.quick = crate::rules::quick::energy(&q.rules, &mut probe);
        }
    }
    report
}

/// The decided findings graded [U] although their rule is not, whose rule
/// could have given a worse outcome than the verdict: what keeps the
/// verdict where it is rests on an unverified answer.
fn resting_on_unverified<'a>(
    data: &'a RuleData,
    findings: &[Finding<'a>],
    overall: Outcome,
) -> Vec<&'a str> {
    (findings.iter())
        .filter(|f| f.status == Status::U && f.outcome != Outcome::NeedsInput)
        .filter(|f| severity(f.outcome) <= severity(overall))
        .filter_map(|f| {
            let rule = data.rules.iter().find(|r| r.id == f.rule_id)?;
            let worse = (rule.branches()).any(|(o, _)| severity(o) > severity(overall));
            (rule.status != Status::U && worse).then_some(f.rule_id)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A probe puts back what it changed as it was: a text that could not
    /// be read stays unreadable, not blank, for the next probe of the same
    /// report (a code review).
    #[test]
    fn a_probe_puts_an_unreadable_answer_back_as_unreadable() {
        let engine = crate::Engine::embedded().unwrap();
        let (mut scratch, errors) =
            engine.parse_fields([("industry_code", "C2614"), ("action", "sometimes")]);
        assert_eq!(errors.len(), 1);
        assert!(scratch.is_refused("action"));
        let project = scratch.clone();
        let program = crate::rules::program::Program::new(&engine.data);
        let base = Ctx::new(
            &engine.data,
            &program,
            Siting::default(),
            &project,
            crate::Date::new(2026, 11, 23),
        );
        let mut memo = Vec::new();
        let answer = [("action", crate::project::Value::Choice("new"))];
        probe_rules(
            &base,
            &mut scratch,
            (&mut memo, &mut Vec::new()),
            &["YRB-01"],
            &answer,
        );
        assert!(scratch.is_refused("action"));
        assert_eq!(scratch, project);
    }
}
