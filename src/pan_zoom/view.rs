//! Where the map sits and how far it is zoomed, kept so the map can never be lost.

use super::Size;
use crate::decimals::fixed;

/// The closest the map zooms in, as a multiple of the whole map fitting the viewport.
pub const MAX_SCALE: f64 = 4.0;
/// The closest any picture zooms in, whatever its resolution: twice its size at least.
pub const MIN_MAX_SCALE: f64 = 2.0;
/// How much one `+`/`-` press, button tap or double-tap zooms.
pub const ZOOM_STEP: f64 = 1.5;
/// How far one arrow-key press pans.
pub const PAN_STEP_PX: f64 = 60.0;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MapView {
    pub scale: f64,
    pub x: f64,
    pub y: f64,
}

impl Default for MapView {
    fn default() -> Self {
        MapView {
            scale: 1.0,
            x: 0.0,
            y: 0.0,
        }
    }
}

impl MapView {
    /// The map at scale 1, centred: the whole map, or on a portrait screen its middle.
    pub fn home(base: Size, viewport: Size) -> MapView {
        MapView::centred_on((0.5, 0.5), 1.0, base, viewport, 1.0)
    }

    /// Keeps the scale between 1 and `max_scale` and the map in view: a map smaller than the
    /// viewport is centred, a larger one always covers it.
    pub fn clamped(self, base: Size, viewport: Size, max_scale: f64) -> MapView {
        let scale = if self.scale.is_finite() {
            self.scale.max(1.0).min(max_scale)
        } else {
            1.0
        };
        let axis = |offset: f64, content: f64, room: f64| {
            let content = content * scale;
            if content <= room {
                (room - content) / 2.0
            } else if offset.is_finite() {
                offset.max(room - content).min(0.0)
            } else {
                0.0
            }
        };
        MapView {
            scale,
            x: axis(self.x, base.width, viewport.width),
            y: axis(self.y, base.height, viewport.height),
        }
    }

    pub fn panned(self, dx: f64, dy: f64, base: Size, viewport: Size, max_scale: f64) -> MapView {
        MapView {
            x: self.x + dx,
            y: self.y + dy,
            ..self
        }
        .clamped(base, viewport, max_scale)
    }

    /// Zooms by `factor` keeping the map point under `(px, py)` (viewport pixels) where it is.
    pub fn zoomed_about(
        self,
        factor: f64,
        px: f64,
        py: f64,
        base: Size,
        viewport: Size,
        max_scale: f64,
    ) -> MapView {
        let scale = (self.scale * factor).max(1.0).min(max_scale);
        let ratio = scale / self.scale;
        MapView {
            scale,
            x: px - (px - self.x) * ratio,
            y: py - (py - self.y) * ratio,
        }
        .clamped(base, viewport, max_scale)
    }

    /// Zooms to `scale` with the map point `(mx, my)` (0–1 map coordinates) in the centre.
    pub fn centred_on(
        (mx, my): (f64, f64),
        scale: f64,
        base: Size,
        viewport: Size,
        max_scale: f64,
    ) -> MapView {
        let scale = scale.max(1.0).min(max_scale);
        MapView {
            scale,
            x: viewport.width / 2.0 - mx * base.width * scale,
            y: viewport.height / 2.0 - my * base.height * scale,
        }
        .clamped(base, viewport, max_scale)
    }

    /// The CSS transform for the map layer.
    pub fn css_transform(self) -> String {
        format!(
            "translate3d({}px,{}px,0) scale({})",
            fixed(self.x, 2),
            fixed(self.y, 2),
            fixed(self.scale, 4)
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pan_zoom::fitted;
    use crate::pan_zoom::tests::{close, size, MAP, PHONE};

    #[test]
    fn home_centres_the_whole_map_on_a_landscape_screen() {
        let wide = size(1000.0, 800.0);
        let base = fitted(MAP, wide);
        assert_eq!(
            MapView::home(base, wide),
            MapView {
                scale: 1.0,
                x: 0.0,
                y: 87.5
            }
        );
    }

    #[test]
    fn zoom_stays_between_whole_map_and_the_maximum() {
        let base = fitted(MAP, PHONE);
        let view = MapView::home(base, PHONE);
        assert_eq!(
            view.zoomed_about(100.0, 0.0, 0.0, base, PHONE, MAX_SCALE)
                .scale,
            MAX_SCALE
        );
        assert_eq!(
            view.zoomed_about(0.01, 0.0, 0.0, base, PHONE, MAX_SCALE)
                .scale,
            1.0
        );
        assert_eq!(
            MapView {
                scale: f64::NAN,
                ..view
            }
            .clamped(base, PHONE, MAX_SCALE)
            .scale,
            1.0
        );
    }

    #[test]
    fn zooming_keeps_the_point_under_the_pointer_still() {
        let viewport = size(1000.0, 625.0);
        let base = fitted(MAP, viewport);
        let view = MapView::home(base, viewport);
        let (px, py) = (300.0, 200.0);
        let before = ((px - view.x) / view.scale, (py - view.y) / view.scale);
        let zoomed = view.zoomed_about(2.0, px, py, base, viewport, MAX_SCALE);
        let after = (
            (px - zoomed.x) / zoomed.scale,
            (py - zoomed.y) / zoomed.scale,
        );
        assert!(
            close(before.0, after.0) && close(before.1, after.1),
            "{before:?} vs {after:?}"
        );
    }

    #[test]
    fn panning_can_never_lose_the_map() {
        let viewport = size(1000.0, 625.0);
        let base = fitted(MAP, viewport);
        let zoomed = MapView::home(base, viewport)
            .zoomed_about(2.0, 500.0, 300.0, base, viewport, MAX_SCALE);
        let far = zoomed.panned(-1e6, 1e6, base, viewport, MAX_SCALE);
        assert_eq!((far.x, far.y), (viewport.width - base.width * 2.0, 0.0));
        let unzoomed = MapView::home(base, viewport).panned(400.0, 0.0, base, viewport, MAX_SCALE);
        assert_eq!(unzoomed.x, 0.0, "a map that fits stays centred");
    }

    #[test]
    fn centring_on_a_place_puts_it_mid_screen() {
        let viewport = size(1000.0, 625.0);
        let base = fitted(MAP, viewport);
        let view = MapView::centred_on((0.5, 0.5), 2.0, base, viewport, MAX_SCALE);
        assert!(close(view.x + 0.5 * base.width * 2.0, 500.0));
        assert!(close(view.y + 0.5 * base.height * 2.0, 312.5));
    }
}
