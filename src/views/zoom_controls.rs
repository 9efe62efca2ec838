use crate::ui_text as ui;
use leptos::prelude::*;

use crate::hooks::use_pan_zoom::PanZoom;
use crate::pan_zoom::ZOOM_STEP;
use crate::state::Exhibition;

/// Zoom in, zoom out and back to the whole view, as buttons: for the map and the photo view.
#[component]
pub fn ZoomControls(
    pan_zoom: PanZoom,
    class: &'static str,
    /// The group's name, and the name of its reset button.
    #[prop(into)]
    label: Signal<String>,
    #[prop(into)] reset_label: Signal<String>,
    /// The id of the text that tells how else to zoom.
    #[prop(optional)]
    described_by: Option<&'static str>,
) -> impl IntoView {
    let lang = expect_context::<Exhibition>().visit.lang;
    view! {
        <div class=class role="group" aria-label=move || label.get() aria-describedby=described_by>
            <button type="button" class="round-button" aria-label=move || ui::ZOOM_IN.get(lang.get())
                on:click=move |_| pan_zoom.zoom_by(ZOOM_STEP)>
                <span aria-hidden="true">"+"</span>
            </button>
            <button type="button" class="round-button" aria-label=move || ui::ZOOM_OUT.get(lang.get())
                on:click=move |_| pan_zoom.zoom_by(1.0 / ZOOM_STEP)>
                <span aria-hidden="true">"−"</span>
            </button>
            <button type="button" class="round-button" aria-label=move || reset_label.get()
                on:click=move |_| pan_zoom.reset()>
                <svg viewBox="0 0 24 24" aria-hidden="true" width="20" height="20">
                    <path d="M4 9V4h5M20 9V4h-5M4 15v5h5M20 15v5h-5" fill="none" stroke="currentColor" stroke-width="2" />
                </svg>
            </button>
        </div>
    }
}
