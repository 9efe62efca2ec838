//! The map as the curator edits it: hotspots, site labels and (for the selected site) its
//! outline's corners, each a button that can be dragged, or moved with the arrow keys. A map
//! larger than its column scrolls, and shows it: a shade and an arrow at each side it hides.

use std::rc::Rc;

use leptos::html::Div;
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{KeyboardEvent, PointerEvent, ResizeObserver};

use super::draft_edits::{move_point, point};
use super::map_maths::{
    dragged, hidden_ends, nudged, scroll_to_sight, width_keeping_apart, MarkerBox, STUDIO_MAP_WIDTH,
};
use super::photo_placer::{place_photo, placing_help, point_under, Crosshair, PlacingPhoto};
use super::selection::Selection;
use super::state::Studio;
use crate::content::Point;
use crate::lang::Words;

/// Every marker is a target at least this many CSS pixels square (WCAG 2.5.5's 44 px).
const TARGET_PX: f64 = 44.0;
/// Space kept between two targets, so that they do not touch either.
const TARGET_GAP_PX: f64 = 4.0;
/// A site label is at most this wide (`max-width` in style/studio.css), and about this wide a
/// character (Latin, 0.8rem bold; a Chinese character counts twice).
const LABEL_MAX_PX: f64 = 160.0;
const LABEL_CHAR_PX: f64 = 7.5;
const LABEL_PADDING_PX: f64 = 22.0;
/// A click on the arrow at a side of the map scrolls it this share of the frame's width (or height).
const SCROLL_SHARE: f64 = 0.8;
/// The map grows to keep markers apart, but never past this width (markers on one spot).
const WIDEST_MAP_PX: f64 = 3200.0;

const MAP: Words = Words("地图编辑", "Map editor");
const HELP: Words = Words(
    "拖动标记来移动它。选中后：方向键移动 1 个地图像素，Shift+方向键移动 10 个；Delete 删除选中的照片。",
    "Drag a marker to move it. Selected: arrow keys move it 1 map pixel, Shift+arrows 10; Delete removes the selected photo.",
);
const SCROLLS: Words = Words(
    "地图比这一栏大：滚动可看到其余部分（点边上的箭头也可以），Tab 键也会逐个到达每个标记。",
    "The map is larger than this column: scroll it to see the rest (or click an arrow at its edge); Tab reaches every marker too.",
);
const OUTLINE_POINT: Words = Words("轮廓点", "Outline point");
const SITE: Words = Words("地点", "Site");
const HOTSPOT: Words = Words("热点", "Hotspot");

/// Where a drag started: the pointer, the marker, and the map's drawn size.
#[derive(Clone, Copy)]
struct Drag {
    x: f64,
    y: f64,
    start: Point,
    drawn: (f64, f64),
}

