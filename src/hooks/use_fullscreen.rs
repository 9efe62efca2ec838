//! Full screen for kiosks: whether the page is full screen, and a toggle.

use leptos::prelude::*;

use crate::page;

#[derive(Clone, Copy)]
pub struct Fullscreen {
    pub active: ReadSignal<bool>,
}

impl Fullscreen {
    pub fn toggle(&self) {
        let document = page::document();
        if document.fullscreen_element().is_some() {
            document.exit_fullscreen();
        } else if let Some(root) = document.document_element() {
            let _ = root.request_fullscreen();
        }
    }
}

pub fn use_fullscreen() -> Fullscreen {
    let (active, set_active) = signal(page::document().fullscreen_element().is_some());
    let handle = window_event_listener_untyped("fullscreenchange", move |_| {
        set_active.set(page::document().fullscreen_element().is_some())
    });
    on_cleanup(move || handle.remove());
    Fullscreen { active }
}
