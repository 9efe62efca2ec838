//! The visitor's choices kept by the browser: across visits (the language) or for this tab
//! (kiosk mode). Private browsing may refuse; then nothing is kept.

use super::document::window;

fn local_storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

fn session_storage() -> Option<web_sys::Storage> {
    window().session_storage().ok().flatten()
}

/// A choice kept across visits (the language). Private browsing may refuse: then it is not kept.
pub fn saved(key: &str) -> Option<String> {
    local_storage()?.get_item(key).ok().flatten()
}

pub fn save(key: &str, value: &str) {
    if let Some(storage) = local_storage() {
        let _ = storage.set_item(key, value);
    }
}

/// A choice kept for this browser tab only (kiosk mode).
pub fn session_value(key: &str) -> Option<String> {
    session_storage()?.get_item(key).ok().flatten()
}

/// Reads a one-time note for this tab and removes it.
pub fn take_session_value(key: &str) -> Option<String> {
    let storage = session_storage()?;
    let value = storage.get_item(key).ok().flatten();
    let _ = storage.remove_item(key);
    value
}

pub fn set_session_value(key: &str, value: &str) {
    if let Some(storage) = session_storage() {
        let _ = storage.set_item(key, value);
    }
}
