//! The user's incentive packages in the state: saving, deleting and
//! putting back, and an edited copy standing in for a bundled package.

use super::AppState;
use jiujiang_engine::data_types::Package;
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

impl AppState {
    /// Saved, and applied to the open scenario (the others keep their
    /// own); a copy stands in there for the package it edits (a user test:
    /// both counted).
    pub(super) fn save_package(&mut self, mut p: Package) {
        p.entered_by_user = true;
        let mut list = (*self.user_packages).clone();
        match list.iter_mut().find(|q| q.id == p.id) {
            Some(q) => *q = p.clone(),
            None => list.push(p.clone()),
        }
        let on = &mut self.scenarios[self.current].packages_on;
        if let Some(original) = &p.edits {
            on.remove(original);
        }
        on.insert(p.id);
        self.user_packages = Rc::new(list);
    }

    /// The package an import replaced, back as it was, and applied in the
    /// open scenario only if it was before (a code review saw the undo
    /// save it again and turn it on).
    pub(super) fn put_back_package(&mut self, mut p: Package, was_on: bool) {
        p.entered_by_user = true;
        let mut list = (*self.user_packages).clone();
        match list.iter_mut().find(|q| q.id == p.id) {
            Some(q) => *q = p.clone(),
            None => list.push(p.clone()),
        }
        self.user_packages = Rc::new(list);
        let on = &mut self.scenarios[self.current].packages_on;
        if was_on {
            on.insert(p.id);
        } else {
            on.remove(&p.id);
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
        for s in &mut self.scenarios {
            if s.packages_on.remove(id) {
                if let Some(original) = gone.as_ref().and_then(|p| p.edits.clone()) {
                    s.packages_on.insert(original);
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
        if !self.user_packages.iter().any(|q| q.id == p.id) {
            let mut list = (*self.user_packages).clone();
            list.push(p.clone());
            self.user_packages = Rc::new(list);
        }
        for i in counted {
            if let Some(s) = self.scenarios.get_mut(i) {
                if let Some(original) = &p.edits {
                    s.packages_on.remove(original);
                }
                s.packages_on.insert(p.id.clone());
            }
        }
    }
}
