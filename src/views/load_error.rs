use leptos::prelude::*;

use crate::content::PackError;
use crate::load::LoadError;
use crate::state::Visit;
use crate::ui_text::{fill, UiText};

/// The whole screen when the content pack cannot be used: what went wrong, in plain words,
/// and a Retry that loads it again.
#[component]
pub fn LoadErrorScreen(error: LoadError, on_retry: Callback<()>) -> impl IntoView {
    let visit = expect_context::<Visit>();
    crate::page::remove_static_shell();
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
                <h1>{move || visit.text().error_title}</h1>
                <p>{move || describe(visit.text(), &error.get_value())}</p>
                <Show when=move || !problems().is_empty()>
                    <ul class="problem-list">
                        {move || problems().into_iter().map(|p| view! { <li><code>{p}</code></li> }).collect_view()}
                    </ul>
                </Show>
            </div>
            <button type="button" class="primary-button" on:click=move |_| on_retry.run(())>
                {move || visit.text().retry}
            </button>
        </main>
    }
}

fn describe(text: &UiText, error: &LoadError) -> String {
    match error {
        LoadError::Offline => text.error_offline.to_string(),
        LoadError::TimedOut => text.error_timeout.to_string(),
        LoadError::Status(status) => fill(text.error_status, &[("status", &status.to_string())]),
        LoadError::Pack(PackError::BrokenJson {
            line,
            column,
            message,
        }) => at_position(text.error_broken, *line, *column, message),
        LoadError::Pack(PackError::WrongShape {
            line,
            column,
            message,
        }) => at_position(text.error_shape, *line, *column, message),
        LoadError::Pack(PackError::Invalid(_)) => text.error_invalid.to_string(),
    }
}

/// "… (line 3, column 7): detail", in the visitor's language.
fn at_position(template: &str, line: usize, column: usize, detail: &str) -> String {
    let (line, column) = (line.to_string(), column.to_string());
    fill(
        template,
        &[("line", &line), ("column", &column), ("detail", detail)],
    )
}
