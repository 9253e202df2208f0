//! Issue 16: the engine is laid out by domain. Its top-level modules do not
//! import each other in a circle, and no source file of the engine or of the
//! app is over 800 lines. (A `crate::x` path in code, not in a comment, is a
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

/// Top-level module → the top-level modules its code names.
fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let root = src();
    let mut g: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for file in rust_files(&root) {
        let rel = file.strip_prefix(&root).unwrap();
        let first = rel
            .components()
            .next()
            .unwrap()
            .as_os_str()
            .to_string_lossy()
            .to_string();
        let module = first.trim_end_matches(".rs").to_string();
        if module == "lib" {
            continue;
        }
        let deps = g.entry(module.clone()).or_default();
        for line in std::fs::read_to_string(&file).unwrap().lines() {
            let code = line.split("//").next().unwrap_or("");
            let mut rest = code;
            while let Some(at) = rest.find("crate::") {
                let name: String = rest[at + 7..]
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect();
                if !name.is_empty() && name != module && name.chars().next().unwrap().is_lowercase()
                {
                    deps.insert(name);
                }
                rest = &rest[at + 7..];
            }
        }
    }
    g
}

#[test]
fn no_import_cycles_between_engine_modules() {
    let g = graph();
    assert!(g.len() >= 10, "read too few modules: {g:?}");
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
    let app = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../src");
    let mut long = Vec::new();
    for file in rust_files(&src()).into_iter().chain(rust_files(&app)) {
        let n = std::fs::read_to_string(&file).unwrap().lines().count();
        if n > 800 {
            long.push(format!("{} ({n} lines)", file.display()));
        }
    }
    assert!(long.is_empty(), "over 800 lines: {long:?}");
}
