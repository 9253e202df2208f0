//! `jiujiang ask FILE`: the guided interview in a terminal. Questions go to
//! standard error, answers come from standard input one line each, and the
//! finished project file is written to standard output (or `--out`).

use jiujiang_engine::project::{self, FieldKind};
use jiujiang_engine::rules::interview::Interview;
use jiujiang_engine::rules::{AnswerKind, Question};
use jiujiang_engine::{text::labels, Date, Engine, Outcome, Project, Text};
use std::io::{BufRead, Write};

pub struct AskArgs<'a> {
    pub file: &'a str,
    pub out: Option<&'a str>,
    pub as_of: Date,
    pub en: bool,
}

/// What one line of input meant.
enum Reply {
    Values(Vec<(&'static str, project::Value)>),
    NoneOf,
    SomeOf,
    DontKnow,
}

fn pick(en: bool, t: &Text) -> &str {
    if en {
        &t.en
    } else {
        &t.zh
    }
}

fn say(en: bool, zh: &str, english: &str) -> String {
    if en { english } else { zh }.to_string()
}

fn dont_know(line: &str) -> bool {
    matches!(
        line,
        "" | "?" | "？" | "不知道" | "不清楚" | "不确定" | "dont know" | "don't know" | "unknown"
    )
}

/// The choices a field offers, numbered from 1 in the prompt, as (key,
/// Chinese, English): the parks come from the rule data.
fn choices<'e>(engine: &'e Engine, key: &str) -> Vec<(&'e str, &'e str, &'e str)> {
    match project::field(key).map(|f| f.kind) {
        Some(FieldKind::Choice(c) | FieldKind::Set(c)) => {
            c.iter().map(|c| (c.key, c.label.zh, c.label.en)).collect()
        }
        // The park was asked with no list, so its ids were learnt only
        // from the error a wrong one gave.
        Some(FieldKind::ChemicalPark) => (engine.data.parks.iter())
            .map(|p| (p.id.as_str(), p.name.zh.as_str(), p.name.en.as_str()))
            .chain(project::PARK_ANSWERS.iter().map(|(k, l)| (*k, l.zh, l.en)))
            .collect(),
        _ => Vec::new(),
    }
}

/// The choice whose label alone holds a reply ("天然气", "Amap", "meets"),
/// as a reply words it (a question audit had its own wording refused): two
/// characters of Chinese or three letters at least, never a key or a whole
/// label (the engine reads those), and never where another label holds it
/// too, or holds it under a negator ("不涉及" for "涉及"). Files keep to keys and labels: this is the interview's reading.
fn part_of_one_label<'e>(list: &[(&'e str, &'e str, &'e str)], reply: &str) -> Option<&'e str> {
    let n = reply.chars().count();
    if n < 2 || (n == 2 && reply.is_ascii()) {
        return None;
    }
    let low = reply.to_lowercase();
    if (list.iter()).any(|(k, zh, en)| {
        k.eq_ignore_ascii_case(reply) || *zh == reply || en.to_lowercase() == low
    }) {
        return None;
    }
    // A reply some label holds only under a negator is as much that
    // label's opposite as another's name: it tells nothing.
    let negated_somewhere = (list.iter()).any(|(_, zh, en)| {
        let en = en.to_lowercase();
        (zh.contains(reply) && !holds_unnegated(zh, reply))
            || (en.contains(&low) && !holds_unnegated(&en, &low))
    });
    if negated_somewhere {
        return None;
    }
    let mut holding =
        (list.iter()).filter(|(_, zh, en)| zh.contains(reply) || en.to_lowercase().contains(&low));
    let (key, _, _) = holding.next()?;
    holding.next().is_none().then_some(*key)
}

