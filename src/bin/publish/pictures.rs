//! The link-preview cards (chat apps show no SVG, and refuse large photos) and the app icons
//! phones install.

use std::collections::BTreeMap;
use std::path::Path;

use resvg::tiny_skia::{Color, Pixmap, Transform};
use resvg::usvg::{Options, Tree};
use shijingshan_exhibit::content::Exhibit;

use crate::layout::PREVIEW_FOLDER;
use crate::photographs::{Made, CARD};

const ICON_SIZES: [u32; 2] = [192, 512];
/// The exhibit's night-steel background, behind pictures that do not fill a card.
const BACKGROUND: (u8, u8, u8) = (15, 23, 32);

/// The link-preview pictures: the map's (for the site and statistics pages) and each photo's.
pub struct Previews {
    pub map: String,
    /// By photo id.
    pub photos: BTreeMap<String, String>,
}

/// One 1200 × 630 preview card per photo and one of the map: a raster picture's card is the
/// one publish made with its sizes; an SVG illustration is rendered onto a card.
pub fn render_previews(
    dist: &Path,
    pack: &Exhibit,
    made: &BTreeMap<String, Made>,
) -> Result<Previews, String> {
    let card = |name: &str, src: &str| -> Result<String, String> {
        if let Some(one) = made.get(src) {
            let path = format!("{PREVIEW_FOLDER}/{name}.jpg");
            crate::files::copy(&one.card(), &dist.join(&path))?;
            Ok(path)
        } else if src.ends_with(".svg") {
            let path = format!("{PREVIEW_FOLDER}/{name}.png");
            render_svg(&dist.join(src), &dist.join(&path), CARD, 0.0)?;
            Ok(path)
        } else {
            // A picture publish does not size (AVIF) is its own preview.
            Ok(src.to_string())
        }
    };
    let map = card("map", &pack.map.image.src)?;
    let mut photos = BTreeMap::new();
    for photo in &pack.photos {
        photos.insert(photo.id.clone(), card(&photo.id, &photo.image.src)?);
    }
    Ok(Previews { map, photos })
}

/// The install icons, from the favicon, with a margin so round masks do not cut it.
pub fn render_icons(dist: &Path) -> Result<(), String> {
    for size in ICON_SIZES {
        let target = dist.join(format!("icons/icon-{size}.png"));
        render_svg(&dist.join("favicon.svg"), &target, (size, size), 0.1)?;
    }
    Ok(())
}

/// Renders `svg` centred on a `size` canvas of the exhibit's background, `margin` (a fraction
/// of the canvas) clear all round.
fn render_svg(svg: &Path, target: &Path, size: (u32, u32), margin: f32) -> Result<(), String> {
    let data = std::fs::read(svg).map_err(|e| format!("cannot read {}: {e}", svg.display()))?;
    let tree = Tree::from_data(&data, &Options::default())
        .map_err(|e| format!("{} is not a readable SVG: {e}", svg.display()))?;
    let (width, height) = (size.0 as f32, size.1 as f32);
    let mut pixmap = Pixmap::new(size.0, size.1).ok_or("a picture size cannot be zero")?;
    let (r, g, b) = BACKGROUND;
    pixmap.fill(Color::from_rgba8(r, g, b, 255));
    let room = (width * (1.0 - 2.0 * margin), height * (1.0 - 2.0 * margin));
    let art = tree.size();
    let scale = (room.0 / art.width()).min(room.1 / art.height());
    let dx = (width - art.width() * scale) / 2.0;
    let dy = (height - art.height() * scale) / 2.0;
    resvg::render(
        &tree,
        Transform::from_scale(scale, scale).post_translate(dx, dy),
        &mut pixmap.as_mut(),
    );
    if let Some(folder) = target.parent() {
        std::fs::create_dir_all(folder)
            .map_err(|e| format!("cannot create {}: {e}", folder.display()))?;
    }
    pixmap
        .save_png(target)
        .map_err(|e| format!("cannot write {}: {e}", target.display()))
}
