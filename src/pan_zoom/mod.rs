//! The map's view and the gestures that move it: pure maths in CSS pixels, with no browser.
//! `view` keeps the map in sight, `frame` moves it, `gesture` turns pointer, wheel and key
//! events into frames; the pan/zoom hook only feeds it the page's events. `photo` fits the
//! same maths to a photo's picture, for the photo view's zoom.

mod frame;
mod gesture;
mod photo;
mod view;

pub use frame::Frame;
pub use gesture::{
    pinch, Gesture, Input, Output, Pointer, PointerKind, WheelUnit, DRAG_THRESHOLD_PX,
};
pub use photo::{contained, max_scale, photo_frame, wheel_zooms};
pub use view::{MapView, MAX_SCALE, MIN_MAX_SCALE, PAN_STEP_PX, ZOOM_STEP};

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Size {
    pub width: f64,
    pub height: f64,
}

/// How much larger than "fits" the map is drawn at scale 1 on a portrait screen, at most.
/// A landscape map that merely fitted a phone held upright would be a thin strip between two
/// empty bands; drawn this much larger it fills more of the screen, shows the middle of the
/// map (1 / 1.4 of its width) and pans sideways. `style/map.css` draws the same before the app
/// has measured the screen, so the first frame already has it.
pub const PORTRAIT_FILL: f64 = 1.4;

/// The map's size at scale 1: as large as fits inside the viewport, keeping its aspect ratio;
/// on a portrait viewport up to `PORTRAIT_FILL` times that, but never beyond covering it.
pub fn fitted(map: Size, viewport: Size) -> Size {
    let contain = (viewport.width / map.width).min(viewport.height / map.height);
    let cover = (viewport.width / map.width).max(viewport.height / map.height);
    // CSS's `orientation: portrait`: at least as tall as wide.
    let ratio = if viewport.height >= viewport.width {
        cover.min(contain * PORTRAIT_FILL)
    } else {
        contain
    };
    scaled(map, ratio)
}

/// The hotspots' touch targets in CSS pixels (the CSS `--touch`), and a kiosk's larger ones:
/// the app and the static shell decide with them whether the hotspots crowd.
pub const TARGET_PX: f64 = 44.0;
pub const KIOSK_TARGET_PX: f64 = 64.0;

/// Whether any two points of the map (`(x, y)` from 0 to 1), each the centre of a square
/// `target_px` wide, would overlap with the map drawn `drawn` pixels large. Hotspots that
/// crowd like that cannot each be tapped; the map then offers its sites to zoom in on instead.
pub fn crowded(points: &[(f64, f64)], drawn: Size, target_px: f64) -> bool {
    points.iter().enumerate().any(|(i, a)| {
        points[i + 1..].iter().any(|b| {
            (a.0 - b.0).abs() * drawn.width < target_px
                && (a.1 - b.1).abs() * drawn.height < target_px
        })
    })
}

/// The narrowest drawn width at which no two of the points crowd (`crowded` is false from this
/// width up), for a map `aspect` times as wide as tall. The static shell shows its hotspots from
/// this width on (a container query that publish writes), as the app does, before the app runs.
pub fn uncrowded_width(points: &[(f64, f64)], aspect: f64, target_px: f64) -> f64 {
    let apart = |distance: f64, scale: f64| {
        if distance > 0.0 {
            target_px * scale / distance
        } else {
            f64::INFINITY
        }
    };
    points
        .iter()
        .enumerate()
        .flat_map(|(i, a)| points[i + 1..].iter().map(move |b| (a, b)))
        // Apart enough on either axis is enough; both axes scale with the drawn width.
        .map(|(a, b)| apart((a.0 - b.0).abs(), 1.0).min(apart((a.1 - b.1).abs(), aspect)))
        .fold(0.0, f64::max)
}