/// Characters and words that turn what follows them in a label into its
/// opposite ("不涉及", "未达标杆", "None of these (new capacity …)").
const NEGATORS_ZH: &[char] = &['不', '未', '没', '非', '无', '否'];
/// English negators govern only the words right after them ("Below the
/// benchmark level", "Not moved here"): a code review saw "non-ferrous" in
/// a list refuse "steel" beside it, and "outside the basin" refuse "Pearl
/// River delta".
const NEGATORS_EN: &[&str] = &["not", "no", "none", "never", "without", "below"];
/// The first four: what a whole head starts with to be negative ("None of
/// these (…)"); "without" and "below" qualify a part, not the whole.
const HEAD_NEGATORS: &[&str] = NEGATORS_EN.split_at(4).0;
/// Clause ends: a negator reaches no further. Not "、", which joins the
/// items one negator governs ("不涉及甲、乙").
const CLAUSE_ENDS: &[char] = &['，', ',', '；', ';', '：', ':', '。', '.'];

/// Whether the words just before a part of a label negate it: in Chinese
/// any negator earlier in its clause, in English one of the two words
/// before it, or "non-" on it.
fn negated_before(clause: &str) -> bool {
    if clause.contains(NEGATORS_ZH) || clause.to_ascii_lowercase().ends_with("non-") {
        return true;
    }
    let words: Vec<&str> = (clause.split(|c: char| !c.is_ascii_alphanumeric()))
        .filter(|w| !w.is_empty())
        .collect();
    (words.iter().rev().take(2)).any(|w| NEGATORS_EN.contains(&w.to_ascii_lowercase().as_str()))
}

/// Whether the words a parenthesis qualifies are negative as a whole:
/// "以下均不属于（…）", "None of these (…)".
fn head_negated(head: &str) -> bool {
    let first = (head.split(|c: char| !c.is_ascii_alphanumeric())).find(|w| !w.is_empty());
    head.contains(NEGATORS_ZH)
        || first.is_some_and(|w| HEAD_NEGATORS.contains(&w.to_ascii_lowercase().as_str()))
}

/// Whether `label` holds `reply` somewhere no negator governs: not after a
/// negator in its own clause, and not inside a parenthesis whose head is
/// negative (a code review saw "涉及" pick "不涉及", "达标" pick
/// "未达标杆水平" and "新建" pick "以下均不属于（新建、扩建按一般比例…）").
fn holds_unnegated(label: &str, reply: &str) -> bool {
    label.match_indices(reply).any(|(at, _)| {
        let before = &label[..at];
        let clause = before.rsplit(CLAUSE_ENDS).next().unwrap_or("");
        let clause = clause.rsplit(['(', '（']).next().unwrap_or("");
        let paren = before
            .rfind(['(', '（'])
            .filter(|&o| !before[o..].contains([')', '）']));
        !negated_before(clause) && !paren.is_some_and(|o| head_negated(&label[..o]))
    })
}

fn parse_one(
    engine: &Engine,
    project: &Project,
    key: &'static str,
    line: &str,
    en: bool,
) -> Result<project::Value, String> {
    let spec = project::field(key).ok_or_else(|| format!("unknown field {key}"))?;
    // A number picks a listed choice.
    let list = choices(engine, key);
    let raw = match line.parse::<usize>() {
        Ok(n) if n >= 1 && n <= list.len() => list[n - 1].0.to_string(),
        // "No" to "which of these?" is none of them, as on the question
        // before it (an audit's "n" was refused).
        // So is "no" to a question whose choices hold "none" ("moved here
        // from elsewhere?": an audit's "n" was refused).
        _ if (matches!(spec.kind, FieldKind::Set(_))
            || list.iter().any(|(k, _, _)| *k == "none"))
            && matches!(
                line.to_lowercase().as_str(),
                "n" | "no" | "否" | "均无" | "无" | "没有"
            ) =>
        {
            "none".to_string()
        }
        // "Yes" to "does the project include any of these?" asks which:
        // the items are listed, so their numbers are the answer (an
        // interview audit's "y" was refused as no option).
        _ if matches!(spec.kind, FieldKind::Set(_))
            && matches!(
                line.to_lowercase().as_str(),
                "y" | "yes" | "some" | "是" | "有"
            ) =>
        {
            return Err(say(
                en,
                "哪几项？请给出编号或代码，多项用逗号分隔。",
                "Which of them? Give their numbers or keys, comma-separated.",
            ));
        }
        _ => part_of_one_label(&list, line).unwrap_or(line).to_string(),
    };
    // Through the engine's own reading of a form, with the project's other
    // fields, which also knows the parks and where they lie against the site
    // point: a park id no park has, or one far from the point, was taken,
    // written into the finished file and refused by `screen` (an audit, a
    // code review).
    let others = project.to_fields();
    let pairs = (others.iter())
        .filter(|(k, _)| *k != spec.key)
        .map(|(k, v)| (*k, v.as_str()))
        .chain([(spec.key, raw.as_str())]);
    let (read, errors) = engine.parse_fields(pairs);
    if let Some(e) = errors.iter().find(|e| e.field == spec.key) {
        return Err(pick(en, &e.message).to_string());
    }
    read.get(spec.key).cloned().ok_or_else(String::new)
}

