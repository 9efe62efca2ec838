//! Sharing a link: the Web Share API where the browser has it, otherwise the clipboard.

use js_sys::{Function, Object, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::page;

#[derive(Clone, Copy, PartialEq)]
pub enum Shared {
    BySystem,
    Copied,
    Failed,
}

fn method(target: &JsValue, name: &str) -> Option<Function> {
    Reflect::get(target, &JsValue::from_str(name))
        .ok()?
        .dyn_into::<Function>()
        .ok()
}

async fn call(
    target: &JsValue,
    function: &Function,
    argument: &JsValue,
) -> Result<JsValue, JsValue> {
    let promise: Promise = function.call1(target, argument)?.dyn_into()?;
    JsFuture::from(promise).await
}

pub async fn share_or_copy(title: &str, url: &str) -> Shared {
    let navigator: JsValue = page::document::window().navigator().into();
    if let Some(share) = method(&navigator, "share") {
        let data = Object::new();
        let _ = Reflect::set(&data, &"title".into(), &title.into());
        let _ = Reflect::set(&data, &"url".into(), &url.into());
        match call(&navigator, &share, &data).await {
            Ok(_) => return Shared::BySystem,
            // The visitor closed the share sheet: nothing more to do.
            Err(error) if error_name(&error) == "AbortError" => return Shared::BySystem,
            Err(_) => {}
        }
    }
    let clipboard = Reflect::get(&navigator, &"clipboard".into()).unwrap_or(JsValue::UNDEFINED);
    match method(&clipboard, "writeText") {
        Some(write) if call(&clipboard, &write, &url.into()).await.is_ok() => Shared::Copied,
        _ => Shared::Failed,
    }
}

fn error_name(error: &JsValue) -> String {
    Reflect::get(error, &"name".into())
        .ok()
        .and_then(|n| n.as_string())
        .unwrap_or_default()
}
