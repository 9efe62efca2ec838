//! The app's state in one place: the content pack, what is open, the language and the mode,
//! kept in step with the address bar so every state is a link.
//!
//! Parts of the page that come and go (a dialog, the list view, the map) are built inside
//! [`Scoped`], which gives them their own copies of the shared signals: see [`scoped`] for why.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::reactive::graph::{Subscriber, ToAnySubscriber};
use leptos::tachys::reactive_graph::OwnedView;

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
        let (read_lang, write_lang) = signal(lang);
        let visit = Visit {
            lang: read_lang.into(),
            write_lang,
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
        self.write_lang.set(lang);
    }

    fn scoped(&self) -> Visit {
        Visit {
            lang: scoped(self.lang).into(),
            ..*self
        }
    }
}

/// Everything the views share once the pack has loaded.
#[derive(Clone)]
pub struct Exhibition {
    pub pack: Arc<Exhibit>,
    pub visit: Visit,
    /// What is open, as this part of the page reads it; `open`, `replace`, `close` change it.
    pub route: Signal<Route>,
    write_route: WriteSignal<Route>,
    /// Read only by the masthead and the exhibit screen, which live as long as the exhibit,
    /// so it needs no scoped copy.
    pub list_view: RwSignal<bool>,
    /// The id of the control that opened the photo view, to return focus to on close.
    pub opener: StoredValue<Option<String>>,
    /// The photo the kiosk's attract loop is highlighting, if any.
    pub attract: Signal<Option<String>>,
    /// Where the kiosk's attract loop writes it.
    pub set_attract: WriteSignal<Option<String>>,
    /// Counts kiosk resets; the map returns to its whole view on each.
    pub resets: Signal<u32>,
    write_resets: WriteSignal<u32>,
}

impl Exhibition {
    pub fn new(pack: Arc<Exhibit>, visit: Visit) -> Exhibition {
        let (route, write_route) = signal(Link::parse(&page::query()).route);
        let (attract, set_attract) = signal(None);
        let (resets, write_resets) = signal(0);
        let exhibition = Exhibition {
            pack,
            visit,
            route: route.into(),
            write_route,
            list_view: RwSignal::new(false),
            opener: StoredValue::new(None),
            attract: attract.into(),
            set_attract,
            resets: resets.into(),
            write_resets,
        };
        exhibition.keep_address_in_step();
        exhibition
    }

    fn scoped(&self) -> Exhibition {
        Exhibition {
            visit: self.visit.scoped(),
            route: scoped(self.route).into(),
            attract: scoped(self.attract).into(),
            resets: scoped(self.resets).into(),
            ..self.clone()
        }
    }

    fn keep_address_in_step(&self) {
        let route = self.route;
        let write_route = self.write_route;
        let visit = self.visit;
        let _ = window_event_listener(leptos::ev::popstate, move |_| {
            write_route.set(Link::parse(&page::query()).route);
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
        self.write_route.set(route);
    }

    /// The kiosk's reset: the home view in the starting language, everything closed.
    pub fn reset_to_home(&self) {
        self.opener.set_value(None);
        self.list_view.set(false);
        self.write_route.set(Route::Home);
        self.visit.write_lang.set(self.visit.start_lang);
        self.write_resets.update(|n| *n += 1);
    }

    /// Shows another photo in the open photo view without adding history entries.
    pub fn replace(&self, route: Route) {
        self.write_route.set(route);
    }

    /// Closes what is open: steps Back when it was opened here, so Forward reopens it.
    pub fn close(&self) {
        if page::entry_pushed_here() {
            // The popstate that follows sets the route; replacing the address now would
            // overwrite the entry that Forward should reopen.
            page::go_back();
        } else {
            self.write_route.set(Route::Home);
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

/// Builds a part of the page that a `Show` or a reactive closure mounts and unmounts, in an
/// owner of its own that provides it with [`scoped`] copies of the visit and the exhibition.
/// (Its own owner, like `leptos::context::Provider`'s: a branch's owner keeps its contexts
/// when it re-runs, so copies provided there would outlive their memos.)
#[component]
pub fn Scoped(children: Children) -> impl IntoView {
    let owner = Owner::new();
    let children = owner.with(|| {
        match use_context::<Exhibition>() {
            Some(shared) => {
                let exhibition = shared.scoped();
                provide_context(exhibition.visit);
                provide_context(exhibition);
            }
            None => provide_context(expect_context::<Visit>().scoped()),
        }
        children()
    });
    OwnedView::new_with_owner(children, owner)
}

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
