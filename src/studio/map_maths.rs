//! Map coordinates for the studio: from screen pixels to the pack's 0–1 map coordinates, and
//! the arrow keys' steps in map pixels.

use crate::content::Point;

/// The map's width the studio shows when the map is a raster picture (one of its web sizes;
/// publish puts that one in the studio's offline copy).
pub const STUDIO_MAP_WIDTH: f64 = 1280.0;

/// Coordinates are written with this many decimals: a tenth of a pixel on a 1,600 px map.
const DECIMALS: f64 = 10_000.0;
/// An arrow key moves a marker one map pixel; with Shift, this many.
pub const COARSE_STEP_PIXELS: f64 = 10.0;

/// Rounds to the pack's precision and keeps the point on the map.
pub fn on_map(x: f64, y: f64) -> Point {
    let fit = |v: f64| (v.clamp(0.0, 1.0) * DECIMALS).round() / DECIMALS;
    Point {
        x: fit(x),
        y: fit(y),
    }
}

/// Where a marker that started at `start` is after the pointer moved (`dx`, `dy`) screen
/// pixels over a map drawn `drawn_width` × `drawn_height` pixels.
pub fn dragged(
    start: Point,
    (dx, dy): (f64, f64),
    (drawn_width, drawn_height): (f64, f64),
) -> Point {
    if drawn_width <= 0.0 || drawn_height <= 0.0 {
        return start;
    }
    on_map(start.x + dx / drawn_width, start.y + dy / drawn_height)
}

/// The arrow key's step: `key` is an ArrowLeft/Right/Up/Down key name; one map pixel of a map
/// `map_width` × `map_height` pixels, or `COARSE_STEP_PIXELS` with Shift.
pub fn nudged(
    point: Point,
    key: &str,
    coarse: bool,
    (map_width, map_height): (f64, f64),
) -> Option<Point> {
    let (dx, dy) = match key {
        "ArrowLeft" => (-1.0, 0.0),
        "ArrowRight" => (1.0, 0.0),
        "ArrowUp" => (0.0, -1.0),
        "ArrowDown" => (0.0, 1.0),
        _ => return None,
    };
    let pixels = if coarse { COARSE_STEP_PIXELS } else { 1.0 };
    let size = |v: f64| if v > 0.0 { v } else { 1000.0 };
    Some(on_map(
        point.x + dx * pixels / size(map_width),
        point.y + dy * pixels / size(map_height),
    ))
}

/// Whether `point` is inside the closed polygon `outline` (even-odd rule; fewer than three
/// corners hold nothing).
pub fn inside(outline: &[Point], point: Point) -> bool {
    if outline.len() < 3 {
        return false;
    }
    let mut holds = false;
    let mut previous = outline[outline.len() - 1];
    for &corner in outline {
        let crosses = (corner.y > point.y) != (previous.y > point.y);
        if crosses {
            let x =
                corner.x + (point.y - corner.y) * (previous.x - corner.x) / (previous.y - corner.y);
            if point.x < x {
                holds = !holds;
            }
        }
        previous = corner;
    }
    holds
}

/// A marker on the map: where it is, and half its size on screen in CSS pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MarkerBox {
    pub at: Point,
    pub half: (f64, f64),
}

/// The narrowest the map may be drawn (CSS pixels) so that no two markers seen together
/// overlap, for a map picture `map_width` × `map_height`; at most `widest` (markers on the same
/// spot never part). `always` are always on the map (hotspots, site labels); each of `groups`
/// is seen with them, never with another group (the outline points of the selected site).
pub fn width_keeping_apart(
    always: &[MarkerBox],
    groups: &[Vec<MarkerBox>],
    (map_width, map_height): (f64, f64),
    widest: f64,
) -> f64 {
    let tall = if map_width > 0.0 {
        map_height / map_width
    } else {
        1.0
    };
    let apart = |a: &MarkerBox, b: &MarkerBox| {
        let (dx, dy) = ((a.at.x - b.at.x).abs(), (a.at.y - b.at.y).abs() * tall);
        // Apart across or apart down: the smaller width that does either.
        let across = if dx > 0.0 {
            (a.half.0 + b.half.0) / dx
        } else {
            f64::INFINITY
        };
        let down = if dy > 0.0 {
            (a.half.1 + b.half.1) / dy
        } else {
            f64::INFINITY
        };
        across.min(down).min(widest)
    };
    let mut width: f64 = 0.0;
    for (i, a) in always.iter().enumerate() {
        for b in &always[i + 1..] {
            width = width.max(apart(a, b));
        }
    }
    for group in groups {
        for (i, a) in group.iter().enumerate() {
            for b in group[i + 1..].iter().chain(always) {
                width = width.max(apart(a, b));
            }
        }
    }
    width.ceil()
}

