use crate::decimals::{fixed, plain};
use crate::ui_text as ui;
use leptos::html;
use leptos::prelude::*;
use std::sync::atomic::{AtomicIsize, Ordering};
use web_sys::KeyboardEvent;

use crate::content::Photo;
use crate::format;
use crate::hooks::use_pan_zoom::{use_pan_zoom, Fit, PanZoom};
use crate::hooks::use_swipe::{use_swipe, Swipe};
use crate::mode::Mode;
use crate::page;
use crate::pan_zoom::Size;
use crate::picture_widths;
use crate::route::{published_photo_link, qr_code_file, Link, Route};
use crate::state::Exhibition;
use crate::views::language_switch::LanguageSwitch;
use crate::views::modal::{CloseButton, Modal};
use crate::views::qr_code::QrCodeFigure;
use crate::views::scoped_part::Scoped;
use crate::views::statistics::StatisticsFigures;
use crate::views::web_picture::WebPicture;
use crate::views::zoom_controls::ZoomControls;

/// The photo view: the picture, its caption, credit, date and place, the district's numbers,
/// previous/next and share. Stays open while the visitor steps through photos.
///
/// Built once and kept in the page, closed, between openings: an opening fills in the texts
/// and builds the picture, not the whole view (at 4× CPU, building it took ~15 ms of the
/// opening's frame). `photo` is what is open, `None` when nothing is.
#[component]
pub fn PhotoDialog(photo: Memo<Option<Photo>>) -> impl IntoView {
    let exhibition = expect_context::<Exhibition>();
    let opened = photo;
    let open = Signal::derive(move || opened.with(Option::is_some));
    // What the closed view keeps showing, so that closing it changes nothing in the page but
    // its being open, and opening the same photo again changes no text; before the first
    // opening, the first photo, so that Modal's unseen layout lays out real texts.
    let first = exhibition
        .pack()
        .photos_in_order()
        .first()
        .map(|p| (*p).clone());
    let photo = Memo::new(move |before: Option<&Option<Photo>>| {
        opened
            .get()
            .or_else(|| before.cloned().flatten())
            .or_else(|| first.clone())
    });
    let lang = exhibition.visit.lang;
    let pack = exhibition.pack();
    let total = pack.photos.len();
    // Which way the visitor is going through the photos: forward until they step back. Only
    // that way's next picture is fetched ahead.
    let heading = std::sync::Arc::new(AtomicIsize::new(1));

    let step = {
        let heading = heading.clone();
        move |by: isize| {
            heading.store(by.signum(), Ordering::Relaxed);
            let current = photo.get_untracked().map(|p| p.id);
            if let Some(next) =
                current.and_then(|id| exhibition.pack().neighbour(&id, by).map(|p| p.id.clone()))
            {
                exhibition.replace(Route::Photo(next));
            }
        }
    };
    let on_close = Callback::new(move |_| exhibition.close());
    let on_step = Callback::new(step);
    // The photo whose picture has arrived: the next picture is fetched only then, so the one
    // the visitor is waiting for has the line to itself. (`load` does not bubble:
    // the figure hears it in the capture phase.)
    let shown = RwSignal::new(None::<String>);
    // (Set only when it changes: a zoom's sharper size loads again, and must not rebuild them.)
    let on_picture_load = move |_| {
        let id = opened.with_untracked(|p| p.as_ref().map(|p| p.id.clone()));
        if shown.with_untracked(|s| *s != id) {
            shown.set(id);
        }
    };
    let ahead = move || {
        opened
            .get()
            .filter(|p| shown.with(|s| s.as_deref() == Some(p.id.as_str())))
            .map(|p| (p, heading.load(Ordering::Relaxed)))
    };

    let position = {
        let pack = pack.clone();
        move || {
            let id = photo.get().map(|p| p.id).unwrap_or_default();
            let n = pack
                .photos_in_order()
                .iter()
                .position(|p| p.id == id)
                .map_or(0, |i| i + 1);
            ui::photo_of(lang.get(), n, total)
        }
    };
    let site_name = {
        let pack = pack.clone();
        move || {
            let site = photo.get().map(|p| p.site).unwrap_or_default();
            pack.site(&site)
                .map(|s| s.name.get(lang.get()).to_string())
                .unwrap_or_default()
        }
    };
    let field = move |pick: fn(&Photo) -> &crate::content::Text| {
        move || {
            photo
                .get()
                .map(|p| pick(&p).get(lang.get()).to_string())
                .unwrap_or_default()
        }
    };
    let date = move || {
        photo
            .get()
            .map(|p| format::date(lang.get(), &p.date))
            .unwrap_or_default()
    };
    let opener = exhibition.opener;
    let kiosk_qr =
        exhibition.visit.mode == Mode::Kiosk && !pack.settings.public_base_url.is_empty();

    // The view opens with the focus on Previous, not on the zoom control that comes before it
    // in the page (inside the picture, where the arrow keys pan).
    let first_focus = NodeRef::<leptos::html::Button>::new();
    view! {
        <Modal labelled_by="photo-title" class="photo-view" on_close first_focus open
            return_focus=Signal::derive(move || opener.get_value())>
            <div class="photo-layout">
                <figure class="photo-figure" on:load:capture=on_picture_load>
                    // (Built at each opening, so a photo opened again starts whole and unzoomed,
                    // and its arrow-key and swipe listeners are gone while the view is closed.)
                    {move || opened.get().map(|p| view! { <Scoped><Picture photo=p on_step /></Scoped> })}
                </figure>
                <div class="photos-ahead" hidden>
                    {move || ahead().map(|(p, by)| view! { <Scoped><PictureAhead photo=p by /></Scoped> })}
                </div>
                <div class="photo-text">
                    <p class="photo-kicker">
                        <span>{site_name.clone()}</span>
                        <span class="photo-count">{position}</span>
                    </p>
                    <h2 id="photo-title">{field(|p| &p.title)}</h2>
                    <p class="photo-caption">{field(|p| &p.caption)}</p>
                    <dl class="photo-facts">
                        <div>
                            <dt>{move || ui::PHOTO_CREDIT.get(lang.get())}</dt>
                            <dd>{field(|p| &p.credit)}</dd>
                        </div>
                        <div>
                            <dt>{move || ui::TAKEN_ON.get(lang.get())}</dt>
                            <dd>{date}</dd>
                        </div>
                        <div>
                            <dt>{move || ui::SITE.get(lang.get())}</dt>
                            <dd>{site_name}</dd>
                        </div>
                    </dl>
                    <StatisticsFigures compact=true />
                    {kiosk_qr.then(|| view! { <TakeItHome photo /> })}
                </div>
                <div class="photo-actions">
                    <button node_ref=first_focus type="button" class="round-button previous-button" aria-label=move || ui::PREVIOUS.get(lang.get())
                        on:click=move |_| on_step.run(-1)>
                        <span aria-hidden="true">"←"</span>
                    </button>
                    <button type="button" class="round-button next-button" aria-label=move || ui::NEXT.get(lang.get())
                        on:click=move |_| on_step.run(1)>
                        <span aria-hidden="true">"→"</span>
                    </button>
                    // A kiosk's visitors take a photo home by its QR code, not the system's share sheet.
                    {(exhibition.visit.mode != Mode::Kiosk).then(|| view! { <ShareButton photo=opened /> })}
                    <LanguageSwitch />
                    <CloseButton on_close />
                </div>
            </div>
        </Modal>
    }
}

