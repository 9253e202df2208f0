//! The rule data's compact binary form, embedded in the engine in place of
//! JSON (issue 16). build.rs writes it from the types of `data_types.rs`
//! after reading the TOML sources through serde; the engine reads it back
//! here without serde, which keeps serde_json's per-type readers and the
//! JSON text out of the wasm.
//!
//! The form: every distinct string once, in a table at the front, then the
//! values in the order their types list their fields. Numbers of any size
//! are LEB128 varints, `f64` eight little-endian bytes, a string its index
//! in the table, an `Option` or a `bool` one byte, a list its length and
//! then its items, an enum the index of its variant and then its fields.
//! It carries no field names: both sides are generated from the same list
//! of fields below, and a test reads the embedded form back into exactly
//! what serde reads from the JSON of the same build.
//!
//! Owns: the encoding and decoding of [`crate::data_types`]. Uses only those
//! types and the date; no serde.

use crate::data_types::*;
use crate::text::date::Date;
use std::collections::HashMap;

/// Builds the binary form (build.rs, and the tests).
#[derive(Default)]
pub struct Writer {
    strings: Vec<String>,
    index: HashMap<String, u32>,
    body: Vec<u8>,
}

impl Writer {
    fn uint(&mut self, n: u64) {
        push_uint(&mut self.body, n);
    }

    fn string(&mut self, s: &str) {
        let next = self.strings.len() as u32;
        let i = *self.index.entry(s.to_owned()).or_insert_with(|| {
            self.strings.push(s.to_owned());
            next
        });
        self.uint(i.into());
    }

    /// The string table, then the values.
    pub fn finish(self) -> Vec<u8> {
        let mut out = Vec::with_capacity(self.body.len() * 3);
        push_uint(&mut out, self.strings.len() as u64);
        for s in &self.strings {
            push_uint(&mut out, s.len() as u64);
        }
        for s in &self.strings {
            out.extend_from_slice(s.as_bytes());
        }
        out.extend_from_slice(&self.body);
        out
    }
}

fn push_uint(out: &mut Vec<u8>, mut n: u64) {
    while n >= 0x80 {
        out.push(n as u8 | 0x80);
        n >>= 7;
    }
    out.push(n as u8);
}

/// Reads the binary form. A read past the end, or of bytes that do not fit
/// the type, marks the reader failed; every read after that gives a zero or
/// an empty value at once, and [`Reader::read_all`] gives `None`. Reading
/// on instead of returning early keeps the reader small: no half-built value
/// has to be dropped on the way out.
pub struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
    strings: Vec<&'a str>,
    failed: bool,
    /// How deeply lists and boxes are nested here: bounded, so that damaged
    /// bytes cannot recurse until the stack runs out.
    depth: u32,
    /// Bytes the strings read so far have copied out of the table: bounded
    /// by [`COPY_BUDGET`] times the form's length plus [`COPY_FLOOR`], since
    /// one byte can name a long string again and again.
    copied: usize,
}

/// The embedded data copy about 1.1 times their length in strings.
const COPY_BUDGET: usize = 4;
/// So that a small form may still name its strings many times.
const COPY_FLOOR: usize = 1 << 20;
/// A list reserves room for at most this many bytes before it is read;
/// beyond that it grows as items arrive, each of which takes bytes of the
/// form, so a damaged length cannot reserve more than the form could fill.
const RESERVE_BYTES: usize = 1 << 16;

/// Deeper than any rule's conditions will be.
const MAX_DEPTH: u32 = 64;

