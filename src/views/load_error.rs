use crate::ui_text as ui;
use std::time::Duration;

use leptos::prelude::*;

use crate::content::PackError;
use crate::lang::Lang;
use crate::load::LoadError;
use crate::state::Visit;

/// The whole screen when the content pack cannot be used: what went wrong, in plain words,
/// and a Retry that loads it again; with `retry_after` (a kiosk), it also retries by itself.
#[component]
pub fn LoadErrorScreen(
    error: LoadError,
    on_retry: Callback<()>,
    #[prop(default = None)] retry_after: Option<Duration>,
) -> impl IntoView {
    let visit = expect_context::<Visit>();
    crate::page::document::remove_static_shell();
    // Called off when the screen goes (a visitor's Retry came first): one retry at a time.
    if let Some(timer) =
        retry_after.and_then(|delay| set_timeout_with_handle(move || on_retry.run(()), delay).ok())
    {
        on_cleanup(move || timer.clear());
    }
    let error = StoredValue::new(error);
    let problems = move || match error.get_value() {
        LoadError::Pack(PackError::Invalid(problems)) => {
            problems.iter().map(|p| p.to_string()).collect::<Vec<_>>()
        }
        _ => Vec::new(),
    };
    view! {
        <main class="load-error" id="main">
            <div role="alert" class="load-error-card">
                <h1>{move || ui::ERROR_TITLE.get(visit.lang.get())}</h1>
                <p>{move || describe(visit.lang.get(), &error.get_value())}</p>
                {retry_after.is_some().then(|| view! {
                    <p class="load-error-retrying">{move || ui::RETRYING_BY_ITSELF.get(visit.lang.get())}</p>
                })}
                <Show when=move || !problems().is_empty()>
                    <ul class="problem-list">
                        {move || problems().into_iter().map(|p| view! { <li><code>{p}</code></li> }).collect_view()}
                    </ul>
                </Show>
            </div>
            <button type="button" class="primary-button" on:click=move |_| on_retry.run(())>
                {move || ui::RETRY.get(visit.lang.get())}
            </button>
        </main>
    }
}

fn describe(lang: Lang, error: &LoadError) -> String {
    match error {
        LoadError::Offline => ui::ERROR_OFFLINE.get(lang).to_string(),
        LoadError::TimedOut => ui::ERROR_TIMEOUT.get(lang).to_string(),
        LoadError::Status(status) => ui::error_status(lang, *status),
        LoadError::Pack(PackError::BrokenJson {
            line,
            column,
            message,
        }) => ui::error_broken(lang, *line, *column, message),
        LoadError::Pack(PackError::WrongShape {
            line,
            column,
            message,
        }) => ui::error_shape(lang, *line, *column, message),
        LoadError::Pack(PackError::Invalid(_)) => ui::ERROR_INVALID.get(lang).to_string(),
    }
}
