//! The field keys a fact read or needs: up to eight, kept as their places
//! in the field registry, so a fact copies in a few bytes. Uses only the
//! registry.

/// Up to eight field keys (facts name one to seven), without allocating and
/// small: a key is kept as its place in [`crate::project::FIELDS`] (or among
/// the [`SECTIONS`] after them), so a fact copies in a few bytes.
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct Keys {
    items: [u8; 8],
    len: u8,
}

/// Keys that name a whole section of the form rather than one field.
pub const SECTIONS: [&str; 1] = ["energy"];

fn key_index(key: &str) -> Option<u8> {
    let n = crate::project::FIELDS.len();
    crate::project::field_index(key)
        .or_else(|| SECTIONS.iter().position(|s| *s == key).map(|j| n + j))
        .map(|i| i as u8)
}

fn key_at(i: u8) -> &'static str {
    let n = crate::project::FIELDS.len();
    match crate::project::FIELDS.get(i as usize) {
        Some(f) => f.key,
        None => SECTIONS[i as usize - n],
    }
}

impl Keys {
    pub fn one(key: &'static str) -> Keys {
        let mut k = Keys::default();
        k.push(key);
        k
    }

    /// Adds the key at `index` (a field's place in [`crate::project::FIELDS`],
    /// or a section's after them), without a lookup by name.
    pub(super) fn push_field(&mut self, index: usize) {
        let i = index as u8;
        if (self.len as usize) < self.items.len() && !self.items[..self.len as usize].contains(&i) {
            self.items[self.len as usize] = i;
            self.len += 1;
        }
    }

    /// The field at `index` in [`crate::project::FIELDS`] alone.
    pub(super) fn field(index: usize) -> Keys {
        let mut k = Keys::default();
        k.items[0] = index as u8;
        k.len = 1;
        k
    }

    /// Adds a field or section key; a name that is neither is a mistake in
    /// the facts code (tests run with debug assertions and catch it).
    pub fn push(&mut self, key: &'static str) {
        let Some(i) = key_index(key) else {
            debug_assert!(false, "not a field or section key: {key}");
            return;
        };
        self.push_field(i as usize);
    }

    /// The keys both hold, in this one's order.
    pub(super) fn common(&self, other: &Keys) -> Keys {
        let mut out = Keys::default();
        for &i in &self.items[..self.len as usize] {
            if other.items[..other.len as usize].contains(&i) {
                out.push_field(i as usize);
            }
        }
        out
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    pub fn iter(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.items[..self.len as usize].iter().map(|&i| key_at(i))
    }

    /// Each key with its number (its place in [`crate::project::FIELDS`],
    /// or a section's after them) and its place in `FIELDS` (`None` for a
    /// section).
    pub fn indexed(&self) -> impl Iterator<Item = (u8, Option<usize>, &'static str)> + '_ {
        let n = crate::project::FIELDS.len();
        self.items[..self.len as usize]
            .iter()
            .map(move |&i| (i, ((i as usize) < n).then_some(i as usize), key_at(i)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_hold_each_field_once_and_at_most_eight() {
        let mut k = Keys::one("action");
        k.push("action");
        k.push("energy");
        assert_eq!(k.iter().collect::<Vec<_>>(), vec!["action", "energy"]);
        let fields: Vec<&'static str> = crate::project::FIELDS
            .iter()
            .take(10)
            .map(|f| f.key)
            .collect();
        let mut all = Keys::default();
        for f in &fields {
            all.push(f);
        }
        assert_eq!(all.iter().collect::<Vec<_>>(), fields[..8].to_vec());
        assert_eq!(
            all.indexed().map(|(n, i, _)| (n, i)).collect::<Vec<_>>(),
            (0..8).map(|i| (i, Some(i as usize))).collect::<Vec<_>>()
        );
        let energy = crate::project::FIELDS.len() as u8;
        assert_eq!(k.indexed().nth(1), Some((energy, None, "energy")));
    }
}
