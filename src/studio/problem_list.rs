//! Every problem the exhibit's own checks find in the draft, each with its place; choosing one
//! selects the item it is in and puts the cursor in the field.

use leptos::prelude::*;

use super::selection::{field_id, Selection};
use super::state::Studio;
use crate::lang::Words;

const PROBLEMS: Words = Words("问题", "Problems");
const NONE: Words = Words("没有问题：可以导出。", "No problems: ready to export.");

/// Selects the item a problem is in and focuses its field once the panel shows it.
pub fn show_problem(studio: Studio, place: &str) {
    studio.selection.set(Selection::of_place(place));
    // The deepest field that exists: `photos[3].caption.zh`, else `photos[3].caption`, …
    let mut candidates = vec![field_id(place)];
    let mut rest = place;
    while let Some((head, _)) = rest.rsplit_once(['.', '[']) {
        candidates.push(field_id(head));
        rest = head;
    }
    request_animation_frame(move || {
        candidates
            .iter()
            .any(|id| crate::page::document::focus_by_id(id));
    });
}

#[component]
pub fn ProblemList() -> impl IntoView {
    let studio = expect_context::<Studio>();
    let ui = studio.lang;
    let count = move || studio.problems.with(Vec::len);
    let items = move || {
        studio.problems.get().into_iter().map(|problem| {
            let place = problem.place.clone();
            view! {
                <li>
                    <button type="button" class="problem" on:click=move |_| show_problem(studio, &place)>
                        <code class="problem-place">{problem.place.clone()}</code>
                        ": "
                        <span class="problem-message">{problem.message.clone()}</span>
                    </button>
                </li>
            }
        }).collect_view()
    };
    view! {
        <section class="studio-problems" aria-labelledby="problems-heading">
            <h2 id="problems-heading">
                {move || PROBLEMS.get(ui.get())} " " <span class="count" class:is-zero=move || count() == 0>{count}</span>
            </h2>
            <Show when=move || { count() != 0 } fallback=move || view! { <p class="all-clear">{move || NONE.get(ui.get())}</p> }>
                <ul>{items}</ul>
            </Show>
        </section>
    }
}
