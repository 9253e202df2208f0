//! GB/T 4754-2017 industry classification (20 门类, 97 大类, 473 中类, 1381 小类),
//! embedded from data/industry/gbt4754_2017.json.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Level {
    Section,
    Division,
    Group,
    Class,
}

impl Level {
    fn of(code: &str) -> Level {
        match code.len() {
            1 => Level::Section,
            3 => Level::Division,
            4 => Level::Group,
            _ => Level::Class,
        }
    }

    pub fn zh(self) -> &'static str {
        match self {
            Level::Section => "门类",
            Level::Division => "大类",
            Level::Group => "中类",
            Level::Class => "小类",
        }
    }

    pub fn en(self) -> &'static str {
        match self {
            Level::Section => "section",
            Level::Division => "division",
            Level::Group => "group",
            Level::Class => "class",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IndustryClass {
    /// With the section letter: `C2614`.
    pub code: String,
    pub name_zh: String,
    pub level: Level,
}

impl IndustryClass {
    /// Unofficial English name (data/industry/names_en.tsv), if this class
    /// has one of its own and the names are there (see
    /// [`Industry::install_english`]); [`Industry::english`] gives the
    /// inherited one.
    pub fn name_en(&self) -> Option<&'static str> {
        let names = english_names()?;
        let at = names
            .binary_search_by(|(code, _)| (*code).cmp(&self.code))
            .ok()?;
        Some(names[at].1)
    }
}

pub struct Industry {
    /// Sorted by code (the source file is in pre-order, which is code order).
    classes: Vec<IndustryClass>,
}

impl Industry {
    pub fn embedded() -> Industry {
        Industry::from_tsv(include_str!(concat!(env!("OUT_DIR"), "/industry.tsv")))
    }

