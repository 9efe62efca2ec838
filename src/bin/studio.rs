//! The curators' studio (`dist/studio/`): its own wasm, so none of its code is in the visitors'
//! download. Natively an empty program, so `cargo test` and clippy build every target.

fn main() {
    #[cfg(target_arch = "wasm32")]
    shijingshan_exhibit::studio::mount();
}
