use crate::ui_text as ui;
use leptos::prelude::*;

use crate::mode::Mode;
use crate::route::Route;
use crate::state::Exhibition;
use crate::views::fullscreen_button::FullscreenButton;
use crate::views::language_switch::LanguageSwitch;

pub const STATISTICS_BUTTON_ID: &str = "open-statistics";

/// The exhibit's title and the controls that apply everywhere.
#[component]
pub fn Masthead() -> impl IntoView {
    let exhibition = expect_context::<Exhibition>();
    let pack = exhibition.pack();
    let lang = exhibition.visit.lang;
    let list_view = exhibition.list_view;
    let open_statistics = {
        move |_| {
            exhibition
                .opener
                .set_value(Some(STATISTICS_BUTTON_ID.to_string()));
            exhibition.open(Route::Statistics);
        }
    };
    view! {
        <header class="masthead">
            <div class="masthead-title">
                <p class="masthead-kicker">{move || ui::PLACE_LINE.get(lang.get())}</p>
                <h1>{move || pack.title.get(lang.get()).to_string()}</h1>
            </div>
            <nav class="masthead-tools" aria-label=move || ui::TOOLS.get(lang.get())>
                <button
                    type="button"
                    class="tool-button"
                    on:click=move |_| list_view.update(|list| *list = !*list)
                >
                    {move || if list_view.get() { ui::SHOW_MAP.get(lang.get()) } else { ui::SHOW_LIST.get(lang.get()) }}
                </button>
                <button type="button" class="tool-button" id=STATISTICS_BUTTON_ID on:click=open_statistics>
                    {move || ui::STATISTICS.get(lang.get())}
                </button>
                <LanguageSwitch />
                {(exhibition.visit.mode == Mode::Kiosk).then(|| view! { <FullscreenButton /> })}
            </nav>
        </header>
    }
}
