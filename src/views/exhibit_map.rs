use crate::decimals::{fixed, plain};
use crate::ui_text as ui;
use leptos::html;
use leptos::prelude::*;

use crate::content::{Point, Site};
use crate::hooks::use_pan_zoom::{use_pan_zoom, Fit, PanZoom};
use crate::kiosk_state::KioskState;
use crate::mode::Mode;
use crate::pan_zoom::{crowded, Size, KIOSK_TARGET_PX, TARGET_PX};
use crate::route::Route;
use crate::state::Exhibition;
use crate::views::deferred::Deferred;
use crate::views::hotspot_layer::HotspotLayer;
use crate::views::touch_to_explore::TouchToExplore;
use crate::views::zoom_controls::ZoomControls;

/// How close choosing a site zooms in.
const SITE_ZOOM: f64 = 2.0;

/// The schematic map of Shougang Park: pan and zoom it, choose a site, open a hotspot.
#[component]
pub fn ExhibitMap() -> impl IntoView {
    let exhibition = expect_context::<Exhibition>();
    let pack = exhibition.pack();
    let lang = exhibition.visit.lang;
    let viewport = NodeRef::<html::Div>::new();
    let map_size = Size {
        width: pack.map.image.width,
        height: pack.map.image.height,
    };
    let pan_zoom = use_pan_zoom(viewport, Fit::Map(map_size));
    provide_context(pan_zoom);
    let crowded = hotspots_crowded(&exhibition, pan_zoom);

    let sites = StoredValue::new(pack.sites.clone());
    let route = exhibition.route;
    Effect::watch(
        move || match route.get() {
            Route::Site(id) => Some(id),
            _ => None,
        },
        move |chosen, previous, _| {
            if previous == Some(chosen) {
                return;
            }
            if let Some(site) = chosen
                .as_ref()
                .and_then(|id| sites.with_value(|s| find(s, id)))
            {
                let centre = centroid(&site.outline);
                pan_zoom.centre_on(centre.x, centre.y, SITE_ZOOM);
            }
        },
        true,
    );

    if let Some(kiosk) = use_context::<KioskState>() {
        kiosk.on_reset(Callback::new(move |_| pan_zoom.reset()));
    }

    let map_image = pack.map.image.clone();
    // One <img> (no <picture>): the map is the first paint, and the shell draws it so too.
    let map_sources = map_image.sources(crate::picture_widths::PHOTO_FALLBACK);
    let map_sized = map_image.sizes.is_some();
    let map_alt = pack.map.alt.clone();
    let map_note = pack.map.note.clone();
    view! {
        <div class="map-frame">
            <h2 id="map-title" class="visually-hidden">{move || ui::MAP_LABEL.get(lang.get())}</h2>
            <div
                id="map"
                class="map-viewport"
                node_ref=viewport
                tabindex="0"
                role="region"
                aria-label=move || ui::MAP_LABEL.get(lang.get())
                aria-describedby="map-help"
            >
                <div
                    class="map-layer"
                    class:crowded=move || crowded.get()
                    style=("--map-w", plain(map_size.width))
                    style=("--map-h", plain(map_size.height))
                    style:left=pan_zoom.layer_style(|_| "0".into())
                    style:top=pan_zoom.layer_style(|_| "0".into())
                    style:width=pan_zoom.layer_style(|frame| format!("{}px", fixed(frame.base.width, 1)))
                    style:height=pan_zoom.layer_style(|frame| format!("{}px", fixed(frame.base.height, 1)))
                    style:transform=pan_zoom.layer_style(|frame| frame.view.css_transform())
                    style=("--zoom", pan_zoom.layer_style(|frame| fixed(frame.view.scale, 4)))
                >
                    <img
                        class="map-image"
                        src=map_sources.src
                        srcset=map_sources.srcset
                        sizes=map_sized.then_some(crate::picture_widths::MAP)
                        width=plain(map_image.width)
                        height=plain(map_image.height)
                        alt=move || map_alt.get(lang.get()).to_string()
                        draggable="false"
                    />
                    <Deferred>
                        <SiteOutlines />
                        <SiteMarkers />
                        <HotspotLayer />
                    </Deferred>
                </div>
                <p class="map-note">{move || map_note.get(lang.get()).to_string()}</p>
            </div>
            <p id="map-help" class="map-help">{move || ui::MAP_HELP.get(lang.get())}</p>
            {(exhibition.visit.mode == Mode::Kiosk).then(|| view! { <TouchToExplore /> })}
            <Deferred>
                <ZoomControls pan_zoom class="map-controls"
                    label=Signal::derive(move || ui::MAP_LABEL.get(lang.get()).to_string())
                    reset_label=Signal::derive(move || ui::RESET_VIEW.get(lang.get()).to_string()) />
            </Deferred>
        </div>
    }
}

