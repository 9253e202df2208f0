//! The caveats a finding carries: texts borrowed from the rule data, or
//! worded for one screening and shared by every finding that names them.
//! Uses only the data types.

use crate::data_types::Text;
use serde::Serialize;
use std::borrow::Cow;
use std::sync::Arc;

/// A caveat's text: the rule data's own, or worded for this screening and
/// shared by every finding that carries it. The same sector or map note
/// stands in many findings, and sharing it costs a count where copying it
/// cost two allocations per finding.
#[derive(Clone, Debug)]
pub enum Caveat<'a> {
    Data(&'a Text),
    Worded(Arc<Text>),
}

impl std::ops::Deref for Caveat<'_> {
    type Target = Text;
    fn deref(&self) -> &Text {
        match self {
            Caveat::Data(t) => t,
            Caveat::Worded(t) => t,
        }
    }
}

impl PartialEq for Caveat<'_> {
    fn eq(&self, other: &Self) -> bool {
        **self == **other
    }
}

impl Serialize for Caveat<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        (**self).serialize(s)
    }
}

impl<'a> From<Cow<'a, Text>> for Caveat<'a> {
    fn from(t: Cow<'a, Text>) -> Self {
        match t {
            Cow::Borrowed(t) => Caveat::Data(t),
            Cow::Owned(t) => Caveat::Worded(Arc::new(t)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Caveats are equal by their words, whether borrowed from the data or
    /// worded for the screening, so findings compare as the user reads them.
    #[test]
    fn caveats_compare_by_their_words() {
        let text = |zh: &str, en: &str| Text {
            zh: zh.into(),
            en: en.into(),
        };
        let a = text("甲", "a");
        let shared = Caveat::Worded(Arc::new(a.clone()));
        assert_eq!(Caveat::Data(&a), shared);
        assert_eq!(shared.clone(), shared);
        assert_ne!(Caveat::Data(&a), Caveat::Data(&text("甲", "b")));
        assert_ne!(shared, Caveat::Worded(Arc::new(text("乙", "a"))));
        assert_eq!(shared.en, "a");
    }
}
