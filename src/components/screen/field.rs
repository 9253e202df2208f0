//! One labelled input of the project form, with help text and the error for
//! that field. It keeps whatever the user typed, valid or not.

use crate::i18n::{self, Lang};
use jiujiang_engine::project::industry::IndustryClass;
use jiujiang_engine::project::{amount_echo, fraction_hint, Choice, FieldKind, FieldSpec, L10n};
use jiujiang_engine::{Engine, FieldError};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FieldProps {
    pub spec: &'static FieldSpec,
    pub value: AttrValue,
    pub error: Option<FieldError>,
    /// Given, but read by no rule for this project (an answer on the
    /// process for a code that decides alone), and why: said at the field.
    #[prop_or_default]
    pub not_read: Option<L10n>,
    /// The field just above whose help is this one's too (the energy
    /// carriers share one long paragraph): shown there once, pointed to.
    #[prop_or_default]
    pub help_above: Option<&'static str>,
    /// A dollar figure refused here, and the rate to offer it in yuan at:
    /// (万美元, CNY per USD, whether the rate was typed).
    #[prop_or_default]
    pub dollars: Option<(f64, f64, bool)>,
    pub lang: Lang,
    pub on_change: Callback<(&'static str, String)>,
}

/// DOM id of a field's input, also used by "please give" links.
pub fn input_id(key: &str) -> String {
    format!("field-{}", key.replace('.', "-"))
}

#[function_component(Field)]
pub fn field(props: &FieldProps) -> Html {
    let FieldProps {
        spec,
        value,
        error,
        lang,
        on_change,
        not_read,
        help_above,
        dollars,
    } = props;
    let key = spec.key;
    let id = input_id(key);
    // A word typed into the industry code is a search until the field is
    // left: its message waits, shown quietly, instead of a red error at the
    // first letter ("bat" on the way to "battery").
    let searching = use_state(|| false);
    let quiet = spec.kind == FieldKind::IndustryCode && *searching;
    let error = &error.clone().filter(|_| !quiet);
    let pending = props.error.as_ref().filter(|_| quiet);
    let on_focus_out = {
        let searching = searching.clone();
        Callback::from(move |_: FocusEvent| searching.set(false))
    };
    let help_id = format!("{}-help", input_id(help_above.unwrap_or(key)));
    let err_id = format!("{id}-error");
    let described = if error.is_some() {
        format!("{help_id} {err_id}")
    } else {
        help_id.clone()
    };
    let on_input = {
        let cb = on_change.clone();
        let searching = searching.clone();
        Callback::from(move |e: InputEvent| {
            let el: HtmlInputElement = e.target_unchecked_into();
            searching.set(true);
            cb.emit((key, el.value()));
        })
    };
    let on_text_area = {
        let cb = on_change.clone();
        Callback::from(move |e: InputEvent| {
            let el: web_sys::HtmlTextAreaElement = e.target_unchecked_into();
            cb.emit((key, el.value()));
        })
    };
    let on_select = {
        let cb = on_change.clone();
        Callback::from(move |e: Event| {
            let el: HtmlSelectElement = e.target_unchecked_into();
            cb.emit((key, el.value()));
        })
    };
    // A list shows its value as a property, set after each render: an
    // option's `selected` attribute stops steering the list once it has
    // been picked from, so another scenario's value drew "(not given)"
    // over what the scenario held (a user test).
    let select_ref = use_node_ref();
    let invalid = error.is_some().then_some("true");
    let select = |options: Html| {
        html! {
            <select ref={select_ref.clone()} id={id.clone()} name={key} aria-describedby={described.clone()} aria-invalid={invalid} onchange={on_select.clone()}>
                <option value="" selected={value.is_empty()}>{ lang.pick(i18n::NOT_GIVEN) }</option>
                { options }
            </select>
        }
    };
    let text_input = |mode: &'static str| {
        html! {
            <input id={id.clone()} name={key} type="text" inputmode={mode} autocomplete="off" maxlength="200"
                list={(spec.kind == FieldKind::IndustryCode).then(|| format!("{id}-list"))}
                value={value.clone()} aria-describedby={described.clone()} aria-invalid={invalid} oninput={on_input.clone()}
                onblur={on_focus_out.clone()} />
        }
    };
    // The option the engine reads the text as ("新建" is new, "是" yes): a
    // file or a batch row may hold either, and a select matching keys only
    // showed another option than the one screened (a user test saw
    // "technical upgrade" beside a new build's verdict).
    let shown = shown_option(spec, value);
    {
        // The option the list draws: the one the text is read as, else the
        // text itself (kept as an option of its own below).
        let listed = shown.map_or_else(|| value.to_string(), str::to_string);
        let select_ref = select_ref.clone();
        use_effect_with(listed, move |listed| {
            if let Some(el) = select_ref.cast::<HtmlSelectElement>() {
                if el.value() != *listed {
                    el.set_value(listed);
                }
            }
        });
    }
    let unread = (shown.is_none() && !value.trim().is_empty()).then(
        || html! { <option value={value.clone()} selected=true>{ value.to_string() }</option> },
    );
    let control = match spec.kind {
        FieldKind::Choice(choices) => select(html! { <>
            { choice_options(choices, shown, *lang) }
            { for unread.clone() }
        </> }),
        FieldKind::YesNo => select(html! {
            <>
                <option value="yes" selected={shown == Some("yes")}>{ lang.pick(i18n::YES) }</option>
                <option value="no" selected={shown == Some("no")}>{ lang.pick(i18n::NO) }</option>
                { for unread.clone() }
            </>
        }),
        // An id no park has (a link or file from another data version) stays
        // selected as typed beside its error, not shown as "not given".
        FieldKind::ChemicalPark => select(html! { <>
            { park_options(value, *lang) }
            if !value.trim().is_empty() && !known_park(value) {
                <option value={value.clone()} selected=true>{ value.to_string() }</option>
            }
        </> }),
        FieldKind::Set(choices) => {
            html! { <SetInput field_key={key} {choices} value={value.clone()} lang={*lang} on_change={on_change.clone()} /> }
        }
        FieldKind::Distance | FieldKind::Number { .. } => text_input("decimal"),
        FieldKind::Coordinates => text_input("text"),
        FieldKind::Parcel => html! {
            <textarea id={id.clone()} name={key} rows="2" maxlength="12000" autocomplete="off" spellcheck="false"
                value={value.clone()} aria-describedby={described.clone()} aria-invalid={invalid} oninput={on_text_area} />
        },
        FieldKind::Day => html! {
            <input id={id.clone()} name={key} type="date" value={value.clone()}
                aria-describedby={described.clone()} aria-invalid={invalid} oninput={on_text_area} />
        },
        FieldKind::IndustryCode | FieldKind::Text => text_input("text"),
    };
    let unit = match spec.kind {
        FieldKind::Number { unit, .. } if !unit.en.is_empty() => Some(lang.pick(unit)),
        _ => None,
    };
    html! {
        <div class={classes!("field", error.is_some().then_some("has-error"))}>
            <label for={id.clone()}>
                { lang.pick(spec.label) }
                if let Some(u) = unit { <span class="unit">{ match lang { Lang::Zh => format!("（{u}）"), Lang::En => format!(" ({u})") } }</span> }
            </label>
            { control }
            if let Some(echo) = error.is_none().then(|| amount_echo(spec, value)).flatten() {
                // A distance "read as" its bound: after "=" it read "= > 5,000 米" (a re-test).
                <p class="echo" id={format!("{id}-echo")}>{ format!("{}{}",
                    if spec.kind == FieldKind::Distance { lang.pick(crate::i18n::READ_AS) } else { "= " }, lang.text(&echo)) }</p>
            }
            // A share typed as a fraction: read as it stands, said so.
            if let Some(hint) = error.is_none().then(|| fraction_hint(spec, value)).flatten() {
                <p class="echo warn" id={format!("{id}-fraction")} role="note">{ lang.text(&hint) }</p>
            }
            if spec.kind == FieldKind::IndustryCode {
                <IndustryHint id={id.clone()} value={value.clone()} lang={*lang}
                    on_pick={on_change.reform(move |code: String| (key, code))} />
            }
            if spec.key == "catalogue.class" {
                <CatalogueSearch lang={*lang} />
            }
            if !spec.help.en.is_empty() && help_above.is_none() {
                <p class="help" id={help_id}>{ lang.pick(spec.help) }</p>
            }
            if let Some(e) = error {
                <p class="error" id={err_id} role="alert">{ lang.text(&e.message) }</p>
                if let Some(offer) = *dollars {
                    { convert_offer(key, offer, *lang, on_change) }
                }
            } else if let Some(e) = pending {
                <p class="help pending" id={err_id}>{ lang.text(&e.message) }</p>
            }
            if let (Some(why), None) = (not_read, error) {
                <p class="help warn" id={format!("{id}-not-read")} role="note">{ lang.pick(*why) }</p>
            }
        </div>
    }
}

