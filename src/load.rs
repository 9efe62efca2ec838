//! Fetching the content pack: the only place the exhibit touches the network.

use std::cell::Cell;
use std::sync::Arc;
use std::time::Duration;

use gloo_net::http::Request;
use wasm_bindgen::JsCast;
use web_sys::{AbortController, RequestCache};

use crate::content::{load_pack, Exhibit, PackError};

/// Where the pack lives, relative to the page, so the exhibit works under any sub-path.
pub const PACK_URL: &str = "exhibit.json";
/// A request that has not answered by then is given up.
const TIMEOUT: Duration = Duration::from_secs(12);
/// The pause before the one automatic retry.
const RETRY_AFTER: Duration = Duration::from_millis(800);

/// Why the exhibit could not load, in terms a visitor or operator can act on.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadError {
    Offline,
    TimedOut,
    Status(u16),
    Pack(PackError),
}

impl LoadError {
    /// Worth one automatic retry: the network may come back; a bad file will not fix itself.
    fn is_passing(&self) -> bool {
        match self {
            LoadError::Offline | LoadError::TimedOut => true,
            LoadError::Status(status) => *status >= 500,
            LoadError::Pack(_) => false,
        }
    }
}

thread_local! {
    /// A fingerprint of the pack file the exhibit is showing, to tell a new one from it.
    static SHOWING: Cell<Option<u64>> = const { Cell::new(None) };
}

/// Fetches and checks the pack, retrying once after a pause if the failure may pass.
pub async fn load_exhibit() -> Result<Arc<Exhibit>, LoadError> {
    match fetch_pack().await {
        Err(error) if error.is_passing() => {
            sleep(RETRY_AFTER).await;
            fetch_pack().await
        }
        result => result,
    }
}

/// Whether the server now has a valid pack other than the one on show. A pack that fails its
/// checks is no update: a kiosk keeps showing the good one.
pub async fn new_pack_found() -> bool {
    match fetch_text().await {
        Ok(text) => {
            SHOWING
                .get()
                .is_some_and(|showing| showing != fingerprint(&text))
                && load_pack(&text).is_ok()
        }
        Err(_) => false,
    }
}

async fn fetch_pack() -> Result<Arc<Exhibit>, LoadError> {
    let text = fetch_text().await?;
    let mut exhibit = load_pack(&text).map_err(LoadError::Pack)?;
    show_studio_pictures(&mut exhibit);
    SHOWING.set(Some(fingerprint(&text)));
    // The first render in a task of its own, not in the one that parsed and checked the pack.
    sleep(Duration::ZERO).await;
    Ok(Arc::new(exhibit))
}

/// FNV-1a: enough to tell two versions of one file apart, in a few bytes of code.
fn fingerprint(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// The pack response the start-up script asked for before the wasm arrived (see the publish
/// step's `EARLY_DOWNLOADS`), taken once: every later load asks the server again.
async fn early_text() -> Option<Result<String, LoadError>> {
    let window = web_sys::window()?;
    let key = wasm_bindgen::JsValue::from_str("exhibitPackResponse");
    let early = js_sys::Reflect::get(&window, &key).ok()?;
    let _ = js_sys::Reflect::delete_property(&window, &key);
    let early = early.dyn_into::<js_sys::Promise>().ok()?;
    let response = match wasm_bindgen_futures::JsFuture::from(early).await {
        Ok(response) => response.unchecked_into::<web_sys::Response>(),
        Err(error) => {
            let timed_out = error
                .dyn_ref::<web_sys::DomException>()
                .is_some_and(|e| e.name() == "TimeoutError");
            return Some(Err(if timed_out {
                LoadError::TimedOut
            } else {
                LoadError::Offline
            }));
        }
    };
    if !response.ok() {
        return Some(Err(LoadError::Status(response.status())));
    }
    let text = match response.text() {
        Ok(promise) => wasm_bindgen_futures::JsFuture::from(promise).await.ok(),
        Err(_) => None,
    };
    Some(text.and_then(|t| t.as_string()).ok_or(LoadError::Offline))
}

/// Whether the exhibit runs in the curators' studio's preview frame.
/// (`Reflect`, as `early_text` reads the window: no new import for the visitors' download.)
fn in_preview() -> bool {
    web_sys::window()
        .and_then(|window| js_sys::Reflect::get(&window, &"name".into()).ok())
        .and_then(|name| name.as_string())
        .is_some_and(|name| name == crate::studio::PREVIEW_FRAME)
}

/// In the curators' studio's preview frame, the studio's draft instead of the published pack.
fn studio_draft() -> Option<String> {
    in_preview().then(|| crate::page::storage::saved(crate::studio::DRAFT_KEY))?
}

/// In the preview, the pictures the curator brought into the studio and has not published
/// yet are shown from the studio's memory.
fn show_studio_pictures(exhibit: &mut Exhibit) {
    let Some(list) = in_preview()
        .then(|| crate::page::storage::saved(crate::studio::PREVIEW_PICTURES_KEY))
        .flatten()
    else {
        return;
    };
    for picture in exhibit.pictures_mut() {
        if let Some(address) = crate::studio::preview_picture(&list, &picture.src) {
            picture.src = address.to_string();
            picture.srcset = None;
            picture.sizes = None;
        }
    }
}

async fn fetch_text() -> Result<String, LoadError> {
    if let Some(draft) = studio_draft() {
        return Ok(draft);
    }
    if let Some(text) = early_text().await {
        return text;
    }
    let controller = AbortController::new().map_err(|_| LoadError::Offline)?;
    let signal = controller.signal();
    let timer = {
        let controller = controller.clone();
        leptos::prelude::set_timeout_with_handle(move || controller.abort(), TIMEOUT).ok()
    };
    let response = Request::get(PACK_URL)
        .cache(RequestCache::NoCache)
        .abort_signal(Some(&signal))
        .send()
        .await;
    let text = match response {
        Ok(response) if response.ok() => response.text().await.map_err(|_| network_error(&signal)),
        Ok(response) => Err(LoadError::Status(response.status())),
        Err(_) => Err(network_error(&signal)),
    };
    if let Some(timer) = timer {
        timer.clear();
    }
    text
}

fn network_error(signal: &web_sys::AbortSignal) -> LoadError {
    if signal.aborted() {
        LoadError::TimedOut
    } else {
        LoadError::Offline
    }
}

/// Resolves after `duration`, without pulling in a timer crate.
async fn sleep(duration: Duration) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let window = web_sys::window().expect("a window");
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(
            resolve.unchecked_ref(),
            duration.as_millis() as i32,
        );
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}
