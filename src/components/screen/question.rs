//! One question of the verdict box, with the answers it takes (buttons, a
//! number, a set, a park), and one answered "don't know" and left open.
//! The box itself (`advisor`) owns the state; these only draw and call back.

use super::advisor::{label_of, question_id, AdvisorProps};
use super::answer_text::{entered_as, is_distance, lead_and_list};
use crate::i18n::{self, Lang};
use jiujiang_engine::project::industry::{Industry, Level};
use jiujiang_engine::project::{self, FieldKind};
use jiujiang_engine::rules::{AnswerKind, Question};
use jiujiang_engine::{text::labels, Report};
use web_sys::HtmlInputElement;
use yew::prelude::*;

pub(super) fn question(q: &Question<'static>, props: &AdvisorProps) -> Html {
    let lang = props.lang;
    let id: &'static str = q.id;
    let set = |pairs: Vec<(&'static str, String)>| {
        let cb = props.on_fields.clone();
        Callback::from(move |_: MouseEvent| cb.emit(pairs.clone()))
    };
    // A likely answer is marked and explained, never chosen for the user.
    let proposed = q.proposed.as_ref().map(|p| p.value);
    let button = |label: &str, value: &str, onclick: Callback<MouseEvent>| {
        let class = classes!("answer", (proposed == Some(value)).then_some("proposed"));
        html! { <button type="button" {class} data-value={value.to_string()} {onclick}>{ label.to_string() }</button> }
    };
    let dont_know = {
        let cb = props.on_dont_know.clone();
        html! {
            <button type="button" class="answer dont-know" id={format!("{}-dont-know", question_id(id))}
                onclick={Callback::from(move |_: MouseEvent| cb.emit(id))}>{ lang.pick(i18n::DONT_KNOW) }</button>
        }
    };
    let answers = match (q.kind, q.field) {
        (AnswerKind::NoneOf, _) => {
            // A field holding text the form could not read keeps it: "none of
            // these" must not overwrite a distance typed as "0,85 km" (its
            // error shows under the question until it is mended).
            let unread = |f: &str| props.errors.iter().any(|e| e.field == f);
            let none: Vec<(&'static str, String)> = q
                .none
                .iter()
                .filter(|s| !unread(s.field))
                .map(|s| (s.field, s.value.to_string()))
                .collect();
            let some = {
                let cb = props.on_some.clone();
                Callback::from(move |_: MouseEvent| cb.emit(id))
            };
            // One thing left to ask about ("Is Poyang Lake within 5 km?"):
            // answered yes or no, not "none of these".
            let (none_label, some_label) = if q.none.len() == 1 {
                (i18n::NO, i18n::YES)
            } else {
                (i18n::NONE_AT_ALL, i18n::SOME_OF_THESE)
            };
            // Every field it would set holds such text: "no" could change
            // nothing (a user test clicked it seven times over "about 2 km"),
            // so the text is mended at its field first.
            if none.is_empty() && !q.none.is_empty() {
                let fields: Vec<&'static str> = q.none.iter().map(|s| s.field).collect();
                return html! {
                    <li key={id} class="question mend-first" id={question_id(id)} data-kind={kind_key(q.kind)} tabindex="-1">
                        <p class="question-text">{ lang.text(&q.text) }</p>
                        { for props.errors.iter()
                            .filter(|e| fields.contains(&e.field.as_str()))
                            .map(|e| html! { <p class="error" role="alert">{ lang.text(&e.message) }</p> }) }
                        <p class="mend">{ lang.pick(i18n::MEND_FIRST) }{ super::result::field_links(&fields, lang) }</p>
                    </li>
                };
            }
            html! { <>
                { button(lang.pick(none_label), "none", set(none)) }
                { button(lang.pick(some_label), "some", some) }
            </> }
        }
        (AnswerKind::YesNo, Some(k)) => html! { <>
            { button(lang.pick(i18n::YES), "yes", set(vec![(k, "yes".into())])) }
            { button(lang.pick(i18n::NO), "no", set(vec![(k, "no".into())])) }
        </> },
        (AnswerKind::Choice, Some(k)) => match project::field(k).map(|f| f.kind) {
            // "Not checked yet" beside "Don't know" said the same twice (a
            // user test): the question's own button stands for both.
            Some(FieldKind::Choice(choices)) => html! { <>
                { for choices.iter().filter(|c| c.key != "not_checked").map(|c| button(lang.pick(c.label), c.key, set(vec![(k, c.key.into())]))) }
            </> },
            // Too many for buttons: the form's list of parks.
            Some(FieldKind::ChemicalPark) => park_select(k, props),
            _ => number_input(k, props),
        },
        (AnswerKind::Set, Some(k)) => set_input(k, props),
        // Words are searched, and a class picked, in the form's field.
        (_, Some(k)) if project::field(k).is_some_and(|f| f.kind == FieldKind::IndustryCode) => {
            html! {
                <p class="mend find-class">{ lang.pick(i18n::FIND_CLASS_IN_FORM) }{ super::result::field_links(&[k], lang) }</p>
            }
        }
        (_, Some(k)) => number_input(k, props),
        // A total in tce, or, for a plant that runs on power alone, its
        // electricity as the bill gives it.
        (_, None) if id == "energy" => html! { <>
            // A bound that settles it, for one who knows no figure (an
            // office, a warehouse: a user test had nothing to type).
            if let Some(quick) = &q.quick {
                <button type="button" class="answer quick" data-value="quick"
                    onclick={set(quick.settings.clone())}>{ lang.text(&quick.label) }</button>
            }
            // The one-tap answers first, then the figures: last, "don't
            // know" wrapped to a third line under a laptop box's fold (a
            // user test, in English).
            { dont_know.clone() }
            { number_input(project::STATED_TOTAL_TCE, props) }
            { basis_select(props) }
            <span class="or-electricity">{ lang.pick(i18n::OR_ELECTRICITY_ONLY) }</span>
            // "Only electricity" says it is all, unless a total beside it
            // says otherwise.
            { number_input_also(project::ELECTRICITY_10K_KWH,
                (props.fields.get(project::STATED_TOTAL_TCE).is_none_or(|t| t.trim().is_empty()))
                    .then_some((project::CARRIERS_COMPLETE, "yes")), props) }
        </> },
        _ => html! {},
    };
    html! {
        <li key={id} class={classes!("question", q.could_prohibit.then_some("could-prohibit"))} id={question_id(id)} data-kind={kind_key(q.kind)} tabindex="-1">
            // The whole text as a tooltip too: a laptop's box cuts it at five lines.
            // A list of items after the colon in a lighter weight: the
            // question is its lead, the list what it is about.
            <p class="question-text" title={lang.text(&q.text).to_string()}>{ lead_and_list(&lang.text(&q.text)) }</p>
            // Asked though filled (a contradicted total or distance, a bound
            // at its line): said, not asked as if nothing were there (a
            // re-test read "please give" beside a filled field).
            // A contradiction says which answers disagree and links the
            // other field: re-answering this one alone cannot settle it.
            if let Some((fields, why)) = props.conflicts.iter().find(|(fs, _)| q.field.iter().chain(&q.fields).any(|k| fs.contains(k))) {
                <p class="already-entered conflict" role="note">
                    if let Some(v) = q.field.and_then(|k| props.fields.get(k)).filter(|v| !v.trim().is_empty()) {
                        { lang.pick(i18n::ENTERED_AS).replace("{value}", &entered_as(q.field, v.trim(), lang)) }
                    }
                    { lang.pick(*why) }{ " " }{ super::result::field_links(&fields.iter().copied().filter(|f| Some(*f) != q.field).collect::<Vec<_>>(), lang) }</p>
            } else if let Some((v, level)) = above_class(q, props) {
                <p class="already-entered">{ lang.pick(i18n::CODE_ABOVE_CLASS)
                    .replace("{value}", &entered_as(q.field, v, lang))
                    .replace("{level}", if lang == Lang::Zh { level.zh() } else { level.en() }) }</p>
            } else if let Some(v) = q.field.and_then(|k| props.fields.get(k)).filter(|v| !v.trim().is_empty()) {
                <p class="already-entered">{ lang.pick(match is_distance(q.field) && v.trim().starts_with(['>', '<', '＞', '＜']) {
                    true => i18n::BOUND_ENTERED,
                    false => i18n::ALREADY_ENTERED,
                }).replace("{value}", &entered_as(q.field, v.trim(), lang)) }</p>
            }
            <p class="question-meta">
                if q.could_prohibit { <span class="tag">{ lang.pick(i18n::COULD_PROHIBIT) }</span> }
                <span class="rule-list">{ format!("{}{}", lang.pick(i18n::DECIDES), first_rules(&q.rules, 5, lang)) }</span>
            </p>
            if let Some(p) = &q.proposed {
                <p class="proposal">{ lang.labelled(lang.pick(i18n::LIKELY_ANSWER), &lang.text(&p.why)) }</p>
            }
            // A yes or no answered by the field's own guidance, folded: the
            // form's hint ("battery formation: usually no") was out of reach
            // from the question (a user test's battery-materials plant).
            if let Some(help) = yes_no_help(q) {
                <details class="question-help">
                    <summary>{ lang.pick(i18n::HOW_TO_ANSWER) }</summary>
                    <p>{ lang.pick(help) }</p>
                </details>
            }
            <div class="answers">{ answers }if id != "energy" { { dont_know } }</div>
            { for props.errors.iter()
                .filter(|e| e.field == id || q.fields.contains(&e.field.as_str()))
                .map(|e| html! { <p class="error" role="alert">{ lang.text(&e.message) }</p> }) }
        </li>
    }
}

/// An industry code entered above the class (C26, C266) where the class
/// is asked, with its level.
fn above_class<'p>(q: &Question, props: &'p AdvisorProps) -> Option<(&'p str, Level)> {
    let v = props
        .fields
        .get(q.field.filter(|k| *k == "industry_code")?)?
        .trim();
    let class = Industry::shared().get(v)?;
    (class.level != Level::Class).then_some((v, class.level))
}

