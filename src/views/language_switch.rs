use crate::ui_text as ui;
use leptos::prelude::*;

use crate::lang::Lang;
use crate::state::Visit;

/// 中文 / English, each labelled in its own language; never flags.
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let visit = expect_context::<Visit>();
    view! {
        <div class="language-switch" role="group" aria-label=move || ui::LANGUAGE.get(visit.lang.get())>
            {Lang::ALL
                .into_iter()
                .map(|lang| {
                    view! {
                        <button
                            type="button"
                            lang=lang.tag()
                            aria-pressed=move || (visit.lang.get() == lang).to_string()
                            on:click=move |_| visit.set_lang(lang)
                        >
                            {lang.own_name()}
                        </button>
                    }
                })
                .collect_view()}
        </div>
    }
}
