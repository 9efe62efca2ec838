//! The studio's bar: open a pack, undo and redo, preview, export, and the interface language;
//! below it, the last message.

use leptos::prelude::*;

use super::file_button::FileButton;
use leptos::task::spawn_local;

use super::browser_files::{
    download, fetch_deployed_pack, read_text, take_picked_file, DEPLOYED_PACK,
};
use super::opening::open_pack;
use super::preview::PreviewButton;
use super::state::{Notice, Studio};
use crate::content::Exhibit;
use crate::lang::Lang;
use crate::lang::Words;

const OPEN_DEPLOYED: Words = Words("打开已发布的内容包", "Open the published pack");
const OPEN_FILE: Words = Words("打开文件…", "Open a file…");
const UNDO: Words = Words("撤销", "Undo");
const REDO: Words = Words("重做", "Redo");
const EXPORT: Words = Words("导出 exhibit.json", "Export exhibit.json");
const SAVE_DRAFT: Words = Words("保存草稿文件", "Save the draft as a file");
const ACTIONS: Words = Words("内容包操作", "Pack actions");
/// The file a draft with problems is saved as (it opens again with "Open a file…").
const DRAFT_FILE: &str = "exhibit-draft.json";

/// What was opened, counted, so the curator sees at once what arrived.
pub fn opened(name: &str, exhibit: &Exhibit) -> Notice {
    let (photos, sites) = (exhibit.photos.len(), exhibit.sites.len());
    let problems = crate::content::validate(exhibit).len();
    Notice::new(false, |lang| match lang {
        Lang::Zh => format!("已打开 {name}：{photos} 张照片，{sites} 个地点，{problems} 个问题。"),
        Lang::En => format!("Opened {name}: {photos} photos, {sites} sites, {problems} problems."),
    })
}

/// Opens the published pack; on failure the draft stays as it is.
pub fn open_deployed(studio: Studio) {
    spawn_local(async move {
        match fetch_deployed_pack()
            .await
            .and_then(|text| open_pack(&text))
        {
            Ok(exhibit) => studio.open(opened(DEPLOYED_PACK, &exhibit), exhibit),
            Err(refusal) => studio.notice.set(Some(Notice::refusal(&refusal))),
        }
    });
}

fn export(studio: Studio) {
    let problems = studio.problems.get_untracked();
    let notice = match problems.first() {
        None => {
            download("exhibit.json", &studio.export_json());
            Notice::new(false, |lang| {
                match lang {
                Lang::Zh => "已导出 exhibit.json，检查全部通过。用 make update-pack 安装它。".into(),
                Lang::En => "Exported exhibit.json: it passes every check. Install it with make update-pack.".into(),
            }
            })
        }
        Some(first) => {
            let count = problems.len();
            Notice {
                offer_draft: true,
                ..Notice::new(true, |lang| {
                    match lang {
                    Lang::Zh => format!("未导出：草稿有 {count} 个问题（第一个：{first}）。请先改正，或保存草稿以后继续。"),
                    Lang::En if count == 1 => format!("Not exported: the draft has a problem ({first}). Fix it first, or save the draft to go on later."),
                    Lang::En => format!("Not exported: the draft has {count} problems (the first: {first}). Fix them first, or save the draft to go on later."),
                }
                })
            }
        }
    };
    studio.notice.set(Some(notice));
}

#[component]
pub fn Toolbar() -> impl IntoView {
    let studio = expect_context::<Studio>();
    let ui = studio.lang;
    let open_file = move |event: web_sys::Event| {
        let Some(file) = take_picked_file(&event) else {
            return;
        };
        spawn_local(async move {
            match read_text(&file).await.and_then(|text| open_pack(&text)) {
                Ok(exhibit) => studio.open(opened(&file.name(), &exhibit), exhibit),
                Err(refusal) => studio.notice.set(Some(Notice::refusal(&refusal))),
            }
        });
    };
    let other = move || match ui.get() {
        Lang::Zh => Lang::En,
        Lang::En => Lang::Zh,
    };
    view! {
        <div class="toolbar" role="group" aria-label=move || ACTIONS.get(ui.get())>
            <button type="button" on:click=move |_| open_deployed(studio)>{move || OPEN_DEPLOYED.get(ui.get())}</button>
            <FileButton id="open-file" accept=".json,application/json"
                label=Signal::derive(move || OPEN_FILE.get(ui.get())) on_pick=Callback::new(open_file) />
            <span class="toolbar-gap"></span>
            <button type="button" aria-keyshortcuts="Control+Z" disabled=move || !studio.can_undo.get()
                on:click=move |_| studio.undo()>{move || UNDO.get(ui.get())}</button>
            <button type="button" aria-keyshortcuts="Control+Shift+Z" disabled=move || !studio.can_redo.get()
                on:click=move |_| studio.redo()>{move || REDO.get(ui.get())}</button>
            <span class="toolbar-gap"></span>
            <PreviewButton />
            <button type="button" class="primary" on:click=move |_| export(studio)>{move || EXPORT.get(ui.get())}</button>
            <button type="button" class="lang-switch" lang=move || other().tag() on:click=move |_| ui.set(other())>
                {move || other().own_name()}
            </button>
        </div>
        <div class="notice-area" role="status">
            {move || studio.notice.get().map(|notice| view! {
                <p class="notice" class:is-refused=notice.refused>{notice.get(ui.get()).to_string()}</p>
                {notice.offer_undo.then(|| view! {
                    <button type="button" on:click=move |_| { studio.undo(); studio.notice.set(None); }>
                        {move || UNDO.get(ui.get())}
                    </button>
                })}
                {notice.offer_draft.then(|| view! {
                    <button type="button" on:click=move |_| download(DRAFT_FILE, &studio.draft_json())>
                        {move || SAVE_DRAFT.get(ui.get())}
                    </button>
                })}
            })}
        </div>
    }
}
