//! Sector membership as the rules read it: by industry code, and for a
//! borderline code by the answer the sector asks of it (`SECTOR_ASKED`: a
//! battery plant's process, a rolling mill's product, a road firm's kind of
//! project), or that a sector it is joined by asks or holds as a member
//! (C2710, chemical, is two-high and heavy-polluting too). Used by the facts, by
//! "where could it go" and by the form, so that all three read a sector
//! alike.

use super::{Fact, FactValue, Keys, Note, READ_ONLY_BY_SECTORS};
use crate::data_types::{RuleData, Sector, Status};
use crate::project::{self, Project, Value};

/// The industry code's place: every sector fact reads it and lists it,
/// several a screening, so by place rather than by name.
const CODE_AT: usize = project::index_of("industry_code");

fn code_keys() -> Keys {
    Keys::field(CODE_AT)
}

/// Whether industry code `code` lies under `prefix` (C2614 under C26).
/// Codes are a few ASCII bytes, compared one by one: through `starts_with`
/// each of a sector's members cost a `memcmp` call, about a hundred a
/// screening (callgrind).
#[inline]
fn under(code: &str, prefix: &str) -> bool {
    let (c, p) = (code.as_bytes(), prefix.as_bytes());
    p.len() <= c.len() && p.iter().zip(c).all(|(a, b)| a == b)
}

/// Whether `key`, an answer that only places a borderline code in a sector
/// (`READ_ONLY_BY_SECTORS`), is given for a code it is not asked of: then no rule
/// reads it, the code deciding alone, and the form says so rather than
/// dropping it without a word.
pub(super) fn answer_not_read(data: &RuleData, p: &Project, key: &str) -> bool {
    let Some(code) = p.text("industry_code") else {
        return false;
    };
    READ_ONLY_BY_SECTORS.contains(&key)
        && p.get(key).is_some()
        && !asked_of(&data.sectors, code, key)
}

/// Whether some sector asks `field` of `code`: one of its borderline codes,
/// or a code broader than one (C39 holds C3985, whose answer the rules read),
/// that no member of it covers (a member's code decides by itself: a
/// chemical API, C2710, is chemical whatever its process is said to be).
fn asked_of(sectors: &[Sector], code: &str, field: &str) -> bool {
    (sectors.iter()).any(|s| {
        s.asked_by.as_deref() == Some(field)
            && (s.borderline.iter()).any(|b| under(code, b) || under(b, code))
            && !(s.members.iter()).any(|m| under(code, &m.prefix))
    })
}

/// Whether `code` is a member of a sector that asks `field` of others: the
/// answer is then not read because the code already puts it in.
pub(super) fn member_of_asker(data: &RuleData, p: &Project, field: &str) -> bool {
    let Some(code) = p.text("industry_code") else {
        return false;
    };
    (data.sectors.iter()).any(|s| {
        s.asked_by.as_deref() == Some(field) && (s.members.iter()).any(|m| under(code, &m.prefix))
    })
}

/// Whether `project` is in sector `id` as the rules read it (the code, and
/// for a borderline code the answer that decides it): `None` while that
/// cannot be told, or for no such sector.
pub fn sector_member(data: &RuleData, p: &Project, id: &str) -> Option<bool> {
    let index = data.sectors.iter().position(|s| s.id == id)?;
    match sector_fact(index, &data.sectors, p).value {
        FactValue::Bool(b) => Some(b),
        _ => None,
    }
}

