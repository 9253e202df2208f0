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

/// The English form the data give a document number ("财税〔2018〕99号" →
/// "Caishui [2018] No. 99"), if any; a user's package may cite others.
pub fn english_number<'a>(data: &'a RuleData, number: &str) -> Option<&'a str> {
    let found = data.numbers.iter().find(|d| d.zh == number.trim())?;
    Some(found.en.as_str()).filter(|en| !en.trim().is_empty())
}

/// An article reference as an English reader writes it: the references it
/// starts with ("第二十六条第二款", "第二十八、四十九、五十三条") become
/// "Art. 26 ¶2", "Arts. 28, 49, 53"; what follows (a quote, a note) is kept
/// as written. `None` when it starts with no reference (a section heading,
/// a sentence), which is then shown as written.
pub fn article_en(article: &str) -> Option<String> {
    let mut out = String::new();
    let mut rest = article.trim();
    let mut read_any = false;
    loop {
        if let Some(after) = rest.strip_prefix('第') {
            let (numbers, unit, after) = numbered(after)?;
            // A paragraph or item runs on after its article ("Art. 26 ¶2"),
            // and stands alone after a separator or at the start.
            let gap = if out.is_empty() || out.ends_with(' ') {
                ""
            } else {
                " "
            };
            out.push_str(&match (unit, numbers.as_slice()) {
                ('条', [n]) if !n.contains('–') => format!("Art. {n}"),
                ('条', ns) => format!("Arts. {}", ns.join(", ")),
                ('款', ns) => format!("{gap}¶{}", ns.join(", ")),
                (_, ns) => format!("{gap}item {}", ns.join(", ")),
            });
            read_any = true;
            rest = after;
            continue;
        }
        let sep = [
            ("、", ", "),
            ("，", ", "),
            ("；", "; "),
            ("和", " and "),
            ("及", " and "),
        ]
        .into_iter()
        .find(|(zh, _)| rest.starts_with(zh) && rest[zh.len()..].starts_with('第'));
        match sep {
            Some((zh, en)) if read_any => {
                out.push_str(en);
                rest = &rest[zh.len()..];
            }
            _ => break,
        }
    }
    if !read_any {
        return None;
    }
    let rest = match rest.strip_prefix('：') {
        Some(r) => format!(": {r}"),
        None if rest.is_empty() => String::new(),
        None => format!(" {rest}"),
    };
    Some(out + &rest)
}

/// A cited article as an English reader gets it: the reference in English
/// numbering ("Art. 26 ¶2"), or nothing. Notes in Chinese after or instead
/// of a reference (where a text was read, what was not) are left to the
/// Chinese opinion (a user test found them, untranslated, in the opinion
/// handed to an investor).
pub fn article_for_english(article: &str) -> String {
    let cjk =
        |c: char| ('\u{3000}'..='\u{9fff}').contains(&c) || ('\u{ff00}'..='\u{ffef}').contains(&c);
    match article_en(article) {
        Some(en) => (en[..en.find(cjk).unwrap_or(en.len())])
            .trim_end_matches([' ', ':', '“'])
            .to_string(),
        None if article.contains(cjk) => String::new(),
        None => article.to_string(),
    }
}

/// After "第": the numbers ("二十六", "三、二十五", "六十四至六十七", "1")
/// and the unit that closes them (条, 款 or 项), and what follows.
fn numbered(s: &str) -> Option<(Vec<String>, char, &str)> {
    let mut numbers = Vec::new();
    // An item is often numbered in brackets: "第（二）项".
    let bracketed = s.strip_prefix('（');
    let mut rest = bracketed.unwrap_or(s);
    loop {
        let len = rest
            .char_indices()
            .find(|(_, c)| !(c.is_ascii_digit() || "零一二三四五六七八九十百".contains(*c)))
            .map_or(rest.len(), |(i, _)| i);
        numbers.push(chinese_number(&rest[..len])?.to_string());
        rest = &rest[len..];
        if bracketed.is_some() {
            rest = rest.strip_prefix('）')?;
        }
        let c = rest.chars().next()?;
        rest = &rest[c.len_utf8()..];
        match c {
            '、' => {}
            '至' => {
                let (to, unit, after) = numbered(rest)?;
                let from = numbers.pop()?;
                numbers.push(format!("{from}–{}", to.first()?));
                numbers.extend(to.into_iter().skip(1));
                return Some((numbers, unit, after));
            }
            '条' | '款' | '项' => return Some((numbers, c, rest)),
            _ => return None,
        }
    }
}

/// "二十六" → 26, "一百零五" → 105, "12" → 12 (up to 999).
fn chinese_number(s: &str) -> Option<u32> {
    if s.is_empty() {
        return None;
    }
    if s.bytes().all(|b| b.is_ascii_digit()) {
        return s.parse().ok();
    }
    let digit = |c: char| {
        "零一二三四五六七八九"
            .chars()
            .position(|d| d == c)
            .map(|d| d as u32)
    };
    let (mut total, mut pending) = (0, None::<u32>);
    for c in s.chars() {
        match c {
            '百' => total += pending.take().unwrap_or(1) * 100,
            '十' => total += pending.take().unwrap_or(1) * 10,
            _ => pending = Some(digit(c)?),
        }
    }
    Some(total + pending.unwrap_or(0))
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

    #[test]
    fn article_references_read_in_english_and_what_follows_is_kept() {
        let en = |a: &str| article_en(a);
        assert_eq!(en("第二十六条第二款").as_deref(), Some("Art. 26 ¶2"));
        assert_eq!(
            en("第二十六条第三款（尾矿库）").as_deref(),
            Some("Art. 26 ¶3 （尾矿库）")
        );
        assert_eq!(
            en("第二十八、四十九、五十三条").as_deref(),
            Some("Arts. 28, 49, 53")
        );
        assert_eq!(en("第六十四至六十七条").as_deref(), Some("Arts. 64–67"));
        assert_eq!(en("第三、二十五条").as_deref(), Some("Arts. 3, 25"));
        assert_eq!(
            en("第八条、第九条；第三十四条废止2023年办法").as_deref(),
            Some("Art. 8, Art. 9; Art. 34 废止2023年办法")
        );
        assert_eq!(
            en("第八条第一款：“或年煤炭消费量10000吨及以上”").as_deref(),
            Some("Art. 8 ¶1: “或年煤炭消费量10000吨及以上”")
        );
        assert_eq!(en("第1条").as_deref(), Some("Art. 1"));
        assert_eq!(en("第一百零五条").as_deref(), Some("Art. 105"));
        assert_eq!(
            en("第六十条第（二）项：原文").as_deref(),
            Some("Art. 60 item 2: 原文")
        );
        assert_eq!(
            en("第二十六条第二款、第三款").as_deref(),
            Some("Art. 26 ¶2, ¶3")
        );
        assert_eq!(en("第3项").as_deref(), Some("item 3"));
        assert_eq!(en("第二款").as_deref(), Some("¶2"));
        assert_eq!(en("第二十条").as_deref(), Some("Art. 20"));
        // No reference first: shown as written.
        assert_eq!(en("三、招商引资项目准入管理 第1条"), None);
        assert_eq!(en("淘汰类"), None);
        assert_eq!(en("第五批"), None);
        // For an English reader, the reference alone, or nothing.
        assert_eq!(
            article_for_english("第八条第一款：“或年煤炭消费量”（转载）"),
            "Art. 8 ¶1"
        );
        assert_eq!(article_for_english("生态环境部微信公众号发布"), "");
        assert_eq!(article_for_english("Annex A"), "Annex A");
    }
}