    /// The embedded table, read once when first needed: the rules ask it
    /// which classes a broad code holds (rarely: most codes are classes).
    pub fn shared() -> &'static Industry {
        static SHARED: std::sync::OnceLock<Industry> = std::sync::OnceLock::new();
        SHARED.get_or_init(Industry::embedded)
    }

    fn from_tsv(tsv: &str) -> Industry {
        let mut classes: Vec<IndustryClass> = tsv
            .lines()
            .filter_map(|l| l.split_once('\t'))
            .map(|(code, name)| IndustryClass {
                code: code.to_string(),
                name_zh: name.to_string(),
                level: Level::of(code),
            })
            .collect();
        classes.sort_by(|a, b| a.code.cmp(&b.code));
        Industry { classes }
    }

    /// Installs the English names fetched after start (the browser app builds
    /// without `bundled-names-en`, so a Chinese reader's first visit does not
    /// carry them). Refused, changing nothing, when names are there already
    /// or the text is not the table (see [`Industry::check_english`]).
    pub fn install_english(&self, tsv: String) -> Result<(), String> {
        if english_source().is_some() {
            return Err("the English names are there already".into());
        }
        self.check_english(&tsv)?;
        INSTALLED_EN
            .set(tsv)
            .map_err(|_| "the English names are there already".to_string())
    }

    /// Whether `tsv` is a table of English names: rows of a GB/T 4754 code, a
    /// tab and a name, each code once, at least one row; `#` starts a comment.
    pub fn check_english(&self, tsv: &str) -> Result<(), String> {
        let mut seen = std::collections::BTreeSet::new();
        for line in english_lines(tsv) {
            let Some((code, name)) = line.split_once('\t') else {
                return Err(format!("a row without a tab: {line:?}"));
            };
            if self.get(code).is_none() || name.trim().is_empty() || !seen.insert(code) {
                return Err(format!("not a GB/T 4754 code with one name: {code:?}"));
            }
        }
        if seen.is_empty() {
            return Err("no names".into());
        }
        Ok(())
    }

    /// The 4-digit classes under `prefix` (itself, if it is one), in code
    /// order: a broad code's possible classes.
    pub fn classes_under<'s>(&'s self, prefix: &'s str) -> impl Iterator<Item = &'s IndustryClass> {
        let start = self.classes.partition_point(|c| c.code.as_str() < prefix);
        self.classes[start..]
            .iter()
            .take_while(move |c| c.code.starts_with(prefix))
            .filter(|c| c.level == Level::Class)
    }

    pub fn count(&self, level: Level) -> usize {
        self.classes.iter().filter(|c| c.level == level).count()
    }

    pub fn get(&self, code: &str) -> Option<&IndustryClass> {
        self.classes
            .binary_search_by(|c| c.code.as_str().cmp(code))
            .ok()
            .map(|i| &self.classes[i])
    }

    /// The code as stored (`C2614`), from user text that may lack the section
    /// letter (`2614`) or be in lower case. `None` if it is no GB/T 4754 code.
    pub fn canonical(&self, raw: &str) -> Option<String> {
        // Spaces inside are how codes get copied ("C 2614", "C26 14").
        let s: String = (raw.chars())
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_ascii_uppercase();
        if s.is_empty() || !s.is_ascii() {
            return None;
        }
        if s.as_bytes()[0].is_ascii_digit() {
            // Official codes are digits only; the 大类 number fixes the section.
            return self
                .classes
                .iter()
                .find(|c| c.level != Level::Section && c.code[1..] == s)
                .map(|c| c.code.clone());
        }
        self.get(&s).map(|c| c.code.clone())
    }

    /// The code the field reads from what was typed: a code
    /// ([`Self::canonical`]), else a Chinese name of one class
    /// ([`Self::by_chinese_name`]). The parser and the form's echo share it.
    pub fn resolve(&self, raw: &str) -> Option<String> {
        (self.canonical(raw)).or_else(|| self.by_chinese_name(raw).map(|c| c.code.clone()))
    }

    /// The one class a Chinese name names: the class of that exact name, or
    /// the only one whose name contains the words ("有机化学" is C2614, the
    /// field's own help suggesting names be typed: a user test saw it
    /// refused). The form echoes the class found. `None` when several match.
    pub fn by_chinese_name(&self, query: &str) -> Option<&IndustryClass> {
        let q = query.trim();
        if q.chars().count() < 2 || q.is_ascii() {
            return None;
        }
        if let Some(c) = self.classes.iter().find(|c| c.name_zh == q) {
            return Some(c);
        }
        let mut hits = self.classes.iter().filter(|c| c.name_zh.contains(q));
        let hit = match (hits.next(), hits.next()) {
            (Some(c), None) => c,
            _ => return None,
        };
        // An everyday word means its own classes, not the one name that
        // happens to contain it: "炼油" is a refinery, not C3521's makers
        // of refining equipment (a review saw a refinery screened as them);
        // "平板玻璃" still names C3041, one of its own (a code review).
        let means = everyday_exact(q);
        let its_own = |c: &IndustryClass| means.iter().any(|m| c.code.starts_with(m));
        (means.is_empty() || its_own(hit)).then_some(hit)
    }

    /// Classes whose code starts with the query, then those whose Chinese name
    /// contains it, then those whose English name has every word of the query
    /// as the start of one of its words ("fibers synth" finds "Manufacture of
    /// synthetic fibres"), each in code order. Words are compared after
    /// [`english_stems`], so plurals and American spellings find the names.
    pub fn search(&self, query: &str, limit: usize) -> Vec<&IndustryClass> {
        let q = query.trim();
        if q.is_empty() {
            return Vec::new();
        }
        let upper = q.to_ascii_uppercase();
        let by_code =
            |c: &IndustryClass| c.code.starts_with(&upper) || c.code[1..].starts_with(&upper);
        let by_zh = |c: &IndustryClass| c.name_zh.contains(q);
        let words = english_stems(q);
        let by_en = |c: &IndustryClass| {
            let Some(name) = c.name_en() else {
                return false;
            };
            let name_words = english_stems(name);
            !words.is_empty()
                && words
                    .iter()
                    .all(|w| name_words.iter().any(|n| n.starts_with(w.as_str())))
        };
        // A query that is an everyday word itself leads with what it means:
        // "化工" is the chemical industry before the makers of its equipment
        // (a user test was offered C3521 first).
        let exact = everyday_exact(q);
        let led = |c: &IndustryClass| exact.contains(&c.code.as_str());
        let mut hits: Vec<&IndustryClass> = (exact.iter()).filter_map(|c| self.get(c)).collect();
        hits.extend((self.classes.iter()).filter(|c| !led(c) && by_code(c)));
        hits.extend(
            self.classes
                .iter()
                .filter(|c| !led(c) && !by_code(c) && by_zh(c)),
        );
        hits.extend(
            self.classes
                .iter()
                .filter(|c| !led(c) && !by_code(c) && !by_zh(c) && by_en(c)),
        );
        // Everyday words last ("物流" is in no name of the standard).
        for code in everyday_codes(q) {
            if let Some(c) = self.get(code) {
                if !hits.iter().any(|h| h.code == c.code) {
                    hits.push(c);
                }
            }
        }
        hits.truncate(limit);
        hits
    }

    /// The English name nearest to a code: its own, else its group's, its
    /// division's or its section's, with the class the name belongs to.
    /// Unofficial: no English edition of GB/T 4754 exists.
    pub fn english(&self, code: &str) -> Option<(&IndustryClass, &'static str)> {
        let mut path = self.path(code.trim());
        path.reverse();
        path.into_iter().find_map(|c| c.name_en().map(|n| (c, n)))
    }

    /// The chain of names from the section down, for display: "制造业 › 化学原料… › …".
    pub fn path(&self, code: &str) -> Vec<&IndustryClass> {
        [1usize, 3, 4, 5]
            .iter()
            .filter(|&&n| n <= code.len())
            .filter_map(|&n| self.get(&code[..n]))
            .collect()
    }
}