fn prompt(err: &mut impl Write, engine: &Engine, en: bool, q: &Question) -> std::io::Result<()> {
    writeln!(err, "\n? [{}] {}", q.id, pick(en, &q.text))?;
    // The energy question is answered as the total: its help says what a
    // renovation or upgrade gives (a question audit's upgrade gave its
    // whole plant, not the increase).
    let spec = q
        .field
        .or((q.id == "energy").then_some(project::STATED_TOTAL_TCE));
    let spec = spec.and_then(project::field);
    // The field's help says what counts and in which unit (an audit answered
    // electricity in kWh where 10⁴ kWh a year was meant).
    if let Some(help) = spec
        .map(|f| if en { f.help.en } else { f.help.zh })
        .filter(|h| !h.is_empty())
    {
        writeln!(err, "  {help}")?;
    }
    if let Some(p) = &q.proposed {
        writeln!(
            err,
            "  {} {} ({})",
            say(en, "可能的回答：", "Likely answer:"),
            p.value,
            pick(en, &p.why)
        )?;
    }
    let hint = match q.kind {
        AnswerKind::YesNo => say(
            en,
            "是/否（y/n），? = 不知道",
            "yes/no (y/n), ? = don't know",
        ),
        AnswerKind::NoneOf => say(
            en,
            "n = 均无（都不适用）；y = 有其中某项（逐项再问）；? = 不知道",
            "n = none of these apply; y = some of them do (asked one by one); ? = don't know",
        ),
        AnswerKind::Set => say(
            en,
            "编号或代码，多项用逗号分隔；none = 均无；? = 不知道",
            "numbers or keys, comma-separated; none = none of these; ? = don't know",
        ),
        AnswerKind::Choice => say(
            en,
            "编号或代码；? = 不知道",
            "number or key; ? = don't know",
        ),
        _ => match spec.map(|f| f.kind) {
            Some(FieldKind::Number { unit, .. }) => {
                let unit = if en { unit.en } else { unit.zh };
                say(
                    en,
                    &format!("数值，单位：{unit}；? = 不知道"),
                    &format!("a number, in {unit}; ? = don't know"),
                )
            }
            Some(FieldKind::Text) => say(en, "文字；? = 不知道", "text; ? = don't know"),
            Some(FieldKind::Day) => say(
                en,
                "日期 YYYY-MM-DD；? = 不知道",
                "a date, YYYY-MM-DD; ? = don't know",
            ),
            _ => say(en, "数值；? = 不知道", "a number; ? = don't know"),
        },
    };
    let key = q.field.unwrap_or("");
    for (i, (key, zh, english)) in choices(engine, key).into_iter().enumerate() {
        let label = if en { english } else { zh };
        writeln!(err, "  {}. {label} ({key})", i + 1)?;
    }
    writeln!(err, "  [{hint}]")?;
    write!(err, "> ")?;
    err.flush()
}