/// The yuan a refused dollar figure comes to, as a button that puts it in
/// the field: the reader chooses, and sees the rate (a user test's investor
/// typed dollars in every money field).
fn convert_offer(
    key: &'static str,
    (usd_10k, rate, typed_rate): (f64, f64, bool),
    lang: Lang,
    on_change: &Callback<(&'static str, String)>,
) -> Html {
    use jiujiang_engine::text::display::{money, usd};
    let yuan_10k = (usd_10k * rate * 100.0).round() / 100.0;
    let label = lang
        .pick(i18n::USE_CONVERTED)
        .replace("{yuan}", &lang.text(&money(yuan_10k * 1e4)))
        .replace("{usd}", &lang.text(&usd(usd_10k * 1e4)))
        .replace(
            "{rate}",
            &jiujiang_engine::text::numbers::format_number(rate),
        );
    let onclick = {
        let on_change = on_change.clone();
        Callback::from(move |_: MouseEvent| on_change.emit((key, yuan_10k.to_string())))
    };
    html! {
        <p class="convert">
            <button type="button" id={format!("{}-convert", input_id(key))} {onclick}>{ label }</button>
            if !typed_rate { <span class="help">{ format!(" {}", lang.pick(i18n::DEFAULT_RATE_NOTE)) }</span> }
        </p>
    }
}

#[derive(Properties, PartialEq)]
struct IndustryHintProps {
    id: String,
    value: AttrValue,
    lang: Lang,
    /// A class picked from the offers: its code replaces the words.
    on_pick: Callback<String>,
}

/// Suggestions while typing a code or a name (Chinese, or English in the
/// English interface), and the resolved class.
#[function_component(IndustryHint)]
fn industry_hint(props: &IndustryHintProps) -> Html {
    // The English names are fetched when first shown in English; drawn
    // again when they arrive, or fail to.
    let names = crate::names_en::use_english_names(props.lang == Lang::En);
    let Ok(engine) = Engine::embedded() else {
        return html! {};
    };
    let industry = &engine.industry;
    let lang = props.lang;
    let resolved = industry
        .resolve(&props.value)
        .and_then(|c| industry.get(&c));
    let suggestions = industry.search(&props.value, 12);
    // The class's own English name, in English only (not its group's).
    let own_english = resolved
        .filter(|_| lang == Lang::En)
        .and_then(|c| {
            industry
                .english(&c.code)
                .filter(|(of, _)| of.code == c.code)
        })
        .map(|(_, name)| name);
    // The option text in English leads with the (unofficial) English name of the
    // class or the group it belongs to, and keeps the authoritative Chinese one.
    let option_text = |c: &IndustryClass| match (lang, industry.english(&c.code)) {
        (Lang::En, Some((of, name))) if of.code == c.code => {
            format!("{} {name} · {}", c.code, c.name_zh)
        }
        // Named by its group only: said so, still English first.
        (Lang::En, Some((of, name))) => format!(
            "{} {name} ({} {}) · {}",
            c.code,
            of.level.en(),
            of.code,
            c.name_zh
        ),
        _ => format!("{} {}", c.code, c.name_zh),
    };
    // Words that name no class by themselves: the first few classes they
    // find, each one tap (a user test typed an English name, and could
    // only read the codes offered in the message).
    let picks: Vec<&IndustryClass> = match resolved {
        None if !props.value.trim().is_empty() => suggestions.iter().take(3).copied().collect(),
        _ => Vec::new(),
    };
    // English words that find nothing because the English names could not
    // be loaded (offline before they were kept): said, since "not a code"
    // alone reads as a wrong word (a user test).
    let words_unread = resolved.is_none()
        && picks.is_empty()
        && lang == Lang::En
        && names == crate::names_en::EnglishNames::Failed
        && props
            .value
            .chars()
            .any(|c| c.is_ascii_alphabetic() && !c.is_ascii_uppercase());
    html! {
        <>
            if words_unread {
                <p class="help" id={format!("{}-english", props.id)}>{ lang.pick(i18n::ENGLISH_WORDS_OFFLINE) }</p>
            }
            if !picks.is_empty() {
                <p class="industry-picks" id={format!("{}-picks", props.id)}>
                    <span class="help">{ lang.pick(i18n::PICK_CLASS) }</span>
                    { for picks.iter().map(|c| {
                        let (code, on_pick) = (c.code.clone(), props.on_pick.clone());
                        html! {
                            <button type="button" class="pick" data-code={c.code.clone()}
                                onclick={Callback::from(move |_: MouseEvent| on_pick.emit(code.clone()))}>{ option_text(c) }</button>
                        }
                    }) }
                </p>
            }
            <datalist id={format!("{}-list", props.id)}>
                { for suggestions.iter().map(|c| html! { <option value={c.code.clone()}>{ option_text(c) }</option> }) }
            </datalist>
            if let Some(c) = resolved {
                <p class="resolved" id={format!("{}-resolved", props.id)}>
                    // In English, every level by its (unofficial) English name
                    // where the table has one; a class named only through its
                    // group keeps its Chinese name (a user test read the path
                    // ending in Chinese as a gap in the translation).
                    { industry.path(&c.code).iter().map(|p| match lang {
                        Lang::En if p.code != c.code => p.name_en().unwrap_or(&p.name_zh),
                        Lang::En => own_english.unwrap_or(&p.name_zh),
                        _ => p.name_zh.as_str(),
                    }).collect::<Vec<_>>().join(" › ") }
                    { format!(" ({} {})", c.code, if lang == Lang::Zh { c.level.zh() } else { c.level.en() }) }
                </p>
                if lang == Lang::En {
                    if own_english.is_some() {
                        <p class="resolved en" id={format!("{}-english", props.id)}>
                            { c.name_zh.clone() }
                            <span class="help">{ " — " }{ lang.pick(i18n::CHINESE_NAME_AUTHORITATIVE) }</span>
                        </p>
                    } else if let Some((of, name)) = industry.english(&c.code) {
                        <p class="resolved en" id={format!("{}-english", props.id)}>
                            { format!("{name} ({} {})", of.level.en(), of.code) }
                            <span class="help">{ " — " }{ lang.pick(i18n::UNOFFICIAL_NAME) }</span>
                        </p>
                    } else if names == crate::names_en::EnglishNames::Failed {
                        <p class="resolved en help" id={format!("{}-english", props.id)}>{ lang.pick(i18n::ENGLISH_NAMES_MISSING) }</p>
                    }
                }
            }
        </>
    }
}

/// The option a select shows for `value`, as the engine reads it: a
/// choice's key, `yes` or `no`; `None` for text it cannot read (shown as
/// typed, with the field's error).
fn shown_option(spec: &jiujiang_engine::project::FieldSpec, value: &str) -> Option<&'static str> {
    use jiujiang_engine::project::{parse_value, Value};
    match parse_value(spec, value, None) {
        Ok(Some(Value::Choice(k))) => Some(k),
        Ok(Some(Value::Bool(b))) => Some(if b { "yes" } else { "no" }),
        _ => None,
    }
}

