//! Code the first screen does not need, kept out of the first download. In the release build
//! (`--cfg exhibit_split`, set by `.ci/build-app`) a function marked like this
//!
//! ```ignore
//! #[cfg_attr(exhibit_split, leptos::wasm_split::wasm_split(qr_code,
//!     wasm_split_path = leptos::wasm_split, fallible))]
//! fn in_chunk(arg: String) -> Result<Out, ChunkMissing> { Ok(…) }
//! ```
//!
//! is moved by `wasm-split-cli`, with everything only it reaches, into its own wasm file,
//! fetched on the first call. Every other build (native and browser tests, clippy) calls it in
//! place. Callers go through [`call_lazy!`], which awaits the split call and makes the plain
//! one, so they read the same in both builds.
//!
//! `fallible` rather than Leptos's `#[lazy]`: `#[lazy]` panics when a chunk cannot be fetched,
//! and a panic aborts the whole wasm module, taking the exhibit down with it. A fallible chunk
//! returns [`ChunkMissing`] instead, the part that needed it stays empty, and the next call
//! fetches it again (a failure is not remembered).

/// A chunk of the app could not be fetched (the network dropped): the part of the screen that
/// needs it stays empty until a later call fetches it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ChunkMissing;

#[cfg(exhibit_split)]
impl From<leptos::wasm_split::SplitLoaderError> for ChunkMissing {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> ChunkMissing {
        leptos::logging::warn!(
            "a part of the exhibit could not be downloaded; it will be tried again"
        );
        ChunkMissing
    }
}

/// Calls a function that may live in a lazy chunk: `call_lazy!(in_chunk(arg))` is its
/// `Result<_, ChunkMissing>`, to be used in an `async` block.
#[macro_export]
macro_rules! call_lazy {
    ($function:ident($($arg:expr),* $(,)?)) => {{
        #[cfg(exhibit_split)]
        let result = $function($($arg),*).await;
        #[cfg(not(exhibit_split))]
        let result = $function($($arg),*);
        result
    }};
}