/// `size` scaled by `ratio`; by 1 where the ratio is not a positive number (an empty room).
pub(crate) fn scaled(size: Size, ratio: f64) -> Size {
    let ratio = if ratio.is_finite() && ratio > 0.0 {
        ratio
    } else {
        1.0
    };
    Size {
        width: size.width * ratio,
        height: size.height * ratio,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hotspots_spread_out_exactly_from_the_uncrowded_width() {
        let aspect = 1.6;
        let sets: [&[(f64, f64)]; 4] = [
            &[(0.32, 0.45), (0.25, 0.37), (0.70, 0.45)],
            &[(0.1, 0.5), (0.9, 0.5)],
            &[(0.5, 0.2), (0.5, 0.8), (0.52, 0.5)],
            &[(0.3, 0.3)],
        ];
        for points in sets {
            for target in [44.0, 64.0] {
                let width = uncrowded_width(points, aspect, target);
                let at = |w: f64| Size {
                    width: w,
                    height: w / aspect,
                };
                // (A hair over: at the exact width, rounding may leave a pair 43.999… px apart.)
                assert!(
                    !crowded(points, at(width * (1.0 + 1e-9)), target),
                    "{points:?} at {width}"
                );
                if width > 0.0 {
                    assert!(
                        crowded(points, at(width * 0.999), target),
                        "{points:?} under {width}"
                    );
                }
            }
        }
        // Two points at the same place crowd at any size.
        assert_eq!(
            uncrowded_width(&[(0.4, 0.4), (0.4, 0.4)], aspect, 44.0),
            f64::INFINITY
        );
    }

    #[test]
    fn hotspots_crowd_on_a_small_map_and_spread_out_when_it_grows() {
        let points = [(0.32, 0.45), (0.25, 0.37), (0.70, 0.45)];
        let phone = size(390.0, 243.75);
        let zoomed = Size {
            width: 390.0 * 2.0,
            height: 243.75 * 2.0,
        };
        assert!(crowded(&points, phone, 44.0));
        assert!(!crowded(&points, zoomed, 44.0));
        // Far apart on one axis is enough: the squares do not overlap.
        assert!(!crowded(&[(0.1, 0.5), (0.9, 0.5)], phone, 44.0));
        assert!(!crowded(&[(0.5, 0.5)], phone, 44.0));
    }

    pub(super) const fn size(width: f64, height: f64) -> Size {
        Size { width, height }
    }

    pub(super) const MAP: Size = size(1600.0, 1000.0);

    pub(super) const PHONE: Size = size(320.0, 560.0);

    pub(super) fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-6
    }

    pub(super) const SCREEN: Size = size(1000.0, 625.0);

    /// The whole map on a 1000 × 625 screen, at home.
    pub(super) fn home() -> Frame {
        let base = fitted(MAP, SCREEN);
        Frame {
            view: MapView::home(base, SCREEN),
            base,
            viewport: SCREEN,
            max_scale: MAX_SCALE,
        }
    }

    /// Zoomed in twice about the middle, so there is room to pan every way.
    pub(super) fn zoomed() -> Frame {
        home().zoomed(2.0)
    }

    #[test]
    fn the_map_fits_inside_a_landscape_viewport() {
        let laptop = size(1280.0, 700.0);
        assert_eq!(fitted(MAP, laptop), size(1120.0, 700.0));
        assert_eq!(fitted(MAP, size(3840.0, 2160.0)).height, 2160.0);
    }

    #[test]
    fn a_portrait_screen_draws_the_map_larger_and_shows_its_middle() {
        // 320 px wide: merely fitting would draw the map 320 × 200 in a 560 px tall screen.
        let base = fitted(MAP, PHONE);
        assert!(
            close(base.width, 448.0) && close(base.height, 280.0),
            "{base:?}"
        );
        let home = MapView::home(base, PHONE);
        assert_eq!(home.scale, 1.0);
        assert!(close(home.x, -64.0) && close(home.y, 140.0), "{home:?}");
        // The middle 1 / PORTRAIT_FILL of the map's width is on screen, and it pans sideways.
        assert!(close(
            -home.x / base.width,
            (1.0 - 1.0 / PORTRAIT_FILL) / 2.0
        ));
        assert_eq!(home.panned(1000.0, 0.0, base, PHONE, MAX_SCALE).x, 0.0);
        assert!(close(
            home.panned(-1000.0, 0.0, base, PHONE, MAX_SCALE).x,
            -128.0
        ));
        // Never larger than covering the screen (a portrait map on a portrait screen).
        let tall_map = size(1000.0, 1600.0);
        let screen = size(600.0, 700.0);
        let covering = fitted(tall_map, screen);
        assert!(
            close(covering.width, 600.0) && close(covering.height, 960.0),
            "{covering:?}"
        );
    }
}