fn choice_options(choices: &'static [Choice], shown: Option<&str>, lang: Lang) -> Html {
    choices
        .iter()
        .map(|c| html! { <option value={c.key} selected={shown == Some(c.key)}>{ lang.pick(c.label) }</option> })
        .collect()
}

/// Whether a park select has an option for this value.
fn known_park(value: &str) -> bool {
    let listed = Engine::embedded().is_ok_and(|e| e.data.parks.iter().any(|p| p.id == value));
    listed
        || jiujiang_engine::project::PARK_ANSWERS
            .iter()
            .any(|(k, _)| *k == value)
}

pub(super) fn park_options(value: &AttrValue, lang: Lang) -> Html {
    let Ok(engine) = Engine::embedded() else {
        return html! {};
    };
    html! {
        <>
            { for engine.data.parks.iter().map(|p| html! {
                <option value={p.id.clone()} selected={value.as_str() == p.id}>{ match lang {
                    // A name that already says where it is ("（九江经开区）") is not told twice.
                    _ if p.name.zh.contains(p.county.as_str()) => lang.text(&p.name),
                    Lang::Zh => format!("{}（{}）", p.name.zh, p.county),
                    Lang::En => format!("{} ({})", p.name.en, jiujiang_engine::text::display::place(&p.county).en),
                } }</option>
            }) }
            { for jiujiang_engine::project::PARK_ANSWERS.iter().map(|(k, l)| html! { <option value={*k} selected={value.as_str() == *k}>{ lang.pick(*l) }</option> }) }
        </>
    }
}

