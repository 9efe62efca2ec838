//! The workaround for a leak in Leptos 0.8's reactive graph: parts of the page that come and
//! go (a dialog, the list view, the map) are built inside `views::scoped_part::Scoped`, which
//! gives them their own copies of the shared signals. See [`scoped`] for why. `tests/scoped_leak.rs` is the
//! minimal reproduction: its canary test fails once a Leptos upgrade no longer leaks, the
//! signal to remove this module; `make soak` (wasm memory after 1,000 kiosk cycles) confirms.

use leptos::prelude::*;
use leptos::reactive::graph::{Subscriber, ToAnySubscriber};

/// `source` as read by a part of the page that comes and goes: a memo owned by that part,
/// which stops following `source` when the part goes.
///
/// Why: in Leptos 0.8 (reactive_graph 0.2.16) a signal or memo keeps every effect and memo
/// that ever read it in its subscriber set until that subscriber runs again. One that is
/// dropped instead (the text and attribute effects of a dialog that closes, say) stays there
/// for as long as the signal lives: a `Weak` that holds its 48-byte allocation, and a slot in
/// the set. Nothing else removes it: the signal's notify clones the set, and a disposed effect
/// or memo never unsubscribes. The exhibit's shared signals live as long as the page, so every
/// photo opened grew the wasm heap by about 3 KB for good. Read through a copy, those
/// subscribers sit in the copy's set instead and are freed with it; the copy itself leaves
/// `source` here, when its owner is cleaned up and before it is disposed.
pub fn scoped<T>(source: impl Get<Value = T> + Send + Sync + 'static) -> Memo<T>
where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    let copy = ArcMemo::new(move |_| source.get());
    let follower = copy.to_any_subscriber();
    on_cleanup(move || follower.clear_sources(&follower));
    copy.into()
}
