//! The selection kept in the browser's storage beside the draft, so a reload shows the form the
//! curator was in.

use leptos::prelude::*;

use super::selection::Selection;
use super::state::Studio;
use super::SELECTION_KEY;

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Selects again what was selected before the reload, if it is still in the draft.
pub fn restore_selection(studio: Studio) {
    let kept = storage()
        .and_then(|s| s.get_item(SELECTION_KEY).ok().flatten())
        .and_then(|key| Selection::from_key(&key));
    if let Some(selection) = kept.filter(|s| studio.draft.with_untracked(|d| s.is_in(d))) {
        studio.selection.set(selection);
    }
}

/// Keeps the selection in storage whenever it changes.
pub fn keep_selection(studio: Studio) {
    Effect::new(move || {
        let key = studio.selection.get().key();
        if let Some(storage) = storage() {
            let _ = storage.set_item(SELECTION_KEY, &key);
        }
    });
}
