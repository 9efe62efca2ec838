//! The panel's forms for one photo and one site: every field of the item, texts side by side.

use leptos::prelude::*;

use super::draft_edits::{
    add_corner, move_in_order, photos_at_site, remove_corner, remove_site, FEWEST_CORNERS,
};
use super::fields::{LineField, NumberField, TextPair};
use super::picture_picker::PicturePicker;
use super::selection::{field_id, Selection};
use super::state::{Notice, Studio};
use crate::content::{Exhibit, Point};
use crate::lang::{Lang, Words};

const PHOTO: Words = Words("照片", "Photo");
const SITE: Words = Words("地点", "Site");
const ID: Words = Words("标识（用于链接）", "Id (used in links)");
const AT_SITE: Words = Words("拍摄地点", "Site");
const DATE: Words = Words("拍摄日期", "Date taken");
const DATE_HINT: Words = Words("格式：2025-06-20", "Like 2025-06-20");
const TITLE: Words = Words("标题", "Title");
const CAPTION: Words = Words("图片说明", "Caption");
const ALT: Words = Words("替代文字（描述画面）", "Alt text (what the picture shows)");
const CREDIT: Words = Words("署名", "Credit");
const NOTE: Words = Words("图片标注", "Picture note");
const PICTURE: Words = Words("图片路径", "Picture path");
const WIDTH: Words = Words("宽（像素）", "Width (pixels)");
const HEIGHT: Words = Words("高（像素）", "Height (pixels)");
const X: Words = Words("横向位置 x（0–1）", "Across, x (0–1)");
const Y: Words = Words("纵向位置 y（0–1）", "Down, y (0–1)");
const EARLIER: Words = Words("顺序提前", "Earlier in order");
const LATER: Words = Words("顺序推后", "Later in order");
const DELETE: Words = Words("删除照片", "Delete photo");
const NAME: Words = Words("名称", "Name");
const DESCRIPTION: Words = Words("介绍", "Description");
const CHOOSE_SITE: Words = Words("— 请选择地点 —", "— choose a site —");
const REMOVE_SITE: Words = Words("删除地点", "Remove site");
const KEEP_SITE: Words = Words("保留地点", "Keep the site");
const REMOVE_ANYWAY: Words = Words("仍然删除", "Remove it anyway");
const ADD_CORNER: Words = Words(
    "在所选点后添加轮廓点",
    "Add an outline point after the selected one",
);
const REMOVE_CORNER: Words = Words("删除所选轮廓点", "Remove the selected outline point");
const OUTLINE: Words = Words(
    "轮廓：拖动地图上的方形点，或选中后用方向键移动。",
    "Outline: drag its square points on the map, or select one and use the arrow keys.",
);

/// x and y of a point, as numbers from 0 to 1.
fn point_fields(
    place: String,
    point: impl Fn(&Exhibit) -> Option<Point> + Copy + Send + Sync + 'static,
    point_mut: impl Fn(&mut Exhibit) -> Option<&mut Point> + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let get_x = move |d: &Exhibit| point(d).map_or(0.0, |p| p.x);
    let get_y = move |d: &Exhibit| point(d).map_or(0.0, |p| p.y);
    let set_x = move |d: &mut Exhibit, v| {
        if let Some(p) = point_mut(d) {
            p.x = v
        }
    };
    let set_y = move |d: &mut Exhibit, v| {
        if let Some(p) = point_mut(d) {
            p.y = v
        }
    };
    view! {
        <div class="field-row">
            <NumberField place=format!("{place}.x") label=X get=get_x set=set_x bounds=(0.0, 1.0) />
            <NumberField place=format!("{place}.y") label=Y get=get_y set=set_y bounds=(0.0, 1.0) />
        </div>
    }
}

