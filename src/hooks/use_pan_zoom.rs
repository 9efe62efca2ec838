//! Pan and zoom for the map by mouse, touch, trackpad and keyboard.
//!
//! The hook owns the view maths' state and writes one CSS transform to one layer, so the
//! hotspots inside it are never re-rendered while the map moves.
//!
//! ```ignore
//! let pan_zoom = use_pan_zoom(viewport_ref, layer_ref, Size { width: 1600.0, height: 1000.0 });
//! view! { <div node_ref=viewport_ref on:pointerdown=move |e| pan_zoom.pointer_down(&e)> … }
//! ```

use leptos::html;
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{KeyboardEvent, PointerEvent, ResizeObserver, WheelEvent};

use crate::pan_zoom::{fitted, pinch, MapView, Size, PAN_STEP_PX, ZOOM_STEP};

/// A press that moves further than this is a drag, not a tap.
pub const DRAG_THRESHOLD_PX: f64 = 8.0;
/// Two taps closer than this in time are a double-tap.
const DOUBLE_TAP_MS: f64 = 320.0;
/// Wheel and trackpad-pinch sensitivity: zoom factor per pixel of wheel delta.
const WHEEL_ZOOM_PER_PX: f64 = 0.0025;
const PINCH_ZOOM_PER_PX: f64 = 0.01;

#[derive(Clone, Copy, Debug, PartialEq)]
struct Finger {
    id: i32,
    x: f64,
    y: f64,
}

#[derive(Clone, Copy, Debug, Default)]
struct Gesture {
    fingers: [Option<Finger>; 2],
    start: (f64, f64),
    dragging: bool,
    last_tap: Option<(f64, f64, f64)>,
}

#[derive(Clone, Copy)]
pub struct PanZoom {
    pub view: RwSignal<MapView>,
    pub base: RwSignal<Size>,
    viewport_size: RwSignal<Size>,
    /// Whether the viewport has been measured yet.
    measured: RwSignal<bool>,
    map: Size,
    viewport: NodeRef<html::Div>,
    gesture: StoredValue<Gesture>,
    /// Set when the last press became a drag, so the click that ends it opens nothing.
    dragged: StoredValue<bool>,
}

pub fn use_pan_zoom(viewport: NodeRef<html::Div>, layer: NodeRef<html::Div>, map: Size) -> PanZoom {
    let start = Size {
        width: map.width,
        height: map.height,
    };
    let pan_zoom = PanZoom {
        view: RwSignal::new(MapView::default()),
        base: RwSignal::new(start),
        viewport_size: RwSignal::new(start),
        measured: RwSignal::new(false),
        map,
        viewport,
        gesture: StoredValue::new(Gesture::default()),
        dragged: StoredValue::new(false),
    };
    watch_size(viewport, move || pan_zoom.measure());
    // Until the viewport has been measured, CSS fits and centres the layer (style/map.css), as
    // the static shell's picture is: the first frame already has everything in its place.
    Effect::new(move || {
        let view = pan_zoom.view.get();
        let base = pan_zoom.base.get();
        if !pan_zoom.measured.get() {
            return;
        }
        if let Some(layer) = layer.get() {
            let style = web_sys::HtmlElement::style(&layer);
            let _ = style.set_property("left", "0");
            let _ = style.set_property("top", "0");
            let _ = style.set_property("width", &format!("{:.1}px", base.width));
            let _ = style.set_property("height", &format!("{:.1}px", base.height));
            let _ = style.set_property("transform", &view.css_transform());
            let _ = style.set_property("--zoom", &format!("{:.4}", view.scale));
        }
    });
    pan_zoom
}

/// Calls `on_resize` whenever the element's box changes size: a window resize, a rotation,
/// the static shell leaving, the list view closing.
fn watch_size(element: NodeRef<html::Div>, on_resize: impl Fn() + 'static) {
    let callback = Closure::<dyn Fn()>::new(on_resize);
    let observer = ResizeObserver::new(callback.as_ref().unchecked_ref()).ok();
    let observer = SendWrapper::new(std::rc::Rc::new((observer, callback)));
    Effect::new({
        let observer = observer.clone();
        move || {
            if let (Some(element), (Some(observer), _)) = (element.get(), &**observer) {
                observer.observe(&element);
            }
        }
    });
    on_cleanup(move || {
        if let (Some(observer), _) = &**observer {
            observer.disconnect();
        }
    });
}

