use crate::ui_text as ui;
use leptos::prelude::*;

use crate::content::{Photo, Site};
use crate::route::Route;
use crate::state::Exhibition;
use crate::views::photo_list::PhotoCards;
use crate::views::scoped_part::Scoped;

/// A chosen site: its name, description and photos, beside the zoomed map.
#[component]
pub fn SitePanel() -> impl IntoView {
    let exhibition = expect_context::<Exhibition>();
    let route = exhibition.route;
    let pack = exhibition.pack();
    let chosen = move || match route.get() {
        Route::Site(id) => pack.site(&id).cloned(),
        _ => None,
    };
    move || chosen().map(|site| view! { <Scoped><ChosenSite site /></Scoped> })
}

/// The panel's contents for one site; replaced whenever another is chosen.
#[component]
fn ChosenSite(site: Site) -> impl IntoView {
    let exhibition = expect_context::<Exhibition>();
    let lang = exhibition.visit.lang;
    let close = { move |_| exhibition.close() };
    let photos: Vec<Photo> = exhibition.pack().photos_at(&site.id).cloned().collect();
    let Site {
        name, description, ..
    } = site;
    view! {
        <aside class="site-panel" aria-labelledby="site-panel-title">
            <h2 id="site-panel-title">{move || name.get(lang.get()).to_string()}</h2>
            <p>{move || description.get(lang.get()).to_string()}</p>
            <h3 class="site-panel-subtitle">{move || ui::PHOTOS_HERE.get(lang.get())}</h3>
            <PhotoCards photos card_id=crate::dom_id::site_photo />
            <button type="button" class="tool-button" on:click=close>
                {move || ui::BACK_HOME.get(lang.get())}
            </button>
        </aside>
    }
}
