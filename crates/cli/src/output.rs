//! The screening results as the CSV and table formats write them (JSON is
//! serde's): one module so `main.rs` keeps to reading files and options.

use crate::{FileResult, Lang};
use jiujiang_engine::text::labels;
use jiujiang_engine::Outcome;
use std::io::Write;

/// One line per project: where it came from, the verdict and the rules that
/// decide it (rows with errors are reported on stderr, as for the other formats).
pub fn write_csv(out: &mut impl Write, results: &[FileResult]) -> std::io::Result<()> {
    let quote = jiujiang_engine::project::csv::cell;
    // `grade`: the overall's support (`overall_status`), empty when no rule
    // decides it worse than allowed.
    // `rests_on_unverified`: the rules that keep the verdict from being
    // worse only on an unverified answer, so no certain "allowed".
    // `in_jiujiang`: where a site point was given, whether it lies in
    // Jiujiang, whose rules these are; blank without one.
    // With `--incentives`, the estimate's totals in yuan (present value and
    // nominal over the horizon, low and high), whether a prohibition could
    // take them away, the unverified items in them and the inputs the items
    // still waiting need (a CSV had dropped the estimate).
    let incentives = results.iter().any(|r| r.incentives.is_some());
    write!(
        out,
        "file,line,id,overall,blocking,grade,rests_on_unverified,in_jiujiang,refused"
    )?;
    if incentives {
        write!(
            out,
            ",incentives_pv_min,incentives_pv_max,incentives_total_min,incentives_total_max,\
             incentives_blocked,incentives_unverified,incentives_missing"
        )?;
    }
    writeln!(out, ",ask_next")?;
    for r in results {
        write!(
            out,
            "{},{},{},{},{},{},{},{},{}",
            quote(r.file),
            r.line.map(|l| l.to_string()).unwrap_or_default(),
            quote(r.id.as_deref().unwrap_or("")),
            labels::outcome_key(r.report.overall),
            quote(&r.report.blocking.join(" ")),
            r.report
                .overall_status
                .map(labels::status_key)
                .unwrap_or(""),
            quote(&r.report.resting_on_unverified.join(" ")),
            r.report
                .site
                .as_ref()
                .map_or("", |s| if s.in_jiujiang { "true" } else { "false" }),
            quote(&r.refused.join(" "))
        )?;
        if let Some(e) = r.incentives.as_ref().filter(|_| incentives) {
            // blocked: prohibited on a verified rule; unverified: on an
            // unverified one (the figures run from 0); possible: the
            // screening could still prohibit it.
            let blocked = match (e.blocked, e.blocked_unverified, e.may_be_blocked) {
                (true, _, _) => "blocked",
                (_, true, _) => "blocked_unverified",
                (_, _, true) => "possible",
                _ => "",
            };
            let yuan = |x: f64| format!("{:.0}", x);
            write!(
                out,
                ",{},{},{},{},{},{},{}",
                yuan(e.present_value.min),
                yuan(e.present_value.max),
                yuan(e.total.min),
                yuan(e.total.max),
                blocked,
                quote(&e.unverified_in_totals().0.join(" ")),
                quote(&e.needing_input().1.join(" "))
            )?;
        } else if incentives {
            write!(out, ",,,,,,,")?;
        }
        // Last, so the columns before keep their places: the question to
        // ask the lead next, by its id (as the app's batch export names it).
        let next = r.report.questions.first().map_or("", |q| q.id);
        writeln!(out, ",{next}")?;
    }
    Ok(())
}

/// Field keys as the table lists them: each with its label in the reader's
/// language after it, the key kept for `ask` and scripts (an audit read
/// `impact.county_air_attained` bare in the Chinese table).
fn named(keys: &[&str], lang: Lang) -> String {
    let one = |k: &&str| match jiujiang_engine::project::field(k) {
        Some(f) => match lang {
            Lang::Zh => format!("{k}（{}）", f.label.zh),
            Lang::En => format!("{k} ({})", f.label.en),
        },
        None => k.to_string(),
    };
    keys.iter().map(one).collect::<Vec<_>>().join(", ")
}

