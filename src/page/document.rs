//! The document around the app: its window, title, language and mode attributes, focus, the
//! visitor's preferences the browser reports, and the static shell the app replaces.

pub fn window() -> web_sys::Window {
    web_sys::window().expect("the exhibit runs in a browser window")
}

pub fn document() -> web_sys::Document {
    window().document().expect("a window has a document")
}

pub fn set_title(title: &str) {
    document().set_title(title);
}

pub fn set_html_lang(tag: &str) {
    if let Some(html) = document().document_element() {
        let _ = html.set_attribute("lang", tag);
    }
}

/// Marks the page with its mode (`<html data-mode="kiosk">`) so the styles can adapt.
pub fn set_mode_marker(mode: &str) {
    if let Some(html) = document().document_element() {
        let _ = html.set_attribute("data-mode", mode);
    }
}

/// The plain-HTML title and map that paint before the wasm arrives; the app removes them once
/// it has drawn its own.
pub fn remove_static_shell() {
    if let Some(shell) = document().get_element_by_id("static-shell") {
        shell.remove();
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

/// Lays out a closed dialog once without showing it (`data-unseen`, style/photo.css): its
/// content's first layout is then done before the visitor first opens it.
pub fn lay_out_unseen(dialog: &web_sys::Element) {
    if dialog.set_attribute("data-unseen", "").is_ok() {
        let _ = dialog.get_bounding_client_rect();
        let _ = dialog.remove_attribute("data-unseen");
    }
}

/// While a dialog covers the page, the page under it is not drawn (`data-covered` on the body,
/// `content-visibility: hidden` on its masthead and main part in style/photo.css): opening
/// the dialog then restyles little more than the dialog (`showModal` makes the rest of the
/// page inert, which restyles everything drawn; ~10 ms of a photo's opening at 4x CPU, #24).
/// Their size and scroll stay.
pub fn cover_page(covered: bool) {
    if let Some(body) = document().body() {
        let _ = if covered {
            body.set_attribute("data-covered", "")
        } else {
            body.remove_attribute("data-covered")
        };
    }
}
