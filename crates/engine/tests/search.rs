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
