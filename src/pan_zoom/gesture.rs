//! The map's gestures as a reducer: the current [`Frame`] and one pointer, wheel or key event,
//! as plain data, go in; the new frame comes out with what the page must do about the event.
//! No momentum: the map stops where the finger leaves it.

use super::{Frame, PAN_STEP_PX, ZOOM_STEP};

/// A press that moves further than this is a drag, not a tap.
pub const DRAG_THRESHOLD_PX: f64 = 8.0;
/// Two taps closer than this in time, and in space, are a double-tap.
const DOUBLE_TAP_MS: f64 = 320.0;
const DOUBLE_TAP_PX: f64 = 30.0;
/// Wheel and trackpad-pinch sensitivity: zoom factor per pixel of wheel delta.
const WHEEL_ZOOM_PER_PX: f64 = 0.0025;
const PINCH_ZOOM_PER_PX: f64 = 0.01;
/// What a wheel's "line" and "page" steps are worth in pixels.
const WHEEL_LINE_PX: f64 = 16.0;
const WHEEL_PAGE_PX: f64 = 400.0;

/// A pointer (finger, pen or mouse) and where it is, in viewport pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Pointer {
    pub id: i32,
    pub x: f64,
    pub y: f64,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PointerKind {
    Mouse,
    Touch,
    Pen,
}

impl PointerKind {
    /// From `PointerEvent.pointerType`.
    pub fn from_name(name: &str) -> PointerKind {
        match name {
            "mouse" => PointerKind::Mouse,
            "touch" => PointerKind::Touch,
            _ => PointerKind::Pen,
        }
    }
}

/// What a wheel's delta counts (`WheelEvent.deltaMode`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WheelUnit {
    Pixel,
    Line,
    Page,
}

impl WheelUnit {
    pub fn from_mode(mode: u32) -> WheelUnit {
        match mode {
            1 => WheelUnit::Line,
            2 => WheelUnit::Page,
            _ => WheelUnit::Pixel,
        }
    }
}

/// One event on the map, as plain data.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Input<'a> {
    /// A pointer goes down; `button` is the mouse button (0 the main one).
    Down {
        pointer: Pointer,
        kind: PointerKind,
        button: i16,
    },
    Move(Pointer),
    /// A pointer lifts or is cancelled, at `time_ms` on any clock. `on_control`: over a button
    /// or link, which handle their own taps.
    Up {
        pointer: Pointer,
        kind: PointerKind,
        time_ms: f64,
        on_control: bool,
    },
    DoubleClick {
        x: f64,
        y: f64,
        zoom_out: bool,
        on_control: bool,
    },
    /// `pinch`: a trackpad pinch, which browsers send as a wheel with the Ctrl key.
    Wheel {
        x: f64,
        y: f64,
        delta_y: f64,
        unit: WheelUnit,
        pinch: bool,
    },
    /// `key` is `KeyboardEvent.key`; `on_map`: the map itself has focus, not a hotspot in it;
    /// `modified`: Ctrl, Alt or ⌘ is held.
    Key {
        key: &'a str,
        on_map: bool,
        modified: bool,
    },
}

/// What an event did.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Output {
    pub frame: Frame,
    /// This pointer's press has just become a drag: capture it. Only then, so that a tap still
    /// clicks the hotspot under it.
    pub capture: Option<i32>,
    /// The map used the event: the browser's own action for it (scroll, page zoom) must not run.
    pub handled: bool,
}

/// The fingers on the map and what they are doing.
#[derive(Clone, Copy, Debug, Default)]
pub struct Gesture {
    fingers: [Option<Pointer>; 2],
    start: (f64, f64),
    dragging: bool,
    last_tap: Option<(f64, f64, f64)>,
    /// Set when the last press became a drag, so the click that ends it opens nothing.
    dragged: bool,
}

impl Gesture {
    pub fn handle(&mut self, frame: Frame, input: Input) -> Output {
        let mut output = Output {
            frame,
            capture: None,
            handled: false,
        };
        match input {
            Input::Down {
                pointer,
                kind,
                button,
            } => self.down(pointer, kind, button),
            Input::Move(pointer) => (output.frame, output.capture) = self.moved(frame, pointer),
            Input::Up {
                pointer,
                kind,
                time_ms,
                on_control,
            } => {
                let double_tap = self.up(pointer, kind, time_ms);
                if double_tap && !on_control {
                    output.frame = frame.zoomed_at(ZOOM_STEP, pointer.x, pointer.y);
                }
            }
            Input::DoubleClick {
                x,
                y,
                zoom_out,
                on_control,
            } => {
                if !on_control {
                    let factor = if zoom_out { 1.0 / ZOOM_STEP } else { ZOOM_STEP };
                    output.frame = frame.zoomed_at(factor, x, y);
                }
            }
            Input::Wheel {
                x,
                y,
                delta_y,
                unit,
                pinch,
            } => {
                let pixels = match unit {
                    WheelUnit::Pixel => delta_y,
                    WheelUnit::Line => delta_y * WHEEL_LINE_PX,
                    WheelUnit::Page => delta_y * WHEEL_PAGE_PX,
                };
                let rate = if pinch {
                    PINCH_ZOOM_PER_PX
                } else {
                    WHEEL_ZOOM_PER_PX
                };
                output.frame = frame.zoomed_at((-pixels * rate).exp(), x, y);
                output.handled = true;
            }
            Input::Key {
                key,
                on_map,
                modified: false,
            } => {
                if let Some(next) = key_press(frame, key, on_map) {
                    output.frame = next;
                    output.handled = true;
                }
            }
            Input::Key { .. } => {}
        }
        output
    }