/// The picture with its space reserved before it loads, in its average colour until it has,
/// and a placeholder if it cannot load. The visitor zooms into it (up to its own pixels, with
/// a larger web size fetched only then) and pans the zoomed picture; not zoomed, a swipe or
/// the arrow keys step to another photo.
#[component]
fn Picture(photo: Photo, on_step: Callback<isize>) -> impl IntoView {
    let exhibition = expect_context::<Exhibition>();
    let lang = exhibition.visit.lang;
    let failed = RwSignal::new(false);
    let alt = StoredValue::new(photo.alt.clone());
    let note = photo.image_note.clone();
    let image = StoredValue::new(photo.image.clone());
    let aspect = image.with_value(|i| format!("{} / {}", plain(i.width), plain(i.height)));
    let colour = image.with_value(|i| i.sizes.as_ref().map(|s| s.colour.clone()));
    let widths = image.with_value(|i| i.sizes.as_ref().map(|s| s.widths.clone()));
    let size = image.with_value(|i| Size {
        width: i.width,
        height: i.height,
    });
    let widest_px = (widths.as_ref().and_then(|w| w.last())).map_or(size.width, |&w| f64::from(w));

    let viewport = NodeRef::<html::Div>::new();
    let zoom = use_pan_zoom(viewport, Fit::Picture { size, widest_px });
    let zoomed = Memo::new(move |_| zoom.frame.with(|f| f.zoomed_in()));
    let sizes = detail_sizes(zoom, widths);

    // On the window, not the dialog: a click on the picture or the text moves focus off the
    // buttons, and the keys must still work.
    let keys = window_event_listener(leptos::ev::keydown, move |event: KeyboardEvent| {
        if zoom.feed_key(&event, zoomed.get_untracked()) {
            return;
        }
        let by = match event.key().as_str() {
            "ArrowRight" => 1,
            "ArrowLeft" => -1,
            _ => return,
        };
        event.prevent_default();
        on_step.run(by);
    });
    on_cleanup(move || keys.remove());
    let swipe = use_swipe();
    let on_down = move |event: web_sys::PointerEvent| {
        // A second finger is a pinch, and a zoomed picture pans: neither is a swipe.
        if event.is_primary() && !zoomed.get_untracked() {
            swipe.pointer_down(&event);
        } else {
            swipe.cancel();
        }
    };
    let on_up = move |event: web_sys::PointerEvent| {
        if zoomed.get_untracked() {
            swipe.cancel();
            return;
        }
        match swipe.pointer_up(&event) {
            Some(Swipe::Left) => on_step.run(1),
            Some(Swipe::Right) => on_step.run(-1),
            None => {}
        }
    };

    view! {
        <div class="picture-stage">
            <div
                class="picture-frame"
                class:zoomed=move || zoomed.get()
                node_ref=viewport
                style:aspect-ratio=aspect
                style:background=colour
                on:pointerdown=on_down
                on:pointerup=on_up
                on:pointercancel=move |_| swipe.cancel()
            >
                <Show
                    when=move || !failed.get()
                    fallback=move || view! {
                        <div class="picture-missing" role="img" aria-label=move || ui::PICTURE_MISSING.get(lang.get())>
                            <span aria-hidden="true">{move || ui::PICTURE_MISSING.get(lang.get())}</span>
                        </div>
                    }
                >
                    <div
                        class="picture-layer"
                        style:width=zoom.layer_style(|frame| format!("{}px", fixed(frame.base.width, 1)))
                        style:height=zoom.layer_style(|frame| format!("{}px", fixed(frame.base.height, 1)))
                        style:transform=zoom.layer_style(|frame| frame.view.css_transform())
                    >
                        <WebPicture
                            picture=image.get_value()
                            sizes
                            fallback_width=picture_widths::PHOTO_FALLBACK
                            alt=Signal::derive(move || alt.with_value(|a| a.get(lang.get()).to_string()))
                            urgent=true
                            on_error=Callback::new(move |_| {
                                failed.set(true);
                                zoom.turn_off();
                            })
                        />
                    </div>
                </Show>
                {note.map(|note| view! { <span class="illustration-tag">{move || note.get(lang.get()).to_string()}</span> })}
            </div>
            {move || (!failed.get()).then(|| view! {
                <ZoomControls pan_zoom=zoom class="photo-zoom"
                    label=Signal::derive(move || ui::PHOTO_ZOOM.get(lang.get()).to_string())
                    reset_label=Signal::derive(move || ui::WHOLE_PHOTO.get(lang.get()).to_string())
                    described_by="photo-zoom-help" />
                <p id="photo-zoom-help" class="visually-hidden">{move || ui::PHOTO_ZOOM_HELP.get(lang.get())}</p>
            })}
        </div>
    }
}

