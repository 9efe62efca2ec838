//! The app's state in one place: the content pack, what is open, the language and the mode,
//! kept in step with the address bar so every state is a link.

use std::sync::Arc;

use leptos::prelude::*;

use crate::content::Exhibit;
use crate::lang::Lang;
use crate::mode::Mode;
use crate::page;
use crate::route::{Link, Route};
use crate::ui;

const SAVED_LANG: &str = "shijingshan-exhibit.lang";
const SESSION_MODE: &str = "shijingshan-exhibit.mode";

/// The visitor's language and mode, known before the content pack arrives.
#[derive(Clone, Copy)]
pub struct Visit {
    pub lang: RwSignal<Lang>,
    pub mode: Mode,
    /// The language the visit started in; a kiosk returns to it when it resets.
    pub start_lang: Lang,
}

impl Visit {
    pub fn from_page() -> Visit {
        let link = Link::parse(&page::query());
        let mode = link
            .mode
            .or_else(|| page::session_value(SESSION_MODE).and_then(|m| Mode::from_code(&m)))
            .unwrap_or_default();
        page::set_session_value(SESSION_MODE, mode.code());
        // A kiosk serves one visitor after another: one visitor's choice is not the next one's.
        let saved = if mode == Mode::Kiosk {
            None
        } else {
            page::saved(SAVED_LANG)
        };
        let lang = Lang::choose(
            link.lang.map(Lang::code),
            saved.as_deref(),
            &page::browser_languages(),
        );
        let visit = Visit {
            lang: RwSignal::new(lang),
            mode,
            start_lang: lang,
        };
        page::set_mode_marker(mode.code());
        Effect::new(move || page::set_html_lang(visit.lang.get().tag()));
        visit
    }

    pub fn set_lang(&self, lang: Lang) {
        if self.mode != Mode::Kiosk {
            page::save(SAVED_LANG, lang.code());
        }
        self.lang.set(lang);
    }
}

/// Everything the views share once the pack has loaded.
#[derive(Clone)]
pub struct Exhibition {
    pub pack: Arc<Exhibit>,
    pub visit: Visit,
    pub route: RwSignal<Route>,
    pub list_view: RwSignal<bool>,
    /// The id of the control that opened the photo view, to return focus to on close.
    pub opener: StoredValue<Option<String>>,
    /// The photo the kiosk's attract loop is highlighting, if any.
    pub attract: RwSignal<Option<String>>,
    /// Counts kiosk resets; the map returns to its whole view on each.
    pub resets: RwSignal<u32>,
}

impl Exhibition {
    pub fn new(pack: Arc<Exhibit>, visit: Visit) -> Exhibition {
        let exhibition = Exhibition {
            pack,
            visit,
            route: RwSignal::new(Link::parse(&page::query()).route),
            list_view: RwSignal::new(false),
            opener: StoredValue::new(None),
            attract: RwSignal::new(None),
            resets: RwSignal::new(0),
        };
        exhibition.keep_address_in_step();
        exhibition
    }

    fn keep_address_in_step(&self) {
        let route = self.route;
        let visit = self.visit;
        let _ = window_event_listener(leptos::ev::popstate, move |_| {
            route.set(Link::parse(&page::query()).route);
        });
        let pack = self.pack.clone();
        Effect::new(move || {
            let lang = visit.lang.get();
            let current = route.get();
            let link = Link {
                route: current.clone(),
                lang: Some(lang),
                mode: Some(visit.mode),
            };
            page::set_query(&link.to_query(), false);
            page::set_title(&document_title(&pack, &current, lang));
        });
    }

    /// Opens a photo, site or panel as a new history entry, so Back closes it. A kiosk keeps
    /// no history: nobody can press Back there, and it runs all day.
    pub fn open(&self, route: Route) {
        if self.visit.mode != Mode::Kiosk {
            self.push(&route);
        }
        self.route.set(route);
    }

    /// The kiosk's reset: the home view in the starting language, everything closed.
    pub fn reset_to_home(&self) {
        self.opener.set_value(None);
        self.list_view.set(false);
        self.route.set(Route::Home);
        self.visit.lang.set(self.visit.start_lang);
        self.resets.update(|n| *n += 1);
    }

    /// Shows another photo in the open photo view without adding history entries.
    pub fn replace(&self, route: Route) {
        self.route.set(route);
    }

    /// Closes what is open: steps Back when it was opened here, so Forward reopens it.
    pub fn close(&self) {
        if page::entry_pushed_here() {
            // The popstate that follows sets the route; replacing the address now would
            // overwrite the entry that Forward should reopen.
            page::go_back();
        } else {
            self.route.set(Route::Home);
        }
    }

    fn push(&self, route: &Route) {
        let link = Link {
            route: route.clone(),
            lang: Some(self.visit.lang.get_untracked()),
            mode: Some(self.visit.mode),
        };
        page::set_query(&link.to_query(), true);
    }

    pub fn lang(&self) -> Lang {
        self.visit.lang.get()
    }
}

fn document_title(pack: &Exhibit, route: &Route, lang: Lang) -> String {
    let exhibit = pack.title.get(lang);
    let part = match route {
        Route::Home => None,
        Route::Photo(id) => pack.photo(id).map(|p| p.title.get(lang).to_string()),
        Route::Site(id) => pack.site(id).map(|s| s.name.get(lang).to_string()),
        Route::Statistics => Some(ui!(lang, stats_title).to_string()),
    };
    match part {
        Some(part) => format!("{part} · {exhibit}"),
        None => exhibit.to_string(),
    }
}
