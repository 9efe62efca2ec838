//! The Shijingshan sci-fi exhibit.
//!
//! Layers, from the data up: `content` (the pack's model and checks, pure Rust), `load`
//! (fetching it), `state` and `route` (what is open, the language, the address), `views`
//! (what the visitor sees) and `hooks` (gestures and other behaviours). Everything above
//! `content`, `route`, `lang`, `mode`, `pan_zoom`, `site_labels`, `format`, `statistic_text` and
//! `ui_text` needs a browser.

pub mod backoff;
pub mod content;
pub mod dom_id;
pub mod format;
pub mod lang;
pub mod mode;
pub mod pan_zoom;
pub mod picture_widths;
pub mod route;
pub mod site_labels;
pub mod statistic_text;
pub mod studio;
pub mod ui_text;

#[cfg(target_arch = "wasm32")]
mod address_bar;
#[cfg(target_arch = "wasm32")]
mod app;
#[cfg(target_arch = "wasm32")]
mod document_title;
#[cfg(target_arch = "wasm32")]
pub mod embed;
#[cfg(target_arch = "wasm32")]
pub mod hooks;
#[cfg(target_arch = "wasm32")]
pub mod kiosk_state;
#[cfg(target_arch = "wasm32")]
#[cfg(target_arch = "wasm32")]
pub mod load;
#[cfg(target_arch = "wasm32")]
mod offline_copy;
#[cfg(target_arch = "wasm32")]
pub mod page;
#[cfg(target_arch = "wasm32")]
pub mod scoped;
#[cfg(target_arch = "wasm32")]
mod share;
#[cfg(target_arch = "wasm32")]
pub mod state;
#[cfg(target_arch = "wasm32")]
pub mod views;

#[cfg(target_arch = "wasm32")]
pub use app::App;

/// Starts the exhibit in the page.
#[cfg(target_arch = "wasm32")]
pub fn mount() {
    use std::time::Duration;
    page::adopt_share_page_link();
    // Compiling and starting the module is one task, the first render another: a phone's main
    // thread is never held for both at once.
    leptos::prelude::set_timeout(|| leptos::mount::mount_to_body(App), Duration::ZERO);
    // The offline copy is fetched once the exhibit is up, not while it competes for the network.
    leptos::prelude::set_timeout(offline_copy::register, SERVICE_WORKER_DELAY);
}

/// How long after start the offline service worker is registered (and starts caching).
#[cfg(target_arch = "wasm32")]
const SERVICE_WORKER_DELAY: std::time::Duration = std::time::Duration::from_secs(3);
