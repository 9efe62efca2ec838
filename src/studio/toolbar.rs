//! The studio's bar: open a pack, undo and redo, preview, export the pack file, and the
//! interface language; below it, the last message.

use leptos::prelude::*;

use super::file_button::FileButton;
use leptos::task::spawn_local;

use super::browser_files::{
    download, download_bytes, fetch_deployed_pack, fetch_published_picture, read_bytes,
    take_picked_file, DEPLOYED_PACK,
};
use super::export::{pack_file, picture_files};
use super::opening::{is_pack_file, open_pack, open_pack_file, Refusal};
use super::preview::PreviewButton;
use super::state::{Notice, Studio};
use super::to_do::Sorted;
use crate::content::pack_file::{PackFiles, PACK_FILE_NAME};
use crate::content::{Exhibit, Problem};
use crate::lang::Lang;
use crate::lang::Words;

const OPEN_DEPLOYED: Words = Words("打开已发布的内容包", "Open the published pack");
const OPEN_FILE: Words = Words("打开文件…", "Open a file…");
const UNDO: Words = Words("撤销", "Undo");
const REDO: Words = Words("重做", "Redo");
const EXPORT: Words = Words("导出 exhibit-pack.zip", "Export exhibit-pack.zip");
const SAVE_DRAFT: Words = Words("保存草稿文件", "Save the draft as a file");
const ACTIONS: Words = Words("内容包操作", "Pack actions");
/// The file a draft with problems is saved as (it opens again with "Open a file…").
const DRAFT_FILE: &str = "exhibit-draft.json";

/// What was opened, counted, so the curator sees at once what arrived; `pictures`, the pictures
/// a pack file brought with it.
pub fn opened(name: &str, exhibit: &Exhibit, pictures: Option<usize>) -> Notice {
    let (photos, sites) = (exhibit.photos.len(), exhibit.sites.len());
    let problems = crate::content::validate(exhibit).len();
    Notice::new(false, |lang| {
        let mut text = match lang {
            Lang::Zh => {
                format!("已打开 {name}：{photos} 张照片，{sites} 个地点，{problems} 个问题。")
            }
            Lang::En => {
                format!("Opened {name}: {photos} photos, {sites} sites, {problems} problems.")
            }
        };
        if let Some(pictures) = pictures {
            text.push_str(&match lang {
                Lang::Zh => format!("其中的 {pictures} 张图片会随下次导出一起放入内容包文件。"),
                Lang::En => {
                    format!(" Its {pictures} pictures go into the next export with it.")
                }
            });
        }
        text
    })
}

/// Opens a picked file: a pack file with its pictures, or a pack's `exhibit.json`.
async fn open_picked(studio: Studio, file: super::browser_files::File) {
    let name = file.name();
    let opened_file = read_bytes(&file).await.and_then(|bytes| {
        if is_pack_file(&name, &bytes) {
            open_pack_file(&bytes).map(|(exhibit, pictures)| (exhibit, Some(pictures)))
        } else {
            let text = String::from_utf8_lossy(&bytes);
            open_pack(text.trim_start_matches('\u{feff}')).map(|exhibit| (exhibit, None))
        }
    });
    match opened_file {
        Ok((exhibit, pictures)) => {
            let count = pictures.as_ref().map(|p| p.files.len());
            if let Some(pictures) = pictures {
                for (path, bytes) in pictures.files {
                    studio.bring_picture(path, bytes);
                }
            }
            studio.open(opened(&name, &exhibit, count), exhibit);
        }
        Err(refusal) => studio.notice.set(Some(Notice::refusal(&refusal))),
    }
}

/// Opens the published pack; on failure the draft stays as it is.
pub fn open_deployed(studio: Studio) {
    spawn_local(async move {
        match fetch_deployed_pack()
            .await
            .and_then(|text| open_pack(&text))
        {
            Ok(exhibit) => studio.open(opened(DEPLOYED_PACK, &exhibit, None), exhibit),
            Err(refusal) => studio.notice.set(Some(Notice::refusal(&refusal))),
        }
    });
}

