//! The verdict in one line, as the box, the bar, the compare table, the
//! batch page and the printed page say it: decided (with its grade and any
//! hold), or its bounds while it is open.

use crate::i18n::{self, Lang};
use jiujiang_engine::project::L10n;
use jiujiang_engine::Report;

/// The headline on a date the rule base cannot screen soundly (`dated`: a
/// date caveat is shown): a verdict that clears the project says it is
/// only by the rules held for that date (a user test read "Allowed" for a
/// restricted-class plant in 2021, the 2019 catalogue not being held).
pub fn dated_headline(r: &Report, dated: bool, lang: Lang) -> String {
    let h = headline(r, lang);
    if dated && jiujiang_engine::rules::bounds::clears(r.overall) && r.bounds.decided() {
        format!("{h} · {}", lang.pick(i18n::DATED_CLEAR))
    } else {
        h
    }
}

/// The verdict, or while it is open its bounds: "At best …, at worst …".
pub fn headline(r: &Report, lang: Lang) -> String {
    if r.bounds.decided() {
        // Decided by unverified rules alone: a flag to check, said in the
        // headline itself, which is what a reader takes away.
        let unverified = r.unverified_verdict();
        // Decided by several rules, some of them unverified: the headline
        // names those parts (a user test read "Needs capacity replacement
        // and an energy offset" unmarked, the energy half resting on an
        // unverified rule, where the chemical plant's offset alone was).
        // Only where the label names each part (replacement and an offset):
        // a prohibition on a verified rule does not rest on an unverified
        // one beside it (a code review).
        let parts = r.overall == jiujiang_engine::Outcome::RequiresReplacement;
        let partly: Vec<String> = match unverified || !parts {
            true => Vec::new(),
            false => (r.findings.iter())
                .filter(|f| f.outcome == r.overall && f.status == jiujiang_engine::Status::U)
                .filter(|f| r.blocking.contains(&f.rule_id))
                .map(|f| unbroken(f.rule_id))
                .collect(),
        };
        // A verdict that cannot be acted on now says so where it is read.
        let on_hold = r.on_hold().map(|t| format!(" · {}", lang.text(t)));
        let suffix = match (unverified, partly.is_empty()) {
            (true, _) => lang.pick(i18n::UNVERIFIED_SUFFIX).to_string(),
            (false, false) => lang
                .pick(i18n::PARTLY_UNVERIFIED)
                .replace("{rules}", &partly.join(lang.pick(i18n::LIST_SEPARATOR))),
            (false, true) => String::new(),
        };
        return format!(
            "{}{}{suffix}",
            lang.pick(r.overall_label()),
            on_hold.unwrap_or_default(),
        );
    }
    bounds_text(r.bound_labels(), lang)
}

/// A rule ID that a line never breaks inside: its hyphen non-breaking
/// (U+2011). The printed English headline had broken "HEHE-" from "02".
fn unbroken(id: &str) -> String {
    id.replace('-', "\u{2011}")
}

/// An open verdict's bounds in words, each end named as
/// `Report::bound_labels` names it: "At best …, at worst …" (the box, the
/// compare table and a batch row say it alike).
pub fn bounds_text((best, worst): (L10n, L10n), lang: Lang) -> String {
    format!(
        "{} {} · {} {}",
        lang.pick(i18n::AT_BEST),
        lang.pick(best),
        lang.pick(i18n::AT_WORST),
        lang.pick(worst),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The clinker lead owes capacity (CAP-02, verified) and an energy
    /// offset (HEHE-02, unverified): the headline names the unverified
    /// half; with one rule the whole is marked, as before.
    #[test]
    fn a_verdict_decided_partly_on_unverified_rules_names_them() {
        let engine = jiujiang_engine::Engine::embedded().unwrap();
        let lead = include_str!("../../../examples/leads/clinker.complete.json");
        let p = engine.project_from_json(lead).unwrap();
        let r = engine.screen(&p, jiujiang_engine::Date::new(2026, 12, 7));
        assert!(r.blocking.contains(&"CAP-02") && r.blocking.contains(&"HEHE-02"));
        let h = headline(&r, Lang::En);
        assert!(h.ends_with("(HEHE\u{2011}02 unverified: to check)"), "{h}");
        assert!(!h.contains("CAP-02"), "{h}");
        assert!(headline(&r, Lang::Zh).contains("HEHE\u{2011}02 未核实"));
        // A prohibition decided on a verified rule is not marked for an
        // unverified one beside it: a chemical plant 500 m from the Yangtze
        // outside any park (YRB-01 [V1], YRB-10 [U]).
        let (p, _) = engine.parse_fields([
            ("industry_code", "C2614"),
            ("action", "new"),
            ("site.dist_yangtze_mainstream_m", "500"),
            ("site.in_compliant_park", "no"),
        ]);
        let r = engine.screen(&p, jiujiang_engine::Date::new(2026, 12, 7));
        let unverified_beside = (r.findings.iter())
            .any(|f| r.blocking.contains(&f.rule_id) && f.status == jiujiang_engine::Status::U);
        assert!(unverified_beside, "{:?}", r.blocking);
        assert!(
            !headline(&r, Lang::En).contains("unverified"),
            "{}",
            headline(&r, Lang::En)
        );
    }
}
