//! The address bar follows the exhibit: what is open, the language and the mode are always in
//! the query string (so every state is a link), and Back and Forward move the exhibit.

use leptos::prelude::*;

use crate::document_title::document_title;
use crate::page;
use crate::route::Link;
use crate::state::Exhibition;

/// Back and Forward set what is open; what is open sets the address and the document title,
/// after the next paint: a tap's answer (the photo view) is drawn first, then the history
/// entry is written (a same-document navigation costs a phone several milliseconds).
pub fn keep_in_step(exhibition: &Exhibition) {
    let route = exhibition.route;
    let write_route = exhibition.write_route;
    let visit = exhibition.visit;
    let _ = window_event_listener(leptos::ev::popstate, move |_| {
        write_route.set(Link::parse(&page::address::query()).route);
    });
    let exhibition = *exhibition;
    let write = move || write_now(&exhibition);
    Effect::new(move || {
        visit.lang.track();
        route.track();
        // (Each write reads the state as it is by then: several changes within a frame are
        // written once, the first write pushing the entry an `open` asked for.)
        request_animation_frame(move || set_timeout(write, std::time::Duration::ZERO));
    });
}

/// Writes the address and the title for the exhibit as it is now, without waiting for the
/// next paint: for a page about to reload (the kiosk's update at a reset), which must come
/// back to what is on screen, not to what was open a frame ago.
pub fn write_now(exhibition: &Exhibition) {
    let visit = exhibition.visit;
    let (lang, current) = (visit.lang.get_untracked(), exhibition.route.get_untracked());
    let link = Link {
        route: current.clone(),
        lang: Some(lang),
        mode: Some(visit.mode),
    };
    page::address::set_query(&link.to_query(), exhibition.take_push());
    page::document::set_title(&document_title(&exhibition.pack(), &current, lang));
}
