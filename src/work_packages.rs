//! The user's own incentive packages a work file carries (`WorkDoc::packages`):
//! what opening the file adds, keeps and says. Uses the work document and the
//! engine's package check only.

use crate::work::WorkDoc;
use jiujiang_engine::data_types::Package;
use jiujiang_engine::Text;

/// What a file's own packages do to the user's: those to add (new here),
/// and a sentence for the notice naming them, the ones kept as they are
/// here although the file's differ, and the ones named but not carried (a
/// file from before files carried them) or unreadable.
pub fn packages_from_file(doc: &WorkDoc, mine: &[Package]) -> (Vec<Package>, Option<Text>) {
    use crate::i18n as said;
    let name = |p: &Package| p.name.clone();
    let (mut added, mut kept, mut missing) = (Vec::new(), Vec::new(), Vec::new());
    let mut to_save = Vec::new();
    for p in &doc.packages {
        if !jiujiang_engine::incentives::validate(p).is_empty() {
            missing.push(name(p));
            continue;
        }
        match mine.iter().find(|m| m.id == p.id) {
            None => {
                added.push(name(p));
                to_save.push(p.clone());
            }
            Some(m) if !same_package(m, p) => kept.push(name(p)),
            Some(_) => {}
        }
    }
    for n in &doc.own_packages {
        let carried = doc.packages.iter().any(|p| p.name == *n);
        if !carried && !mine.iter().any(|p| p.name == *n) {
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
        d.packages = vec![theirs.clone(), changed, broken];
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
        assert!(said.en.contains("was kept as it is, so the incentive estimate may differ from the sender's: Ours, edited"), "{}", said.en);
        assert!(
            said.en.contains("Broken") && said.en.contains("Old file's"),
            "{}",
            said.en
        );
        // The same packages again: nothing to add or say.
        let mut again = doc();
        again.packages = vec![theirs.clone()];
        again.own_packages = vec![theirs.name.clone(), ours.name.clone()];
        assert_eq!(
            packages_from_file(&again, &[ours, theirs]),
            (Vec::new(), None)
        );
    }
}
