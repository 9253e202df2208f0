//! Finding an industry by its name: Chinese and English words, everyday
//! words, and the classes a search tells apart.

/// A name typed in the industry field, as its help suggests: one that names
/// a single class is that class (echoed by the form); one that finds several
/// is answered with the codes it finds, not only "not a code"; text that
/// finds nothing still says it is not a code.
#[test]
fn an_industry_name_is_read_or_answered_with_the_codes_it_finds() {
    let e = jiujiang_engine::Engine::embedded().unwrap();
    let (p, errors) = e.parse_fields([("industry_code", "有机化学")]);
    assert!(errors.is_empty() && p.text("industry_code") == Some("C2614"));
    let (_, errors) = e.parse_fields([("industry_code", "化学原料")]);
    let (zh, en) = (&errors[0].message.zh, &errors[0].message.en);
    assert!(zh.contains("C2614 有机化学原料制造"), "{zh}");
    assert!(en.contains("C2614") && !en.contains("原料制造"), "{en}");
    let (_, errors) = e.parse_fields([("industry_code", "C9999")]);
    assert!(errors[0]
        .message
        .en
        .contains("is not a GB/T 4754-2017 industry code"));
}

/// An investor searching in English finds the battery classes apart, and a
/// class with its own English name shows it rather than its group's.
#[test]
fn english_search_tells_battery_classes_apart() {
    use jiujiang_engine::project::industry::Industry;
    let industry = Industry::embedded();
    let codes = |q: &str| -> Vec<String> {
        industry
            .search(q, 10)
            .iter()
            .map(|c| c.code.clone())
            .collect()
    };
    assert_eq!(codes("lithium"), ["C3841"]);
    assert_eq!(codes("lithium ion"), ["C3841"]);
    assert_eq!(codes("Lithium-ion battery"), ["C3841"]);
    assert!(codes("lead-acid").contains(&"C3843".to_string()));
    let (class, name) = industry.english("C3841").unwrap();
    assert_eq!(
        (class.code.as_str(), name),
        ("C3841", "Manufacture of lithium-ion batteries")
    );
    // Classes not translated still show their group's name.
    assert_eq!(industry.english("F5111").unwrap().0.code, "F511");
}

/// Everyday words the standard's names lack find the classes they mean,
/// in either language, while typing too; every code in the table is a
/// class of the standard, and a word inside another English word is not
/// taken for it.
#[test]
fn everyday_words_find_their_classes() {
    use jiujiang_engine::project::industry::{everyday_rows, Industry};
    let industry = Industry::embedded();
    let codes = |q: &str| -> Vec<String> {
        (industry.search(q, 12).iter())
            .map(|c| c.code.clone())
            .collect()
    };
    assert_eq!(codes("物流")[0], "G5920");
    assert!(codes("锂电池").contains(&"C3841".to_string()));
    assert!(codes("cement clinker").contains(&"C3011".to_string()));
    assert!(codes("solar").contains(&"C3825".to_string()));
    assert!(codes("Logis").contains(&"G5920".to_string()));
    assert!(codes("一个物流园项目").contains(&"G5920".to_string()));
    assert!(!codes("levels").contains(&"C3612".to_string()));
    // A product's everyday name (a user test's 印制电路板 found nothing).
    assert_eq!(
        codes("印制电路板").first().map(String::as_str),
        Some("C3982")
    );
    assert!(codes("PCB").contains(&"C3982".to_string()));
    // Specialty and fine chemicals are classes of C266, not the division
    // C26 alone (a user test could pick only C26, which cannot decide).
    for q in ["specialty chemicals", "fine chemical", "精细化工"] {
        assert!(
            codes(q).contains(&"C2669".to_string()),
            "{q}: {:?}",
            codes(q)
        );
    }
    assert!(codes("危化品仓库").contains(&"G5942".to_string()));
    // Plurals and US spellings as the class search reads them.
    assert!(codes("two data centers").contains(&"I6450".to_string()));
    // An EV battery is a battery first, not a vehicle.
    assert_eq!(
        codes("EV battery").first().map(String::as_str),
        Some("C3841")
    );
    for (words, classes) in everyday_rows() {
        assert!(!words.is_empty() && !classes.is_empty());
        for c in classes {
            assert!(
                industry.get(c).is_some(),
                "{words:?}: {c} is no GB/T 4754-2017 code"
            );
        }
    }
}

/// Software, phones and cathodes as an investor types them: a user test
/// was offered only the section, division and group for "software" (none a
/// class), nothing for "smartphone", and battery makers for "锂电池正极".
#[test]
fn everyday_searches_reach_a_class() {
    use jiujiang_engine::project::industry::Industry;
    let industry = Industry::embedded();
    let first = |q: &str| industry.search(q, 10).first().map(|c| c.code.clone());
    assert_eq!(first("software").as_deref(), Some("I6513"));
    assert_eq!(first("app development").as_deref(), Some("I6513"));
    assert_eq!(first("smartphone").as_deref(), Some("C3922"));
    assert_eq!(first("锂电池正极").as_deref(), Some("C3985"));
    assert_eq!(first("PCBA").as_deref(), Some("C3982"));
    // Every class a software search offers is a class, with its own name.
    let hits = industry.search("software development", 10);
    assert!(hits.iter().any(|c| c.code == "I6511"), "{hits:?}");
    let (class, name) = industry.english("I6513").unwrap();
    assert_eq!(
        (class.code.as_str(), name),
        ("I6513", "Application software development")
    );
}
