//! Component tests in headless Chromium (wasm-bindgen-test-runner +
//! chromedriver; see scripts/test.sh). They drive the real DOM.
#![cfg(target_arch = "wasm32")]

use jiujiang_app::components::finding::{FindingCard, FindingProps};
use jiujiang_app::i18n::Lang;
use jiujiang_app::App;
use jiujiang_engine::{Date, Engine};
use std::time::Duration;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, Event, EventInit, HtmlElement, HtmlInputElement, HtmlSelectElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// A fresh root, as on a first visit: the tests share one page, so what one
/// app kept in local storage (work, language) must not reach the next. The
/// app opens in the browser's language, and the test browser's is English:
/// a Chinese reader's choice is kept instead, as the staff's would be.
fn mount() -> Element {
    if let Some(s) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) {
        s.clear().unwrap();
        s.set_item("jiujiang.lang", "zh-CN").unwrap();
    }
    let div = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&div).unwrap();
    div
}

/// Lets the app render after an event. These tests run the debug build, in
/// which a render that screens each open candidate place (to name what it
/// waits on) takes well over the 30 ms that used to be enough.
async fn settle() {
    yew::platform::time::sleep(Duration::from_millis(300)).await;
}

fn q(root: &Element, sel: &str) -> Element {
    root.query_selector(sel)
        .unwrap()
        .unwrap_or_else(|| panic!("no {sel}"))
}

fn fire(el: &Element, kind: &str) {
    let init = EventInit::new();
    init.set_bubbles(true);
    el.dispatch_event(&Event::new_with_event_init_dict(kind, &init).unwrap())
        .unwrap();
}

async fn type_into(root: &Element, sel: &str, value: &str) {
    let el = q(root, sel);
    el.clone()
        .dyn_into::<HtmlInputElement>()
        .unwrap()
        .set_value(value);
    fire(&el, "input");
    settle().await;
}

async fn choose(root: &Element, sel: &str, value: &str) {
    let el = q(root, sel);
    el.clone()
        .dyn_into::<HtmlSelectElement>()
        .unwrap()
        .set_value(value);
    fire(&el, "change");
    settle().await;
}

fn outcome(root: &Element) -> String {
    q(root, "#verdict").get_attribute("data-outcome").unwrap()
}

#[wasm_bindgen_test]
async fn the_verdict_follows_the_distance() {
    let root = mount();
    yew::Renderer::<App>::with_root(root.clone()).render();
    settle().await;
    // An empty form decides nothing: it asks for the industry and the action.
    assert_eq!(outcome(&root), "NEEDS_INPUT");
    type_into(&root, "#field-industry_code", "C2614").await;
    choose(&root, "#field-action", "new").await;
    type_into(&root, "#field-site-dist_yangtze_mainstream_m", "850").await;
    assert_eq!(outcome(&root), "PROHIBITED");
    assert!(q(&root, "#finding-YRB-01")
        .text_content()
        .unwrap()
        .contains("长江保护法"));

    // 920 m is inside the band however it was measured (1 km less a typed
    // distance's ±80 m, catalogue GEO-04 ¶3). 1,001 m is within the
    // official line's ±50 m of it: a survey decides, unless a tributary is
    // near, so the tributaries are asked for, and what the other water is (a
    // river there prohibits, W7); Poyang Lake could only add the review
    // already due, so it is not.
    type_into(&root, "#field-site-dist_yangtze_mainstream_m", "920").await;
    assert_eq!(outcome(&root), "PROHIBITED");
    type_into(&root, "#field-site-dist_yangtze_mainstream_m", "1001").await;
    assert_eq!(outcome(&root), "NEEDS_INPUT");
    let links = root
        .query_selector_all("#finding-YRB-01 .needs .missing a")
        .unwrap();
    assert_eq!(links.length(), 3);
    assert!(q(&root, "#finding-YRB-01 .needs .missing")
        .text_content()
        .unwrap()
        .contains("河流还是湖泊"));
}

#[wasm_bindgen_test]
async fn a_negative_distance_is_flagged_and_kept() {
    let root = mount();
    yew::Renderer::<App>::with_root(root.clone()).render();
    settle().await;
    type_into(&root, "#field-site-dist_poyang_lake_m", "-5").await;
    let input: HtmlInputElement = q(&root, "#field-site-dist_poyang_lake_m")
        .dyn_into()
        .unwrap();
    assert_eq!(input.value(), "-5");
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));
    let error = q(&root, "#field-site-dist_poyang_lake_m-error");
    assert_eq!(error.get_attribute("role").as_deref(), Some("alert"));
    assert!(error.text_content().unwrap().contains("负数"));
}