/// Exports the pack file, if the draft passes every check: `exhibit.json` and every picture it
/// names, each from this session's picks (or the pack file opened) or else the published
/// exhibit's copy.
fn export(studio: Studio, sorted: Memo<Sorted>) {
    let Sorted { problems, to_do } = sorted.get_untracked();
    if !problems.is_empty() || !to_do.is_empty() {
        studio.notice.set(Some(Notice {
            offer_draft: true,
            ..Notice::new(true, |lang| not_exported(lang, &problems, &to_do))
        }));
        return;
    }
    let exhibit = studio.draft.get_untracked();
    spawn_local(async move {
        let mut pictures = PackFiles::default();
        for file in picture_files(&exhibit) {
            let bytes = match studio
                .pictures
                .with_value(|kept| kept.get(&file).map(<[u8]>::to_vec))
            {
                Some(bytes) => bytes,
                None => match fetch_published_picture(&file).await {
                    Some(bytes) => bytes,
                    None => return studio.notice.set(Some(not_found(&exhibit, &file))),
                },
            };
            pictures.put(file, bytes);
        }
        let notice = match pack_file(&exhibit, &pictures) {
            Ok(zip) => {
                download_bytes(PACK_FILE_NAME, &zip);
                let count = pictures.files.len();
                Notice::new(false, |lang| {
                    match lang {
                    Lang::Zh => format!("已导出 {PACK_FILE_NAME}（exhibit.json 和 {count} 张图片），检查全部通过。用 make update-pack PACK={PACK_FILE_NAME} 安装它。"),
                    Lang::En => format!("Exported {PACK_FILE_NAME} (exhibit.json and {count} pictures): it passes every check. Install it with make update-pack PACK={PACK_FILE_NAME}."),
                }
                })
            }
            Err(why) => Notice::refusal(&Refusal::PackFile(why)),
        };
        studio.notice.set(Some(notice));
    });
}

/// A picture neither picked in this session nor found in the published exhibit.
/// Why the export is refused: the draft's problems first, then what is still to be written.
fn not_exported(lang: Lang, problems: &[Problem], to_do: &[String]) -> String {
    let (count, left) = (problems.len(), to_do.len());
    let mut text = match (problems.first(), to_do.first(), lang) {
        (Some(first), _, Lang::Zh) => format!("未导出：草稿有 {count} 个问题（第一个：{first}）。请先改正，或保存草稿以后继续。"),
        (Some(first), _, Lang::En) if count == 1 => format!("Not exported: the draft has a problem ({first}). Fix it first, or save the draft to go on later."),
        (Some(first), _, Lang::En) => format!("Not exported: the draft has {count} problems (the first: {first}). Fix them first, or save the draft to go on later."),
        (None, Some(first), Lang::Zh) => format!("未导出：还有 {left} 项待填写（第一项：{first}）。请先填写，或保存草稿以后继续。"),
        (None, Some(first), Lang::En) if left == 1 => format!("Not exported: one thing is still to be written ({first}). Write it first, or save the draft to go on later."),
        (None, Some(first), Lang::En) => format!("Not exported: {left} things are still to be written (the first: {first}). Write them first, or save the draft to go on later."),
        (None, None, _) => String::new(),
    };
    if count > 0 && left > 0 {
        text.push_str(&match lang {
            Lang::Zh => format!("另有 {left} 项待填写。"),
            Lang::En => format!(" {left} things are still to be written, too."),
        });
    }
    text
}

fn not_found(exhibit: &Exhibit, file: &str) -> Notice {
    let place = (exhibit.picture_files().into_iter())
        .find(|(_, f)| *f == file)
        .map_or_else(String::new, |(place, _)| place);
    Notice::new(true, |lang| {
        match lang {
        Lang::Zh => format!("未导出：找不到图片 {file}（{place}）：此浏览器没有保存它，已发布的展览中也没有。请在它的表单中用“选择图片文件…”选择它，然后再导出。"),
        Lang::En => format!("Not exported: the picture {file} ({place}) was not found: this browser does not keep it, and the published exhibit does not have it. Pick it with “Pick a picture file…” in its form, then export again."),
    }
    })
}

#[component]
pub fn Toolbar() -> impl IntoView {
    let studio = expect_context::<Studio>();
    let sorted = expect_context::<Memo<Sorted>>();
    let ui = studio.lang;
    let open_file = move |event: web_sys::Event| {
        if let Some(file) = take_picked_file(&event) {
            spawn_local(open_picked(studio, file));
        }
    };
    let other = move || match ui.get() {
        Lang::Zh => Lang::En,
        Lang::En => Lang::Zh,
    };
    view! {
        <div class="toolbar" role="group" aria-label=move || ACTIONS.get(ui.get())>
            <button type="button" on:click=move |_| open_deployed(studio)>{move || OPEN_DEPLOYED.get(ui.get())}</button>
            <FileButton id="open-file" accept=".zip,.json,application/zip,application/json"
                label=Signal::derive(move || OPEN_FILE.get(ui.get())) on_pick=Callback::new(open_file) />
            <span class="toolbar-gap"></span>
            <button type="button" aria-keyshortcuts="Control+Z" disabled=move || !studio.can_undo.get()
                on:click=move |_| studio.undo()>{move || UNDO.get(ui.get())}</button>
            <button type="button" aria-keyshortcuts="Control+Shift+Z" disabled=move || !studio.can_redo.get()
                on:click=move |_| studio.redo()>{move || REDO.get(ui.get())}</button>
            <span class="toolbar-gap"></span>
            <PreviewButton />
            <button type="button" class="primary" on:click=move |_| export(studio, sorted)>{move || EXPORT.get(ui.get())}</button>
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
