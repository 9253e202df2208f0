//! A note that doubts a fact ("outside this tool's steel mapping, which is
//! unverified") stays only on a finding whose outcome could change if the
//! fact were otherwise: with a part whose value the result rests on, and
//! with a branch that would have given another outcome. So does a threshold:
//! a finding lists only the ones its result rests on.

mod common;
use common::rules::project;
use common::*;
use jiujiang_engine::Outcome;

/// The English notes of one rule's finding for a project.
fn notes(fields: &[(&str, &str)], rule: &str) -> (Outcome, Vec<String>) {
    let report = engine().screen_in(&project(fields), DEFAULT_AS_OF, None);
    let f = (report.findings.iter())
        .find(|f| f.rule_id == rule)
        .unwrap();
    (f.outcome, f.caveats.iter().map(|c| c.en.clone()).collect())
}

fn mentions(notes: &[String], words: &str) -> bool {
    notes.iter().any(|n| n.contains(words))
}

const PAPER: (&str, &str) = ("industry_code", "C2221");
const STEEL_NOTE: &str = "makes no iron or crude steel";

/// A paper mill outside a compliant park is prohibited by YRB-10's
/// heavy-polluting branch. Its steel branch would prohibit too, so doubting
/// that the mill is not a steelworks changes nothing there; on the steel
/// replacement rule (CAP-01) the same doubt could change the outcome, and
/// stays.
#[test]
fn a_branch_with_the_same_outcome_leaves_no_note() {
    let fields = [PAPER, ("action", "new"), ("site.in_compliant_park", "no")];
    let (outcome, yrb10) = notes(&fields, "YRB-10");
    assert_eq!(outcome, Outcome::Prohibited);
    assert!(!mentions(&yrb10, STEEL_NOTE), "{yrb10:#?}");
    assert!(mentions(&yrb10, "heavy-polluting"), "{yrb10:#?}");
    let (outcome, cap01) = notes(&fields, "CAP-01");
    assert_eq!(outcome, Outcome::NotApplicable);
    assert!(mentions(&cap01, STEEL_NOTE), "{cap01:#?}");
}

/// YRB-16 sends a heavy polluter moved in from downstream to review. A mill
/// that is local, checked against its zoning list and outside any key
/// ecological zone is allowed whatever its sector: the note on how paper
/// came to count as heavy-polluting does not belong to that answer. Moved
/// from downstream to the middle reach, the sector is what sends it to
/// review, and the note is there.
#[test]
fn a_part_that_cannot_change_its_condition_leaves_no_note() {
    let base = [
        PAPER,
        ("action", "new"),
        ("site.zoning_check", "allowed"),
        ("site.key_ecological_zone", "no"),
    ];
    let local = [&base[..], &[("transfer_origin", "none")]].concat();
    let (outcome, found) = notes(&local, "YRB-16");
    assert_eq!(outcome, Outcome::Allowed);
    assert!(!mentions(&found, "heavy-polluting"), "{found:#?}");
    let moved = [
        &base[..],
        &[
            ("transfer_origin", "lower_or_outside"),
            ("site.yangtze_reach", "middle"),
        ],
    ]
    .concat();
    let (outcome, found) = notes(&moved, "YRB-16");
    assert_eq!(outcome, Outcome::RequiresReview);
    assert!(
        mentions(&found, "counted under heavy-polluting"),
        "{found:#?}"
    );
}

/// Energy use that calls for a review: an exemption would have changed
/// that, so the doubt about the exempt list is said.
#[test]
fn a_branch_with_another_outcome_keeps_its_note() {
    let fields = [
        PAPER,
        ("action", "new"),
        ("energy.stated_total_tce", "20000"),
        ("energy.stated_basis", "calorific"),
    ];
    let (outcome, found) = notes(&fields, "EN-01");
    assert_eq!(outcome, Outcome::RequiresReview);
    assert!(
        mentions(&found, "exempt from a separate energy review"),
        "{found:#?}"
    );
}

/// While a rule is open, a branch that did not hold would decide it if its
/// doubted fact were otherwise: its note stays. A paper mill with no energy
/// figures is asked for them; if the exemption mapping were wrong, the rule
/// would not apply and the question would not matter.
#[test]
fn an_open_rule_keeps_the_notes_of_branches_that_did_not_hold() {
    let (outcome, found) = notes(&[PAPER, ("action", "new")], "EN-01");
    assert_eq!(outcome, Outcome::NeedsInput);
    assert!(
        mentions(&found, "exempt from a separate energy review"),
        "{found:#?}"
    );
}

/// The parameters a rule's finding lists as used.
fn thresholds(fields: &[(&str, &str)], rule: &str) -> Vec<String> {
    let report = engine().screen_in(&project(fields), DEFAULT_AS_OF, None);
    let f = (report.findings.iter())
        .find(|f| f.rule_id == rule)
        .unwrap();
    f.thresholds.iter().map(|t| t.param.to_string()).collect()
}

