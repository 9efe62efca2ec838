//! A horizontal swipe on touch screens, for stepping through photos.

use leptos::prelude::*;
use web_sys::PointerEvent;

/// A swipe must travel this far sideways…
pub const SWIPE_MIN_PX: f64 = 50.0;
/// …and more sideways than up or down by this factor.
const SWIPE_SLOPE: f64 = 1.5;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Swipe {
    Left,
    Right,
}

/// Classifies a finished touch movement.
pub fn classify(dx: f64, dy: f64) -> Option<Swipe> {
    if dx.abs() < SWIPE_MIN_PX || dx.abs() < dy.abs() * SWIPE_SLOPE {
        None
    } else if dx < 0.0 {
        Some(Swipe::Left)
    } else {
        Some(Swipe::Right)
    }
}

/// Watches touch pointers and calls `on_swipe` when one swipes sideways.
#[derive(Clone, Copy)]
pub struct SwipeWatcher {
    start: StoredValue<Option<(i32, f64, f64)>>,
}

pub fn use_swipe() -> SwipeWatcher {
    SwipeWatcher {
        start: StoredValue::new(None),
    }
}

impl SwipeWatcher {
    pub fn pointer_down(&self, event: &PointerEvent) {
        if event.pointer_type() != "mouse" && event.is_primary() {
            let start = (
                event.pointer_id(),
                event.client_x() as f64,
                event.client_y() as f64,
            );
            self.start.set_value(Some(start));
        }
    }

    pub fn pointer_up(&self, event: &PointerEvent) -> Option<Swipe> {
        let (id, x, y) = self.start.get_value()?;
        if id != event.pointer_id() {
            return None;
        }
        self.start.set_value(None);
        classify(event.client_x() as f64 - x, event.client_y() as f64 - y)
    }

    pub fn cancel(&self) {
        self.start.set_value(None);
    }
}
