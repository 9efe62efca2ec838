//! The Shijingshan sci-fi exhibit: content model and pure logic (native and wasm), and the
//! Leptos app (wasm only).

pub mod content;
pub mod lang;
pub mod mode;
pub mod route;
