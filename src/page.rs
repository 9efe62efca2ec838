//! The page around the app: its address, title, language and the visitor's saved choices.

use wasm_bindgen::JsValue;

pub fn window() -> web_sys::Window {
    web_sys::window().expect("the exhibit runs in a browser window")
}

pub fn document() -> web_sys::Document {
    window().document().expect("a window has a document")
}

/// The query string of the current address, `?photo=…` or empty.
pub fn query() -> String {
    window().location().search().unwrap_or_default()
}

/// Sets the address without reloading. `push` adds a history entry marked as the exhibit's own,
/// otherwise the current entry is replaced and keeps its mark.
pub fn set_query(query: &str, push: bool) {
    let location = window().location();
    let path = location.pathname().unwrap_or_default();
    let url = format!("{path}{query}");
    if location.search().unwrap_or_default() == query {
        return;
    }
    let Ok(history) = window().history() else {
        return;
    };
    let _ = if push {
        history.push_state_with_url(&JsValue::TRUE, "", Some(&url))
    } else {
        let state = history.state().unwrap_or(JsValue::NULL);
        history.replace_state_with_url(&state, "", Some(&url))
    };
}

/// Whether the current history entry was pushed by the exhibit itself, so Back stays inside it.
pub fn entry_pushed_here() -> bool {
    window()
        .history()
        .and_then(|h| h.state())
        .is_ok_and(|state| state == JsValue::TRUE)
}

pub fn go_back() {
    if let Ok(history) = window().history() {
        let _ = history.back();
    }
}

/// The full address of this page with another query, for sharing.
pub fn address_with(query: &str) -> String {
    let location = window().location();
    let origin = location.origin().unwrap_or_default();
    let path = location.pathname().unwrap_or_default();
    format!("{origin}{path}{query}")
}

pub fn set_title(title: &str) {
    document().set_title(title);
}

pub fn set_html_lang(tag: &str) {
    if let Some(html) = document().document_element() {
        let _ = html.set_attribute("lang", tag);
    }
}

pub fn browser_languages() -> Vec<String> {
    window()
        .navigator()
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect()
}

fn local_storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

fn session_storage() -> Option<web_sys::Storage> {
    window().session_storage().ok().flatten()
}

/// A choice kept across visits (the language). Private browsing may refuse: then it is not kept.
pub fn saved(key: &str) -> Option<String> {
    local_storage()?.get_item(key).ok().flatten()
}

pub fn save(key: &str, value: &str) {
    if let Some(storage) = local_storage() {
        let _ = storage.set_item(key, value);
    }
}

/// A choice kept for this browser tab only (kiosk mode).
pub fn session_value(key: &str) -> Option<String> {
    session_storage()?.get_item(key).ok().flatten()
}

pub fn set_session_value(key: &str, value: &str) {
    if let Some(storage) = session_storage() {
        let _ = storage.set_item(key, value);
    }
}

pub fn prefers_reduced_motion() -> bool {
    window()
        .match_media("(prefers-reduced-motion: reduce)")
        .ok()
        .flatten()
        .is_some_and(|query| query.matches())
}

/// Moves keyboard focus to the element with `id`, if it is on the page.
pub fn focus_by_id(id: &str) -> bool {
    use wasm_bindgen::JsCast;
    match document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        Some(element) => element.focus().is_ok(),
        None => false,
    }
}

/// Marks the page with its mode (`<html data-mode="kiosk">`) so the styles can adapt.
pub fn set_mode_marker(mode: &str) {
    if let Some(html) = document().document_element() {
        let _ = html.set_attribute("data-mode", mode);
    }
}