/// The picture's `sizes`: the photo view's until the visitor zooms; then one that has the
/// browser fetch the web size sharp at the zoomed width (never smaller than the one it has,
/// and kept once fetched, so zooming back out fetches nothing).
fn detail_sizes(zoom: PanZoom, widths: Option<Vec<u32>>) -> Signal<String> {
    let choice = Memo::new(move |before: Option<&Option<(u32, String)>>| {
        let before = before.cloned().flatten();
        let widths = widths.as_deref()?;
        let (zoomed, drawn) = zoom
            .frame
            .with(|f| (f.zoomed_in(), f.base.width * f.view.scale));
        if !zoomed {
            return before;
        }
        let window = window();
        let screen = window
            .inner_width()
            .ok()
            .and_then(|w| w.as_f64())
            .unwrap_or(drawn);
        let drawn = drawn.max(picture_widths::photo_view_width(screen));
        let now = picture_widths::zoomed_choice(widths, drawn, window.device_pixel_ratio());
        match (before, now) {
            (Some(before), Some(now)) if before.0 >= now.0 => Some(before),
            (before, now) => now.or(before),
        }
    });
    Signal::derive(move || {
        choice.with(|c| {
            c.as_ref()
                .map_or(picture_widths::PHOTO_VIEW.to_string(), |c| c.1.clone())
        })
    })
}

