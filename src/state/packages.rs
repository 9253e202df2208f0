//! The user's incentive packages in the state: saving, deleting and
//! putting back, and an edited copy standing in for a bundled package.

use super::AppState;
use jiujiang_engine::data_types::Package;
use std::collections::BTreeSet;
use std::rc::Rc;

/// What a bundled package's copy, made to edit it, is called: the
/// original's id and this, numbered from the second ("-copy-2"), so a
/// second copy does not overwrite the first.
pub const COPY_SUFFIX: &str = "-copy";

/// An id for a new copy of `original` that none of `mine` has.
pub fn copy_id(original: &str, mine: &[Package]) -> String {
    let taken = |id: &str| mine.iter().any(|p| p.id == id);
    let first = format!("{original}{COPY_SUFFIX}");
    if !taken(&first) {
        return first;
    }
    (2..)
        .map(|n| format!("{first}-{n}"))
        .find(|id| !taken(id))
        .unwrap_or(first)
}

/// How a copy's name numbers it, from its id: "" for the first, " 2" for
/// "-copy-2".
pub fn copy_number(id: &str) -> String {
    let n = id.rsplit_once(&format!("{COPY_SUFFIX}-")).map(|(_, n)| n);
    match n.filter(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit())) {
        Some(n) => format!(" {n}"),
        None => String::new(),
    }
}

impl AppState {
    /// Saved, and applied to the open scenario (the others keep their
    /// own); a copy stands in there for the package it edits (a user test:
    /// both counted).
    pub(super) fn save_package(&mut self, p: Package) {
        self.put(p.clone());
        let on = &mut self.scenarios[self.current].packages_on;
        stand_in(on, &p, &self.user_packages);
    }

    /// Into the user's list, marked as theirs, in place of one of the same
    /// id (returned) or at the end.
    fn put(&mut self, mut p: Package) -> Option<Package> {
        p.entered_by_user = true;
        let mut list = (*self.user_packages).clone();
        let replaced = match list.iter_mut().find(|q| q.id == p.id) {
            Some(q) => Some(std::mem::replace(q, p)),
            None => {
                list.push(p);
                None
            }
        };
        self.user_packages = Rc::new(list);
        replaced
    }

    /// Saved as from the editor; where it replaces one of the user's, that
    /// one is kept to be put back ([`AppState::put_back_package`]).
    pub(super) fn import_package(&mut self, mut p: Package) {
        p.entered_by_user = true;
        let on = self.scenarios[self.current].packages_on.clone();
        let before = self.user_packages.iter().find(|q| q.id == p.id).cloned();
        self.save_package(p.clone());
        self.import_undo = before.map(|b| (b, on, p));
    }

    /// `p` saved in place of the user's package `old`, under its new id:
    /// applied where that one was, and no longer listed beside it (a user
    /// test saw both counted after a change of id).
    pub(super) fn rename_package(&mut self, old: &str, mut p: Package) {
        let mut list = (*self.user_packages).clone();
        let Some(at) = list.iter().position(|q| q.id == old) else {
            return self.save_package(p);
        };
        // In its place (the editor refuses an id another package has).
        p.entered_by_user = true;
        list[at] = p.clone();
        self.user_packages = Rc::new(list);
        for s in &mut self.scenarios {
            if s.packages_on.remove(old) {
                stand_in(&mut s.packages_on, &p, &self.user_packages);
            }
        }
        let open = &mut self.scenarios[self.current].packages_on;
        stand_in(open, &p, &self.user_packages);
    }

    /// The package an import replaced, back as it was. `before`: what the
    /// open scenario applied before the import; the package, and the
    /// originals it and the import edit, are set back to it (code reviews
    /// saw the undo turn it on, and leave an edited original off).
    pub(super) fn put_back_package(&mut self, p: Package, before: BTreeSet<String>) {
        let mut touched = vec![p.id.clone()];
        touched.extend(p.edits.clone());
        if let Some(imported) = self.put(p) {
            touched.extend(imported.edits);
        }
        let on = &mut self.scenarios[self.current].packages_on;
        for id in touched {
            if before.contains(&id) {
                on.insert(id);
            } else {
                on.remove(&id);
            }
        }
    }

