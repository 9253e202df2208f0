//! What a work starts from: the packages applied unless turned off, and the
//! example project.

use crate::i18n::Lang;
use jiujiang_engine::Engine;
use std::collections::BTreeSet;

/// Applied unless the user turns them off: the bundled city- and
/// province-wide packages (county and park ones apply only where the project is).
pub fn default_packages() -> BTreeSet<String> {
    Engine::embedded()
        .map(|e| {
            e.data
                .packages
                .iter()
                .filter(|p| p.applies_everywhere())
                .map(|p| p.id.clone())
                .collect()
        })
        .unwrap_or_default()
}

/// A project to start from, in the reader's language: a chemical plant near the Yangtze.
pub fn example(lang: Lang) -> Vec<(&'static str, String)> {
    [
        ("name", lang.pick(crate::i18n::EXAMPLE_NAME)),
        ("industry_code", "C2614"),
        ("action", "new"),
        ("site.dist_yangtze_mainstream_m", "850"),
    ]
    .into_iter()
    .map(|(k, v)| (k, v.to_string()))
    .collect()
}
