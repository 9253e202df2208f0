//! How the verdict box words a question and an answer already given: the
//! question's lead and list, a filled answer by its label, and whether a
//! field is a distance.

use crate::i18n::{self, Lang};
use jiujiang_engine::project::{self, FieldKind};
use yew::prelude::*;

/// A question's text as its lead and, after its first colon, the items it
/// lists (in a lighter weight); one without a colon whole.
pub(super) fn lead_and_list(text: &str) -> Html {
    match text.find([':', '：']) {
        Some(at) => {
            let colon = text[at..].chars().next().map_or(1, char::len_utf8);
            let (lead, list) = text.split_at(at + colon);
            html! { <>{ lead.to_string() }<span class="question-list">{ list.to_string() }</span></> }
        }
        None => html! { { text.to_string() } },
    }
}

/// A filled answer as the form shows it: a choice or a yes/no by its label
/// in the reader's language, not its key (a user test read "已填“no”").
pub(super) fn entered_as(field: Option<&str>, value: &str, lang: Lang) -> String {
    let kind = field.and_then(project::field).map(|f| f.kind);
    let label = match kind {
        Some(FieldKind::YesNo) => match value {
            "yes" => Some(lang.pick(i18n::YES)),
            "no" => Some(lang.pick(i18n::NO)),
            _ => None,
        },
        Some(FieldKind::Choice(choices)) => (choices.iter())
            .find(|c| c.key == value)
            .map(|c| lang.pick(c.label)),
        _ => None,
    };
    // Else as the printed opinion shows it: a park by its name, not its id
    // (a user test read "Entered as “pengze-jishan”").
    match (label, field) {
        (Some(l), _) => l.to_string(),
        (None, Some(key)) => super::print::shown(key, value, lang),
        (None, None) => value.to_string(),
    }
}

/// Whether a question's field is a distance, whose bound (">5000") a rule
/// may read on either side of its line.
pub(super) fn is_distance(field: Option<&str>) -> bool {
    field
        .and_then(project::field)
        .is_some_and(|f| matches!(f.kind, FieldKind::Distance))
}
