use leptos::html;
use leptos::prelude::*;

use crate::page;

/// A modal dialog on the browser's own `<dialog>`: the rest of the page is inert while it is
/// open, Escape and a tap on the backdrop close it, and focus goes back where it came from.
#[component]
pub fn Modal(
    /// The id of the element that names the dialog.
    labelled_by: &'static str,
    class: &'static str,
    on_close: Callback<()>,
    /// The id of the control to focus when the dialog goes away.
    return_focus: Signal<Option<String>>,
    children: Children,
) -> impl IntoView {
    let dialog = NodeRef::<html::Dialog>::new();
    Effect::new(move || {
        if let Some(dialog) = dialog.get() {
            if !dialog.open() {
                let _ = dialog.show_modal();
            }
        }
    });
    on_cleanup(move || {
        let target = return_focus.get_untracked();
        request_animation_frame(move || {
            let returned = target.is_some_and(|id| page::focus_by_id(&id));
            if !returned {
                page::focus_by_id("map");
            }
        });
    });
    view! {
        <dialog
            node_ref=dialog
            class=format!("modal {class}")
            role="dialog"
            aria-modal="true"
            aria-labelledby=labelled_by
            on:cancel=move |event: web_sys::Event| {
                event.prevent_default();
                on_close.run(());
            }
            on:click=move |event| {
                if event.target() == event.current_target() {
                    on_close.run(());
                }
            }
        >
            <div class="modal-body">{children()}</div>
        </dialog>
    }
}