#[component]
pub fn MapEditor() -> impl IntoView {
    let studio = expect_context::<Studio>();
    let ui = studio.lang;
    let layer = NodeRef::<Div>::new();
    let frame = NodeRef::<Div>::new();
    let (hidden, measure_sides) = hidden_sides_of(frame, layer);
    let scrolls = move || hidden.get().contains(&true);
    let draft = studio.draft;
    let photos = Memo::new(move |_| draft.with(|d| d.photos.len()));
    let sites = Memo::new(move |_| draft.with(|d| d.sites.len()));
    let size = Memo::new(move |_| draft.with(|d| (d.map.image.width, d.map.image.height)));
    // A raster map is published as its sizes (its original is not): show the one a screen needs.
    let src = Memo::new(move |_| {
        let src = draft.with(|d| d.map.image.sources(STUDIO_MAP_WIDTH).src);
        studio.picture_address(&src)
    });
    let outline = move |site: usize| {
        let points = move || {
            draft.with(|d| {
                d.sites.get(site).map_or_else(String::new, |s| {
                    s.outline
                        .iter()
                        .map(|p| format!("{},{}", p.x * 1000.0, p.y * 1000.0))
                        .collect::<Vec<_>>()
                        .join(" ")
                })
            })
        };
        let chosen = move || studio.selection.get().site() == Some(site);
        view! { <polygon class="site-outline" class:chosen=chosen points=points /> }
    };
    let hotspot = move |i: usize| {
        let label = Signal::derive(move || {
            let lang = ui.get();
            draft.with(|d| {
                d.photos
                    .get(i)
                    .map(|p| {
                        let title = p.title.get(lang);
                        format!(
                            "{} {}: {}",
                            HOTSPOT.get(lang),
                            i + 1,
                            if title.is_empty() { &p.id } else { title }
                        )
                    })
                    .unwrap_or_default()
            })
        });
        view! { <Marker target=Selection::Photo(i) class="studio-hotspot" layer label /> }
    };
    let site_marker = move |i: usize| {
        let name = Signal::derive(move || {
            draft.with(|d| {
                d.sites
                    .get(i)
                    .map(|s| s.name.get(ui.get()).to_string())
                    .unwrap_or_default()
            })
        });
        let label = Signal::derive(move || format!("{}: {}", SITE.get(ui.get()), name.get()));
        view! { <Marker target=Selection::Site(i) class="studio-site" layer label text=name /> }
    };
    // Memos: choosing another corner of the same site, or moving one, must not redraw the
    // corners (the one being dragged would lose its pointer).
    let chosen_site = Memo::new(move |_| studio.selection.get().site());
    let corner_count = Memo::new(move |_| {
        let site = chosen_site.get()?;
        Some((
            site,
            draft.with(|d| d.sites.get(site).map_or(0, |s| s.outline.len())),
        ))
    });
    // The map is drawn at least wide enough that no two targets overlap (a narrow screen
    // scrolls it instead).
    let placing = expect_context::<PlacingPhoto>();
    let narrowest = Memo::new(move |_| {
        let lang = ui.get();
        draft.with(|d| {
            let half = (TARGET_PX + TARGET_GAP_PX) / 2.0;
            let target = (half, half);
            let labels = d.sites.iter().map(|s| {
                let chars: f64 = s
                    .name
                    .get(lang)
                    .chars()
                    .map(|c| if c.is_ascii() { 1.0 } else { 2.0 })
                    .sum();
                let wide = (chars * LABEL_CHAR_PX + LABEL_PADDING_PX).min(LABEL_MAX_PX);
                MarkerBox {
                    at: s.position,
                    half: (wide / 2.0, TARGET_PX / 2.0),
                }
            });
            let hotspots = d.photos.iter().map(|p| MarkerBox {
                at: p.hotspot,
                half: target,
            });
            let markers: Vec<MarkerBox> = labels.chain(hotspots).collect();
            // A site's outline points are shown while it is selected: apart from each other
            // and the markers, not from another site's (two outlines may share a corner).
            let outlines: Vec<Vec<MarkerBox>> = d
                .sites
                .iter()
                .map(|s| {
                    s.outline
                        .iter()
                        .map(|&at| MarkerBox { at, half: target })
                        .collect()
                })
                .collect();
            width_keeping_apart(
                &markers,
                &outlines,
                (d.map.image.width, d.map.image.height),
                WIDEST_MAP_PX,
            )
        })
    });
    let place_here = move |event: web_sys::MouseEvent| {
        if !placing.0.get_untracked() {
            return;
        }
        let Some(layer) = layer.get_untracked() else {
            return;
        };
        let (x, y) = (f64::from(event.client_x()), f64::from(event.client_y()));
        if let Some(at) = point_under(&layer, x, y) {
            place_photo(studio, placing, at);
        }
    };
    let corners = move || {
        let (site, count) = corner_count.get()?;
        Some(
            (0..count)
                .map(move |p| {
                    let label = Signal::derive(move || format!("{} {}", OUTLINE_POINT.get(ui.get()), p + 1));
                    view! { <Marker target=Selection::OutlinePoint(site, p) class="studio-corner" layer label /> }
                })
                .collect_view(),
        )
    };
    view! {
        <section class="studio-map" id="studio-map" tabindex="-1" aria-label=move || MAP.get(ui.get())>
            <div class="studio-map-view">
                <div class="studio-map-frame" node_ref=frame on:scroll=move |_| measure_sides()>
                    <div class="studio-map-layer" node_ref=layer class:is-placing=move || placing.0.get()
                        style=("--map-w", move || size.get().0.to_string())
                        style=("--map-h", move || size.get().1.to_string())
                        style=("--map-narrowest", move || format!("{}px", narrowest.get()))
                        on:click=place_here>
                        <img class="studio-map-image" src=move || src.get() alt="" draggable="false" />
                        <svg class="studio-outlines" viewBox="0 0 1000 1000" preserveAspectRatio="none" aria-hidden="true">
                            {move || (0..sites.get()).map(outline).collect_view()}
                        </svg>
                        {move || (0..sites.get()).map(site_marker).collect_view()}
                        {move || (0..photos.get()).map(hotspot).collect_view()}
                        {corners}
                        <Show when=move || placing.0.get()><Crosshair /></Show>
                    </div>
                </div>
                {Side::ALL.map(|side| view! {
                    <MoreMap frame side shown=Signal::derive(move || hidden.get()[side as usize]) />
                })}
            </div>
            <Show when=scrolls>
                <p class="studio-map-scrolls">{move || SCROLLS.get(ui.get())}</p>
            </Show>
            <Show when=move || placing.0.get()
                fallback=move || view! { <p class="studio-map-help">{move || HELP.get(ui.get())}</p> }>
                {placing_help(ui)}
            </Show>
        </section>
    }
}