impl PanZoom {
    /// Re-reads the viewport's size and keeps the view valid for it.
    pub fn measure(&self) {
        let Some(element) = self.viewport.get_untracked() else {
            return;
        };
        let rect = element.get_bounding_client_rect();
        let viewport = Size {
            width: rect.width(),
            height: rect.height(),
        };
        if viewport.width <= 0.0 || viewport.height <= 0.0 {
            return;
        }
        let old_base = self.base.get_untracked();
        let old_viewport = self.viewport_size.get_untracked();
        let base = fitted(self.map, viewport);
        self.viewport_size.set(viewport);
        self.base.set(base);
        self.measured.set(true);
        // Keep the place in the middle of the screen in the middle, at the same zoom.
        self.view.update(|view| {
            let scale = view.scale;
            let mx = (old_viewport.width / 2.0 - view.x) / (old_base.width * scale);
            let my = (old_viewport.height / 2.0 - view.y) / (old_base.height * scale);
            *view = MapView::centred_on(mx, my, scale, base, viewport);
        });
    }

    fn apply(&self, change: impl FnOnce(MapView, Size, Size) -> MapView) {
        let base = self.base.get_untracked();
        let viewport = self.viewport_size.get_untracked();
        self.view
            .update(|view| *view = change(*view, base, viewport));
    }

    pub fn zoom_by(&self, factor: f64) {
        let viewport = self.viewport_size.get_untracked();
        self.zoom_at(factor, viewport.width / 2.0, viewport.height / 2.0);
    }

    fn zoom_at(&self, factor: f64, x: f64, y: f64) {
        self.apply(|view, base, viewport| view.zoomed_about(factor, x, y, base, viewport));
    }

    pub fn pan_by(&self, dx: f64, dy: f64) {
        self.apply(|view, base, viewport| view.panned(dx, dy, base, viewport));
    }

    pub fn reset(&self) {
        self.apply(|_, base, viewport| MapView::home(base, viewport));
    }

    /// Zooms to `scale` centred on the map point (`x`, `y`), both 0–1.
    pub fn centre_on(&self, x: f64, y: f64, scale: f64) {
        self.apply(|_, base, viewport| MapView::centred_on(x, y, scale, base, viewport));
    }

    /// Brings the map point (`x`, `y`) into view if it is off-screen, keeping the zoom.
    pub fn reveal(&self, x: f64, y: f64) {
        let view = self.view.get_untracked();
        let base = self.base.get_untracked();
        let viewport = self.viewport_size.get_untracked();
        let sx = view.x + x * base.width * view.scale;
        let sy = view.y + y * base.height * view.scale;
        let margin = 48.0;
        let visible = (margin..=viewport.width - margin).contains(&sx)
            && (margin..=viewport.height - margin).contains(&sy);
        if !visible {
            self.centre_on(x, y, view.scale);
        }
    }

    /// True once when the press that just ended was a drag: the click it causes opens nothing.
    pub fn take_drag(&self) -> bool {
        let dragged = self.dragged.get_value();
        self.dragged.set_value(false);
        dragged
    }

    fn local(&self, event: &web_sys::MouseEvent) -> (f64, f64) {
        match self.viewport.get_untracked() {
            Some(element) => {
                let rect = element.get_bounding_client_rect();
                (
                    event.client_x() as f64 - rect.left(),
                    event.client_y() as f64 - rect.top(),
                )
            }
            None => (event.client_x() as f64, event.client_y() as f64),
        }
    }

    pub fn pointer_down(&self, event: &PointerEvent) {
        if event.pointer_type() == "mouse" && event.button() != 0 {
            return;
        }
        let (x, y) = self.local(event);
        let finger = Finger {
            id: event.pointer_id(),
            x,
            y,
        };
        self.dragged.set_value(false);
        self.gesture.update_value(|g| {
            if g.fingers[0].is_none() {
                g.fingers[0] = Some(finger);
                g.start = (x, y);
                g.dragging = false;
            } else if g.fingers[1].is_none() {
                g.fingers[1] = Some(finger);
                g.dragging = true;
            }
        });
    }

