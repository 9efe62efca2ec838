use leptos::prelude::*;
use qrcode::{Color, QrCode};

use crate::call_lazy;
use crate::lazy::ChunkMissing;

/// The quiet zone around a QR code, in modules; scanners need it.
const QUIET_ZONE: usize = 2;

/// The SVG path of a QR code's dark modules and the code's width in modules, or `None` if the
/// text is too long to encode.
pub fn qr_path(text: &str) -> Option<(String, usize)> {
    let code = QrCode::new(text.as_bytes()).ok()?;
    let width = code.width();
    let mut path = String::new();
    for (i, color) in code.to_colors().into_iter().enumerate() {
        if color == Color::Dark {
            let (x, y) = (i % width + QUIET_ZONE, i / width + QUIET_ZONE);
            path.push_str(&format!("M{x} {y}h1v1h-1z"));
        }
    }
    Some((path, width + 2 * QUIET_ZONE))
}

/// Only kiosks show QR codes, and the qrcode crate is a sizeable part of the app: in the release
/// build it is a chunk of its own, fetched when the first code is drawn.
#[cfg_attr(
    exhibit_split,
    leptos::wasm_split::wasm_split(qr_code, wasm_split_path = leptos::wasm_split, fallible)
)]
fn qr_path_in_chunk(text: String) -> Result<Option<(String, usize)>, ChunkMissing> {
    Ok(qr_path(&text))
}

/// A QR code for `url`, drawn as one SVG path (crisp at any size, no image files), with its
/// caption. Nothing is shown until the code is ready, or if its chunk could not be fetched: a
/// caption without its code would send visitors looking for it.
#[component]
pub fn QrCodeFigure(
    url: Signal<String>,
    label: Signal<&'static str>,
    caption: Signal<&'static str>,
) -> impl IntoView {
    let code = LocalResource::new(move || {
        let url = url.get();
        async move { call_lazy!(qr_path_in_chunk(url)) }
    });
    move || {
        let (path, size) = code.get()?.ok()??;
        Some(view! {
            <figure class="take-it-home">
                <svg
                    class="qr-code"
                    viewBox=format!("0 0 {size} {size}")
                    role="img"
                    aria-label=move || label.get()
                    shape-rendering="crispEdges"
                >
                    <rect width=size height=size fill="#fff" />
                    <path d=path fill="#0f1720" />
                </svg>
                <figcaption>{move || caption.get()}</figcaption>
            </figure>
        })
    }
}
