use crate::ui_text as ui;
use leptos::prelude::*;

use crate::content::{card_picture, Photo, Site};
use crate::picture_widths;
use crate::route::Route;
use crate::state::Exhibition;
use crate::views::web_picture::WebPicture;

/// Every photo as a list grouped by site: the same content as the map, for those who prefer a
/// list or use a screen reader.
#[component]
pub fn PhotoList() -> impl IntoView {
    let exhibition = expect_context::<Exhibition>();
    let lang = exhibition.visit.lang;
    let groups = (exhibition.pack().sites.iter())
        .map(|site| view! { <SitePhotos site=site.clone() heading_id=crate::dom_id::list_site card_id=crate::dom_id::list_photo /> })
        .collect_view();
    view! {
        <section class="photo-list" aria-labelledby="photo-list-title">
            <h2 id="photo-list-title">{move || ui::ALL_PHOTOS.get(lang.get())}</h2>
            {groups}
        </section>
    }
}

/// One site's photos under its name: a group of the list view (with the site's description),
/// or, as a `strip` beside or under the map, with its photo count.
#[component]
pub fn SitePhotos(
    site: Site,
    heading_id: fn(&str) -> String,
    card_id: fn(&str) -> String,
    #[prop(optional)] strip: bool,
) -> impl IntoView {
    let exhibition = expect_context::<Exhibition>();
    let lang = exhibition.visit.lang;
    let heading = heading_id(&site.id);
    let labelled_by = heading.clone();
    let photos: Vec<Photo> = exhibition.pack().photos_at(&site.id).cloned().collect();
    let count = photos.len();
    let Site {
        name, description, ..
    } = site;
    let count = strip.then(|| {
        view! { <span class="site-strip-count">{move || ui::photo_count(lang.get(), count)}</span> }
    });
    let description = (!strip).then(|| {
        view! { <p class="list-site-description">{move || description.get(lang.get()).to_string()}</p> }
    });
    view! {
        <section class=if strip { "site-strip" } else { "list-site" } aria-labelledby=labelled_by>
            <h3 id=heading class:site-strip-name=strip>
                {move || name.get(lang.get()).to_string()}
                {count}
            </h3>
            {description}
            <PhotoCards photos card_id strip />
        </section>
    }
}

/// Photo cards that open the photo view; used by the list and by a chosen site's panel, each
/// with its own kind of element id (`card_id`), since both can be on screen at once, and by a
/// site's `strip` beside the map.
#[component]
pub fn PhotoCards(
    photos: Vec<Photo>,
    card_id: fn(&str) -> String,
    #[prop(optional)] strip: bool,
) -> impl IntoView {
    let exhibition = expect_context::<Exhibition>();
    let lang = exhibition.visit.lang;
    let cards = photos
        .into_iter()
        .map(|photo| {
            let dom_id = card_id(&photo.id);
            let title = photo.title.clone();
            let caption = photo.caption.clone();
            let id = photo.id.clone();
            let picture = card_picture(&photo.image);
            let open = {
                let dom_id = dom_id.clone();
                move |_| {
                    exhibition.opener.set_value(Some(dom_id.clone()));
                    exhibition.open(Route::Photo(id.clone()));
                }
            };
            view! {
                <li class="photo-card">
                    <button type="button" class="photo-card-button" id=dom_id on:click=open>
                        <WebPicture picture sizes=if strip { picture_widths::STRIP_CARD } else { picture_widths::LIST_CARD }
                            fallback_width=picture_widths::CARD_FALLBACK alt="" lazy=true />
                        <span class="photo-card-text">
                            <span class="photo-card-title">{move || title.get(lang.get()).to_string()}</span>
                            <span class="photo-card-caption">{move || caption.get(lang.get()).to_string()}</span>
                        </span>
                    </button>
                </li>
            }
        })
        .collect_view();
    view! { <ul class="photo-cards" role="list">{cards}</ul> }
}
