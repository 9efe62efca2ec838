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
/// An upright strip card's width (`STRIP_CARD`): this share of the viewport, clamped.
pub const STRIP_CARD_RULE: (f64, f64, f64) = (0.3, 136.0, 288.0);

#[cfg(test)]
mod tests {
    use super::*;

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
