//! Every problem the exhibit's own checks find in the draft, each with its place; choosing one
//! selects the item it is in and puts the cursor in the field.

use leptos::prelude::*;

use super::selection::{field_id, Selection};
use super::state::Studio;
use super::to_do::Sorted;
use crate::lang::Words;

const PROBLEMS: Words = Words("问题", "Problems");
const NONE: Words = Words("没有问题：可以导出。", "No problems: ready to export.");
const TO_DO: Words = Words("待填写", "To do");
const TO_DO_NOTE: Words = Words(
    "尚未填写的内容；全部填好后才能导出。",
    "Not written yet; the export waits until every one is.",
);
const NOT_WRITTEN: Words = Words("尚未填写", "not written yet");

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
    let sorted = expect_context::<Memo<Sorted>>();
    let count = move || sorted.with(|s| s.problems.len());
    let to_do_count = move || sorted.with(|s| s.to_do.len());
    // A text to write is two fields: the cursor goes to its Chinese one first.
    let to_do = move || {
        sorted.with(|s| s.to_do.clone()).into_iter().map(|place| {
            let field = if place.ends_with(".date") || place.ends_with(".site") || place.ends_with(".image") {
                place.clone()
            } else {
                format!("{place}.zh")
            };
            view! {
                <li>
                    <button type="button" class="problem is-to-do" on:click=move |_| show_problem(studio, &field)>
                        <code class="problem-place">{place.clone()}</code>
                        ": "
                        <span class="problem-message">{move || NOT_WRITTEN.get(ui.get())}</span>
                    </button>
                </li>
            }
        }).collect_view()
    };
    let items = move || {
        sorted.with(|s| s.problems.clone()).into_iter().map(|problem| {
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
            <Show when=move || { count() != 0 } fallback=move || view! {
                <Show when=move || to_do_count() == 0><p class="all-clear">{move || NONE.get(ui.get())}</p></Show>
            }>
                <ul>{items}</ul>
            </Show>
        </section>
        <Show when=move || { to_do_count() != 0 }>
            <section class="studio-problems studio-to-do" aria-labelledby="to-do-heading">
                <h2 id="to-do-heading">
                    {move || TO_DO.get(ui.get())} " " <span class="count is-to-do">{to_do_count}</span>
                </h2>
                <p class="panel-note">{move || TO_DO_NOTE.get(ui.get())}</p>
                <ul>{to_do}</ul>
            </section>
        </Show>
    }
}
