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
/// code; false otherwise. The status is the member's, or the sector's
/// weakest for a "no" (the mapping itself may be incomplete). For a
/// borderline code of a sector that asks (`asked_by`), the answer decides,
/// and without it the fact is unknown: a code alone cannot say whether a
/// battery-materials plant is chemical, so the user is asked. A code broader
/// than a class is decided as its classes would all be ([`broad_fact`]).
pub(super) fn sector_fact(index: usize, sectors: &[Sector], p: &Project) -> Fact {
    let Some(Value::Text(code)) = p.get_at(CODE_AT) else {
        return Fact::unknown(&["industry_code"]);
    };
    // (A 4-digit class, C2614, is broader than no class: most codes skip it.)
    if code.len() < 5 && holds_a_prefix(sectors, index, code) {
        return broad_fact(index, sectors, p, code);
    }
    class_fact(index, sectors, p, code)
}

/// Whether some member or borderline prefix of the sector, or of a sector
/// joining it, lies under `code` (C2710 under C27): then its classes may
/// read differently. Else every class reads as the code itself does.
fn holds_a_prefix(sectors: &[Sector], index: usize, code: &str) -> bool {
    let sector = &sectors[index];
    let joiners = (sector.joined_by.iter()).filter_map(|id| sectors.iter().find(|s| s.id == *id));
    std::iter::once(sector).chain(joiners).any(|s| {
        let inside = |q: &str| q.len() > code.len() && under(q, code);
        s.members.iter().any(|m| inside(&m.prefix)) || s.borderline.iter().any(|b| inside(b))
    })
}

/// A broad code (C27, I64, section E) decided as every class under it
/// would be, with the answers given: in, or out, if all of them agree
/// (graded as the least sure of them); else unknown, and the class is asked,
/// with whatever answer could still decide it. An audit saw C39 with
/// chemical synthesis prohibited though C3911 is no chemical class, and a
/// review the class asked of C25 whose every class is chemical.
#[inline(never)]
fn broad_fact(index: usize, sectors: &[Sector], p: &Project, code: &str) -> Fact {
    let classes = crate::project::industry::Industry::shared().classes_under(code);
    // The value the decided classes share (`None` once two differ), the
    // inputs open in every undecided one, and the least sure class.
    let mut value: Option<Option<FactValue>> = None;
    let mut open: Option<Keys> = None;
    let mut weakest: Option<Fact> = None;
    let mut inputs = code_keys();
    for class in classes {
        let f = class_fact(index, sectors, p, &class.code);
        // (By key number: a section key, `energy`, has no place in FIELDS.)
        for (key, _, _) in f.inputs.indexed() {
            inputs.push_field(key as usize);
        }
        if f.value == FactValue::Unknown {
            open = Some(match open {
                None => f.missing,
                Some(o) => o.common(&f.missing),
            });
        } else {
            value = match value {
                None => Some(Some(f.value.clone())),
                Some(Some(v)) if v == f.value => Some(Some(v)),
                Some(_) => Some(None),
            };
        }
        if weakest.as_ref().is_none_or(|w| f.status < w.status) {
            weakest = Some(f);
        }
    }
    match (open, value, weakest) {
        (None, Some(Some(value)), Some(w)) => Fact { inputs, value, ..w },
        // The class decides; so may an answer open in every undecided
        // class, where the decided ones agree (a thermal plant's fuel under
        // D441), and only there: under section C no answer makes C26 and
        // C3911 alike, so none is named beside the class.
        (open, value, _) => {
            let mut missing = Keys::one("industry_code");
            if value.as_ref().is_none_or(Option::is_some) {
                for (key, _, _) in open.unwrap_or_default().indexed() {
                    missing.push_field(key as usize);
                }
            }
            Fact {
                inputs,
                missing,
                ..Fact::known(FactValue::Unknown)
            }
            .with_note(Note::SectorTooBroad { sector: index })
        }
    }
}

/// Membership of a 4-digit class (or of a code no prefix of the sector
/// lies under), as [`sector_fact`] describes.
fn class_fact(index: usize, sectors: &[Sector], p: &Project, code: &str) -> Fact {
    let sector = &sectors[index];
    if let Some(f) = member_fact(sectors, index, code) {
        return f;
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
        if let Some(f) = borderline_answered(sectors, index, borderline, code, p) {
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
    index: usize,
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
    let sector = &sectors[index];
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
        .filter_map(|id| sectors.iter().position(|s| s.id == *id))
        .filter(|&i| asks_of(&sectors[i], code));
    for joiner in joiners {
        let s = &sectors[joiner];
        let Some(field) = s.asked_by.as_deref().and_then(project::field) else {
            continue;
        };
        let (answer, derived) = answer_of(p, field.key);
        match answer.and_then(|v| answer_places(s, code, v)) {
            // Said with the finding: the answer to one sector's question
            // (chemical synthesis) placed the code in this one too (two-high),
            // which its question did not say (a user test read an energy
            // offset as coming from nowhere).
            Some(true) => {
                let key = if derived { COMPLETE } else { field.key };
                let note = Note::SectorJoinedByAnswer {
                    sector: index,
                    joiner,
                };
                return Some(answered(key, true).with_note(note));
            }
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
