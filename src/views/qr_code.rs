use leptos::prelude::*;

/// A QR code publish wrote for a photo's published link (`src`, src/bin/publish/qr_codes.rs),
/// with its caption. Nothing is shown until the code has loaded, nor if it cannot be (a pack
/// published without its codes, a kiosk offline before its first visit): a caption without its
/// code would send visitors looking for it.
#[component]
pub fn QrCodeFigure(
    src: Signal<String>,
    label: Signal<&'static str>,
    caption: Signal<&'static str>,
) -> impl IntoView {
    // The address that has loaded: the figure shows while it is still the one asked for.
    let loaded = RwSignal::new(None::<String>);
    let shown = move || loaded.get().is_some_and(|l| l == src.get());
    view! {
        <figure class="take-it-home" hidden=move || !shown()>
            <img
                class="qr-code"
                src=move || src.get()
                alt=move || label.get()
                width="144"
                height="144"
                decoding="async"
                on:load=move |_| loaded.set(Some(src.get_untracked()))
                on:error=move |_| loaded.set(None)
            />
            <figcaption>{move || caption.get()}</figcaption>
        </figure>
    }
}
