//! Kiosk: looks every so often for a new build or content pack, so a kiosk left running for
//! weeks shows what the museum has published. It only notices; the kiosk decides when to show
//! it (never in front of a visitor).
//!
//! ```no_run
//! # use std::time::Duration;
//! # use leptos::prelude::*;
//! # use shijingshan_exhibit::hooks::use_update_check::use_update_check;
//! let update_found = StoredValue::new(false);
//! use_update_check(Duration::from_secs(600), Callback::new(move |_| update_found.set_value(true)));
//! ```

use std::time::Duration;

use leptos::prelude::*;

use crate::{load, offline_copy};

/// Calls `on_found` once, the first time a look finds something new.
pub fn use_update_check(every: Duration, on_found: Callback<()>) {
    let found = StoredValue::new(false);
    // hand-written: leptos-use use_interval_fn adds 2.0 KB brotli (measured 2026-11-29)
    let ticker = set_interval_with_handle(
        move || {
            if found.get_value() {
                return;
            }
            leptos::task::spawn_local(async move {
                let new = offline_copy::new_build_found().await || load::new_pack_found().await;
                if new && !found.get_value() {
                    found.set_value(true);
                    on_found.run(());
                }
            });
        },
        every,
    )
    .ok();
    on_cleanup(move || {
        if let Some(ticker) = ticker {
            ticker.clear();
        }
    });
}