/// Everyday words for industries (data/industry/everyday.tsv), with the
/// classes each usually means.
const EVERYDAY: &str = include_str!("../../../../data/industry/everyday.tsv");

/// The rows of the everyday words: the words, and the codes they mean.
pub fn everyday_rows() -> impl Iterator<Item = (Vec<&'static str>, Vec<&'static str>)> {
    english_lines(EVERYDAY)
        .filter_map(|l| l.split_once('\t'))
        .map(|(words, codes)| {
            (
                words.split('|').collect(),
                codes.trim().split(',').collect(),
            )
        })
}

/// The classes of the everyday rows that hold `query` itself as a word
/// (compared without case).
fn everyday_exact(query: &str) -> Vec<&'static str> {
    let q = query.trim().to_lowercase();
    (everyday_rows())
        .filter(|(words, _)| words.iter().any(|w| w.to_lowercase() == q))
        .flat_map(|(_, codes)| codes)
        .collect()
}

/// The classes the everyday words in `query` mean: a word matches when the
/// query contains it, or is part of it being typed (two letters or more,
/// ending inside a word), compared without case.
fn everyday_codes(query: &str) -> Vec<&'static str> {
    let q = query.trim().to_lowercase();
    // The rows the query matches, the most specific match first: "cold-chain
    // logistics warehouse" means cold storage before warehousing (a user
    // test was steered to general warehousing).
    let mut rows: Vec<(usize, Vec<&'static str>)> = Vec::new();
    for (words, codes) in everyday_rows() {
        let matches = |w: &&str| {
            let w = w.to_lowercase();
            // A word being typed ("logis"), not a whole one that only starts
            // the term ("lithium" is not "lithium battery").
            let typing = q.chars().count() >= 2
                && w.starts_with(&q)
                && w[q.len()..]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphanumeric);
            typing || contains_word(&q, &w)
        };
        if let Some(longest) = (words.iter())
            .filter(|w| matches(w))
            .map(|w| w.chars().count())
            .max()
        {
            rows.push((longest, codes));
        }
    }
    rows.sort_by_key(|(longest, _)| std::cmp::Reverse(*longest));
    let mut out = Vec::new();
    for c in rows.into_iter().flat_map(|(_, codes)| codes) {
        if !out.contains(&c) {
            out.push(c);
        }
    }
    out
}

/// Whether `text` holds `word`: anywhere for Chinese, as whole words for
/// English, compared as the class search compares them ([`english_stems`]:
/// "data centers" holds "data centre"; "ev" is not found in "levels").
fn contains_word(text: &str, word: &str) -> bool {
    if !word.is_ascii() {
        return text.contains(word);
    }
    let words = english_stems(word);
    let have = english_stems(text);
    !words.is_empty() && have.windows(words.len()).any(|w| w == words.as_slice())
}

