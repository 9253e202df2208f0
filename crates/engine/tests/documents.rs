//! Meta-tests over what the data cite: every document and document number
//! has an English form for English readers, and none is another
//! province's.

mod common;
use common::*;
use std::collections::HashSet;

/// Every citation's `key` ("document", or its "number") anywhere in the
/// data, found through its JSON form, so a citation in a type added later
/// is not missed. (A citation is an object with a `document`.)
fn cited(key: &str, v: &serde_json::Value, out: &mut std::collections::BTreeSet<String>) {
    match v {
        serde_json::Value::Object(m) => {
            if let (Some(serde_json::Value::String(x)), Some(_)) = (m.get(key), m.get("document")) {
                out.insert(x.clone());
            }
            m.values().for_each(|x| cited(key, x, out));
        }
        serde_json::Value::Array(a) => a.iter().for_each(|x| cited(key, x, out)),
        _ => {}
    }
}

fn cited_documents(v: &serde_json::Value, out: &mut std::collections::BTreeSet<String>) {
    cited("document", v, out);
}

fn cited_numbers(v: &serde_json::Value, out: &mut std::collections::BTreeSet<String>) {
    cited("number", v, out);
}

#[test]
fn every_cited_number_has_an_english_form_and_every_form_is_cited() {
    let data = &engine().data;
    let mut cited = std::collections::BTreeSet::new();
    cited_numbers(&serde_json::to_value(data).unwrap(), &mut cited);
    assert!(
        cited.len() > 30,
        "the walk finds the numbers: {}",
        cited.len()
    );
    for n in &cited {
        let en = jiujiang_engine::text::documents::english_number(data, n);
        let en = en.unwrap_or_else(|| panic!("{n}: no English form in data/documents.toml"));
        assert!(
            !en.chars().any(|c| ('\u{3000}'..='\u{9fff}').contains(&c)
                || ('\u{ff00}'..='\u{ffef}').contains(&c)),
            "{n}: English form {en} has Chinese in it"
        );
    }
    let mut seen = HashSet::new();
    for t in &data.numbers {
        assert!(seen.insert(&t.zh), "{}: listed twice", t.zh);
        assert!(
            cited.contains(&t.zh),
            "{}: in documents.toml, cited nowhere",
            t.zh
        );
    }
}

#[test]
fn every_cited_document_has_an_english_title_and_every_title_is_cited() {
    let data = &engine().data;
    let mut cited = std::collections::BTreeSet::new();
    cited_documents(&serde_json::to_value(data).unwrap(), &mut cited);
    assert!(
        cited.len() > 50,
        "the walk finds the citations: {}",
        cited.len()
    );
    for d in &cited {
        let en = jiujiang_engine::text::documents::english_title(data, d);
        let en = en.unwrap_or_else(|| panic!("{d}: no English title in data/documents.toml"));
        // Latin letters, digits and punctuation, with Chinese only where it
        // is quoted in brackets (none so far).
        assert!(
            !en.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
            "{d}: English title {en} has Chinese in it"
        );
    }
    let mut seen = HashSet::new();
    for t in &data.documents {
        assert!(seen.insert(&t.zh), "{}: listed twice", t.zh);
        assert!(
            cited.contains(&t.zh),
            "{}: in documents.toml, cited nowhere",
            t.zh
        );
    }
}

/// What the app shows as the legal basis of a Jiujiang project is national
/// or Jiangxi's: another province's document may have corroborated a text,
/// but it is no basis here (a user test found Shandong's notice listed).
#[test]
fn no_other_province_s_document_is_cited_as_a_basis() {
    const OTHERS: &[&str] = &[
        "北京",
        "天津",
        "河北",
        "山西",
        "内蒙古",
        "辽宁",
        "吉林",
        "黑龙江",
        "上海",
        "江苏",
        "浙江",
        "安徽",
        "福建",
        "山东",
        "河南",
        "湖北",
        "湖南",
        "广东",
        "广西",
        "海南",
        "重庆",
        "四川",
        "贵州",
        "云南",
        "西藏",
        "陕西",
        "甘肃",
        "青海",
        "宁夏",
        "新疆",
    ];
    let mut cited = std::collections::BTreeSet::new();
    cited_documents(&serde_json::to_value(&engine().data).unwrap(), &mut cited);
    let foreign: Vec<&String> = (cited.iter())
        .filter(|d| OTHERS.iter().any(|p| d.starts_with(p)))
        .collect();
    assert!(foreign.is_empty(), "{foreign:?}");
    // The test can fail: Jiangxi's own documents are found by the same walk.
    assert!(cited.iter().any(|d| d.starts_with("江西")));
}

#[test]
fn every_bundled_place_has_an_english_name() {
    let data = &engine().data;
    let places = data
        .parks
        .iter()
        .map(|p| p.county.as_str())
        .chain(
            data.chains
                .iter()
                .flat_map(|c| c.regions.iter().map(String::as_str)),
        )
        .chain(data.packages.iter().map(|p| p.region.as_str()));
    for name in places {
        let shown = jiujiang_engine::text::display::place(name);
        assert!(
            shown.en.is_ascii(),
            "{name}: no English name in display::PLACES"
        );
    }
}