/// Is the industry code inside the sector? True if a member prefix covers the
/// code; unknown if the code is broader than some member (a 大类 that only
/// partly belongs); false otherwise. The status is the member's, or the
/// sector's weakest for a "no" (the mapping itself may be incomplete). For a
/// borderline code of a sector that asks (`asked_by`), the answer decides,
/// and without it the fact is unknown: a code alone cannot say whether a
/// battery-materials plant is chemical, so the user is asked.
pub(super) fn sector_fact(index: usize, sectors: &[Sector], p: &Project) -> Fact {
    let sector = &sectors[index];
    let key = "industry_code";
    let Some(Value::Text(code)) = p.get_at(CODE_AT) else {
        return Fact::unknown(&[key]);
    };
    if let Some(f) = member_fact(sectors, index, code) {
        return f;
    }
    // Broader than a member, or than a code the sector asks about (C321
    // holds aluminium smelting, whose product decides): the class is asked.
    // An answer already given decides for the broad code only where every
    // class under it would read it alike: "none of these products" is no
    // aluminium smelter, whatever C321 class it is; but "yes, chemical
    // synthesis" makes C3985 chemical and leaves C3911 what its code says
    // (an audit saw C39 prohibited by the shoreline ban, and I64 "network"
    // exempt from the energy review with I645's data centres under it).
    let asks_within = |b: &String| b.len() > code.len() && under(b, code);
    let broad_member = sector.members.iter().any(|m| under(&m.prefix, code));
    let broad_asked = sector.asked_by.is_some() && sector.borderline.iter().any(asks_within);
    // Every class of the code is asked about (C27 under the borderline C27).
    let wholly_asked =
        || sector.asked_by.is_some() && sector.borderline.iter().any(|b| under(code, b));
    // (Most codes are no broader than any class asked: nothing looked up.)
    let stated = || {
        let field = sector.asked_by.as_deref().and_then(project::field)?;
        Some((field.key, answer_under(sector, code, p.get(field.key)?)?))
    };
    let broad = broad_asked || broad_member;
    match if broad { stated() } else { None } {
        // No member, and every asked class under it out: every class is out.
        Some((field, false)) if broad_asked && !broad_member => return answered(field, false),
        // Asked of every class and in: the members are in anyway (C27 with
        // chemical synthesis is chemical, whichever class), as sure as the
        // least sure of them.
        Some((field, true)) if (broad_asked || broad_member) && wholly_asked() => {
            let members = (sector.members.iter()).filter(|m| under(&m.prefix, code));
            let status = members.map(|m| m.status).fold(Status::C, Status::min);
            return Fact {
                status,
                ..answered(field, true)
            };
        }
        _ => {}
    }
    // (A 4-digit class, C2614, is broader than no class: most codes skip it.)
    if !broad_member && !broad_asked && code.len() < 5 && !sector.joined_by.is_empty() {
        match broad_joined(sectors, sector, code, p) {
            Joined::In(field, status) => {
                return Fact {
                    status,
                    ..answered(field, true)
                }
            }
            Joined::Open => {
                return Fact {
                    inputs: code_keys(),
                    ..Fact::unknown(&[key])
                }
                .with_note(Note::SectorTooBroad { sector: index })
            }
            Joined::Nothing => {}
        }
    }
    if broad_member || broad_asked {
        return Fact {
            inputs: code_keys(),
            ..Fact::unknown(&[key])
        }
        .with_note(Note::SectorTooBroad { sector: index });
    }
    let weakest = sector
        .members
        .iter()
        .map(|m| m.status)
        .min()
        .unwrap_or(Status::U);
    // A sector may say how sure a "no" is for codes far from its members;
    // its borderline codes keep the weakest grade.
    let borderline = sector.borderline.iter().any(|p| under(code, p));
    // A joining sector may ask of a code this one holds no doubt about (a
    // rolling code's product, for the two-high list).
    let joinable = !sector.joined_by.is_empty();
    if borderline || joinable {
        if let Some(f) = borderline_answered(sectors, sector, borderline, code, p) {
            return f;
        }
    }
    let reasoned = sector.outside_status.filter(|_| !borderline);
    let status = reasoned.unwrap_or(weakest);
    let f = Fact {
        status,
        inputs: code_keys(),
        ..Fact::known(FactValue::Bool(false))
    };
    match reasoned {
        _ if status >= Status::V2 => f,
        // A reason said only where the data gives one (an empty "C3252: "
        // was printed for the aluminium sector, which has none).
        Some(_) if sector.outside_note.is_some() => {
            f.with_note(Note::SectorOutsideReasoned { sector: index })
        }
        Some(_) => f,
        None => f.with_note(Note::SectorOutside { sector: index }),
    }
}

