//! The selection kept in the browser's storage beside the draft, so a reload shows the form the
//! curator was in.

use leptos::prelude::*;

use super::selection::Selection;
use super::state::Studio;
use super::SELECTION_KEY;
use crate::page::storage::{save, saved};

/// Selects again what was selected before the reload, if it is still in the draft.
pub fn restore_selection(studio: Studio) {
    let kept = saved(SELECTION_KEY).and_then(|key| Selection::from_key(&key));
    if let Some(selection) = kept.filter(|s| studio.draft.with_untracked(|d| s.is_in(d))) {
        studio.selection.set(selection);
    }
}

/// Keeps the selection in storage whenever it changes.
pub fn keep_selection(studio: Studio) {
    Effect::new(move || {
        save(SELECTION_KEY, &studio.selection.get().key());
    });
}
