//! Issue 15: "where can it go?", the verdict painted over a grid. The fast
//! path (only the rules that read the site are decided again per cell) must
//! agree with screening the moved project from scratch, and the 1 km band
//! along the Yangtze must never be painted allowed for a chemical project.

use jiujiang_engine::geo::coords::{haversine_m, LonLat};
use jiujiang_engine::project::Value;
use jiujiang_engine::rules::grid::{self, Band, MOVED};
use jiujiang_engine::{Date, Engine, Outcome, Project};

const AS_OF: Date = Date::new(2026, 11, 23);

/// Around Jiujiang's city, Hukou and the north of Poyang Lake.
const BOX: [f64; 4] = [115.85, 29.55, 116.35, 29.85];

fn lead(name: &str) -> Project {
    let path = format!(
        "{}/../../examples/leads/{name}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let engine = Engine::embedded().unwrap();
    engine
        .project_from_json(&std::fs::read_to_string(path).unwrap())
        .unwrap()
}

/// Whether `at` lies within the approximate circle of the listed park the
/// project names (true when it names none, or another answer).
fn in_named_park(project: &Project, at: LonLat) -> bool {
    in_named_park_within(project, (at, 0.0))
}

/// [`in_named_park`] for every point within `reach` of `at`.
fn in_named_park_within(project: &Project, (at, reach): (LonLat, f64)) -> bool {
    let engine = Engine::embedded().unwrap();
    let Some(Value::Text(id)) = project.get("site.chemical_park") else {
        return true;
    };
    let Some(park) = engine.data.parks.iter().find(|p| p.id == **id) else {
        return true;
    };
    let centre = LonLat::new(park.approx.lon, park.approx.lat);
    // In its county, or for the ETDZ's park its marker's, and in Jiujiang.
    let counties = jiujiang_engine::geo::county::Counties::embedded();
    let county_at = |p: LonLat| counties.locate(p).map(|c| c.name_zh.clone());
    let named = counties.counties.iter().any(|c| c.name_zh == park.county);
    let county = if named {
        Some(park.county.clone())
    } else {
        county_at(centre)
    };
    let in_county = match (county_at(at), county) {
        (Some(h), Some(c)) => h == c,
        (Some(_), None) => true,
        (None, _) => false,
    };
    in_county
        && jiujiang_engine::geo::coords::haversine_m(at, centre) + reach
            <= park.approx.within_km * 1000.0
}

fn engine_parks() -> impl Iterator<Item = &'static jiujiang_engine::data_types::Park> {
    Engine::embedded().unwrap().data.parks.iter()
}

/// Whether `at`, or a point within `reach` of it, may lie in a listed park
/// (its circle, and its county).
fn in_some_park((at, reach): (LonLat, f64)) -> bool {
    grid::may_be_in_a_listed_park(&Engine::embedded().unwrap().data, (at, reach), AS_OF)
}

/// The project as a cell sees it, screened the ordinary way: the map's
/// fields moved, and the named park kept only within its circle.
fn moved_to(project: &Project, (at, reach): (LonLat, f64)) -> Project {
    let mut p = project.clone();
    for key in MOVED {
        p.set(key, None);
    }
    let listed = matches!(project.get("site.chemical_park"), Some(Value::Text(id))
        if engine_parks().any(|p| p.id == **id));
    if listed {
        // Within its circle as entered, beyond it open.
        if !in_named_park_within(project, (at, reach)) {
            p.set("site.chemical_park", None);
            p.set("site.in_compliant_park", None);
        }
    } else {
        // "In no park" holds where no listed park may be; nothing else does.
        let away = !in_some_park((at, reach));
        if !(away && project.text("site.chemical_park") == Some("none")) {
            p.set("site.chemical_park", None);
        }
        if !(away && project.get("site.in_compliant_park") == Some(&Value::Bool(false))) {
            p.set("site.in_compliant_park", None);
        }
    }
    // The tributary distances as typed for the site entered carry to the
    // cell only so far (checked on their own below).
    for (key, value) in Engine::embedded()
        .unwrap()
        .carried_at(project, AS_OF, None, (at, reach))
    {
        p.set(key, value);
    }
    p.set("site.location", Some(Value::Point(at.lon, at.lat)));
    p.set("site.location_datum", Some(Value::Choice("wgs84")));
    // A cell is painted for any point in it: its point to within `reach`,
    // plus a clicked point's 30 m (GEO-04.input_margin_m).
    if reach > 0.0 {
        p.set("site.location_precision_m", Some(Value::Num(reach + 30.0)));
    }
    p
}

