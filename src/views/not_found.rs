use crate::ui_text as ui;
use leptos::prelude::*;

use crate::state::Exhibition;
use crate::views::modal::Modal;

/// A link to a photo the exhibit does not have: say so kindly and offer the way home.
#[component]
pub fn NotFoundDialog() -> impl IntoView {
    let exhibition = expect_context::<Exhibition>();
    let lang = exhibition.visit.lang;
    let on_close = Callback::new(move |_| exhibition.close());
    view! {
        <Modal labelled_by="not-found-title" class="not-found" on_close return_focus=Signal::derive(|| None)>
            <h2 id="not-found-title">{move || ui::NOT_FOUND_TITLE.get(lang.get())}</h2>
            <p>{move || ui::NOT_FOUND_BODY.get(lang.get())}</p>
            <button type="button" class="primary-button" on:click=move |_| on_close.run(())>
                {move || ui::BACK_HOME.get(lang.get())}
            </button>
        </Modal>
    }
}
