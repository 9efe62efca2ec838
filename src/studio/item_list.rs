//! The list of everything in the pack: the exhibit's texts, the map, the settings, each site
//! and each photo in visiting order (the order keyboards and the kiosk's attract loop follow).

use leptos::prelude::*;

use super::draft_edits::add_site;
use super::photo_placer::PlacingPhoto;
use super::selection::Selection;
use super::state::Studio;
use super::to_do::Sorted;
use crate::lang::{Lang, Words};

const CONTENTS: Words = Words("内容", "Contents");
const EXHIBIT: Words = Words("展览文字与数据", "Exhibit texts and figures");
const MAP: Words = Words("地图", "Map");
const SETTINGS: Words = Words("设置", "Settings");
const SITES: Words = Words("地点", "Sites");
const PHOTOS: Words = Words("照片（按参观顺序）", "Photos (visiting order)");
const ADD_PHOTO: Words = Words("添加照片", "Add a photo");
const ADD_SITE: Words = Words("添加地点", "Add a site");

/// "(2 problems)", "(6 to do)", "(1 problem, 6 to do)" / "（2 个问题）", "（6 项待填写）": for
/// the item's accessible name.
fn problems_in_words(lang: Lang, (problems, to_do): (usize, usize)) -> String {
    let mut parts = Vec::new();
    match (lang, problems) {
        (_, 0) => {}
        (Lang::Zh, n) => parts.push(format!("{n} 个问题")),
        (Lang::En, 1) => parts.push("1 problem".to_string()),
        (Lang::En, n) => parts.push(format!("{n} problems")),
    }
    match (lang, to_do) {
        (_, 0) => {}
        (Lang::Zh, n) => parts.push(format!("{n} 项待填写")),
        (Lang::En, n) => parts.push(format!("{n} to do")),
    }
    match lang {
        Lang::Zh => format!("（{}）", parts.join("，")),
        Lang::En => format!("({})", parts.join(", ")),
    }
}

/// A photo's thumbnail in the list, in CSS pixels (3:2, as the exhibit's cards); its file is
/// the published size for twice that width (a sharp screen), or the picture brought in.
const THUMB_PX: (u32, u32) = (36, 24);

fn item(
    studio: Studio,
    target: Selection,
    label: impl Fn() -> String + Send + Sync + 'static,
    thumb: Option<Signal<Option<String>>>,
) -> impl IntoView {
    let chosen = move || match studio.selection.get() {
        Selection::OutlinePoint(site, _) => target == Selection::Site(site),
        selected => selected == target,
    };
    let sorted = expect_context::<Memo<Sorted>>();
    let is_here = move |place: &str| match Selection::of_place(place) {
        Selection::OutlinePoint(site, _) => target == Selection::Site(site),
        found => found == target,
    };
    let count = move || {
        sorted.with(|s| {
            (
                s.problems.iter().filter(|p| is_here(&p.place)).count(),
                s.to_do.iter().filter(|p| is_here(p)).count(),
            )
        })
    };
    // The mark is seen; its words are what a screen reader says ("new-photo (6 to do)").
    let mark = move || {
        let (problems, to_do) = count();
        let shown = if problems > 0 { " ●" } else { " ○" };
        (problems + to_do > 0).then(|| {
            view! {
                <span class="problem-mark" class:is-to-do=problems == 0 aria-hidden="true">{shown}</span>
                <span class="visually-hidden">{problems_in_words(studio.lang.get(), (problems, to_do))}</span>
            }
        })
    };
    let flagged = move || count().0 > 0;
    // Its box is there before its picture, so the list does not move when the picture comes.
    let thumb = thumb.map(|address| {
        view! {
            <span class="item-thumb">
                {move || address.get().map(|src| view! {
                    <img src=src alt="" width=THUMB_PX.0 height=THUMB_PX.1 />
                })}
            </span>
        }
    });
    view! {
        <li>
            <button type="button" class="item" class:has-problem=flagged aria-current=move || chosen().then_some("true")
                on:click=move |_| studio.selection.set(target)>{thumb}{label}{mark}</button>
        </li>
    }
}

#[component]
pub fn ItemList() -> impl IntoView {
    let studio = expect_context::<Studio>();
    let ui = studio.lang;
    let draft = studio.draft;
    let sites = Memo::new(move |_| draft.with(|d| d.sites.len()));
    let visiting = Memo::new(move |_| {
        draft.with(|d| {
            let mut order: Vec<usize> = (0..d.photos.len()).collect();
            order.sort_by(|&a, &b| d.photos[a].order.total_cmp(&d.photos[b].order));
            order
        })
    });
    let site_name = move |i: usize| {
        move || {
            draft.with(|d| {
                d.sites
                    .get(i)
                    .map(|s| s.name.get(ui.get()).to_string())
                    .unwrap_or_default()
            })
        }
    };
    let photo_name = move |i: usize| {
        move || {
            draft.with(|d| {
                d.photos
                    .get(i)
                    .map(|p| {
                        let title = p.title.get(ui.get());
                        if title.is_empty() {
                            p.id.clone()
                        } else {
                            title.to_string()
                        }
                    })
                    .unwrap_or_default()
            })
        }
    };
    let thumb = move |i: usize| {
        Signal::derive(move || {
            let src = draft.with(|d| {
                d.photos
                    .get(i)
                    .map(|p| p.image.sources(f64::from(THUMB_PX.0 * 2)).src)
            })?;
            studio.picture_address(&src)
        })
    };
    let placing = expect_context::<PlacingPhoto>();
    let add = move |_| placing.0.update(|p| *p = !*p);
    let add_a_site = move |_| {
        let index = studio.change(None, add_site);
        studio.selection.set(Selection::Site(index));
    };
    view! {
        <nav class="item-list" aria-label=move || CONTENTS.get(ui.get())>
            <ul>
                {item(studio, Selection::Exhibit, move || EXHIBIT.get(ui.get()).to_string(), None)}
                {item(studio, Selection::Map, move || MAP.get(ui.get()).to_string(), None)}
                {item(studio, Selection::Settings, move || SETTINGS.get(ui.get()).to_string(), None)}
            </ul>
            <h2>{move || SITES.get(ui.get())}</h2>
            <ul>{move || (0..sites.get()).map(|i| item(studio, Selection::Site(i), site_name(i), None)).collect_view()}</ul>
            <button type="button" class="add" on:click=add_a_site>{move || ADD_SITE.get(ui.get())}</button>
            <h2>{move || PHOTOS.get(ui.get())}</h2>
            <ol>{move || visiting.get().into_iter().map(|i| item(studio, Selection::Photo(i), photo_name(i), Some(thumb(i)))).collect_view()}</ol>
            <button type="button" class="add" aria-pressed=move || placing.0.get().to_string() aria-describedby=move || placing.0.get().then_some("placing-help")
                on:click=add>{move || ADD_PHOTO.get(ui.get())}</button>
        </nav>
    }
}
