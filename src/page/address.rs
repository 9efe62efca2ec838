//! The address bar and the history: the query string that names what is open, Back, and the
//! link-preview pages' own addresses.

use wasm_bindgen::JsValue;

use super::document::{document, window};
use crate::route::Link;

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
