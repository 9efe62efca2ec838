//! A button that opens the browser's file picker: announced and reached as a button (the
//! `<input type="file">` it drives is out of the tab order and the accessibility tree).

use leptos::html::Input;
use leptos::prelude::*;

#[component]
pub fn FileButton(
    /// The file types offered, as `<input accept>` takes them.
    accept: &'static str,
    label: Signal<&'static str>,
    /// Called with the input's `change` event once a file is picked.
    on_pick: Callback<web_sys::Event>,
    /// The input's id (the forms' pickers are named by their field).
    #[prop(optional, into)]
    id: Option<String>,
) -> impl IntoView {
    let input = NodeRef::<Input>::new();
    let open = move |_| {
        if let Some(input) = input.get() {
            input.click();
        }
    };
    view! {
        <input node_ref=input id=id class="file-input" type="file" accept=accept tabindex="-1"
            aria-hidden="true" on:change=move |event| on_pick.run(event) />
        <button type="button" class="file-button" on:click=open>{move || label.get()}</button>
    }
}
