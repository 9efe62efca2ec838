//! Embed mode: tells the host page what happens, by `postMessage`, and only to the origins
//! the content pack allows.
//!
//! Every message is an object `{ source: "shijingshan-exhibit", type, photo?, lang }` with
//! `type` one of `ready`, `photo-opened`, `photo-closed`, `language-changed`, `activity`.

use js_sys::{Object, Reflect};
use leptos::prelude::*;
use wasm_bindgen::JsValue;

use crate::lang::Lang;
use crate::page;
use crate::route::Route;
use crate::state::Exhibition;

/// Marks the exhibit's messages among others the host page may receive.
pub const MESSAGE_SOURCE: &str = "shijingshan-exhibit";
/// At most one `activity` message in this many milliseconds.
const ACTIVITY_EVERY_MS: f64 = 2000.0;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HostEvent<'a> {
    Ready,
    PhotoOpened(&'a str),
    PhotoClosed,
    LanguageChanged,
    Activity,
}

impl HostEvent<'_> {
    pub fn name(&self) -> &'static str {
        match self {
            HostEvent::Ready => "ready",
            HostEvent::PhotoOpened(_) => "photo-opened",
            HostEvent::PhotoClosed => "photo-closed",
            HostEvent::LanguageChanged => "language-changed",
            HostEvent::Activity => "activity",
        }
    }
}

fn post(origins: &[String], event: HostEvent, lang: Lang) {
    let window = page::document::window();
    let Ok(Some(parent)) = window.parent() else {
        return;
    };
    if parent == window {
        return;
    }
    let message = Object::new();
    let set = |key: &str, value: &str| {
        let _ = Reflect::set(&message, &JsValue::from_str(key), &JsValue::from_str(value));
    };
    set("source", MESSAGE_SOURCE);
    set("type", event.name());
    set("lang", lang.code());
    if let HostEvent::PhotoOpened(photo) = event {
        set("photo", photo);
    }
    for origin in origins {
        // The browser delivers it only if the host page really is at `origin`.
        let _ = parent.post_message(&message, origin);
    }
}

/// Sends the host page the exhibit's events for as long as the exhibit is on screen.
pub fn report_to_host(exhibition: &Exhibition) {
    let origins = StoredValue::new(exhibition.pack().settings.embed_allowed_origins.clone());
    let lang = exhibition.visit.lang;
    let send = move |event: HostEvent| origins.with_value(|o| post(o, event, lang.get_untracked()));
    send(HostEvent::Ready);

    let route = exhibition.route;
    Effect::watch(
        move || route.get(),
        move |current, previous, _| match current {
            Route::Photo(id) => send(HostEvent::PhotoOpened(id)),
            _ if matches!(previous, Some(Route::Photo(_))) => send(HostEvent::PhotoClosed),
            _ => {}
        },
        true,
    );
    Effect::watch(
        move || lang.get(),
        move |now, seen, _| {
            if seen != Some(now) {
                send(HostEvent::LanguageChanged);
            }
        },
        false,
    );
    let last = StoredValue::new(f64::NEG_INFINITY);
    let handles = ["pointerdown", "keydown", "wheel"].map(|name| {
        window_event_listener_untyped(name, move |_| {
            let now = js_sys::Date::now();
            if now - last.get_value() >= ACTIVITY_EVERY_MS {
                last.set_value(now);
                send(HostEvent::Activity);
            }
        })
    });
    on_cleanup(move || {
        for handle in handles {
            handle.remove();
        }
    });
}
