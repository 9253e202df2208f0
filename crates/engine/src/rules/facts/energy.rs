//! Energy facts: totals on the calorific and primary-equivalent bases from
//! the carriers or a stated total (EN-02), and the electricity in them.

use super::*;
use crate::project::{CARRIERS_COMPLETE, STATED_TOTAL_TCE};

/// The basis an energy total is counted on (EN-02).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Basis {
    Calorific,
    Primary,
}

impl Basis {
    fn key(self) -> &'static str {
        match self {
            Basis::Calorific => "calorific",
            Basis::Primary => "primary",
        }
    }

    /// The parameters converting electricity to tce on this basis, the
    /// lower and the higher: the primary-equivalent factor is each year's
    /// thermal-power coal rate (GB/T 2589), not one figure, so it is a band.
    fn electricity_params(self) -> (&'static str, &'static str) {
        match self {
            Basis::Calorific => (CALORIFIC, CALORIFIC),
            Basis::Primary => (PRIMARY_LOW, PRIMARY_HIGH),
        }
    }
}

const CALORIFIC: &str = "EN-02.electricity_calorific_tce_per_10k_kwh";
const PRIMARY_LOW: &str = "EN-02.electricity_primary_low_tce_per_10k_kwh";
const PRIMARY_HIGH: &str = "EN-02.electricity_primary_high_tce_per_10k_kwh";

/// A figure and its span: one value, or the range a factor band leaves.
fn span(lo: f64, hi: f64) -> FactValue {
    if lo == hi {
        FactValue::Num(lo)
    } else {
        FactValue::Between(lo, hi)
    }
}

/// The least a total can be, figure or range.
fn least(v: &FactValue) -> Option<f64> {
    match *v {
        FactValue::Num(x) | FactValue::Between(x, _) => Some(x),
        _ => None,
    }
}

/// The most a total can be, figure or range.
fn most(v: &FactValue) -> Option<f64> {
    match *v {
        FactValue::Num(x) | FactValue::Between(_, x) => Some(x),
        _ => None,
    }
}

/// How a stated total disagrees with the carriers typed beside it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Off {
    /// Below what they come to.
    Below,
    /// Above all they can come to, said to be all.
    Above,
}

/// Energy carriers and the parameter that converts each to tce (electricity
/// depends on the basis; "other" is already in tce).
const CARRIERS: &[(&str, Option<&str>)] = &[
    ("energy.coal_t", Some("EN-02.coal_tce_per_t")),
    ("energy.coke_t", Some("EN-02.coke_tce_per_t")),
    (
        "energy.natural_gas_10k_m3",
        Some("EN-02.gas_tce_per_10k_m3"),
    ),
    ("energy.fuel_oil_t", Some("EN-02.fuel_oil_tce_per_t")),
    ("energy.electricity_10k_kwh", None),
    ("energy.steam_gj", Some("EN-02.heat_tce_per_gj")),
    ("energy.other_tce", None),
];

/// The carriers' places in [`project::FIELDS`], found once: energy facts
/// read every carrier several times a screening, by name each a lookup.
fn carrier_fields() -> &'static [Option<usize>] {
    static AT: std::sync::OnceLock<Vec<Option<usize>>> = std::sync::OnceLock::new();
    AT.get_or_init(|| {
        CARRIERS
            .iter()
            .map(|(k, _)| project::field_index(k))
            .collect()
    })
}

/// Whether any carrier is typed as a number.
fn any_carrier(p: &Project) -> bool {
    (carrier_fields().iter().flatten()).any(|&i| matches!(p.get_at(i), Some(Value::Num(_))))
}

const COMPLETE_AT: usize = project::index_of(CARRIERS_COMPLETE);
const TOTAL_AT: usize = project::index_of(STATED_TOTAL_TCE);
const BASIS_AT: usize = project::index_of("energy.stated_basis");
const ELECTRICITY_AT: usize = project::index_of("energy.electricity_10k_kwh");

/// The basis a total is stated on, if chosen.
fn stated_basis(p: &Project) -> Option<&'static str> {
    match p.get_at(BASIS_AT) {
        Some(Value::Choice(b)) => Some(b),
        _ => None,
    }
}

