//! Picking a picture file for a photo or the map: the picture is decoded by the browser and
//! shown in the form at once, small, from the studio's copy (`pictures_brought`, kept in this
//! browser across reloads), with its size as shown (after its EXIF orientation); that
//! size and a suggested path in the pack go into the draft, and the file itself into the
//! studio's pictures, for the export to put in the pack file at that path (the curator is told
//! where, and, for the map, the CSS values the page needs). A file that is not a
//! picture, or not one the browser can decode, is named in the form and changes nothing.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::browser_files::{read_bytes, take_picked_file, upright_size};
use super::draft_edits::{picture_at, use_picture};
use super::draft_texts::text;
use super::file_button::FileButton;
use super::map_maths::map_css;
use super::opening::Refusal;
use super::picture_file::{fitted_size, read_picture, suggested_path};
use super::selection::field_id;
use super::state::{Notice, Studio};
use crate::decimals::plain;
use crate::lang::Lang;
use crate::lang::Words;

const PICK: Words = Words("选择图片文件…", "Pick a picture file…");
const IN_THE_PACK: Words = Words("导出时放入内容包：", "Exported in the pack file as");
/// The most room the picked picture takes in the form, in CSS pixels.
const SHOWN_AT_MOST: (f64, f64) = (240.0, 160.0);

/// A picture file picked in this form: its file's name, beside the path it has in the pack.
#[derive(Clone)]
struct Picked {
    name: String,
    path: String,
}

/// A file input for the picture at `place` (`map.image`, `photos[3].image`); new pictures are
/// suggested a path in `folder`.
#[component]
pub fn PicturePicker(place: String, folder: &'static str) -> impl IntoView {
    let studio = expect_context::<Studio>();
    let ui = studio.lang;
    let id = format!("{}-file", field_id(&place));
    let picked = RwSignal::new(None::<Picked>);
    let refused = RwSignal::new(None::<Refusal>);

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
                let size = if picture.kind == "svg" {
                    (picture.width, picture.height)
                } else {
                    match upright_size(&file).await {
                        Ok(size) => size,
                        Err(refusal) => return refuse(refusal),
                    }
                };
                let path = suggested_path(folder, &name, picture.kind);
                refused.try_set(None);
                studio.bring_picture(path.clone(), bytes);
                studio.change(None, |d| use_picture(d, &place, path.clone(), size));
                picked.try_set(Some(Picked {
                    name: name.clone(),
                    path: path.clone(),
                }));
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

    // The draft's picture, when it was brought into the studio (picked here or before, or in
    // a pack file opened): shown from the studio's copy, its file's name beside it if picked here.
    let size_place = place.clone();
    let shown = move || {
        let path = shown_src.get()?;
        let address = studio.picture_urls.with(|urls| urls.get(&path).cloned())?;
        let (w, h) = studio
            .draft
            .with(|d| picture_at(d, &size_place).map(|p| (p.width, p.height)))?;
        let name = picked.with(|p| {
            p.as_ref()
                .filter(|p| p.path == path)
                .map(|p| p.name.clone())
        });
        Some((name, path, address, (w, h)))
    };
    let alt_place = format!("{owner}.alt");
    let alt = Signal::derive(move || {
        let lang = ui.get();
        studio.draft.with(|d| text(d, &alt_place, lang))
    });
    let picture = move || {
        shown().map(|(name, path, address, (w, h))| {
            let (css_w, css_h) = fitted_size(w, h, SHOWN_AT_MOST);
            let label = {
                let fallback = name.clone().unwrap_or_else(|| path.clone());
                move || {
                    let alt = alt.get();
                    if alt.trim().is_empty() {
                        fallback.clone()
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
                    <img src=address alt=label width=plain(css_w) height=plain(css_h) />
                    <figcaption>
                        {name.map(|name| view! { <span class="picked-name">{name}</span> })}
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
