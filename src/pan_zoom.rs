//! The map's view: how far it is zoomed and where it sits, kept so the map can never be lost.
//! Pure maths in CSS pixels, shared by the pan/zoom hook and its tests.

/// The closest the map zooms in, as a multiple of the whole map fitting the viewport.
pub const MAX_SCALE: f64 = 4.0;
/// How much one `+`/`-` press, button tap or double-tap zooms.
pub const ZOOM_STEP: f64 = 1.5;
/// How far one arrow-key press pans.
pub const PAN_STEP_PX: f64 = 60.0;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Size {
    pub width: f64,
    pub height: f64,
}

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
    let ratio = if ratio.is_finite() && ratio > 0.0 {
        ratio
    } else {
        1.0
    };
    Size {
        width: map.width * ratio,
        height: map.height * ratio,
    }
}

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

impl MapView {
    /// The map at scale 1, centred: the whole map, or on a portrait screen its middle.
    pub fn home(base: Size, viewport: Size) -> MapView {
        MapView::centred_on(0.5, 0.5, 1.0, base, viewport)
    }

    /// Keeps the scale in range and the map in view: a map smaller than the viewport is
    /// centred, a larger one always covers it.
    pub fn clamped(self, base: Size, viewport: Size) -> MapView {
        let scale = if self.scale.is_finite() {
            self.scale.clamp(1.0, MAX_SCALE)
        } else {
            1.0
        };
        let axis = |offset: f64, content: f64, room: f64| {
            let content = content * scale;
            if content <= room {
                (room - content) / 2.0
            } else if offset.is_finite() {
                offset.clamp(room - content, 0.0)
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

    pub fn panned(self, dx: f64, dy: f64, base: Size, viewport: Size) -> MapView {
        MapView {
            x: self.x + dx,
            y: self.y + dy,
            ..self
        }
        .clamped(base, viewport)
    }

    /// Zooms by `factor` keeping the map point under `(px, py)` (viewport pixels) where it is.
    pub fn zoomed_about(
        self,
        factor: f64,
        px: f64,
        py: f64,
        base: Size,
        viewport: Size,
    ) -> MapView {
        let scale = (self.scale * factor).clamp(1.0, MAX_SCALE);
        let ratio = scale / self.scale;
        MapView {
            scale,
            x: px - (px - self.x) * ratio,
            y: py - (py - self.y) * ratio,
        }
        .clamped(base, viewport)
    }

    /// Zooms to `scale` with the map point `(mx, my)` (0–1 map coordinates) in the centre.
    pub fn centred_on(mx: f64, my: f64, scale: f64, base: Size, viewport: Size) -> MapView {
        let scale = scale.clamp(1.0, MAX_SCALE);
        MapView {
            scale,
            x: viewport.width / 2.0 - mx * base.width * scale,
            y: viewport.height / 2.0 - my * base.height * scale,
        }
        .clamped(base, viewport)
    }

    /// The CSS transform for the map layer.
    pub fn css_transform(self) -> String {
        format!(
            "translate3d({:.2}px,{:.2}px,0) scale({:.4})",
            self.x, self.y, self.scale
        )
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
mod tests {
    use super::*;

    #[test]
    fn hotspots_crowd_on_a_small_map_and_spread_out_when_it_grows() {
        let points = [(0.32, 0.45), (0.25, 0.37), (0.70, 0.45)];
        let phone = Size {
            width: 390.0,
            height: 243.75,
        };
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

    const MAP: Size = Size {
        width: 1600.0,
        height: 1000.0,
    };
    const PHONE: Size = Size {
        width: 320.0,
        height: 560.0,
    };

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-6
    }

    #[test]
    fn the_map_fits_inside_a_landscape_viewport() {
        let laptop = Size {
            width: 1280.0,
            height: 700.0,
        };
        assert_eq!(
            fitted(MAP, laptop),
            Size {
                width: 1120.0,
                height: 700.0
            }
        );
        assert_eq!(
            fitted(
                MAP,
                Size {
                    width: 3840.0,
                    height: 2160.0
                }
            )
            .height,
            2160.0
        );
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
        assert_eq!(home.panned(1000.0, 0.0, base, PHONE).x, 0.0);
        assert!(close(home.panned(-1000.0, 0.0, base, PHONE).x, -128.0));
        // Never larger than covering the screen (a portrait map on a portrait screen).
        let tall_map = Size {
            width: 1000.0,
            height: 1600.0,
        };
        let screen = Size {
            width: 600.0,
            height: 700.0,
        };
        let covering = fitted(tall_map, screen);
        assert!(
            close(covering.width, 600.0) && close(covering.height, 960.0),
            "{covering:?}"
        );
    }

    #[test]
    fn home_centres_the_whole_map_on_a_landscape_screen() {
        let wide = Size {
            width: 1000.0,
            height: 800.0,
        };
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
            view.zoomed_about(100.0, 0.0, 0.0, base, PHONE).scale,
            MAX_SCALE
        );
        assert_eq!(view.zoomed_about(0.01, 0.0, 0.0, base, PHONE).scale, 1.0);
        assert_eq!(
            MapView {
                scale: f64::NAN,
                ..view
            }
            .clamped(base, PHONE)
            .scale,
            1.0
        );
    }

    #[test]
    fn zooming_keeps_the_point_under_the_pointer_still() {
        let viewport = Size {
            width: 1000.0,
            height: 625.0,
        };
        let base = fitted(MAP, viewport);
        let view = MapView::home(base, viewport);
        let (px, py) = (300.0, 200.0);
        let before = ((px - view.x) / view.scale, (py - view.y) / view.scale);
        let zoomed = view.zoomed_about(2.0, px, py, base, viewport);
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
        let viewport = Size {
            width: 1000.0,
            height: 625.0,
        };
        let base = fitted(MAP, viewport);
        let zoomed = MapView::home(base, viewport).zoomed_about(2.0, 500.0, 300.0, base, viewport);
        let far = zoomed.panned(-1e6, 1e6, base, viewport);
        assert_eq!((far.x, far.y), (viewport.width - base.width * 2.0, 0.0));
        let unzoomed = MapView::home(base, viewport).panned(400.0, 0.0, base, viewport);
        assert_eq!(unzoomed.x, 0.0, "a map that fits stays centred");
    }

    #[test]
    fn centring_on_a_place_puts_it_mid_screen() {
        let viewport = Size {
            width: 1000.0,
            height: 625.0,
        };
        let base = fitted(MAP, viewport);
        let view = MapView::centred_on(0.5, 0.5, 2.0, base, viewport);
        assert!(close(view.x + 0.5 * base.width * 2.0, 500.0));
        assert!(close(view.y + 0.5 * base.height * 2.0, 312.5));
    }

    #[test]
    fn pinch_scale_is_the_ratio_of_finger_distances() {
        let (factor, mid) = pinch([(0.0, 0.0), (100.0, 0.0)], [(0.0, 0.0), (200.0, 0.0)]).unwrap();
        assert!(close(factor, 2.0));
        assert_eq!(mid, (100.0, 0.0));
        assert!(pinch([(5.0, 5.0), (5.0, 5.0)], [(0.0, 0.0), (1.0, 1.0)]).is_none());
    }
}