/// One question answered "don't know": its name, the worst its answer
/// could lead to and the rules it decides (where it still matters), and a
/// button to answer it after all.
pub(super) fn left_open_item(id: &'static str, r: &Report, props: &AdvisorProps) -> Html {
    let lang = props.lang;
    let asked = r.left_open.iter().find(|q| q.id == id);
    // A group's items still open, as its question lists them: a map point
    // may have settled some ("waters within 5 km" read as all of them
    // after the Yangtze was measured on the map, a user test).
    let items = asked.filter(|q| q.fields.len() > 1).and_then(|q| {
        let text = lang.text(&q.text);
        let at = text.find([':', '：'])?;
        let colon = text[at..].chars().next().map_or(1, char::len_utf8);
        Some(
            text[at + colon..]
                .trim()
                .trim_end_matches(['?', '？'])
                .to_string(),
        )
    });
    let stake = asked.map(|q| {
        lang.pick(i18n::LEFT_OPEN_STAKE)
            .replace("{outcome}", lang.pick(labels::overall(q.worst)))
            // The first three: the findings below list them all.
            .replace("{rules}", &first_rules(&q.rules, 3, lang))
    });
    let again = {
        let cb = props.on_ask_again.clone();
        Callback::from(move |_: MouseEvent| cb.emit(id))
    };
    html! {
        <li data-question={id}>
            <span class="left-open-name">{ label_of(id, lang) }</span>
            if let Some(items) = items { <span class="left-open-items">{ format!("{}{}", lang.pick(i18n::COLON), items) }</span> }
            if let Some(stake) = stake { <span class="left-open-stake">{ stake }</span> }
            { " " }
            <button type="button" class="link ask-again" onclick={again}>{ lang.pick(i18n::ASK_AGAIN) }</button>
        </li>
    }
}

