//! Keeping the keyboard focus in the verdict box across renders: an
//! answered question leaves the list and would take the focus with it.

/// Where the focus was in the verdict box: the question holding it (none
/// inside the box but outside a question), and the answer control's field.
#[derive(Clone)]
pub(super) struct FocusSpot {
    question: Option<String>,
    field: Option<String>,
}

/// Where the focus is in the verdict box; `None` when it is elsewhere.
pub(super) fn focus_in_box() -> Option<FocusSpot> {
    let active = web_sys::window()?.document()?.active_element()?;
    spot_of(&active)
}

/// The spot of `el` if it is in the verdict box.
fn spot_of(el: &web_sys::Element) -> Option<FocusSpot> {
    el.closest("#advisor").ok().flatten()?;
    let question = el.closest(".question").ok().flatten();
    Some(FocusSpot {
        question: question.map(|q| q.id()),
        field: el.get_attribute("data-field"),
    })
}

type Shared = std::rc::Rc<std::cell::RefCell<Option<FocusSpot>>>;

/// The last spot in the box, if the focus is now on the page's body: it was
/// taken, not moved elsewhere by the reader (that clears it, see [`trackers`]).
pub(super) fn if_lost(last: &Shared) -> Option<FocusSpot> {
    let active = web_sys::window()?.document()?.active_element();
    let on_body = active.is_none_or(|a| a.tag_name().eq_ignore_ascii_case("body"));
    on_body.then(|| last.borrow().clone()).flatten()
}

/// The box's focus-in and focus-out handlers keeping the last spot: set on
/// focus inside, cleared when the focus leaves for somewhere else or for
/// nothing (a click on the page). A control answered by Tab is blurred
/// before its change renders; the spot is read before the patch, so a
/// focus-out the removal itself may fire comes too late to clear it.
pub(super) fn trackers(
    last: &Shared,
) -> (
    yew::Callback<web_sys::FocusEvent>,
    yew::Callback<web_sys::FocusEvent>,
) {
    use wasm_bindgen::JsCast;
    let set = last.clone();
    let on_in = yew::Callback::from(move |e: web_sys::FocusEvent| {
        let el = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok());
        *set.borrow_mut() = el.as_ref().and_then(spot_of);
    });
    let clear = last.clone();
    let on_out = yew::Callback::from(move |e: web_sys::FocusEvent| {
        let to = e
            .related_target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok());
        if to.as_ref().and_then(spot_of).is_none() {
            *clear.borrow_mut() = None;
        }
    });
    (on_in, on_out)
}

/// Puts the focus back when a render took it (it is then on the page's
/// body): on the control of the same field if one is still asked (Tab from
/// a total to its basis, whose question was redrawn: a user test's next
/// Tab landed on a one-tap answer instead), else on the question that held
/// it, else on the first question (Tab then reaches its answers), else on
/// the verdict. A text box only where the reader had put the focus: on a
/// phone, focusing one unasked would open the keyboard.
pub(super) fn refocus(spot: &FocusSpot) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let lost = (doc.active_element()).is_none_or(|a| a.tag_name().eq_ignore_ascii_case("body"));
    if !lost {
        return;
    }
    let control = (spot.field.as_deref())
        .filter(|f| {
            f.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.')
        })
        .and_then(|f| {
            let selector = format!("#advisor [data-field=\"{f}\"]");
            doc.query_selector(&selector).ok().flatten()
        });
    let target = control
        .or_else(|| (spot.question.as_deref()).and_then(|id| doc.get_element_by_id(id)))
        .or_else(|| doc.query_selector("#advisor .question").ok().flatten())
        .or_else(|| doc.get_element_by_id("advisor-verdict"));
    focus(target);
}

/// Puts the focus on the element with `id`, if there is one (the page's
/// skip button: past the form, to the verdict).
pub fn focus_id(id: &str) {
    let doc = web_sys::window().and_then(|w| w.document());
    focus(doc.and_then(|d| d.get_element_by_id(id)));
}

fn focus(target: Option<web_sys::Element>) {
    if let Some(el) =
        target.and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(t).ok())
    {
        let _ = el.focus();
    }
}

/// [`refocus`] once the current event is over.
pub(super) fn refocus_later(spot: FocusSpot) {
    use wasm_bindgen::{closure::Closure, JsCast};
    let Some(w) = web_sys::window() else { return };
    let later = Closure::once_into_js(move || refocus(&spot));
    let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(later.unchecked_ref(), 0);
}

/// Puts the focus back on the map once the site placed by the keyboard is
/// drawn: the first placement redraws the map, and the focus fell to the
/// page, so the next arrow key did nothing (a user re-test).
pub fn focus_map_later() {
    use wasm_bindgen::{closure::Closure, JsCast};
    let Some(w) = web_sys::window() else { return };
    let later = Closure::once_into_js(|| {
        let map = (web_sys::window().and_then(|w| w.document()))
            .and_then(|d| d.query_selector("#site-map .map-canvas").ok().flatten());
        if let Some(el) = map {
            // An SVG element: its `focus` called directly.
            let focus = js_sys::Reflect::get(&el, &"focus".into()).ok();
            if let Some(f) = focus.and_then(|f| f.dyn_into::<js_sys::Function>().ok()) {
                let _ = f.call0(&el);
            }
        }
    });
    let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(later.unchecked_ref(), 0);
}
