//! Issue 15: candidate places, ranked, each with the verdict there; and the
//! parks' target lists as data (data/profiles/), checked like the rules.

use jiujiang_engine::rules::candidates::CandidateKind;
use jiujiang_engine::rules::grid::Band;
use jiujiang_engine::rules::placement::park_in_region;
use jiujiang_engine::{Date, Engine, Outcome, Project};

const AS_OF: Date = Date::new(2026, 11, 23);

fn lead(name: &str) -> Project {
    let path = format!(
        "{}/../../examples/leads/{name}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    Engine::embedded()
        .unwrap()
        .project_from_json(&std::fs::read_to_string(path).unwrap())
        .unwrap()
}

#[test]
fn a_chemical_plant_is_offered_the_chemical_parks_and_its_chain_regions() {
    let engine = Engine::embedded().unwrap();
    let list = engine.candidates(&lead("chemical.complete"), AS_OF, None);
    let parks = list
        .iter()
        .filter(|c| c.kind == CandidateKind::ChemicalPark)
        .count();
    assert_eq!(parks, engine.data.parks.len());
    let regions: Vec<&str> = (list.iter())
        .filter(|c| c.kind == CandidateKind::ChainRegion)
        .map(|c| c.id)
        .collect();
    assert!(
        regions.contains(&"湖口县") && regions.contains(&"彭泽县"),
        "{regions:?}"
    );
    // Every region has an English name, the development zones too.
    for c in list.iter().filter(|c| c.kind == CandidateKind::ChainRegion) {
        assert!(c.name.en.is_ascii(), "{}: {}", c.id, c.name.en);
    }
    // Organic chemicals are not on the Chengdong base's list.
    let chengdong = list.iter().find(|c| c.id == "xunyang-chengdong").unwrap();
    assert_eq!(
        (chengdong.kind, chengdong.fits),
        (CandidateKind::TargetList, None)
    );
    // Every place with a point has a verdict there, the same the grid paints
    // (in a chemical park, for the project placed in that park).
    for c in list.iter().filter(|c| c.lon.is_some()) {
        let (lon, lat) = (c.lon.unwrap(), c.lat.unwrap());
        let e = 1e-6;
        let mut placed = lead("chemical.complete");
        if c.kind == CandidateKind::ChemicalPark {
            if placed.text("site.chemical_park") != Some(c.id) {
                placed.set("site.in_compliant_park", None);
            }
            placed.set(
                "site.chemical_park",
                Some(jiujiang_engine::project::Value::Text(c.id.into())),
            );
        } else {
            // A region, or a listed park's county, with no recognised
            // chemical park: in none there.
            let region = match c.kind {
                CandidateKind::ChainRegion => Some(c.id),
                _ => (engine.data.profiles.iter())
                    .find(|p| p.id == c.id)
                    .map(|p| p.county.as_str()),
            };
            let parkless = region.is_some_and(|r| {
                !(engine.data.parks.iter())
                    .any(|p| park_in_region(p, r) && AS_OF >= p.recognised_from)
            });
            let park = parkless.then(|| jiujiang_engine::project::Value::Text("none".into()));
            placed.set("site.chemical_park", park);
            placed.set("site.in_compliant_park", None);
        }
        let g = engine.grid(
            &placed,
            AS_OF,
            None,
            [lon - e, lat - e, lon + e, lat + e],
            1,
        );
        assert_eq!(
            (c.overall, c.band),
            (Some(g.cells[0].overall), Some(g.cells[0].band)),
            "{}",
            c.id
        );
        assert!(c.margin_m >= 1000.0, "{}", c.id);
    }
    // Where "where could it go" finds no room (no recognised chemical park),
    // the place's verdict says the same, not "which park?" (a user test).
    let xunyang = list.iter().find(|c| c.id == "浔阳区").unwrap();
    assert_eq!(xunyang.overall, Some(Outcome::Prohibited));
    // Nor does a listed base in that district ask which park (a re-test).
    assert_eq!(chengdong.overall, Some(Outcome::Prohibited));
    // Each names the rule that prohibits it there (a user test saw the
    // verdict with no reason); a place not prohibited names none.
    assert!(xunyang.because.contains(&"CHP-01"), "{:?}", xunyang.because);
    assert!(!chengdong.because.is_empty());
    assert!(list
        .iter()
        .filter(|c| c.overall != Some(Outcome::Prohibited))
        .all(|c| c.because.is_empty()));
    // Allowed first, then undecided, then prohibited, then places without a point.
    let rank = |b: Option<Band>| b.map_or(3, |b| b as u8);
    assert!(list.windows(2).all(|w| rank(w[0].band) <= rank(w[1].band)));
}

/// A place where the project is prohibited on unverified rules alone says
/// so, as the verdict box does (a user test saw "Prohibited under CHP-01"
/// on a card beside "Prohibited (unverified: to check)" in the box); a
/// place not prohibited carries no such flag.
#[test]
fn a_place_prohibited_on_unverified_rules_alone_says_so() {
    let engine = Engine::embedded().unwrap();
    let fields = [
        ("industry_code", "C3985"),
        ("action", "new"),
        ("chemical_process", "yes"),
    ];
    let (battery, errors) = engine.parse_fields(fields);
    assert!(errors.is_empty(), "{errors:?}");
    let list = engine.candidates(&battery, AS_OF, None);
    let flagged: Vec<(&str, Vec<&str>, bool)> = (list.iter())
        .filter(|c| c.overall == Some(Outcome::Prohibited))
        .map(|c| (c.id, c.because.clone(), c.unverified))
        .collect();
    assert!(
        flagged
            .iter()
            .any(|(_, because, u)| *u && because == &vec!["CHP-01"]),
        "{flagged:?}"
    );
    assert!(list
        .iter()
        .filter(|c| c.overall != Some(Outcome::Prohibited))
        .all(|c| !c.unverified));
}

/// With no site yet, what keeps a chemical plant clear of the open
/// prohibitions is said from the rules' own hints, filled: more than 1 km
/// from the shoreline, in a recognised chemical park (a user test, as an
/// investor, found "where can it go" answered nowhere). Once a rule is
/// decided it drops out; a software firm has none to stay clear of.
#[test]
fn an_open_prohibition_says_what_keeps_the_project_clear_of_it() {
    let engine = Engine::embedded().unwrap();
    let fields = [("industry_code", "C2614"), ("action", "new")];
    let (plant, _) = engine.parse_fields(fields);
    let report = engine.screen(&plant, AS_OF);
    let clear = engine.stay_clear(&plant, &report, None);
    let of = |id: &str| {
        clear
            .iter()
            .find(|c| c.rule_id == id)
            .map(|c| c.hints[0].en.clone())
    };
    let yrb01 = of("YRB-01").expect("YRB-01");
    assert!(yrb01.contains("more than 1,000 m"), "{yrb01}");
    assert!(!yrb01.contains('{'), "filled: {yrb01}");
    assert!(of("CHP-01").expect("CHP-01").contains("chemical park"));
    // A branch that cannot hold gives no hint: a new build is told nothing
    // of relocating (IND-02's relocation branch).
    let hints: Vec<&str> = (clear.iter())
        .flat_map(|c| c.hints.iter().map(|h| h.en.as_str()))
        .collect();
    assert!(
        !hints.iter().any(|h| h.starts_with("Relocate")),
        "{hints:?}"
    );
    // Nor one an earlier branch always takes first: YRB-16 bars a new
    // build on its unit's list by its first branch, so the second's words
    // on renovations are for renovations only.
    let renovation_words = |c: &[jiujiang_engine::rules::clear::StayClear]| {
        (c.iter())
            .filter(|c| c.rule_id == "YRB-16")
            .flat_map(|c| &c.hints)
            .any(|h| h.en.contains("renovations and upgrades"))
    };
    assert!(!renovation_words(&clear), "{hints:?}");
    let (renovation, _) =
        engine.parse_fields([("industry_code", "C2614"), ("action", "renovation")]);
    let rr = engine.screen(&renovation, AS_OF);
    assert!(renovation_words(&engine.stay_clear(&renovation, &rr, None)));
    // Decided by a distance given: no longer listed.
    let (far, _) = engine.parse_fields([
        ("industry_code", "C2614"),
        ("action", "new"),
        ("site.dist_yangtze_mainstream_m", "8000"),
        ("site.dist_important_tributary_m", ">5000"),
        ("site.dist_other_tributary_m", ">5000"),
        ("site.dist_poyang_lake_m", ">5000"),
    ]);
    let far_report = engine.screen(&far, AS_OF);
    let far_clear = engine.stay_clear(&far, &far_report, None);
    assert!(
        !far_clear.iter().any(|c| c.rule_id == "YRB-01"),
        "{far_clear:?}"
    );
    let (software, _) = engine.parse_fields([("industry_code", "I6513"), ("action", "new")]);
    let sr = engine.screen(&software, AS_OF);
    assert!(!engine
        .stay_clear(&software, &sr, None)
        .iter()
        .any(|c| c.rule_id == "YRB-01"));
}

/// A plant typed as "not in a chemical park" is still offered the chemical
/// parks as places it could go: in each it is in that park, so the rule
/// that chemical projects belong in one (CHP-01) does not follow it there.
/// (A user test saw every recognised park marked "prohibited".)
#[test]
fn a_plant_outside_a_park_is_judged_inside_each_candidate_park() {
    let engine = Engine::embedded().unwrap();
    let (outside, e) = engine.parse_fields([
        ("industry_code", "C2614"),
        ("action", "new"),
        ("site.chemical_park", "none"),
        ("site.in_compliant_park", "no"),
    ]);
    assert!(e.is_empty(), "{e:?}");
    assert_eq!(
        engine.screen(&outside, AS_OF).overall,
        jiujiang_engine::Outcome::Prohibited
    );
    let list = engine.candidates(&outside, AS_OF, None);
    let parks: Vec<_> = (list.iter())
        .filter(|c| c.kind == CandidateKind::ChemicalPark)
        .collect();
    assert_eq!(parks.len(), engine.data.parks.len());
    // Neither "no chemical park" nor "not a compliant park", typed for the
    // site in hand, follows the plant into a park: no park is prohibited for
    // that reason alone (the lead has no distances, so none is near water
    // by what was typed).
    assert!(
        parks.iter().all(|c| c.band != Some(Band::Prohibited)),
        "{:?}",
        parks.iter().map(|c| (c.id, c.band)).collect::<Vec<_>>()
    );
}

#[test]
fn a_software_firm_fits_the_chengdong_list_and_gets_no_chemical_parks() {
    let engine = Engine::embedded().unwrap();
    let list = engine.candidates(&lead("software.complete"), AS_OF, None);
    assert!(list.iter().all(|c| c.kind != CandidateKind::ChemicalPark));
    let chengdong = list.iter().find(|c| c.id == "xunyang-chengdong").unwrap();
    let item = chengdong.fits.expect("I6513 is on the list");
    assert!(item
        .prefixes
        .iter()
        .any(|p| "I6513".starts_with(p.as_str())));
    assert_eq!(item.n, 4, "the first item that covers software development");
    // No industry entered: nothing to offer yet.
    assert!(engine
        .candidates(&Project::default(), AS_OF, None)
        .is_empty());
}

#[test]
fn target_lists_are_numbered_sourced_and_use_known_codes() {
    let engine = Engine::embedded().unwrap();
    assert!(!engine.data.profiles.is_empty());
    for p in &engine.data.profiles {
        assert!(
            !p.source.document.is_empty() && !p.turns_away.is_empty(),
            "{}",
            p.id
        );
        assert!(p.last_verified <= Date::new(2026, 12, 2), "{}", p.id);
        for (i, item) in p.items.iter().enumerate() {
            assert_eq!(item.n as usize, i + 1, "{}: items run 1..N", p.id);
            assert!(!item.text.zh.is_empty() && !item.text.en.is_empty());
            for prefix in &item.prefixes {
                assert!(
                    engine.industry.get(prefix).is_some(),
                    "{}: item {}: unknown GB/T 4754 code {prefix}",
                    p.id,
                    item.n
                );
            }
            if item.prefixes.is_empty() {
                assert!(
                    item.note.is_some(),
                    "{}: item {} says why it has no code",
                    p.id,
                    item.n
                );
            }
        }
    }
}

/// A county or a base is not the park typed for the site in hand: a chemical
/// plant typed as in Pengze Jishan is not green in a county where which park
/// it would be in is open. And the park typed keeps the answers given about
/// it ("a compliant park"), so it reads as the screening does.
#[test]
fn only_the_typed_park_keeps_the_answers_given_about_it() {
    let engine = Engine::embedded().unwrap();
    // Typed in Pengze Jishan, compliant, every question answered.
    let p = lead("chemical.complete");
    assert_eq!(p.text("site.chemical_park"), Some("pengze-jishan"));
    let list = engine.candidates(&p, AS_OF, None);
    for c in list
        .iter()
        .filter(|c| c.kind != CandidateKind::ChemicalPark)
    {
        assert_ne!(c.band, Some(Band::Allowed), "{}", c.id);
    }
    // Another park is judged with "compliant" open, as if nothing was typed.
    let band = |id: &str| list.iter().find(|c| c.id == id).unwrap().band;
    let (open, _) = engine.parse_fields([
        ("industry_code", "C2614"),
        ("action", "new"),
        ("site.chemical_park", "none"),
    ]);
    let open_list = engine.candidates(&open, AS_OF, None);
    let open_band = |id: &str| open_list.iter().find(|c| c.id == id).unwrap().band;
    assert_eq!(band("lianxi-chemical"), open_band("lianxi-chemical"));
    // (That Pengze keeps "compliant: yes" is held by the first test, whose
    // complete lead is typed in Pengze.)
}

/// A place whose verdict is open names what keeps it open: the first
/// questions the engine asks with the site there, which the report at that
/// point (site placed as a grid cell is) asks too. A decided place names
/// none.
#[test]
fn an_open_place_names_the_questions_that_keep_it_open() {
    let engine = Engine::embedded().unwrap();
    let list = engine.candidates(&lead("chemical.complete"), AS_OF, None);
    let open: Vec<_> = (list.iter())
        .filter(|c| c.band == Some(Band::Undecided))
        .collect();
    assert!(!open.is_empty(), "no open place: the test proves nothing");
    for c in &open {
        assert!(!c.open.is_empty(), "{}: open but names nothing", c.id);
        // Each is a question the engine knows, worded.
        for id in &c.open {
            assert!(
                jiujiang_engine::rules::questions::name(id).is_some(),
                "{}: {id}",
                c.id
            );
        }
    }
    // In a chain region (a county), which park the plant would be in is open.
    let county = (open.iter())
        .find(|c| c.kind == CandidateKind::ChainRegion)
        .expect("an open chain region");
    assert!(
        county.open.iter().any(|q| q.contains("park")),
        "{}: {:?}",
        county.id,
        county.open
    );
    for c in list.iter().filter(|c| c.band != Some(Band::Undecided)) {
        assert!(c.open.is_empty(), "{}: {:?}", c.id, c.open);
    }
}

/// Every orientation point of a park or a listed base lies in Jiujiang, in
/// its own county: a candidate place is screened at its point (a re-test
/// found Matou's across the Yangtze in Hubei).
#[test]
fn every_park_and_base_point_lies_in_its_county() {
    let engine = Engine::embedded().unwrap();
    let counties = jiujiang_engine::geo::county::Counties::embedded();
    let points = (engine.data.parks.iter())
        .map(|p| (&p.id, &p.county, &p.approx))
        .chain((engine.data.profiles.iter()).map(|p| (&p.id, &p.county, &p.approx)));
    let mut n = 0;
    for (id, county, at) in points {
        let found = counties.locate(jiujiang_engine::geo::coords::LonLat::new(at.lon, at.lat));
        let found = found.unwrap_or_else(|| panic!("{id}: its point is outside Jiujiang"));
        // A zone named as the county (九江经开区) is no division of the
        // layer: then in Jiujiang is what can be held.
        if counties.counties.iter().any(|c| c.name_zh == *county) {
            assert_eq!(found.name_zh, *county, "{id}");
        }
        n += 1;
    }
    assert!(n > 6);
}
