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
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IndustryClass {
    /// With the section letter: `C2614`.
    pub code: String,
    pub name_zh: String,
    pub level: Level,
}

pub struct Industry {
    /// Sorted by code (the source file is in pre-order, which is code order).
    classes: Vec<IndustryClass>,
}

impl Industry {
    pub fn embedded() -> Industry {
        Industry::from_tsv(include_str!(concat!(env!("OUT_DIR"), "/industry.tsv")))
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
        let s = raw.trim().to_ascii_uppercase();
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

    /// Codes whose code starts with the query or whose name contains it.
    pub fn search(&self, query: &str, limit: usize) -> Vec<&IndustryClass> {
        let q = query.trim();
        if q.is_empty() {
            return Vec::new();
        }
        let upper = q.to_ascii_uppercase();
        let by_code =
            |c: &&IndustryClass| c.code.starts_with(&upper) || c.code[1..].starts_with(&upper);
        let mut hits: Vec<&IndustryClass> = self.classes.iter().filter(by_code).collect();
        hits.extend(
            self.classes
                .iter()
                .filter(|c| !by_code(c) && c.name_zh.contains(q)),
        );
        hits.truncate(limit);
        hits
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

/// Unofficial English names of sections and divisions (data/industry/names_en.tsv).
const NAMES_EN: &str = include_str!("../../../data/industry/names_en.tsv");

/// The English name for a code: its own if it is a section or division, else
/// its division's, with the code that name belongs to. Unofficial: no English
/// edition of GB/T 4754 exists.
pub fn english(code: &str) -> Option<(&'static str, &'static str)> {
    let code = code.trim();
    let division = code.get(..3.min(code.len()))?;
    [code, division, code.get(..1)?]
        .into_iter()
        .find_map(|want| {
            NAMES_EN
                .lines()
                .filter(|l| !l.starts_with('#'))
                .filter_map(|l| l.split_once('\t'))
                .find(|(c, _)| *c == want)
        })
}

#[cfg(test)]
mod english_tests {
    use super::*;

    #[test]
    fn every_section_and_division_has_an_english_name() {
        let industry = Industry::embedded();
        for c in industry
            .classes
            .iter()
            .filter(|c| matches!(c.level, Level::Section | Level::Division))
        {
            assert_eq!(
                english(&c.code).map(|e| e.0),
                Some(c.code.as_str()),
                "{}",
                c.code
            );
        }
        // A class shows its division's name, and says whose.
        assert_eq!(
            english("C2614"),
            Some((
                "C26",
                "Manufacture of chemical raw materials and chemical products"
            ))
        );
        assert_eq!(english("Z99"), None);
    }
}