/// Which sides of the map `frame` hides (in `Side` order), measured again as it or the map
/// `layer` in it changes size; and the measuring, for the frame's scroll events.
fn hidden_sides_of(
    frame: NodeRef<Div>,
    layer: NodeRef<Div>,
) -> (ReadSignal<[bool; 4]>, impl Fn() + Copy + 'static) {
    let (hidden, set_hidden) = signal([false; 4]);
    let measure = move || {
        if let Some(frame) = frame.get_untracked() {
            let ends = |scrolled: i32, full: i32, shown: i32| {
                hidden_ends(f64::from(scrolled), f64::from(full), f64::from(shown))
            };
            let (left, right) = ends(
                frame.scroll_left(),
                frame.scroll_width(),
                frame.client_width(),
            );
            let (top, bottom) = ends(
                frame.scroll_top(),
                frame.scroll_height(),
                frame.client_height(),
            );
            let sides = [left, right, top, bottom];
            if sides != hidden.get_untracked() {
                set_hidden.set(sides);
            }
        }
    };
    let callback = Closure::<dyn Fn()>::new(measure);
    let observer = ResizeObserver::new(callback.as_ref().unchecked_ref()).ok();
    let watched = SendWrapper::new(Rc::new((observer, callback)));
    Effect::new({
        let watched = watched.clone();
        move || {
            if let ((Some(observer), _), Some(frame), Some(layer)) =
                (&**watched, frame.get(), layer.get())
            {
                observer.observe(&frame);
                observer.observe(&layer);
            }
        }
    });
    on_cleanup(move || {
        if let (Some(observer), _) = &**watched {
            observer.disconnect();
        }
    });
    (hidden, measure)
}

/// A side of the map's frame.
#[derive(Clone, Copy, PartialEq)]
enum Side {
    Left,
    Right,
    Top,
    Bottom,
}

impl Side {
    const ALL: [Side; 4] = [Side::Left, Side::Right, Side::Top, Side::Bottom];

    fn class(self) -> &'static str {
        match self {
            Side::Left => "studio-map-more is-left",
            Side::Right => "studio-map-more is-right",
            Side::Top => "studio-map-more is-top",
            Side::Bottom => "studio-map-more is-bottom",
        }
    }

    /// How far a click on its arrow scrolls a frame `shown` pixels wide and tall.
    fn step(self, (wide, tall): (f64, f64)) -> (f64, f64) {
        match self {
            Side::Left => (-wide * SCROLL_SHARE, 0.0),
            Side::Right => (wide * SCROLL_SHARE, 0.0),
            Side::Top => (0.0, -tall * SCROLL_SHARE),
            Side::Bottom => (0.0, tall * SCROLL_SHARE),
        }
    }
}

/// The shade at a side of the map where more of it is out of sight, and an arrow that scrolls
/// there (a mouse without a wheel that way). Seen only: keyboards reach the markers by Tab.
#[component]
fn MoreMap(frame: NodeRef<Div>, side: Side, shown: Signal<bool>) -> impl IntoView {
    let scroll = move |_| {
        if let Some(frame) = frame.get_untracked() {
            let (x, y) = side.step((
                f64::from(frame.client_width()),
                f64::from(frame.client_height()),
            ));
            frame.scroll_by_with_x_and_y(x, y);
        }
    };
    view! {
        <div class=side.class() class:is-shown=shown aria-hidden="true">
            <span on:click=scroll>"›"</span>
        </div>
    }
}