/// The two sites' areas, drawn in map coordinates so they scale with the map.
#[component]
fn SiteOutlines() -> impl IntoView {
    let exhibition = expect_context::<Exhibition>();
    let route = exhibition.route;
    let outlines = exhibition
        .pack()
        .sites
        .iter()
        .map(|site| {
            let id = site.id.clone();
            let points = site
                .outline
                .iter()
                .map(|p| format!("{},{}", fixed(p.x, 4), fixed(p.y, 4)))
                .collect::<Vec<_>>()
                .join(" ");
            view! {
                <polygon
                    points=points
                    class="site-outline"
                    class:chosen=move || route.get() == Route::Site(id.clone())
                    vector-effect="non-scaling-stroke"
                />
            }
        })
        .collect_view();
    view! {
        <svg class="site-outlines" viewBox="0 0 1 1" preserveAspectRatio="none" aria-hidden="true">
            {outlines}
        </svg>
    }
}

/// Whether the hotspots, at the map's current size, are too close to tap one by one. The map
/// then hides them and its site labels, with their photo counts, lead in instead.
fn hotspots_crowded(exhibition: &Exhibition, pan_zoom: PanZoom) -> Memo<bool> {
    let points: Vec<(f64, f64)> = (exhibition.pack().photos.iter())
        .map(|photo| (photo.hotspot.x, photo.hotspot.y))
        .collect();
    let target_px = if exhibition.visit.mode == Mode::Kiosk {
        KIOSK_TARGET_PX
    } else {
        TARGET_PX
    };
    Memo::new(move |_| {
        let (base, scale) = pan_zoom.frame.with(|frame| (frame.base, frame.view.scale));
        let drawn = Size {
            width: base.width * scale,
            height: base.height * scale,
        };
        crowded(&points, drawn, target_px)
    })
}

/// A label button for each site: choosing it zooms to the site and lists its photos.
#[component]
fn SiteMarkers() -> impl IntoView {
    let exhibition = expect_context::<Exhibition>();
    let lang = exhibition.visit.lang;
    // The kiosk's attract loop lights the site of the photo it is showing off; it shows (in
    // CSS) only while the hotspots themselves are gathered into the sites.
    let attract = use_context::<KioskState>().map(|kiosk| kiosk.attract);
    let points: Vec<Point> = exhibition.pack().sites.iter().map(|s| s.position).collect();
    exhibition
        .pack()
        .sites
        .iter()
        .zip(crate::site_labels::label_fits(&points))
        .map(|(site, fit)| {
            let id = site.id.clone();
            let name = site.name.clone();
            let dom_id = crate::dom_id::site_marker(&site.id);
            let position = site.position;
            let photos: Vec<String> = (exhibition.pack().photos_at(&site.id))
                .map(|photo| photo.id.clone())
                .collect();
            let count = photos.len();
            let attracting = move || {
                attract
                    .is_some_and(|a| a.with(|id| id.as_ref().is_some_and(|id| photos.contains(id))))
            };
            view! {
                <button
                    type="button"
                    class="site-marker"
                    class:attract=attracting
                    id=dom_id.clone()
                    style:left=format!("{}%", plain(position.x * 100.0))
                    style:top=format!("{}%", plain(position.y * 100.0))
                    style=("--lean", fit.css_lean())
                    style=("--room", fit.css_room())
                    on:click=move |_| {
                        exhibition.opener.set_value(Some(dom_id.clone()));
                        exhibition.open(Route::Site(id.clone()));
                    }
                >
                    {move || name.get(lang.get()).to_string()}
                    <span class="site-count">{move || ui::photo_count(lang.get(), count)}</span>
                </button>
            }
        })
        .collect_view()
}

fn find(sites: &[Site], id: &str) -> Option<Site> {
    sites.iter().find(|s| s.id == id).cloned()
}

/// The middle of a site's outline, where choosing it centres the map.
pub fn centroid(points: &[Point]) -> Point {
    let n = points.len().max(1) as f64;
    let (x, y) = points
        .iter()
        .fold((0.0, 0.0), |(x, y), p| (x + p.x, y + p.y));
    Point { x: x / n, y: y / n }
}