/// The electricity typed, in 10⁴ kWh.
fn electricity(p: &Project) -> Option<f64> {
    match p.get_at(ELECTRICITY_AT) {
        Some(&Value::Num(v)) => Some(v),
        _ => None,
    }
}

/// Whether the carriers typed are all the project uses: as answered, or
/// every carrier typed (nothing is left blank to doubt). Unanswered, a
/// blank carrier is not "none": an investor who knows only the coal leaves
/// the electricity blank too (an audit saw coal alone clear the two-high
/// rule for a plant whose power use was never asked).
pub(super) fn carriers_complete(p: &Project) -> Option<bool> {
    match p.get_at(COMPLETE_AT) {
        Some(Value::Bool(b)) => Some(*b),
        _ if (carrier_fields().iter())
            .all(|at| at.is_some_and(|i| matches!(p.get_at(i), Some(Value::Num(_))))) =>
        {
            Some(true)
        }
        _ => None,
    }
}

/// Parameters the energy facts may use (for meta-tests).
pub const ENERGY_PARAMS: &[&str] = &[
    "EN-02.coal_tce_per_t",
    "EN-02.coke_tce_per_t",
    "EN-02.gas_tce_per_10k_m3",
    "EN-02.fuel_oil_tce_per_t",
    "EN-02.heat_tce_per_gj",
    CALORIFIC,
    PRIMARY_LOW,
    PRIMARY_HIGH,
];