/// One draggable marker for the point `target` stands for.
#[component]
fn Marker(
    target: Selection,
    class: &'static str,
    layer: NodeRef<Div>,
    label: Signal<String>,
    #[prop(optional)] text: Option<Signal<String>>,
) -> impl IntoView {
    let studio = expect_context::<Studio>();
    let draft = studio.draft;
    let at = Memo::new(move |_| draft.with(|d| point(d, target)).unwrap_or_default());
    let drag = StoredValue::new(None::<Drag>);
    let selected = move || studio.selection.get() == target;
    // Chosen elsewhere (the item list, a reload) on a map that scrolls: brought into sight.
    // Not one pressed on the map: it is in sight, and it must not move under the pointer (one
    // under a shade would jump to the middle as the drag begins).
    let button = NodeRef::<leptos::html::Button>::new();
    Effect::new(move || {
        if let (true, Some(button)) = (selected(), button.get()) {
            if drag.with_value(Option::is_none) {
                bring_into_sight(&button);
            }
        }
    });
    let down = move |event: PointerEvent| {
        if event.button() != 0 {
            return;
        }
        studio.selection.set(target);
        let Some(layer) = layer.get_untracked() else {
            return;
        };
        let rect = layer.get_bounding_client_rect();
        drag.set_value(Some(Drag {
            x: f64::from(event.client_x()),
            y: f64::from(event.client_y()),
            start: at.get_untracked(),
            drawn: (rect.width(), rect.height()),
        }));
        if let Some(element) = event
            .current_target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        {
            let _ = element.set_pointer_capture(event.pointer_id());
        }
    };
    let moved = move |event: PointerEvent| {
        if let Some(drag) = drag.get_value() {
            let shift = (
                f64::from(event.client_x()) - drag.x,
                f64::from(event.client_y()) - drag.y,
            );
            let to = dragged(drag.start, shift, drag.drawn);
            studio.live(|d| {
                move_point(d, target, to);
            });
        }
    };
    let up = move |_: PointerEvent| {
        if drag.try_update_value(Option::take).flatten().is_some() {
            studio.settle(None);
        }
    };
    let key = move |event: KeyboardEvent| {
        let key = event.key();
        if let (Selection::Photo(i), "Delete" | "Backspace") = (target, key.as_str()) {
            event.prevent_default();
            studio.delete_photo(i);
            return;
        }
        let size = draft.with_untracked(|d| (d.map.image.width, d.map.image.height));
        let Some(to) = nudged(at.get_untracked(), &key, event.shift_key(), size) else {
            return;
        };
        event.prevent_default();
        studio.selection.set(target);
        studio.change(Some(&format!("nudge {target:?}")), |d| {
            move_point(d, target, to)
        });
    };
    view! {
        <button node_ref=button type="button" class=format!("studio-marker {class}") class:is-selected=selected
            aria-pressed=move || selected().to_string()
            aria-label=move || { let p = at.get(); format!("{} (x {}, y {})", label.get(), p.x, p.y) }
            style:left=move || format!("{}%", at.get().x * 100.0)
            style:top=move || format!("{}%", at.get().y * 100.0)
            on:pointerdown=down on:pointermove=moved on:pointerup=up on:pointercancel=up
            on:click=move |_| studio.selection.set(target) on:keydown=key>
            {text.map(|text| view! { <span class="marker-text" aria-hidden="true">{move || text.get()}</span> })}
        </button>
    }
}

/// Scrolls the map's frame (only it, not the page) so a marker out of its sight, or under the
/// shades at its edges, is in the middle of what the frame shows.
fn bring_into_sight(marker: &web_sys::HtmlElement) {
    let Some(frame) = marker.closest(".studio-map-frame").ok().flatten() else {
        return;
    };
    let (seen, at) = (
        frame.get_bounding_client_rect(),
        marker.get_bounding_client_rect(),
    );
    let x = scroll_to_sight(at.left(), at.width(), seen.left(), seen.width(), SHADE_PX);
    let y = scroll_to_sight(at.top(), at.height(), seen.top(), seen.height(), SHADE_PX);
    if x != 0.0 || y != 0.0 {
        frame.scroll_by_with_x_and_y(x, y);
    }
}

/// How far in from the frame's edges a marker counts as in sight: the shades' width
/// (`--map-shade`, 3.5rem, in style/studio.css).
const SHADE_PX: f64 = 56.0;
