//! The app's state in one place: the content pack, what is open, the language and the mode.
//! `address_bar` keeps it in step with the address (the app ties them), so every state is a link; parts of the
//! page that come and go read it through `scoped` copies.

use std::sync::Arc;

use leptos::prelude::*;

use crate::content::{Exhibit, Photo};
use crate::lang::Lang;
use crate::mode::Mode;
use crate::page;
use crate::route::{Link, Route};
use crate::scoped::scoped;

const SAVED_LANG: &str = "shijingshan-exhibit.lang";
const SESSION_MODE: &str = "shijingshan-exhibit.mode";

/// The visitor's language and mode, known before the content pack arrives.
#[derive(Clone, Copy)]
pub struct Visit {
    /// The visitor's language, as this part of the page reads it; [`Visit::set_lang`] changes it.
    pub lang: Signal<Lang>,
    /// The one signal every part's `lang` follows.
    write_lang: WriteSignal<Lang>,
    pub mode: Mode,
    /// The language the visit started in; a kiosk returns to it when it resets.
    pub start_lang: Lang,
}

impl Visit {
    pub fn from_page() -> Visit {
        let link = Link::parse(&page::address::query());
        let mode = link
            .mode
            .or_else(|| {
                page::storage::session_value(SESSION_MODE).and_then(|m| Mode::from_code(&m))
            })
            .unwrap_or_default();
        page::storage::set_session_value(SESSION_MODE, mode.code());
        // A kiosk serves one visitor after another: one visitor's choice is not the next one's.
        let saved = if mode == Mode::Kiosk {
            None
        } else {
            page::storage::saved(SAVED_LANG)
        };
        let lang = Lang::choose(
            link.lang.map(Lang::code),
            saved.as_deref(),
            &page::document::browser_languages(),
        );
        let (read_lang, write_lang) = signal(lang);
        let visit = Visit {
            lang: read_lang.into(),
            write_lang,
            mode,
            start_lang: lang,
        };
        page::document::set_mode_marker(mode.code());
        Effect::new(move || page::document::set_html_lang(visit.lang.get().tag()));
        visit
    }

    pub fn set_lang(&self, lang: Lang) {
        if self.mode != Mode::Kiosk {
            page::storage::save(SAVED_LANG, lang.code());
        }
        self.write_lang.set(lang);
    }

    pub(crate) fn scoped(&self) -> Visit {
        Visit {
            lang: scoped(self.lang).into(),
            ..*self
        }
    }
}

/// Everything the views share once the pack has loaded: `Copy`, so a closure takes its own.
#[derive(Clone, Copy)]
pub struct Exhibition {
    /// The pack, kept for as long as the exhibit screen; [`Exhibition::pack`] reads it.
    pack: StoredValue<Arc<Exhibit>>,
    pub visit: Visit,
    /// What is open, as this part of the page reads it; `open`, `replace`, `close` change it.
    pub route: Signal<Route>,
    pub(crate) write_route: WriteSignal<Route>,
    /// Read only by the masthead and the exhibit screen, which live as long as the exhibit,
    /// so it needs no scoped copy.
    pub list_view: RwSignal<bool>,
    /// The id of the control that opened the photo view, to return focus to on close.
    pub opener: StoredValue<Option<String>>,
    /// Set by `open` until the address bar has written the new entry (after the next paint:
    /// see `address_bar`), so what opened is on screen before the history work.
    push_pending: StoredValue<bool>,
}

impl Exhibition {
    /// The state for `pack`, with `route` open. Building it touches nothing outside it:
    /// `address_bar::keep_in_step` then ties it to the address bar.
    pub fn new(pack: Arc<Exhibit>, visit: Visit, route: Route) -> Exhibition {
        let (route, write_route) = signal(route);
        Exhibition {
            pack: StoredValue::new(pack),
            visit,
            route: route.into(),
            write_route,
            list_view: RwSignal::new(false),
            opener: StoredValue::new(None),
            push_pending: StoredValue::new(false),
        }
    }

    pub(crate) fn scoped(&self) -> Exhibition {
        Exhibition {
            visit: self.visit.scoped(),
            route: scoped(self.route).into(),
            ..*self
        }
    }

    /// The content pack (a shared reference to it: cloning it copies no content).
    pub fn pack(&self) -> Arc<Exhibit> {
        self.pack.get_value()
    }

    /// The photo open now: the route's, if the pack has it. Read in a memo, it follows the
    /// route (the photo view's `photo`).
    pub fn open_photo(&self) -> Option<Photo> {
        match self.route.get() {
            Route::Photo(id) => self.pack().photo(&id).cloned(),
            _ => None,
        }
    }

    /// Opens a photo, site or panel as a new history entry, so Back closes it. A kiosk keeps
    /// no history: nobody can press Back there, and it runs all day.
    pub fn open(&self, route: Route) {
        if self.visit.mode != Mode::Kiosk {
            self.push_pending.set_value(true);
        }
        self.write_route.set(route);
    }

    /// Whether the address bar's next write is a new history entry; true once per `open`.
    pub(crate) fn take_push(&self) -> bool {
        self.push_pending
            .try_update_value(std::mem::take)
            .unwrap_or(false)
    }

    /// The kiosk's reset: the home view in the starting language, everything closed.
    pub fn reset_to_home(&self) {
        self.opener.set_value(None);
        self.list_view.set(false);
        self.write_route.set(Route::Home);
        self.visit.write_lang.set(self.visit.start_lang);
    }

    /// Shows another photo in the open photo view without adding history entries.
    pub fn replace(&self, route: Route) {
        self.write_route.set(route);
    }

    /// Closes what is open: steps Back when it was opened here, so Forward reopens it.
    pub fn close(&self) {
        if self.take_push() {
            // Opened so recently that its entry is not written yet: it never will be.
            self.write_route.set(Route::Home);
        } else if page::address::entry_pushed_here() {
            // The popstate that follows sets the route; replacing the address now would
            // overwrite the entry that Forward should reopen.
            page::address::go_back();
        } else {
            self.write_route.set(Route::Home);
        }
    }

    pub fn lang(&self) -> Lang {
        self.visit.lang.get()
    }
}
