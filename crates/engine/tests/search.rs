//! The industry search as an investor types: everyday words in English,
//! plurals, and the most specific of several words first.

use jiujiang_engine::project::industry::Industry;

fn first(q: &str) -> String {
    let industry = Industry::embedded();
    let hits = industry.search(q, 12);
    hits.first().map(|c| c.code.clone()).unwrap_or_default()
}

fn found(q: &str, code: &str) -> bool {
    let industry = Industry::embedded();
    let hits = industry.search(q, 12);
    hits.iter().any(|c| c.code == code)
}

/// A user test's investor typed each of these and was told it was no code.
#[test]
fn an_investors_words_find_their_classes() {
    for (q, code) in [
        ("medical devices", "C3581"),
        ("medical device", "C3581"),
        ("coatings", "C2641"),
        ("coating", "C2641"),
        ("battery pack", "C3841"),
        ("battery pack assembly", "C3841"),
        ("cold chain", "G5930"),
        // Two more user tests: battery materials and recycled aluminium.
        ("cathode", "C3985"),
        ("lithium iron phosphate", "C3985"),
        ("electrolyte", "C2669"),
        ("battery materials", "C3985"),
        ("additive", "C2661"),
        ("再生铝", "C3216"),
        ("正极材料", "C3985"),
        // Two user tests of 2026-12-05: a site consultant and park staff.
        ("auto parts", "C3670"),
        ("car parts", "C3670"),
        ("automotive parts", "C3670"),
        ("polysilicon", "C3985"),
        ("photoresist", "C3985"),
        ("semiconductor", "C3985"),
        ("electronic chemicals", "C3985"),
        ("wet chemicals", "C3985"),
        ("废旧锂电池回收", "C4210"),
        ("锂电池回收", "C4210"),
        ("电池回收", "C4210"),
        ("废旧电池", "C4210"),
        ("再生资源", "C4210"),
        ("医药中间体", "C2710"),
        // A re-test: a consultant's words for the trades the foreign list names.
        ("news agency", "R8610"),
        ("department store", "F5211"),
        ("herbal slices", "C2730"),
        ("hospital", "Q8411"),
        ("回收", "C4210"),
    ] {
        assert!(found(q, code), "{q}: no {code}");
    }
}

/// Of several everyday words, the longest match leads: a cold-chain
/// warehouse is cold storage before general warehousing.
#[test]
fn the_most_specific_words_lead() {
    assert_eq!(first("cold-chain logistics warehouse"), "G5930");
    assert_eq!(first("EV battery"), "C3841");
    assert_eq!(first("物流"), "G5920");
}

/// A query that is an everyday word leads with what it means; of words
/// that contain another, the longer's meaning leads (a user test followed
/// "solar glass" to PV equipment and never met the glass replacement rule;
/// staff typing "锂电池回收" were offered battery making; "化工" offered
/// chemical equipment first).
#[test]
fn an_everyday_word_leads_over_names_and_shorter_words() {
    assert_eq!(first("化工"), "C26");
    assert_eq!(first("solar glass"), "C3041");
    assert_eq!(first("photovoltaic glass"), "C3041");
    assert_eq!(first("光伏玻璃"), "C3041");
    assert_eq!(first("锂电池回收"), "C4210");
    assert_eq!(first("auto parts"), "C3670");
    // A code typed is still itself first.
    assert_eq!(first("C3041"), "C3041");
}