/// Each cell of `g` decides as screening `project` moved to it does.
fn assert_cells_agree(project: &Project, g: &grid::Grid, name: &str) {
    let engine = Engine::embedded().unwrap();
    for cell in &g.cells {
        let reach = grid::half_cell(g.bbox, (g.cols, g.rows));
        let v = engine.verdicts(
            &moved_to(project, (LonLat::new(cell.lon, cell.lat), reach)),
            AS_OF,
        );
        assert_eq!(
            (cell.overall, cell.band),
            (v.overall, Band::of(v.bounds)),
            "{name} at {}, {}",
            cell.lon,
            cell.lat
        );
    }
}

#[test]
fn every_cell_agrees_with_screening_the_moved_project() {
    let engine = Engine::embedded().unwrap();
    // Every lead, as first met and complete: cells that share a key reuse
    // the decisions of the first, so this also checks the keys.
    let names = [
        "battery",
        "chemical",
        "clinker",
        "electronics",
        "logistics",
        "software",
    ];
    for name in names
        .iter()
        .flat_map(|n| [n.to_string(), format!("{n}.complete")])
    {
        let project = lead(&name);
        let g = engine.grid(&project, AS_OF, None, BOX, 600);
        assert_eq!(g.cells.len(), g.cols * g.rows);
        assert!(
            g.cells.len() >= 500 && g.cells.len() <= 700,
            "{}",
            g.cells.len()
        );
        assert_cells_agree(&project, &g, &name);
    }
}

#[test]
fn no_cell_in_the_yangtze_band_is_allowed_for_a_new_chemical_plant() {
    let engine = Engine::embedded().unwrap();
    let project = lead("chemical.complete");
    let g = engine.grid(&project, AS_OF, None, BOX, 2500);
    let (mut near, mut far) = (0, 0);
    for cell in &g.cells {
        let d = engine
            .water()
            .unwrap()
            .distances(LonLat::new(cell.lon, cell.lat));
        let river = d.river.map_or(f64::INFINITY, |n| n.metres);
        let lake = d.lake.map_or(f64::INFINITY, |n| n.metres);
        if river < 1000.0 {
            near += 1;
            assert_ne!(cell.band, Band::Allowed, "{cell:?}: {river} m");
        }
        // Beyond every band (5 km and the map's ± margin): the band rules
        // cannot prohibit it here. Within the circle of the park the
        // project names, the verdict is the project's own; beyond it the
        // project is not in that park, and whether it may go there is open.
        if river.min(lake) > 8000.0 {
            far += 1;
            assert_ne!(cell.band, Band::Prohibited, "{cell:?}");
            if in_named_park(&project, LonLat::new(cell.lon, cell.lat)) {
                assert_eq!(cell.overall, Outcome::RequiresReplacement, "{cell:?}");
            } else {
                assert_eq!(cell.band, Band::Undecided, "{cell:?}");
            }
        }
    }
    assert!(near > 20 && far > 20, "{near} near, {far} far");
}

#[test]
fn cells_inside_and_outside_the_named_park_agree_with_screening_the_moved_project() {
    // Around Pengze, where the Jishan park the chemical leads name lies:
    // cells both inside its circle (the park as entered) and outside (the
    // park open) must each decide as the moved project does, so the cells'
    // cache cannot mix the two.
    let engine = Engine::embedded().unwrap();
    for name in ["chemical", "chemical.complete"] {
        let project = lead(name);
        let g = engine.grid(&project, AS_OF, None, [116.3, 29.7, 116.8, 30.05], 300);
        let inside = (g.cells.iter())
            .filter(|c| in_named_park(&project, LonLat::new(c.lon, c.lat)))
            .count();
        assert!(
            inside > 50 && inside < g.cells.len() - 50,
            "{name}: {inside} inside"
        );
        assert_cells_agree(&project, &g, name);
    }
}

