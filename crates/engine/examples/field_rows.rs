//! Prints the docs/project-format.md table rows for one form section:
//! `cargo run -p jiujiang-engine --example field_rows -- invest`.
use jiujiang_engine::project::{FieldKind, Section, FIELDS};

fn main() {
    let want = std::env::args().nth(1).unwrap_or_default();
    let Some(section) = Section::from_key(&want) else {
        eprintln!("usage: field_rows SECTION");
        std::process::exit(2);
    };
    let mut rows: Vec<_> = FIELDS.iter().filter(|f| f.section == section).collect();
    rows.sort_by_key(|f| f.key);
    for f in rows {
        let kind = match f.kind {
            FieldKind::Number { unit, .. } if unit.en.is_empty() => "number ≥ 0".to_string(),
            FieldKind::Number { unit, .. } => format!("number ≥ 0 ({})", unit.en),
            FieldKind::YesNo => "yes/no".to_string(),
            FieldKind::Choice(cs) => cs
                .iter()
                .map(|c| format!("`{}`", c.key))
                .collect::<Vec<_>>()
                .join(" · "),
            _ => "text".to_string(),
        };
        println!(
            "| `{}` | {} | {} / {} |",
            f.key, kind, f.label.zh, f.label.en
        );
    }
}
