//! How a cited document's title reads in each language. The Chinese title,
//! as published, is the authoritative one; English readers get our
//! translation (data/documents.toml) with the Chinese after it, so that
//! they can still find the text.

use crate::data_types::RuleData;

/// The English title the data give `document`, if any. A user's park
/// package names documents the data do not know: those have none.
pub fn english_title<'a>(data: &'a RuleData, document: &str) -> Option<&'a str> {
    let found = data.documents.iter().find(|d| d.zh == document)?;
    Some(found.en.as_str()).filter(|en| !en.trim().is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data_types::Text;

    #[test]
    fn a_listed_document_has_its_english_title_and_others_none() {
        let data = RuleData {
            documents: vec![
                Text {
                    zh: "中华人民共和国长江保护法".into(),
                    en: "Yangtze River Protection Law of the People's Republic of China".into(),
                },
                Text {
                    zh: "未译文件".into(),
                    en: " ".into(),
                },
            ],
            ..RuleData::default()
        };
        assert_eq!(
            english_title(&data, "中华人民共和国长江保护法"),
            Some("Yangtze River Protection Law of the People's Republic of China")
        );
        // Not listed, or listed blank: none, so the Chinese shows alone.
        assert_eq!(english_title(&data, "某园区招商政策"), None);
        assert_eq!(english_title(&data, "未译文件"), None);
    }
}
