use leptos::prelude::*;
use qrcode::{Color, QrCode};

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

/// A QR code for `url`, drawn as one SVG path (crisp at any size, no image files).
#[component]
pub fn QrCodeImage(url: Signal<String>, label: Signal<&'static str>) -> impl IntoView {
    move || {
        qr_path(&url.get()).map(|(path, size)| {
            view! {
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
            }
        })
    }
}
