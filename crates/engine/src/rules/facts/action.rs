//! The kind of a project's action as the rules read it: new, expansion or
//! renovation, from the type of project and, for an upgrade or a rebuild,
//! the capacity it adds.

use super::*;

const TECH_UPGRADE_NOTE: L10n = L10n::new(
    "技术改造按是否增加产能视作扩建或改建，此口径未经核实。",
    "A technical upgrade is treated as an expansion or a renovation depending on added capacity; this reading is unverified.",
);
const BLANK_TYPE_ADDS_NOTE: L10n = L10n::new(
    "未填建设性质，但填有新增产能：无论何种性质，均按新建或扩建处理（改建、技术改造而新增产能的按扩建，技术改造的此口径未经核实）。",
    "The type of project is not given, but new capacity is: whatever the type, it is read as new or an expansion (a renovation or technical upgrade that adds capacity counts as an expansion; for an upgrade this reading is unverified).",
);
const BLANK_TYPE_KEEPS_NOTE: L10n = L10n::new(
    "未填建设性质，填为不增加产能：按迁建（在新址视为新建）或改建、技术改造（视为改建）两种情形判断；新建、扩建均增加产能（本工具的理解）。",
    "The type of project is not given, and it adds no capacity: it is read as a relocation (new at its destination) or a renovation or upgrade (a renovation); a new build or an expansion adds capacity (this tool's reading).",
);
pub(super) const CAPACITY_CONTRADICTS: L10n = L10n::new(
    "填为不增加产能，却填有新增产能：两者矛盾，结论按增加与不增加两种情形取其范围；请核对其一（不增加的，清空新增产能）。",
    "The project is said to add no capacity, yet new capacity is entered: the two disagree, so the verdict spans both readings; please correct one (if it adds none, clear the new capacity).",
);

/// The action's place in the registry: read by several facts a screening.
const ACTION_AT: usize = project::index_of("action");

/// "Adds no capacity" beside new capacity above zero, on an upgrade or a
/// renovation, where the answer is read ([`contradiction`]).
pub(super) fn capacity_contradicts(p: &Project) -> bool {
    matches!(
        p.get_at(ACTION_AT),
        Some(Value::Choice("tech_upgrade" | "renovation"))
    ) && matches!(capacity_said(p), Said::Contradicts)
}
const RENOVATION_ADDS_NOTE: L10n = L10n::new(
    "改建而新增产能的，按扩建处理（本工具的理解）。",
    "A renovation that adds capacity is treated as an expansion (this tool's reading).",
);

/// new / expansion / renovation, the way the rules distinguish them
/// (catalogue §0): relocation is new at the destination; a technical upgrade
/// is an expansion if it adds capacity, else a renovation ([U]).
pub(super) fn action_kind(p: &Project) -> Fact {
    let Some(&Value::Choice(action)) = p.get_at(ACTION_AT) else {
        // Blank, it is still one of the three kinds (a relocation is new,
        // an upgrade an expansion or a renovation): a rule for all three
        // applies whatever the answer, and asks nothing (an audit saw a
        // complete two-high lead held open on "type of project").
        if p.is_refused("action") {
            return Fact::unknown(&["action"]);
        }
        // Capacity said to be added: whatever the type, it is new or an
        // expansion (a rebuild or an upgrade that adds capacity is read as
        // an expansion, the upgrade's reading unverified). An audit saw a
        // restricted plant of 5,000 t held open on a type every answer to
        // which prohibits it.
        if let Said::By(true, said_by) = capacity_said(p) {
            const ADDING: &[&str] = &["new", "expansion"];
            let mut f = Fact {
                status: Status::U,
                inputs: Keys::one(said_by),
                decide_with: Keys::one("action"),
                unnarrowed: Some(ACTION_KINDS),
                ..Fact::known(FactValue::OneOf(ADDING))
            };
            f.note = Some(Note::Fixed(BLANK_TYPE_ADDS_NOTE));
            return f;
        }
        // Said to add none: a relocation (new at its destination) or a
        // rebuild or upgrade (a renovation); a new build or an expansion
        // adds capacity (the interview asks this when the type is not
        // known, and must not ask it again: a code review).
        if let Said::By(false, said_by) = capacity_said(p) {
            const KEEPING: &[&str] = &["new", "renovation"];
            let f = Fact {
                status: Status::C,
                inputs: Keys::one(said_by),
                decide_with: Keys::one("action"),
                unnarrowed: Some(ACTION_KINDS),
                ..Fact::known(FactValue::OneOf(KEEPING))
            };
            return f.with_note(Note::Fixed(BLANK_TYPE_KEEPS_NOTE));
        }
        let mut f = Fact::known(FactValue::OneOf(ACTION_KINDS));
        f.decide_with = Keys::one("action");
        return f;
    };
    let kind = match action {
        "new" | "relocation" => "new",
        // An expansion that adds nothing is no expansion as the capacity
        // rules read one (an audit saw "0 t new needs 0 t retired").
        "expansion" if expansion_adds_none(p) => return expansion_contradiction(),
        "expansion" => "expansion",
        // An upgrade or a rebuild: an expansion if it adds capacity, else a
        // renovation. An upgrade's reading is unverified and noted as such;
        // a rebuild's is this tool's ([C]) and noted only when it grows.
        upgrade_or_rebuild => {
            let upgrade = upgrade_or_rebuild != "renovation";
            let (status, note) = match upgrade {
                true => (Status::U, Some(TECH_UPGRADE_NOTE)),
                false => (Status::C, None),
            };
            let with_note = |f: Fact, note: Option<L10n>| match note {
                Some(n) => f.with_note(Note::Fixed(n)),
                None => f,
            };
            return match capacity_said(p) {
                Said::Contradicts => contradiction(),
                // An expansion or a renovation, never a new project: a rule
                // that spares renovations for safety cannot come out
                // "allowed" (a user test saw "at best allowed" for a
                // tailings pond's upgrade), and a chemical rebuild 500 m
                // from the Yangtze is asked, not allowed (an audit).
                Said::Nothing => {
                    const EITHER: &[&str] = &["expansion", "renovation"];
                    let f = Fact {
                        status,
                        inputs: Keys::one("action"),
                        decide_with: Keys::one("adds_capacity"),
                        // A test every kind passes alike does not rest on
                        // that reading (an advisor audit saw a ban that
                        // holds for every kind graded [U] by it).
                        unnarrowed: Some(ACTION_KINDS),
                        ..Fact::known(FactValue::OneOf(EITHER))
                    };
                    with_note(f, note.or(Some(RENOVATION_ADDS_NOTE)))
                }
                Said::By(adds, said_by) => {
                    let mut inputs = Keys::one("action");
                    inputs.push(said_by);
                    let kind = if adds { "expansion" } else { "renovation" };
                    let f = Fact {
                        status: if adds || upgrade { status } else { Status::V1 },
                        inputs,
                        ..Fact::known(FactValue::Sym(kind))
                    };
                    with_note(f, note.or(adds.then_some(RENOVATION_ADDS_NOTE)))
                }
            };
        }
    };
    Fact::read("action", FactValue::Sym(kind))
}