impl FactCtx<'_> {
    /// The stated yearly total in tce, and whether it is only an upper
    /// bound ("at most 500"): then every figure from zero to it is possible.
    fn stated_total(&self) -> Option<(f64, bool)> {
        match self.project.get_at(TOTAL_AT)? {
            Value::Num(v) => Some((*v, false)),
            Value::Within(v) => Some((*v, true)),
            _ => None,
        }
    }

    /// The carriers typed as figures other than electricity and `except`,
    /// in tce (a fuel's factor is the same on both bases), recording what
    /// they read in `fact`. They are part of a stated total, so only the
    /// rest of it can be electricity (an audit saw 2,800 t of coal beside a
    /// 2,500 tce total bounded as if all of it could be, and the two-high
    /// test held open on that).
    fn fuels_tce(&self, except: &str, fact: &mut Fact) -> f64 {
        let p = self.project;
        let mut sum = 0.0;
        for ((key, param), at) in CARRIERS.iter().zip(carrier_fields()) {
            if *key == "energy.electricity_10k_kwh" || *key == except {
                continue;
            }
            let Some(&Value::Num(q)) = at.and_then(|i| p.get_at(i)) else {
                continue;
            };
            if q == 0.0 {
                continue;
            }
            let factor = match param {
                Some(id) => match self.param(id) {
                    Some((id, v, status)) => {
                        fact.params.push(id);
                        fact.status = fact.status.min(status);
                        v
                    }
                    None => continue,
                },
                // Given in tce already.
                None => 1.0,
            };
            if let Some(i) = at {
                fact.inputs.push_field(*i);
            }
            sum += q * factor;
        }
        sum
    }

    pub(super) fn electricity_kwh(&self) -> Fact {
        // At the calorific factor, the smaller, so the larger bound, even for
        // a total stated on the primary basis: the primary factor is a
        // band (EN-02), graded C, and a true one lower would let more
        // electricity in than its bound allows (a code review of a change
        // that cleared 1,450 tce primary on it).
        self.carrier_used("energy.electricity_10k_kwh", 1.0e4, CALORIFIC)
    }

    /// Raw coal used a year, in t: the 2025 energy-review measures test it
    /// beside the total (EN-01).
    pub(super) fn coal_t(&self) -> Fact {
        self.carrier_used("energy.coal_t", 1.0, "EN-02.coal_tce_per_t")
    }

    /// How much of one carrier is used (the field `key` times `scale`): as
    /// entered; none when other carriers are given without it; at most all
    /// of a stated total, converted at `factor` (tce per field unit).
    fn carrier_used(&self, key: &'static str, scale: f64, factor: &str) -> Fact {
        if self.project.any_refused() && self.project.is_refused(key) {
            // Typed but unreadable: not "none used", whatever else is given.
            return Fact::unknown(&[key]);
        }
        match self.project.num(key) {
            Some(v) => Fact::read(key, FactValue::Num(v * scale)),
            // Given by carriers with this one left blank: none is used if
            // they are all; else how much is what to ask, or whether the
            // carriers typed are all, which settles every blank at once.
            None if self.stated_total().is_none() && any_carrier(self.project) => {
                match carriers_complete(self.project) {
                    Some(true) => {
                        let mut f = Fact::known(FactValue::Num(0.0));
                        if self.project.get_at(COMPLETE_AT).is_some() {
                            f.inputs.push_field(COMPLETE_AT);
                        }
                        f
                    }
                    Some(false) => Fact::unknown(&[key]),
                    None => Fact::unknown(&[CARRIERS_COMPLETE]),
                }
            }
            // A stated total bounds the carrier in it: at most all of it.
            // (A bound on the total bounds the carrier as the figure would.)
            None => match (self.stated_total().map(|(t, _)| t), self.param(factor)) {
                (Some(total), Some((id, per_unit, status))) if per_unit > 0.0 => {
                    // Less the electricity given in it, counted at the lower
                    // (calorific) factor unless the total is stated on the
                    // primary basis, so the bound is never too low (a legal
                    // review saw 948 t of coal at most still asked for).
                    let elec = electricity(self.project);
                    let basis = match stated_basis(self.project) {
                        Some("primary") => Basis::Primary,
                        _ => Basis::Calorific,
                    };
                    // On the primary basis at the band's low end: the larger rest.
                    let in_elec = elec.zip(self.param(basis.electricity_params().0));
                    let mut f = Fact::read(STATED_TOTAL_TCE, FactValue::Unknown);
                    let fuels = self.fuels_tce(key, &mut f);
                    let rest = total - in_elec.map_or(0.0, |(e, (_, f, _))| e * f) - fuels;
                    // Widened by a hair: 614.5 tce of which all is
                    // electricity at 1.229 is 500 × 10⁴ kWh, which division
                    // gives as 499.99…, just under a threshold it meets (a
                    // decisiveness audit).
                    let most = rest.max(0.0) / per_unit * scale * (1.0 + 1e-12);
                    f.value = FactValue::Between(0.0, most);
                    if stated_basis(self.project).is_some() {
                        f.inputs.push("energy.stated_basis");
                    }
                    f.params.push(id);
                    f.status = f.status.min(status);
                    if let Some((_, (elec_id, _, elec_status))) = in_elec {
                        f.inputs.push("energy.electricity_10k_kwh");
                        f.params.push(elec_id);
                        f.status = f.status.min(elec_status);
                    }
                    f.decide_with = Keys::one(key);
                    f
                }
                (Some(_), _) => Fact::unknown(&[key]),
                (None, _) => Fact::unknown(&["energy"]),
            },
        }
    }

    /// Comprehensive energy use in tce on one basis (catalogue EN-02): from
    /// the carriers with dated conversion factors, or from a stated total
    /// converted through its electricity share.
    pub(super) fn energy(&self, basis: Basis) -> Fact {
        let p = self.project;
        let mut fact = Fact::known(FactValue::Unknown);
        let use_param = |fact: &mut Fact, id: &str| -> Option<f64> {
            let (id, v, status) = self.param(id)?;
            fact.params.push(id);
            fact.status = fact.status.min(status);
            Some(v)
        };
        if let Some((total, bound)) = self.stated_total() {
            // Carriers already above the total on its own basis (calorific
            // when not said, the lower sum), or all of them below it (see
            // `total_off_carriers`): one of them is wrong, so the
            // electricity typed is no sure share of the total either (an
            // audit saw 800 tce beside 50 GWh read as two-high, the total
            // converted through the electricity it contradicts).
            let off = self.total_off_carriers();
            let contradicted = off.is_some();
            let primary_bound = bound && stated_basis(p) == Some("primary");
            let fact = if primary_bound && basis == Basis::Calorific {
                // At most a total on the primary basis is at most as much on
                // the calorific one, whatever the primary factor in its band:
                // no conversion (a software office answering "at most 500
                // tce" was graded unverified through it).
                let mut fact = Fact::read(STATED_TOTAL_TCE, FactValue::Between(0.0, total));
                fact.inputs.push("energy.stated_basis");
                fact.decide_with.push(STATED_TOTAL_TCE);
                fact
            } else {
                let mut fact = self.stated_energy(basis, total, !contradicted, fact, use_param);
                // At most the total: anything from zero to what the figure
                // itself would give; the figure decides what the bound leaves.
                if bound {
                    let hi = match fact.value {
                        FactValue::Num(v) | FactValue::Between(_, v) => Some(v),
                        _ => None,
                    };
                    if let Some(hi) = hi {
                        fact.value = FactValue::Between(0.0, hi);
                        if !fact.decide_with.iter().any(|k| k == STATED_TOTAL_TCE) {
                            fact.decide_with.push(STATED_TOTAL_TCE);
                        }
                    }
                }
                fact
            };
            // The carriers typed beside a total are part of it: a total
            // below what they already come to is not read as settled (an
            // audit saw 4,500 tce beside 800,000 t of coal clear the
            // two-high rule it had decided).
            return match self.carriers_sum(basis) {
                Some(sum) => against_carriers(fact, sum, carriers_complete(p) == Some(true), off),
                None => fact,
            };
        }
        if !any_carrier(p) {
            fact.missing.push("energy");
            return fact;
        }
        // A carrier typed but unreadable is unknown, not blank: summing the
        // others would count it as zero.
        if p.any_refused() {
            let mut refused = CARRIERS.iter().filter(|(k, _)| p.is_refused(k)).peekable();
            if refused.peek().is_some() {
                refused.for_each(|(key, _)| fact.missing.push(key));
                return fact;
            }
        }
        match (self.carriers_sum(basis), carriers_complete(p)) {
            (Some(mut sum), Some(true)) => {
                if p.get_at(COMPLETE_AT).is_some() {
                    sum.inputs.push_field(COMPLETE_AT);
                }
                if matches!(sum.value, FactValue::Between(..)) {
                    // Only the electricity's factor is open: the total on
                    // the primary basis, as the energy report states it,
                    // settles it.
                    sum.decide_with.push_field(TOTAL_AT);
                    sum.decide_with.push_field(BASIS_AT);
                    return sum.with_note(Note::Fixed(BY_CARRIER_BAND));
                }
                sum.with_note(Note::Fixed(BY_CARRIER))
            }
            (Some(sum), complete) => at_least_entered(sum, complete),
            (None, _) => fact,
        }
    }

    /// Whether a carrier was typed but is not a figure here: refused, or a
    /// bound.
    fn carrier_unread(&self) -> bool {
        let p = self.project;
        (CARRIERS.iter().zip(carrier_fields())).any(|((key, _), at)| {
            (p.any_refused() && p.is_refused(key))
                || at
                    .and_then(|i| p.get_at(i))
                    .is_some_and(|v| !matches!(v, Value::Num(_)))
        })
    }

    /// The carriers typed, each at its dated factor, summed on `basis`: a
    /// range where electricity's factor is a band; `None` when none is
    /// typed or a factor is not in force.
    fn carriers_sum(&self, basis: Basis) -> Option<Fact> {
        let p = self.project;
        let mut fact = Fact::known(FactValue::Unknown);
        let (mut lo, mut hi) = (0.0, 0.0);
        let mut any = false;
        for ((key, param), at) in CARRIERS.iter().zip(carrier_fields()) {
            let Some(&Value::Num(q)) = at.and_then(|i| p.get_at(i)) else {
                continue;
            };
            let factors = if *key == "energy.electricity_10k_kwh" {
                let (low, high) = basis.electricity_params();
                Some((low, Some(high).filter(|h| *h != low)))
            } else {
                param.map(|id| (id, None))
            };
            let (f_lo, f_hi) = match factors {
                // None of it: no factor can change nothing, so none lends
                // its grade (an audit saw electricity typed as 0 grade a
                // coal plant's review [U] through the primary factor).
                Some(_) if q == 0.0 => (0.0, 0.0),
                Some((low, high)) => {
                    let mut at = |id| {
                        let (id, v, status) = self.param(id)?;
                        fact.params.push(id);
                        fact.status = fact.status.min(status);
                        Some(v)
                    };
                    let v = at(low)?;
                    (v, high.map_or(Some(v), &mut at)?)
                }
                None => (1.0, 1.0),
            };
            // (A carrier with no place was skipped above.)
            if let Some(i) = at {
                fact.inputs.push_field(*i);
            }
            lo += q * f_lo;
            hi += q * f_hi;
            any = true;
        }
        any.then_some(Fact {
            value: span(lo, hi),
            ..fact
        })
    }

    /// Whether the stated total is below what the carriers typed already
    /// come to on its basis (the calorific, the lower, when not said), or
    /// above all that the carriers, said to be all, can come to (the
    /// primary at the band's top when not said): one of them is wrong, so
    /// the span of both is read, and a rule whose threshold lies in it
    /// stays open until one is mended (a user test's 4,500 tce beside 50 GWh
    /// turned a decided offset into "needs input", with no word at either
    /// field; a code review's 4,900 tce "calorific" beside all-electric
    /// carriers of 2,089 was read as two-high).
    pub fn total_off_carriers(&self) -> Option<Off> {
        let (total, bound) = self.stated_total()?;
        let said = stated_basis(self.project);
        let on = |b: Basis| self.carriers_sum(b).map(|s| s.value);
        let below = match said {
            Some("primary") => on(Basis::Primary),
            _ => on(Basis::Calorific),
        };
        // Below whatever the band: the least the carriers come to.
        if below.as_ref().and_then(least).is_some_and(|x| x > total) {
            return Some(Off::Below);
        }
        // Above needs a figure, not "at most" one, and every carrier read
        // as a figure: an unread one may hold the rest (a code review saw
        // "<=3000" beside complete carriers, and coal typed "lots", called
        // contradictions).
        if bound || carriers_complete(self.project) != Some(true) || self.carrier_unread() {
            return None;
        }
        let above = match said {
            Some("calorific") => on(Basis::Calorific),
            _ => on(Basis::Primary),
        };
        above
            .as_ref()
            .and_then(most)
            .is_some_and(|x| x < total)
            .then_some(Off::Above)
    }

    /// A total stated by the user, on `basis` (see [`FactCtx::energy`]),
    /// converted through the electricity typed if `with_electricity`.
    fn stated_energy(
        &self,
        basis: Basis,
        total: f64,
        with_electricity: bool,
        mut fact: Fact,
        use_param: impl Fn(&mut Fact, &str) -> Option<f64>,
    ) -> Fact {
        let p = self.project;
        fact.inputs.push("energy.stated_total_tce");
        {
            let stated = stated_basis(p);
            if stated == Some(basis.key()) {
                fact.inputs.push("energy.stated_basis");
                fact.value = FactValue::Num(total);
                return fact;
            }
            let (Some(cal), Some(pri_lo), Some(pri_hi)) = (
                use_param(&mut fact, CALORIFIC),
                use_param(&mut fact, PRIMARY_LOW),
                use_param(&mut fact, PRIMARY_HIGH),
            ) else {
                return fact;
            };
            // Only electricity's factor differs between the bases, and the
            // primary one is the larger: the other basis is found through the
            // electricity share, or bounded without it (all of the total
            // could be electricity, or none of it).
            let elec = electricity(p).filter(|_| with_electricity);
            if elec.is_some() {
                fact.inputs.push("energy.electricity_10k_kwh");
            }
            // Electricity not given: at most what the fuels typed leave of
            // the total (none are counted beside a total they contradict).
            let fuels = match elec {
                None if with_electricity => self.fuels_tce("", &mut fact).min(total),
                _ => 0.0,
            };
            // Across the primary factor's band, each end.
            let converted = |from: Basis| match (from, elec) {
                (Basis::Calorific, Some(e)) => {
                    (total + e * (pri_lo - cal), total + e * (pri_hi - cal))
                }
                (Basis::Primary, Some(e)) => (
                    (total - e * (pri_hi - cal)).max(0.0),
                    (total - e * (pri_lo - cal)).max(0.0),
                ),
                (Basis::Calorific, None) => (total, fuels + (total - fuels) * pri_hi / cal),
                (Basis::Primary, None) => (fuels + (total - fuels) * cal / pri_hi, total),
            };
            let (lo, hi) = match stated {
                Some(_) => {
                    fact.inputs.push("energy.stated_basis");
                    // Stated on the other basis.
                    let other = match basis {
                        Basis::Calorific => Basis::Primary,
                        Basis::Primary => Basis::Calorific,
                    };
                    converted(other)
                }
                None => {
                    let other = match basis {
                        Basis::Calorific => converted(Basis::Primary),
                        Basis::Primary => converted(Basis::Calorific),
                    };
                    (other.0.min(total), other.1.max(total))
                }
            };
            if lo == hi {
                fact.value = FactValue::Num(lo);
                return fact;
            }
            fact.value = FactValue::Between(lo, hi);
            if stated.is_none() {
                fact.decide_with.push("energy.stated_basis");
            }
            if elec.is_none() && with_electricity {
                fact.decide_with.push("energy.electricity_10k_kwh");
            }
            // The range said for what settles it first: the basis, one
            // choice, where it is not given (a user test read "8,193.3–20,000
            // tce" after typing one figure, with no word on why).
            if stated.is_none() {
                fact = fact.with_note(Note::Fixed(NEEDS_BASIS));
            } else if elec.is_none() {
                fact = fact.with_note(Note::Fixed(NEEDS_ELECTRICITY));
            } else {
                // Basis and electricity given: the band alone is open. The
                // total on this basis, from the energy report, settles it:
                // the figure and its basis (a code review saw the figure
                // asked alone and the report's primary total kept as
                // calorific).
                fact.decide_with.push(STATED_TOTAL_TCE);
                fact.decide_with.push("energy.stated_basis");
                fact = fact.with_note(Note::Fixed(PRIMARY_BAND));
            }
            fact
        }
    }
}