/// Whether `code` is broader than a code a joining sector asks about, and
/// its answer does not leave the code out: D441 may be coal power (D4411
/// burning coal), so the two-high list cannot read it as outside (a code
/// review saw D441 with a million tonnes of coal cleared); and burning coal
/// puts only those classes in, not D4430's heat plants, so the class is
/// asked (an audit saw D44 with coal read as coal power). Out of line:
/// most codes join nothing.
#[inline(never)]
fn broad_joined(sectors: &[Sector], sector: &Sector, code: &str, p: &Project) -> Joined {
    let within = |b: &String| b.len() > code.len() && under(b, code);
    let mut open = false;
    let joiners = (sector.joined_by.iter()).filter_map(|id| sectors.iter().find(|s| s.id == *id));
    for s in joiners {
        let Some(field) = s.asked_by.as_deref().and_then(project::field) else {
            continue;
        };
        // A member of the joining sector under the code (C2710 under C27)
        // is in whatever the answer (a review saw C27 without chemical
        // synthesis read as not two-high).
        let mut members =
            (s.members.iter()).filter(|m| m.prefix.len() > code.len() && under(&m.prefix, code));
        let member_under = members.next().is_some();
        let wholly = s.borderline.iter().any(|b| under(code, b));
        if !member_under && !s.borderline.iter().any(within) {
            continue;
        }
        let (answer, derived) = answer_of(p, field.key);
        match answer.and_then(|v| answer_under(s, code, v)) {
            // Every class of the code in the joining sector: in this one too.
            Some(true) if wholly => {
                let status = (s.members.iter())
                    .filter(|m| under(&m.prefix, code))
                    .map(|m| m.status)
                    .fold(Status::C, Status::min);
                return Joined::In(if derived { COMPLETE } else { field.key }, status);
            }
            Some(false) if !member_under => {}
            _ => open = true,
        }
    }
    if open {
        Joined::Open
    } else {
        Joined::Nothing
    }
}

