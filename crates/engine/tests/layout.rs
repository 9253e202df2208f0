//! Issue 16: the engine is laid out by domain. Its modules (the files and
//! folders one level inside each domain folder) do not import each other in
//! a circle, and no source file of the engine (its tests included), the
//! app, the CLI or the benches is over 800 lines. (A `crate::x` path in code, not in a comment, is a
//! dependency of the module whose folder or file it is in.)

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(rust_files(&p));
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
    out
}

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// The unit a file belongs to: a top-level file, or a file or folder one
/// level inside a domain folder (`rules/facts/site.rs` is `rules::facts`;
/// a folder's `mod.rs` is the folder itself).
fn unit_of(rel: &Path) -> String {
    let parts: Vec<String> = rel
        .components()
        .map(|c| {
            c.as_os_str()
                .to_string_lossy()
                .trim_end_matches(".rs")
                .to_string()
        })
        .collect();
    match parts.as_slice() {
        [one] => one.clone(),
        [dir, m] if m == "mod" => dir.clone(),
        [dir, sub, ..] => format!("{dir}::{sub}"),
        [] => String::new(),
    }
}

/// Module unit → the units its code names with `crate::` paths. A child's
/// use of its own folder's names (which the folder re-exports) is not an edge.
fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let root = src();
    let mut g: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for file in rust_files(&root) {
        let rel = file.strip_prefix(&root).unwrap();
        let unit = unit_of(rel);
        if unit == "lib" {
            continue;
        }
        let parent = unit.split("::").next().unwrap_or("").to_string();
        let deps = g.entry(unit.clone()).or_default();
        for line in std::fs::read_to_string(&file).unwrap().lines() {
            let code = line.split("//").next().unwrap_or("");
            let mut rest = code;
            while let Some(at) = rest.find("crate::") {
                rest = &rest[at + 7..];
                let path: Vec<&str> = rest
                    .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == ':'))
                    .next()
                    .unwrap_or("")
                    .split("::")
                    .filter(|p| !p.is_empty())
                    .collect();
                let Some(first) = path.first().filter(|p| p.starts_with(char::is_lowercase)) else {
                    continue;
                };
                // `crate::a::b` is the unit `a::b` when `a/b.rs` or `a/b/` exists.
                let target = match path.get(1) {
                    Some(sub)
                        if root.join(first).join(format!("{sub}.rs")).exists()
                            || root.join(first).join(sub).is_dir() =>
                    {
                        format!("{first}::{sub}")
                    }
                    _ => first.to_string(),
                };
                if target != unit && !(target == parent && unit.contains("::")) {
                    deps.insert(target);
                }
            }
        }
    }
    g
}

#[test]
fn no_import_cycles_between_engine_modules() {
    let g = graph();
    assert!(g.len() >= 30, "read too few modules: {g:?}");
    // Depth-first search for a back edge.
    fn visit<'a>(
        n: &'a str,
        g: &'a BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<&'a str>,
        done: &mut BTreeSet<&'a str>,
    ) {
        if done.contains(n) {
            return;
        }
        if let Some(at) = path.iter().position(|p| *p == n) {
            panic!("import cycle: {} -> {n}", path[at..].join(" -> "));
        }
        path.push(n);
        for d in g.get(n).into_iter().flatten() {
            visit(d, g, path, done);
        }
        path.pop();
        done.insert(n);
    }
    let mut done = BTreeSet::new();
    for n in g.keys() {
        visit(n, &g, &mut Vec::new(), &mut done);
    }
}

#[test]
fn no_source_file_over_800_lines() {
    // The engine with its tests, the app, the CLI and the benches.
    let here = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dirs = [
        src(),
        here.join("tests"),
        here.join("../../src"),
        here.join("../cli"),
        here.join("../bench"),
    ];
    let mut long = Vec::new();
    for file in dirs.iter().flat_map(|d| rust_files(d)) {
        let n = std::fs::read_to_string(&file).unwrap().lines().count();
        if n > 800 {
            long.push(format!("{} ({n} lines)", file.display()));
        }
    }
    assert!(long.is_empty(), "over 800 lines: {long:?}");
}
