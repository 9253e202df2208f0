//! The rule base as the engine sees it: every rule with its ID, titles,
//! citations, evidence grade, dates, parameters and open questions. Generated
//! from the same data the engine evaluates, so staff see what the tool believes.

use crate::i18n::{self, Lang};
use jiujiang_engine::screen::param_in_force;
use jiujiang_engine::{text::labels, Date, Engine, Rule, Status};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RulesProps {
    pub lang: Lang,
    pub as_of: Date,
}

fn matches(rule: &Rule, query: &str) -> bool {
    if query.is_empty() {
        return true;
    }
    spellings(query).iter().any(|q| matches_one(rule, q))
}

/// The rules a query finds: as a phrase, else, where it finds none and has
/// several words, those with every word ("岸线 化工", "HEHE 02": a user
/// test found nothing for either).
fn found<'r>(rules: &'r [Rule], query: &str) -> Vec<&'r Rule> {
    let phrase: Vec<&Rule> = rules.iter().filter(|r| matches(r, query)).collect();
    let words: Vec<&str> = query.split_whitespace().collect();
    if !phrase.is_empty() || words.len() < 2 {
        return phrase;
    }
    (rules.iter())
        .filter(|r| words.iter().all(|w| matches(r, w)))
        .collect()
}

/// The query as the rules may write it: a one-digit distance in 公里 also
/// in Chinese numerals ("1公里", "1 公里" as 一公里, the 1 km rule's own
/// words), and "1km" also as "1 km". Any dash is the hyphen of a rule id:
/// the headline prints ids with a non-breaking one (U+2011), and an id
/// copied from it found nothing (a code review).
fn spellings(query: &str) -> Vec<String> {
    const NUMERALS: [&str; 10] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    const DASHES: [char; 8] = [
        '\u{2010}', '\u{2011}', '\u{2012}', '\u{2013}', '\u{2014}', '\u{2212}', '\u{FF0D}',
        '\u{FE63}',
    ];
    let raw = query;
    let query = &query.replace(DASHES, "-");
    let squeezed = query.replace(" 公里", "公里");
    let chars: Vec<char> = squeezed.chars().collect();
    let mut chinese = String::new();
    let mut spaced = String::new();
    for (i, &c) in chars.iter().enumerate() {
        let alone = i == 0 || !chars[i - 1].is_ascii_digit();
        let digit = c.to_digit(10).filter(|_| alone);
        match (digit, chars.get(i + 1), chars.get(i + 2)) {
            (Some(d), Some('公'), _) => chinese.push_str(NUMERALS[d as usize]),
            _ => chinese.push(c),
        }
        spaced.push(c);
        if c.is_ascii_digit()
            && matches!(
                (chars.get(i + 1), chars.get(i + 2)),
                (Some('k' | 'K'), Some('m' | 'M'))
            )
        {
            spaced.push(' ');
        }
    }
    // An id typed without its hyphen ("HEHE 02", "hehe02"): as written.
    let trimmed = query.trim();
    let digits_at = trimmed.find(|c: char| c.is_ascii_digit()).unwrap_or(0);
    let (letters, digits) = trimmed.split_at(digits_at);
    let letters = letters.trim_end();
    let id = (!letters.is_empty()
        && letters.chars().all(|c| c.is_ascii_alphabetic() || c == '-')
        && !letters.ends_with('-')
        && digits.chars().all(|c| c.is_ascii_digit()))
    .then(|| format!("{letters}-{digits}"));
    // The query as typed too: the rules' own dashes ("2018—2020年").
    let mut out = vec![raw.to_string()];
    for s in [query.to_string(), chinese, spaced].into_iter().chain(id) {
        if !out.contains(&s) {
            out.push(s);
        }
    }
    out
}

/// Whether `hay` has `word` at the start of a word: "cement" is not in
/// "replacement" (a user test found six rules for it, four of them
/// replacement rules, against one for 水泥). Chinese has no word breaks,
/// so a query starting with a CJK character matches anywhere.
fn has_word(hay: &str, word: &str) -> bool {
    let hay = hay.to_lowercase();
    hay.match_indices(word).any(|(i, _)| {
        !word.starts_with(|c: char| c.is_ascii_alphanumeric())
            || !hay[..i].ends_with(|c: char| c.is_ascii_alphanumeric())
    })
}

fn matches_one(rule: &Rule, query: &str) -> bool {
    let q = query.to_lowercase();
    [&rule.id, &rule.title.zh, &rule.title.en]
        .iter()
        .any(|s| has_word(s, &q))
        // What the rule says, in both languages (the titles alone missed
        // rules whose texts name the word).
        || said(rule).any(|t| t.zh.contains(query) || has_word(&t.en, &q))
        || rule.citations.iter().any(|c| {
            c.document.contains(query)
                || c.number.as_deref().is_some_and(|n| n.contains(query))
                || (Engine::embedded().ok())
                    .and_then(|e| {
                        jiujiang_engine::text::documents::english_title(&e.data, &c.document)
                    })
                    .is_some_and(|en| has_word(en, &q))
        })
}

