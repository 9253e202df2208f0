//! Likely answers, offered and never applied: what the project already
//! says makes one answer to a question likely, with why (a park its sources
//! place near the Yangtze has water within 5 km). (A recognised chemical
//! park answers "in a compliant park?" itself, unverified: `facts`.) Uses
//! the composites of `questions` and the park data.

use crate::project;
use crate::rules::questions::{Holds, Proposal, COMPOSITES};
use crate::Text;

/// The likely answer to question `id` (asking for `fields`) from what the
/// project already says, if any. Only inferences that are likely, not
/// certain, belong here: a certain one is a fact derivation and decides by
/// itself.
pub fn proposal(
    id: &str,
    fields: &[&str],
    project: &project::Project,
    data: &crate::RuleData,
) -> Option<Proposal> {
    match id {
        // Part of the chosen park lies near the Yangtze (its sources say):
        // "none within 5 km" would likely be wrong, and clear the 1 km ban.
        "site.waters_5km" => {
            // Only while the Yangtze is among the waters asked about: with
            // its distance given, or asked on its own (the map puts it
            // near), the question is about the other waters (an advisor
            // re-audit saw the river cited for a group without it).
            if !fields.contains(&"site.dist_yangtze_mainstream_m") {
                return None;
            }
            let park = project.text("site.chemical_park")?;
            let park = data.parks.iter().find(|p| p.id == park)?;
            // Within the reach the question asks about (its "none" bound).
            let asked = (COMPOSITES.iter().flat_map(|c| c.items)).find_map(|i| match i.holds {
                Holds::Beyond(m) if i.sets == "site.dist_yangtze_mainstream_m" => Some(m),
                _ => None,
            })?;
            let m = park.yangtze_within_m.filter(|m| *m <= asked)?;
            let d = crate::text::numbers::format_number(m);
            Some(Proposal {
                value: "some",
                why: Text {
                    zh: format!("“有其中某项”。所选的{}有部分位于长江干流{d}米范围内（园区认定资料）：选“有其中某项”，再填选址实测到长江的距离。", park.name.zh),
                    en: format!("“some of them”. Part of {} lies within {d} m of the Yangtze main stream (its recognition records): choose “some of them”, then give the site's measured distance to the river.", park.name.en),
                },
            })
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A park its sources place partly near the Yangtze makes "some of these"
    /// the likely answer to the waters question; one without that record,
    /// or no park, proposes nothing.
    /// The group with the Yangtze first.
    const WATERS: &[&str] = &[
        "site.dist_yangtze_mainstream_m",
        "site.dist_poyang_lake_m",
        "site.dist_important_tributary_m",
        "site.dist_other_tributary_m",
    ];

    /// The facts grade a Yangtze distance beyond the waters question's
    /// "none" bound as unverified for a park near the river; the two bounds
    /// are one.
    #[test]
    fn the_facts_far_bound_is_the_waters_question_s() {
        let asked = (COMPOSITES.iter().flat_map(|c| c.items)).find_map(|i| match i.holds {
            Holds::Beyond(m) if i.sets == "site.dist_yangtze_mainstream_m" => Some(m),
            _ => None,
        });
        assert_eq!(asked, Some(crate::rules::facts::FAR_FROM_PARK_M));
    }

    #[test]
    fn a_park_near_the_yangtze_makes_some_water_within_5_km_likely() {
        let engine = crate::Engine::embedded().unwrap();
        let with_park = |id: &str| {
            let (p, e) =
                engine.parse_fields([("industry_code", "C2614"), ("site.chemical_park", id)]);
            assert!(e.is_empty(), "{e:?}");
            proposal("site.waters_5km", WATERS, &p, &engine.data)
        };
        let near = with_park("pengze-jishan").unwrap();
        assert_eq!(near.value, "some");
        assert!(
            near.why.en.contains("within 1,000 m of the Yangtze"),
            "{}",
            near.why.en
        );
        assert!(with_park("yongxiu-xinghuo").is_none());
        // With the Yangtze distance given, the question is about other waters.
        let (p, _) = engine.parse_fields([
            ("industry_code", "C2614"),
            ("site.chemical_park", "pengze-jishan"),
            ("site.dist_yangtze_mainstream_m", "2500"),
        ]);
        let without: Vec<&str> = WATERS[1..].to_vec();
        assert!(proposal("site.waters_5km", &without, &p, &engine.data).is_none());
        let (p, _) = engine.parse_fields([("industry_code", "C2614")]);
        assert!(proposal("site.waters_5km", WATERS, &p, &engine.data).is_none());
    }
}