#[component]
pub fn PhotoForm(index: usize) -> impl IntoView {
    let studio = expect_context::<Studio>();
    let ui = studio.lang;
    let at = format!("photos[{index}]");
    let place = move |field: &str| format!("{at}.{field}");
    let photo_id = move || {
        studio.draft.with(|d| {
            d.photos
                .get(index)
                .map(|p| p.id.clone())
                .unwrap_or_default()
        })
    };
    let site_options = move || {
        studio.draft.with(|d| {
            let chosen = d
                .photos
                .get(index)
                .map(|p| p.site.clone())
                .unwrap_or_default();
            let none = chosen.is_empty().then(|| {
                view! { <option value="" selected=true>{CHOOSE_SITE.get(ui.get())}</option> }
            });
            let sites = d
                .sites
                .iter()
                .map(|s| {
                    let label = format!("{} · {}", s.name.get(ui.get()), s.id);
                    view! { <option value=s.id.clone() selected=s.id == chosen>{label}</option> }
                })
                .collect_view();
            (none, sites)
        })
    };
    let site_id = field_id(&place("site"));
    let reorder = move |step| studio.change(None, |d| move_in_order(d, index, step));
    let delete = move |_| studio.delete_photo(index);
    let has_note = move || {
        studio
            .draft
            .with(|d| d.photos.get(index).is_some_and(|p| p.image_note.is_some()))
    };
    let note_place = place("image_note");
    view! {
        <h2 class="panel-heading">
            <span class="panel-kind">{move || PHOTO.get(ui.get())}</span>
            " " {photo_id}
        </h2>
        <div class="button-row">
            <button type="button" on:click=move |_| { reorder(-1); }>{move || EARLIER.get(ui.get())}</button>
            <button type="button" on:click=move |_| { reorder(1); }>{move || LATER.get(ui.get())}</button>
            <button type="button" class="danger" on:click=delete>{move || DELETE.get(ui.get())}</button>
        </div>
        <TextPair place=place("title") label=TITLE />
        <TextPair place=place("caption") label=CAPTION long=true />
        <TextPair place=place("alt") label=ALT long=true />
        <TextPair place=place("credit") label=CREDIT />
        <Show when=has_note>
            <TextPair place=note_place.clone() label=NOTE />
        </Show>
        <div class="field-row">
            <LineField place=place("id") label=ID
                get=move |d| d.photos.get(index).map(|p| p.id.clone()).unwrap_or_default()
                set=move |d, v| { if let Some(p) = d.photos.get_mut(index) { p.id = v } } />
            <LineField place=place("date") label=DATE hint=DATE_HINT
                get=move |d| d.photos.get(index).map(|p| p.date.clone()).unwrap_or_default()
                set=move |d, v| { if let Some(p) = d.photos.get_mut(index) { p.date = v } } />
        </div>
        <div class="line-field">
            <label for=site_id.clone()>{move || AT_SITE.get(ui.get())}</label>
            <select id=site_id on:change=move |event| {
                let site = event_target_value(&event);
                studio.change(None, |d| { if let Some(p) = d.photos.get_mut(index) { p.site = site } });
            }>{site_options}</select>
        </div>
        {point_fields(place("hotspot"), move |d| d.photos.get(index).map(|p| p.hotspot),
            move |d| d.photos.get_mut(index).map(|p| &mut p.hotspot))}
        <LineField place=place("image.src") label=PICTURE
            get=move |d| d.photos.get(index).map(|p| p.image.src.clone()).unwrap_or_default()
            set=move |d, v| { if let Some(p) = d.photos.get_mut(index) { p.image.src = v } } />
        <div class="field-row">
            <NumberField place=place("image.width") label=WIDTH
                get=move |d| d.photos.get(index).map_or(0.0, |p| p.image.width)
                set=move |d, v| { if let Some(p) = d.photos.get_mut(index) { p.image.width = v } } />
            <NumberField place=place("image.height") label=HEIGHT
                get=move |d| d.photos.get(index).map_or(0.0, |p| p.image.height)
                set=move |d, v| { if let Some(p) = d.photos.get_mut(index) { p.image.height = v } } />
        </div>
        <PicturePicker place=place("image") folder="images/photos" />
    }
}

