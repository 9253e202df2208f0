//! The screening page: what a user sees and does while describing a project.

pub mod advisor;
mod answer_text;
pub mod boundary;
pub mod candidates;
pub mod field;
pub mod finding;
pub mod focus;
pub mod form;
pub mod headline;
pub mod incentives;
pub mod map;
pub mod placements;
pub mod print;
pub mod qr;
mod question;
pub mod result;
pub mod scenarios;
pub mod site;

/// Rules by id and title ("CHP-01（化工项目须进入认定的化工园区）"), for a
/// reader who does not know the ids (two user tests met bare ids).
pub fn rule_names(ids: &[&str], lang: crate::i18n::Lang) -> String {
    use crate::i18n;
    let engine = jiujiang_engine::Engine::embedded().ok();
    let named: Vec<String> = (ids.iter())
        .map(|id| match engine.and_then(|e| e.rule(id)) {
            Some(r) => format!(
                "{id}{}{}{}",
                lang.pick(i18n::PAREN_OPEN),
                lang.text(&r.title),
                lang.pick(i18n::PAREN_CLOSE)
            ),
            None => id.to_string(),
        })
        .collect();
    named.join(lang.pick(i18n::LIST_SEPARATOR))
}

/// A field's label standing alone, out of the form: one written as the
/// form's alternative ("或：…", "Or: …") reads as a fragment in a list of
/// facts or of links, so the "Or" goes and what followed starts it.
pub fn standalone_label(label: jiujiang_engine::project::L10n, lang: crate::i18n::Lang) -> String {
    let label = lang.pick(label);
    match (label.strip_prefix("或："), label.strip_prefix("Or: ")) {
        (Some(rest), _) => rest.to_string(),
        (_, Some(rest)) => {
            let mut c = rest.chars();
            c.next()
                .map_or_else(String::new, |f| f.to_uppercase().chain(c).collect())
        }
        _ => label.to_string(),
    }
}
