//! Running the built tool from the repository root (shared by the test files).

use std::process::Command;

/// Runs `jiujiang` with `args`: its exit code, standard output and error.
pub fn jiujiang(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_jiujiang"))
        .args(args)
        .current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
        .output()
        .expect("run jiujiang");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

/// `screen` on `file` as an English table, which must succeed: its output.
#[allow(dead_code)] // not every test file reads a table
pub fn english_table(file: &str) -> String {
    let (code, out, err) = jiujiang(&["screen", "--format", "table", "--lang", "en", file]);
    assert_eq!(code, 0, "{file}: {err}");
    out
}

/// A file of the repository (a committed copy the tests hold to what the
/// tool writes, or an example), as bytes.
#[allow(dead_code)] // not every test file reads one
pub fn repo_file(path: &str) -> Vec<u8> {
    let at = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(path);
    std::fs::read(&at).unwrap_or_else(|e| panic!("{}: {e}", at.display()))
}

/// The same, as text.
#[allow(dead_code)]
pub fn repo_text(path: &str) -> String {
    String::from_utf8(repo_file(path)).expect("UTF-8")
}

/// A file of `content` named `name` in this run's own temporary folder `tag`.
#[allow(dead_code)] // not every test file writes one
pub fn temp_file(tag: &str, name: &str, content: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("jiujiang-{tag}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join(name);
    std::fs::write(&file, content).unwrap();
    file
}

/// The finding of `rule` in one result of the JSON output.
#[allow(dead_code)]
pub fn finding<'a>(result: &'a serde_json::Value, rule: &str) -> &'a serde_json::Value {
    result["report"]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule_id"] == rule)
        .unwrap_or_else(|| panic!("no finding for {rule}"))
}
