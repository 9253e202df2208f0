//! The work document's tests: links, files and what they are read as.

/// A share link is found in the fragment, or in the query where a
/// messenger moved or escaped it; the page's own anchors are not links.
#[test]
fn link_payload_finds_the_link_where_a_messenger_left_it() {
    assert_eq!(link_payload("#w1.abc", "").as_deref(), Some("w1.abc"));
    assert_eq!(link_payload("", "?w1.abc").as_deref(), Some("w1.abc"));
    assert_eq!(link_payload("", "?%23w1.abc").as_deref(), Some("w1.abc"));
    assert_eq!(
        link_payload("", "?w1.abc&from=timeline").as_deref(),
        Some("w1.abc")
    );
    assert_eq!(
        link_payload("", "?from=timeline&w1.abc").as_deref(),
        Some("w1.abc")
    );
    assert_eq!(link_payload("#W1.abc", "").as_deref(), Some("w1.abc"));
    assert_eq!(link_payload("", "?w2=x"), None);
    // Once read, the address keeps the other parameters only.
    assert_eq!(
        query_without_link("?from=timeline&W1.abc&lang=en"),
        "?from=timeline&lang=en"
    );
    assert_eq!(query_without_link("?%23w1.abc"), "");
    assert_eq!(query_without_link("?lang=en"), "?lang=en");
    assert_eq!(query_without_link(""), "");
    // The fragment wins over the query.
    assert_eq!(link_payload("#w2.x", "?w1.y").as_deref(), Some("w2.x"));
    assert_eq!(link_payload("#field-industry_code", ""), None);
    assert_eq!(link_payload("#wrong", "?lang=en"), None);
    // Cut right after its tag's letter: read, and refused as cut short.
    assert_eq!(link_payload("#w", "").as_deref(), Some("w"));
    // Pasted from chat: a sentence's full stop, a bracket, a line break.
    let whole = doc();
    let f = to_fragment(&whole);
    let (head, tail) = f.split_at(f.len() / 2);
    for pasted in [
        format!("{f}。"),
        format!("{f}）"),
        format!("{head}\n{tail}"),
        format!("{head}%20{tail}%E3%80%82"),
        // Words the sender added after it.
        format!("{f} 请查看这个方案"),
        format!("{f}请查看"),
        format!("{f}\nplease have a look"),
        format!("{f}%20see%20this"),
        format!("{head}\n{tail} 请看"),
    ] {
        assert_eq!(from_fragment(&pasted), Ok(whole.clone()), "{pasted}");
    }
    assert!(matches!(from_fragment("w"), Err(WorkError::Truncated)));
    assert!(matches!(from_fragment("w1"), Err(WorkError::Truncated)));
    assert_eq!(link_payload("", ""), None);
    // What it finds is read as a link, or refused with a reason.
    let d = doc();
    let f = to_fragment(&d);
    let found = link_payload("", &format!("?{f}")).unwrap();
    assert_eq!(from_fragment(&found).unwrap(), d);
    assert!(from_fragment(&link_payload("#w1.%%%", "").unwrap()).is_err());
}

use super::*;