fn read_reply(
    engine: &Engine,
    project: &Project,
    q: &Question,
    line: &str,
    en: bool,
) -> Result<Reply, String> {
    if dont_know(line) {
        return Ok(Reply::DontKnow);
    }
    if q.kind == AnswerKind::NoneOf {
        // The question asks "does any of these apply?": no is "none of these".
        return match line.to_lowercase().as_str() {
            "n" | "no" | "否" | "均无" | "无" | "没有" | "都没有" | "none" => {
                Ok(Reply::NoneOf)
            }
            "y" | "yes" | "是" | "有" | "some" => Ok(Reply::SomeOf),
            _ => Err(say(en, "请答 y、n 或 ?。", "Answer y, n or ?.")),
        };
    }
    if let Some(key) = q.field {
        return parse_one(engine, project, key, line, en).map(|v| Reply::Values(vec![(key, v)]));
    }
    // The total alone: its basis is asked next only where it matters (an
    // audit was asked it for 120 tce, decided on either basis).
    if q.id == "energy" {
        // Electricity said in its own unit ("3000万千瓦时") is the
        // electricity, not a total in tce (a question audit was told it
        // is not a number); whether it is all the energy is asked next.
        // Every unit the electricity field reads, as staff say them too
        // ("3000万度": a code review saw it refused as not a number).
        if project::names_electricity(line) {
            let key = project::ELECTRICITY_10K_KWH;
            return parse_one(engine, project, key, line, en)
                .map(|v| Reply::Values(vec![(key, v)]));
        }
        let total = parse_one(engine, project, project::STATED_TOTAL_TCE, line, en)?;
        return Ok(Reply::Values(vec![(project::STATED_TOTAL_TCE, total)]));
    }
    Err(format!("cannot ask {}", q.id))
}

fn verdict_line(en: bool, report: &jiujiang_engine::Report) -> String {
    let word = |l: jiujiang_engine::project::L10n| if en { l.en } else { l.zh }.to_string();
    if report.bounds.decided() {
        let mut grade = match report.overall_status.and_then(labels::verdict_grade) {
            Some(note) => format!("\n{}", if en { note.en } else { note.zh }),
            None => String::new(),
        };
        // The rules are Jiujiang's: a point outside is said with the
        // verdict (an audit read a bare one for a site in Hubei).
        if report.site.as_ref().is_some_and(|s| !s.in_jiujiang) {
            let note = labels::OUTSIDE_JIUJIANG;
            grade.push_str(&format!("\n{}", if en { note.en } else { note.zh }));
        }
        // An "allowed" kept from worse by an unverified answer is no
        // certain "allowed" (an audit's interview stopped at a bare one).
        if !report.resting_on_unverified.is_empty() {
            let note = labels::RESTS_ON_UNVERIFIED;
            grade.push_str(&format!(
                "\n{}{}",
                if en { note.en } else { note.zh },
                report.resting_on_unverified.join(", ")
            ));
        }
        // A check the verdict asks for may make it worse (a user test read
        // "will not change" above a plant its 1 km survey could prohibit).
        let worse = report.review_may_find_worse();
        if !worse.is_empty() {
            let note = labels::review_may_worsen(&worse);
            grade.push_str(&format!("\n{}", if en { note.en } else { note.zh }));
        }
        // Rules still open beside it, which could add requirements, each
        // with what decides it and the suspension it may run into (an audit
        // saw a steel renovation's interview end without either).
        let also = report.open_requirements();
        if !also.is_empty() {
            let lead = labels::ALSO_OPEN;
            grade.push_str(&format!(
                "\n{}",
                if en { lead.en } else { lead.zh }.trim_end()
            ));
            for f in also {
                let hold = f.on_hold_if.map_or(String::new(), |t| {
                    format!(
                        " {}{}",
                        say(en, "若属此情形：", "if so: "),
                        if en { &t.en } else { &t.zh }
                    )
                });
                grade.push_str(&format!(
                    "\n  {} ({}){hold}",
                    f.rule_id,
                    f.missing.join(", ")
                ));
            }
        }
        format!(
            "{} {}{}{grade}",
            say(en, "结论：", "Verdict:"),
            word(report.overall_label()),
            if report.blocking.is_empty() {
                String::new()
            } else {
                format!(" ({})", report.blocking.join(", "))
            }
        )
    } else {
        let (best, worst) = report.bound_labels();
        format!(
            "{} {} … {}",
            say(en, "尚未确定，介于", "Not decided yet: between"),
            word(best),
            word(worst)
        )
    }
}