    /// Gone from the list and every scenario, kept to be put back. Where a
    /// copy stood in for its original, the original is counted again: the
    /// scenario had it applied (a code review saw a deleted copy leave it
    /// off).
    pub(super) fn delete_package(&mut self, id: &str) {
        let gone = self.user_packages.iter().find(|p| p.id == id).cloned();
        let counted: Vec<usize> = (self.scenarios.iter().enumerate())
            .filter(|(_, s)| s.packages_on.contains(id))
            .map(|(i, _)| i)
            .collect();
        let list: Vec<Package> = (self.user_packages.iter())
            .filter(|p| p.id != id)
            .cloned()
            .collect();
        self.user_packages = Rc::new(list);
        let original = gone.as_ref().and_then(|p| p.edits.clone());
        for s in &mut self.scenarios {
            if s.packages_on.remove(id) {
                // Its place goes to the last other copy of the same package,
                // the staff's edit, else to the original (a user test saw
                // the original's 5,000万 cap come back over an edited copy).
                if let Some(original) = &original {
                    let other = (self.user_packages.iter().rev())
                        .find(|q| q.edits.as_ref() == Some(original))
                        .map_or(original, |q| &q.id);
                    s.packages_on.insert(other.clone());
                }
            }
        }
        // Nor does a deleted scenario bring it back.
        if let Some(d) = &mut self.deleted {
            d.scenario.packages_on.remove(id);
        }
        self.deleted_package = gone.map(|p| (p, counted));
    }

    /// The last deleted package back, in the scenarios that counted it,
    /// standing in for its original there again.
    pub(super) fn restore_package(&mut self) {
        let Some((p, counted)) = self.deleted_package.take() else {
            return;
        };
        self.put(p.clone());
        for i in counted {
            if let Some(s) = self.scenarios.get_mut(i) {
                stand_in(&mut s.packages_on, &p, &self.user_packages);
            }
        }
    }
}

/// `p` applied in `on`, and where it is a copy, the package it edits and
/// every other copy of that one not: one version of a package is counted
/// (a code review saw two copies of one counted side by side).
fn stand_in(on: &mut BTreeSet<String>, p: &Package, mine: &[Package]) {
    if let Some(original) = &p.edits {
        on.remove(original);
        for q in mine
            .iter()
            .filter(|q| q.edits.as_ref() == Some(original) && q.id != p.id)
        {
            on.remove(&q.id);
        }
    }
    on.insert(p.id.clone());
}

