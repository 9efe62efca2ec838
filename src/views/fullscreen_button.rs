use leptos::prelude::*;

use crate::hooks::use_fullscreen::use_fullscreen;
use crate::state::Visit;
use crate::ui_text as ui;

/// Kiosk: fill the screen, or leave full screen.
#[component]
pub fn FullscreenButton() -> impl IntoView {
    let visit = expect_context::<Visit>();
    let fullscreen = use_fullscreen();
    let label = move || {
        if fullscreen.active.get() {
            ui::EXIT_FULL_SCREEN.get(visit.lang.get())
        } else {
            ui::FULL_SCREEN.get(visit.lang.get())
        }
    };
    view! {
        <button type="button" class="tool-button" on:click=move |_| fullscreen.toggle()>
            {label}
        </button>
    }
}
