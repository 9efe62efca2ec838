//! Full screen for kiosks: whether the page is full screen, a toggle, and a memory of it for
//! the browser session so a kiosk can put it back for the next visitor.

use leptos::prelude::*;

use crate::page;

/// Set once the kiosk has been full screen in this browser session.
const WAS_FULL_SCREEN: &str = "shijingshan-exhibit.full-screen";

#[derive(Clone, Copy)]
pub struct Fullscreen {
    pub active: ReadSignal<bool>,
}

impl Fullscreen {
    pub fn toggle(&self) {
        if is_full_screen() {
            page::document::document().exit_fullscreen();
        } else {
            enter_full_screen();
        }
    }
}

pub fn is_full_screen() -> bool {
    page::document::document().fullscreen_element().is_some()
}

/// Asks for full screen; browsers grant it only in answer to a touch, click or key.
pub fn enter_full_screen() {
    if let Some(root) = page::document::document().document_element() {
        let _ = root.request_fullscreen();
    }
}

/// Whether the page has been full screen in this browser session (a kiosk's operator set it).
pub fn was_full_screen() -> bool {
    page::storage::session_value(WAS_FULL_SCREEN).is_some()
}

pub fn use_fullscreen() -> Fullscreen {
    let (active, set_active) = signal(is_full_screen());
    let handle = window_event_listener_untyped("fullscreenchange", move |_| {
        let on = is_full_screen();
        if on {
            page::storage::set_session_value(WAS_FULL_SCREEN, "yes");
        }
        set_active.set(on);
    });
    on_cleanup(move || handle.remove());
    Fullscreen { active }
}
