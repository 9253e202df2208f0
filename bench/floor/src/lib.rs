//! The least a first screen needs: the engine and its rule data, asked for
//! one project's verdict. Built twice by bench/floor.sh, with and without Yew.

use jiujiang_engine::Engine;
use wasm_bindgen::prelude::*;

/// The overall verdict for a project given as field text (`key=value`
/// lines), as of a day (`YYYY-MM-DD`).
#[wasm_bindgen]
pub fn verdict(fields: &str, as_of: &str) -> String {
    let Some(as_of) = jiujiang_engine::text::date::Date::parse(as_of) else {
        return "date".into();
    };
    let Ok(engine) = Engine::embedded() else {
        return "rule data".into();
    };
    let pairs = fields.lines().filter_map(|l| l.split_once('='));
    let (project, _errors) = engine.parse_fields(pairs);
    let report = engine.screen(&project, as_of);
    format!("{:?} {}", report.overall, report.findings.len())
}

#[cfg(feature = "yew")]
mod screen {
    use yew::prelude::*;

    #[function_component]
    fn Screen() -> Html {
        let code = use_state(String::new);
        let oninput = {
            let code = code.clone();
            Callback::from(move |e: InputEvent| {
                let input: web_sys::HtmlInputElement = e.target_unchecked_into();
                code.set(input.value());
            })
        };
        let verdict = super::verdict(&format!("industry_code={}", *code), "2026-12-03");
        html! {
            <main>
                <input {oninput} value={(*code).clone()} />
                <p>{ verdict }</p>
            </main>
        }
    }

    #[wasm_bindgen::prelude::wasm_bindgen(start)]
    pub fn start() {
        yew::Renderer::<Screen>::new().render();
    }
}
