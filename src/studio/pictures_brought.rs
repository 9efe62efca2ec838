//! The pictures brought into the studio, picked or opened in a pack file: kept for the export,
//! kept in this browser for the next visit (`picture_store`), and shown before they are copied
//! anywhere: in their form, on the map and in the preview.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::state::{Notice, Studio};
use super::{picture_store, preview_pictures, PREVIEW_PICTURES_KEY};
use crate::lang::Lang;

impl Studio {
    /// Brings in the picture file at `path` (a path in the pack), in place of one there before.
    pub fn bring_picture(&self, path: String, bytes: Vec<u8>) {
        let studio = *self;
        let copy = js_sys::Uint8Array::from(bytes.as_slice());
        let kept_path = path.clone();
        self.show_picture(path, bytes, &copy);
        spawn_local(async move {
            if picture_store::keep(&kept_path, &copy).await.is_err() {
                studio.notice.set(Some(Notice::new(true, |lang| match lang {
                    Lang::Zh => format!("此浏览器没有空间保存 {kept_path}：它会放入本次导出，但重新载入页面后就没有了。"),
                    Lang::En => format!("This browser has no room to keep {kept_path}: it goes into an export made now, but not after a reload."),
                })));
            }
        });
    }

    /// The pictures kept in this browser at an earlier visit, brought back; those that neither
    /// the draft nor its undo history names any more are forgotten.
    pub fn bring_back_pictures(&self) {
        let studio = *self;
        write_preview_list(self);
        spawn_local(async move {
            let kept = picture_store::kept().await.unwrap_or_default();
            let mut unnamed = Vec::new();
            for (path, copy) in kept {
                if studio.names_file(&path) {
                    studio.show_picture(path, copy.to_vec(), &copy);
                } else {
                    unnamed.push(path);
                }
            }
            studio.pictures_back.set(true);
            if !unnamed.is_empty() {
                let _ = picture_store::forget(&unnamed).await;
            }
        });
    }

    /// Where the picture at `path` is shown from in the studio's page: its copy brought in, or
    /// the published exhibit's (beside the studio's folder); nothing until the pictures kept in
    /// this browser are back.
    pub fn picture_address(&self, path: &str) -> Option<String> {
        if !self.pictures_back.get() {
            return None;
        }
        Some(
            self.picture_urls
                .with(|urls| urls.get(path).cloned())
                .unwrap_or_else(|| format!("../{path}")),
        )
    }

    /// Keeps `bytes` for the export and shows them from `copy`, their copy in the browser's memory.
    fn show_picture(&self, path: String, bytes: Vec<u8>, copy: &js_sys::Uint8Array) {
        let Some(address) = picture_store::object_url(&path, copy) else {
            return;
        };
        self.pictures
            .update_value(|kept| kept.put(path.clone(), bytes));
        if let Some(Some(old)) = self
            .picture_urls
            .try_update(|urls| urls.insert(path, address))
        {
            picture_store::revoke(&old);
        }
        write_preview_list(self);
    }
}

/// Tells the preview where the pictures brought in are (the addresses of an earlier visit are
/// gone with it).
fn write_preview_list(studio: &Studio) {
    let list = studio.picture_urls.with_untracked(|urls| {
        preview_pictures(urls.iter().map(|(p, a)| (p.as_str(), a.as_str())))
    });
    crate::page::storage::save(PREVIEW_PICTURES_KEY, &list);
}