impl<'a> Reader<'a> {
    pub fn new(bytes: &'a [u8]) -> Option<Reader<'a>> {
        let mut r = Reader {
            bytes,
            at: 0,
            strings: Vec::new(),
            failed: false,
            depth: 0,
            copied: 0,
        };
        let count = r.len();
        let lens: Vec<usize> = (0..count).map(|_| r.len()).collect();
        r.strings.reserve(count);
        for n in lens {
            let s =
                r.at.checked_add(n)
                    .and_then(|end| r.bytes.get(r.at..end))
                    .and_then(|b| std::str::from_utf8(b).ok());
            match s {
                Some(s) => {
                    r.strings.push(s);
                    r.at += n;
                }
                None => r.fail(),
            }
        }
        (!r.failed).then_some(r)
    }

    /// The value that fills the rest of the bytes, and nothing after it.
    pub fn read_all<T: Packed>(mut self) -> Option<T> {
        let value = T::unpack(&mut self);
        (!self.failed && self.at == self.bytes.len()).then_some(value)
    }

    fn fail(&mut self) {
        self.failed = true;
    }

    fn byte(&mut self) -> u8 {
        match self.bytes.get(self.at) {
            Some(b) if !self.failed => {
                self.at += 1;
                *b
            }
            _ => {
                self.fail();
                0
            }
        }
    }

    fn uint(&mut self) -> u64 {
        let mut n = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte();
            n |= u64::from(b & 0x7f) << shift;
            if b < 0x80 {
                return n;
            }
        }
        self.fail();
        0
    }

    /// A count of items, each of which takes at least a byte: bounded by the
    /// bytes left.
    fn len(&mut self) -> usize {
        let n = self.uint();
        match usize::try_from(n) {
            Ok(n) if n <= self.bytes.len() - self.at => n,
            _ => {
                self.fail();
                0
            }
        }
    }

    fn str(&mut self) -> &'a str {
        let i = self.uint();
        match usize::try_from(i).ok().and_then(|i| self.strings.get(i)) {
            Some(s) if self.copied + s.len() <= COPY_BUDGET * self.bytes.len() + COPY_FLOOR => {
                self.copied += s.len();
                s
            }
            _ => {
                self.fail();
                ""
            }
        }
    }

    /// Reads one level deeper: past [`MAX_DEPTH`] the reader fails, and
    /// `read` then gets nothing but empty values.
    fn nested<T>(&mut self, read: impl FnOnce(&mut Self) -> T) -> T {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            self.fail();
        }
        let value = read(self);
        self.depth -= 1;
        value
    }
}

/// A type with a binary form.
pub trait Packed: Sized {
    fn pack(&self, w: &mut Writer);
    fn unpack(r: &mut Reader) -> Self;
}

impl Packed for String {
    fn pack(&self, w: &mut Writer) {
        w.string(self);
    }
    fn unpack(r: &mut Reader) -> Self {
        r.str().to_owned()
    }
}

impl Packed for bool {
    fn pack(&self, w: &mut Writer) {
        w.body.push(u8::from(*self));
    }
    fn unpack(r: &mut Reader) -> Self {
        match r.byte() {
            0 => false,
            1 => true,
            _ => {
                r.fail();
                false
            }
        }
    }
}

/// Unsigned integers, as varints; one too large for the type fails.
macro_rules! packed_uints {
    ($($ty:ty),*) => {$(
        impl Packed for $ty {
            fn pack(&self, w: &mut Writer) {
                w.uint((*self).into());
            }
            fn unpack(r: &mut Reader) -> Self {
                let n = r.uint();
                <$ty>::try_from(n).unwrap_or_else(|_| {
                    r.fail();
                    0
                })
            }
        }
    )*};
}

packed_uints!(u8, u32);

impl Packed for f64 {
    fn pack(&self, w: &mut Writer) {
        w.body.extend_from_slice(&self.to_le_bytes());
    }
    fn unpack(r: &mut Reader) -> Self {
        let mut bytes = [0u8; 8];
        for b in &mut bytes {
            *b = r.byte();
        }
        f64::from_le_bytes(bytes)
    }
}

impl Packed for Date {
    /// Days since 1970, zigzagged so that earlier days stay short too.
    fn pack(&self, w: &mut Writer) {
        let days = self.to_days();
        w.uint(((days << 1) ^ (days >> 63)) as u64);
    }
    fn unpack(r: &mut Reader) -> Self {
        let z = r.uint();
        // Beyond about ±5.8 million years the conversion leaves `i32`.
        if z >= 1 << 32 {
            r.fail();
        }
        Date::from_days((z >> 1) as i64 ^ -((z & 1) as i64))
    }
}

impl<T: Packed> Packed for Option<T> {
    fn pack(&self, w: &mut Writer) {
        match self {
            None => w.body.push(0),
            Some(v) => {
                w.body.push(1);
                v.pack(w);
            }
        }
    }
    fn unpack(r: &mut Reader) -> Self {
        match r.byte() {
            0 => None,
            1 => Some(T::unpack(r)),
            _ => {
                r.fail();
                None
            }
        }
    }
}