#[derive(Properties, PartialEq)]
struct SetProps {
    field_key: &'static str,
    choices: &'static [Choice],
    value: AttrValue,
    lang: Lang,
    on_change: Callback<(&'static str, String)>,
}

/// Tick boxes for a set; "none of these" is an answer, unlike no tick at all.
#[function_component(SetInput)]
fn set_input(props: &SetProps) -> Html {
    let SetProps {
        field_key,
        choices,
        value,
        lang,
        on_change,
    } = props;
    let key = *field_key;
    let ticked: Vec<String> = value
        .split(',')
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect();
    let none = ticked.len() == 1 && ticked[0] == "none";
    let toggle = |item: &'static str| {
        let cb = on_change.clone();
        let current: Vec<String> = ticked
            .iter()
            .filter(|t| t.as_str() != "none")
            .cloned()
            .collect();
        Callback::from(move |_: Event| {
            let mut items = current.clone();
            if let Some(i) = items.iter().position(|t| t == item) {
                items.remove(i);
            } else {
                items.push(item.to_string());
            }
            cb.emit((key, items.join(",")));
        })
    };
    let on_none = {
        let cb = on_change.clone();
        Callback::from(move |_: Event| {
            cb.emit((
                key,
                if none {
                    String::new()
                } else {
                    "none".to_string()
                },
            ))
        })
    };
    let base = input_id(key);
    html! {
        <fieldset class="set" id={base.clone()}>
            { for choices.iter().map(|c| {
                let id = format!("{base}-{}", c.key);
                html! {
                    <label class="check" for={id.clone()}>
                        <input type="checkbox" id={id} checked={ticked.iter().any(|t| t == c.key)} onchange={toggle(c.key)} />
                        { lang.pick(c.label) }
                    </label>
                }
            }) }
            <label class="check none" for={format!("{base}-none")}>
                <input type="checkbox" id={format!("{base}-none")} checked={none} onchange={on_none} />
                { lang.pick(i18n::NONE_OF_THESE) }
            </label>
        </fieldset>
    }
}

