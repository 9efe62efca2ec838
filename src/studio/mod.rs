//! The curators' studio (`dist/studio/`, its own wasm: `src/bin/studio.rs`): open a pack, place
//! hotspots and sites on the map, edit both languages side by side, check with the exhibit's
//! own validation, preview, undo, and export a checked `exhibit.json`. Nothing leaves the
//! browser: drafts are kept in its storage, packs are opened from and saved to files.
//!
//! The pure parts (edits, undo, export, coordinates, picture sizes) are tested natively; the
//! views need a browser. The visitors' exhibit uses only `DRAFT_KEY` and `PREVIEW_FRAME`.

pub mod draft_edits;
pub mod draft_texts;
pub mod export;
pub mod history;
pub mod map_maths;
pub mod opening;
pub mod picture_file;
pub mod selection;
pub mod to_do;

#[cfg(target_arch = "wasm32")]
mod app;
#[cfg(target_arch = "wasm32")]
mod browser_files;
#[cfg(target_arch = "wasm32")]
mod fields;
#[cfg(target_arch = "wasm32")]
mod file_button;
#[cfg(target_arch = "wasm32")]
mod item_forms;
#[cfg(target_arch = "wasm32")]
mod item_list;
#[cfg(target_arch = "wasm32")]
mod map_editor;
#[cfg(target_arch = "wasm32")]
mod pack_forms;
#[cfg(target_arch = "wasm32")]
mod photo_placer;
#[cfg(target_arch = "wasm32")]
mod picture_picker;
#[cfg(target_arch = "wasm32")]
mod picture_store;
#[cfg(target_arch = "wasm32")]
mod pictures_brought;
#[cfg(target_arch = "wasm32")]
mod preview;
#[cfg(target_arch = "wasm32")]
mod problem_list;
#[cfg(target_arch = "wasm32")]
mod selection_kept;
#[cfg(target_arch = "wasm32")]
mod state;
#[cfg(target_arch = "wasm32")]
mod toolbar;

/// Where the studio keeps the draft pack (as exported) in the browser's storage; the exhibit
/// reads it from there when it runs as the studio's preview.
pub const DRAFT_KEY: &str = "shijingshan-studio.draft";
/// The studio's undo history for the draft, kept beside it so an undo works after a reload.
pub const HISTORY_KEY: &str = "shijingshan-studio.history";
/// The pictures brought into the studio this session, not yet in the published exhibit, as the
/// preview shows them: one `path<TAB>address` a line, each address one of the studio's
/// object URLs (`blob:`), which a frame of the studio's page may show.
pub const PREVIEW_PICTURES_KEY: &str = "shijingshan-studio.preview-pictures";

/// `PREVIEW_PICTURES_KEY`'s text for `(path, address)` pairs.
pub fn preview_pictures<'a>(pictures: impl IntoIterator<Item = (&'a str, &'a str)>) -> String {
    (pictures.into_iter())
        .map(|(path, address)| format!("{path}\t{address}\n"))
        .collect()
}

/// The address `list` (`PREVIEW_PICTURES_KEY`'s text) gives the picture at `path`.
pub fn preview_picture<'a>(list: &'a str, path: &str) -> Option<&'a str> {
    (list.lines())
        .filter_map(|line| line.split_once('\t'))
        .find_map(|(p, address)| (p == path).then_some(address))
}

/// What the curator last selected, kept beside the draft so a reload shows the same form.
pub const SELECTION_KEY: &str = "shijingshan-studio.selection";
/// The name of the studio's preview frame: an exhibit in a frame of this name shows the draft.
pub const PREVIEW_FRAME: &str = "shijingshan-studio-preview";

/// Starts the studio in the page.
#[cfg(target_arch = "wasm32")]
pub fn mount() {
    leptos::mount::mount_to_body(app::StudioApp);
}

/// The test pack (tests/fixtures/pack), for the studio's native tests.
#[cfg(test)]
pub(crate) fn test_pack() -> crate::content::Exhibit {
    crate::content::read_pack(include_str!("../../tests/fixtures/pack/exhibit.json")).unwrap()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_preview_finds_each_picture_brought_in_by_its_path_and_no_other() {
        let list = preview_pictures([
            ("images/photos/furnace.jpg", "blob:http://127.0.0.1/1"),
            ("images/map-new.png", "blob:http://127.0.0.1/2"),
        ]);
        assert_eq!(
            preview_picture(&list, "images/map-new.png"),
            Some("blob:http://127.0.0.1/2")
        );
        assert_eq!(
            preview_picture(&list, "images/photos/furnace.jpg"),
            Some("blob:http://127.0.0.1/1")
        );
        assert_eq!(preview_picture(&list, "images/photos/furnace"), None);
        assert_eq!(preview_picture("", "images/map-new.png"), None);
    }
}
