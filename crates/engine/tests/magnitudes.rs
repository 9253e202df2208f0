//! Figures typed with their Chinese magnitude in fields not counted in 万:
//! tonnes of capacity and of energy, and 万 units written with their own
//! unit after the magnitude.

mod common;
use common::engine;

#[test]
fn tonnes_are_read_with_their_chinese_magnitude() {
    let (p, errors) = engine().parse_fields([
        ("capacity.new_t", "100万吨"),
        ("capacity.offered_t", "125万"),
        ("energy.other_tce", "1.2万吨标准煤"),
        ("energy.coal_t", "0.5亿吨"),
    ]);
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(p.num("capacity.new_t"), Some(1_000_000.0));
    assert_eq!(p.num("capacity.offered_t"), Some(1_250_000.0));
    assert_eq!(p.num("energy.other_tce"), Some(12_000.0));
    assert_eq!(p.num("energy.coal_t"), Some(50_000_000.0));
    // A plain figure is read as before, and a bare magnitude or words are
    // refused at the field.
    let (p, _) = engine().parse_fields([("capacity.new_t", "1000000")]);
    assert_eq!(p.num("capacity.new_t"), Some(1_000_000.0));
    for bad in ["万吨", "一百万吨", "-100万吨", "100万万"] {
        let (_, errors) = engine().parse_fields([("capacity.new_t", bad)]);
        assert_eq!(errors.len(), 1, "{bad}: {errors:?}");
        assert_eq!(errors[0].field, "capacity.new_t", "{bad}");
    }
    // Beyond the field's range once scaled.
    let (_, errors) = engine().parse_fields([("capacity.new_t", "100亿吨")]);
    assert_eq!(errors.len(), 1, "{errors:?}");
    // A distance is not in tonnes: 万 there is refused, not scaled.
    let (_, errors) = engine().parse_fields([("site.dist_yangtze_mainstream_m", "1万")]);
    assert_eq!(errors.len(), 1, "{errors:?}");
}

#[test]
fn electricity_in_wan_accepts_its_unit_after_the_magnitude() {
    let (p, errors) = engine().parse_fields([("energy.electricity_10k_kwh", "2亿千瓦时")]);
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(p.num("energy.electricity_10k_kwh"), Some(20_000.0));
    let (p, errors) = engine().parse_fields([("energy.electricity_10k_kwh", "8000万千瓦时")]);
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(p.num("energy.electricity_10k_kwh"), Some(8_000.0));
}

/// Gas in tonnes (LNG) is refused saying how to convert it, never read as
/// cubic metres (a user test typed "5000 t"); cubic metres still are.
#[test]
fn gas_in_tonnes_is_refused_with_how_to_convert() {
    for raw in ["5000 t", "5000吨", "5000 tonnes"] {
        let (p, errors) = engine().parse_fields([("energy.natural_gas_10k_m3", raw)]);
        assert_eq!(errors.len(), 1, "{raw}: {errors:?}");
        assert!(errors[0].message.en.contains("LNG"), "{raw}: {errors:?}");
        assert!(
            errors[0].message.zh.contains("液化天然气"),
            "{raw}: {errors:?}"
        );
        assert_eq!(p.num("energy.natural_gas_10k_m3"), None);
    }
    let (p, errors) = engine().parse_fields([("energy.natural_gas_10k_m3", "5000万立方米")]);
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(p.num("energy.natural_gas_10k_m3"), Some(5_000.0));
}