/// Why an answer that repeats what the project holds settles nothing: the
/// notes of the open rules it feeds.
fn unsettled(
    err: &mut impl Write,
    en: bool,
    q: &Question,
    report: &jiujiang_engine::Report,
    bounded: bool,
) {
    writeln!(
        err,
        "{}",
        say(
            en,
            &format!("[{}] 的回答未能确定结论：", q.id),
            &format!("The answer to [{}] did not settle it:", q.id)
        )
    )
    .ok();
    // A bound (">5000", "<800") at a rule's line: its edge may lie either
    // side once the official line's uncertainty is allowed for, which a
    // figure settles (an audit gave ">5000" again and again, and read only
    // an unrelated note).
    if bounded {
        let line = say(
            en,
            "  “大于”或“小于”某值仍在规则界线的误差范围内（官方界线的不确定性），只有实测数字才能确定。",
            "  A bound (“more than” or “less than”) still lies within the margin of a rule's line (the official line's uncertainty): only a measured figure settles it.",
        );
        writeln!(err, "{line}").ok();
    }
    let why = (report.findings.iter())
        .filter(|f| f.outcome == Outcome::NeedsInput && q.rules.contains(&f.rule_id))
        .flat_map(|f| f.caveats.iter().map(|c| pick(en, c).to_string()));
    let mut seen: Vec<String> = Vec::new();
    for c in why {
        if !seen.contains(&c) {
            writeln!(err, "  {c}").ok();
            seen.push(c);
        }
    }
}

