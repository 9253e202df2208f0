//! Project files as people save them: a key given twice, a byte-order mark.

mod common;
use common::*;

/// A key given twice in a project file is refused, named by its path, since
/// JSON reads the last copy without a word (an audit's "site" twice flipped
/// a verdict); a byte-order mark before the file is read.
#[test]
fn a_key_given_twice_is_refused_and_a_byte_order_mark_is_read() {
    let e = engine();
    let errors = |text: &str| e.project_from_json(text).err().unwrap_or_default();
    let twice = r#"{"schema_version":1,"industry_code":"C2614","site":{"dist_yangtze_mainstream_m":600},"site":{"dist_yangtze_mainstream_m":1500}}"#;
    assert_eq!(errors(twice)[0].field, "site");
    let inner = r#"{"schema_version":1,"site":{"dist_yangtze_mainstream_m":600,"dist_yangtze_mainstream_m":1500}}"#;
    assert_eq!(errors(inner)[0].field, "site.dist_yangtze_mainstream_m");
    assert!(errors(inner)[0].message.en.contains("more than once"));
    // The same key in two objects is no repeat.
    let apart = r#"{"schema_version":1,"industry_code":"C2614","site":{"dist_yangtze_mainstream_m":600},"energy":{"coal_t":5}}"#;
    assert!(e.project_from_json(apart).is_ok());
    let bom = format!("\u{feff}{apart}");
    assert!(e.project_from_json(&bom).is_ok());
}

/// Full-width letters and digits, as a Chinese input method types them,
/// read as the code they spell (a user test's "Ｃ３８４１" was refused).
#[test]
fn a_full_width_industry_code_is_read() {
    let (p, errors) = engine().parse_fields([("industry_code", "Ｃ３８４１")]);
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(p.text("industry_code"), Some("C3841"));
}

/// Text fields keep what was typed: a name's full-width comma and full stop
/// are Chinese punctuation, not a number's (an audit's interview wrote
/// "线索，仅知" back as "线索,仅知").
#[test]
fn a_text_field_keeps_its_punctuation() {
    let name = "塑料制品项目（招商线索，仅知行业。）";
    let (p, errors) = engine().parse_fields([
        ("name", name),
        ("site.distance_measured_by", " 九江市测绘院，二〇二六年 "),
    ]);
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(p.text("name"), Some(name));
    assert_eq!(
        p.text("site.distance_measured_by"),
        Some("九江市测绘院，二〇二六年")
    );
}