#[test]
fn money_in_the_other_currency_is_refused_not_misread() {
    for (key, raw) in [
        ("invest.total_10k_cny", "2 billion USD"),
        ("invest.total_10k_cny", "$300 million"),
        ("invest.fixed_assets_10k_cny", "5亿美元"),
        ("invest.foreign_usd_10k", "2 billion CNY"),
        ("invest.foreign_usd_10k", "RMB 300 million"),
        ("invest.foreign_usd_10k", "5亿元"),
    ] {
        let (p, errors) = engine().parse_fields([(key, raw)]);
        assert_eq!(errors.len(), 1, "{key}={raw}: {errors:?}");
        assert_eq!(errors[0].field, key);
        assert!(
            errors[0].message.en.contains("convert the figure first"),
            "{errors:?}"
        );
        // Dollars in a yuan field are told where dollars go.
        let yuan_field = key != "invest.foreign_usd_10k";
        let points = errors[0]
            .message
            .en
            .contains("goes in “Foreign investment”");
        assert_eq!(points, yuan_field, "{errors:?}");
        assert_eq!(p.num(key), None, "{key}={raw}");
    }
    // Each field's own currency is read as before.
    let (p, errors) = engine().parse_fields([
        ("invest.total_10k_cny", "2 billion yuan"),
        ("invest.fixed_assets_10k_cny", "5亿元"),
        ("invest.foreign_usd_10k", "20 million USD"),
    ]);
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(p.num("invest.total_10k_cny"), Some(200_000.0));
    assert_eq!(p.num("invest.fixed_assets_10k_cny"), Some(50_000.0));
    assert_eq!(p.num("invest.foreign_usd_10k"), Some(2_000.0));
    let (p, errors) = engine().parse_fields([("invest.foreign_usd_10k", "300万美元")]);
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(p.num("invest.foreign_usd_10k"), Some(300.0));
}

#[test]
fn a_point_grouping_thousands_in_wan_is_asked_about() {
    // "8.000" 万元: eight, or eight thousand? Not silently 80,000 yuan.
    let (p, errors) = engine().parse_fields([("finance.rd_10k_cny", "8.000")]);
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(errors[0].message.en.contains("8 or 8000?"), "{errors:?}");
    assert_eq!(p.num("finance.rd_10k_cny"), None);
    let (p, errors) = engine().parse_fields([("finance.rd_10k_cny", "8.5")]);
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(p.num("finance.rd_10k_cny"), Some(8.5));
}

#[test]
fn a_currency_written_first_is_read_as_an_investor_writes_it() {
    let (p, errors) = engine().parse_fields([
        ("invest.total_10k_cny", "RMB 2 billion"),
        ("finance.rd_10k_cny", "¥300 million"),
        ("invest.foreign_usd_10k", "US$ 30 million"),
    ]);
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(p.num("invest.total_10k_cny"), Some(200_000.0));
    assert_eq!(p.num("finance.rd_10k_cny"), Some(30_000.0));
    assert_eq!(p.num("invest.foreign_usd_10k"), Some(3_000.0));
    // The other currency first is still refused.
    let (_, errors) = engine().parse_fields([("invest.total_10k_cny", "US$ 2 billion")]);
    assert_eq!(errors.len(), 1, "{errors:?}");
}

#[test]
fn land_and_tonnes_may_carry_their_unit() {
    let (p, errors) = engine().parse_fields([
        ("invest.land_mu", "200亩"),
        ("capacity.new_t", "300000 t"),
        ("energy.other_tce", "8000 tce"),
    ]);
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(p.num("invest.land_mu"), Some(200.0));
    assert_eq!(p.num("capacity.new_t"), Some(300_000.0));
    assert_eq!(p.num("energy.other_tce"), Some(8_000.0));
    let (p, errors) = engine().parse_fields([("invest.land_mu", "1.2万亩")]);
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(p.num("invest.land_mu"), Some(12_000.0));
    let (p, errors) = engine().parse_fields([("invest.land_mu", "200 MU")]);
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(p.num("invest.land_mu"), Some(200.0));
    // A unit alone, or another field's, is still refused at the field, and
    // a point grouping thousands is asked about with its unit as without.
    for (key, bad) in [
        ("invest.land_mu", "亩"),
        ("invest.land_mu", "200吨"),
        ("capacity.new_t", "200亩"),
        ("energy.other_tce", "8.000 tce"),
        ("finance.rd_10k_cny", "8.000万"),
        ("invest.land_mu", "1.000亩"),
        // Coal in tonnes of coal equivalent, or tce in physical tonnes.
        ("energy.coal_t", "6000吨标准煤"),
        ("energy.coal_t", "8000 tce"),
        ("energy.other_tce", "5000 t"),
        ("capacity.new_t", "100万吨标准煤"),
    ] {
        let (_, errors) = engine().parse_fields([(key, bad)]);
        assert_eq!(errors.len(), 1, "{key}={bad}: {errors:?}");
    }
}

