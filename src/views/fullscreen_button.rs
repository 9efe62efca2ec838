use leptos::prelude::*;

use crate::hooks::use_fullscreen::use_fullscreen;
use crate::state::Visit;

/// Kiosk: fill the screen, or leave full screen.
#[component]
pub fn FullscreenButton() -> impl IntoView {
    let visit = expect_context::<Visit>();
    let fullscreen = use_fullscreen();
    let label = move || {
        let text = visit.text();
        if fullscreen.active.get() {
            text.exit_full_screen
        } else {
            text.full_screen
        }
    };
    view! {
        <button type="button" class="tool-button" on:click=move |_| fullscreen.toggle()>
            {label}
        </button>
    }
}