impl<T: Packed> Packed for Vec<T> {
    fn pack(&self, w: &mut Writer) {
        w.uint(self.len() as u64);
        for v in self {
            v.pack(w);
        }
    }
    fn unpack(r: &mut Reader) -> Self {
        let n = r.len();
        r.nested(|r| {
            let mut out = Vec::with_capacity(n.min(RESERVE_BYTES / size_of::<T>().max(1)));
            for _ in 0..n {
                if r.failed {
                    break;
                }
                out.push(T::unpack(r));
            }
            out
        })
    }
}

impl<T: Packed> Packed for Box<T> {
    fn pack(&self, w: &mut Writer) {
        (**self).pack(w);
    }
    fn unpack(r: &mut Reader) -> Self {
        r.nested(|r| Box::new(T::unpack(r)))
    }
}

/// Structs: every field, in the order listed. Naming all of them in the
/// pattern and in the literal makes a field added to a type and not here a
/// compile error.
macro_rules! packed_structs {
    ($($ty:ident { $($field:ident),* $(,)? })*) => {$(
        impl Packed for $ty {
            fn pack(&self, w: &mut Writer) {
                let $ty { $($field),* } = self;
                $($field.pack(w);)*
            }
            fn unpack(r: &mut Reader) -> Self {
                $ty { $($field: Packed::unpack(r)),* }
            }
        }
    )*};
}

/// Enums: the variant's index, then its fields. The match in `pack` is
/// exhaustive, so a variant added to a type and not here does not compile.
macro_rules! packed_enums {
    ($($ty:ident { $($var:ident { $($field:ident),* $(,)? }),* $(,)? })*) => {$(
        impl Packed for $ty {
            fn pack(&self, w: &mut Writer) {
                let mut index = 0u8;
                $(
                    #[allow(unused_assignments)]
                    if let $ty::$var { $($field),* } = self {
                        w.body.push(index);
                        $($field.pack(w);)*
                        return;
                    }
                    index += 1;
                )*
                let _ = index;
                match self { $($ty::$var { .. } => {}),* }
            }
            fn unpack(r: &mut Reader) -> Self {
                let tag = r.byte();
                let mut index = 0u8;
                $(
                    if tag == index {
                        return $ty::$var { $($field: Packed::unpack(r)),* };
                    }
                    index += 1;
                )*
                let _ = index;
                // No such variant: failed, and read as the first one, whose
                // fields come out empty since every read now gives nothing.
                r.fail();
                Self::unpack(r)
            }
        }
    )*};
}

packed_enums! {
    Status { U {}, C {}, V2 {}, V1 {} }
    Outcome {
        Prohibited {}, RequiresReplacement {}, RequiresReview {}, Conditional {},
        Allowed {}, NotApplicable {}, NeedsInput {}, Info {},
    }
    Rereview { Passed {}, NotFound {} }
    Level { National {}, Province {}, City {}, County {}, Park {} }
    ItemKind { Saving {}, Timing {}, Cost {}, Adjustment {} }
    ItemStatus { InForce {}, Lapsed {}, PossiblySuperseded {}, NeedsReview {} }
    Cond {
        All { of }, Any { of }, Not { of }, Is { fact }, In { fact, values },
        Lt { fact, param }, Ge { fact, param }, Le { fact, param }, Gt { fact, param },
        Given { fact }, Flag { param },
    }
    Amount {
        PctOfFixedAssets { rate }, TieredByInvestment { tiers }, PerMu { cny },
        PerJob { cny }, Fixed { min_cny, max_cny }, Unstated {},
    }
    Timing { Once {}, Yearly { years } }
}