#[test]
fn the_currency_named_in_chinese_before_or_after_the_figure_is_read() {
    // As a contract writes a sum (a user test saw "5亿元人民币" refused).
    for (key, raw, want) in [
        ("invest.total_10k_cny", "5亿元人民币", 50_000.0),
        ("invest.total_10k_cny", "人民币5亿元", 50_000.0),
        ("invest.fixed_assets_10k_cny", "3000万人民币", 3_000.0),
        ("invest.foreign_usd_10k", "3000万美金", 3_000.0),
        ("invest.foreign_usd_10k", "美金 3000万", 3_000.0),
    ] {
        let (p, errors) = engine().parse_fields([(key, raw)]);
        assert!(errors.is_empty(), "{key}={raw}: {errors:?}");
        assert_eq!(p.num(key), Some(want), "{key}={raw}");
    }
    // The other currency in the same words is refused, not read as the field's.
    for (key, raw) in [
        ("invest.total_10k_cny", "3000万美金"),
        ("invest.foreign_usd_10k", "5亿元人民币"),
        ("invest.foreign_usd_10k", "人民币 5亿"),
    ] {
        let (_, errors) = engine().parse_fields([(key, raw)]);
        assert_eq!(errors.len(), 1, "{key}={raw}: {errors:?}");
        assert_eq!(errors[0].field, key);
    }
}

#[test]
fn a_figure_with_its_own_unit_after_it_is_read() {
    // As staff type them (a user test saw each refused).
    for (key, raw, want) in [
        ("finance.jobs", "1000人", 1_000.0),
        ("finance.jobs", "1,000 people", 1_000.0),
        ("finance.st_staff_pct", "15%", 15.0),
        ("finance.hitech_income_pct", "60 %", 60.0),
        ("energy.electricity_10k_kwh", "3000万度", 3_000.0),
        ("energy.electricity_10k_kwh", "0.3亿度", 3_000.0),
        ("energy.electricity_10k_kwh", "3000万kWh", 3_000.0),
        ("energy.natural_gas_10k_m3", "500万立方米", 500.0),
        ("energy.natural_gas_10k_m3", "500万方", 500.0),
        // Plants count in MWh and GWh (a user test saw "20 GWh" refused).
        ("energy.electricity_10k_kwh", "20 GWh", 2_000.0),
        ("energy.electricity_10k_kwh", "20,000 MWh", 2_000.0),
        ("energy.electricity_10k_kwh", "2万兆瓦时", 2_000.0),
        ("energy.electricity_10k_kwh", "0.02 TWh", 2_000.0),
    ] {
        let (p, errors) = engine().parse_fields([(key, raw)]);
        assert!(errors.is_empty(), "{key}={raw}: {errors:?}");
        assert_eq!(p.num(key), Some(want), "{key}={raw}");
    }
    // A unit that is not the field's own is refused, not dropped: money in
    // the electricity field, kWh in a money field, tonnes for jobs.
    for (key, raw) in [
        ("energy.electricity_10k_kwh", "8000万元"),
        ("invest.total_10k_cny", "5亿千瓦时"),
        ("finance.jobs", "1000吨"),
        ("finance.st_staff_pct", "15人"),
    ] {
        let (_, errors) = engine().parse_fields([(key, raw)]);
        assert_eq!(errors.len(), 1, "{key}={raw}: {errors:?}");
        assert_eq!(errors[0].field, key);
    }
}

