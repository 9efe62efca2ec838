//! Browser tests: the real components mounted in headless Chromium, driven by clicks and keys,
//! asserted on what the visitor would see. Run with `cargo test --target wasm32-unknown-unknown`.
#![cfg(target_arch = "wasm32")]

use leptos::mount::mount_to;
use leptos::prelude::*;
use leptos::task::tick;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, KeyboardEvent, KeyboardEventInit};

use shijingshan_exhibit::content::PackError;
use shijingshan_exhibit::format;
use shijingshan_exhibit::hooks::use_swipe::{classify, Swipe};
use shijingshan_exhibit::lang::Lang;
use shijingshan_exhibit::load::LoadError;
use shijingshan_exhibit::pan_zoom::{fitted, pinch, MapView, Size, MAX_SCALE};
use shijingshan_exhibit::route::Route;
use shijingshan_exhibit::state::{Exhibition, Visit};
use shijingshan_exhibit::views::exhibit_map::ExhibitMap;
use shijingshan_exhibit::views::language_switch::LanguageSwitch;
use shijingshan_exhibit::views::load_error::LoadErrorScreen;
use shijingshan_exhibit::views::photo_dialog::PhotoDialog;
use shijingshan_exhibit::views::statistics::StatisticsFigures;

mod support;
use support::{all, document, mount_exhibit, next_frame, pack, stage};

wasm_bindgen_test_configure!(run_in_browser);

/// The test pack's photos in visiting order.
fn photos_in_order() -> Vec<shijingshan_exhibit::content::Photo> {
    pack().photos_in_order().into_iter().cloned().collect()
}

fn query() -> String {
    web_sys::window().unwrap().location().search().unwrap()
}

fn one(root: &HtmlElement, selector: &str) -> HtmlElement {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
        .unchecked_into()
}

fn button_named(root: &HtmlElement, name: &str) -> HtmlElement {
    all(root, "button")
        .into_iter()
        .find(|b| {
            b.get_attribute("aria-label").as_deref() == Some(name)
                || b.text_content().as_deref().map(str::trim) == Some(name)
        })
        .unwrap_or_else(|| panic!("no button named {name:?}"))
}

fn press(target: &HtmlElement, key: &str) {
    let init = KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let event = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    target.dispatch_event(&event).unwrap();
}