/// Of packages applied together, one version of each bundled package: where
/// copies of it are applied, the last of them in the user's list, and not
/// the original (a code review saw a new scenario count both).
pub(super) fn one_version_each(on: &mut BTreeSet<String>, mine: &[Package]) {
    let mut settled = BTreeSet::new();
    for p in mine.iter().rev() {
        if let Some(original) = p.edits.as_ref().filter(|_| on.contains(&p.id)) {
            if settled.insert(original.clone()) {
                stand_in(on, p, mine);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{apply, TODAY};
    use super::super::*;
    use super::*;

    /// A copy saved to edit a bundled package stands in for its original in
    /// the open scenario: a user test saw both counted, every item twice.
    #[test]
    fn a_saved_copy_of_a_bundled_package_replaces_it_in_the_estimate() {
        let engine = Engine::embedded().unwrap();
        let original = (engine.data.packages.iter())
            .find(|p| p.applies_everywhere())
            .expect("a bundled package counted by default");
        let s = AppState::new(TODAY);
        assert!(s.scenarios[s.current].packages_on.contains(&original.id));
        let mut copy = original.clone();
        copy.id = copy_id(&original.id, &s.user_packages);
        copy.edits = Some(original.id.clone());
        let s = apply(s, vec![Action::SavePackage(Box::new(copy.clone()))]);
        let on = &s.scenarios[s.current].packages_on;
        assert!(on.contains(&copy.id), "{on:?}");
        assert!(!on.contains(&original.id), "{on:?}");
        // Renamed, it still stands in: the link is said, not read from the id.
        let mut renamed = copy.clone();
        renamed.id = "ours".into();
        let s2 = apply(
            AppState::new(TODAY),
            vec![Action::SavePackage(Box::new(renamed))],
        );
        assert!(!s2.scenarios[s2.current].packages_on.contains(&original.id));
        // A change of id in the editor renames it: one package, applied
        // where the old one was (a user test saw both counted).
        let mut renamed = copy.clone();
        renamed.id = "lianxi-park-2025".into();
        let s2 = apply(
            (*s).clone(),
            vec![Action::RenamePackage(copy.id.clone(), Box::new(renamed))],
        );
        let ids: Vec<&str> = s2.user_packages.iter().map(|p| p.id.as_str()).collect();
        assert_eq!(ids, ["lianxi-park-2025"]);
        let on = &s2.scenarios[s2.current].packages_on;
        assert!(
            on.contains("lianxi-park-2025") && !on.contains(&copy.id),
            "{on:?}"
        );
        assert!(!on.contains(&original.id), "{on:?}");
        // A second copy is not the first one overwritten, and is counted
        // instead of it, not beside it (a code review saw both counted).
        let mut second = copy.clone();
        second.id = copy_id(&original.id, &s.user_packages);
        assert_ne!(second.id, copy.id);
        assert!(second.id.starts_with(&copy.id), "{}", second.id);
        assert_eq!(copy_number(&copy.id), "");
        assert_eq!(copy_number(&second.id), " 2");
        let s2 = apply(
            (*s).clone(),
            vec![Action::SavePackage(Box::new(second.clone()))],
        );
        let on = &s2.scenarios[s2.current].packages_on;
        assert!(on.contains(&second.id) && !on.contains(&copy.id) && !on.contains(&original.id));
        // A scenario applying every package of the user's by default counts one.
        let on = s2.packages_by_default();
        assert!(on.contains(&second.id) && !on.contains(&copy.id), "{on:?}");
        assert!(!on.contains(&original.id), "{on:?}");
        // The second deleted: the first copy, not the original, takes its
        // place (a user test saw the original's cap come back over the edit).
        let s3 = apply(
            (*s2).clone(),
            vec![Action::DeletePackage(second.id.clone())],
        );
        let on = &s3.scenarios[s3.current].packages_on;
        assert!(
            on.contains(&copy.id) && !on.contains(&original.id),
            "{on:?}"
        );
        // Deleted, the copy gives its place back to the original; put back,
        // it stands in again (a code review saw the original left off).
        let s = apply((*s).clone(), vec![Action::DeletePackage(copy.id.clone())]);
        let on = &s.scenarios[s.current].packages_on;
        assert!(
            on.contains(&original.id) && !on.contains(&copy.id),
            "{on:?}"
        );
        let s = apply((*s).clone(), vec![Action::RestorePackage]);
        let on = &s.scenarios[s.current].packages_on;
        assert!(
            !on.contains(&original.id) && on.contains(&copy.id),
            "{on:?}"
        );
        // A package of the user's own under another id leaves the rest on,
        // even one whose id happens to end as a copy's does.
        for id in ["mine".to_string(), format!("{}{COPY_SUFFIX}", original.id)] {
            let mut other = original.clone();
            other.id = id;
            let s = apply(
                AppState::new(TODAY),
                vec![Action::SavePackage(Box::new(other))],
            );
            assert!(s.scenarios[s.current].packages_on.contains(&original.id));
        }
    }

    /// An import's undo puts the replaced package back as it was, applied or
    /// not as it was: a code review saw the undo save it again, turned on.
    #[test]
    fn putting_back_a_replaced_package_keeps_whether_it_was_applied() {
        let engine = Engine::embedded().unwrap();
        let mut mine = engine.data.packages[0].clone();
        mine.id = "mine".into();
        let s = apply(
            AppState::new(TODAY),
            vec![
                Action::SavePackage(Box::new(mine.clone())),
                Action::TogglePackage("mine".into()),
            ],
        );
        assert!(!s.scenarios[s.current].packages_on.contains("mine"));
        let mut imported = mine.clone();
        imported.name.en = "Imported".into();
        let before = s.scenarios[s.current].packages_on.clone();
        let s = apply(
            (*s).clone(),
            vec![Action::ImportPackage(Box::new(imported.clone()))],
        );
        // Kept in the state, to be undone from any page later.
        assert!(s.import_undo.is_some());
        assert!(s.scenarios[s.current].packages_on.contains("mine"));
        let s = apply((*s).clone(), vec![Action::UndoImportPackage]);
        assert!(!s.scenarios[s.current].packages_on.contains("mine"));
        assert_eq!(s.user_packages.len(), 1);
        assert_eq!(s.user_packages[0].name, mine.name);
        assert!(s.import_undo.is_none());
        // An import that edits a bundled package turned that one off; undone,
        // it is on again as it was.
        let bundled = (engine.data.packages.iter())
            .find(|p| before.contains(&p.id))
            .expect("a bundled package on by default");
        imported.edits = Some(bundled.id.clone());
        let s = apply(
            (*s).clone(),
            vec![Action::ImportPackage(Box::new(imported))],
        );
        assert!(!s.scenarios[s.current].packages_on.contains(&bundled.id));
        let s = apply((*s).clone(), vec![Action::UndoImportPackage]);
        assert!(s.scenarios[s.current].packages_on.contains(&bundled.id));
        // An import replacing nothing has nothing to undo.
        let mut new = mine.clone();
        new.id = "fresh".into();
        let s = apply((*s).clone(), vec![Action::ImportPackage(Box::new(new))]);
        assert!(s.import_undo.is_none());
    }
}