packed_structs! {
    Text { zh, en }
    Citation { document, number, article, url, status, from, to }
    Case { when, outcome, status, explain, hint, caveat, on_hold, may_find }
    Otherwise { outcome, status, explain, hint, caveat }
    Rule {
        id, title, status, effective_from, effective_to, last_verified, open_questions,
        citations, applies_if, not_applicable, not_applicable_parts, cases, otherwise,
    }
    ParamValue { from, value, status, citation }
    Param { id, title, unit, until, values }
    SectorMember { prefix, status, note }
    AskedFor { prefix, values }
    Sector {
        id, title, basis, open_questions, members, outside_status, borderline, outside_note,
        asked_by, asked_values, asked_for, joined_by,
    }
    Question { id, text }
    Park { id, name, county, zones, recognised_from, rereview, passed_on, area_ha, yangtze_within_m, note, citations, approx }
    ApproxPoint { lon, lat, within_km, basis, status }
    Profile { id, name, county, approx, source, last_verified, turns_away, items }
    TurnedAway { zh, en, article }
    ProfileItem { n, group, text, prefixes, status, note }
    CatalogueEntry { class, section, number, text, deadline }
    CountyFacts { code, name, reach, status, citation }
    Chain { id, name, regions, prefixes, basis, source }
    RuleData {
        data_version, rules, params, sectors, questions, parks, chains, counties, profiles,
        catalogue_entries, incentives, packages, changelog, documents, numbers,
    }
    Release { version, date, summary, change, open }
    Change { items, rules, text }
    NationalIncentive {
        id, title, kind, status, effective_from, effective_to, last_verified, citations,
        excluded_industries, exclusion_status, only_for, note,
    }
    IndustryScope { prefixes, label }
    Package { id, name, level, region, last_verified, entered_by_user, edits, standard_land, items }
    PackageItem {
        id, title, when, amount, timing, cap_cny, stack_group, replaces, effective_from,
        effective_to, legal_basis, status, selective, available, note,
    }
    ItemCondition {
        industry_prefixes, min_fixed_assets_cny, min_tier, foreign_invested, investor_rank,
        min_jobs, min_sales_cny, min_land_mu, max_land_mu, min_tax_cny, actions,
    }
    InvestmentTier { min_cny, max_cny, per_mu_cny, fixed_cny }
    StandardLand {
        min_investment_10k_per_mu, min_tax_10k_per_mu, min_output_10k_per_mu,
        min_floor_area_ratio, historical, basis,
    }
}

/// The binary form of the rule data. Packed twice: the first pass finds the
/// strings, which the table then lists plain ASCII first and the rest (the
/// Chinese) after, each in order of first use; grouped by language they
/// gzip about 2.5 KB smaller than interleaved.
pub fn pack(data: &RuleData) -> Vec<u8> {
    pack_value(data)
}

/// The binary form of any packed value, with its own string table (the
/// rule data, or the changelog as its own file: see [`unpack_changelog`]).
pub fn pack_value<T: Packed>(data: &T) -> Vec<u8> {
    let mut first = Writer::default();
    data.pack(&mut first);
    let (ascii, other): (Vec<String>, Vec<String>) =
        first.strings.into_iter().partition(|s| s.is_ascii());
    let mut w = Writer::default();
    for s in ascii.into_iter().chain(other) {
        w.string(&s);
    }
    w.body.clear();
    data.pack(&mut w);
    w.finish()
}

/// The rule data from its binary form; `None` if the bytes are damaged.
pub fn unpack(bytes: &[u8]) -> Option<RuleData> {
    Reader::new(bytes)?.read_all()
}

/// The changelog from its own file (`changelog.bin`, which the browser app
/// fetches for the rule-base page instead of carrying it on every first
/// visit); `None` if the bytes are damaged.
pub fn unpack_changelog(bytes: &[u8]) -> Option<Vec<crate::data_types::Release>> {
    Reader::new(bytes)?.read_all()
}

#[cfg(test)]
mod tests {
    use super::*;

    const RULES_BIN: &[u8] = crate::RULE_DATA;
    const RULES_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/rules.json"));

    #[test]
    fn the_embedded_form_reads_back_as_the_json_of_the_same_build() {
        let from_json: RuleData = serde_json::from_str(RULES_JSON).unwrap();
        let from_bin = unpack(RULES_BIN).expect("the embedded form reads");
        // Not vacuous: the data has rules, packages with tiered amounts,
        // dated citations and a changelog.
        assert!(from_bin.rules.len() > 30 && !from_bin.changelog.is_empty());
        assert!(from_bin
            .packages
            .iter()
            .flat_map(|p| &p.items)
            .any(|i| matches!(
                &i.amount,
                Amount::TieredByInvestment { tiers } if !tiers.is_empty()
            )));
        assert!(from_bin
            .rules
            .iter()
            .flat_map(|r| &r.citations)
            .any(|c| c.to.is_some()));
        assert!(from_bin == from_json, "binary and JSON forms differ");
        assert_eq!(
            pack(&from_bin),
            RULES_BIN,
            "packing again changes the bytes"
        );
    }