/// The first `n` rule ids, then how many more ("YRB-01、YRB-10 … (+7)").
fn first_rules(rules: &[&str], n: usize, lang: Lang) -> String {
    let mut named = rules[..rules.len().min(n)].join(lang.pick(i18n::LIST_SEPARATOR));
    if rules.len() > n {
        named.push_str(&format!(" … (+{})", rules.len() - n));
    }
    named
}

/// The field's help for a yes-or-no question about one field, where it has one.
fn yes_no_help(q: &Question) -> Option<project::L10n> {
    let spec = project::field(q.field.filter(|_| q.kind == AnswerKind::YesNo)?)?;
    (!spec.help.en.is_empty()).then_some(spec.help)
}

fn kind_key(k: AnswerKind) -> &'static str {
    match k {
        AnswerKind::YesNo => "yes_no",
        AnswerKind::Choice => "choice",
        AnswerKind::Set => "set",
        AnswerKind::NoneOf => "none_of",
        AnswerKind::Number => "number",
        AnswerKind::Distance => "distance",
        AnswerKind::Place => "place",
        AnswerKind::Text => "text",
    }
}

/// A number (or distance) typed in place; set when the field is left or
/// Enter is pressed, checked by the engine like the form's.
fn number_input(key: &'static str, props: &AdvisorProps) -> Html {
    number_input_also(key, None, props)
}

