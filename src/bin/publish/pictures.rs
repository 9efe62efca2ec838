//! Raster pictures the web needs from our SVG artwork: link-preview cards (chat apps do not
//! show SVG) and the app icons phones install.

use std::collections::BTreeMap;
use std::path::Path;

use resvg::tiny_skia::{Color, Pixmap, Transform};
use resvg::usvg::{Options, Tree};
use shijingshan_exhibit::content::Exhibit;

/// The size Open Graph and Twitter cards are shown at.
const CARD: (u32, u32) = (1200, 630);
const ICON_SIZES: [u32; 2] = [192, 512];
/// The exhibit's night-steel background, behind pictures that do not fill a card.
const BACKGROUND: (u8, u8, u8) = (15, 23, 32);
pub const PREVIEW_FOLDER: &str = "previews";
pub const MAP_PREVIEW: &str = "previews/map.png";

/// One preview picture per photo (and one of the map), keyed by photo id. Raster photos are
/// their own preview; SVG illustrations are rendered onto a card.
pub fn render_previews(dist: &Path, pack: &Exhibit) -> Result<BTreeMap<String, String>, String> {
    let mut previews = BTreeMap::new();
    render_svg(
        &dist.join(&pack.map.image.src),
        &dist.join(MAP_PREVIEW),
        CARD,
        0.0,
    )?;
    for photo in &pack.photos {
        let src = &photo.image.src;
        let preview = if src.ends_with(".svg") {
            let path = format!("{PREVIEW_FOLDER}/{}.png", photo.id);
            render_svg(&dist.join(src), &dist.join(&path), CARD, 0.0)?;
            path
        } else {
            src.clone()
        };
        previews.insert(photo.id.clone(), preview);
    }
    Ok(previews)
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
