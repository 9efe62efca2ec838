use crate::decimals::plain;
use crate::ui_text as ui;
use leptos::prelude::*;
use web_sys::KeyboardEvent;

use crate::hooks::use_pan_zoom::PanZoom;
use crate::kiosk_state::KioskState;
use crate::route::Route;
use crate::state::Exhibition;

/// One button per photo, in the pack's visiting order. Each keeps its on-screen size at every
/// zoom (CSS counter-scales it by the layer's `--zoom`), so moving the map re-renders none.
#[component]
pub fn HotspotLayer() -> impl IntoView {
    let exhibition = expect_context::<Exhibition>();
    let pan_zoom = expect_context::<PanZoom>();
    let lang = exhibition.visit.lang;
    let photos = exhibition
        .pack()
        .photos_in_order()
        .into_iter()
        .cloned()
        .collect::<Vec<_>>();
    let ids: Vec<String> = photos
        .iter()
        .map(|p| crate::dom_id::hotspot(&p.id))
        .collect();
    let ids = StoredValue::new(ids);
    let attract = use_context::<KioskState>().map(|kiosk| kiosk.attract);
    photos
        .into_iter()
        .enumerate()
        .map(|(index, photo)| {
            let site_name = exhibition
                .pack()
                .site(&photo.site)
                .map(|s| s.name.clone())
                .unwrap_or_default();
            let dom_id = crate::dom_id::hotspot(&photo.id);
            let title = photo.title.clone();
            let label_title = photo.title.clone();
            let point = photo.hotspot;
            let id = photo.id.clone();
            let route = exhibition.route;
            let attracting = {
                let id = id.clone();
                move || attract.is_some_and(|a| a.with(|shown| shown.as_deref() == Some(id.as_str())))
            };
            let is_open = {
                let id = id.clone();
                move || route.get() == Route::Photo(id.clone())
            };
            let open = {
                let dom_id = dom_id.clone();
                move |event: web_sys::MouseEvent| {
                    // A drag that started here pans; it does not open. Keys and screen readers
                    // click with no pointer (detail 0), so a drag before them does not count.
                    if pan_zoom.take_drag() && event.detail() > 0 {
                        return;
                    }
                    exhibition.opener.set_value(Some(dom_id.clone()));
                    exhibition.open(Route::Photo(id.clone()));
                }
            };
            let step_focus = move |event: KeyboardEvent| {
                let step: isize = match event.key().as_str() {
                    "ArrowRight" | "ArrowDown" => 1,
                    "ArrowLeft" | "ArrowUp" => -1,
                    _ => return,
                };
                event.prevent_default();
                event.stop_propagation();
                ids.with_value(|ids| {
                    let next = (index as isize + step).rem_euclid(ids.len() as isize) as usize;
                    crate::page::document::focus_by_id(&ids[next]);
                });
            };
            view! {
                <button
                    type="button"
                    class="hotspot"
                    class:is-open=is_open
                    class:attract=attracting
                    id=dom_id
                    style:left=format!("{}%", plain(point.x * 100.0))
                    style:top=format!("{}%", plain(point.y * 100.0))
                    aria-label=move || {
                        let lang = lang.get();
                        crate::ui_text::hotspot_name(
                            title.get(lang),
                            site_name.get(lang),
                            ui::OPEN_PHOTO.get(lang),
                        )
                    }
                    on:click=open
                    on:keydown=step_focus
                    on:focus=move |_| pan_zoom.reveal(point.x, point.y)
                >
                    <span class="hotspot-dot" aria-hidden="true">
                        <svg viewBox="0 0 20 20" width="18" height="18">
                            <circle cx="10" cy="10" r="3.5" fill="currentColor" />
                            <path d="M10 1v4M10 15v4M1 10h4M15 10h4" stroke="currentColor" stroke-width="2" />
                        </svg>
                    </span>
                    <span class="hotspot-label" aria-hidden="true">
                        {move || label_title.get(lang.get()).to_string()}
                    </span>
                </button>
            }
        })
        .collect_view()
}