/// A file put in the wrong import box is named for what it is, and one
/// of too many scenarios is told so, not called damaged (a user test).
#[test]
fn a_file_is_named_for_what_it_is() {
    let package = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/packages/park-example.json"
    ))
    .unwrap();
    assert_eq!(file_kind(&package), FileKind::Package);
    assert_eq!(file_kind(&to_json(&doc())), FileKind::Work);
    assert_eq!(file_kind(r#"{"schema_version": 1}"#), FileKind::Work);
    assert_eq!(file_kind("not json"), FileKind::Other);
    assert_eq!(
        file_kind("id,industry_code,action\nr1,C2614,new\n"),
        FileKind::Batch
    );
    let five = format!(
        r#"{{"version": 1, "scenarios": [{}]}}"#,
        [r#"{"name": "A", "fields": {}}"#; 5].join(",")
    );
    let e = from_json(&five).unwrap_err();
    assert_eq!(e, WorkError::TooMany(5));
    assert!(e.message().en.starts_with("The file holds 5 scenarios"));
    assert!(!e.message().zh.contains("损坏"));
}

fn doc() -> WorkDoc {
    let fields = |code: &str, d: &str| {
        [
            ("industry_code", code),
            ("action", "new"),
            ("site.dist_yangtze_mainstream_m", d),
            ("name", "九江 项目 #1 & ?"),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
    };
    WorkDoc {
        version: VERSION,
        scenarios: vec![
            ScenarioDoc {
                name: "A 沿江".into(),
                fields: fields("C2614", "850"),
                unknown: vec!["energy".into()],
                declined: Vec::new(),
                packages: Some(PackageChoice {
                    on: vec!["jiujiang-county-2017".into()],
                    off: vec!["jiujiang-services-2024".into()],
                }),
            },
            ScenarioDoc {
                name: "B 园区".into(),
                fields: fields("C2614", "3500"),
                unknown: Vec::new(),
                declined: Vec::new(),
                packages: None,
            },
        ],
        current: 1,
        as_of: Some("2025-01-01".into()),
        horizon: Some("5".into()),
        discount_pct: Some("6".into()),
        unknown: vec!["site.protected_areas".into(), "energy".into()],
        declined: vec!["catalogue.lists".into()],
        own_packages: vec![jiujiang_engine::Text {
            zh: "共青城园区优惠（自建）".into(),
            en: "Gongqing park package (own)".into(),
        }],
        packages: Vec::new(),
    }
}

#[test]
fn base64url_round_trips_every_length() {
    for n in 0..40u8 {
        let bytes: Vec<u8> = (0..n).map(|i| i.wrapping_mul(37).wrapping_add(n)).collect();
        let text = base64url_encode(&bytes);
        assert!(text.bytes().all(|c| ALPHABET.contains(&c)));
        assert_eq!(base64url_decode(&text).unwrap(), bytes);
    }
    assert_eq!(base64url_decode("a"), None);
    assert_eq!(base64url_decode("ab=c"), None);
}

#[test]
fn a_link_reproduces_the_work_exactly() {
    let d = doc();
    let f = to_fragment(&d);
    assert!(f.starts_with("w1."));
    assert!(f.len() < 600, "{}", f.len());
    assert_eq!(from_fragment(&f).unwrap(), d);
    assert_eq!(from_fragment(&format!("#{f}")).unwrap(), d);
}

#[test]
fn broken_truncated_and_future_links_are_refused_with_their_reason() {
    let f = to_fragment(&doc());
    assert_eq!(from_fragment(&f[..f.len() / 2]), Err(WorkError::Truncated));
    assert!(matches!(
        from_fragment("w1.@@@"),
        Err(WorkError::Damaged(_))
    ));
    assert!(matches!(from_fragment("hello"), Err(WorkError::Damaged(_))));
    // Not a cut: a character no link holds, at a length a cut would have.
    assert!(matches!(
        from_fragment("w1.ab中"),
        Err(WorkError::Damaged(_))
    ));
    assert_eq!(
        from_fragment(&f.replacen("w1.", "w7.", 1)),
        Err(WorkError::Future(7))
    );
    // Every cut after the tag is said to be a cut link, whatever the
    // length (a user test saw most cuts called damaged).
    for cut in "w1".len()..f.len() {
        assert_eq!(
            from_fragment(&f[..cut]),
            Err(WorkError::Truncated),
            "cut at {cut}"
        );
    }
    // Every cut of a link is refused or read, never a panic.
    for cut in 0..f.len() {
        let _ = from_fragment(&f[..cut]);
    }
}

#[test]
fn old_documents_migrate_and_future_ones_are_refused() {
    // Version 0: a single field map.
    let v0 = r#"{"fields": {"industry_code": "C2614", "action": "new"}}"#;
    let d = from_json(v0).unwrap();
    assert_eq!(d.version, VERSION);
    assert_eq!(d.scenarios.len(), 1);
    assert_eq!(d.scenarios[0].fields["industry_code"], "C2614");
    // Version 0 as a project file.
    let file = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/projects/chemical-850m.json"
    ))
    .unwrap();
    let d = from_json(&file).unwrap();
    assert_eq!(
        d.scenarios[0].fields["site.dist_yangtze_mainstream_m"],
        "850"
    );
    assert_eq!(
        from_json(r#"{"version": 2, "scenarios": []}"#),
        Err(WorkError::Future(2))
    );
    assert!(matches!(
        from_json(r#"{"version": 1, "scenarios": []}"#),
        Err(WorkError::Damaged(_))
    ));
    assert!(matches!(
        from_json(r#"{"version": 1, "scenarios": [{"name": "A", "fields": {"no.such": "1"}}]}"#),
        Err(WorkError::Damaged(m)) if m.en.contains("no.such") && m.zh.contains("no.such")
    ));
    assert!(matches!(from_json("[1,2"), Err(WorkError::Damaged(_))));
    // Messages in both languages.
    let m = WorkError::Future(2).message();
    assert!(m.zh.contains("更新版本") && m.en.contains("newer version"));
}

/// A project file whose shape is right but one value is not is imported
/// with that value as written, for its field to flag; one whose shape is
/// wrong is refused, saying why in each language without the JSON
/// reader's English in the Chinese.
#[test]
fn a_project_file_with_a_bad_value_is_kept_and_a_broken_one_refused_in_both_languages() {
    let file = r#"{"schema_version": 1, "industry_code": "C2614", "site": {"dist_yangtze_mainstream_m": -5.0, "dist_poyang_lake_m": 2500.5}}"#;
    let d = from_json(file).unwrap();
    // Whole numbers as a person types them, whatever the file wrote.
    assert_eq!(
        d.scenarios[0].fields["site.dist_yangtze_mainstream_m"],
        "-5"
    );
    assert_eq!(d.scenarios[0].fields["site.dist_poyang_lake_m"], "2500.5");
    assert_eq!(d.scenarios[0].fields["industry_code"], "C2614");
    assert!(!d.scenarios[0].fields.contains_key("schema_version"));
    // Yes/no and choices as the form's lists hold them.
    let d = from_json(r#"{"schema_version": 1, "action": "新建", "site": {"in_compliant_park": true, "scenic_core_area": false}}"#).unwrap();
    let f = &d.scenarios[0].fields;
    assert_eq!(
        (
            f["action"].as_str(),
            f["site.in_compliant_park"].as_str(),
            f["site.scenic_core_area"].as_str()
        ),
        ("new", "yes", "no")
    );
    let Err(WorkError::Damaged(why)) =
        from_json(r#"{"schema_version": 1, "site": {"dist_yangtze_mainstream_m": [1]}}"#)
    else {
        panic!("a list where a number belongs was taken");
    };
    assert!(
        why.zh.contains("值类型不对") && why.en.contains("wrong type"),
        "{why:?}"
    );
    // No full stop before a separator or the closing bracket.
    let shown = WorkError::Damaged(why).message();
    assert!(
        !shown.zh.contains("。）") && !shown.en.contains(".)"),
        "{shown:?}"
    );
    let Err(WorkError::Damaged(why)) = from_json(r#"{"schema_version": 1, "name": "cut"#) else {
        panic!("a cut file was taken");
    };
    assert!(why.zh.contains("内容不完整"), "{why:?}");
    assert!(!why.zh.contains("EOF"), "{}", why.zh);
    // In plain words in English too, not the reader's "EOF while parsing".
    assert!(why.en.contains("ends too early"), "{}", why.en);
    assert!(!why.en.contains("EOF"), "{}", why.en);
}
