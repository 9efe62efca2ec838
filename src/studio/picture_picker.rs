//! Picking a picture file for a photo or the map: its size is read from the file, its path
//! in the pack suggested, and the curator told where to copy it (and, for the map, the CSS
//! values the page needs). A file that is not a picture changes nothing.

use leptos::prelude::*;

use super::file_button::FileButton;
use leptos::task::spawn_local;

use super::browser_files::{read_bytes, take_picked_file};
use super::draft_edits::use_picture;
use super::labels::Words;
use super::map_maths::map_css;
use super::opening::Refusal;
use super::picture_file::{read_picture, suggested_path};
use super::selection::field_id;
use super::state::{Notice, Studio};
use crate::lang::Lang;

const PICK: Words = Words("选择图片文件…", "Pick a picture file…");

/// A file input for the picture at `place` (`map.image`, `photos[3].image`); new pictures are
/// suggested a path in `folder`.
#[component]
pub fn PicturePicker(place: String, folder: &'static str) -> impl IntoView {
    let studio = expect_context::<Studio>();
    let ui = studio.lang;
    let id = format!("{}-file", field_id(&place));
    let picked = move |event: web_sys::Event| {
        let Some(file) = take_picked_file(&event) else {
            return;
        };
        let place = place.clone();
        spawn_local(async move {
            let name = file.name();
            let bytes = match read_bytes(&file).await {
                Ok(bytes) => bytes,
                Err(refusal) => return studio.notice.set(Some(Notice::refusal(&refusal))),
            };
            let Some(picture) = read_picture(&bytes) else {
                let refusal = Refusal::NotAPicture(name);
                return studio.notice.set(Some(Notice::refusal(&refusal)));
            };
            let path = suggested_path(folder, &name, picture.kind);
            let size = (picture.width, picture.height);
            studio.change(None, |d| use_picture(d, &place, path.clone(), size));
            let css = (place == "map.image").then(|| map_css(size.0, size.1));
            studio.notice.set(Some(Notice::new(false, |lang| {
                let (w, h) = size;
                let mut text = match lang {
                    Lang::Zh => format!(
                        "已使用“{name}”（{w} × {h} 像素）：请把它复制到内容包文件夹的 {path}。"
                    ),
                    Lang::En => format!(
                        "Using “{name}” ({w} × {h} pixels): copy it to {path} in the pack folder."
                    ),
                };
                if let Some(css) = &css {
                    text.push_str(match lang {
                        Lang::Zh => " style/map.css 需要：",
                        Lang::En => " style/map.css needs: ",
                    });
                    text.push_str(css);
                }
                text
            })));
        });
    };
    view! {
        <div class="picture-picker">
            <FileButton id=id accept=".svg,.png,.jpg,.jpeg,.webp,.avif,image/*"
                label=Signal::derive(move || PICK.get(ui.get())) on_pick=Callback::new(picked) />
        </div>
    }
}
