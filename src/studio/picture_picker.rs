//! Picking a picture file for a photo or the map: the picture is decoded by the browser and
//! shown in the form at once, small, with its size as shown (after its EXIF orientation); that
//! size and a suggested path in the pack go into the draft, and the file itself into the
//! studio's pictures, for the export to put in the pack file at that path (the curator is told
//! where, and, for the map, the CSS values the page needs). A file that is not a
//! picture, or not one the browser can decode, is named in the form and changes nothing.

use leptos::html;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use super::browser_files::{
    decode_picture, draw_on, read_bytes, take_picked_file, Canvas, ImageBitmap,
};
use super::draft_edits::{picture_at, use_picture};
use super::draft_texts::text;
use super::file_button::FileButton;
use super::map_maths::map_css;
use super::opening::Refusal;
use super::picture_file::{fitted_size, read_picture, suggested_path};
use super::selection::field_id;
use super::state::{Notice, Studio};
use crate::lang::Lang;
use crate::lang::Words;

const PICK: Words = Words("选择图片文件…", "Pick a picture file…");
const IN_THE_PACK: Words = Words("导出时放入内容包：", "Exported in the pack file as");
/// The most room the picked picture takes in the form, in CSS pixels.
const SHOWN_AT_MOST: (f64, f64) = (240.0, 160.0);
/// Drawn with this many pixels per CSS pixel, so it is sharp on dense screens too.
const DENSITY: f64 = 2.0;

/// A picked picture, shown in its form until another is picked or the form goes.
struct Picked {
    name: String,
    path: String,
    size: (f64, f64),
    small: ImageBitmap,
}

/// A file input for the picture at `place` (`map.image`, `photos[3].image`); new pictures are
/// suggested a path in `folder`.
#[component]
pub fn PicturePicker(place: String, folder: &'static str) -> impl IntoView {
    let studio = expect_context::<Studio>();
    let ui = studio.lang;
    let id = format!("{}-file", field_id(&place));
    let picked: RwSignal<Option<Picked>, LocalStorage> = RwSignal::new_local(None);
    let refused = RwSignal::new(None::<Refusal>);
    let keep = move |picture: Picked| {
        let mut new = Some(picture);
        let old = picked.try_update(|p| std::mem::replace(p, new.take()));
        // The old one is replaced; a new one left over means the form went during decoding.
        for gone in [old.flatten(), new].into_iter().flatten() {
            gone.small.close();
        }
    };
    on_cleanup(move || {
        if let Some(Some(p)) = picked.try_update_untracked(Option::take) {
            p.small.close();
        }
    });

    let owner = place.trim_end_matches(".image").to_string();
    let src_place = place.clone();
    let shown_src = Memo::new(move |_| {
        studio
            .draft
            .with(|d| picture_at(d, &src_place).map(|p| p.src.clone()))
    });
    let on_pick = {
        let place = place.clone();
        move |event: web_sys::Event| {
            let Some(file) = take_picked_file(&event) else {
                return;
            };
            let place = place.clone();
            spawn_local(async move {
                let name = file.name();
                let refuse = move |refusal: Refusal| {
                    studio.notice.set(Some(Notice::refusal(&refusal)));
                    refused.try_set(Some(refusal));
                };
                let bytes = match read_bytes(&file).await {
                    Ok(bytes) => bytes,
                    Err(refusal) => return refuse(refusal),
                };
                let Some(picture) = read_picture(&bytes) else {
                    return refuse(Refusal::NotAPicture(name));
                };
                // Browsers do not decode SVG files into bitmaps: its own size is its size.
                let (size, small) = if picture.kind == "svg" {
                    ((picture.width, picture.height), None)
                } else {
                    let fit = (SHOWN_AT_MOST.0 * DENSITY, SHOWN_AT_MOST.1 * DENSITY);
                    match decode_picture(&file, fit).await {
                        Ok(decoded) => ((decoded.width, decoded.height), Some(decoded.small)),
                        Err(refusal) => return refuse(refusal),
                    }
                };
                let path = suggested_path(folder, &name, picture.kind);
                refused.try_set(None);
                studio
                    .pictures
                    .update_value(|kept| kept.put(path.clone(), bytes));
                studio.change(None, |d| use_picture(d, &place, path.clone(), size));
                if let Some(small) = small {
                    let (name, path) = (name.clone(), path.clone());
                    keep(Picked {
                        name,
                        path,
                        size,
                        small,
                    });
                }
                let css = (place == "map.image").then(|| map_css(size.0, size.1));
                studio.notice.set(Some(Notice::new(false, |lang| {
                    let (w, h) = size;
                    let mut text = match lang {
                        Lang::Zh => format!(
                            "已使用“{name}”（{w} × {h} 像素）：导出时它会放入内容包文件的 {path}。"
                        ),
                        Lang::En => format!(
                            "Using “{name}” ({w} × {h} pixels): the export puts it in the pack file as {path}."
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
        }
    };

    // Shown while the draft still uses it (an undo takes the picture back out of the form).
    let shown = move || {
        let src = shown_src.get();
        picked.with(|p| {
            p.as_ref()
                .filter(|p| src.as_deref() == Some(p.path.as_str()))
                .map(|p| (p.name.clone(), p.path.clone(), p.size))
        })
    };
    let alt_place = format!("{owner}.alt");
    let alt = Signal::derive(move || {
        let lang = ui.get();
        studio.draft.with(|d| text(d, &alt_place, lang))
    });
    let canvas = NodeRef::<html::Canvas>::new();
    Effect::new(move || {
        let Some(element) = canvas.get() else {
            return;
        };
        picked.with(|p| {
            if let Some(p) = p {
                let size = (f64::from(p.small.width()), f64::from(p.small.height()));
                draw_on(element.unchecked_ref::<Canvas>(), &p.small, size);
            }
        });
    });
    let picture = move || {
        shown().map(|(name, path, (w, h))| {
            let (css_w, css_h) = fitted_size(w, h, SHOWN_AT_MOST);
            let (pixels_w, pixels_h) = picked.with_untracked(|p| {
                p.as_ref()
                    .map_or((1, 1), |p| (p.small.width(), p.small.height()))
            });
            let label = {
                let name = name.clone();
                move || {
                    let alt = alt.get();
                    if alt.trim().is_empty() {
                        name.clone()
                    } else {
                        alt
                    }
                }
            };
            let size_text = move || match ui.get() {
                Lang::Zh => format!("{w} × {h} 像素"),
                Lang::En => format!("{w} × {h} px"),
            };
            view! {
                <figure class="picked-picture">
                    <canvas node_ref=canvas role="img" aria-label=label width=pixels_w height=pixels_h
                        style:width=format!("{css_w}px") style:height=format!("{css_h}px")></canvas>
                    <figcaption>
                        <span class="picked-name">{name}</span>
                        <span class="picked-size">{size_text}</span>
                        <span class="picked-path">{move || IN_THE_PACK.get(ui.get())} " " <code>{path}</code></span>
                    </figcaption>
                </figure>
            }
        })
    };
    let refusal = move || {
        refused.with(|r| {
            r.as_ref()
                .map(|r| view! { <p class="picture-refused">{r.describe(ui.get())}</p> })
        })
    };
    view! {
        <div class="picture-picker">
            <FileButton id=id accept=".svg,.png,.jpg,.jpeg,.webp,.avif,image/*"
                label=Signal::derive(move || PICK.get(ui.get())) on_pick=Callback::new(on_pick) />
            {refusal}
            {picture}
        </div>
    }
}