#[wasm_bindgen_test]
async fn language_switch_and_example_buttons() {
    let root = mount();
    yew::Renderer::<App>::with_root(root.clone()).render();
    settle().await;
    q(&root, "#load-example")
        .dyn_into::<HtmlElement>()
        .unwrap()
        .click();
    settle().await;
    assert_eq!(outcome(&root), "PROHIBITED");
    q(&root, "#switch-lang")
        .dyn_into::<HtmlElement>()
        .unwrap()
        .click();
    settle().await;
    assert!(q(&root, "#verdict")
        .text_content()
        .unwrap()
        .contains("Prohibited"));
    let input: HtmlInputElement = q(&root, "#field-site-dist_yangtze_mainstream_m")
        .dyn_into()
        .unwrap();
    assert_eq!(input.value(), "850");
    q(&root, "#clear-form")
        .dyn_into::<HtmlElement>()
        .unwrap()
        .click();
    settle().await;
    assert_eq!(outcome(&root), "NEEDS_INPUT");
    assert_eq!(
        q(&root, "#field-site-dist_yangtze_mainstream_m")
            .dyn_into::<HtmlInputElement>()
            .unwrap()
            .value(),
        ""
    );
}

#[wasm_bindgen_test]
async fn finding_card_shows_uncertainty_and_hint() {
    let engine = Engine::embedded().unwrap();
    let (project, _) = engine.parse_fields([
        ("industry_code", "C2710"),
        ("action", "new"),
        ("site.dist_yangtze_mainstream_m", "300"),
    ]);
    let report = engine.screen(&project, Date::new(2026, 11, 23));
    let finding = report
        .findings
        .iter()
        .find(|f| f.rule_id == "YRB-01")
        .unwrap()
        .clone();
    let root = mount();
    yew::Renderer::<FindingCard>::with_root_and_props(
        root.clone(),
        FindingProps {
            finding,
            lang: Lang::En,
        },
    )
    .render();
    settle().await;
    let status = q(&root, ".status");
    assert!(status.class_list().contains("uncertain"));
    assert!(status.text_content().unwrap().contains("Unverified"));
    assert!(q(&root, ".hint")
        .text_content()
        .unwrap()
        .contains("1,000 m"));
}

#[wasm_bindgen_test]
async fn facility_boxes_answer_the_tailings_rule() {
    let root = mount();
    yew::Renderer::<App>::with_root(root.clone()).render();
    settle().await;
    choose(&root, "#field-action", "new").await;
    type_into(&root, "#field-site-dist_yangtze_mainstream_m", "2000").await;
    // Unanswered, the tailings rule asks about facilities.
    assert_eq!(
        q(&root, "#finding-YRB-02")
            .get_attribute("data-outcome")
            .as_deref(),
        Some("NEEDS_INPUT")
    );
    let tailings: HtmlInputElement = q(&root, "#field-facilities-tailings_pond")
        .dyn_into()
        .unwrap();
    tailings.click();
    settle().await;
    assert_eq!(
        q(&root, "#finding-YRB-02")
            .get_attribute("data-outcome")
            .as_deref(),
        Some("PROHIBITED")
    );
    // "None of these" is an answer too, and replaces the ticks.
    q(&root, "#field-facilities-none")
        .dyn_into::<HtmlElement>()
        .unwrap()
        .click();
    settle().await;
    assert_eq!(
        q(&root, "#finding-YRB-02")
            .get_attribute("data-outcome")
            .as_deref(),
        Some("NOT_APPLICABLE")
    );
    let tailings: HtmlInputElement = q(&root, "#field-facilities-tailings_pond")
        .dyn_into()
        .unwrap();
    assert!(!tailings.checked());
}

