//! The offline copy (the service worker in `sw.js`): registering it, asking it whether the
//! museum has published a new build, and letting a new build take over at a kiosk's reset.

use js_sys::Promise;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{ServiceWorkerContainer, ServiceWorkerRegistration};

use crate::page;

/// The message `sw.js` answers by taking over from the worker of the build before it.
const ACTIVATE_UPDATE: &str = "activate-update";
/// A new worker that has not taken over by then is left waiting: the page reloads anyway.
const TAKE_OVER_MS: i32 = 5000;

/// The browser's service workers, where it has them (not on `file:` pages or plain http
/// addresses other than localhost).
fn workers() -> Option<ServiceWorkerContainer> {
    let navigator: JsValue = page::document::window().navigator().into();
    let container = js_sys::Reflect::get(&navigator, &JsValue::from_str("serviceWorker")).ok()?;
    (!container.is_undefined()).then(|| container.unchecked_into())
}

async fn settle(promise: Promise) -> Option<JsValue> {
    JsFuture::from(promise).await.ok()
}

async fn registration() -> Option<ServiceWorkerRegistration> {
    let found = settle(workers()?.get_registration()).await?;
    found.dyn_into().ok()
}

/// Registers the offline service worker. A refused registration (private mode, say) only
/// means no offline copy.
pub fn register() {
    if let Some(workers) = workers() {
        leptos::task::spawn_local(async move {
            let _ = settle(workers.register(&worker_address())).await;
        });
    }
}

/// `sw.js` with this device's screen (`412x823@2.625`): the worker keeps the photo sizes it
/// shows, not those for other screens.
fn worker_address() -> String {
    let window = page::document::window();
    let side = |f: fn(&web_sys::Screen) -> Result<i32, JsValue>| {
        window.screen().ok().and_then(|s| f(&s).ok()).unwrap_or(0)
    };
    format!(
        "sw.js?screen={}x{}@{}",
        side(web_sys::Screen::width),
        side(web_sys::Screen::height),
        crate::decimals::plain(window.device_pixel_ratio())
    )
}

/// Asks the server for `sw.js` again: true when it names a new build (or a new content pack,
/// which `publish` counts as one) that is installing or waiting to take over.
pub async fn new_build_found() -> bool {
    let Some(registration) = registration().await else {
        return false;
    };
    if let Ok(update) = registration.update() {
        // Offline or a server error: nothing new, look again next time.
        let _ = settle(update).await;
    }
    registration.installing().is_some() || registration.waiting().is_some()
}

/// Lets a waiting new build take over, then reloads the page onto it (and onto the newest
/// content pack, which pages fetch network-first).
pub async fn reload_onto_newest() {
    if let Some(waiting) = registration().await.and_then(|r| r.waiting()) {
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"type".into(), &ACTIVATE_UPDATE.into());
        let taken_over = Promise::new(&mut |resolve, _| {
            if let Some(workers) = workers() {
                let _ = workers.add_event_listener_with_callback("controllerchange", &resolve);
            }
            let _ = page::document::window()
                .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, TAKE_OVER_MS);
        });
        if waiting.post_message(&message).is_ok() {
            let _ = settle(taken_over).await;
        }
    }
    let _ = page::document::window().location().reload();
}
