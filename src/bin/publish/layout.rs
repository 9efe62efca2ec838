//! The layout of the published `dist/`: the folders publish writes and keeps, named once.

pub use shijingshan_exhibit::route::QR_FOLDER;

/// The link-preview cards (`previews/<photo>.jpg`, the map's `map.png`).
pub const PREVIEW_FOLDER: &str = "previews";
/// Where the sizes are published, inside `dist/`.
pub const SIZES_FOLDER: &str = "images/sizes";
/// The studio's folder in `dist/`. A museum may leave it out when deploying.
pub const STUDIO_FOLDER: &str = "studio";

/// trunk's own `index.html`, kept so the exhibit can be published again (`update-pack`).
/// A dot-folder: never precached, compressed or linked.
pub const TEMPLATE: &str = ".publish/trunk-index.html";
/// The curator's pack as it was installed, with its original pictures: what publishing again
/// starts from. The published `exhibit.json` beside `index.html` is made from it, and the
/// originals of raster pictures are never published (only their sizes are).
pub const SOURCE_PACK: &str = shijingshan_exhibit::studio::export::PUBLISHED_ORIGINALS;
/// The sizes made of each original, by its digest, so publishing again redoes only new photos.
/// `EXHIBIT_PICTURE_CACHE` puts it elsewhere (the release build keeps it in `target/`).
pub const PICTURE_CACHE: &str = ".publish/picture-cache";
/// Everything `publish` writes from the pack, removed before it writes them anew so a photo
/// taken out of the pack leaves no page behind.
pub const PACK_OUTPUTS: [&str; 5] = ["photos", "sites", "statistics", PREVIEW_FOLDER, QR_FOLDER];