/// The picture of the photo the visitor goes to next (`by` 1: the next, -1: the one before),
/// fetched once this one has arrived, at the size the photo view will show it (the same
/// `sizes`), so the step shows it at once. Only one: on a phone's line each picture ahead
/// is bytes the visitor may never look at.
#[component]
fn PictureAhead(photo: Photo, by: isize) -> impl IntoView {
    let pack = expect_context::<Exhibition>().pack();
    let next = pack
        .neighbour(&photo.id, by)
        .filter(|next| next.id != photo.id);
    next.map(|next| {
        view! {
            <WebPicture
                picture=next.image.clone()
                sizes=picture_widths::PHOTO_VIEW
                fallback_width=picture_widths::PHOTO_FALLBACK
                alt=""
            />
        }
    })
}

/// The link to a photo as it is published, for sharing: the pack's public address where it has
/// one, else this page's own.
fn public_link(base: &str, photo: &str, lang: crate::lang::Lang) -> String {
    if base.is_empty() {
        let link = Link {
            route: Route::Photo(photo.to_string()),
            lang: Some(lang),
            mode: None,
        };
        page::address::address_with(&link.to_query())
    } else {
        published_photo_link(base, photo, lang)
    }
}

/// In the kiosk: a QR code that takes the photo on screen to the visitor's phone.
#[component]
fn TakeItHome(photo: Memo<Option<Photo>>) -> impl IntoView {
    let lang = expect_context::<Exhibition>().visit.lang;
    // Written by publish for the pack's public address (shown only when there is one).
    let src = Signal::derive(move || {
        photo
            .get()
            .map(|p| qr_code_file(&p.id, lang.get()))
            .unwrap_or_default()
    });
    view! {
        <QrCodeFigure
            src
            label=Signal::derive(move || ui::QR_LABEL.get(lang.get()))
            caption=Signal::derive(move || ui::SCAN_TO_TAKE.get(lang.get()))
        />
    }
}

/// Shares the photo's link: the system share sheet where there is one, else copies the link.
#[component]
fn ShareButton(photo: Memo<Option<Photo>>) -> impl IntoView {
    let exhibition = expect_context::<Exhibition>();
    let lang = exhibition.visit.lang;
    let pack = exhibition.pack();
    let status = RwSignal::new(None::<crate::share::Shared>);
    // "Link copied" is about the photo it was said for: the view, kept between openings,
    // says nothing once another photo is open, or the same one again.
    Effect::new(move || {
        photo.track();
        status.set(None);
    });
    let share = move |_| {
        let Some(current) = photo.get_untracked() else {
            return;
        };
        let url = public_link(
            &pack.settings.public_base_url,
            &current.id,
            lang.get_untracked(),
        );
        let title = current.title.get(lang.get_untracked()).to_string();
        leptos::task::spawn_local(async move {
            status.set(Some(crate::share::share_or_copy(&title, &url).await));
        });
    };
    view! {
        <button type="button" class="tool-button share-button" on:click=share>
            {move || ui::SHARE.get(lang.get())}
        </button>
        <p class="share-status" role="status">
            {move || match status.get() {
                Some(crate::share::Shared::Copied) => ui::LINK_COPIED.get(lang.get()),
                Some(crate::share::Shared::Failed) => ui::COPY_FAILED.get(lang.get()),
                Some(crate::share::Shared::BySystem) | None => "",
            }}
        </p>
    }
}