    #[test]
    fn damaged_forms_are_refused_or_read_without_a_panic() {
        // Every cut short of the whole, and a byte changed at many places:
        // either refused or read as some other data, never a panic or a
        // runaway allocation.
        for end in (0..RULES_BIN.len()).step_by(997) {
            assert!(unpack(&RULES_BIN[..end]).is_none(), "cut at {end} was read");
        }
        let mut bytes = RULES_BIN.to_vec();
        for at in (0..bytes.len()).step_by(509) {
            let was = bytes[at];
            for b in [0x00, 0x7f, 0x80, 0xff, was ^ 0x01] {
                bytes[at] = b;
                let _ = unpack(&bytes);
            }
            bytes[at] = was;
        }
        // A byte after the value is refused, as is a string index past the table.
        let mut longer = RULES_BIN.to_vec();
        longer.push(0);
        assert!(unpack(&longer).is_none());
        let mut w = Writer::default();
        w.uint(5);
        assert!(Reader::new(&w.finish())
            .and_then(|r| r.read_all::<String>())
            .is_none());
    }

    fn round_trip<T: Packed + PartialEq + std::fmt::Debug>(value: T) {
        let mut w = Writer::default();
        value.pack(&mut w);
        let read = Reader::new(&w.finish()).and_then(|r| r.read_all::<T>());
        assert_eq!(read.as_ref(), Some(&value));
    }

    #[test]
    fn every_variant_reads_back_including_those_the_data_lack() {
        // The data have no `le` condition, no per-mu or per-job amount, no
        // national, provincial or park package and no item needing review.
        let fact = || "project.x".to_string();
        let param = || "P-1".to_string();
        round_trip(Cond::All {
            of: vec![
                Cond::Any {
                    of: vec![Cond::Not {
                        of: Box::new(Cond::Is { fact: fact() }),
                    }],
                },
                Cond::In {
                    fact: fact(),
                    values: vec!["a".into(), "乙".into()],
                },
                Cond::Lt {
                    fact: fact(),
                    param: param(),
                },
                Cond::Ge {
                    fact: fact(),
                    param: param(),
                },
                Cond::Le {
                    fact: fact(),
                    param: param(),
                },
                Cond::Gt {
                    fact: fact(),
                    param: param(),
                },
                Cond::Given { fact: fact() },
                Cond::Flag { param: param() },
            ],
        });
        round_trip(vec![
            Amount::PctOfFixedAssets { rate: 0.05 },
            Amount::TieredByInvestment {
                tiers: vec![InvestmentTier {
                    min_cny: 1e8,
                    max_cny: None,
                    per_mu_cny: Some(5e4),
                    fixed_cny: None,
                }],
            },
            Amount::PerMu { cny: 3e4 },
            Amount::PerJob { cny: 2e3 },
            Amount::Fixed {
                min_cny: 1.0,
                max_cny: 2.0,
            },
            Amount::Unstated,
        ]);
        round_trip(vec![Timing::Once, Timing::Yearly { years: 3 }]);
        round_trip(vec![Status::U, Status::C, Status::V2, Status::V1]);
        round_trip(vec![
            Outcome::Prohibited,
            Outcome::RequiresReplacement,
            Outcome::RequiresReview,
            Outcome::Conditional,
            Outcome::Allowed,
            Outcome::NotApplicable,
            Outcome::NeedsInput,
            Outcome::Info,
        ]);
        round_trip(vec![Rereview::Passed, Rereview::NotFound]);
        round_trip(vec![
            Level::National,
            Level::Province,
            Level::City,
            Level::County,
            Level::Park,
        ]);
        round_trip(vec![
            ItemKind::Saving,
            ItemKind::Timing,
            ItemKind::Cost,
            ItemKind::Adjustment,
        ]);
        round_trip(vec![
            ItemStatus::InForce,
            ItemStatus::Lapsed,
            ItemStatus::PossiblySuperseded,
            ItemStatus::NeedsReview,
        ]);
        round_trip(Some(Some(true)));
        round_trip(None::<String>);
        // A tag past the last variant is refused.
        let mut w = Writer::default();
        w.body.push(4);
        assert!(Reader::new(&w.finish())
            .and_then(|r| r.read_all::<Status>())
            .is_none());
    }