#[test]
fn a_part_the_result_does_not_rest_on_lists_no_threshold() {
    // YRB-10's steel branch starts with the steel measures' flag: a
    // chemical plant (not steel smelting) is not judged by it, so the flag
    // is not a threshold its finding used; a steel plant's is.
    let flag = "YRB-10.steel_rule_in_force".to_string();
    let chemical = [
        ("industry_code", "C2614"),
        ("action", "new"),
        ("site.in_compliant_park", "no"),
    ];
    assert!(!thresholds(&chemical, "YRB-10").contains(&flag));
    let steel = [
        ("industry_code", "C3120"),
        ("action", "new"),
        ("site.in_compliant_park", "no"),
    ];
    assert!(thresholds(&steel, "YRB-10").contains(&flag));
}

/// A sector that grades "outside" without a reason in the data says
/// nothing, rather than the code and a colon (a review saw "C3252: " under
/// the aluminium rule).
#[test]
fn no_empty_note_for_a_sector_without_a_reason() {
    let (_, cap03) = notes(&[("industry_code", "C3252"), ("action", "new")], "CAP-03");
    assert!(
        cap03
            .iter()
            .all(|n| n.trim_end() != "C3252:" && !n.trim().is_empty()),
        "{cap03:#?}"
    );
}

/// Every sector's "outside this tool's mapping" note reads as a sentence in
/// both languages: no "行业行业" where the title ends in 行业 (a user test).
#[test]
fn an_outside_note_names_each_sector_once() {
    use jiujiang_engine::rules::facts::Note;
    let e = engine();
    let p = project(&[("industry_code", "I6513")]);
    for sector in 0..e.data.sectors.len() {
        let t = Note::SectorOutside { sector }.render(&e.data, &p);
        assert!(!t.zh.contains("行业行业"), "{}", t.zh);
        // The sector is named, its trailing 行业 once.
        let title = &e.data.sectors[sector].title.zh;
        let named = title.strip_suffix("行业").unwrap_or(title);
        assert!(t.zh.contains(&format!("{named}行业映射内")), "{}", t.zh);
    }
}

/// A total typed without its basis is read as a range between the two;
/// the note names the basis as what settles it, not the electricity share
/// (a user test read "8,193.3–20,000 tce" with no word on why). Given the
/// basis, the note goes.
#[test]
fn a_total_without_its_basis_says_the_basis_settles_it() {
    let fields = [
        ("industry_code", "C3841"),
        ("action", "new"),
        ("energy.stated_total_tce", "20000"),
    ];
    let (_, open) = notes(&fields, "EN-01");
    assert!(
        mentions(
            &open,
            "basis (calorific or primary-equivalent) was not chosen"
        ),
        "{open:#?}"
    );
    assert!(!mentions(&open, "needs the electricity part"), "{open:#?}");
    let chosen = [
        ("industry_code", "C3841"),
        ("action", "new"),
        ("energy.stated_total_tce", "20000"),
        ("energy.stated_basis", "calorific"),
    ];
    let (_, settled) = notes(&chosen, "EN-01");
    assert!(!mentions(&settled, "was not chosen"), "{settled:#?}");
}

/// An unverified branch's own caveat comes first: the verdict box gives a
/// finding's first caveat as the reason it rests on an unverified answer
/// (a user test read the sector mapping where the park list was the doubt).
#[test]
fn an_unverified_branch_gives_its_own_caveat_first() {
    let fields = [
        ("industry_code", "C2614"),
        ("action", "new"),
        ("site.in_compliant_park", "yes"),
    ];
    let report = engine().screen_in(&project(&fields), DEFAULT_AS_OF, None);
    let f = (report.findings.iter())
        .find(|f| f.rule_id == "YRB-10")
        .unwrap();
    assert_eq!(f.outcome, Outcome::Allowed);
    assert_eq!(f.status, jiujiang_engine::Status::U);
    assert!(f.caveats.len() > 1, "{:#?}", f.caveats);
    assert!(
        f.caveats[0].en.contains("development-zone catalogue"),
        "{:#?}",
        f.caveats
    );
}

/// A battery plant answered as making chemicals by synthesis is chemical,
/// and so two-high: its two-high findings say that the answer put it there
/// (a user test read an energy offset that its question never mentioned).
/// A member of the chemical sector by its code carries no such note.
#[test]
fn a_two_high_reading_from_the_chemical_answer_is_said() {
    const JOINED: &str = "counts as chemical by the process or product answered";
    let battery = [
        ("industry_code", "C3841"),
        ("action", "new"),
        ("energy.other_tce", "6000"),
        ("chemical_process", "yes"),
    ];
    let (outcome, hehe01) = notes(&battery, "HEHE-01");
    assert_eq!(outcome, Outcome::Info);
    assert!(mentions(&hehe01, JOINED), "{hehe01:#?}");
    assert!(mentions(&hehe01, "two-high sectors"), "{hehe01:#?}");
    let chemical = [("industry_code", "C2614"), battery[1], battery[2]];
    let (outcome, hehe01) = notes(&chemical, "HEHE-01");
    assert_eq!(outcome, Outcome::Info);
    assert!(!mentions(&hehe01, JOINED), "{hehe01:#?}");
}
