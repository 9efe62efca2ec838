fn main() {
    #[cfg(target_arch = "wasm32")]
    shijingshan_exhibit::app::mount();
}