/// A number answer that, when given, also sets `also` (the electricity
/// typed as a plant's only energy says the carriers are complete; emptied,
/// it leaves that answer, which the form may hold on its own).
fn number_input_also(
    key: &'static str,
    also: Option<(&'static str, &'static str)>,
    props: &AdvisorProps,
) -> Html {
    let lang = props.lang;
    let kind = project::field(key).map(|f| f.kind);
    // A phone's number pad for figures only (an industry code got it).
    let mode = match kind {
        Some(FieldKind::Number { .. } | FieldKind::Distance) => "decimal",
        _ => "text",
    };
    let unit = match kind {
        Some(FieldKind::Number { unit, .. }) => lang.pick(unit).to_string(),
        Some(FieldKind::Distance) => lang
            .pick(jiujiang_engine::project::L10n::new("米", "m"))
            .to_string(),
        _ => String::new(),
    };
    let cb = props.on_fields.clone();
    let onchange = Callback::from(move |e: Event| {
        let el: HtmlInputElement = e.target_unchecked_into();
        let value = el.value();
        // Electricity typed where the total in tce is asked ("3000万度") is
        // the electricity: put there, kept as typed (a user test had it
        // refused as not a number); whether it is all is asked next.
        if key == project::STATED_TOTAL_TCE && project::names_electricity(&value) {
            cb.emit(vec![
                (key, String::new()),
                (project::ELECTRICITY_10K_KWH, value),
            ]);
            return;
        }
        let mut set = vec![(key, value.clone())];
        if let Some((k, v)) = also.filter(|_| !value.trim().is_empty()) {
            set.push((k, v.into()));
        }
        cb.emit(set);
    });
    let label = project::field(key)
        .map(|f| lang.pick(f.label))
        .unwrap_or(key);
    html! {
        <label class="inline-answer">
            <span class="visually-hidden">{ label }</span>
            <input type="text" inputmode={mode} class="answer-input" data-field={key}
                value={props.fields.get(key).cloned().unwrap_or_default()} {onchange} />
            <span class="unit">{ unit }</span>
        </label>
    }
}

/// The recognised chemical parks, as the form lists them.
fn park_select(key: &'static str, props: &AdvisorProps) -> Html {
    let lang = props.lang;
    let cb = props.on_fields.clone();
    let onchange = Callback::from(move |e: Event| {
        let el: web_sys::HtmlSelectElement = e.target_unchecked_into();
        cb.emit(vec![(key, el.value())]);
    });
    let current: AttrValue = props.fields.get(key).cloned().unwrap_or_default().into();
    let label = project::field(key).map_or(key, |f| lang.pick(f.label));
    html! {
        <label class="inline-answer">
            <span class="visually-hidden">{ label }</span>
            <select data-field={key} {onchange}>
                <option value="" selected={current.is_empty()}>{ "—" }</option>
                { super::field::park_options(&current, lang) }
            </select>
        </label>
    }
}

