use crate::ui;
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
            <h2 id="not-found-title">{move || ui!(lang.get(), not_found_title)}</h2>
            <p>{move || ui!(lang.get(), not_found_body)}</p>
            <button type="button" class="primary-button" on:click=move |_| on_close.run(())>
                {move || ui!(lang.get(), back_home)}
            </button>
        </Modal>
    }
}