/// Land typed in another unit of area is put in 亩 by the exact ratios
/// (1 亩 = 10,000/15 m²); a unit that is no area is still refused.
#[test]
fn land_in_hectares_square_metres_or_acres_is_read_in_mu() {
    for (typed, mu) in [
        ("10 ha", 150.0),
        ("10公顷", 150.0),
        ("2 hectares", 30.0),
        ("10万平方米", 150.0),
        ("100,000 m2", 150.0),
        ("6667㎡", 10.0005),
        ("200 acres", 1_214.056_926_72),
        ("300亩", 300.0),
    ] {
        let (p, errors) = engine().parse_fields([("invest.land_mu", typed)]);
        assert!(errors.is_empty(), "{typed}: {errors:?}");
        let got = p.num("invest.land_mu").unwrap();
        assert!((got - mu).abs() < 1e-6, "{typed}: {got}");
    }
    for bad in ["10 km", "ha", "-10 ha"] {
        let (_, errors) = engine().parse_fields([("invest.land_mu", bad)]);
        assert_eq!(errors.len(), 1, "{bad}: {errors:?}");
    }
    // The form echoes what it read, in 亩; a figure typed in 亩 needs none.
    use jiujiang_engine::project::{amount_echo, field};
    let echo = |raw: &str| amount_echo(field("invest.land_mu").unwrap(), raw).map(|t| t.en);
    assert_eq!(echo("10 ha").as_deref(), Some("150 mu"));
    assert_eq!(echo("200 acres").as_deref(), Some("1,214 mu"));
    assert_eq!(echo("1 ha").as_deref(), Some("15 mu"));
    assert_eq!(echo("1 acre").as_deref(), Some("6.07 mu"));
    assert_eq!(echo("300亩"), None);
    assert_eq!(echo("2 m2").as_deref(), Some("0.003 mu"));
    // Other fields read with a magnitude echo likewise.
    let echo_in =
        |key: &str, raw: &str| amount_echo(field(key).unwrap(), raw).map(|t| (t.zh, t.en));
    assert_eq!(
        echo_in("energy.electricity_10k_kwh", "30 million kWh"),
        Some(("3,000 万千瓦时".into(), "30,000,000 kWh".into()))
    );
    assert_eq!(
        echo_in("capacity.new_t", "100万吨").map(|e| e.0),
        Some("1,000,000 吨/年".into())
    );
    assert_eq!(echo_in("finance.jobs", "500 employees"), None);
    // Scaled before rounding: no kWh go missing from the English echo.
    assert_eq!(
        echo_in("energy.electricity_10k_kwh", "1.234567 million kWh").map(|e| e.1),
        Some("1,234,567 kWh".into())
    );
    assert_eq!(echo("300"), None);
    // Only land: a capacity in tonnes takes no hectares.
    let (_, errors) = engine().parse_fields([("capacity.new_t", "10 ha")]);
    assert_eq!(errors.len(), 1, "{errors:?}");
}

/// Energy and jobs as an investor writes them.
#[test]
fn tce_and_jobs_are_read_in_an_investor_s_words() {
    let (p, errors) = engine().parse_fields([
        ("energy.stated_total_tce", "10k tce"),
        ("energy.other_tce", "10,000 tonnes of coal equivalent"),
        ("finance.jobs", "500 employees"),
    ]);
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(p.num("energy.stated_total_tce"), Some(10_000.0));
    assert_eq!(p.num("energy.other_tce"), Some(10_000.0));
    assert_eq!(p.num("finance.jobs"), Some(500.0));
    // "k" only with the unit: "10k" alone in tce is not guessed at.
    for (key, bad) in [
        ("energy.stated_total_tce", "10k"),
        ("finance.jobs", "500 cars"),
    ] {
        let (_, errors) = engine().parse_fields([(key, bad)]);
        assert_eq!(errors.len(), 1, "{bad}: {errors:?}");
    }
}

