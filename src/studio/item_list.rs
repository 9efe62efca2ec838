//! The list of everything in the pack: the exhibit's texts, the map, the settings, each site
//! and each photo in visiting order (the order keyboards and the kiosk's attract loop follow).

use leptos::prelude::*;

use super::draft_edits::add_photo;
use super::selection::Selection;
use super::state::Studio;
use crate::lang::Words;

const CONTENTS: Words = Words("内容", "Contents");
const EXHIBIT: Words = Words("展览文字与数据", "Exhibit texts and figures");
const MAP: Words = Words("地图", "Map");
const SETTINGS: Words = Words("设置", "Settings");
const SITES: Words = Words("地点", "Sites");
const PHOTOS: Words = Words("照片（按参观顺序）", "Photos (visiting order)");
const ADD_PHOTO: Words = Words("添加照片", "Add a photo");

/// "(2 problems)" / "（2 个问题）": the item's problems, for its accessible name.
fn problems_in_words(lang: crate::lang::Lang, n: usize) -> String {
    match (lang, n) {
        (crate::lang::Lang::Zh, n) => format!("（{n} 个问题）"),
        (crate::lang::Lang::En, 1) => "(1 problem)".to_string(),
        (crate::lang::Lang::En, n) => format!("({n} problems)"),
    }
}

fn item(
    studio: Studio,
    target: Selection,
    label: impl Fn() -> String + Send + Sync + 'static,
) -> impl IntoView {
    let chosen = move || match studio.selection.get() {
        Selection::OutlinePoint(site, _) => target == Selection::Site(site),
        selected => selected == target,
    };
    let count = move || {
        studio.problems.with(|problems| {
            problems
                .iter()
                .filter(|p| match Selection::of_place(&p.place) {
                    Selection::OutlinePoint(site, _) => target == Selection::Site(site),
                    found => found == target,
                })
                .count()
        })
    };
    // The mark is seen; its words are what a screen reader says ("new-photo (9 problems)").
    let mark = move || {
        let n = count();
        (n > 0).then(|| {
            view! {
                <span class="problem-mark" aria-hidden="true">" ●"</span>
                <span class="visually-hidden">{problems_in_words(studio.lang.get(), n)}</span>
            }
        })
    };
    let flagged = move || count() > 0;
    view! {
        <li>
            <button type="button" class="item" class:has-problem=flagged aria-current=move || chosen().then_some("true")
                on:click=move |_| studio.selection.set(target)>{label}{mark}</button>
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
    let add = move |_| {
        let index = studio.change(None, add_photo);
        studio.selection.set(Selection::Photo(index));
    };
    view! {
        <nav class="item-list" aria-label=move || CONTENTS.get(ui.get())>
            <ul>
                {item(studio, Selection::Exhibit, move || EXHIBIT.get(ui.get()).to_string())}
                {item(studio, Selection::Map, move || MAP.get(ui.get()).to_string())}
                {item(studio, Selection::Settings, move || SETTINGS.get(ui.get()).to_string())}
            </ul>
            <h2>{move || SITES.get(ui.get())}</h2>
            <ul>{move || (0..sites.get()).map(|i| item(studio, Selection::Site(i), site_name(i))).collect_view()}</ul>
            <h2>{move || PHOTOS.get(ui.get())}</h2>
            <ol>{move || visiting.get().into_iter().map(|i| item(studio, Selection::Photo(i), photo_name(i))).collect_view()}</ol>
            <button type="button" class="add" on:click=add>{move || ADD_PHOTO.get(ui.get())}</button>
        </nav>
    }
}
