//! The map's view with the sizes it lives in, and the moves the map's buttons, keys and the
//! exhibit itself make (zoom, pan, go home, centre on a place, follow a resize).

use super::{fitted, MapView, Size, MAX_SCALE};

/// A place closer than this to the viewport's edge is brought into view.
const REVEAL_MARGIN_PX: f64 = 48.0;

/// The view with the sizes it is kept valid for: the map's at scale 1, and the viewport's,
/// and the closest it may zoom in.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Frame {
    pub view: MapView,
    pub base: Size,
    pub viewport: Size,
    pub max_scale: f64,
}

impl Frame {
    /// Before the viewport is measured: the map at its own size.
    pub fn unmeasured(map: Size) -> Frame {
        Frame {
            view: MapView::default(),
            base: map,
            viewport: map,
            max_scale: MAX_SCALE,
        }
    }

    /// Whether it is zoomed in at all.
    pub fn zoomed_in(&self) -> bool {
        self.view.scale > 1.0
    }

    fn with(self, view: MapView) -> Frame {
        Frame { view, ..self }
    }

    /// Zooms by `factor` keeping the map point under (`x`, `y`) (viewport pixels) still.
    pub fn zoomed_at(self, factor: f64, x: f64, y: f64) -> Frame {
        self.with(
            self.view
                .zoomed_about(factor, x, y, self.base, self.viewport, self.max_scale),
        )
    }

    /// Zooms by `factor` about the middle of the viewport.
    pub fn zoomed(self, factor: f64) -> Frame {
        self.zoomed_at(
            factor,
            self.viewport.width / 2.0,
            self.viewport.height / 2.0,
        )
    }

    pub fn panned(self, dx: f64, dy: f64) -> Frame {
        self.with((self.view).panned(dx, dy, self.base, self.viewport, self.max_scale))
    }

    pub fn home(self) -> Frame {
        self.with(MapView::home(self.base, self.viewport))
    }

    /// Zooms to `scale` centred on the map point (`x`, `y`), both 0–1.
    pub fn centred_on(self, x: f64, y: f64, scale: f64) -> Frame {
        let (base, viewport) = (self.base, self.viewport);
        self.with(MapView::centred_on(
            (x, y),
            scale,
            base,
            viewport,
            self.max_scale,
        ))
    }

    /// Brings the map point (`x`, `y`) into view if it is off-screen, keeping the zoom.
    pub fn revealing(self, x: f64, y: f64) -> Frame {
        let Frame {
            view,
            base,
            viewport,
            ..
        } = self;
        let sx = view.x + x * base.width * view.scale;
        let sy = view.y + y * base.height * view.scale;
        let inside =
            |at: f64, room: f64| (REVEAL_MARGIN_PX..=room - REVEAL_MARGIN_PX).contains(&at);
        if inside(sx, viewport.width) && inside(sy, viewport.height) {
            self
        } else {
            self.centred_on(x, y, view.scale)
        }
    }

    /// The frame for a viewport of a new size (a resize, a rotation), with the place in the
    /// middle of the screen still in the middle, at the same zoom. None for an empty viewport.
    pub fn resized(self, map: Size, viewport: Size) -> Option<Frame> {
        self.refitted(fitted(map, viewport), viewport, self.max_scale)
    }

    /// The frame for a viewport of a new size with `base` as its scale-1 size and a new
    /// closest zoom, keeping the place in the middle of the screen there and the zoom (as far
    /// as `max_scale` allows). None for an empty viewport.
    pub fn refitted(self, base: Size, viewport: Size, max_scale: f64) -> Option<Frame> {
        if viewport.width <= 0.0 || viewport.height <= 0.0 {
            return None;
        }
        let Frame { view, .. } = self;
        let mx = (self.viewport.width / 2.0 - view.x) / (self.base.width * view.scale);
        let my = (self.viewport.height / 2.0 - view.y) / (self.base.height * view.scale);
        let middle = if mx.is_finite() && my.is_finite() {
            (mx, my)
        } else {
            (0.5, 0.5)
        };
        Some(Frame {
            view: MapView::centred_on(middle, view.scale, base, viewport, max_scale),
            base,
            viewport,
            max_scale,
        })
    }
}

#[cfg(test)]
mod tests {
    use crate::pan_zoom::fitted;
    use crate::pan_zoom::tests::{home, size, zoomed, MAP};

    #[test]
    fn a_resize_keeps_the_middle_of_the_screen_and_the_zoom() {
        let before = home().centred_on(0.25, 0.5, 2.0);
        let phone = size(390.0, 700.0);
        let after = before.resized(MAP, phone).unwrap();
        assert_eq!(after.base, fitted(MAP, phone));
        assert_eq!(after, after.centred_on(0.25, 0.5, 2.0));
        assert!(before.resized(MAP, size(0.0, 700.0)).is_none());
    }

    #[test]
    fn revealing_a_place_moves_the_map_only_when_it_is_off_screen() {
        let frame = zoomed();
        assert_eq!(frame.revealing(0.5, 0.5), frame);
        let revealed = frame.revealing(0.05, 0.5);
        assert_eq!(revealed, frame.centred_on(0.05, 0.5, frame.view.scale));
        assert_ne!(revealed, frame);
    }
}