#[derive(Properties, PartialEq)]
struct CatalogueSearchProps {
    lang: Lang,
}

/// Searches the few catalogue entries we hold. Says plainly that a miss means
/// nothing: the other ~1,000 entries are not in the tool.
#[function_component(CatalogueSearch)]
fn catalogue_search(props: &CatalogueSearchProps) -> Html {
    let lang = props.lang;
    let query = use_state(String::new);
    let Ok(engine) = Engine::embedded() else {
        return html! {};
    };
    let entries = &engine.data.catalogue_entries;
    let on_input = {
        let query = query.clone();
        Callback::from(move |e: InputEvent| {
            query.set(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let q = query.trim();
    let hits: Vec<_> = if q.is_empty() {
        Vec::new()
    } else {
        entries
            .iter()
            .filter(|e| e.text.contains(q) || e.section.contains(q))
            .collect()
    };
    html! {
        <div class="catalogue-search">
            <label for="catalogue-search">{ format!("{} ({}/1005)", lang.pick(i18n::CATALOGUE_SEARCH), entries.len()) }</label>
            <input id="catalogue-search" type="search" value={(*query).clone()} oninput={on_input} />
            if !q.is_empty() {
                if hits.is_empty() {
                    <p class="help" id="catalogue-search-none">{ lang.pick(i18n::CATALOGUE_MISS) }</p>
                } else {
                    <ul class="catalogue-hits">
                        { for hits.iter().map(|e| html! {
                            <li>{ format!("[{}] {} {}. {}", e.class, e.section, e.number, e.text) }</li>
                        }) }
                    </ul>
                }
            }
        </div>
    }
}
