//! "Add a photo": the curator says where on the map it was taken, by clicking or tapping there,
//! or with a crosshair moved by the arrow keys and placed with Enter; Escape gives up.

use leptos::prelude::*;
use web_sys::KeyboardEvent;

use super::draft_edits::add_photo;
use super::map_maths::{nudged, on_map};
use super::selection::Selection;
use super::state::{Notice, Studio};
use crate::content::Point;
use crate::lang::{Lang, Words};

/// Where the crosshair starts: the middle of the map.
const START: Point = Point { x: 0.5, y: 0.5 };

const CROSSHAIR: Words = Words("新照片的位置", "Where the new photo goes");
const HOW: Words = Words(
    "点击或轻触地图上拍摄照片的地方；或用方向键移动十字标记，按 Enter 放下。Esc 取消。",
    "Click or tap the map where the photo was taken, or move the crosshair with the arrow keys and press Enter. Escape cancels.",
);

/// Whether the curator is choosing where a new photo goes (shared by the list and the map).
#[derive(Clone, Copy)]
pub struct PlacingPhoto(pub RwSignal<bool>);

/// Adds the photo at `at` and says which site it went into (or that none holds that point).
pub fn place_photo(studio: Studio, placing: PlacingPhoto, at: Point) {
    placing.0.set(false);
    let index = studio.change(None, |d| add_photo(d, at));
    studio.selection.set(Selection::Photo(index));
    let site = studio.draft.with_untracked(|d| {
        let photo = &d.photos[index];
        d.site(&photo.site)
            .map(|s| (s.name.clone(), photo.id.clone()))
    });
    let id = studio.draft.with_untracked(|d| d.photos[index].id.clone());
    studio
        .notice
        .set(Some(Notice::new(false, |lang| match (&site, lang) {
            (Some((name, _)), Lang::Zh) => format!(
                "已在“{}”添加照片 {id}：请填写它的文字并选一张图片。",
                name.get(lang)
            ),
            (Some((name, _)), Lang::En) => format!(
                "Photo {id} added at {}: write its texts and pick its picture.",
                name.get(lang)
            ),
            (None, Lang::Zh) => {
                format!("已添加照片 {id}：这个位置不在任何地点的轮廓内，请为它选一个地点。")
            }
            (None, Lang::En) => format!(
                "Photo {id} added: that spot is outside every site's outline, so choose its site."
            ),
        })));
}

/// The map's point under a click at (`x`, `y`) in the window.
pub fn point_under(layer: &web_sys::HtmlElement, x: f64, y: f64) -> Option<Point> {
    let rect = layer.get_bounding_client_rect();
    (rect.width() > 0.0 && rect.height() > 0.0).then(|| {
        on_map(
            (x - rect.left()) / rect.width(),
            (y - rect.top()) / rect.height(),
        )
    })
}

/// The crosshair, focused as placing starts.
#[component]
pub fn Crosshair() -> impl IntoView {
    let studio = expect_context::<Studio>();
    let placing = expect_context::<PlacingPhoto>();
    let ui = studio.lang;
    let at = RwSignal::new(START);
    let button = NodeRef::<leptos::html::Button>::new();
    Effect::new(move || {
        if let Some(button) = button.get() {
            let _ = button.focus();
        }
    });
    let key = move |event: KeyboardEvent| {
        let key = event.key();
        match key.as_str() {
            "Enter" | " " => place_photo(studio, placing, at.get_untracked()),
            "Escape" => placing.0.set(false),
            _ => {
                let size = studio
                    .draft
                    .with_untracked(|d| (d.map.image.width, d.map.image.height));
                let Some(to) = nudged(at.get_untracked(), &key, event.shift_key(), size) else {
                    return;
                };
                at.set(to);
            }
        }
        event.prevent_default();
    };
    view! {
        <button type="button" class="studio-marker studio-crosshair" node_ref=button
            aria-label=move || { let p = at.get(); format!("{} (x {}, y {})", CROSSHAIR.get(ui.get()), p.x, p.y) }
            aria-describedby="placing-help"
            style:left=move || format!("{}%", at.get().x * 100.0)
            style:top=move || format!("{}%", at.get().y * 100.0)
            on:keydown=key></button>
    }
}

/// The words that say how to place the photo, shown while placing.
pub fn placing_help(ui: RwSignal<Lang>) -> impl IntoView {
    view! { <p class="studio-map-help is-placing" id="placing-help">{move || HOW.get(ui.get())}</p> }
}
