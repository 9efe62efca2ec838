//! The Shijingshan sci-fi exhibit.
//!
//! Layers, from the data up: `content` (the pack's model and checks, pure Rust), `load`
//! (fetching it), `state` and `route` (what is open, the language, the address), `views`
//! (what the visitor sees) and `hooks` (gestures and other behaviours). Everything above
//! `content`, `route`, `lang`, `mode`, `pan_zoom`, `site_labels`, `decimals`, `format`, `statistic_text` and
//! `ui_text` needs a browser.

pub mod backoff;
pub mod content;
pub mod decimals;
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
pub mod address_bar;
#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
mod document_title;
#[cfg(target_arch = "wasm32")]
pub mod embed;
#[cfg(all(target_arch = "wasm32", feature = "heap-count"))]
mod heap_count;
#[cfg(target_arch = "wasm32")]
pub mod hooks;
#[cfg(target_arch = "wasm32")]
pub mod kiosk_state;
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
