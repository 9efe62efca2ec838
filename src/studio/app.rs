//! The studio's page: the bar, the list of the pack's items, the map, the selected item's form
//! and the problems.

use leptos::ev;
use leptos::prelude::*;

use super::item_forms::{PhotoForm, SiteForm};
use super::item_list::ItemList;
use super::map_editor::MapEditor;
use super::pack_forms::{ExhibitForm, MapForm, SettingsForm};
use super::photo_placer::PlacingPhoto;
use super::problem_list::ProblemList;
use super::selection::Selection;
use super::selection_kept::{keep_selection, restore_selection};
use super::state::{Notice, Studio};
use super::toolbar::{open_deployed, Toolbar};
use crate::lang::Words;

const TITLE: Words = Words("策展工作室", "Curator studio");
const SUBTITLE: Words = Words(
    "高炉里的科幻 · 内容包编辑",
    "Sci-Fi in the Blast Furnace · content pack editor",
);
const EDITOR: Words = Words("所选内容", "Selected item");
const SKIP: Words = Words("跳到地图", "Skip to the map");
const RESTORED: Words = Words(
    "已恢复本浏览器保存的草稿。要重新开始，请打开已发布的内容包。",
    "The draft kept in this browser is back. To start again, open the published pack.",
);

#[component]
pub fn StudioApp() -> impl IntoView {
    let studio = Studio::new();
    provide_context(studio);
    provide_context(PlacingPhoto(RwSignal::new(false)));
    let sorted = Memo::new(move |_| {
        studio
            .draft
            .with(|d| studio.problems.with(|p| super::to_do::sort(d, p)))
    });
    provide_context(sorted);
    if studio.restore_draft() {
        restore_selection(studio);
        studio.notice.set(Some(Notice::new(false, |lang| {
            RESTORED.get(lang).to_string()
        })));
    } else {
        open_deployed(studio);
    }
    studio.bring_back_pictures();
    keep_selection(studio);
    let ui = studio.lang;
    // Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y, except where a text field keeps its own undo.
    let keys = window_event_listener(ev::keydown, move |event| {
        let typing = event
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
            .is_some_and(|e| matches!(e.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"));
        if typing || !(event.ctrl_key() || event.meta_key()) {
            return;
        }
        match (event.key().to_lowercase().as_str(), event.shift_key()) {
            ("z", false) => studio.undo(),
            ("z", true) | ("y", _) => studio.redo(),
            _ => return,
        }
        event.prevent_default();
    });
    on_cleanup(move || keys.remove());
    let form = move || match studio.selection.get() {
        Selection::Exhibit => view! { <ExhibitForm /> }.into_any(),
        Selection::Map => view! { <MapForm /> }.into_any(),
        Selection::Settings => view! { <SettingsForm /> }.into_any(),
        Selection::Site(i) | Selection::OutlinePoint(i, _) => {
            view! { <SiteForm index=i /> }.into_any()
        }
        Selection::Photo(i) => view! { <PhotoForm index=i /> }.into_any(),
    };
    view! {
        <a class="skip-link" href="#studio-map">{move || SKIP.get(ui.get())}</a>
        <header class="studio-header">
            <div class="studio-title">
                <h1>{move || TITLE.get(ui.get())}</h1>
                <p lang=move || ui.get().tag()>{move || SUBTITLE.get(ui.get())}</p>
            </div>
            <Toolbar />
        </header>
        <main class="studio-main" aria-label=move || TITLE.get(ui.get())>
            <ItemList />
            <MapEditor />
            <div class="studio-side">
                <section class="item-editor" aria-label=move || EDITOR.get(ui.get())>{form}</section>
                <ProblemList />
            </div>
        </main>
    }
}