/// A dollar figure refused in a yuan field is read as dollars for the form
/// to offer in yuan (never converted unasked); where dollars go is said only
/// at an investment field (a user test read it at the R&D field).
#[test]
fn dollars_in_a_yuan_field_are_read_for_the_offer() {
    use jiujiang_engine::project::{dollars_in_yuan_field, field};
    let rd = field("finance.rd_10k_cny").unwrap();
    assert_eq!(dollars_in_yuan_field(rd, "USD 5 million"), Some(500.0));
    assert_eq!(dollars_in_yuan_field(rd, "$150m"), Some(15_000.0));
    assert_eq!(dollars_in_yuan_field(rd, "5 million"), None);
    assert_eq!(dollars_in_yuan_field(rd, "RMB 5亿"), None);
    let usd = field("invest.foreign_usd_10k").unwrap();
    assert_eq!(dollars_in_yuan_field(usd, "USD 5 million"), None);
    let (_, errors) = engine().parse_fields([("finance.rd_10k_cny", "USD 5 million")]);
    assert_eq!(errors.len(), 1);
    assert!(
        !errors[0].message.en.contains("Foreign investment"),
        "{:?}",
        errors[0]
    );
    let (_, errors) = engine().parse_fields([("invest.total_10k_cny", "USD 5 million")]);
    assert!(
        errors[0].message.en.contains("Foreign investment"),
        "{:?}",
        errors[0]
    );
    // The rate offered: the one typed, else the tool's default, said as such.
    let e = engine();
    let (p, _) = e.parse_fields([("invest.cny_per_usd", "7.2")]);
    assert_eq!(e.cny_per_usd(&p, common::DEFAULT_AS_OF), Some((7.2, true)));
    let (r, typed) = e
        .cny_per_usd(&Default::default(), common::DEFAULT_AS_OF)
        .unwrap();
    assert!(r > 0.0 && !typed);
}

/// A share typed as a fraction is read as it stands and said so, with what
/// to type instead; a share of 1 % or more, or a field that is no share,
/// says nothing.
#[test]
fn a_share_typed_as_a_fraction_is_read_as_typed_and_flagged() {
    use jiujiang_engine::project::{field, fraction_hint};
    let staff = field("finance.st_staff_pct").unwrap();
    let hint = fraction_hint(staff, "0.15").expect("0.15 in a per-cent field");
    assert_eq!(hint.en, "Read as 0.15 %. If 15 % is meant, type 15.");
    assert!(hint.zh.contains("请填 15"), "{}", hint.zh);
    let (p, errors) = engine().parse_fields([("finance.st_staff_pct", "0.15")]);
    assert!(errors.is_empty());
    assert_eq!(p.num("finance.st_staff_pct"), Some(0.15));
    for quiet in ["15", "1", "0", "", "0.5%", "1e-7"] {
        assert_eq!(fraction_hint(staff, quiet), None, "{quiet}");
    }
    let land = field("invest.land_mu").unwrap();
    assert_eq!(fraction_hint(land, "0.5"), None);
}

