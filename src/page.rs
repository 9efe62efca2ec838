//! The page around the app: its address, title, language and the visitor's saved choices.

use wasm_bindgen::JsValue;

use crate::route::Link;

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

/// Reads a one-time note for this tab and removes it.
pub fn take_session_value(key: &str) -> Option<String> {
    let storage = session_storage()?;
    let value = storage.get_item(key).ok().flatten();
    let _ = storage.remove_item(key);
    value
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

/// The app's own folder (`/` or `/exhibits/shijingshan/`), wherever the current page is.
fn app_root() -> String {
    let base = document().base_uri().ok().flatten().unwrap_or_default();
    web_sys::Url::new_with_base(".", &base)
        .map(|url| url.pathname())
        .unwrap_or_else(|_| "/".to_string())
}

/// A link-preview page (`photos/vr-game/`) names the place it shows in a meta tag; the app
/// moves the address to the app's own, `?photo=vr-game`, so every later link has one form.
pub fn adopt_share_page_link() {
    let Ok(Some(meta)) = document().query_selector("meta[name='exhibit:link']") else {
        return;
    };
    let place = meta.get_attribute("content").unwrap_or_default();
    let here = Link::parse(&query());
    let link = Link {
        route: Link::parse(&place).route,
        ..here
    };
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(
            &JsValue::NULL,
            "",
            Some(&format!("{}{}", app_root(), link.to_query())),
        );
    }
}

/// The plain-HTML title and map that paint before the wasm arrives; the app removes them once
/// it has drawn its own.
pub fn remove_static_shell() {
    if let Some(shell) = document().get_element_by_id("static-shell") {
        shell.remove();
    }
}
