//! Money and land as staff say them at a table (a user test of 2026-12-05
//! saw each of these refused as "not a number"), and what is still refused.

mod common;
use common::*;
use jiujiang_engine::project::Value;

fn read(key: &str, raw: &str) -> Result<f64, String> {
    let (p, errors) = engine().parse_fields([(key, raw)]);
    if let Some(e) = errors.first() {
        return Err(e.message.en.clone());
    }
    match p.get(key) {
        Some(Value::Num(v)) => Ok(*v),
        other => Err(format!("{other:?}")),
    }
}

#[test]
fn money_and_land_said_aloud_are_read() {
    let total = "invest.total_10k_cny";
    for (raw, wan) in [
        ("5个亿", 50_000.0),
        ("约5亿", 50_000.0),
        ("5亿左右", 50_000.0),
        ("大概5亿元", 50_000.0),
        ("2千万", 2_000.0),
        ("3百万", 300.0),
        ("两万", 2.0),
        ("两亿", 20_000.0),
        // Refused until 2026-12-05 (tests/input.rs held it as bad).
        ("五亿", 50_000.0),
        ("500000000元", 50_000.0),
        ("500,000,000 yuan", 50_000.0),
        ("approx 2 billion", 200_000.0),
        ("约500", 500.0),
    ] {
        assert_eq!(read(total, raw), Ok(wan), "{raw}");
    }
    assert_eq!(read("invest.foreign_usd_10k", "5000000美元"), Ok(500.0));
    assert_eq!(read("invest.land_mu", "150亩左右"), Ok(150.0));
    assert_eq!(read("invest.land_mu", "约150亩"), Ok(150.0));
}

#[test]
fn a_range_is_refused_with_what_to_do() {
    for raw in ["3-5亿", "3到5亿", "100~150亩"] {
        let key = if raw.contains('亩') {
            "invest.land_mu"
        } else {
            "invest.total_10k_cny"
        };
        let e = read(key, raw).unwrap_err();
        assert!(
            e.contains("is a range") && e.contains("duplicate the scenario"),
            "{raw}: {e}"
        );
    }
    // Spaced as a spreadsheet might.
    assert!(read("invest.total_10k_cny", "3 - 5亿")
        .unwrap_err()
        .contains("is a range"));
    // A negative figure is no range, "about" or not.
    assert!(read("invest.total_10k_cny", "-5")
        .unwrap_err()
        .contains("negative"));
    assert!(read("invest.total_10k_cny", "约-5")
        .unwrap_err()
        .contains("negative"));
    // A message quotes what was typed, not the rewriting ("2000万").
    let e = read("invest.land_mu", "2千万").unwrap_err();
    assert!(e.contains("“2千万”"), "{e}");
    assert_eq!(read("invest.total_10k_cny", "1.1百万"), Ok(110.0));
}

/// Near a band's line "about" is the question: distances and energy keep
/// refusing it.
#[test]
fn about_is_still_refused_for_distances_and_energy() {
    assert!(read("site.dist_yangtze_mainstream_m", "约2公里").is_err());
    assert!(read("energy.stated_total_tce", "约5000").is_err());
}

/// An energy figure refused is told what to write, not "not a number": the
/// "about" taken off, or tonnes said as coal equivalent or put under the
/// carrier (a user test typed "1.2万吨" and "约2万吨").
#[test]
fn a_refused_energy_figure_says_what_to_write() {
    let about = read("energy.stated_total_tce", "约2万吨").unwrap_err();
    assert!(about.contains("without “about”"), "{about}");
    let tonnes = read("energy.stated_total_tce", "1.2万吨").unwrap_err();
    assert!(tonnes.contains("tonnes of coal equivalent"), "{tonnes}");
    assert!(tonnes.contains("Raw coal"), "{tonnes}");
    assert_eq!(read("energy.stated_total_tce", "1.2万吨标煤"), Ok(12000.0));
    // Physical tonnes in a carrier's field are its own unit, read as before.
    assert_eq!(read("energy.coal_t", "1.2万吨"), Ok(12000.0));
}

/// "5公里外" is said as "more than 5 km".
#[test]
fn beyond_said_aloud_is_a_bound() {
    let (p, errors) = engine().parse_fields([("site.dist_yangtze_mainstream_m", "5公里外")]);
    assert!(errors.is_empty(), "{errors:?}");
    assert!(
        matches!(p.get("site.dist_yangtze_mainstream_m"), Some(Value::Beyond(v)) if *v == 5000.0)
    );
}

/// The water named before the figure, and "大于" for "more than" (a re-test
/// saw both refused while "超过5公里" was read).
#[test]
fn a_distance_said_with_its_water_or_dayu_is_read() {
    for raw in ["离江5公里外", "大于5公里", "距长江超过5公里"] {
        let (p, errors) = engine().parse_fields([("site.dist_yangtze_mainstream_m", raw)]);
        assert!(errors.is_empty(), "{raw}: {errors:?}");
        assert!(
            matches!(p.get("site.dist_yangtze_mainstream_m"), Some(Value::Beyond(v)) if *v == 5000.0),
            "{raw}"
        );
    }
    let (p, _) = engine().parse_fields([("site.dist_yangtze_mainstream_m", "距江不到1公里")]);
    assert!(
        matches!(p.get("site.dist_yangtze_mainstream_m"), Some(Value::Within(v)) if *v == 1000.0)
    );
}

/// A distance said in words reads back as the bound or figure used.
#[test]
fn a_distance_in_words_is_echoed() {
    use jiujiang_engine::project::{amount_echo, field};
    let f = field("site.dist_yangtze_mainstream_m").unwrap();
    assert_eq!(
        amount_echo(f, "5公里外").map(|t| t.zh).as_deref(),
        Some("> 5,000 米")
    );
    assert_eq!(
        amount_echo(f, "两公里").map(|t| t.zh).as_deref(),
        Some("2,000 米")
    );
    assert_eq!(amount_echo(f, "1500"), None);
}
