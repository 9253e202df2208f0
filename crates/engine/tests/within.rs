//! A distance to water known only to be at most a figure ("<800", "不到1公里",
//! "1公里以内"): staff often know a site is inside a band before it is
//! surveyed (a user test saw "<1000" refused while ">5000" was read). Read
//! as a range from the water's edge to the figure, with a typed figure's
//! margin, so that it decides what every distance in it decides and leaves
//! open what one of them would not.

mod common;
use common::engine;
use jiujiang_engine::project::{value_text, Value};
use jiujiang_engine::{Date, Outcome};

const KEY: &str = "site.dist_yangtze_mainstream_m";
const AS_OF: Date = Date::new(2026, 12, 5);

fn chemical_plant(distance: &str) -> jiujiang_engine::Project {
    let (p, e) = engine().parse_fields([
        ("industry_code", "C2614"),
        ("action", "new"),
        (KEY, distance),
    ]);
    assert!(e.is_empty(), "{distance}: {e:?}");
    p
}

fn yrb01(p: &jiujiang_engine::Project) -> (Outcome, Vec<&'static str>) {
    let r = engine().screen(p, AS_OF);
    let f = r.findings.iter().find(|f| f.rule_id == "YRB-01").unwrap();
    (f.outcome, f.missing.clone())
}

#[test]
fn an_upper_bound_is_read_in_every_way_staff_write_it() {
    for typed in [
        "<800",
        "< 0.8 km",
        "≤800",
        "<=800",
        "不到800米",
        "不足0.8公里",
        "小于800",
        "800米以内",
        "0.8公里内",
        "within 800 m",
        "under 0.8km",
        "Within 800 m",
        "UNDER 0.8 km",
    ] {
        let p = chemical_plant(typed);
        assert_eq!(p.get(KEY), Some(&Value::Within(800.0)), "{typed}");
    }
    let p = chemical_plant("<800");
    // Written back as a file holds it, and read again the same.
    assert_eq!(value_text(p.get(KEY).unwrap()), "<=800");
    let file = p.to_json_value().to_string();
    assert!(file.contains("\"<=800\""), "{file}");
    assert_eq!(engine().project_from_json(&file).unwrap(), p);
    // Shown as what it is, never as a measured 800 m.
    let r = engine().screen(&p, AS_OF);
    let shown: Vec<String> = (r.findings.iter())
        .flat_map(|f| &f.inputs)
        .filter(|i| i.field == KEY)
        .map(|i| i.shown().en)
        .collect();
    assert!(
        !shown.is_empty() && shown.iter().all(|s| s == "≤ 800 m"),
        "{shown:?}"
    );
}

#[test]
fn inside_the_band_it_decides_at_its_edge_it_asks_and_wider_it_stays_open() {
    // Well inside the 1 km band (800 m and its margin): prohibited, as any
    // measured distance up to 800 m would be.
    assert_eq!(
        yrb01(&chemical_plant("<800")),
        yrb01(&chemical_plant("800"))
    );
    assert_eq!(yrb01(&chemical_plant("<800")).0, Outcome::Prohibited);
    assert_eq!(yrb01(&chemical_plant("1公里以内")).0, Outcome::NeedsInput);
    // "Under 1 km" against the 1 km line (known to its margin): the
    // measured figure is asked for, as for a typed 990 m.
    let (outcome, missing) = yrb01(&chemical_plant("<1000"));
    assert_eq!(outcome, Outcome::NeedsInput);
    assert!(missing.contains(&KEY), "{missing:?}");
    // "Under 5 km" may be in the band or not: open, and the figure asked.
    let (outcome, missing) = yrb01(&chemical_plant("<5000"));
    assert_eq!(outcome, Outcome::NeedsInput);
    assert!(missing.contains(&KEY), "{missing:?}");
}

#[test]
fn a_bound_with_no_figure_or_outside_a_water_distance_is_refused_at_its_field() {
    for (key, typed) in [
        (KEY, "<"),
        (KEY, "以内"),
        (KEY, "< -5"),
        (KEY, "<abc"),
        ("site.location_precision_m", "<30"),
        ("invest.land_mu", "<100"),
    ] {
        let (_, e) = engine().parse_fields([(key, typed)]);
        assert_eq!(e.len(), 1, "{key}={typed}: {e:?}");
        assert_eq!(e[0].field, key);
    }
}

#[test]
fn a_lower_bound_in_words_is_read_whatever_its_capitals() {
    for typed in ["more than 5 km", "More than 5 km", "MORE THAN 5000"] {
        assert_eq!(
            chemical_plant(typed).get(KEY),
            Some(&Value::Beyond(5000.0)),
            "{typed}"
        );
    }
}

/// "About 2 km" is refused, since near a band's line "about" is the
/// question, and the message says where the figure and the "about" go
/// rather than "not a number" (a user test).
#[test]
fn a_distance_typed_with_about_is_refused_with_where_the_about_goes() {
    for (typed, figure) in [
        ("about 2 km", "2 km"),
        ("Approx. 1200", "1200"),
        ("~800 m", "800 m"),
        ("约2公里", "2公里"),
        ("2公里左右", "2公里"),
    ] {
        let (p, e) = engine().parse_fields([(KEY, typed)]);
        assert!(p.get(KEY).is_none(), "{typed}");
        let en = &e[0].message.en;
        assert!(
            en.contains(&format!("enter the figure alone ({figure})")),
            "{typed}: {en}"
        );
        assert!(e[0].message.zh.contains("量测误差"), "{typed}");
    }
    // Words that are no figure at all stay "not a number".
    let (_, e) = engine().parse_fields([(KEY, "about here")]);
    assert!(e[0].message.en.contains("is not a number"), "{e:?}");
}