/// The texts a rule can say: why it does not apply, and each branch's
/// explanation, hint and caveat.
fn said(rule: &Rule) -> impl Iterator<Item = &jiujiang_engine::Text> {
    let o = &rule.otherwise;
    let cases = rule.cases.iter().flat_map(|c| {
        std::iter::once(&c.explain)
            .chain(c.hint.as_ref())
            .chain(c.caveat.as_ref())
    });
    std::iter::once(&rule.not_applicable)
        .chain(rule.not_applicable_parts.iter())
        .chain(cases)
        .chain(std::iter::once(&o.explain))
        .chain(o.hint.as_ref())
        .chain(o.caveat.as_ref())
}

#[function_component(RulesPage)]
pub fn rules_page(props: &RulesProps) -> Html {
    let lang = props.lang;
    let query = use_state(String::new);
    let status = use_state(String::new);
    let compiled = Engine::embedded().map_or(&[][..], |e| e.data.changelog.as_slice());
    let releases = super::changelog::use_changelog(compiled);
    let Ok(engine) = Engine::embedded() else {
        return html! {};
    };
    let on_query = {
        let query = query.clone();
        Callback::from(move |e: InputEvent| {
            query.set(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let on_status = {
        let status = status.clone();
        Callback::from(move |e: Event| {
            status.set(e.target_unchecked_into::<HtmlSelectElement>().value())
        })
    };
    // An industry code with its section letter (C2614; digits alone are
    // years and document numbers as often) searches for the rules that can
    // concern it (the engine decides which the code alone rules out).
    let q = query.trim();
    let coded = q.len() >= 3
        && q.as_bytes()[0].is_ascii_alphabetic()
        && q.bytes().skip(1).all(|b| b.is_ascii_digit());
    // Else, where the words find no rule, a code without its letter
    // ("2614") or a class's Chinese name ("有机化学"), as the form takes them
    // (a user test found nothing for "2614").
    let searched = (!coded).then(|| found(&engine.data.rules, q));
    let industry_code = match &searched {
        Some(hits) if !hits.is_empty() => None,
        Some(_) => jiujiang_engine::Industry::embedded().resolve(q),
        None => jiujiang_engine::Industry::embedded().canonical(q),
    };
    let for_industry =
        (industry_code.as_deref()).and_then(|code| engine.rules_for_industry(code, props.as_of));
    // Words shared by several classes ("电池", "battery") name no one class:
    // the classes are offered, each a click from its rules (a user test
    // found nothing for "电池").
    let classes: Vec<(String, String)> = match (&searched, &for_industry) {
        (Some(hits), None) if hits.is_empty() => {
            let industry = jiujiang_engine::Industry::embedded();
            (industry.search(q, 12).into_iter())
                .filter(|c| c.level == jiujiang_engine::project::industry::Level::Class)
                .take(8)
                .map(|c| {
                    let name = match (lang, industry.english(&c.code)) {
                        (Lang::En, Some((_, en))) => en.to_string(),
                        _ => c.name_zh.to_string(),
                    };
                    (c.code.clone(), name)
                })
                .collect()
        }
        _ => Vec::new(),
    };
    let industry_note = for_industry.as_ref().map(|ids| {
        let code = industry_code.clone().unwrap_or_default();
        let industry = jiujiang_engine::Industry::embedded();
        let name = match (lang, industry.english(&code)) {
            (Lang::En, Some((_, en))) => en.to_string(),
            _ => industry
                .get(&code)
                .map(|c| c.name_zh.to_string())
                .unwrap_or_default(),
        };
        lang.pick(i18n::RULES_FOR_INDUSTRY)
            .replace("{code}", &format!("{code} {name}"))
            .replace("{n}", &ids.len().to_string())
    });
    let by_query = match (&for_industry, searched) {
        (Some(ids), _) => (engine.data.rules.iter())
            .filter(|r| ids.contains(&r.id.as_str()))
            .collect(),
        (None, Some(hits)) => hits,
        (None, None) => found(&engine.data.rules, q),
    };
    let shown: Vec<&Rule> = (by_query.into_iter())
        .filter(|r| {
            status.is_empty() || labels::status_key(r.status_on(props.as_of)) == status.as_str()
        })
        .collect();
    // Rules not in force on the date, said beside the count (a user test
    // read 41 of 41 on the rule base where the screening said 16 were not).
    let not_in_force = (shown.iter())
        .filter(|r| !r.in_force_on(props.as_of))
        .count();
    let statuses = [Status::V1, Status::V2, Status::C, Status::U];
    html! {
        <section class="rules" aria-labelledby="rules-title">
            <h2 id="rules-title">{ lang.pick(i18n::TAB_RULES) }{ format!(" ({}/{})", shown.len(), engine.data.rules.len()) }</h2>
            if not_in_force > 0 {
                <p class="help" id="rules-not-in-force">{ lang.pick(i18n::RULES_NOT_IN_FORCE)
                    .replace("{n}", &not_in_force.to_string())
                    .replace("{date}", &lang.date(props.as_of)) }</p>
            }
            <div class="rules-filter">
                <label for="rule-search">{ lang.pick(i18n::SEARCH) }</label>
                <input id="rule-search" type="search" value={(*query).clone()} oninput={on_query} />
                <label for="rule-status">{ lang.pick(i18n::EVIDENCE) }</label>
                <select id="rule-status" onchange={on_status}>
                    <option value="" selected={status.is_empty()}>{ lang.pick(i18n::ALL) }</option>
                    { for statuses.iter().map(|s| html! {
                        <option value={labels::status_key(*s)} selected={status.as_str() == labels::status_key(*s)}>
                            { format!("[{}] {}", labels::status_key(*s), lang.pick(labels::status(*s))) }
                        </option>
                    }) }
                </select>
            </div>
            if let Some(note) = industry_note {
                <p class="help" id="rules-for-industry" role="status">{ note }</p>
            }
            <super::changelog::Changelog lang={lang} data_version={engine.data.data_version.as_str()} releases={releases} />
            // A search that finds nothing says so, and where incentive items
            // are explained (a user test searched INC-TAX-02 and saw a blank).
            if shown.is_empty() {
                <p class="help" id="rules-none" role="status">{ lang.pick(i18n::RULES_NONE_FOUND) }</p>
            }
            if !classes.is_empty() {
                <div class="class-picks" id="rules-classes">
                    <p class="help">{ lang.pick(i18n::RULES_CLASSES_MATCH).replace("{q}", q) }</p>
                    <ul>
                        { for classes.into_iter().map(|(code, name)| {
                            let pick = {
                                let (query, code) = (query.clone(), code.clone());
                                Callback::from(move |_: MouseEvent| query.set(code.clone()))
                            };
                            html! {
                                <li><button type="button" class="link" onclick={pick}>{ format!("{code} {name}") }</button></li>
                            }
                        }) }
                    </ul>
                </div>
            }
            <ul class="rule-list">
                { for shown.iter().map(|r| rule_card(r, engine, lang, props.as_of)) }
            </ul>
        </section>
    }
}

fn rule_card(r: &Rule, engine: &Engine, lang: Lang, as_of: Date) -> Html {
    let other = match lang {
        Lang::Zh => &r.title.en,
        Lang::En => &r.title.zh,
    };
    let in_force = r.in_force_on(as_of);
    // Graded as on the date: an edition not yet published does not vouch
    // for it (a user test saw [V1] on 2019-06-01 from the 2021 law).
    let grade = r.status_on(as_of);
    let params: Vec<_> = engine
        .data
        .params
        .iter()
        .filter(|p| p.id.starts_with(&format!("{}.", r.id)))
        .collect();
    html! {
        <li class="rule" id={format!("rule-{}", r.id)}>
            <header>
                <span class="rule-id">{ &r.id }</span>
                <span class={classes!("status", (grade < Status::V2).then_some("uncertain"))}>
                    { format!("[{}] {}", labels::status_key(grade), lang.pick(labels::status(grade))) }
                </span>
                <span class="dates">{ format!("{} {}{}", lang.pick(i18n::IN_FORCE_FROM), lang.date(r.effective_from),
                    r.effective_to.map(|d| format!(" – {}", lang.date(d))).unwrap_or_default()) }
                    { format!(" · {} {}", lang.pick(i18n::VERIFIED_ON), lang.date(r.last_verified)) }</span>
                if !in_force { <span class="badge not_applicable">{ lang.pick(i18n::NOT_IN_FORCE) }</span> }
            </header>
            <h3>{ lang.text(&r.title) }</h3>
            <p class="other-lang">{ other }</p>
            <ul class="citations">
                { for r.citations.iter().map(|c| html! {
                    <li>{ crate::components::screen::print::citation(c, lang) }
                        if c.from.is_some() || c.to.is_some() {
                            <span class={classes!("dates", (!c.in_force(as_of)).then_some("archived"))}>
                                { match (c.from, c.to) {
                                    (Some(f), None) => format!(" ({} {})", lang.pick(i18n::IN_FORCE_FROM), lang.date(f)),
                                    (f, t) => format!(" ({} {}{}{})", lang.pick(i18n::CITED_FROM),
                                        f.map(|d| lang.date(d)).unwrap_or_default(),
                                        t.map(|d| format!(" – {}", lang.date(d))).unwrap_or_default(),
                                        t.filter(|d| *d < as_of).map(|_| format!("; {}", lang.pick(i18n::ARCHIVED))).unwrap_or_default()),
                                } }
                            </span>
                        }
                        if let Some(url) = &c.url {
                            <span class="url">{ format!(" {url}") }</span>
                            <span class="source-site">{ format!(" ({})", lang.pick(jiujiang_engine::text::labels::source_site(url))) }</span>
                        }
                    </li>
                }) }
            </ul>
            if !params.is_empty() {
                <ul class="params">
                    { for params.iter().map(|p| {
                        // As a finding shows it: a yes/no reads yes or no, a share in % (the
                        // page read "(1 = in force) = 1 flag").
                        let shown = |v: f64| labels::threshold_shown(&p.title, v, &p.unit);
                        let title = shown(0.0).0;
                        let now = param_in_force(p, as_of).map(|v| lang.text(&shown(v.value).1).to_string());
                        let history: Vec<String> = p.values.iter().map(|v| format!("{}: {} [{}]", lang.date(v.from), lang.text(&shown(v.value).1), labels::status_key(v.status))).collect();
                        html! { <li>{ format!("{} = {} ({})", lang.text(&title), now.unwrap_or_else(|| "—".into()), history.join("; ")) }</li> }
                    }) }
                </ul>
            }
            if !r.open_questions.is_empty() {
                <ul class="questions">
                    { for r.open_questions.iter().map(|q| html! {
                        <li><strong>{ q }</strong>{ format!(" {}", engine.question(q).map(|t| lang.text(t)).unwrap_or_default()) }</li>
                    }) }
                </ul>
            }
        </li>
    }
}

#[cfg(test)]
mod tests {
    use super::spellings;

    #[test]
    fn a_distance_is_also_searched_as_the_rules_write_it() {
        assert!(spellings("1公里").contains(&"一公里".to_string()));
        assert!(spellings("岸线 1 公里").contains(&"岸线 一公里".to_string()));
        assert!(spellings("yangtze 1km").contains(&"yangtze 1 km".to_string()));
        // A longer number is not a one-digit distance.
        assert!(!spellings("15公里").iter().any(|s| s.contains('五')));
        assert_eq!(spellings("化工"), vec!["化工".to_string()]);
    }

    /// A word finds as many rules in either language: each rule saying
    /// "水泥" in Chinese says "cement" in English (a user test found 1 and 6).
    #[test]
    fn a_word_finds_the_rules_that_say_it_in_either_language() {
        let rules = &jiujiang_engine::Engine::embedded().unwrap().data.rules;
        let found = |q: &str| -> Vec<&str> {
            (rules.iter())
                .filter(|r| super::matches(r, q))
                .map(|r| r.id.as_str())
                .collect()
        };
        let (zh, en) = (found("水泥"), found("cement"));
        assert!(zh.contains(&"CAP-02") && zh.contains(&"YRB-13"), "{zh:?}");
        assert_eq!(zh, en);
        // "cement" is no part of "replacement".
        assert!(!en.contains(&"CAP-01"), "{en:?}");
        // Ids and words still match from their start.
        assert_eq!(found("cap-02"), ["CAP-02"]);
        // As the headline prints it, with a non-breaking hyphen, or typed
        // with a full-width one.
        assert_eq!(found("HEHE\u{2011}02"), ["HEHE-02"]);
        assert_eq!(found("CAP－02"), ["CAP-02"]);
        // Several words, found nowhere as a phrase: each word.
        let words = |q: &str| -> Vec<&str> {
            super::found(rules, q)
                .iter()
                .map(|r| r.id.as_str())
                .collect()
        };
        assert_eq!(words("HEHE 02"), ["HEHE-02"]);
        assert_eq!(words("hehe02"), ["HEHE-02"]);
        assert!(
            words("岸线 化工").contains(&"YRB-01"),
            "{:?}",
            words("岸线 化工")
        );
        // A phrase that is found is not widened to its words.
        assert_eq!(words("1 公里"), found("1 公里"));
        // A dash the rules write themselves still finds them.
        assert!(
            found("2018—2020").contains(&"YRB-01"),
            "{:?}",
            found("2018—2020")
        );
        assert!(found("replace").contains(&"CAP-01"));
        // A figure beside Chinese text is found (Chinese has no word breaks).
        assert!(found("3公里").contains(&"YRB-02"), "{:?}", found("3公里"));
        assert!(found("5000").contains(&"HEHE-01"), "{:?}", found("5000"));
    }
}