    #[test]
    fn nesting_is_bounded_so_damaged_bytes_cannot_exhaust_the_stack() {
        let nested = |depth: usize| {
            let mut c = Cond::Given { fact: "x".into() };
            for _ in 0..depth {
                c = Cond::Not { of: Box::new(c) };
            }
            c
        };
        round_trip(nested(40));
        // An empty string table, then "not" 100,000 times: without the bound
        // the reader would recurse 100,000 deep.
        let not = Writer::default();
        let mut hostile = not.finish();
        let tag = {
            let mut w = Writer::default();
            Cond::Not {
                of: Box::new(Cond::Flag {
                    param: String::new(),
                }),
            }
            .pack(&mut w);
            w.body[0]
        };
        hostile.extend(std::iter::repeat_n(tag, 100_000));
        assert!(Reader::new(&hostile)
            .and_then(|r| r.read_all::<Cond>())
            .is_none());
        // The embedded data are far from the bound.
        assert!(unpack(crate::RULE_DATA).is_some());
    }

    #[test]
    fn one_long_string_named_again_and_again_is_refused() {
        // 70 KB of text, then a list that names it 70,000 times: read as
        // is, 4.9 GB of copies from 140 KB of input.
        let mut w = Writer::default();
        w.string(&"x".repeat(70_000));
        w.body.clear();
        w.uint(70_000);
        w.body.extend(std::iter::repeat_n(0, 70_000));
        let bytes = w.finish();
        assert!(Reader::new(&bytes)
            .and_then(|r| r.read_all::<Vec<String>>())
            .is_none());
        // Within the budget, the same string is read as often as it is named.
        let mut w = Writer::default();
        vec!["y".repeat(100); 50].pack(&mut w);
        let bytes = w.finish();
        let read = Reader::new(&bytes).and_then(|r| r.read_all::<Vec<String>>());
        assert_eq!(read.map(|v| v.len()), Some(50));
    }

    #[test]
    fn a_damaged_length_reserves_no_more_than_the_bytes_could_fill() {
        // Lists nested 1,000 deep, each claiming as many items as there are
        // bytes left: room reserved up front for each would be gigabytes.
        let mut w = Writer::default();
        for _ in 0..1_000 {
            w.body.push(0); // Cond::All
            w.uint(100_000);
        }
        let bytes = w.finish();
        assert!(Reader::new(&bytes)
            .and_then(|r| r.read_all::<Cond>())
            .is_none());
        // 1,000 rules claimed, and 1,000 bytes that cannot hold them.
        let mut w = Writer::default();
        w.uint(1_000);
        w.body.extend(std::iter::repeat_n(0xee, 1_000));
        let bytes = w.finish();
        let mut r = Reader::new(&bytes).unwrap();
        let v = <Vec<Rule>>::unpack(&mut r);
        assert!(r.failed && v.capacity() * size_of::<Rule>() <= RESERVE_BYTES);
    }

    #[test]
    fn dates_and_numbers_keep_their_values() {
        for date in [
            Date::new(1949, 10, 1),
            Date::new(1970, 1, 1),
            Date::new(2024, 2, 29),
            Date::new(2026, 12, 3),
        ] {
            let mut w = Writer::default();
            date.pack(&mut w);
            let read = Reader::new(&w.finish()).and_then(|r| r.read_all::<Date>());
            assert_eq!(read, Some(date));
        }
        for n in [0u32, 127, 128, 300, u32::MAX] {
            let mut w = Writer::default();
            n.pack(&mut w);
            assert_eq!(
                Reader::new(&w.finish()).and_then(|r| r.read_all::<u32>()),
                Some(n)
            );
        }
        let mut w = Writer::default();
        (-0.5f64).pack(&mut w);
        assert_eq!(
            Reader::new(&w.finish()).and_then(|r| r.read_all::<f64>()),
            Some(-0.5)
        );
    }
}
