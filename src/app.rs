use crate::ui_text as ui;
use std::sync::Arc;

use leptos::prelude::*;

use crate::content::Exhibit;
use crate::kiosk_state::KioskState;
use crate::load::load_exhibit;
use crate::mode::Mode;
use crate::route::{Link, Route};
use crate::state::{Exhibition, Visit};
use crate::views::deferred::Deferred;
use crate::views::exhibit_map::ExhibitMap;
use crate::views::kiosk::KioskLayer;
use crate::views::load_error::LoadErrorScreen;
use crate::views::masthead::Masthead;
use crate::views::not_found::NotFoundDialog;
use crate::views::photo_dialog::PhotoDialog;
use crate::views::photo_list::PhotoList;
use crate::views::scoped_part::Scoped;
use crate::views::site_panel::SitePanel;
use crate::views::site_strips::SiteStrips;
use crate::views::statistics::StatisticsDialog;

/// Loads the content pack, then shows the exhibit, or says plainly why it cannot.
#[component]
pub fn App() -> impl IntoView {
    let visit = Visit::from_page();
    provide_context(visit);
    // The pack as it has loaded, or why it has not; `None` until the first answer. (A signal
    // set by a task, not a `LocalResource`: its async machinery (async derived signals,
    // transitions, suspense), which the exhibit uses nowhere else, was 8.3 KB brotli of the
    // first download, 4.4 % of it.)
    let pack = RwSignal::new(None);
    let fetch =
        move || leptos::task::spawn_local(async move { pack.set(Some(load_exhibit().await)) });
    fetch();
    // Only while the pack has failed: a kiosk's planned retry that fires after a visitor's Try
    // again has worked must not reload the exhibit under them.
    let retry = Callback::new(move |_| {
        if matches!(pack.get_untracked(), Some(Err(_))) {
            fetch();
        }
    });
    // A kiosk has nobody to press Try again: it tries by itself, less and less often.
    let failures = StoredValue::new(0_u32);
    let retry_after = move || {
        (visit.mode == Mode::Kiosk).then(|| {
            failures.update_value(|n| *n += 1);
            crate::backoff::retry_delay(failures.get_value())
        })
    };
    move || match pack.get() {
        None => view! {
            <main id="main" class="loading">
                <p role="status">{move || ui::LOADING.get(visit.lang.get())}</p>
            </main>
        }
        .into_any(),
        Some(Ok(exhibit)) => view! { <ExhibitScreen pack=exhibit /> }.into_any(),
        Some(Err(error)) => {
            view! { <LoadErrorScreen error on_retry=retry retry_after=retry_after() /> }.into_any()
        }
    }
}

#[component]
fn ExhibitScreen(pack: Arc<Exhibit>) -> impl IntoView {
    // In the same task as the exhibit's own first render: no frame shows both, nothing shifts.
    crate::page::document::remove_static_shell();
    let visit = expect_context::<Visit>();
    let lang = visit.lang;
    let exhibition = Exhibition::new(
        pack,
        visit,
        Link::parse(&crate::page::address::query()).route,
    );
    crate::address_bar::keep_in_step(&exhibition);
    provide_context(exhibition);
    let route = exhibition.route;
    let list_view = exhibition.list_view;
    let photo = Memo::new(move |_| exhibition.open_photo());
    let missing = move || matches!(route.get(), Route::Photo(_)) && photo.get().is_none();
    let mode = visit.mode;
    match mode {
        Mode::Embed => crate::embed::report_to_host(&exhibition),
        Mode::Kiosk => provide_context(KioskState::default()),
        Mode::Browser => {}
    }
    view! {
        <a class="skip-link" href="#main">{move || ui::SKIP_TO_MAP.get(lang.get())}</a>
        <Masthead />
        <main id="main" class="exhibit-main" class:showing-list=move || list_view.get()>
            {move || if list_view.get() {
                view! { <Scoped><PhotoList /></Scoped> }.into_any()
            } else {
                view! {
                    <Scoped><ExhibitMap /></Scoped>
                    {(mode != Mode::Embed).then(|| view! { <SiteStrips /> })}
                }
                .into_any()
            }}
            <SitePanel />
        </main>
        // The photo view: built once, a task after the rest (closed, unless the address names
        // a photo), then opened and closed with the route, not built at every opening.
        <Deferred>
            <PhotoDialog photo />
        </Deferred>
        <Show when=missing>
            <Scoped><NotFoundDialog /></Scoped>
        </Show>
        <Show when=move || route.get() == Route::Statistics>
            <Scoped><StatisticsDialog /></Scoped>
        </Show>
        {(mode == Mode::Kiosk).then(|| view! { <KioskLayer /> })}
    }
}

/// Starts the exhibit in the page.
pub fn mount() {
    use std::time::Duration;
    crate::page::address::adopt_share_page_link();
    // Compiling and starting the module is one task, the first render another: a phone's main
    // thread is never held for both at once.
    leptos::prelude::set_timeout(|| leptos::mount::mount_to_body(App), Duration::ZERO);
    // The offline copy is fetched once the exhibit is up, not while it competes for the network.
    leptos::prelude::set_timeout(crate::offline_copy::register, SERVICE_WORKER_DELAY);
}

/// How long after start the offline service worker is registered (and starts caching).
const SERVICE_WORKER_DELAY: std::time::Duration = std::time::Duration::from_secs(3);
