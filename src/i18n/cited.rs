//! How a citation's article and a parameter's unit read in each language.

use super::Lang;

impl Lang {
    /// A cited article in this language: "第二十六条第二款" is "Art. 26 ¶2"
    /// to an English reader (a user test read the Chinese numerals).
    /// Notes in Chinese after or instead of a reference (where a text was
    /// read, what was not) are left to the Chinese opinion: an English
    /// reader gets the reference, or nothing (a user test found them,
    /// untranslated, in the opinion handed to an investor).
    pub fn article(self, article: &str) -> String {
        let cjk = |c: char| {
            ('\u{3000}'..='\u{9fff}').contains(&c) || ('\u{ff00}'..='\u{ffef}').contains(&c)
        };
        match self {
            Lang::Zh => article.to_string(),
            Lang::En => match jiujiang_engine::text::documents::article_en(article) {
                Some(en) => en[..en.find(cjk).unwrap_or(en.len())]
                    .trim_end_matches([' ', ':', '“'])
                    .to_string(),
                None if article.contains(cjk) => String::new(),
                None => article.to_string(),
            },
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
