//! Keeping a kiosk's visitors inside the exhibit: the browser's own menus, gestures and
//! shortcuts that would lead out of it are switched off, and full screen comes back for the
//! next visitor after one has left it.

use leptos::prelude::*;

use crate::hooks::use_fullscreen::{enter_full_screen, is_full_screen, was_full_screen};

/// Events whose default action leads out of the exhibit or into the browser's own interface:
/// menus, text selection, dragging things out, dropping a file (which opens it in place of the
/// exhibit) and the middle click that opens a new tab.
const BLOCKED_EVENTS: [&str; 6] = [
    "contextmenu",
    "selectstart",
    "dragstart",
    "dragover",
    "drop",
    "auxclick",
];

/// Ctrl/⌘ shortcuts a kiosk keyboard could reach: print, save, open a file, view source,
/// find, bookmarks, history, downloads and page zoom.
const BLOCKED_SHORTCUTS: [&str; 12] = ["p", "s", "o", "u", "f", "d", "h", "j", "+", "=", "-", "0"];

pub fn lock_down() {
    let mut handles: Vec<_> = BLOCKED_EVENTS
        .iter()
        .map(|name| window_event_listener_untyped(name, |event| event.prevent_default()))
        .collect();
    handles.push(window_event_listener(leptos::ev::keydown, |event| {
        let key = event.key().to_ascii_lowercase();
        if (event.ctrl_key() || event.meta_key()) && BLOCKED_SHORTCUTS.contains(&key.as_str()) {
            event.prevent_default();
        }
    }));
    on_cleanup(move || handles.into_iter().for_each(|handle| handle.remove()));
}

/// Returns what a reset calls: if this kiosk has been full screen and a visitor left it, full
/// screen returns with the next touch or key press (a browser grants it only in answer to one).
pub fn restore_full_screen() -> impl Fn() + Copy + 'static {
    let due = StoredValue::new(false);
    let handles = ["pointerup", "keydown"].map(|name| {
        window_event_listener_untyped(name, move |_| {
            if due.get_value() {
                due.set_value(false);
                if !is_full_screen() {
                    enter_full_screen();
                }
            }
        })
    });
    on_cleanup(move || handles.into_iter().for_each(|handle| handle.remove()));
    move || due.set_value(was_full_screen() && !is_full_screen())
}
