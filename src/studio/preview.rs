//! Preview as a visitor: the real exhibit in a frame, reading the draft from this browser's
//! storage (the exhibit does so in a frame named `PREVIEW_FRAME`), at phone, desktop or kiosk
//! size, in either language. The frame is drawn scaled down to fit the screen.

use leptos::html::{Dialog, Div};
use leptos::prelude::*;

use super::state::Studio;
use super::PREVIEW_FRAME;
use crate::lang::Lang;
use crate::lang::Words;

const PREVIEW: Words = Words("以观众视角预览", "Preview as a visitor");
const CLOSE: Words = Words("关闭预览", "Close preview");
const RELOAD: Words = Words("重新载入", "Reload");
const SIZE: Words = Words("屏幕", "Screen");
const LANGUAGE: Words = Words("语言", "Language");
const FRAME: Words = Words("展览预览（草稿）", "Exhibit preview (draft)");

/// The screens a visitor sees the exhibit on: name, size in CSS pixels, and the exhibit's mode.
const SCREENS: [(Words, (f64, f64), &str); 3] = [
    (Words("手机", "Phone"), (390.0, 844.0), "browser"),
    (Words("电脑", "Desktop"), (1440.0, 900.0), "browser"),
    (Words("触屏机", "Kiosk"), (1920.0, 1080.0), "kiosk"),
];

#[component]
pub fn PreviewButton() -> impl IntoView {
    let studio = expect_context::<Studio>();
    let ui = studio.lang;
    let dialog = NodeRef::<Dialog>::new();
    let stage = NodeRef::<Div>::new();
    let screen = RwSignal::new(0usize);
    let lang = RwSignal::new(Lang::En);
    let visit = RwSignal::new(0u32);
    let open = RwSignal::new(false);
    let scale = RwSignal::new(1.0);
    let fit = move || {
        let (_, (w, h), _) = SCREENS[screen.get_untracked()];
        if let Some(stage) = stage.get_untracked() {
            let rect = stage.get_bounding_client_rect();
            scale.set((rect.width() / w).min(rect.height() / h).min(1.0));
        }
    };
    Effect::new(move || {
        screen.track();
        if open.get() {
            request_animation_frame(fit);
        }
    });
    let show = move |_| {
        if let Some(dialog) = dialog.get_untracked() {
            let _ = dialog.show_modal();
            visit.update(|v| *v += 1);
            open.set(true);
        }
    };
    let close = move |_| {
        if let Some(dialog) = dialog.get_untracked() {
            dialog.close();
        }
    };
    let src = move || {
        let (_, _, mode) = SCREENS[screen.get()];
        open.get().then(|| {
            format!(
                "../?lang={}&mode={mode}&preview={}",
                lang.get().code(),
                visit.get()
            )
        })
    };
    let choice = move |i: usize| {
        let (name, _, _) = SCREENS[i];
        view! {
            <button type="button" aria-pressed=move || (screen.get() == i).to_string()
                on:click=move |_| screen.set(i)>{move || name.get(ui.get())}</button>
        }
    };
    let language = move |l: Lang| {
        view! {
            <button type="button" lang=l.tag() aria-pressed=move || (lang.get() == l).to_string()
                on:click=move |_| lang.set(l)>{l.own_name()}</button>
        }
    };
    view! {
        <button type="button" on:click=show>{move || PREVIEW.get(ui.get())}</button>
        <dialog class="preview" node_ref=dialog on:close=move |_| open.set(false)
            aria-label=move || PREVIEW.get(ui.get())>
            <div class="preview-bar">
                <div class="button-group" role="group" aria-label=move || SIZE.get(ui.get())>
                    {(0..SCREENS.len()).map(choice).collect_view()}
                </div>
                <div class="button-group" role="group" aria-label=move || LANGUAGE.get(ui.get())>
                    {language(Lang::Zh)} {language(Lang::En)}
                </div>
                <button type="button" on:click=move |_| visit.update(|v| *v += 1)>{move || RELOAD.get(ui.get())}</button>
                <button type="button" class="primary" on:click=close>{move || CLOSE.get(ui.get())}</button>
            </div>
            <div class="preview-stage" node_ref=stage>
                {move || src().map(|src| {
                    let (_, (w, h), _) = SCREENS[screen.get()];
                    view! {
                        <iframe class="preview-frame" name=PREVIEW_FRAME src=src title=move || FRAME.get(ui.get())
                            style:width=format!("{w}px") style:height=format!("{h}px")
                            style:transform=move || format!("translateX(-50%) scale({})", scale.get())></iframe>
                    }
                })}
            </div>
        </dialog>
    }
}