/// Unofficial English names (data/industry/names_en.tsv): sections, divisions
/// and groups. Compiled in with `bundled-names-en` (the CLI, the benches, the
/// tests); the browser app fetches the same file when the reader chooses
/// English and installs it with [`Industry::install_english`].
#[cfg(feature = "bundled-names-en")]
const BUNDLED_EN: Option<&str> = Some(include_str!("../../../../data/industry/names_en.tsv"));
#[cfg(not(feature = "bundled-names-en"))]
const BUNDLED_EN: Option<&str> = None;

static INSTALLED_EN: std::sync::OnceLock<String> = std::sync::OnceLock::new();

fn english_source() -> Option<&'static str> {
    BUNDLED_EN.or_else(|| INSTALLED_EN.get().map(String::as_str))
}

/// Whether the English names are there (bundled, or installed).
pub fn english_names_ready() -> bool {
    english_source().is_some()
}

/// The English names by code, sorted for a binary search, once there are any.
fn english_names() -> Option<&'static [(&'static str, &'static str)]> {
    static NAMES: std::sync::OnceLock<Vec<(&str, &str)>> = std::sync::OnceLock::new();
    let text = english_source()?;
    Some(NAMES.get_or_init(|| {
        let mut names: Vec<_> = english_rows(text).collect();
        names.sort_unstable();
        names
    }))
}

/// Lower-case words of English text with US spellings mapped to the British
/// ones the names use and a plural or final -y/-e dropped, so that "battery",
/// "Batteries" and "fiber" meet "batteries" and "fibres".
fn english_stems(text: &str) -> Vec<String> {
    text.split(|ch: char| !ch.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut w = w.to_lowercase().replace("iz", "is");
            for (us, gb) in [
                ("fiber", "fibre"),
                ("center", "centre"),
                ("color", "colour"),
            ] {
                if w.starts_with(us) {
                    w = w.replacen(us, gb, 1);
                }
            }
            for suffix in ["ies", "es", "s"] {
                if w.len() > suffix.len() + 2 && w.ends_with(suffix) {
                    w.truncate(w.len() - suffix.len());
                    break;
                }
            }
            if w.len() > 3 && (w.ends_with('y') || w.ends_with('e')) {
                w.pop();
            }
            w
        })
        .collect()
}

/// The rows of a table (the English names, the everyday words): its lines
/// but comments (`#`) and blank ones.
fn english_lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
}

/// Code and name of each row ([`Industry::check_english`] refuses a row
/// without a tab before a table is installed).
fn english_rows(text: &str) -> impl Iterator<Item = (&str, &str)> {
    english_lines(text).filter_map(|l| l.split_once('\t'))
}

#[cfg(test)]
mod english_tests {
    use super::*;

    #[test]
    fn every_section_division_and_group_has_an_english_name_and_no_stray_rows() {
        let industry = Industry::embedded();
        for c in industry.classes.iter().filter(|c| c.level != Level::Class) {
            let name = c
                .name_en()
                .unwrap_or_else(|| panic!("{} has no English name", c.code));
            assert!(
                name.is_ascii() && name.len() > 3 && !name.ends_with(' '),
                "{}: {name:?}",
                c.code
            );
        }
        // Every row names a real class, once.
        let mut seen = std::collections::BTreeSet::new();
        for (code, _) in english_rows(english_source().unwrap()) {
            assert!(industry.get(code).is_some(), "{code} is no GB/T 4754 code");
            assert!(seen.insert(code), "{code} twice");
        }
        // Every section, division and group, and the classes translated so far
        // (only classes: a group's rows are all above).
        let classes = seen.iter().filter(|c| c.len() == 5).count();
        assert_eq!(seen.len(), 20 + 97 + 473 + classes);
        assert!(classes >= 60, "{classes}");
    }