fn basis_select(props: &AdvisorProps) -> Html {
    let lang = props.lang;
    let key = "energy.stated_basis";
    let cb = props.on_fields.clone();
    let onchange = Callback::from(move |e: Event| {
        let el: web_sys::HtmlSelectElement = e.target_unchecked_into();
        let mut fields = vec![(key, el.value())];
        // The figure typed beside it goes with it: a select chosen by touch
        // need not blur the input first, and the redraw then dropped the
        // uncommitted "3000" (a user test).
        fields.extend(typed_beside(&el));
        cb.emit(fields);
    });
    let current = props.fields.get(key).cloned().unwrap_or_default();
    let choices = match project::field(key).map(|f| f.kind) {
        Some(FieldKind::Choice(c)) => c,
        _ => &[],
    };
    html! {
        <label class="inline-answer">{ lang.pick(i18n::BASIS) }
            <select data-field={key} {onchange}>
                <option value="" selected={current.is_empty()}>{ "—" }</option>
                { for choices.iter().map(|c| html! {
                    <option value={c.key} selected={current == c.key}>{ lang.pick(c.label) }</option>
                }) }
            </select>
        </label>
    }
}

/// The figures typed in the inline inputs of the question holding `el`,
/// by their field keys.
fn typed_beside(el: &web_sys::Element) -> Vec<(&'static str, String)> {
    let Some(inputs) = (el.closest(".question").ok().flatten())
        .and_then(|q| q.query_selector_all("input.answer-input").ok())
    else {
        return Vec::new();
    };
    (0..inputs.length())
        .filter_map(|i| wasm_bindgen::JsCast::dyn_into::<HtmlInputElement>(inputs.item(i)?).ok())
        .filter_map(|input| {
            let key = project::field(&input.get_attribute("data-field")?)?.key;
            Some((key, input.value()))
        })
        .collect()
}

/// The facilities: "none", or tick the ones included.
fn set_input(key: &'static str, props: &AdvisorProps) -> Html {
    let lang = props.lang;
    let current = props.fields.get(key).cloned().unwrap_or_default();
    let ticked: Vec<String> = current
        .split([',', ';', '、'])
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty() && s != "none")
        .collect();
    let choices = match project::field(key).map(|f| f.kind) {
        Some(FieldKind::Set(c)) => c,
        _ => &[],
    };
    let none = {
        let cb = props.on_fields.clone();
        Callback::from(move |_: MouseEvent| cb.emit(vec![(key, "none".into())]))
    };
    html! { <>
        <button type="button" class="answer" data-value="none" onclick={none}>{ lang.pick(i18n::SET_NONE) }</button>
        <details class="ticks-more" open={!ticked.is_empty()}>
        <summary>{ lang.pick(i18n::SOME_CHOOSE) }</summary>
        <div class="ticks">
            { for choices.iter().map(|c| {
                let on = ticked.iter().any(|t| t == c.key);
                let cb = props.on_fields.clone();
                let ticked = ticked.clone();
                let item = c.key;
                let onchange = Callback::from(move |_: Event| {
                    let mut next: Vec<String> = ticked.iter().filter(|t| *t != item).cloned().collect();
                    if !on {
                        next.push(item.to_string());
                    }
                    let text = if next.is_empty() { String::new() } else { next.join(",") };
                    cb.emit(vec![(key, text)]);
                });
                html! {
                    <label class="tick"><input type="checkbox" checked={on} data-value={c.key} {onchange} />{ lang.pick(c.label) }</label>
                }
            }) }
        </div>
        </details>
    </> }
}