/// Runs the interview; the exit code as `main` returns it.
pub fn run(engine: &Engine, args: &AskArgs) -> u8 {
    let en = args.en;
    let mut err = std::io::stderr();
    let refuse = |e: &jiujiang_engine::FieldError| match e.field.is_empty() {
        true => eprintln!("{}: {}", args.file, pick(en, &e.message)),
        false => eprintln!("{}: {}: {}", args.file, e.field, pick(en, &e.message)),
    };
    // The interview starts from one project file: a batch is for `screen`.
    if args.file.to_ascii_lowercase().ends_with(".csv") {
        refuse(&jiujiang_engine::FieldError::new(
            "",
            "ask 从一个 JSON 项目文件开始；CSV 批量文件请用 screen。".into(),
            "ask starts from one JSON project file; screen a CSV batch with `screen`.".into(),
        ));
        return 1;
    }
    let text = match crate::read_text(args.file, false) {
        Ok(t) => t,
        Err(e) => {
            refuse(&e);
            return 1;
        }
    };
    let mut project: Project = match engine.project_from_json(&text) {
        Ok(p) => p,
        Err(errors) => {
            errors.iter().for_each(refuse);
            return 1;
        }
    };
    let stdin = std::io::stdin();
    let mut lines = stdin.lock().lines();
    let mut next_line = move || lines.next().and_then(Result::ok);
    let mut interview = Interview::default();
    // Questions answered with a value, not "don't know".
    let mut asked = 0usize;
    let mut confirming_said = false;
    loop {
        let report = engine.screen_for(&project, args.as_of, None, &interview);
        writeln!(err, "\n{}", verdict_line(en, &report)).ok();
        // Past the questions that could change the verdict, those that could
        // confirm an unverified one on a verified rule.
        let next = (interview.next(&report).cloned()).or_else(|| {
            interview
                .confirming(&report, &engine.data)
                .into_iter()
                .next()
        });
        let Some(q) = next else {
            if !report.bounds.decided() {
                writeln!(
                    err,
                    "{}",
                    say(
                        en,
                        &format!(
                            "结论保持未定。留空的问题：{}",
                            left_open(&interview, false, "、")
                        ),
                        &format!(
                            "The verdict stays open. Questions left open: {}",
                            left_open(&interview, true, ", ")
                        )
                    )
                )
                .ok();
            }
            break;
        };
        // Past the questions that could change the verdict: said once.
        if report.questions.is_empty() && !confirming_said {
            confirming_said = true;
            writeln!(
                err,
                "{}",
                say(
                    en,
                    "此结论只依据未核实的规则；以下问题的回答可能由已核实的规则得出同样的结论。",
                    "This verdict rests on unverified rules alone; the next answers could reach it on a verified rule."
                )
            )
            .ok();
        }
        if prompt(&mut err, engine, en, &q).is_err() {
            return 3;
        }
        let Some(line) = next_line() else {
            writeln!(err, "\n{}", say(en, "输入结束。", "End of input.")).ok();
            break;
        };
        asked += 1;
        match read_reply(engine, &project, &q, line.trim(), en) {
            // The same value as the project already holds: the engine asks
            // again because that value cannot settle it (a distance the map
            // contradicts). Said why and left open, not asked without end
            // (an audit's interview looped); a new value (a figure for a
            // bound) is taken.
            Ok(Reply::Values(values)) if values.iter().all(|(k, v)| project.get(k) == Some(v)) => {
                let bounded = values.iter().any(|(_, v)| {
                    matches!(v, project::Value::Beyond(_) | project::Value::Within(_))
                });
                unsettled(&mut err, en, &q, &report, bounded);
                interview.dont_know(&q);
            }
            Ok(Reply::Values(values)) => {
                // "Not checked yet" is kept in the file, and the question
                // left for now, as "?" is: asked straight back, it read as
                // refused (a question audit: 7 prompts for 4 facts).
                if (values.iter()).any(|(_, v)| *v == project::Value::Choice("not_checked")) {
                    interview.dont_know(&q);
                }
                // An answer given again replaces the one the questions asked
                // with it were said for: they are asked again where they
                // matter (an audit's primary total, typed after a calorific
                // one, was read as calorific and the total asked over and
                // over).
                for (with, of) in jiujiang_engine::rules::questions::ASKED_WITH {
                    let again = values.iter().any(|(k, _)| k == of) && project.get(of).is_some();
                    if again {
                        project.set(with, None);
                    }
                }
                for (k, v) in values {
                    project.set(k, Some(v));
                }
            }
            Ok(Reply::NoneOf) => {
                if let Err(e) = interview.none_of(&q, &mut project) {
                    eprintln!("{e}");
                    return 3;
                }
            }
            Ok(Reply::SomeOf) => interview.some_of(&q),
            Ok(Reply::DontKnow) => {
                asked -= 1;
                interview.dont_know(&q);
                writeln!(
                    err,
                    "{}",
                    say(
                        en,
                        &format!("留空：{} 仍未确定。", q.rules.join("、")),
                        &format!("Left open: {}.", q.rules.join(", "))
                    )
                )
                .ok();
            }
            Err(e) => {
                asked -= 1;
                writeln!(err, "{e}").ok();
            }
        }
    }
    writeln!(
        err,
        "{}",
        say(
            en,
            &format!("共回答 {asked} 个问题。"),
            &match asked {
                1 => "1 question answered.".to_string(),
                n => format!("{n} questions answered."),
            }
        )
    )
    .ok();
    let json = project.to_json();
    match args.out {
        Some(path) => {
            if let Err(e) = std::fs::write(path, json + "\n") {
                eprintln!("{path}: {e}");
                return 1;
            }
        }
        None => {
            use std::io::Write;
            let written = writeln!(std::io::stdout().lock(), "{json}");
            if crate::write_failed(written).is_some() {
                return 3;
            }
        }
    }
    0
}