#[test]
fn a_chemical_plant_is_not_allowed_far_from_the_park_it_names() {
    // The complete chemical lead names the Jishan park in Pengze; around
    // Xiushui, 200 km west, no cell may be drawn allowed (a user test saw
    // them green), nor prohibited on the park alone: there the park is open.
    let engine = Engine::embedded().unwrap();
    let project = lead("chemical.complete");
    let g = engine.grid(&project, AS_OF, None, [114.3, 28.9, 114.8, 29.3], 200);
    assert!(!g.cells.is_empty());
    for cell in &g.cells {
        assert!(!in_named_park(&project, LonLat::new(cell.lon, cell.lat)));
        assert_ne!(cell.band, Band::Allowed, "{cell:?}");
    }
    assert!(g.cells.iter().any(|c| c.band == Band::Undecided));
    // Near the park, away from the water, it is open too: its tributary
    // distances were typed for a site somewhere in a 15 km circle.
    let near = engine.grid(&project, AS_OF, None, [116.45, 29.75, 116.6, 29.85], 100);
    assert!(
        near.cells.iter().all(|c| c.band != Band::Allowed),
        "{near:?}"
    );
    // With its point given, the cells around it are drawn as entered (no
    // tributary within 9 km of the site), and those far from it are open.
    let mut placed = project.clone();
    placed.set("site.location", Some(Value::Point(116.52, 29.80)));
    placed.set("site.location_datum", Some(Value::Choice("wgs84")));
    placed.set(
        "site.dist_important_tributary_m",
        Some(Value::Beyond(9000.0)),
    );
    placed.set("site.dist_other_tributary_m", Some(Value::Beyond(9000.0)));
    let g = engine.grid(&placed, AS_OF, None, [116.45, 29.75, 116.6, 29.95], 300);
    let from_site =
        |c: &grid::Cell| haversine_m(LonLat::new(116.52, 29.80), LonLat::new(c.lon, c.lat));
    let site_cell = (g.cells.iter())
        .min_by(|a, b| from_site(a).total_cmp(&from_site(b)))
        .unwrap();
    assert_eq!(site_cell.band, Band::Allowed, "{site_cell:?}");
    // Beyond 8 km of the site, "more than 9 km" leaves less than the 1 km
    // band and its margin: the tributaries could be anywhere there.
    let far: Vec<_> = g.cells.iter().filter(|c| from_site(c) > 8_000.0).collect();
    assert!(far.len() > 50, "{}", far.len());
    assert!(far.iter().all(|c| c.band != Band::Allowed));
    assert_cells_agree(&placed, &g, "chemical.complete at a point");
    // A green cell is green at every point a click may land on: its
    // corners too (a user re-test clicked a green cell's edge and was left
    // open).
    let (hx, hy) = (
        (g.bbox[2] - g.bbox[0]) / g.cols as f64 / 2.0,
        (g.bbox[3] - g.bbox[1]) / g.rows as f64 / 2.0,
    );
    let mut corners = 0;
    for c in g.cells.iter().filter(|c| c.band == Band::Allowed) {
        for (sx, sy) in [(-1.0, -1.0), (-1.0, 1.0), (1.0, -1.0), (1.0, 1.0)] {
            let at = LonLat::new(c.lon + sx * hx * 0.99, c.lat + sy * hy * 0.99);
            let v = engine.verdicts(&moved_to(&placed, (at, 0.0)), AS_OF);
            assert_eq!(
                Band::of(v.bounds),
                Band::Allowed,
                "the corner {at:?} of a green cell"
            );
            corners += 1;
        }
    }
    assert!(corners > 0);
}

