//! How wide each kind of picture is drawn, as the `sizes` a browser needs to choose one of a
//! photo's web sizes before the page is laid out; the app's views and publish's pages both use
//! these, and they follow the widths in `style/`.

/// A photo card in a site's strip beside or under the map (`.site-strip .photo-card`): a row of
/// cards to swipe through when the exhibit stands upright, a small one beside its title when not.
pub const STRIP_CARD: &str = "(orientation: portrait) clamp(136px, 30vw, 288px), 96px";
/// A photo card in the list view or a site's panel (`.photo-card-button img`).
pub const LIST_CARD: &str = "96px";
pub const LIST_CARD_PX: f64 = 96.0;
/// The photo view's picture: the whole width on a phone, three fifths of the dialog elsewhere.
pub const PHOTO_VIEW: &str = "(max-width: 48rem) 100vw, min(56vw, 1000px)";
/// The photo on its own link-preview page, for readers without the app.
pub const SHARE_PAGE: &str = "(max-width: 48rem) 100vw, 720px";
/// The map picture, across the map's frame.
pub const MAP: &str = "100vw";

/// The width, in CSS pixels, the `src` fallback of each is chosen for (browsers without
/// `srcset` are desktop ones).
pub const CARD_FALLBACK: f64 = 320.0;
pub const PHOTO_FALLBACK: f64 = 1280.0;

/// The widths publish makes of a raster picture, capped at its own: from a phone's photo card
/// to a 4K kiosk.
pub const LADDER: [u32; 8] = [320, 480, 640, 960, 1280, 1920, 2560, 3840];

/// The photo view's width (`PHOTO_VIEW`): the whole viewport up to this width, then this share
/// of it, at most this.
pub const PHOTO_VIEW_RULE: (f64, f64, f64) = (768.0, 0.56, 1000.0);
/// The photo view's picture width in CSS pixels on a viewport `viewport_width` wide, as the
/// browser reads `PHOTO_VIEW`.
pub fn photo_view_width(viewport_width: f64) -> f64 {
    let (narrow, share, widest) = PHOTO_VIEW_RULE;
    if viewport_width <= narrow {
        viewport_width
    } else {
        (viewport_width * share).min(widest)
    }
}

/// For a zoomed picture drawn `drawn` CSS pixels wide on a screen of `device_pixel_ratio`
/// device pixels a CSS pixel: the narrowest of its web `widths` that is sharp there (the widest
/// if none is), and a `sizes` that makes the browser choose exactly that one.
pub fn zoomed_choice(widths: &[u32], drawn: f64, device_pixel_ratio: f64) -> Option<(u32, String)> {
    let needed = drawn * device_pixel_ratio;
    let width = (widths.iter().copied())
        .find(|&w| f64::from(w) >= needed)
        .or(widths.last().copied())?;
    // A hair under the width: a candidate exactly as wide as needed is one device pixel to
    // one of the picture's, and the next narrower one is not.
    let css = (f64::from(width) / device_pixel_ratio * 100.0).floor() / 100.0;
    Some((width, format!("{}px", crate::decimals::plain(css))))
}

/// An upright strip card's width (`STRIP_CARD`): this share of the viewport, clamped.
pub const STRIP_CARD_RULE: (f64, f64, f64) = (0.3, 136.0, 288.0);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_zoomed_photo_asks_for_the_narrowest_sharp_size_and_no_larger() {
        let widths = [320, 480, 640, 900];
        assert_eq!(
            zoomed_choice(&widths, 585.0, 1.0),
            Some((640, "640px".into()))
        );
        // On a 1.5× screen 640 device pixels are 426.67 CSS pixels: a hair under, so that the
        // browser's 640 / 426.66 is just over 1.5.
        let (width, sizes) = zoomed_choice(&widths, 400.0, 1.5).unwrap();
        assert_eq!((width, sizes.as_str()), (640, "426.66px"));
        let css: f64 = sizes.trim_end_matches("px").parse().unwrap();
        assert!(640.0 / css >= 1.5 && 480.0 / css < 1.5, "{css}");
        // Past the widest, the widest (never the original file, which is not in the set).
        assert_eq!(
            zoomed_choice(&widths, 2000.0, 2.0),
            Some((900, "450px".into()))
        );
        assert_eq!(zoomed_choice(&[], 500.0, 1.0), None);
    }

    #[test]
    fn the_photo_view_is_a_phone_s_whole_width_and_56_percent_of_a_larger_screen_at_most_1000_px() {
        assert_eq!(photo_view_width(390.0), 390.0);
        assert_eq!(photo_view_width(1440.0), 1440.0 * 0.56);
        assert_eq!(photo_view_width(3840.0), 1000.0);
    }

    #[test]
    fn the_rules_the_offline_copy_follows_are_the_ones_the_browser_is_given() {
        // 48rem is 768 px at the browser's default font size, where `sizes` is read.
        let (narrow, share, widest) = PHOTO_VIEW_RULE;
        assert_eq!(narrow, 48.0 * 16.0);
        assert!(PHOTO_VIEW.contains(&format!("min({}vw, {widest}px)", (share * 100.0).round())));
        assert_eq!(LIST_CARD, format!("{LIST_CARD_PX}px"));
        let (share, low, high) = STRIP_CARD_RULE;
        assert!(STRIP_CARD.contains(&format!(
            "clamp({low}px, {}vw, {high}px)",
            (share * 100.0).round()
        )));
    }
}