/// Whether an upgrade or a rebuild adds capacity, and the input that says
/// so: the answer, else the new capacity where given (0 t adds none: a
/// legal review saw 0 t asked "does it add capacity?"), or nothing. "Adds none" beside new capacity is the contradiction
/// ([`contradiction`]). A rebuild that adds capacity grows the plant as an
/// expansion does (a review saw 500,000 t of new clinker in a "renovation"
/// cleared by every capacity rule).
fn capacity_said(p: &Project) -> Said {
    const ADDS_AT: usize = project::index_of("adds_capacity");
    const NEW_AT: usize = project::index_of("capacity.new_t");
    let new_t = match p.get_at(NEW_AT) {
        Some(&Value::Num(t)) => Some(t),
        _ => None,
    };
    match (p.get_at(ADDS_AT), new_t) {
        (Some(Value::Bool(false)), Some(t)) if t > 0.0 => Said::Contradicts,
        (Some(Value::Bool(adds)), _) => Said::By(*adds, "adds_capacity"),
        (None, Some(t)) => Said::By(t > 0.0, "capacity.new_t"),
        _ => Said::Nothing,
    }
}

pub(super) const EXPANSION_ADDS_NONE: L10n = L10n::new(
    "填为扩建，却填明不增加产能（新增产能为0或答“否”）：两者矛盾，结论按扩建与改建两种情形取其范围。请按环评、立项文件核对：文件定为扩建的即属扩建（增加装置、产品或储存的也是），请填其新增产能；文件定为改建或技术改造且确不增加产能的，才改选该项。",
    "The project is said to be an expansion, yet to add no capacity (0 new capacity, or “no”): the two disagree, so the verdict spans an expansion and a renovation. Check against the EIA and approval documents: what they call an expansion is one (adding units, products or storage too), so give the capacity it adds; only a renovation or upgrade they call so, adding none, should be entered as such.",
);

/// "Expansion" beside capacity said to be none: 0 t new, or "adds no
/// capacity" with no positive figure.
pub(super) fn expansion_adds_none(p: &Project) -> bool {
    matches!(p.get_at(ACTION_AT), Some(Value::Choice("expansion")))
        && matches!(capacity_said(p), Said::By(false, _))
}

/// The action fact of an expansion said to add nothing: either reading,
/// asked by its capacity, whose answers keep to the two readings (a type
/// changed to "new" would leave them: a property test).
fn expansion_contradiction() -> Fact {
    either_reading(EXPANSION_ADDS_NONE, [CAPACITY_PAIR[1], CAPACITY_PAIR[0]])
}

/// What the project says of added capacity ([`capacity_said`]).
enum Said {
    Contradicts,
    Nothing,
    /// Whether it adds any, and the field that says so.
    By(bool, &'static str),
}

/// "Adds no capacity" beside new capacity entered: one of the two is wrong,
/// so the rules hold whichever is (a decisiveness audit saw the "no"
/// silently win and a steel upgrade cleared). Either answer settles it: a
/// "yes", or the new capacity cleared (a re-confirmed "no" alone cannot).
fn contradiction() -> Fact {
    either_reading(CAPACITY_CONTRADICTS, [CAPACITY_PAIR[0], CAPACITY_PAIR[1]])
}

/// The action as an expansion or a renovation, not known which, because
/// two answers disagree: read from the type and both capacity answers,
/// said why, and settled by the answers in `decide_with`.
fn either_reading(why: L10n, decide_with: [&'static str; 2]) -> Fact {
    const EITHER: &[&str] = &["expansion", "renovation"];
    let mut inputs = Keys::one("action");
    inputs.push(CAPACITY_PAIR[0]);
    inputs.push(CAPACITY_PAIR[1]);
    let mut f = Fact {
        status: Status::U,
        inputs,
        ..Fact::known(FactValue::OneOf(EITHER))
    }
    .with_note(Note::Fixed(why));
    f.decide_with = Keys::one(decide_with[0]);
    f.decide_with.push(decide_with[1]);
    f
}
