//! The photo view's zoom: the picture's frame kept by the map's maths, with the whole picture
//! inside it at scale 1 and, at the closest, one of the picture's pixels to a screen pixel.

use super::{Frame, MapView, Size, MIN_MAX_SCALE};

/// The picture's size at scale 1: as large as fits inside the room, keeping its shape.
pub fn contained(picture: Size, room: Size) -> Size {
    let ratio = (room.width / picture.width).min(room.height / picture.height);
    super::scaled(picture, ratio)
}

/// The closest the picture zooms: until one of its `widest_px` pixels (its widest web size, or
/// its own width) is one of the screen's device pixels, and never less than `MIN_MAX_SCALE`.
pub fn max_scale(drawn_width: f64, widest_px: f64, device_pixel_ratio: f64) -> f64 {
    let full = widest_px / (drawn_width * device_pixel_ratio);
    if full.is_finite() {
        full.max(MIN_MAX_SCALE)
    } else {
        MIN_MAX_SCALE
    }
}

/// The picture's frame for a room of `room` CSS pixels: the whole picture at first, and after
/// a resize (`before`) the same part of it in the middle at the same zoom. None for an empty
/// room.
pub fn photo_frame(
    picture: Size,
    room: Size,
    widest_px: f64,
    device_pixel_ratio: f64,
    before: Option<Frame>,
) -> Option<Frame> {
    let base = contained(picture, room);
    let max_scale = max_scale(base.width, widest_px, device_pixel_ratio);
    match before {
        Some(frame) => frame.refitted(base, room, max_scale),
        None if room.width > 0.0 && room.height > 0.0 => Some(Frame {
            view: MapView::home(base, room),
            base,
            viewport: room,
            max_scale,
        }),
        None => None,
    }
}

/// Whether a wheel turn over the picture is the picture's to zoom: a trackpad pinch always is;
/// a plain wheel turned towards the visitor over the whole picture scrolls the dialog instead.
pub fn wheel_zooms(frame: &Frame, delta_y: f64, pinch: bool) -> bool {
    pinch || delta_y < 0.0 || frame.zoomed_in()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pan_zoom::tests::{close, size};
    use crate::pan_zoom::{Gesture, Input, ZOOM_STEP};

    const PHOTO: Size = size(900.0, 600.0);
    const PHONE_ROOM: Size = size(390.0, 260.0);

    fn phone() -> Frame {
        photo_frame(PHOTO, PHONE_ROOM, 900.0, 1.0, None).unwrap()
    }

    fn key(frame: Frame, key: &str) -> Frame {
        let input = Input::Key {
            key,
            on_map: frame.zoomed_in(),
            modified: false,
        };
        Gesture::default().handle(frame, input).frame
    }

    #[test]
    fn the_whole_picture_fits_its_frame_at_first() {
        let frame = phone();
        assert_eq!(frame.base, PHONE_ROOM);
        assert_eq!(frame.view, MapView::default());
        assert!(!frame.zoomed_in());
        // A tall picture in a frame cut short by the screen's height: whole, and centred.
        let tall = photo_frame(size(400.0, 1600.0), size(390.0, 464.0), 400.0, 1.0, None).unwrap();
        assert!(close(tall.base.width, 116.0) && close(tall.base.height, 464.0));
        assert!(close(tall.view.x, (390.0 - 116.0) / 2.0) && close(tall.view.y, 0.0));
        assert!(photo_frame(PHOTO, size(0.0, 260.0), 900.0, 1.0, None).is_none());
    }

    #[test]
    fn the_closest_zoom_is_the_picture_s_own_pixels_and_at_least_twice() {
        // 900 pixels drawn 390 wide: 2.31 times; on a screen of 2 device pixels a CSS pixel,
        // the picture is already sharp at scale 1.15, and may still be zoomed twice.
        assert!(close(max_scale(390.0, 900.0, 1.0), 900.0 / 390.0));
        assert_eq!(max_scale(390.0, 900.0, 2.0), MIN_MAX_SCALE);
        assert!(close(max_scale(800.0, 3840.0, 1.5), 3.2));
        assert_eq!(max_scale(0.0, 900.0, 1.0), MIN_MAX_SCALE);
        let frame = phone();
        let far = key(key(key(key(frame, "+"), "+"), "+"), "+");
        assert!(close(far.view.scale, 900.0 / 390.0), "{far:?}");
    }

    #[test]
    fn keys_zoom_about_the_middle_pan_when_zoomed_and_zero_resets() {
        let frame = phone();
        let zoomed = key(frame, "+");
        assert!(close(zoomed.view.scale, ZOOM_STEP));
        // About the middle: the middle of the picture stays in the middle.
        let middle = (195.0 - zoomed.view.x) / (390.0 * zoomed.view.scale);
        assert!(close(middle, 0.5));
        // The typographic minus on some keyboards zooms out like the hyphen.
        assert_eq!(key(zoomed, "−").view.scale, 1.0);
        assert_eq!(key(zoomed, "-").view.scale, 1.0);
        let left = key(zoomed, "ArrowLeft");
        assert!(left.view.x > zoomed.view.x);
        assert_eq!(key(left, "0"), frame);
        // Not zoomed, the arrows are not the picture's (they step to another photo).
        let unzoomed = Gesture::default().handle(
            frame,
            Input::Key {
                key: "ArrowRight",
                on_map: frame.zoomed_in(),
                modified: false,
            },
        );
        assert!(!unzoomed.handled);
    }

    #[test]
    fn panning_never_takes_the_picture_out_of_its_frame() {
        let zoomed = phone().zoomed(2.0);
        for (dx, dy) in [(1e5, 1e5), (-1e5, -1e5), (1e5, -1e5)] {
            let moved = zoomed.panned(dx, dy);
            let (x, y, s) = (moved.view.x, moved.view.y, moved.view.scale);
            assert!(x <= 0.0 && x + 390.0 * s >= 390.0, "{moved:?}");
            assert!(y <= 0.0 && y + 260.0 * s >= 260.0, "{moved:?}");
        }
        // Unzoomed, a drag moves nothing: a swipe is left to step to the next photo.
        assert_eq!(phone().panned(-80.0, 0.0), phone());
    }

    #[test]
    fn a_resize_keeps_the_zoom_and_the_part_in_the_middle() {
        let before = phone().zoomed_at(2.0, 100.0, 80.0);
        let wider = size(600.0, 400.0);
        let after = photo_frame(PHOTO, wider, 900.0, 1.0, Some(before)).unwrap();
        assert_eq!(after.base, wider);
        assert!(close(after.view.scale, 2.0));
        let middle = |f: Frame| {
            (
                (f.viewport.width / 2.0 - f.view.x) / (f.base.width * f.view.scale),
                (f.viewport.height / 2.0 - f.view.y) / (f.base.height * f.view.scale),
            )
        };
        let (a, b) = (middle(before), middle(after));
        assert!(close(a.0, b.0) && close(a.1, b.1), "{a:?} {b:?}");
        // Drawn larger, the picture may not zoom as far: 900 / 600 is under 2, so 2.
        assert_eq!(after.max_scale, MIN_MAX_SCALE);
    }

    #[test]
    fn a_plain_wheel_away_over_the_whole_picture_scrolls_the_dialog() {
        let frame = phone();
        assert!(!wheel_zooms(&frame, 40.0, false));
        assert!(wheel_zooms(&frame, -40.0, false));
        assert!(wheel_zooms(&frame, 40.0, true));
        assert!(wheel_zooms(&frame.zoomed(2.0), 40.0, false));
    }
}
