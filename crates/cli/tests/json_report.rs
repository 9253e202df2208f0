//! What the JSON report writes, read through the command line as a script
//! would read it.

mod common;
use common::jiujiang;

/// Energy totals are written to the kilogram: 499 × 10⁴ kWh at 1.229 tce
/// per 10⁴ kWh reads 613.271, not 613.2710000000001.
#[test]
fn energy_totals_are_written_without_float_noise() {
    let dir = std::env::temp_dir().join(format!("jj-tce-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("p.json");
    std::fs::write(
        &file,
        r#"{"schema_version": 1, "industry_code": "C2614", "action": "new", "energy": {"electricity_10k_kwh": 499, "carriers_complete": true}}"#,
    )
    .unwrap();
    let (code, out, _) = jiujiang(&["screen", file.to_str().unwrap()]);
    assert_eq!(code, 0);
    assert!(out.contains("\"tce_calorific\": 613.271,"), "{out}");
    std::fs::remove_dir_all(&dir).ok();
}
