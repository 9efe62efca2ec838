//! Pan and zoom by mouse, touch, trackpad and keyboard: the map's, and a photo's picture.
//!
//! The hook listens on the viewport itself and feeds each event, as plain data, to the pure
//! reducer in `crate::pan_zoom`. The layer inside binds [`PanZoom::layer_style`], so only its
//! transform changes while it moves and what it holds is never re-rendered.
//!
//! ```no_run
//! # use leptos::{html, prelude::*};
//! # use shijingshan_exhibit::hooks::use_pan_zoom::{use_pan_zoom, Fit};
//! # use shijingshan_exhibit::pan_zoom::Size;
//! # let _ = || {
//! let viewport_ref = NodeRef::<html::Div>::new();
//! let pan_zoom = use_pan_zoom(viewport_ref, Fit::Map(Size { width: 1600.0, height: 1000.0 }));
//! view! {
//!     <div node_ref=viewport_ref>
//!         <div style:transform=pan_zoom.layer_style(|frame| frame.view.css_transform())>"…"</div>
//!     </div>
//! }
//! # };
//! ```

use leptos::ev;
use leptos::html;
use leptos::prelude::*;
use leptos::tachys::html::element::ElementExt;
use send_wrapper::SendWrapper;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{KeyboardEvent, MouseEvent, PointerEvent, ResizeObserver};

use crate::pan_zoom::{
    photo_frame, wheel_zooms, Frame, Gesture, Input, Output, Pointer, PointerKind, Size, WheelUnit,
};

/// What is panned and zoomed, and so how it fits its viewport at scale 1.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Fit {
    /// The map, drawn larger on an upright screen (`pan_zoom::fitted`); it takes the keys
    /// that reach its viewport.
    Map(Size),
    /// A picture of `size`, whole at scale 1 and at most `widest_px` pixels across when zoomed
    /// in all the way. Its keys come from the view that holds it (`PanZoom::key`), and a plain
    /// wheel away over the whole picture scrolls the page.
    Picture { size: Size, widest_px: f64 },
}

#[derive(Clone, Copy)]
pub struct PanZoom {
    pub frame: RwSignal<Frame>,
    /// Whether the viewport has been measured yet.
    measured: RwSignal<bool>,
    fit: Fit,
    viewport: NodeRef<html::Div>,
    gesture: StoredValue<Gesture>,
    /// Set for a picture that could not load: there is nothing to zoom.
    off: StoredValue<bool>,
}

pub fn use_pan_zoom(viewport: NodeRef<html::Div>, fit: Fit) -> PanZoom {
    let unmeasured = match fit {
        Fit::Map(size) | Fit::Picture { size, .. } => Frame::unmeasured(size),
    };
    let pan_zoom = PanZoom {
        frame: RwSignal::new(unmeasured),
        measured: RwSignal::new(false),
        fit,
        viewport,
        gesture: StoredValue::new(Gesture::default()),
        off: StoredValue::new(false),
    };
    watch_size(viewport, move || pan_zoom.measure());
    Effect::new(move || {
        if let Some(element) = viewport.get() {
            let listeners = listen(&element, pan_zoom);
            on_cleanup(move || drop(listeners));
        }
    });
    pan_zoom
}

// hand-written: leptos-use use_resize_observer adds 2.2 KB brotli (measured 2026-11-29)
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

/// The viewport's pointer, wheel, key and click listeners; dropping them removes them.
fn listen(element: &web_sys::HtmlDivElement, pan_zoom: PanZoom) -> impl Send + Sync {
    (
        element.on(ev::pointerdown, move |event| {
            let input = Input::Down {
                pointer: pan_zoom.pointer(&event),
                kind: PointerKind::from_name(&event.pointer_type()),
                button: event.button(),
            };
            pan_zoom.feed(input);
        }),
        element.on(ev::pointermove, move |event| {
            let output = pan_zoom.feed(Input::Move(pan_zoom.pointer(&event)));
            if let (Some(id), Some(element)) = (output.capture, pan_zoom.viewport.get_untracked()) {
                let _ = element.set_pointer_capture(id);
            }
        }),
        element.on(ev::pointerup, move |event| pan_zoom.pointer_up(&event)),
        element.on(ev::pointercancel, move |event| pan_zoom.pointer_up(&event)),
        element.on(ev::wheel, move |event| {
            let (x, y) = pan_zoom.local(&event);
            let (delta_y, pinch) = (event.delta_y(), event.ctrl_key());
            if let Fit::Picture { .. } = pan_zoom.fit {
                if !wheel_zooms(&pan_zoom.frame.get_untracked(), delta_y, pinch) {
                    return;
                }
            }
            let input = Input::Wheel {
                x,
                y,
                delta_y,
                unit: WheelUnit::from_mode(event.delta_mode()),
                pinch,
            };
            pan_zoom.feed_event(input, &event);
        }),
        element.on(ev::dblclick, move |event| {
            let (x, y) = pan_zoom.local(&event);
            let input = Input::DoubleClick {
                x,
                y,
                zoom_out: event.shift_key(),
                on_control: on_control(&event),
            };
            pan_zoom.feed(input);
        }),
        element.on(ev::click, move |_| {
            pan_zoom.take_drag();
        }),
        element.on(ev::keydown, move |event| {
            if let Fit::Map(_) = pan_zoom.fit {
                pan_zoom.feed_key(&event, event.target() == event.current_target());
            }
        }),
    )
}