pub fn write_table(
    out: &mut impl Write,
    results: &[FileResult],
    lang: Lang,
) -> std::io::Result<()> {
    for r in results {
        let place = match (r.line, &r.id) {
            // The line too: two rows may share an id (said on stderr).
            (Some(l), Some(id)) => format!("{}:{l}#{id}", r.file),
            (None, Some(id)) => format!("{}#{id}", r.file),
            (Some(l), None) => format!("{}:{l}", r.file),
            _ => r.file.to_string(),
        };
        writeln!(
            out,
            "{}\t{}\t{}",
            place,
            labels::outcome_key(r.report.overall),
            r.report.blocking.join(",")
        )?;
        if !r.refused.is_empty() {
            let why = match lang {
                Lang::Zh => "（无法读取，按未填写筛查；原因见标准错误输出）",
                Lang::En => " (could not be read, screened as not given; why is on stderr)",
            };
            let label = match lang {
                Lang::Zh => "未采用",
                Lang::En => "refused",
            };
            writeln!(out, "  {label}\t{}{why}", r.refused.join(", "))?;
        }
        for n in &r.not_read {
            let label = match lang {
                Lang::Zh => "不读此项",
                Lang::En => "not used",
            };
            writeln!(out, "  {label}\t{}: {}", n.field, lang.pick(&n.why))?;
        }
        if let Some(note) = &r.reach_note {
            writeln!(out, "  {}\t{}", lang.word("选址", "site"), lang.pick(note))?;
        }
        if let Some(note) = r.report.overall_status.and_then(labels::verdict_grade) {
            writeln!(
                out,
                "  {}\t{}",
                lang.word("依据", "grade"),
                lang.pick(&note.into())
            )?;
        }
        // The rules are Jiujiang's and Jiangxi's: a point outside is said
        // first (an audit read a clean "ALLOWED" for a site in Hubei).
        if r.report.site.as_ref().is_some_and(|s| !s.in_jiujiang) {
            writeln!(
                out,
                "  {}\t{}",
                lang.word("选址", "site"),
                lang.pick(&labels::OUTSIDE_JIUJIANG.into())
            )?;
        }
        if !r.report.resting_on_unverified.is_empty() {
            writeln!(
                out,
                "  {}\t{}{}",
                lang.word("依赖未核实", "rests on [U]"),
                lang.pick(&labels::RESTS_ON_UNVERIFIED.into()),
                r.report.resting_on_unverified.join(", ")
            )?;
        }
        let worse = r.report.review_may_find_worse();
        if !worse.is_empty() {
            writeln!(
                out,
                "  {}\t{}",
                lang.word("核查可能更严", "check may worsen"),
                lang.pick(&labels::review_may_worsen(&worse))
            )?;
        }
        if !r.report.bounds.decided() {
            let b = r.report.bounds;
            // The outcomes' keys, as in the rows below, for a script to read;
            // in Chinese their words after them (an audit: a park official
            // cannot read REQUIRES_REPLACEMENT).
            let (best, worst) = r.report.bound_labels();
            let words = match lang {
                Lang::Zh => format!("（{} 至 {}）", best.zh, worst.zh),
                Lang::En => String::new(),
            };
            writeln!(
                out,
                "  {}\t{} .. {}{words}",
                lang.word("最好至最坏", "bounds"),
                labels::outcome_key(b.best),
                labels::outcome_key(b.worst)
            )?;
            for q in r.report.questions.iter().take(3) {
                let ask = lang.word("待问", "ask");
                writeln!(out, "  {ask}\t{}\t{}", q.id, lang.pick(&q.text))?;
            }
            // What the answers must be to stay clear of each prohibition
            // still possible (the app folds the same list under its questions).
            for c in &r.stay_clear {
                let hints: Vec<&str> = c.hints.iter().map(|h| lang.pick(h)).collect();
                writeln!(
                    out,
                    "  {}\t{}\t{}",
                    lang.word("避免禁止", "stay clear"),
                    c.rule_id,
                    hints.join(lang.word("；", "; "))
                )?;
            }
        }
        for f in &r.report.findings {
            let text = lang.pick(&f.explanation);
            // (An open rule's text already says it is open.)
            let word = match lang {
                Lang::Zh if f.outcome != Outcome::NeedsInput => {
                    format!("{}：", labels::outcome(f.outcome).zh)
                }
                _ => String::new(),
            };
            writeln!(
                out,
                "  {}\t{}\t[{}]\t{word}{}",
                f.rule_id,
                labels::outcome_key(f.outcome),
                labels::status_key(f.status),
                text
            )?;
            if !f.missing.is_empty() {
                let missing = lang.word("缺少：", "missing: ");
                writeln!(out, "    {missing}{}", named(&f.missing, lang))?;
            }
            // What cannot be done now: the outcome's procedure, or one the
            // missing facts may still lead to (the steel suspension, which
            // an audit found nowhere in the table).
            if let Some(t) = f.on_hold {
                writeln!(out, "    {}{}", lang.word("注意：", "note: "), lang.pick(t))?;
            } else if let Some(t) = f.on_hold_if {
                let label = lang.word("若属此情形：", "if so: ");
                writeln!(out, "    {label}{}", lang.pick(t))?;
            }
            // Decided, but these would say which requirement it is (the
            // county's attainment: an equal or a multiple offset; an audit
            // found the table silent on it).
            if !f.would_refine.is_empty() {
                let refine = lang.word("可细化：", "would refine: ");
                writeln!(out, "    {refine}{}", named(&f.would_refine, lang))?;
            }
            // What a finding that asks something of the project rests on:
            // the figures and the thresholds they were held to (an audit
            // read "within 3,000 m" without the 2,600 m that put it there).
            let asks = f.outcome.asks_something();
            if asks && !f.inputs.is_empty() {
                let used: Vec<String> = (f.inputs.iter())
                    .filter(|i| i.value.is_some())
                    .map(|i| format!("{} = {}", i.field, lang.pick(&i.shown())))
                    .collect();
                if !used.is_empty() {
                    let label = lang.word("所用：", "used: ");
                    writeln!(out, "    {label}{}", used.join("; "))?;
                }
            }
            // (Flags, which say which edition is in force, are left to the
            // JSON: they are no figure a project is held to.)
            let held: Vec<String> = (f.thresholds.iter())
                .filter(|t| asks && t.unit != "flag")
                .map(|t| {
                    let n = jiujiang_engine::screen::format_number(t.value);
                    match t.unit {
                        "" => format!("{} = {n}", t.param),
                        ":1" => format!("{} = {n}:1", t.param),
                        unit => format!("{} = {n} {unit}", t.param),
                    }
                })
                .collect();
            if !held.is_empty() {
                let label = lang.word("阈值：", "thresholds: ");
                writeln!(out, "    {label}{}", held.join("; "))?;
            }
            // The articles it rests on, and what to confirm: the table gave
            // figures without their basis, and kept an upper bound's
            // caveat to the JSON (an advisor audit).
            if asks {
                let basis: Vec<String> = (f.citations.iter())
                    .map(|c| {
                        let mut s = c.document.clone();
                        for part in [&c.number, &c.article].into_iter().flatten() {
                            s.push(' ');
                            s.push_str(part);
                        }
                        format!("{s} [{}]", labels::status_key(c.status))
                    })
                    .collect();
                if !basis.is_empty() {
                    let label = lang.word("依据：", "basis: ");
                    writeln!(out, "    {label}{}", basis.join("; "))?;
                }
                for c in &f.caveats {
                    writeln!(
                        out,
                        "    {}{}",
                        lang.word("注意：", "caveat: "),
                        lang.pick(c)
                    )?;
                }
            }
            // The open questions it rests on, as the app's card lists them
            // (an audit found the Ecological Environment Code's, Q1, only in
            // the JSON).
            if asks && !f.open_questions.is_empty() {
                let engine = jiujiang_engine::Engine::embedded().ok();
                let open: Vec<String> = (f.open_questions.iter())
                    .map(|q| match engine.and_then(|e| e.question(q)) {
                        Some(t) => format!("{q} {}", lang.pick(t)),
                        None => q.clone(),
                    })
                    .collect();
                writeln!(out, "    {}", lang.word("待决问题：", "open questions:"))?;
                for q in open {
                    writeln!(out, "      {q}")?;
                }
            }
        }
        if let Some(inc) = &r.incentives {
            let amount = |r: jiujiang_engine::incentives::Range| {
                lang.pick(&jiujiang_engine::text::display::money_range(r.min, r.max))
                    .to_string()
            };
            let rate = inc.options.discount_rate * 100.0;
            // No item counts and some wait: there is no total yet, not a
            // total of 0 yuan (an audit read "0 yuan" for a lead with only
            // investment and land, as the app does not say).
            if !inc.has_total() {
                writeln!(
                    out,
                    "  {}",
                    lang.word(
                        "尚无法估算合计：可能适用的优惠均待补充数据。",
                        "no total yet: the items that may apply all wait on figures."
                    )
                )?;
            } else if lang == Lang::Zh {
                writeln!(
                    out,
                    "  优惠合计（{} 年）：{}；按 {rate}% 贴现的现值：{}",
                    inc.options.horizon_years,
                    amount(inc.total),
                    amount(inc.present_value),
                )?;
            } else {
                writeln!(
                    out,
                    "  incentives over {} years: {}; present value at {rate}%: {}",
                    inc.options.horizon_years,
                    amount(inc.total),
                    amount(inc.present_value),
                )?;
            }
            // Part of the total from unverified sources is said, as the app
            // says it (an audit read a small firm's [U] relief as a certain
            // total at both ends).
            let (unverified, pv) = inc.unverified_in_totals();
            if !unverified.is_empty() {
                let ids = unverified.join(", ");
                match lang {
                    Lang::Zh => writeln!(
                        out,
                        "  其中来源未核实（[U]）、须核对后方可依赖：{ids}，现值合计 {}",
                        amount(pv)
                    )?,
                    Lang::En => writeln!(
                        out,
                        "  of which from sources not yet verified ([U]), to check before relying on them: {ids}, present value {}",
                        amount(pv)
                    )?,
                }
            }
            // The total holds only what the figures given can count: items
            // still waiting are said, not read as nothing (an audit read a
            // point total beside open items, each shown as "0 yuan").
            let (open, fields) = inc.needing_input();
            if open > 0 {
                let fields = fields.join(", ");
                match lang {
                    Lang::Zh => writeln!(
                        out,
                        "  另有 {open} 项待补充数据后测算，未计入合计：{fields}"
                    )?,
                    Lang::En => writeln!(
                        out,
                        "  {open} more item(s) wait on figures and are not in the total: {fields}"
                    )?,
                }
            }
            if inc.may_be_blocked {
                writeln!(out, "  {}", lang.pick(&labels::MAY_BE_BLOCKED.into()))?;
            }
            if inc.blocked_unverified {
                writeln!(out, "  {}", lang.pick(&labels::BLOCKED_UNVERIFIED.into()))?;
            }
            for i in &inc.items {
                // The same name as the JSON report's `state` (ELIGIBLE_IF_CERTIFIED).
                let state = serde_json::to_value(i.state)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_owned))
                    .unwrap_or_default();
                let text = lang.pick(&i.explanation);
                // A cost the rules fix, or tax paid later rather than less, is
                // no incentive: said beside its amount (an audit read a land
                // price "APPLIES" among the savings, and a deferral's "0 yuan").
                use jiujiang_engine::data_types::ItemKind;
                let kind = match (i.kind, lang) {
                    (ItemKind::Cost, Lang::Zh) => "（费用，仅供参考，不计入合计）",
                    (ItemKind::Cost, Lang::En) => " (a cost, for reference, not in the total)",
                    (ItemKind::Timing, Lang::Zh) if i.defers_only() => "（缓缴，只计现值）",
                    (ItemKind::Timing, Lang::En) if i.defers_only() => {
                        " (tax paid later, not less: only its present value counts)"
                    }
                    _ => "",
                };
                writeln!(
                    out,
                    "  {}\t{state}\t[{}]\t{}{kind}\t{}",
                    i.id,
                    labels::status_key(i.status),
                    // Nothing counted is no amount, not "0 yuan".
                    if i.state.counts() {
                        amount(i.total)
                    } else {
                        "—".into()
                    },
                    text
                )?;
                // The figures it asks for, as a rule's row lists its own (a
                // re-test read "please give the items listed" and no list).
                if !i.missing.is_empty() {
                    let missing = lang.word("缺少：", "missing: ");
                    writeln!(out, "    {missing}{}", i.missing.join(", "))?;
                }
            }
        }
    }
    Ok(())
}