/// The carriers typed when they may not be all: at least their sum, which
/// decides any threshold at or below it. Whether they are all is asked
/// first; told they are not, the total is (one figure, not every blank).
fn at_least_entered(mut sum: Fact, complete: Option<bool>) -> Fact {
    let Some(floor) = least(&sum.value) else {
        return sum;
    };
    sum.value = FactValue::Between(floor, f64::INFINITY);
    match complete {
        Some(false) => {
            sum.inputs.push_field(COMPLETE_AT);
            sum.decide_with.push(STATED_TOTAL_TCE);
        }
        // Whether they are all, or (not known: "don't know" to it in an
        // interview had ended it) the total.
        _ => {
            sum.decide_with.push_field(COMPLETE_AT);
            sum.decide_with.push_field(TOTAL_AT);
        }
    }
    sum.with_note(Note::Fixed(AT_LEAST_ENTERED))
}

/// The electricity's primary equivalent is a band (EN-02): the year's
/// thermal-power coal rate, which no fixed figure stands for.
const PRIMARY_BAND: L10n = L10n::new(
    "电力等价值按当年火电发电煤耗折算，并非固定系数，本工具取一个区间（见所用参数）：结论落在区间内时，请按能评报告填写等价值口径的综合能耗，并将口径选为“等价值”。",
    "Electricity's primary equivalent follows each year's thermal-power coal rate, not a fixed factor, so this tool takes a band (see the parameters): where the outcome lies inside it, enter the energy report's total on the primary-equivalent basis, and choose that basis.",
);
const BY_CARRIER_BAND: L10n = L10n::new(
    "按品种计算，所填为全部品种，未填写的计为零；电力等价值按当年火电发电煤耗折算，并非固定系数，本工具取一个区间（见所用参数）：结论落在区间内时，以能评报告所列等价值综合能耗为准。",
    "Computed by carrier, these being all the project uses (any left blank count as none); electricity's primary equivalent follows each year's thermal-power coal rate, not a fixed factor, so this tool takes a band (see the parameters): where the outcome lies inside it, the primary-equivalent total from the energy report decides.",
);