#[component]
pub fn SiteForm(index: usize) -> impl IntoView {
    let studio = expect_context::<Studio>();
    let ui = studio.lang;
    let at = format!("sites[{index}]");
    let place = move |field: &str| format!("{at}.{field}");
    let site_id = move || {
        studio
            .draft
            .with(|d| d.sites.get(index).map(|s| s.id.clone()).unwrap_or_default())
    };
    let photos = move || studio.draft.with(|d| photos_at_site(d, index));
    let asking = RwSignal::new(false);
    let remove = move || {
        asking.set(false);
        let name = studio
            .draft
            .with_untracked(|d| d.sites.get(index).map(|s| (s.id.clone(), s.name.clone())));
        let Some((id, name)) = name else {
            return;
        };
        studio.change(None, |d| remove_site(d, index));
        studio.selection.set(Selection::Exhibit);
        studio.notice.set(Some(Notice {
            offer_undo: true,
            ..Notice::new(false, |lang| {
                let named = match name.get(lang).trim() {
                    "" => id.clone(),
                    name => format!("{name} ({id})"),
                };
                match lang {
                    Lang::Zh => format!("已删除地点：{named}"),
                    Lang::En => format!("Site removed: {named}"),
                }
            })
        }));
    };
    // A site with photos is removed only once the curator says so again.
    let ask_or_remove = move |_| {
        if photos() == 0 {
            remove();
        } else {
            asking.set(true);
        }
    };
    let question = move || {
        let n = photos();
        let name = studio.draft.with(|d| {
            d.sites
                .get(index)
                .map(|s| s.name.get(ui.get()).to_string())
                .unwrap_or_default()
        });
        match ui.get() {
            Lang::Zh => format!(
                "“{name}”有 {n} 张照片。删除这个地点后，这些照片会保留，但需要重新选择地点。"
            ),
            Lang::En => format!(
                "{name} has {n} photos. If it is removed they stay, each to be given another site."
            ),
        }
    };
    let keep = NodeRef::<leptos::html::Button>::new();
    Effect::new(move || {
        if let Some(keep) = keep.get() {
            let _ = keep.focus();
        }
    });
    let corner = move || match studio.selection.get() {
        Selection::OutlinePoint(site, point) if site == index => Some(point),
        _ => None,
    };
    let corners = move || {
        studio
            .draft
            .with(|d| d.sites.get(index).map_or(0, |s| s.outline.len()))
    };
    let add_point = move |_| {
        let after = corner().unwrap_or_else(|| corners().saturating_sub(1));
        if let Some(new) = studio.change(None, |d| add_corner(d, index, after)) {
            studio.selection.set(Selection::OutlinePoint(index, new));
        }
    };
    let remove_point = move |_| {
        if let Some(point) = corner() {
            if studio.change(None, |d| remove_corner(d, index, point)) {
                studio.selection.set(Selection::Site(index));
            }
        }
    };
    view! {
        <h2 class="panel-heading">
            <span class="panel-kind">{move || SITE.get(ui.get())}</span>
            " " {site_id}
        </h2>
        <div class="button-row">
            <button type="button" class="danger" aria-expanded=move || asking.get().to_string() on:click=ask_or_remove>
                {move || REMOVE_SITE.get(ui.get())}
            </button>
        </div>
        <Show when=move || asking.get()>
            <div class="confirm" role="group" aria-labelledby="remove-site-question">
                <p id="remove-site-question">{question}</p>
                <div class="button-row">
                    <button type="button" node_ref=keep on:click=move |_| asking.set(false)>{move || KEEP_SITE.get(ui.get())}</button>
                    <button type="button" class="danger" on:click=move |_| remove()>{move || REMOVE_ANYWAY.get(ui.get())}</button>
                </div>
            </div>
        </Show>
        <TextPair place=place("name") label=NAME />
        <TextPair place=place("description") label=DESCRIPTION long=true />
        <LineField place=place("id") label=ID
            get=move |d| d.sites.get(index).map(|s| s.id.clone()).unwrap_or_default()
            set=move |d, v| { if let Some(s) = d.sites.get_mut(index) { s.id = v } } />
        {point_fields(place("position"), move |d| d.sites.get(index).map(|s| s.position),
            move |d| d.sites.get_mut(index).map(|s| &mut s.position))}
        <p class="panel-note">{move || OUTLINE.get(ui.get())}</p>
        <div class="button-row">
            <button type="button" on:click=add_point>{move || ADD_CORNER.get(ui.get())}</button>
            <button type="button" disabled=move || corner().is_none() || corners() <= FEWEST_CORNERS
                on:click=remove_point>{move || REMOVE_CORNER.get(ui.get())}</button>
        </div>
    }
}
