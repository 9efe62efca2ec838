//! The address bar follows the exhibit: what is open, the language and the mode are always in
//! the query string (so every state is a link), and Back and Forward move the exhibit.

use leptos::prelude::*;

use crate::document_title::document_title;
use crate::page;
use crate::route::Link;
use crate::state::Exhibition;

/// Back and Forward set what is open; what is open sets the address and the document title.
pub fn keep_in_step(exhibition: &Exhibition) {
    let route = exhibition.route;
    let write_route = exhibition.write_route;
    let visit = exhibition.visit;
    let _ = window_event_listener(leptos::ev::popstate, move |_| {
        write_route.set(Link::parse(&page::address::query()).route);
    });
    let pack = exhibition.pack();
    Effect::new(move || {
        let lang = visit.lang.get();
        let current = route.get();
        let link = Link {
            route: current.clone(),
            lang: Some(lang),
            mode: Some(visit.mode),
        };
        page::address::set_query(&link.to_query(), false);
        page::document::set_title(&document_title(&pack, &current, lang));
    });
}
