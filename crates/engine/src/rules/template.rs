//! Rule texts with `{placeholders}`, split once into literal words and the
//! expressions to fill, so a finding's text is assembled without searching
//! its words. The program resolves each expression's names to numbers
//! ([`Plan`]); `fill` puts the values in for a project.

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
}

/// `None` when neither language has a `{`: the text is used as it is.
/// `plan` resolves an expression's names (the program's `plan`).
pub(crate) fn compile(text: &Text, plan: &dyn Fn(&str) -> Plan) -> Option<Template> {
    if !text.zh.as_bytes().contains(&b'{') && !text.en.as_bytes().contains(&b'{') {
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

/// `{expr}` becomes an expression; a `{` without its `}` stays as words.
fn pieces(s: &str, exprs: &mut Vec<Box<str>>) -> Vec<Piece> {
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
            // Sized once: the words and values are all known here.
            let len = (pieces.iter())
                .map(|p| match p {
                    Piece::Words(w) => w.len(),
                    Piece::Expr(i) => values.get(*i).map_or(1, String::len),
                })
                .sum();
            let mut out = String::with_capacity(len);
            for p in pieces {
                match p {
                    Piece::Words(w) => out.push_str(w),
                    Piece::Expr(i) => out.push_str(values.get(*i).map_or("?", String::as_str)),
                }
            }
            out
        };
        Text {
            zh: one(&self.zh),
            en: one(&self.en),
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
}