/// What a joining sector's answer makes of a broad code ([`broad_joined`]).
enum Joined {
    /// Every class of it is in, by that answer (the field, and how sure).
    In(&'static str, Status),
    /// Some class may be in, some not: the class is asked.
    Open,
    /// No joining sector puts any class of it in.
    Nothing,
}

/// What `answer` says of the classes under `code` that `sector` asks it
/// of: `Some` when each reads it alike (each by its own most specific
/// `asked_for`, as E48 reads "railway"), `None` when they differ or it
/// places none. A review saw section E with "railway" read as outside, the
/// section's own (empty) list having been asked.
fn answer_under(sector: &Sector, code: &str, answer: &Value) -> Option<bool> {
    let mut units: Vec<&str> = Vec::new();
    for b in &sector.borderline {
        if under(code, b) {
            units.push(code);
        } else if b.len() > code.len() && under(b, code) {
            units.push(b);
        }
    }
    // A more specific list under the code reads for its own classes.
    units.extend(
        (sector.asked_for.iter())
            .filter(|a| a.prefix.len() > code.len() && under(&a.prefix, code))
            .filter(|a| sector.borderline.iter().any(|b| under(&a.prefix, b)))
            .map(|a| a.prefix.as_str()),
    );
    if units.is_empty() {
        units.push(code);
    }
    let mut alike = None;
    for u in units {
        let x = answer_places(sector, u, answer)?;
        if alike.is_some_and(|a| a != x) {
            return None;
        }
        alike = Some(x);
    }
    alike
}

/// "In sector `index`" when a member prefix covers `code`, graded as the
/// member is (with its note below [V2]).
fn member_fact(sectors: &[Sector], index: usize, code: &str) -> Option<Fact> {
    let sector = &sectors[index];
    let m = (sector.members.iter()).position(|m| under(code, &m.prefix))?;
    let status = sector.members[m].status;
    let f = Fact {
        status,
        inputs: code_keys(),
        ..Fact::known(FactValue::Bool(true))
    };
    Some(if status < Status::V2 {
        f.with_note(Note::SectorMember {
            sector: index,
            member: m,
        })
    } else {
        f
    })
}

/// A borderline code's membership where a sector it is joined by holds it
/// as a member, where the sector asks a field, or where a sector it is
/// joined by asks one of this code: `None` leaves the code's
/// default "no". Kept apart, and out of line, so that the common path of
/// `sector_fact` stays small.
#[inline(never)]
fn borderline_answered(
    sectors: &[Sector],
    sector: &Sector,
    borderline: bool,
    code: &str,
    p: &Project,
) -> Option<Fact> {
    // A member of a joining sector is a member here, as sure as it is
    // there: C2710 counted as chemical for the shoreline ban is chemical
    // for the two-high list too, not "outside the eight sectors" (a user
    // test saw a chemical API plant read both ways in one report). Only for
    // this sector's borderline codes: a meta-test holds every member of a
    // joining sector to be a member or borderline here.
    let joined = (sector.joined_by.iter())
        .filter(|_| borderline)
        .filter_map(|id| sectors.iter().position(|s| s.id == *id))
        .find_map(|i| member_fact(sectors, i, code));
    if joined.is_some() {
        return joined;
    }
    // An answer that puts the code in a joining sector puts it in this one
    // too (a battery plant with chemical synthesis is chemical for the
    // two-high and heavy-polluting lists; a rolling code that makes crude
    // steel is steel smelting for them), only where that sector asks it of
    // this code (not of its own members). While that question is open, so
    // is this sector: a rolling code whose product is not given may yet be
    // steelmaking, and the two-high rules must not be closed on it (a user
    // test saw "at worst requires replacement" where "prohibited" was still
    // possible). A "no" leaves the code's own reading.
    let mut open = None;
    let joiners = (sector.joined_by.iter())
        .filter_map(|id| sectors.iter().find(|s| s.id == *id))
        .filter(|s| asks_of(s, code));
    for s in joiners {
        let Some(field) = s.asked_by.as_deref().and_then(project::field) else {
            continue;
        };
        let (answer, derived) = answer_of(p, field.key);
        match answer.and_then(|v| answer_places(s, code, v)) {
            Some(true) => return Some(answered(if derived { COMPLETE } else { field.key }, true)),
            Some(false) => {}
            None => open = open.or(Some(field.key)),
        }
    }
    if let Some(field) = open {
        return Some(Fact {
            inputs: code_keys(),
            ..Fact::unknown(&[field])
        });
    }
    let asked = (sector.asked_by.as_deref())
        .filter(|_| borderline)
        .and_then(project::field);
    let field = asked?;
    Some(
        match p
            .get(field.key)
            .and_then(|v| answer_places(sector, code, v))
        {
            Some(stated) => answered(field.key, stated),
            None => Fact {
                inputs: code_keys(),
                ..Fact::unknown(&[field.key])
            },
        },
    )
}

const COMPLETE: &str = crate::project::CARRIERS_COMPLETE;

/// The answer a joining sector's field holds as the rules read it, and
/// whether it was read from the energy carriers rather than given: a power
/// plant's fuel may be (see `conflicts::power_fuel`); any other, as given.
fn answer_of<'p>(p: &'p Project, key: &str) -> (Option<&'p Value>, bool) {
    match key {
        "energy.power_fuel" => super::conflicts::power_fuel(p),
        _ => (p.get(key), false),
    }
}

/// Membership as an answer states it: read from the code and that answer,
/// graded [C] (what the answer means for the sector is this tool's reading).
fn answered(field: &'static str, stated: bool) -> Fact {
    let mut inputs = code_keys();
    inputs.push(field);
    Fact {
        status: Status::C,
        inputs,
        ..Fact::known(FactValue::Bool(stated))
    }
}

/// Whether `sector` asks its field of `code`: a borderline code of it, not
/// one of its members (C2710 is chemical by its code alone).
fn asks_of(sector: &Sector, code: &str) -> bool {
    sector.asked_by.is_some()
        && sector.borderline.iter().any(|b| under(code, b))
        && !sector.members.iter().any(|m| under(code, &m.prefix))
}

/// Whether an answer to the field `sector` asks places `code` in it: a
/// yes/no as given; a choice if it is one of the values for the code's most
/// specific `asked_for` prefix, or else of `asked_values`.
fn answer_places(sector: &Sector, code: &str, answer: &Value) -> Option<bool> {
    match answer {
        Value::Bool(b) if sector.asked_values.is_empty() && sector.asked_for.is_empty() => Some(*b),
        Value::Choice(c) => {
            let values = (sector.asked_for.iter())
                .filter(|a| under(code, &a.prefix))
                .max_by_key(|a| a.prefix.len())
                .map_or(&sector.asked_values, |a| &a.values);
            Some(values.iter().any(|v| v == c))
        }
        _ => None,
    }
}