/// A figure in the unit itself, with no magnitude, is read as units, a
/// ten-thousandth of the field's 万 (an advisor audit's "16670000 kWh" was
/// "not a number"); a bare figure above the electricity field's range is
/// refused with how to write kilowatt-hours, not read as 10,000 times the
/// use (it had been 166.7 TWh, two-high, sent to the NDRC).
#[test]
fn a_figure_in_the_base_unit_is_read_and_a_bare_kwh_figure_is_refused() {
    for (key, raw, want) in [
        ("energy.electricity_10k_kwh", "16670000 kWh", 1667.0),
        ("energy.electricity_10k_kwh", "16,670,000千瓦时", 1667.0),
        ("energy.electricity_10k_kwh", "16670000度", 1667.0),
        ("energy.electricity_10k_kwh", "16.67 GWh", 1667.0),
        ("invest.total_10k_cny", "500000元", 50.0),
        ("invest.total_10k_cny", "3000 yuan", 0.3),
        // The unit as the English label writes it, and a decimal point
        // before a larger magnitude (a user re-test had both refused).
        ("energy.electricity_10k_kwh", "1667 ×10⁴ kWh", 1667.0),
        ("energy.electricity_10k_kwh", "1667 x10^4 kWh", 1667.0),
        ("energy.electricity_10k_kwh", "1.667亿千瓦时", 16670.0),
        ("energy.electricity_10k_kwh", "1.667 billion kWh", 166_700.0),
        ("invest.total_10k_cny", "1.667亿", 16670.0),
    ] {
        let (p, errors) = engine().parse_fields([(key, raw)]);
        assert!(errors.is_empty(), "{raw}: {errors:?}");
        assert_eq!(p.num(key), Some(want), "{raw}");
    }
    let (p, errors) = engine().parse_fields([("energy.electricity_10k_kwh", "16670000")]);
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(p.is_refused("energy.electricity_10k_kwh"));
    let e = &errors[0];
    assert!(
        e.message
            .en
            .contains("“16670000 kWh” (that is 1,667 ×10⁴ kWh)"),
        "{}",
        e.message.en
    );
    assert!(e.message.zh.contains("1,667 万千瓦时"), "{}", e.message.zh);
    // Within the range, a plain figure is the field's own unit, as before.
    let (p, _) = engine().parse_fields([("energy.electricity_10k_kwh", "1667")]);
    assert_eq!(p.num("energy.electricity_10k_kwh"), Some(1667.0));
    // Another field's unit word is refused, not read in units of this one
    // (a code review: "5000 kwh" had become 0.5 万元).
    for (key, raw) in [
        ("invest.total_10k_cny", "5000 kwh"),
        ("energy.natural_gas_10k_m3", "16670000 kWh"),
        ("energy.electricity_10k_kwh", "500000 yuan"),
    ] {
        let (p, errors) = engine().parse_fields([(key, raw)]);
        assert_eq!(errors.len(), 1, "{raw}: {errors:?}");
        assert!(p.is_refused(key), "{raw}");
    }
    // A point before a smaller unit is still asked about ("12.500 MWh" may
    // be 1,250), and a decimal comma is not read as a kWh figure (a code
    // review).
    for raw in ["12.500 MWh", "5000000,5"] {
        let (_, errors) = engine().parse_fields([("energy.electricity_10k_kwh", raw)]);
        assert_eq!(errors.len(), 1, "{raw}: {errors:?}");
        assert!(
            !errors[0].message.en.contains("×10⁴ kWh)"),
            "{raw}: {}",
            errors[0].message.en
        );
    }
    // The hint is for 万千瓦时 alone: kWh per tonne beyond its range is
    // told only that.
    let (_, errors) = engine().parse_fields([("capacity.aluminium_ac_kwh_t", "150000")]);
    assert!(
        !errors[0].message.en.contains("10⁴ kWh"),
        "{}",
        errors[0].message.en
    );
    // A negative figure is told only that it cannot be negative.
    let (_, errors) = engine().parse_fields([("energy.electricity_10k_kwh", "-16670000")]);
    assert!(
        !errors[0].message.en.contains("kWh"),
        "{}",
        errors[0].message.en
    );
}

/// A negative figure with its magnitude ("-5亿", "-300 million") is told it
/// cannot be negative, as the bare figure is; it was told it is not a
/// number. Words before a magnitude still are not one.
#[test]
fn a_negative_figure_with_its_magnitude_is_told_it_is_negative() {
    for (key, raw) in [
        ("invest.fixed_assets_10k_cny", "-5亿"),
        ("invest.fixed_assets_10k_cny", "-300 million"),
        ("capacity.new_t", "-100万吨"),
    ] {
        let (_, errors) = engine().parse_fields([(key, raw)]);
        assert_eq!(errors.len(), 1, "{raw}");
        let m = &errors[0].message;
        assert!(m.en.starts_with("Cannot be negative."), "{raw}: {}", m.en);
        assert!(m.zh.starts_with("不能为负数。"), "{raw}: {}", m.zh);
    }
    let (_, errors) = engine().parse_fields([("invest.fixed_assets_10k_cny", "-abc亿")]);
    assert!(
        errors[0].message.en.contains("is not a number"),
        "{}",
        errors[0].message.en
    );
}
