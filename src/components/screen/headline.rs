//! The verdict in one line, as the box, the bar, the compare table, the
//! batch page and the printed page say it: decided (with its grade and any
//! hold), or its bounds while it is open.

use crate::i18n::{self, Lang};
use jiujiang_engine::text::labels;
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
        let unverified = r.overall_status == Some(jiujiang_engine::Status::U);
        // A verdict that cannot be acted on now says so where it is read.
        let on_hold = r.on_hold().map(|t| format!(" · {}", lang.text(t)));
        return format!(
            "{}{}{}",
            lang.pick(r.overall_label()),
            on_hold.unwrap_or_default(),
            if unverified {
                lang.pick(i18n::UNVERIFIED_SUFFIX)
            } else {
                ""
            }
        );
    }
    bounds_text(r.bounds, lang)
}

/// An open verdict's bounds in words: "At best …, at worst …" (the box, the
/// compare table and a batch row say it alike).
pub fn bounds_text(b: jiujiang_engine::rules::bounds::Bounds, lang: Lang) -> String {
    format!(
        "{} {} · {} {}",
        lang.pick(i18n::AT_BEST),
        lang.pick(labels::overall(b.best)),
        lang.pick(i18n::AT_WORST),
        lang.pick(labels::overall(b.worst)),
    )
}
