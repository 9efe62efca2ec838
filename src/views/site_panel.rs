use crate::ui;
use leptos::prelude::*;

use crate::content::Photo;
use crate::route::Route;
use crate::state::Exhibition;
use crate::views::photo_list::PhotoCards;

/// A chosen site: its name, description and photos, beside the zoomed map.
#[component]
pub fn SitePanel() -> impl IntoView {
    let exhibition = expect_context::<Exhibition>();
    let lang = exhibition.visit.lang;
    let route = exhibition.route;
    let pack = exhibition.pack.clone();
    let chosen = move || match route.get() {
        Route::Site(id) => pack.site(&id).cloned(),
        _ => None,
    };
    let close = {
        let exhibition = exhibition.clone();
        move |_| exhibition.close()
    };
    let pack = exhibition.pack.clone();
    move || {
        chosen().map(|site| {
            let photos: Vec<Photo> = pack.photos_at(&site.id).cloned().collect();
            let name = site.name.clone();
            let description = site.description.clone();
            view! {
                <aside class="site-panel" aria-labelledby="site-panel-title">
                    <h2 id="site-panel-title">{move || name.get(lang.get()).to_string()}</h2>
                    <p>{move || description.get(lang.get()).to_string()}</p>
                    <h3 class="site-panel-subtitle">{move || ui!(lang.get(), photos_here)}</h3>
                    <PhotoCards photos />
                    <button type="button" class="tool-button" on:click=close.clone()>
                        {move || ui!(lang.get(), back_home)}
                    </button>
                </aside>
            }
        })
    }
}