impl PanZoom {
    /// A style value of the map's layer, once the viewport has been measured. Until then CSS
    /// fits and centres the layer (style/map.css), as the static shell's picture is, so the
    /// first frame already has everything in its place. (Properties, not a `style` attribute:
    /// the Content-Security-Policy's `style-src 'self'` blocks style attributes.)
    pub fn layer_style(self, value: fn(&Frame) -> String) -> impl Fn() -> Option<String> + Copy {
        move || self.measured.get().then(|| self.frame.with(value))
    }

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
        let frame = self.frame.get_untracked();
        let next = match self.fit {
            Fit::Map(map) => frame.resized(map, viewport),
            Fit::Picture { size, widest_px } => {
                // Inside its border: the picture's frame has one.
                let viewport = Size {
                    width: element.client_width().into(),
                    height: element.client_height().into(),
                };
                let ratio = window().device_pixel_ratio();
                let before = self.measured.get_untracked().then_some(frame);
                photo_frame(size, viewport, widest_px, ratio, before)
            }
        };
        if let Some(frame) = next {
            self.frame.set(frame);
            self.measured.set(true);
        }
    }

    /// Feeds a key press (`on_viewport`: the viewport itself has focus, not a control in it)
    /// and stops the browser's own action for it if the view used it; true if it did.
    pub fn feed_key(&self, event: &KeyboardEvent, on_viewport: bool) -> bool {
        let key = event.key();
        let input = Input::Key {
            key: &key,
            on_map: on_viewport,
            modified: event.ctrl_key() || event.meta_key() || event.alt_key(),
        };
        self.feed_event(input, event)
    }

    /// For a picture that could not load: back to scale 1, and no more zooming.
    pub fn turn_off(&self) {
        self.reset();
        self.off.set_value(true);
    }

    /// The frame to change: measured first if the viewport has not been yet (a key pressed on a
    /// picture shown from the cache comes before the first resize report, and must not be lost).
    fn current(&self) -> Frame {
        if !self.measured.get_untracked() {
            self.measure();
        }
        self.frame.get_untracked()
    }

    fn apply(&self, change: impl FnOnce(Frame) -> Frame) {
        let frame = self.current();
        let next = change(frame);
        if next != frame {
            self.frame.set(next);
        }
    }

    pub fn zoom_by(&self, factor: f64) {
        self.apply(|frame| frame.zoomed(factor));
    }

    pub fn reset(&self) {
        self.apply(Frame::home);
    }

    /// Zooms to `scale` centred on the map point (`x`, `y`), both 0–1.
    pub fn centre_on(&self, x: f64, y: f64, scale: f64) {
        self.apply(|frame| frame.centred_on(x, y, scale));
    }

    /// Brings the map point (`x`, `y`) into view if it is off-screen, keeping the zoom.
    pub fn reveal(&self, x: f64, y: f64) {
        self.apply(|frame| frame.revealing(x, y));
    }

    /// True once when the press that just ended was a drag: the click it causes opens nothing.
    pub fn take_drag(&self) -> bool {
        (self.gesture.try_update_value(Gesture::take_drag)).unwrap_or(false)
    }

    fn feed(&self, input: Input) -> Output {
        let frame = self.current();
        let unused = Output {
            frame,
            capture: None,
            handled: false,
        };
        if self.off.get_value() {
            return unused;
        }
        let output = (self
            .gesture
            .try_update_value(|gesture| gesture.handle(frame, input)))
        .unwrap_or(unused);
        self.apply(|_| output.frame);
        output
    }

    /// Feeds the event and, if the view used it, stops the browser's own action for it.
    fn feed_event(&self, input: Input, event: &web_sys::Event) -> bool {
        let handled = self.feed(input).handled;
        if handled {
            event.prevent_default();
        }
        handled
    }

    fn pointer_up(&self, event: &PointerEvent) {
        let input = Input::Up {
            pointer: self.pointer(event),
            kind: PointerKind::from_name(&event.pointer_type()),
            time_ms: js_sys::Date::now(),
            on_control: on_control(event),
        };
        self.feed(input);
    }

    fn pointer(&self, event: &PointerEvent) -> Pointer {
        let (x, y) = self.local(event);
        Pointer {
            id: event.pointer_id(),
            x,
            y,
        }
    }

    /// The event's position in the viewport.
    fn local(&self, event: &MouseEvent) -> (f64, f64) {
        let (x, y) = (event.client_x() as f64, event.client_y() as f64);
        match self.viewport.get_untracked() {
            Some(element) => {
                // From inside its border, where the layer sits.
                let rect = element.get_bounding_client_rect();
                let left = rect.left() + f64::from(element.client_left());
                let top = rect.top() + f64::from(element.client_top());
                (x - left, y - top)
            }
            None => (x, y),
        }
    }
}

/// Whether the event happened on a button or link, which handle their own taps.
fn on_control(event: &web_sys::Event) -> bool {
    event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|e| e.closest("button, a").ok().flatten())
        .is_some()
}
