//! What only a kiosk shares with the views, provided only in kiosk mode: the photo its attract
//! loop is showing off, and what a reset must put back that the app state does not hold (the
//! map's whole view).

use leptos::prelude::*;

use crate::scoped::scoped;

#[derive(Clone, Copy)]
pub struct KioskState {
    /// The photo the attract loop is highlighting, as this part of the page reads it.
    pub attract: Signal<Option<String>>,
    set_attract: WriteSignal<Option<String>>,
    /// What a reset calls on the map while it is on screen, with the map's own token.
    map_reset: StoredValue<Option<(u64, Callback<()>)>>,
    tokens: StoredValue<u64>,
}

impl Default for KioskState {
    fn default() -> KioskState {
        let (attract, set_attract) = signal(None);
        KioskState {
            attract: attract.into(),
            set_attract,
            map_reset: StoredValue::new(None),
            tokens: StoredValue::new(0),
        }
    }
}

impl KioskState {
    /// The attract loop lights `photo` (or nothing).
    pub fn show_off(&self, photo: Option<String>) {
        self.set_attract.set(photo);
    }

    /// The map, while it is on screen, returns to its whole view at each reset.
    pub fn on_reset(&self, put_back: Callback<()>) {
        self.tokens.update_value(|n| *n += 1);
        let token = self.tokens.get_value();
        self.map_reset.set_value(Some((token, put_back)));
        let map_reset = self.map_reset;
        // Forgotten when the map goes, unless a newer map has taken its place already.
        on_cleanup(move || {
            if map_reset.with_value(|r| r.as_ref().is_some_and(|(t, _)| *t == token)) {
                map_reset.set_value(None);
            }
        });
    }

    /// Puts back what the app state does not hold; the kiosk calls it at each reset.
    pub fn reset(&self) {
        if let Some((_, put_back)) = self.map_reset.get_value() {
            put_back.run(());
        }
    }

    pub(crate) fn scoped(&self) -> KioskState {
        KioskState {
            attract: scoped(self.attract).into(),
            ..*self
        }
    }
}
