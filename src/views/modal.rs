use crate::ui_text as ui;
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
    /// The control that has the focus once the dialog is open, instead of the first one the
    /// browser's `showModal` picks. Moved in the same task, so the opening frame draws the
    /// focus once (not `autofocus`: Chrome refuses that in a frame of another origin, with an
    /// error, and the exhibit can be embedded).
    #[prop(optional)]
    first_focus: Option<NodeRef<html::Button>>,
    /// Whether it is open, for a dialog kept in the page between openings (built once, not
    /// at every opening); without it, the dialog is open for as long as it is in the page.
    #[prop(optional, into)]
    open: Option<Signal<bool>>,
    children: Children,
) -> impl IntoView {
    let dialog = NodeRef::<html::Dialog>::new();
    Effect::new(move || {
        let wanted = open.is_none_or(|open| open.get());
        let Some(dialog) = dialog.get() else {
            return;
        };
        if wanted && !dialog.open() {
            page::document::cover_page(true);
            let _ = dialog.show_modal();
            if let Some(button) = first_focus.and_then(|f| f.get_untracked()) {
                let _ = button.focus();
            }
        } else if !wanted && dialog.open() {
            dialog.close();
            page::document::cover_page(false);
            give_focus_back(return_focus.get_untracked());
        }
    });
    if open.is_some() {
        // A dialog kept in the page is laid out once, unseen, a task after it is built: a
        // page's first opening took 144 ms at 4x CPU against 88 for the next (median of 8), the
        // first layout of the view's content 32 ms of it (6 ms later); laid out first, 120 ms.
        // (Not one the address opened at once: that one is laid out already.)
        dialog.on_load(|dialog| {
            set_timeout(
                move || {
                    if !dialog.open() {
                        page::document::lay_out_unseen(&dialog);
                    }
                },
                std::time::Duration::ZERO,
            )
        });
    }
    on_cleanup(move || {
        // (A dialog taken out of the page while open: `dialog` is already cleared by then.)
        if open.is_none_or(|open| open.try_get_untracked().unwrap_or(true)) {
            page::document::cover_page(false);
            give_focus_back(return_focus.get_untracked());
        }
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
            on:keydown=move |event| keep_focus_inside(&event)
        >
            <div class="modal-body">{children()}</div>
        </dialog>
    }
}

/// After the frame that shows the page again, focus goes to the control that opened the
/// dialog, or else to the map.
fn give_focus_back(target: Option<String>) {
    request_animation_frame(move || {
        let returned = target.is_some_and(|id| page::document::focus_by_id(&id));
        if !returned {
            page::document::focus_by_id("map");
        }
    });
}

/// The ✕ that closes a dialog, named for screen readers in the visitor's language.
#[component]
pub fn CloseButton(on_close: Callback<()>) -> impl IntoView {
    let visit = expect_context::<crate::state::Visit>();
    view! {
        <button type="button" class="round-button close-button" aria-label=move || ui::CLOSE.get(visit.lang.get())
            on:click=move |_| on_close.run(())>
            <span aria-hidden="true">"×"</span>
        </button>
    }
}

/// Tab from the last control goes to the first, Shift+Tab from the first to the last: focus
/// never leaves an open dialog for the page behind it or the browser's own controls.
fn keep_focus_inside(event: &web_sys::KeyboardEvent) {
    use wasm_bindgen::JsCast;
    if event.key() != "Tab" {
        return;
    }
    let Some(dialog) = event
        .current_target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return;
    };
    let Ok(controls) = dialog.query_selector_all(FOCUSABLE) else {
        return;
    };
    let controls: Vec<web_sys::HtmlElement> = (0..controls.length())
        .filter_map(|i| controls.item(i)?.dyn_into().ok())
        .collect();
    let (Some(first), Some(last)) = (controls.first(), controls.last()) else {
        return;
    };
    let active = page::document::document().active_element();
    let at = |element: &web_sys::HtmlElement| active.as_ref() == Some(element.unchecked_ref());
    let inside = active
        .as_ref()
        .is_some_and(|a| dialog.contains(Some(a)) && !a.is_same_node(Some(&dialog)));
    let target = if event.shift_key() {
        (at(first) || !inside).then_some(last)
    } else {
        (at(last) || !inside).then_some(first)
    };
    if let Some(target) = target {
        event.prevent_default();
        let _ = target.focus();
    }
}

const FOCUSABLE: &str =
    "button:not([disabled]), a[href], input, select, textarea, [tabindex]:not([tabindex='-1'])";