/// The questions answered "don't know", each by its name and id ("yearly
/// energy use (energy.stated_total_tce)"): the id alone told a reader
/// little, and it is what a project file or a script names.
fn left_open(interview: &Interview, en: bool, sep: &str) -> String {
    (interview.unknown.iter())
        .map(|id| match jiujiang_engine::rules::questions::name(id) {
            Some(n) if en => format!("{} ({id})", n.en),
            Some(n) => format!("{}（{id}）", n.zh),
            None => id.to_string(),
        })
        .collect::<Vec<_>>()
        .join(sep)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A reply worded as part of one label is that choice ("天然气",
    /// "Amap", "meets": a question audit had them refused); a part several
    /// labels hold, or too short to tell, is left to the engine to refuse.
    #[test]
    fn a_reply_worded_as_part_of_one_label_picks_that_choice() {
        let engine = Engine::embedded().unwrap();
        let part = |key: &str, reply: &str| part_of_one_label(&choices(engine, key), reply);
        assert_eq!(part("energy.power_fuel", "天然气"), Some("gas"));
        assert_eq!(part("site.location_datum", "高德"), Some("gcj02"));
        assert_eq!(part("site.location_datum", "amap"), Some("gcj02"));
        assert_eq!(
            part("catalogue.efficiency", "meets"),
            Some("meets_benchmark")
        );
        assert_eq!(part("catalogue.efficiency", "benchmark"), None);
        assert_eq!(part("site.location_datum", "GC"), None);
        // A key or a whole label is the engine's own to read.
        assert_eq!(part("site.location_datum", "gcj02"), None);
    }

    /// A reply a label holds only under a negator is not that choice: "涉及"
    /// is not "不涉及", "达标" not "未达标杆水平", "新建" not the steel
    /// case "none of these (new capacity at the general ratio …)".
    #[test]
    fn a_reply_held_only_under_a_negator_is_not_that_choice() {
        let engine = Engine::embedded().unwrap();
        let part = |key: &str, reply: &str| part_of_one_label(&choices(engine, key), reply);
        assert_eq!(part("catalogue.efficiency", "达标"), None);
        assert_eq!(
            part("catalogue.efficiency", "达到"),
            Some("meets_benchmark")
        );
        assert_eq!(part("capacity.steel_basis", "新建"), None);
        assert_eq!(part("capacity.steel_basis", "new capacity"), None);
        assert_eq!(part("catalogue.efficiency", "benchmark level"), None);
        // Every label that is another's opposite ("不涉及", "不在清单内").
        for key in project::FIELDS.iter().map(|f| f.key) {
            for (k, zh, _) in choices(engine, key) {
                if let Some(rest) = zh.strip_prefix('不') {
                    if rest.chars().count() >= 2 {
                        assert_eq!(part(key, rest), None, "{key}: {rest} ({k})");
                    }
                }
            }
        }
        // Negation elsewhere in a label leaves an unnegated part its own.
        assert!(holds_unnegated("达到能效标杆水平", "达到"));
        assert!(holds_unnegated("gcj-02（高德、腾讯）", "高德"));
        assert!(!holds_unnegated("不涉及", "涉及"));
        assert!(!holds_unnegated(
            "not moved here from elsewhere",
            "moved here"
        ));
        assert!(holds_unnegated("moved here, not built new", "moved here"));
        // English negators reach the words right after them, not a whole
        // list (a code review saw "steel" refused beside "non-ferrous").
        assert_eq!(part("park_positioning", "steel"), Some("heavy_industry"));
        assert_eq!(
            part("transfer_origin", "pearl river delta"),
            Some("lower_or_outside")
        );
        assert!(!holds_unnegated("non-ferrous", "ferrous"));
        assert_eq!(part("site.yangtze_reach", "pengze"), Some("lower"));
        assert!(!holds_unnegated("不涉及甲、乙", "乙"));
    }
}
