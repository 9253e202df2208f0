//! How a citation's article and a parameter's unit read in each language.

use super::Lang;

impl Lang {
    /// A cited article in this language ([`article_for_english`]); empty
    /// when an English reader has nothing to read in it.
    ///
    /// [`article_for_english`]: jiujiang_engine::text::documents::article_for_english
    pub fn article(self, article: &str) -> String {
        match self {
            Lang::Zh => article.to_string(),
            Lang::En => jiujiang_engine::text::documents::article_for_english(article),
        }
    }

    /// A parameter's unit in this language ("米" or "m").
    pub fn unit(self, unit: &str) -> &str {
        match self {
            Lang::Zh => jiujiang_engine::text::labels::unit_zh(unit),
            Lang::En => unit,
        }
    }
}