/// Whether a scrolling frame hides some of what it holds before and after what it shows, along
/// one axis: how far it is scrolled, how long its content is and how long it is itself (CSS
/// pixels), a pixel's rounding allowed.
pub fn hidden_ends(scrolled: f64, full: f64, shown: f64) -> (bool, bool) {
    (scrolled > 1.0, scrolled + shown < full - 1.0)
}

/// How far to scroll a frame along one axis so that a marker there is in sight: none while
/// its centre is at least `clear` (at most a quarter of the frame) inside the part shown;
/// otherwise as far as puts it in the middle. The marker starts at `start` and is `size` long,
/// the part shown starts at `seen_start` and is `seen_size` long (CSS pixels, in the page).
pub fn scroll_to_sight(start: f64, size: f64, seen_start: f64, seen_size: f64, clear: f64) -> f64 {
    let centre = start + size / 2.0;
    let clear = clear.min(seen_size / 4.0);
    if centre < seen_start + clear || centre > seen_start + seen_size - clear {
        centre - (seen_start + seen_size / 2.0)
    } else {
        0.0
    }
}

/// The lines `style/map.css` needs for a map picture of this size (the page draws the map
/// from them before the app starts).
pub fn map_css(width: f64, height: f64) -> String {
    format!("--map-w: {width}; --map-h: {height};")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_drag_moves_by_the_share_of_the_drawn_map() {
        let start = Point { x: 0.32, y: 0.45 };
        let moved = dragged(start, (100.0, 0.0), (800.0, 500.0));
        assert_eq!(moved, Point { x: 0.445, y: 0.45 });
        let moved = dragged(start, (-40.0, 50.0), (1000.0, 625.0));
        assert_eq!(moved, Point { x: 0.28, y: 0.53 });
    }

    #[test]
    fn a_drag_stays_on_the_map_and_is_rounded() {
        let start = Point { x: 0.9, y: 0.1 };
        assert_eq!(
            dragged(start, (500.0, -500.0), (800.0, 500.0)),
            Point { x: 1.0, y: 0.0 }
        );
        let moved = dragged(Point { x: 0.0, y: 0.0 }, (1.0, 1.0), (3.0, 7.0));
        assert_eq!(
            moved,
            Point {
                x: 0.3333,
                y: 0.1429
            }
        );
        assert_eq!(dragged(start, (5.0, 5.0), (0.0, 0.0)), start);
    }

    #[test]
    fn arrows_step_one_map_pixel_and_shift_ten() {
        let size = (1600.0, 1000.0);
        let here = Point { x: 0.5, y: 0.5 };
        assert_eq!(
            nudged(here, "ArrowRight", false, size),
            Some(Point { x: 0.5006, y: 0.5 })
        );
        assert_eq!(
            nudged(here, "ArrowUp", true, size),
            Some(Point { x: 0.5, y: 0.49 })
        );
        assert_eq!(
            nudged(here, "ArrowLeft", true, size),
            Some(Point { x: 0.4938, y: 0.5 })
        );
        assert_eq!(nudged(here, "Enter", false, size), None);
        let corner = Point { x: 0.0, y: 1.0 };
        assert_eq!(nudged(corner, "ArrowDown", true, size), Some(corner));
    }

    #[test]
    fn a_point_is_in_the_outline_that_holds_it() {
        let square = [
            Point { x: 0.2, y: 0.2 },
            Point { x: 0.6, y: 0.2 },
            Point { x: 0.6, y: 0.6 },
            Point { x: 0.2, y: 0.6 },
        ];
        assert!(inside(&square, Point { x: 0.4, y: 0.4 }));
        assert!(!inside(&square, Point { x: 0.7, y: 0.4 }));
        assert!(!inside(&square, Point { x: 0.4, y: 0.1 }));
        // A concave outline: the notch is outside.
        let notched = [
            Point { x: 0.0, y: 0.0 },
            Point { x: 1.0, y: 0.0 },
            Point { x: 1.0, y: 1.0 },
            Point { x: 0.5, y: 0.3 },
            Point { x: 0.0, y: 1.0 },
        ];
        assert!(inside(&notched, Point { x: 0.2, y: 0.5 }));
        assert!(!inside(&notched, Point { x: 0.5, y: 0.8 }));
        assert!(!inside(&square[..2], Point { x: 0.4, y: 0.2 }));
    }

    /// A 44 px target at (x, y) on a map 1,600 × 1,000 pixels.
    fn target(x: f64, y: f64) -> MarkerBox {
        MarkerBox {
            at: Point { x, y },
            half: (22.0, 22.0),
        }
    }

    #[test]
    fn the_map_grows_until_markers_no_longer_overlap() {
        let size = (1600.0, 1000.0);
        // 0.08 of the width apart across: 44 px apart at 550 px.
        assert_eq!(
            width_keeping_apart(&[target(0.2, 0.45), target(0.28, 0.45)], &[], size, 4000.0),
            550.0
        );
        // 0.11 apart down on a map 0.625 as tall as wide: 640 px.
        assert_eq!(
            width_keeping_apart(&[target(0.2, 0.45), target(0.2, 0.56)], &[], size, 4000.0),
            640.0
        );
        // Apart either way is enough: the easier one counts.
        assert_eq!(
            width_keeping_apart(&[target(0.2, 0.45), target(0.28, 0.9)], &[], size, 4000.0),
            157.0
        );
        assert_eq!(
            width_keeping_apart(&[target(0.5, 0.5), target(0.5, 0.5)], &[], size, 4000.0),
            4000.0
        );
        assert_eq!(
            width_keeping_apart(&[target(0.5, 0.5)], &[], size, 4000.0),
            0.0
        );
        let label = MarkerBox {
            at: Point { x: 0.28, y: 0.3 },
            half: (60.0, 22.0),
        };
        assert_eq!(
            width_keeping_apart(&[label, target(0.2, 0.45)], &[], size, 4000.0),
            470.0
        );
    }

    #[test]
    fn outline_points_keep_apart_from_each_other_and_the_markers_not_other_sites_points() {
        let size = (1600.0, 1000.0);
        let hotspots = [target(0.2, 0.45), target(0.5, 0.9)];
        assert_eq!(width_keeping_apart(&hotspots, &[], size, 4000.0), 147.0);
        // Two points of one outline 0.04 apart across: 1,100 px.
        let close = vec![target(0.6, 0.1), target(0.64, 0.1)];
        assert_eq!(
            width_keeping_apart(&hotspots, std::slice::from_ref(&close), size, 4000.0),
            1100.0
        );
        // A point 0.0625 across from a hotspot: 704 px.
        let by_a_hotspot = vec![target(0.5625, 0.9), target(0.9, 0.1)];
        assert_eq!(
            width_keeping_apart(&hotspots, std::slice::from_ref(&by_a_hotspot), size, 4000.0),
            704.0
        );
        // Two sites' outlines share a corner: never seen together, so no matter.
        let shared = vec![target(0.64, 0.1), target(0.9, 0.6)];
        assert_eq!(
            width_keeping_apart(&hotspots, &[by_a_hotspot, shared], size, 4000.0),
            704.0
        );
        assert_eq!(
            width_keeping_apart(&hotspots, &[close, vec![target(0.64, 0.1)]], size, 4000.0),
            1100.0
        );
    }

    #[test]
    fn a_frame_hides_the_ends_it_has_not_scrolled_to() {
        assert_eq!(hidden_ends(0.0, 900.0, 600.0), (false, true));
        assert_eq!(hidden_ends(150.0, 900.0, 600.0), (true, true));
        assert_eq!(hidden_ends(299.5, 900.0, 600.0), (true, false));
        assert_eq!(hidden_ends(0.0, 600.0, 600.0), (false, false));
        assert_eq!(hidden_ends(0.0, 600.5, 600.0), (false, false));
    }

    #[test]
    fn a_marker_out_of_sight_or_under_a_shade_is_scrolled_to_the_middle() {
        // A 600 px frame at 100, shades 56 px: a 44 px marker in the clear stays.
        assert_eq!(scroll_to_sight(300.0, 44.0, 100.0, 600.0, 56.0), 0.0);
        assert_eq!(scroll_to_sight(134.0, 44.0, 100.0, 600.0, 56.0), 0.0);
        // Its centre under the right shade, or past the frame: to the middle (400).
        assert_eq!(scroll_to_sight(630.0, 44.0, 100.0, 600.0, 56.0), 252.0);
        assert_eq!(scroll_to_sight(600.0, 44.0, 100.0, 600.0, 56.0), 0.0);
        assert_eq!(scroll_to_sight(1500.0, 44.0, 100.0, 600.0, 56.0), 1122.0);
        // Before the frame: back.
        assert_eq!(scroll_to_sight(-400.0, 44.0, 100.0, 600.0, 56.0), -778.0);
        // A frame too small for its shades: a quarter of it counts as clear.
        assert_eq!(scroll_to_sight(130.0, 44.0, 100.0, 160.0, 56.0), 0.0);
        assert_eq!(scroll_to_sight(80.0, 44.0, 100.0, 160.0, 56.0), -78.0);
    }

    #[test]
    fn the_css_a_map_needs() {
        assert_eq!(map_css(2400.0, 1350.0), "--map-w: 2400; --map-h: 1350;");
    }
}
