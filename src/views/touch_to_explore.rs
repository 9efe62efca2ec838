use crate::ui_text as ui;
use leptos::prelude::*;

use crate::kiosk_state::KioskState;
use crate::lang::Lang;
use crate::route::Route;
use crate::state::Exhibition;

/// The kiosk's invitation to a passer-by, in both languages at once: whoever walks up reads
/// their own. On the map while nobody has opened anything, and lit while the attract loop runs.
///
/// Hidden, not taken out, while something is open: built again at every opening, its
/// `attracting` class left one subscriber in the kiosk's attract signal each time (48 bytes of
/// wasm heap per photo opened, for good: the `crate::scoped` leak), and a rebuild is DOM work
/// in the opening's frame.
#[component]
pub fn TouchToExplore() -> impl IntoView {
    let exhibition = expect_context::<Exhibition>();
    let route = exhibition.route;
    let attract = use_context::<KioskState>().map(|kiosk| kiosk.attract);
    let attracting = move || attract.is_some_and(|a| a.with(Option::is_some));
    let line = |lang: Lang| {
        view! { <span class="touch-to-explore-line" lang=lang.tag()>{ui::TOUCH_TO_EXPLORE.get(lang)}</span> }
    };
    view! {
        <p class="touch-to-explore" class:attracting=attracting hidden=move || route.get() != Route::Home>
            <span class="touch-to-explore-light" aria-hidden="true"></span>
            {line(Lang::En)}
            {line(Lang::Zh)}
        </p>
    }
}
