//! How package items combine: an item that applies takes the place of the
//! items it `replaces`, and of items in the same `stack_group` only the
//! largest counts. National items (first in the list) are never combined.

use super::{Draft, ItemResult, ItemState};
use crate::data_types::{Package, RuleData};

/// Marks the drafts (national items first, then each package's items in
/// order) that another item replaces or outstacks.
pub(super) fn replace_and_stack(
    data: &RuleData,
    packages: &[&Package],
    drafts: &mut [(Draft<'_>, ItemResult<'_>)],
) {
    let applies = |d: &Draft| {
        matches!(
            d.state,
            ItemState::Applies | ItemState::Negotiable | ItemState::EligibleIfCertified
        )
    };
    let replaced: Vec<String> = packages
        .iter()
        .flat_map(|p| &p.items)
        .zip(drafts.iter().skip(data.incentives.len()))
        .filter(|(_, (d, _))| applies(d) && !d.conditions_open)
        .flat_map(|(item, _)| item.replaces.iter().cloned())
        .collect();
    for (d, r) in drafts.iter_mut() {
        if replaced.iter().any(|id| id == r.id) && applies(d) {
            *d = Draft::state(
                ItemState::Replaced,
                "已被本包中另一项替代。",
                "Replaced by another item that applies.",
            );
        }
    }
    let groups: Vec<(usize, &str)> = packages
        .iter()
        .flat_map(|p| &p.items)
        .enumerate()
        .filter_map(|(i, item)| {
            item.stack_group
                .as_deref()
                .map(|g| (i + data.incentives.len(), g))
        })
        .collect();
    for &(i, g) in &groups {
        let best = |j: usize| drafts[j].0.high.iter().sum::<f64>();
        let winner = groups
            .iter()
            .filter(|(j, gj)| *gj == g && drafts[*j].0.state == ItemState::Applies)
            .max_by(|a, b| best(a.0).total_cmp(&best(b.0)))
            .map(|(j, _)| *j);
        if let Some(w) = winner {
            if w != i && drafts[i].0.state == ItemState::Applies {
                // What the outstacked item would pay at least stays the
                // group's floor: the larger one may be the less sure (a
                // possibly superseded item from 0 outstacked a fixed one).
                // (Year by year, and never above what the larger pays that
                // year: their timings may differ.)
                let floor = drafts[i].0.low.clone();
                let winner = &mut drafts[w].0;
                let raised = (winner.low.iter_mut().zip(&winner.high).zip(&floor)).fold(
                    false,
                    |any, ((l, h), f)| {
                        let f = f.min(*h);
                        let up = f > *l;
                        if up {
                            *l = f;
                        }
                        any || up
                    },
                );
                if raised {
                    let e = &mut drafts[w].0.explanation;
                    e.zh.push_str(&format!("下限按同组的 {} 计。", drafts[i].1.id));
                    e.en.push_str(&format!(
                        " Its floor is that of {} in the same group.",
                        drafts[i].1.id
                    ));
                }
                let name = drafts[w].1.id.to_string();
                drafts[i].0 = Draft::state(
                    ItemState::Stacked,
                    format!("与 {name} 同属一组、不可叠加，按较高者计。"),
                    format!("Does not stack with {name} (same group); the larger counts."),
                );
            }
        }
    }
}