#[wasm_bindgen_test]
async fn the_rules_page_lists_and_filters_the_rule_base() {
    let root = mount();
    yew::Renderer::<App>::with_root(root.clone()).render();
    settle().await;
    q(&root, "#tab-rules")
        .dyn_into::<HtmlElement>()
        .unwrap()
        .click();
    settle().await;
    let all = root.query_selector_all(".rule").unwrap().length();
    let engine = Engine::embedded().unwrap();
    assert_eq!(all as usize, engine.data.rules.len());
    // A word finds the rules whose titles or texts say it: the tailings
    // rule among a few, not the whole base.
    type_into(&root, "#rule-search", "尾矿库").await;
    let shown = root.query_selector_all(".rule").unwrap().length();
    assert!(
        shown >= 1 && (shown as usize) < engine.data.rules.len() / 4,
        "{shown}"
    );
    assert!(root.query_selector("#rule-YRB-02").unwrap().is_some());
    // An exact phrase of one rule's title finds that rule alone.
    type_into(&root, "#rule-search", "暂停钢铁产能置换").await;
    assert_eq!(root.query_selector_all(".rule").unwrap().length(), 1);
    assert!(q(&root, ".rule").text_content().unwrap().contains("CAP-01"));
    type_into(&root, "#rule-search", "").await;
    choose(&root, "#rule-status", "U").await;
    let unverified = root.query_selector_all(".rule").unwrap().length() as usize;
    let expected = engine
        .data
        .rules
        .iter()
        .filter(|r| r.status == jiujiang_engine::Status::U)
        .count();
    assert_eq!(unverified, expected);
    assert!(unverified > 0);
}

#[wasm_bindgen_test]
async fn catalogue_search_finds_held_entries_and_says_a_miss_means_nothing() {
    let root = mount();
    yew::Renderer::<App>::with_root(root.clone()).render();
    settle().await;
    type_into(&root, "#catalogue-search", "刨花板").await;
    let hits = root.query_selector_all(".catalogue-hits li").unwrap();
    assert_eq!(hits.length(), 1);
    assert!(hits
        .get(0)
        .unwrap()
        .text_content()
        .unwrap()
        .contains("restricted"));
    type_into(&root, "#catalogue-search", "锂电池").await;
    assert!(q(&root, "#catalogue-search-none")
        .text_content()
        .unwrap()
        .contains("不代表允许类"));
}

/// The map draws every bundled layer once, the site with its nearest banks,
/// and a typed parcel; the imported layer appears when given.
#[wasm_bindgen_test]
async fn the_map_draws_layers_site_and_parcel() {
    let root = mount();
    yew::Renderer::<App>::with_root(root.clone()).render();
    settle().await;
    type_into(&root, "#field-site-location", "116.0, 29.70").await;
    choose(&root, "#field-site-location_datum", "wgs84").await;
    settle().await;
    // OSM water as two paths (river, lake), each with its three bands.
    let water = root
        .query_selector_all("#site-map .map-canvas path.water")
        .unwrap();
    assert_eq!(water.length(), 2);
    assert_eq!(
        root.query_selector_all("#map-bands path").unwrap().length(),
        6
    );
    // The site and a dashed line to the nearest river bank with its ±.
    q(&root, "#map-site");
    let label = q(&root, ".nearest.to-river text").text_content().unwrap();
    assert!(label.ends_with("± 1,030 m"), "{label}");
    // Park markers say they are approximate.
    let parks = root.query_selector_all("#map-parks .park").unwrap();
    assert_eq!(
        parks.length() as usize,
        Engine::embedded().unwrap().data.parks.len()
    );
    // Each mark's tooltip says so; a name placed on the map does too.
    assert!(q(&root, "#map-parks .park title")
        .text_content()
        .unwrap()
        .starts_with('≈'));
    let names = root.query_selector_all("#map-labels .park-name").unwrap();
    for i in 0..names.length() {
        let name = names.item(i).unwrap().text_content().unwrap();
        assert!(name.starts_with('≈'), "{name}");
    }
    // A typed parcel is drawn and measured from.
    let area = q(&root, "#field-site-parcel");
    area.clone()
        .dyn_into::<web_sys::HtmlTextAreaElement>()
        .unwrap()
        .set_value("115.995, 29.714; 116.005, 29.714; 116.005, 29.66; 115.995, 29.66");
    fire(&area, "input");
    settle().await;
    let d = q(&root, "#map-parcel").get_attribute("d").unwrap();
    assert!(d.starts_with('M') && d.ends_with('Z'), "{d}");
    assert!(q(&root, "#site-hint")
        .text_content()
        .unwrap()
        .contains("地块"));
}
