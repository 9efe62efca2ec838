//! What the browser test files share (`mod support;` in tests/web.rs and tests/scoped_leak.rs):
//! the test pack, a fresh stage at an address, the exhibit's state mounted around a view, and
//! waiting for the next frame.

use std::sync::Arc;

use leptos::mount::mount_to;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

use shijingshan_exhibit::content::{load_pack, Exhibit};
use shijingshan_exhibit::state::{Exhibition, Visit};

/// The test pack (tests/fixtures/pack): made-up content, so a curator's edit to the shipped
/// pack breaks none of these tests.
pub fn pack() -> Arc<Exhibit> {
    Arc::new(
        load_pack(include_str!("../fixtures/pack/exhibit.json")).expect("the test pack is valid"),
    )
}

pub fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// A fresh place to mount into, with the address reset to `query` (and nothing saved).
pub fn stage(query: &str) -> HtmlElement {
    let window = web_sys::window().unwrap();
    let path = window.location().pathname().unwrap();
    window
        .history()
        .unwrap()
        .replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&format!("{path}{query}")),
        )
        .unwrap();
    let _ = window.local_storage().unwrap().unwrap().clear();
    // A test that failed may have left its stage (and an open modal dialog) behind.
    for old in all(&document().body().unwrap(), ".test-stage") {
        old.remove();
    }
    let stage = document().create_element("div").unwrap();
    stage.set_class_name("test-stage");
    document().body().unwrap().append_child(&stage).unwrap();
    stage.unchecked_into()
}

pub fn all(root: &HtmlElement, selector: &str) -> Vec<HtmlElement> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into().ok())
        .collect()
}

/// Resolves at the browser's next animation frame, after layout and resize observers.
pub async fn next_frame() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = web_sys::window()
            .unwrap()
            .request_animation_frame(resolve.unchecked_ref());
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Mounts `view` with the app state around it; unmounted (and its owner disposed) when the
/// returned handle is dropped at the end of the test.
#[must_use = "the view is unmounted when this is dropped"]
pub fn mount_exhibit<V: IntoView + 'static>(
    root: &HtmlElement,
    view: impl FnOnce(Exhibition) -> V + 'static,
) -> impl Sized {
    mount_to(root.clone(), move || {
        let visit = Visit::from_page();
        provide_context(visit);
        let route =
            shijingshan_exhibit::route::Link::parse(&shijingshan_exhibit::page::address::query())
                .route;
        let exhibition = Exhibition::new(pack(), visit, route);
        shijingshan_exhibit::address_bar::keep_in_step(&exhibition);
        provide_context(exhibition);
        view(exhibition)
    })
}