    pub fn pointer_move(&self, event: &PointerEvent) {
        let (x, y) = self.local(event);
        let id = event.pointer_id();
        let mut gesture = self.gesture.get_value();
        let Some(slot) = gesture
            .fingers
            .iter()
            .position(|f| f.is_some_and(|f| f.id == id))
        else {
            return;
        };
        let before = gesture.fingers;
        gesture.fingers[slot] = Some(Finger { id, x, y });
        match (before, gesture.fingers) {
            ([Some(a0), Some(b0)], [Some(a1), Some(b1)]) => {
                let previous = [(a0.x, a0.y), (b0.x, b0.y)];
                let current = [(a1.x, a1.y), (b1.x, b1.y)];
                if let Some((factor, (mx, my))) = pinch(previous, current) {
                    let old_mid = ((a0.x + b0.x) / 2.0, (a0.y + b0.y) / 2.0);
                    self.pan_by(mx - old_mid.0, my - old_mid.1);
                    self.zoom_at(factor, mx, my);
                }
                self.dragged.set_value(true);
            }
            (_, _) => {
                let old = before[slot].expect("the moving finger was down");
                let travelled = (x - gesture.start.0).hypot(y - gesture.start.1);
                if !gesture.dragging && travelled > DRAG_THRESHOLD_PX {
                    gesture.dragging = true;
                    // Captured only once it is a drag, so a tap still clicks the hotspot under it.
                    if let Some(element) = self.viewport.get_untracked() {
                        let _ = element.set_pointer_capture(id);
                    }
                }
                if gesture.dragging {
                    self.dragged.set_value(true);
                    self.pan_by(x - old.x, y - old.y);
                }
            }
        }
        self.gesture.set_value(gesture);
    }

    pub fn pointer_up(&self, event: &PointerEvent) {
        let id = event.pointer_id();
        let (x, y) = self.local(event);
        let now = js_sys::Date::now();
        let mut double_tap = None;
        self.gesture.update_value(|g| {
            let was_tap = !g.dragging && g.fingers[1].is_none();
            for finger in g.fingers.iter_mut() {
                if finger.is_some_and(|f| f.id == id) {
                    *finger = None;
                }
            }
            if g.fingers[0].is_none() {
                g.fingers.swap(0, 1);
            }
            if was_tap && event.pointer_type() == "touch" {
                match g.last_tap {
                    Some((t, tx, ty))
                        if now - t < DOUBLE_TAP_MS && (x - tx).hypot(y - ty) < 30.0 =>
                    {
                        double_tap = Some((x, y));
                        g.last_tap = None;
                    }
                    _ => g.last_tap = Some((now, x, y)),
                }
            }
            if g.fingers[0].is_none() {
                g.dragging = false;
            }
        });
        if let Some((x, y)) = double_tap {
            if !on_control(event) {
                self.zoom_at(ZOOM_STEP, x, y);
            }
        }
    }

    pub fn double_click(&self, event: &web_sys::MouseEvent) {
        if on_control(event) {
            return;
        }
        let (x, y) = self.local(event);
        let factor = if event.shift_key() {
            1.0 / ZOOM_STEP
        } else {
            ZOOM_STEP
        };
        self.zoom_at(factor, x, y);
    }

    pub fn wheel(&self, event: &WheelEvent) {
        event.prevent_default();
        let (x, y) = self.local(event);
        let pixels = match event.delta_mode() {
            WheelEvent::DOM_DELTA_LINE => event.delta_y() * 16.0,
            WheelEvent::DOM_DELTA_PAGE => event.delta_y() * 400.0,
            _ => event.delta_y(),
        };
        // Trackpad pinches arrive as wheel events with ctrlKey set.
        let rate = if event.ctrl_key() {
            PINCH_ZOOM_PER_PX
        } else {
            WHEEL_ZOOM_PER_PX
        };
        self.zoom_at((-pixels * rate).exp(), x, y);
    }

    /// Keys on the map: arrows pan (when the map itself has focus), `+`/`-` zoom, `0` resets.
    pub fn key(&self, event: &KeyboardEvent) {
        if event.ctrl_key() || event.meta_key() || event.alt_key() {
            return;
        }
        let on_map = event.target() == event.current_target();
        let handled = match event.key().as_str() {
            "+" | "=" => {
                self.zoom_by(ZOOM_STEP);
                true
            }
            "-" | "_" => {
                self.zoom_by(1.0 / ZOOM_STEP);
                true
            }
            "0" => {
                self.reset();
                true
            }
            "ArrowLeft" if on_map => pan(self, PAN_STEP_PX, 0.0),
            "ArrowRight" if on_map => pan(self, -PAN_STEP_PX, 0.0),
            "ArrowUp" if on_map => pan(self, 0.0, PAN_STEP_PX),
            "ArrowDown" if on_map => pan(self, 0.0, -PAN_STEP_PX),
            _ => false,
        };
        if handled {
            event.prevent_default();
        }
    }
}

fn pan(pan_zoom: &PanZoom, dx: f64, dy: f64) -> bool {
    pan_zoom.pan_by(dx, dy);
    true
}

/// Whether the event happened on a button or link, which handle their own taps.
fn on_control(event: &web_sys::Event) -> bool {
    event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|e| e.closest("button, a").ok().flatten())
        .is_some()
}