/// Resolves after `ms` milliseconds of the page's own clock.
async fn wait_ms(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(resolve.unchecked_ref(), ms);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Mounts `view` with the exhibit's state provided, as the app does once the pack has loaded.
/// Resolves after the tasks already queued: the map renders its sites, hotspots and controls
/// one task after itself (views::deferred).
async fn next_task() {
    wait_ms(0).await;
    tick().await;
}

/// Resolves once the address bar has followed the exhibit: after the next paint.
async fn address_written() {
    next_frame().await;
    next_task().await;
}

#[wasm_bindgen_test]
fn pan_zoom_clamps_zoom_and_position() {
    let map = Size {
        width: 1600.0,
        height: 1000.0,
    };
    // Landscape: the whole map fits (a portrait viewport draws it larger; see pan_zoom).
    let viewport = Size {
        width: 800.0,
        height: 600.0,
    };
    let base = fitted(map, viewport);
    assert_eq!(
        base,
        Size {
            width: 800.0,
            height: 500.0
        }
    );
    let home = MapView::home(base, viewport);
    assert_eq!(
        (home.x, home.y),
        (0.0, 50.0),
        "a map smaller than the viewport is centred"
    );
    let zoomed = home.zoomed_about(10.0, 400.0, 400.0, base, viewport, MAX_SCALE);
    assert_eq!(zoomed.scale, MAX_SCALE);
    let lost = zoomed.panned(5000.0, -5000.0, base, viewport, MAX_SCALE);
    assert_eq!(
        (lost.x, lost.y),
        (0.0, viewport.height - base.height * MAX_SCALE)
    );
}

#[wasm_bindgen_test]
fn pan_zoom_keeps_the_point_under_the_pointer() {
    let map = Size {
        width: 1600.0,
        height: 1000.0,
    };
    let viewport = Size {
        width: 1600.0,
        height: 1000.0,
    };
    let base = fitted(map, viewport);
    let view =
        MapView::home(base, viewport).zoomed_about(2.0, 400.0, 250.0, base, viewport, MAX_SCALE);
    assert_eq!((view.x, view.y), (-400.0, -250.0));
    assert_eq!(
        view.zoomed_about(0.5, 400.0, 250.0, base, viewport, MAX_SCALE),
        MapView::home(base, viewport)
    );
}

#[wasm_bindgen_test]
fn pinch_scale_follows_the_fingers() {
    let (factor, mid) = pinch(
        [(100.0, 100.0), (200.0, 100.0)],
        [(50.0, 100.0), (250.0, 100.0)],
    )
    .unwrap();
    assert_eq!(factor, 2.0);
    assert_eq!(mid, (150.0, 100.0));
}

#[wasm_bindgen_test]
fn a_sideways_swipe_steps_but_a_scroll_does_not() {
    assert_eq!(classify(-120.0, 10.0), Some(Swipe::Left));
    assert_eq!(classify(120.0, -20.0), Some(Swipe::Right));
    assert_eq!(classify(60.0, 200.0), None);
    assert_eq!(classify(20.0, 0.0), None);
}

#[wasm_bindgen_test]
fn numbers_and_dates_follow_the_language() {
    assert_eq!(format::amount(Lang::Zh, 15.3e9), "153亿");
    assert_eq!(format::amount(Lang::En, 15.3e9), "15.3 billion");
    assert_eq!(format::yuan(Lang::Zh, 15.3e9), "153亿元");
    assert_eq!(format::us_dollars(Lang::En, 2.13e9), "US$2.13 billion");
    assert_eq!(format::amount(Lang::En, 236.0), "236");
    assert_eq!(format::date(Lang::En, "2025-06-20"), "June 20, 2025");
    assert_eq!(format::date(Lang::Zh, "2025-06-20"), "2025年6月20日");
}

#[wasm_bindgen_test]
async fn the_language_switch_changes_the_page_language() {
    let root = stage("?lang=en");
    let _mounted = mount_to(root.clone(), || {
        provide_context(Visit::from_page());
        view! { <LanguageSwitch /> }
    });
    tick().await;
    let html = document().document_element().unwrap();
    assert_eq!(html.get_attribute("lang").as_deref(), Some("en"));
    button_named(&root, "中文").click();
    tick().await;
    assert_eq!(html.get_attribute("lang").as_deref(), Some("zh-Hans"));
    assert_eq!(
        button_named(&root, "中文")
            .get_attribute("aria-pressed")
            .as_deref(),
        Some("true")
    );
    assert_eq!(
        button_named(&root, "English")
            .get_attribute("aria-pressed")
            .as_deref(),
        Some("false")
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn every_hotspot_is_a_named_button_that_opens_its_photo() {
    let root = stage("?lang=en");
    let _mounted = mount_exhibit(&root, |_| view! { <ExhibitMap /> });
    next_task().await;
    let hotspots = all(&root, "button.hotspot");
    assert_eq!(hotspots.len(), pack().photos.len());
    let photo = &photos_in_order()[1];
    let site = pack()
        .site(&photo.site)
        .unwrap()
        .name
        .get(Lang::En)
        .to_string();
    let name = format!("{} · {site}", photo.title.get(Lang::En));
    let button = hotspots
        .iter()
        .find(|b| b.get_attribute("aria-label").unwrap().starts_with(&name))
        .unwrap_or_else(|| panic!("a hotspot named {name:?}"));
    assert!(button
        .get_attribute("aria-label")
        .unwrap()
        .ends_with("open photo"));
    button.click();
    address_written().await;
    assert!(
        query().contains(&format!("photo={}", photo.id)),
        "the address names the photo: {}",
        query()
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn the_address_follows_an_opening_after_its_paint_and_one_closed_at_once_leaves_no_entry() {
    // (The stage's entry has no state; an entry the exhibit pushes has `true`.)
    let pushed = || {
        web_sys::window()
            .unwrap()
            .history()
            .unwrap()
            .state()
            .unwrap()
            == true
    };
    let photo = photos_in_order()[1].clone();
    let mount = || {
        let root = stage("?lang=en");
        let exhibition = StoredValue::new(None::<Exhibition>);
        let mounted = mount_exhibit(&root, move |state| exhibition.set_value(Some(state)));
        (root, mounted, exhibition.get_value().unwrap())
    };
    let (root, mounted, exhibition) = mount();
    exhibition.open(Route::Photo(photo.id.clone()));
    tick().await;
    assert!(
        !query().contains("photo="),
        "not yet: the photo is drawn first"
    );
    address_written().await;
    assert!(
        query().contains(&format!("photo={}", photo.id)),
        "{}",
        query()
    );
    assert!(pushed(), "a new entry, so Back closes the photo");
    drop(mounted);
    root.remove();

    // Opened and closed within one frame (a double tap on a hotspot and Escape, say).
    let (root, _mounted, exhibition) = mount();
    exhibition.open(Route::Photo(photo.id.clone()));
    exhibition.close();
    address_written().await;
    assert!(!query().contains("photo="), "{}", query());
    assert!(!pushed(), "no entry for a photo that was never on screen");
    root.remove();
}

#[wasm_bindgen_test]
async fn arrow_keys_move_focus_between_hotspots_in_pack_order() {
    let root = stage("?lang=en");
    let _mounted = mount_exhibit(&root, |_| view! { <ExhibitMap /> });
    next_task().await;
    let hotspots = all(&root, "button.hotspot");
    hotspots[0].focus().unwrap();
    press(&hotspots[0], "ArrowRight");
    assert_eq!(document().active_element().unwrap().id(), hotspots[1].id());
    press(&hotspots[1], "ArrowLeft");
    press(&hotspots[0], "ArrowLeft");
    assert_eq!(
        document().active_element().unwrap().id(),
        hotspots.last().unwrap().id(),
        "wraps around"
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn the_zoom_buttons_change_the_one_map_transform() {
    let root = stage("?lang=en");
    let _mounted = mount_exhibit(
        &root,
        |_| view! { <div style="width:800px;height:600px;display:flex"><ExhibitMap /></div> },
    );
    // The map measures its area when it is first laid out (a ResizeObserver); until then CSS
    // places it and the hook writes nothing.
    next_task().await;
    next_frame().await;
    next_frame().await;
    tick().await;
    let layer = one(&root, ".map-layer");
    let before = layer.style().get_property_value("transform").unwrap();
    button_named(&root, "Zoom in").click();
    tick().await;
    let zoomed = layer.style().get_property_value("transform").unwrap();
    assert_ne!(before, zoomed);
    assert!(zoomed.contains("scale(1.5"), "{zoomed}");
    assert_eq!(
        layer.style().get_property_value("--zoom").unwrap(),
        "1.5000"
    );
    button_named(&root, "Reset map").click();
    tick().await;
    assert_eq!(
        layer.style().get_property_value("transform").unwrap(),
        before
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn the_photo_view_shows_the_photo_and_steps_to_the_next() {
    let photos = photos_in_order();
    let (photo, next) = (&photos[1], &photos[2]);
    let root = stage(&format!("?photo={}&lang=en", photo.id));
    let _mounted = mount_exhibit(&root, |exhibition| {
        let photo = Memo::new(move |_| exhibition.open_photo());
        view! { <PhotoDialog photo /> }
    });
    tick().await;
    let dialog = one(&root, "dialog");
    assert_eq!(dialog.get_attribute("aria-modal").as_deref(), Some("true"));
    assert_eq!(
        one(&root, "#photo-title").text_content().unwrap(),
        photo.title.get(Lang::En)
    );
    let text = dialog.text_content().unwrap();
    assert!(text.contains(photo.caption.get(Lang::En)), "{text}");
    assert!(text.contains(photo.credit.get(Lang::En)));
    assert!(text.contains(&format::date(Lang::En, &photo.date)));
    assert!(text.contains(photo.image_note.as_ref().unwrap().get(Lang::En)));
    button_named(&root, "Next photo").click();
    tick().await;
    assert_eq!(
        one(&root, "#photo-title").text_content().unwrap(),
        next.title.get(Lang::En)
    );
    address_written().await;
    assert!(query().contains(&format!("photo={}", next.id)));
    press(&one(&root, ".photo-layout"), "ArrowLeft");
    tick().await;
    assert_eq!(
        one(&root, "#photo-title").text_content().unwrap(),
        photo.title.get(Lang::En)
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn the_statistics_read_as_sentences_in_both_languages() {
    let root = stage("?lang=zh");
    let _mounted = mount_exhibit(&root, |_| view! { <StatisticsFigures /> });
    tick().await;
    let spoken: Vec<String> = all(&root, ".visually-hidden")
        .iter()
        .map(|e| e.text_content().unwrap())
        .collect();
    // The test pack's figures: 512, 4.56e9 yuan (about US$6.3e8), a share in words.
    let count_label = pack().statistics[0].label.get(Lang::Zh).to_string();
    assert!(
        spoken.iter().any(|s| *s == format!("512{count_label}")),
        "{spoken:?}"
    );
    assert!(
        spoken
            .iter()
            .any(|s| s.starts_with("45.6亿元") && s.contains("6.3亿美元")),
        "{spoken:?}"
    );
    assert!(
        spoken.iter().any(|s| s.starts_with("约五分之二")),
        "{spoken:?}"
    );
    assert!(one(&root, "svg[role=img]")
        .get_attribute("aria-label")
        .unwrap()
        .contains("三分之一"));
    root.remove();
}

#[wasm_bindgen_test]
async fn a_load_error_says_what_went_wrong_and_retry_works() {
    let root = stage("?lang=en");
    let retried = RwSignal::new(0);
    let error = LoadError::Pack(PackError::BrokenJson {
        line: 3,
        column: 7,
        message: "expected value".into(),
    });
    let _mounted = mount_to(root.clone(), move || {
        provide_context(Visit::from_page());
        view! { <LoadErrorScreen error on_retry=Callback::new(move |_| retried.update(|n| *n += 1)) /> }
    });
    tick().await;
    let alert = one(&root, "[role=alert]");
    assert!(
        alert.text_content().unwrap().contains("line 3, column 7"),
        "{}",
        alert.text_content().unwrap()
    );
    button_named(&root, "Try again").click();
    assert_eq!(retried.get_untracked(), 1);
    root.remove();
}

#[wasm_bindgen_test]
async fn a_kiosk_load_error_retries_by_itself_but_not_once_the_screen_has_gone() {
    let error = || LoadError::Offline;
    let mount = |retried: RwSignal<u32>| {
        let root = stage("?lang=en&mode=kiosk");
        let mounted = mount_to(root.clone(), move || {
            provide_context(Visit::from_page());
            view! {
                <LoadErrorScreen error=error() retry_after=Some(std::time::Duration::from_millis(60))
                    on_retry=Callback::new(move |_| retried.update(|n| *n += 1)) />
            }
        });
        (root, mounted)
    };
    // Left on screen: it tries again by itself, once.
    let retried = RwSignal::new(0);
    let (root, mounted) = mount(retried);
    wait_ms(200).await;
    assert_eq!(
        retried.get_untracked(),
        1,
        "retried by itself after the delay"
    );
    drop(mounted);
    root.remove();
    // Gone before the delay (the visitor pressed Retry and the pack is loading): no second try.
    let retried = RwSignal::new(0);
    let (root, mounted) = mount(retried);
    button_named(&root, "Try again").click();
    drop(mounted);
    wait_ms(200).await;
    assert_eq!(retried.get_untracked(), 1, "only the visitor's own retry");
    root.remove();
}

#[wasm_bindgen_test]
fn the_kiosk_counts_down_then_resets_then_attracts() {
    use shijingshan_exhibit::hooks::use_idle_reset::{phase_after, IdlePhase, IdleTimes};
    let times = IdleTimes {
        idle_ms: 90_000.0,
        countdown_ms: 10_000.0,
    };
    assert_eq!(phase_after(89_999.0, times, false), IdlePhase::Active);
    assert_eq!(
        phase_after(90_000.0, times, false),
        IdlePhase::Countdown(10)
    );
    assert_eq!(phase_after(99_100.0, times, false), IdlePhase::Countdown(1));
    assert_eq!(phase_after(100_000.0, times, false), IdlePhase::Attract);
    assert_eq!(
        phase_after(5.0, times, true),
        IdlePhase::Attract,
        "attracting until someone comes"
    );
}
