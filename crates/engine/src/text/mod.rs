//! Text: what the engine writes for people in both languages (numbers, money,
//! dates, labels, the data changelog). It reads the data types and nothing
//! of the rules' evaluation, so every other module may use it.
//!
//! Owns dates (`date`), numbers and money (`numbers`), outcome and status
//! words (`labels`), how findings and amounts read (`display`), the data
//! changelog (`changelog`) and cited documents' titles (`documents`).

pub mod changelog;
pub mod date;
pub mod display;
pub mod documents;
pub mod labels;
pub mod numbers;

/// Equal strings. Keys and labels are usually the same static on both
/// sides, so in wasm, where comparing bytes is a slow loop of its own, the
/// address is tried first; natively the extra test costs more than the
/// `memcmp` it saves (callgrind, docs/benchmarks.md).
#[inline]
pub fn same(a: &str, b: &str) -> bool {
    (cfg!(target_arch = "wasm32") && std::ptr::eq(a, b)) || a == b
}

/// The parts joined, in one allocation of the exact size. Notes are worded
/// for every screening; this is several times cheaper than `format!`.
pub fn concat(parts: &[&str]) -> String {
    let mut s = String::with_capacity(parts.iter().map(|p| p.len()).sum());
    for p in parts {
        s.push_str(p);
    }
    s
}

/// A title or sentence in running English text ("Chemicals" → "chemicals"):
/// its first letter in lower case, the rest as written, so an acronym keeps
/// its capitals ("PX plants", "R&D of …"). Two parts, so nothing is allocated.
pub fn lower_first(title: &str) -> (&'static str, &str) {
    const ALPHABET: &str = "abcdefghijklmnopqrstuvwxyz";
    match title.as_bytes() {
        [first, next, ..] if first.is_ascii_uppercase() && next.is_ascii_lowercase() => {
            let at = (first - b'A') as usize;
            (&ALPHABET[at..at + 1], &title[1..])
        }
        _ => ("", title),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn concat_joins_every_part_in_order() {
        assert_eq!(
            super::concat(&["“", "C2614", "”归入", "化工"]),
            "“C2614”归入化工"
        );
        assert_eq!(super::concat(&[]), "");
    }
}

/// Why a JSON file could not be read, in both languages: where, and what
/// kind of fault, with the names the reader quotes (a field, a value).
/// serde's own sentence is English; Chinese readers get theirs in Chinese.
/// `what` names the file: ("优惠包文件", "package file").
pub fn json_error(what: (&str, &str), e: &serde_json::Error) -> crate::data_types::Text {
    use serde_json::error::Category;
    let msg = e.to_string();
    // The backquoted name in serde's sentence, e.g. "unknown variant `galaxy`".
    let quoted = || msg.split('`').nth(1).unwrap_or_default().to_string();
    let kind_zh = match e.classify() {
        Category::Eof => "内容不完整（文件被截断？）".to_string(),
        Category::Syntax => "JSON 语法错误".to_string(),
        Category::Io => "读取错误".to_string(),
        Category::Data if msg.starts_with("unknown variant") => {
            format!("未知取值“{}”", quoted())
        }
        Category::Data if msg.starts_with("unknown field") => format!("未知字段“{}”", quoted()),
        Category::Data if msg.starts_with("missing field") => format!("缺少字段“{}”", quoted()),
        Category::Data if msg.starts_with("invalid type") => "数据类型不符".to_string(),
        Category::Data => "数据不符合格式".to_string(),
    };
    // serde's sentence without its own position (given once, below), but
    // in plain words where it says a parser's ("EOF while parsing a
    // string": a user re-test).
    let en = match e.classify() {
        Category::Eof => "the content is incomplete (the file cut short?)",
        Category::Syntax => "this is not JSON, or its syntax is broken",
        _ => msg.split(" at line ").next().unwrap_or(&msg),
    };
    crate::data_types::Text {
        zh: format!(
            "不是有效的{}（第 {} 行第 {} 列）：{kind_zh}。",
            what.0,
            e.line(),
            e.column()
        ),
        en: format!(
            "Not a valid {} (line {}, column {}): {en}.",
            what.1,
            e.line(),
            e.column()
        ),
    }
}

#[cfg(test)]
mod json_error_tests {
    use super::json_error;

    #[test]
    fn json_faults_are_told_in_each_language_without_serde_english_in_chinese() {
        #[derive(serde::Deserialize, Debug)]
        #[serde(deny_unknown_fields)]
        #[allow(dead_code)]
        struct P {
            level: Level,
            n: f64,
        }
        #[derive(serde::Deserialize, Debug)]
        #[serde(rename_all = "lowercase")]
        enum Level {
            National,
        }
        let what = ("优惠包文件", "package file");
        let cases = [
            (
                r#"{"level": "galaxy", "n": 1}"#,
                "未知取值“galaxy”",
                "unknown variant",
            ),
            (
                r#"{"level": "national", "n": "lots"}"#,
                "数据类型不符",
                "invalid type",
            ),
            (r#"{"level": "national"}"#, "缺少字段“n”", "missing field"),
            (
                r#"{"level": "national", "n": 1, "x": 2}"#,
                "未知字段“x”",
                "unknown field",
            ),
            // A parser's words are said plainly in English too.
            (
                r#"{"level": "nat"#,
                "内容不完整",
                "incomplete (the file cut short?)",
            ),
            (
                r#"{"level" "national"}"#,
                "JSON 语法错误",
                "syntax is broken",
            ),
        ];
        for (text, zh, en) in cases {
            let e = serde_json::from_str::<P>(text).unwrap_err();
            let t = json_error(what, &e);
            assert!(t.zh.contains(zh), "{text}: {}", t.zh);
            assert!(
                t.zh.starts_with("不是有效的优惠包文件（第 1 行"),
                "{}",
                t.zh
            );
            assert!(
                !t.zh.is_ascii() && !t.zh.contains("expected") && !t.zh.contains("invalid"),
                "{}",
                t.zh
            );
            assert!(
                t.en.contains(en) && t.en.starts_with("Not a valid package file (line 1"),
                "{}",
                t.en
            );
            assert_eq!(t.en.matches("line").count(), 1, "{}", t.en);
            assert!(!t.en.contains("EOF while"), "{}", t.en);
        }
    }
}

/// `%XX` escapes as the bytes they stand for; anything else as it is (a
/// pasted share link, a map link's query).
pub fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let hex = |c: u8| (c as char).to_digit(16);
        match (
            b[i],
            b.get(i + 1).copied().and_then(hex),
            b.get(i + 2).copied().and_then(hex),
        ) {
            (b'%', Some(h), Some(l)) => {
                out.push((h * 16 + l) as u8);
                i += 3;
            }
            (c, _, _) => {
                out.push(c);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}