    /// The browser's path: built without the names, which are installed once
    /// fetched. Run by scripts/test.sh with `--no-default-features
    /// --features bundled-layers` (alone: the names are global).
    #[cfg(not(feature = "bundled-names-en"))]
    #[test]
    fn names_fetched_later_are_installed_once_and_then_found() {
        let industry = Industry::embedded();
        assert!(!english_names_ready());
        assert_eq!(industry.get("C26").unwrap().name_en(), None);
        assert!(industry.english("C2614").is_none());
        assert!(industry.install_english("C26 no tab\n".into()).is_err());
        assert!(!english_names_ready(), "a refused file changes nothing");
        let text = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../data/industry/names_en.tsv"
        ))
        .unwrap();
        assert_eq!(industry.install_english(text.clone()), Ok(()));
        assert!(english_names_ready());
        let (of, name) = industry.english("C2614").unwrap();
        assert_eq!(
            (of.code.as_str(), name),
            ("C2614", "Manufacture of organic chemical raw materials")
        );
        assert_eq!(industry.search("batteries", 5)[0].code, "C384");
        assert!(industry.install_english(text).is_err(), "installed once");
    }

    #[test]
    fn a_names_file_is_checked_before_it_is_installed() {
        let industry = Industry::embedded();
        assert_eq!(industry.check_english(english_source().unwrap()), Ok(()));
        for bad in [
            "",
            "# only a comment\n",
            "C26 Manufacture of chemicals\n",
            "C26\tChemicals\nZ99\tNothing\n",
            "C26\tChemicals\nC26\tChemicals again\n",
            "C26\t \n",
        ] {
            assert!(industry.check_english(bad).is_err(), "{bad:?}");
        }
        // Bundled in this build, so a second table is refused.
        assert!(industry.install_english("C26\tChemicals\n".into()).is_err());
        assert_eq!(
            industry.get("C26").unwrap().name_en(),
            Some("Manufacture of chemical raw materials and chemical products")
        );
    }

    #[test]
    fn a_class_shows_its_groups_name_and_says_whose() {
        let industry = Industry::embedded();
        // A class not translated (grain wholesale) shows its group's name.
        let (of, name) = industry.english("F5111").unwrap();
        assert_eq!(of.code, "F511");
        assert_eq!(name, industry.get("F511").unwrap().name_en().unwrap());
        // One translated shows its own.
        assert_eq!(industry.english("C2614").unwrap().0.code, "C2614");
        assert_eq!(industry.english("C26").unwrap().0.code, "C26");
        assert!(industry.english("Z99").is_none());
    }

    #[test]
    fn english_search_matches_word_starts_in_any_order() {
        let industry = Industry::embedded();
        let codes = |q: &str| -> Vec<String> {
            industry
                .search(q, 50)
                .iter()
                .map(|c| c.code.clone())
                .collect()
        };
        for q in ["batteries", "Battery", "batt"] {
            assert!(
                codes(q).contains(&"C384".to_string()),
                "{q}: {:?}",
                codes(q)
            );
        }
        assert!(codes("batteryx").is_empty());
        assert!(codes("fertilizer").contains(&"C262".to_string()));
        let fibres = codes("fibers synth");
        assert!(fibres.contains(&"C282".to_string()), "{fibres:?}");
        assert!(!fibres.contains(&"C281".to_string()), "{fibres:?}");
        // A code query still ranks code matches first.
        assert_eq!(codes("C384")[0], "C384");
        // Chinese search is unchanged.
        assert_eq!(codes("有机化学")[0], "C2614");
    }

    /// An everyday word inside one class's name is not read as that class:
    /// "炼油" is not C3521, refining equipment (a review saw a refinery
    /// screened as it); the parser offers the search's classes instead.
    #[test]
    fn an_everyday_word_is_not_the_one_name_that_contains_it() {
        let industry = Industry::embedded();
        assert_eq!(industry.resolve("炼油"), None);
        // A word whose one containing name is among its own classes still
        // resolves to it.
        assert_eq!(industry.resolve("平板玻璃").as_deref(), Some("C3041"));
        assert_eq!(industry.search("炼油", 3)[0].code, "C2511");
        assert_eq!(industry.resolve("有机化学").as_deref(), Some("C2614"));
        // A coke plant is found by the words staff and investors use (a user
        // test found nothing for "焦化" or "coke").
        for q in ["焦化", "coke", "coking"] {
            assert_eq!(industry.search(q, 3)[0].code, "C2521", "{q}");
        }
    }
}
