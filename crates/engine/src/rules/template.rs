//! Rule texts with `{placeholders}`, split once into literal words and the
//! expressions to fill, so a finding's text is assembled without searching
//! its words. The program resolves each expression's names to numbers
//! ([`Plan`]); `fill` puts the values in for a project.
//!
//! A clause in `[[…]]` is said only when every expression in it is known:
//! "replacement at 1.5:1[[: {new} t new needs {new*ratio} t retired]]" reads
//! without its arithmetic while the new capacity is not given, rather than
//! "? t new needs ? t retired".

use crate::data_types::Text;

/// A text in both languages, as pieces; the expressions both share are
/// listed once, so each is worked out once.
#[derive(Debug, PartialEq)]
pub(crate) struct Template {
    pub(crate) zh: Vec<Piece>,
    pub(crate) en: Vec<Piece>,
    /// Each distinct expression, trimmed, in the order met.
    pub(crate) exprs: Vec<Box<str>>,
    /// Each expression's names resolved, by place in `exprs`.
    pub(crate) plans: Vec<Plan>,
}

/// An expression's names as numbers: the whole of it as a parameter (index
/// in the data) and as a fact (number in the program), and each factor of a
/// product likewise. `None` where the program has no such name; a fact it
/// does not know is then derived by its name.
#[derive(Debug, PartialEq)]
pub(crate) struct Plan {
    pub(crate) param: Option<u16>,
    pub(crate) fact: Option<u16>,
    pub(crate) factors: Vec<(Option<u16>, Option<u16>)>,
}

#[derive(Debug, PartialEq)]
pub(crate) enum Piece {
    Words(Box<str>),
    /// The expression at this place in [`Template::exprs`].
    Expr(usize),
    /// A `[[…]]` clause: left out when any expression in it is unknown.
    Clause(Vec<Piece>),
}

/// What an expression fills as when its value is not known.
pub(crate) const UNKNOWN: &str = "?";

/// `None` when neither language has a `{`: the text is used as it is.
/// `plan` resolves an expression's names (the program's `plan`).
pub(crate) fn compile(text: &Text, plan: &dyn Fn(&str) -> Plan) -> Option<Template> {
    let marked = |s: &str| s.contains('{') || s.contains("[[");
    if !marked(&text.zh) && !marked(&text.en) {
        return None;
    }
    let mut exprs: Vec<Box<str>> = Vec::new();
    let zh = pieces(&text.zh, &mut exprs);
    let en = pieces(&text.en, &mut exprs);
    let plans = exprs.iter().map(|e| plan(e)).collect();
    Some(Template {
        zh,
        en,
        exprs,
        plans,
    })
}

/// `{expr}` becomes an expression and `[[…]]` a clause (one level; a `[[`
/// without its `]]` stays as words, as does a `{` without its `}`).
fn pieces(s: &str, exprs: &mut Vec<Box<str>>) -> Vec<Piece> {
    let mut out = Vec::new();
    let mut rest = s;
    while let Some(start) = rest.find("[[") {
        let Some(len) = rest[start + 2..].find("]]") else {
            break;
        };
        out.extend(plain_pieces(&rest[..start], exprs));
        let inner = plain_pieces(&rest[start + 2..start + 2 + len], exprs);
        out.push(Piece::Clause(inner));
        rest = &rest[start + 2 + len + 2..];
    }
    out.extend(plain_pieces(rest, exprs));
    out
}

/// Words and `{expr}`s, with no clause.
fn plain_pieces(s: &str, exprs: &mut Vec<Box<str>>) -> Vec<Piece> {
    let mut out = Vec::new();
    let mut rest = s;
    while let Some(start) = rest.find('{') {
        let after = &rest[start + 1..];
        let Some(end) = after.find('}') else {
            break;
        };
        if start > 0 {
            out.push(Piece::Words(rest[..start].into()));
        }
        let expr = after[..end].trim();
        let i = match exprs.iter().position(|e| &**e == expr) {
            Some(i) => i,
            None => {
                exprs.push(expr.into());
                exprs.len() - 1
            }
        };
        out.push(Piece::Expr(i));
        rest = &after[end + 1..];
    }
    if !rest.is_empty() {
        out.push(Piece::Words(rest.into()));
    }
    out
}

