//! The user's own incentive packages a work file carries (`WorkDoc::packages`):
//! what opening the file adds, keeps and says. Uses the work document and the
//! engine's package check only.

use crate::work::WorkDoc;
use jiujiang_engine::data_types::Package;
use jiujiang_engine::Text;

/// What a file's own packages do to the user's: those to add (new here),
/// and a sentence for the notice naming them, the ones kept as they are
/// here although the file's differ, and the ones named but not carried (a
/// file from before files carried them), unreadable, or holding the id of
/// a bundled package (which the Packages page refuses too).
pub fn packages_from_file(doc: &WorkDoc, mine: &[Package]) -> (Vec<Package>, Option<Text>) {
    use crate::i18n as said;
    let bundled = jiujiang_engine::Engine::embedded().map(|e| &e.data.packages[..]);
    let bundled = bundled.unwrap_or(&[]);
    let (mut added, mut kept, mut missing) = (Vec::new(), Vec::new(), Vec::new());
    let mut to_save = Vec::new();
    let mut carried: Vec<Text> = Vec::new();
    for value in &doc.packages {
        let read = serde_json::from_value::<Package>(value.clone()).ok();
        let Some(p) = read.filter(|p| {
            jiujiang_engine::incentives::validate(p).is_empty()
                && !bundled.iter().any(|b| b.id == p.id)
        }) else {
            // Named by the name it gives, if any.
            let name = (value.get("name").cloned())
                .and_then(|n| serde_json::from_value::<Text>(n).ok())
                .unwrap_or(Text {
                    zh: "（无法读取的优惠包）".into(),
                    en: "(a package that could not be read)".into(),
                });
            carried.push(name.clone());
            missing.push(name);
            continue;
        };
        carried.push(p.name.clone());
        match mine.iter().find(|m| m.id == p.id) {
            None => {
                added.push(p.name.clone());
                to_save.push(p);
            }
            // Named as the file names it and as it is listed here (a user
            // re-test could not find the sender's title on the page).
            Some(m) if !same_package(m, &p) => kept.push(Text {
                zh: format!("{}（本机为“{}”）", p.name.zh.trim(), m.name.zh.trim()),
                en: format!(
                    "{} (here: “{}”)",
                    if p.name.en.trim().is_empty() {
                        &p.name.zh
                    } else {
                        &p.name.en
                    }
                    .trim(),
                    if m.name.en.trim().is_empty() {
                        &m.name.zh
                    } else {
                        &m.name.en
                    }
                    .trim()
                ),
            }),
            Some(_) => {}
        }
    }
    for n in &doc.own_packages {
        if !carried.contains(n) && !mine.iter().any(|p| p.name == *n) {
            missing.push(n.clone());
        }
    }
    let mut out = Text::default();
    for (list, sentence) in [
        (&added, said::FILE_PACKAGES_ADDED),
        (&kept, said::FILE_PACKAGES_KEPT),
        (&missing, said::FILE_PACKAGES_MISSING),
    ] {
        if list.is_empty() {
            continue;
        }
        let names = |zh: bool| -> String {
            let v: Vec<&str> = (list.iter())
                .map(|t| {
                    if zh || t.en.trim().is_empty() {
                        t.zh.trim()
                    } else {
                        t.en.trim()
                    }
                })
                .collect();
            v.join(if zh { "、" } else { ", " })
        };
        out.zh
            .push_str(&sentence.zh.replace("{names}", &names(true)));
        out.en.push(' ');
        out.en
            .push_str(&sentence.en.replace("{names}", &names(false)));
    }
    (to_save, (!out.zh.is_empty()).then_some(out))
}

/// Two packages alike but for who entered them.
fn same_package(a: &Package, b: &Package) -> bool {
    let mut b = b.clone();
    b.entered_by_user = a.entered_by_user;
    *a == b
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc() -> WorkDoc {
        crate::work::from_json(
            r#"{"version": 1, "scenarios": [{"name": "A", "fields": {"industry_code": "C2614"}}]}"#,
        )
        .unwrap()
    }

    /// A file's packages: a new one is added; one whose id is already here
    /// with other content is kept as it is here, and said; one named but
    /// not carried (a file from before) or unreadable is said missing.
    #[test]
    fn a_file_s_own_packages_are_added_kept_or_said_missing() {
        let engine = jiujiang_engine::Engine::embedded().unwrap();
        let mut ours = engine.data.packages[0].clone();
        ours.id = "ours".into();
        ours.entered_by_user = true;
        let mut theirs = ours.clone();
        theirs.id = "theirs".into();
        theirs.name.en = "Their park".into();
        let mut changed = ours.clone();
        changed.name.en = "Ours, edited".into();
        let mut broken = ours.clone();
        broken.id = "broken".into();
        broken.name.en = "Broken".into();
        broken.items.clear();
        if let Some(item) = ours.items.first().cloned() {
            let mut bad = item;
            bad.legal_basis.clear();
            broken.items.push(bad);
        }
        let mut d = doc();
        d.packages = [theirs.clone(), changed, broken]
            .iter()
            .map(|p| serde_json::to_value(p).unwrap())
            .collect();
        // One this build cannot read at all: named, the rest still taken.
        d.packages.push(serde_json::json!({"id": "future", "name": {"zh": "新格式", "en": "New format"}, "colour": "red"}));
        d.own_packages = vec![Text {
            zh: "旧文件".into(),
            en: "Old file's".into(),
        }];
        let (add, said) = packages_from_file(&d, std::slice::from_ref(&ours));
        assert_eq!(add, vec![theirs.clone()]);
        let said = said.unwrap();
        assert!(
            said.en.contains("on the Packages page): Their park"),
            "{}",
            said.en
        );
        let kept = format!(
            "may differ from the sender's: Ours, edited (here: “{}”)",
            ours.name.en.trim()
        );
        assert!(said.en.contains(&kept), "{}", said.en);
        assert!(
            said.en.contains("Broken")
                && said.en.contains("Old file's")
                && said.en.contains("New format"),
            "{}",
            said.en
        );
        // The same packages again: nothing to add or say.
        let mut again = doc();
        again.packages = vec![serde_json::to_value(&theirs).unwrap()];
        again.own_packages = vec![theirs.name.clone(), ours.name.clone()];
        assert_eq!(
            packages_from_file(&again, &[ours, theirs]),
            (Vec::new(), None)
        );
    }
}
