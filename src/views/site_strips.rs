use crate::ui_text as ui;
use leptos::prelude::*;

use crate::state::Exhibition;
use crate::views::photo_list::SitePhotos;

/// Both sites with their photos, beside or under the map: on a phone held upright the first
/// screen is the map and these strips, so a visitor sees both places and a photo to tap at once.
#[component]
pub fn SiteStrips() -> impl IntoView {
    let exhibition = expect_context::<Exhibition>();
    let lang = exhibition.visit.lang;
    let strips = (exhibition.pack().sites.iter())
        .map(|site| view! { <SitePhotos site=site.clone() heading_id=crate::dom_id::strip_site card_id=crate::dom_id::strip_photo strip=true /> })
        .collect_view();
    view! {
        <section class="site-strips" aria-labelledby="site-strips-title">
            <h2 id="site-strips-title" class="visually-hidden">{move || ui::PLACES.get(lang.get())}</h2>
            {strips}
        </section>
    }
}
