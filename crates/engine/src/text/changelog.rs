//! The rule-data changelog (data/changelog.toml) as Markdown: the source of
//! docs/rules-changelog.md, and of `jiujiang changelog`.

use crate::data_types::{Change, Release, RuleData, Text};

/// The changelog in one language (`en`: English, else Chinese).
pub fn markdown(data: &RuleData, en: bool) -> String {
    let pick = |t: &Text| if en { t.en.clone() } else { t.zh.clone() };
    let mut out = String::new();
    if en {
        out.push_str("# Rule data changelog\n\n");
        out.push_str(
            "What changed in the rule data (`data/`) and why, newest first. Generated from\n\
             `data/changelog.toml` by `jiujiang changelog --lang en`; a test keeps this page in\n\
             step with it, so edit the TOML, not this page. Items name the audit findings\n\
             (`../shared/regulation/audit-2026-12.md`: W wrong, M missing), the real-case\n\
             disagreements (D, `docs/research/real-cases-verified.md`) and open questions (Q).\n\
             The app's rule-base page shows the same list in the reader's language.\n",
        );
    } else {
        out.push_str("# 规则数据变更记录\n\n");
        out.push_str(
            "规则数据（`data/`）的改动及理由，新版本在前。由 `data/changelog.toml` 生成。\n",
        );
    }
    for r in &data.changelog {
        release(&mut out, r, en, &pick);
    }
    out
}

fn release(out: &mut String, r: &Release, en: bool, pick: &dyn Fn(&Text) -> String) {
    out.push_str(&format!(
        "\n## {} ({})\n\n{}\n\n",
        r.version,
        r.date,
        pick(&r.summary)
    ));
    for c in &r.change {
        change(out, c, pick);
    }
    if !r.open.is_empty() {
        out.push_str(if en {
            "\nLooked at, still open:\n\n"
        } else {
            "\n已核查、仍未解决：\n\n"
        });
        for c in &r.open {
            change(out, c, pick);
        }
    }
}

fn change(out: &mut String, c: &Change, pick: &dyn Fn(&Text) -> String) {
    out.push_str(&format!("- **{}.** {}\n", c.heading(), pick(&c.text)));
}