impl Template {
    /// The text with each expression's value (`values`, by place in
    /// [`Template::exprs`]) put in.
    pub(crate) fn render(&self, values: &[String]) -> Text {
        let one = |pieces: &[Piece]| {
            // Sized once (a left-out clause over-counts a little).
            let mut out = String::with_capacity(filled_len(pieces, values));
            put(pieces, values, &mut out);
            out
        };
        Text {
            zh: one(&self.zh),
            en: one(&self.en),
        }
    }
}

fn value(values: &[String], i: usize) -> &str {
    values.get(i).map_or(UNKNOWN, String::as_str)
}

fn filled_len(pieces: &[Piece], values: &[String]) -> usize {
    (pieces.iter())
        .map(|p| match p {
            Piece::Words(w) => w.len(),
            Piece::Expr(i) => value(values, *i).len(),
            Piece::Clause(inner) => filled_len(inner, values),
        })
        .sum()
}

fn put(pieces: &[Piece], values: &[String], out: &mut String) {
    for p in pieces {
        match p {
            Piece::Words(w) => out.push_str(w),
            Piece::Expr(i) => out.push_str(value(values, *i)),
            Piece::Clause(inner) => {
                let known =
                    |p: &Piece| !matches!(p, Piece::Expr(i) if value(values, *i) == UNKNOWN);
                if inner.iter().all(known) {
                    put(inner, values, out);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(zh: &str, en: &str) -> Text {
        Text {
            zh: zh.into(),
            en: en.into(),
        }
    }

    /// A plan that names nothing (the program's are tested there).
    fn no_names(_: &str) -> Plan {
        Plan {
            param: None,
            fact: None,
            factors: Vec::new(),
        }
    }

    #[test]
    fn a_text_without_braces_has_no_template() {
        assert_eq!(compile(&text("无", "none"), &no_names), None);
    }

    /// Both languages share one list of expressions, trimmed; words around
    /// them and an unclosed `{` are kept as they are.
    #[test]
    fn expressions_are_shared_trimmed_and_an_unclosed_brace_is_kept() {
        let t = compile(
            &text("距离{ a }米，{b*c}；{a}", "{a} m, {b*c} {open"),
            &no_names,
        )
        .unwrap();
        assert_eq!(t.exprs, vec!["a".into(), "b*c".into()] as Vec<Box<str>>);
        // One plan an expression, by the same place.
        assert_eq!(t.plans.len(), t.exprs.len());
        let values = ["1,000".to_string(), "?".to_string()];
        let filled = t.render(&values);
        assert_eq!(filled.zh, "距离1,000米，?；1,000");
        assert_eq!(filled.en, "1,000 m, ? {open");
    }

    /// A clause is said only when all its expressions are known; an
    /// unclosed `[[` is kept as words.
    #[test]
    fn a_clause_is_left_out_while_any_of_its_expressions_is_unknown() {
        let t = compile(
            &text(
                "按 {r}:1 置换[[：新增 {n} 吨须退出 {n*r} 吨]]。",
                "at {r}:1[[; {n} t]]. [[open",
            ),
            &no_names,
        )
        .unwrap();
        let known = ["1.5".to_string(), "100".to_string(), "150".to_string()];
        assert_eq!(
            t.render(&known).zh,
            "按 1.5:1 置换：新增 100 吨须退出 150 吨。"
        );
        assert_eq!(t.render(&known).en, "at 1.5:1; 100 t. [[open");
        let open = ["1.5".to_string(), UNKNOWN.to_string(), UNKNOWN.to_string()];
        assert_eq!(t.render(&open).zh, "按 1.5:1 置换。");
        assert_eq!(t.render(&open).en, "at 1.5:1. [[open");
        // Words alone in brackets are a clause with nothing unknown.
        let words = compile(&text("甲[[乙]]", "a[[b]]"), &no_names).unwrap();
        assert_eq!(words.render(&[]).en, "ab");
    }
}