#[test]
fn a_typed_distance_carries_to_a_cell_as_a_bound_only_while_it_decides() {
    let limits = [1000.0, 3000.0, 5000.0];
    // 9 km from the site, 2 km to the cell: at least 7 km there, which is
    // more than a metre less.
    assert_eq!(
        grid::carried_value((9000.0, 9000.0), (2000.0, 2000.0), 50.0, &limits),
        Some(Value::Beyond(6999.0))
    );
    // "More than 5 km" has no upper end: 3.9 km away, more than 1 km.
    assert_eq!(
        grid::carried_value((5000.0, f64::INFINITY), (3900.0, 3900.0), 0.0, &limits),
        Some(Value::Beyond(1099.0))
    );
    // Exactly at a band's edge: "within 1 km" includes 1 km, so the water
    // is within it, never cleared by "more than 999" (a review).
    assert_eq!(
        grid::carried_value((1000.0, 1000.0), (0.0, 0.0), 0.0, &[1000.0]),
        Some(Value::Within(1000.0))
    );
    // 300 m from a tributary, 200–400 m to the cell: within 700 m there.
    assert_eq!(
        grid::carried_value((300.0, 300.0), (200.0, 400.0), 50.0, &limits),
        Some(Value::Within(700.0))
    );
    // Either bound would straddle every threshold: nothing is known.
    assert_eq!(
        grid::carried_value((2000.0, 2000.0), (1500.0, 1500.0), 50.0, &[1000.0]),
        None
    );
    // Past the site's own distance, "more than" says nothing at all.
    assert_eq!(
        grid::carried_value((900.0, f64::INFINITY), (1000.0, 1000.0), 0.0, &limits),
        None
    );
}

