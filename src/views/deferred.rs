use std::time::Duration;

use leptos::prelude::*;

/// Renders its children one task after the rest of the page. The exhibit's first render is
/// split this way so that no single task holds a phone's main thread for long: the map and its
/// frame first (what the static shell showed), then the sites and hotspots, then the controls.
#[component]
pub fn Deferred(children: ChildrenFn) -> impl IntoView {
    let ready = RwSignal::new(false);
    set_timeout(move || ready.set(true), Duration::ZERO);
    move || ready.get().then(|| children())
}