const AT_LEAST_ENTERED: L10n = L10n::new(
    "按所填品种计算，但它们未必是全部品种：所填只是下限。",
    "Computed from the carriers entered, which may not be all the project uses: the figure is a floor.",
);

/// The fact beside the carriers' sum, where its least is below that sum or
/// the two contradict each other.
/// `off` ([`FactCtx::total_off_carriers`]): one of the two is
/// wrong, so the fact spans both (from the total's least to the larger of
/// its most and the carriers' sum, or on without end while the carriers may
/// not be all), the total the field to check, with a note. Otherwise both
/// stand and the carriers are a floor on this basis too: with no basis
/// said, 10,000 tce beside 5,000 × 10⁴ kWh fits only the calorific
/// reading, so the primary figure is at least the carriers' 15,000 (a code
/// review). A total at or above the sum is read as stated (it may hold
/// carriers not typed).
fn against_carriers(mut fact: Fact, sum: Fact, complete: bool, off: Option<Off>) -> Fact {
    let contradicted = off.is_some();
    // The least and the most the carriers come to, across the primary
    // factor's band.
    let (Some(floor), Some(top)) = (least(&sum.value), most(&sum.value)) else {
        return fact;
    };
    let (lo, hi) = match fact.value {
        FactValue::Num(v) => (v, v),
        FactValue::Between(lo, hi) => (lo, hi),
        _ => return fact,
    };
    if lo >= floor && !contradicted {
        return fact;
    }
    fact.value = match (contradicted, complete) {
        // The carriers right or the total: the span of both, up to all
        // the carriers can come to (the band's top: a code review saw it
        // closed at the foot, "not two-high" decided), and on without end
        // if they are not all (an audit saw 1,000 tce beside 6,500 t of
        // coal, said not to be all, cleared as not two-high at 4,643 tce).
        (true, true) => FactValue::Between(lo.min(floor), hi.max(top)),
        (true, false) => FactValue::Between(lo.min(floor), f64::INFINITY),
        (false, _) if hi > floor => FactValue::Between(floor, hi),
        (false, _) => FactValue::Num(floor),
    };
    for k in sum.inputs.iter() {
        if !fact.inputs.iter().any(|i| i == k) {
            fact.inputs.push(k);
        }
    }
    fact.params.extend(sum.params.iter().copied());
    fact.status = fact.status.min(sum.status);
    if !contradicted {
        return fact;
    }
    if !complete && !fact.decide_with.iter().any(|k| k == CARRIERS_COMPLETE) {
        // "Yes, that is all" closes the range at their sum.
        fact.decide_with.push_field(COMPLETE_AT);
    }
    if !fact.decide_with.iter().any(|k| k == STATED_TOTAL_TCE) {
        fact.decide_with.push(STATED_TOTAL_TCE);
    }
    fact.with_note(Note::Fixed(match off {
        Some(Off::Above) => ABOVE_CARRIERS,
        _ => BELOW_CARRIERS,
    }))
}

const ABOVE_CARRIERS: L10n = L10n::new(
    "所填综合能耗高于已确认为全部品种的各品种能源折算所能达到的最大值，两者必有一误：按两者之间的范围判断，请核对。",
    "The total stated is above all that the carriers, said to be all, can come to, so one of them is wrong: the range between the two is read. Check the figures.",
);

const BELOW_CARRIERS: L10n = L10n::new(
    "所填综合能耗低于所填各品种能源折算之和，两者必有一误：按两者之间的范围判断，请核对。",
    "The total stated is below what the carriers entered come to, so one of them is wrong: the range between the two is read. Check the figures.",
);