#[test]
fn tributary_distances_reach_a_cell_only_from_a_site_it_can_place() {
    let engine = Engine::embedded().unwrap();
    let mut project = lead("chemical");
    project.set("site.dist_important_tributary_m", Some(Value::Num(6000.0)));
    let at = LonLat::new(116.0, 29.6);
    // No point and no park: the typed figure describes a site nowhere.
    let none = engine.carried_at(&project, AS_OF, None, (at, 0.0));
    assert_eq!(none, [("site.dist_important_tributary_m", None)]);
    // A point 1.1 km away: at least about 4.8 km there, less the point's
    // own 30 m and the sphere's slack.
    project.set("site.location", Some(Value::Point(116.0, 29.61)));
    project.set("site.location_datum", Some(Value::Choice("wgs84")));
    let d = haversine_m(LonLat::new(116.0, 29.61), at);
    match &engine.carried_at(&project, AS_OF, None, (at, 0.0))[..] {
        [("site.dist_important_tributary_m", Some(Value::Beyond(x)))] => {
            assert!(
                *x < 6000.0 - d - 30.0 && *x > 6000.0 - d * 1.01 - 30.0,
                "{x} at {d}"
            );
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn the_map_alone_cannot_prohibit_what_its_margin_straddles() {
    // The bundled map is good to ±1 km plus a web-map point's 30 m (GEO-04):
    // inside the 1 km band the map cannot say "surely within", so the band
    // is painted undecided, never allowed and never prohibited.
    let engine = Engine::embedded().unwrap();
    let project = lead("chemical.complete");
    let g = engine.grid(&project, AS_OF, None, BOX, 900);
    let near: Vec<_> = (g.cells.iter())
        .filter(|c| {
            let d = engine.water().unwrap().distances(LonLat::new(c.lon, c.lat));
            d.river.is_some_and(|n| n.metres < 1000.0)
        })
        .collect();
    assert!(!near.is_empty());
    for c in near {
        assert_eq!(
            (c.band, c.overall),
            (Band::Undecided, Outcome::NeedsInput),
            "{c:?}"
        );
    }
    // What the user entered about the site goes with it to every cell: a
    // site in a nature reserve's core zone is prohibited anywhere.
    let mut reserve = project.clone();
    let spec = jiujiang_engine::project::field("site.nature_reserve_zone").unwrap();
    let core = jiujiang_engine::project::parse_value(spec, "core", None).unwrap();
    reserve.set("site.nature_reserve_zone", core);
    let g = engine.grid(&reserve, AS_OF, None, BOX, 100);
    assert!(g.cells.iter().all(|c| c.band == Band::Prohibited), "{g:?}");
}

#[test]
fn a_software_office_is_allowed_everywhere_it_is_not_in_the_water() {
    let engine = Engine::embedded().unwrap();
    let project = lead("software.complete");
    let g = engine.grid(&project, AS_OF, None, BOX, 400);
    assert!(g.cells.iter().all(|c| c.band == Band::Allowed), "{g:?}");
}

#[test]
fn boxes_are_checked_and_shaped() {
    assert!(grid::check_bbox([116.0, 29.0, 115.0, 30.0]).is_err());
    assert!(grid::check_bbox([f64::NAN, 29.0, 117.0, 30.0]).is_err());
    assert!(grid::check_bbox([116.0, 29.0, 190.0, 30.0]).is_err());
    assert!(grid::check_bbox(grid::MAP_BBOX).is_ok());
    let (cols, rows) = grid::shape(grid::MAP_BBOX, 10_000);
    assert!((9_000..=11_000).contains(&(cols * rows)), "{cols}×{rows}");
    // About square cells on the ground: 3.3° of longitude at 29.5° N is
    // about 1.6 times 1.8° of latitude.
    assert!(cols > rows && (cols as f64 / rows as f64 - 1.6).abs() < 0.1);
    assert_eq!(grid::shape(grid::MAP_BBOX, 1), (1, 1));
}

/// Open water of Poyang Lake farther from any bank than a cell's search
/// looks is still water: the cell is in Poyang's lakeside belt, as the
/// screened project is. (The cell was painted allowed before.)
#[test]
fn a_cell_far_out_in_the_lake_is_still_in_the_lake() {
    let engine = Engine::embedded().unwrap();
    let at = LonLat::new(116.118, 29.146);
    let d = jiujiang_engine::geo::water::WaterMap::embedded().distances_within(at, 6_031.0);
    assert!(
        d.lake.is_some_and(|n| n.inside) && d.poyang.is_some_and(|n| n.inside),
        "{d:?}"
    );
    let e = 1e-6;
    for name in ["software.complete", "logistics.complete"] {
        let project = lead(name);
        let g = engine.grid(
            &project,
            AS_OF,
            None,
            [at.lon - e, at.lat - e, at.lon + e, at.lat + e],
            1,
        );
        let v = engine.verdicts(&moved_to(&project, (at, 0.0)), AS_OF);
        assert_eq!(v.overall, Outcome::RequiresReview, "{name}");
        assert_eq!(g.cells[0].overall, v.overall, "{name}");
    }
}

/// A project that states its point's precision (here exact) narrows its own
/// margin, not a cell's: a cell's point is taken as a web-map point, so the
/// search must reach as far as that margin needs. Water 6,005 m from this
/// cell was not looked for, and GEO-DEF-05 was painted allowed. (The rule
/// alone: with the whole rule base other open rules hide it.)
#[test]
fn a_stated_precision_does_not_shorten_the_cells_search() {
    use jiujiang_engine::rules::facts::Siting;
    use jiujiang_engine::rules::program::Program;
    let engine = Engine::embedded().unwrap();
    let mut data = engine.data.clone();
    data.rules.retain(|r| r.id == "GEO-DEF-05");
    let program = Program::new(&data);
    let siting = Siting {
        water: engine.water(),
        boundary: None,
        near: None,
    };
    let project = engine
        .project_from_json(r#"{"schema_version":1,"industry_code":"L7221","action":"new","park_positioning":"chemical","site":{"location":"115.3,29.3","location_datum":"wgs84","location_precision_m":0,"dist_important_tributary_m":9000}}"#)
        .unwrap();
    // (The first point chosen, 116.65973 E 29.87373 N, lost its water at
    // 6,019 m once water far from the Yangtze stopped counting as it.)
    let at = LonLat::new(116.31, 29.90);
    let e = 1e-6;
    let g = grid::grid(
        &data,
        &program,
        siting,
        &project,
        AS_OF,
        [at.lon - e, at.lat - e, at.lon + e, at.lat + e],
        (1, 1),
    );
    let v = jiujiang_engine::rules::report::verdicts_with(
        &data,
        &program,
        siting,
        &moved_to(&project, (at, 0.0)),
        AS_OF,
    );
    assert_eq!(v.overall, Outcome::NeedsInput);
    assert_eq!(g.cells[0].overall, v.overall);
}

#[test]
fn a_chemical_plant_said_to_be_in_no_park_is_open_within_the_parks_not_prohibited_everywhere() {
    // A user test answered "not in a chemical park" and saw the whole city
    // painted prohibited, the parks included: the answer is the entered
    // site's, and within a park's circle a cell may be in the park.
    let engine = Engine::embedded().unwrap();
    for (key, value) in [
        ("site.chemical_park", "none"),
        ("site.in_compliant_park", "no"),
    ] {
        let mut project = lead("chemical.complete");
        let (typed, errors) = engine.parse_fields([(key, value)]);
        assert!(errors.is_empty());
        project.set(key, typed.get(key).cloned());
        if key == "site.in_compliant_park" {
            project.set("site.chemical_park", None);
        }
        let g = engine.grid(&project, AS_OF, None, [116.3, 29.7, 116.8, 30.05], 300);
        let (inside, outside): (Vec<&grid::Cell>, Vec<&grid::Cell>) =
            (g.cells.iter()).partition(|c| in_some_park((LonLat::new(c.lon, c.lat), 0.0)));
        assert!(!inside.is_empty() && !outside.is_empty(), "{key}");
        assert!(inside.iter().any(|c| c.band == Band::Undecided), "{key}");
        assert!(outside.iter().any(|c| c.band == Band::Prohibited), "{key}");
        assert_cells_agree(&project, &g, key);
    }
}

#[test]
fn park_answers_the_map_cannot_place_are_open_at_every_cell() {
    // A review saw a chemical plant "in another recognised park" painted
    // allowed everywhere, and one in a park that lost its designation
    // painted prohibited inside the listed parks' circles too.
    let engine = Engine::embedded().unwrap();
    for value in ["other_recognised", "revoked"] {
        let mut project = lead("chemical.complete");
        let (typed, errors) = engine.parse_fields([("site.chemical_park", value)]);
        assert!(errors.is_empty());
        project.set(
            "site.chemical_park",
            typed.get("site.chemical_park").cloned(),
        );
        let g = engine.grid(&project, AS_OF, None, [116.3, 29.7, 116.8, 30.05], 300);
        assert!(g.cells.iter().all(|c| c.band != Band::Allowed), "{value}");
        assert!(g.cells.iter().any(|c| c.band == Band::Undecided), "{value}");
        assert_cells_agree(&project, &g, value);
    }
}

#[test]
fn a_named_park_holds_no_cell_outside_its_county_or_jiujiang() {
    // An advisor audit saw a chemical plant in the Yongxiu park painted
    // allowed in Nanchang, inside the park's circle but not in Jiujiang.
    let engine = Engine::embedded().unwrap();
    let mut project = lead("chemical.complete");
    let (typed, _) = engine.parse_fields([("site.chemical_park", "yongxiu-xinghuo")]);
    project.set(
        "site.chemical_park",
        typed.get("site.chemical_park").cloned(),
    );
    let g = engine.grid(&project, AS_OF, None, [115.93, 29.085, 115.945, 29.095], 4);
    assert!(!g.cells.is_empty());
    for cell in &g.cells {
        assert!(!cell.in_jiujiang, "{cell:?}");
        assert_ne!(cell.band, Band::Allowed, "{cell:?}");
    }
    assert_cells_agree(&project, &g, "yongxiu");
}
