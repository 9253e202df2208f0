//! The files the browser app fetches instead of carrying them in its wasm
//! (the map layers, the changelog): committed under assets/, and kept equal
//! to what this build writes.

mod common;
use common::{jiujiang, repo_file};

/// The browser app fetches the changelog for its rule-base page; what it is
/// sent is this build's, and reads back as the changelog compiled in here.
#[test]
fn the_changelog_the_app_fetches_is_the_one_built_here() {
    let file = std::env::temp_dir().join(format!("jiujiang-changelog-{}.bin", std::process::id()));
    let (code, _, err) = jiujiang(&["changelog", "--bin", file.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    let built = std::fs::read(&file).unwrap();
    let _ = std::fs::remove_file(&file);
    let shipped = repo_file("assets/changelog.bin");
    assert!(
        built == shipped,
        "assets/changelog.bin is stale: run `cargo run -p jiujiang-cli -- changelog --bin assets/changelog.bin`"
    );
    let read = jiujiang_engine::data_codec::unpack_changelog(&shipped).expect("it reads");
    let engine = jiujiang_engine::Engine::embedded().unwrap();
    assert!(!read.is_empty());
    assert_eq!(read, engine.data.changelog);
    // Damaged bytes are refused, not read as a shorter changelog.
    assert_eq!(
        jiujiang_engine::data_codec::unpack_changelog(&shipped[..shipped.len() / 2]),
        None
    );
}

#[test]
fn the_layers_the_app_fetches_are_the_ones_built_here() {
    let dir = std::env::temp_dir().join(format!("jiujiang-layers-{}", std::process::id()));
    let out = dir.to_str().unwrap();
    let (code, _, err) = jiujiang(&["layers", "--out", out]);
    assert_eq!(code, 0, "{err}");
    for name in ["map.bin", "counties.bin"] {
        let built = std::fs::read(dir.join(name)).unwrap();
        let shipped = repo_file(&format!("assets/layers/{name}"));
        assert!(
            built == shipped,
            "assets/layers/{name} is stale: run `cargo run -p jiujiang-cli -- layers --out assets/layers`"
        );
    }
    let _ = std::fs::remove_dir_all(dir);
    let (code, _, err) = jiujiang(&["layers"]);
    assert_eq!(code, 2, "{err}");
}