    /// True once when the press that just ended was a drag: the click it causes opens nothing.
    pub fn take_drag(&mut self) -> bool {
        std::mem::take(&mut self.dragged)
    }

    fn down(&mut self, pointer: Pointer, kind: PointerKind, button: i16) {
        if kind == PointerKind::Mouse && button != 0 {
            return;
        }
        self.dragged = false;
        if self.fingers[0].is_none() {
            self.fingers[0] = Some(pointer);
            self.start = (pointer.x, pointer.y);
            self.dragging = false;
        } else if self.fingers[1].is_none() {
            self.fingers[1] = Some(pointer);
            self.dragging = true;
        }
    }

    fn moved(&mut self, frame: Frame, pointer: Pointer) -> (Frame, Option<i32>) {
        let Some(slot) = (self.fingers.iter()).position(|f| f.is_some_and(|f| f.id == pointer.id))
        else {
            return (frame, None);
        };
        let before = self.fingers;
        self.fingers[slot] = Some(pointer);
        if let ([Some(a0), Some(b0)], [Some(a1), Some(b1)]) = (before, self.fingers) {
            self.dragged = true;
            let previous = [(a0.x, a0.y), (b0.x, b0.y)];
            let Some((factor, (mx, my))) = pinch(previous, [(a1.x, a1.y), (b1.x, b1.y)]) else {
                return (frame, None);
            };
            let old_mid = ((a0.x + b0.x) / 2.0, (a0.y + b0.y) / 2.0);
            let panned = frame.panned(mx - old_mid.0, my - old_mid.1);
            return (panned.zoomed_at(factor, mx, my), None);
        }
        let mut capture = None;
        let travelled = (pointer.x - self.start.0).hypot(pointer.y - self.start.1);
        if !self.dragging && travelled > DRAG_THRESHOLD_PX {
            self.dragging = true;
            capture = Some(pointer.id);
        }
        match before[slot] {
            Some(old) if self.dragging => {
                self.dragged = true;
                (frame.panned(pointer.x - old.x, pointer.y - old.y), capture)
            }
            _ => (frame, capture),
        }
    }

    /// Lifts a pointer; true when it completed a double-tap.
    fn up(&mut self, pointer: Pointer, kind: PointerKind, time_ms: f64) -> bool {
        let was_tap = !self.dragging && self.fingers[1].is_none();
        for finger in self.fingers.iter_mut() {
            if finger.is_some_and(|f| f.id == pointer.id) {
                *finger = None;
            }
        }
        if self.fingers[0].is_none() {
            self.fingers.swap(0, 1);
        }
        let mut double_tap = false;
        if was_tap && kind == PointerKind::Touch {
            let (x, y) = (pointer.x, pointer.y);
            match self.last_tap {
                Some((t, tx, ty))
                    if time_ms - t < DOUBLE_TAP_MS && (x - tx).hypot(y - ty) < DOUBLE_TAP_PX =>
                {
                    double_tap = true;
                    self.last_tap = None;
                }
                _ => self.last_tap = Some((time_ms, x, y)),
            }
        }
        if self.fingers[0].is_none() {
            self.dragging = false;
        }
        double_tap
    }
}

/// Keys on the map: `+`/`-` (or `−`) zoom, `0` goes home, arrows pan (when the map itself has focus).
fn key_press(frame: Frame, key: &str, on_map: bool) -> Option<Frame> {
    let step = PAN_STEP_PX;
    match key {
        "+" | "=" => Some(frame.zoomed(ZOOM_STEP)),
        "-" | "_" | "−" => Some(frame.zoomed(1.0 / ZOOM_STEP)),
        "0" => Some(frame.home()),
        "ArrowLeft" if on_map => Some(frame.panned(step, 0.0)),
        "ArrowRight" if on_map => Some(frame.panned(-step, 0.0)),
        "ArrowUp" if on_map => Some(frame.panned(0.0, step)),
        "ArrowDown" if on_map => Some(frame.panned(0.0, -step)),
        _ => None,
    }
}

/// Two-finger pinch: the zoom factor and the midpoint between the fingers.
pub fn pinch(previous: [(f64, f64); 2], current: [(f64, f64); 2]) -> Option<(f64, (f64, f64))> {
    let distance = |[a, b]: [(f64, f64); 2]| ((a.0 - b.0).powi(2) + (a.1 - b.1).powi(2)).sqrt();
    let before = distance(previous);
    let after = distance(current);
    if before < 1.0 || !after.is_finite() {
        return None;
    }
    let [a, b] = current;
    Some((after / before, ((a.0 + b.0) / 2.0, (a.1 + b.1) / 2.0)))
}

#[cfg(test)]
mod tests;
