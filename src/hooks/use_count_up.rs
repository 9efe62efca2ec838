//! Numbers that count up when they appear, unless the visitor prefers reduced motion.

use leptos::prelude::*;

use crate::page;

/// How long counting up takes.
pub const COUNT_UP_MS: f64 = 1200.0;

/// Progress from 0 to 1 over [`COUNT_UP_MS`], eased; 1 at once under reduced motion.
pub fn use_count_up() -> Signal<f64> {
    let progress = RwSignal::new(0.0);
    // hand-written: leptos-use use_prefers_reduced_motion adds 4.5 KB brotli (measured 2026-11-29)
    if page::document::prefers_reduced_motion() {
        progress.set(1.0);
    } else {
        tick(js_sys::Date::now(), progress);
    }
    progress.into()
}

// hand-written: leptos-use use_raf_fn adds 1.3 KB brotli (measured 2026-11-29)
fn tick(start: f64, progress: RwSignal<f64>) {
    request_animation_frame(move || {
        // (Not `clamp`: its panic message would bring float printing into the wasm; see `decimals`.)
        #[allow(clippy::manual_clamp)]
        let t = ((js_sys::Date::now() - start) / COUNT_UP_MS)
            .max(0.0)
            .min(1.0);
        let eased = 1.0 - (1.0 - t).powi(3);
        // A disposed signal means the numbers left the screen: stop.
        if progress.try_set(eased).is_none() && t < 1.0 {
            tick(start, progress);
        }
    });
}
