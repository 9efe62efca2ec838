//! The checks a pack file on disk must pass before it is published: its rules, and every
//! picture it names present beside it, readable, and of the size the pack gives it. Shared by
//! `check-pack` and `publish update-pack`.

use std::path::Path;

use super::raster::{self, KIOSK_LONG_SIDE};
use super::{load_pack, Exhibit, Picture};

/// A pack that passed, with what a curator should still know (a photo too small for a kiosk).
#[derive(Debug)]
pub struct CheckedPack {
    pub exhibit: Exhibit,
    pub warnings: Vec<String>,
}

/// Reads and checks the pack at `path`; on failure, every problem as a line naming its place.
pub fn check_pack_file(path: &Path) -> Result<CheckedPack, Vec<String>> {
    let shown = path.display();
    let text =
        std::fs::read_to_string(path).map_err(|e| vec![format!("{shown}: cannot read: {e}")])?;
    let exhibit = load_pack(&text).map_err(|error| {
        error
            .to_string()
            .lines()
            .map(|line| format!("{shown}: {line}"))
            .collect::<Vec<_>>()
    })?;
    let folder = path.parent().unwrap_or(Path::new("."));
    let mut problems = Vec::new();
    for (place, file) in exhibit.picture_files() {
        if !folder.join(file).is_file() {
            problems.push(format!(
                "{shown}: {place}: file {file} not found next to the pack"
            ));
        }
    }
    let mut warnings = Vec::new();
    if problems.is_empty() {
        let pictures = std::iter::once(("map.image".to_string(), &exhibit.map.image)).chain(
            (exhibit.photos.iter().enumerate())
                .map(|(i, photo)| (format!("photos[{i}].image"), &photo.image)),
        );
        for (place, picture) in pictures {
            match check_raster(folder, picture) {
                Ok(Some(warning)) if place != "map.image" => {
                    warnings.push(format!("{shown}: {place}: {warning}"))
                }
                Ok(_) => {}
                Err(problem) => problems.push(format!("{shown}: {place}: {problem}")),
            }
        }
    }
    if problems.is_empty() {
        Ok(CheckedPack { exhibit, warnings })
    } else {
        Err(problems)
    }
}

/// A raster picture must decode to the end, at the size the pack gives it once it is turned
/// upright (the page reserves that space). Returns a warning for one too small for a kiosk.
fn check_raster(folder: &Path, picture: &Picture) -> Result<Option<String>, String> {
    if !raster::is_raster(&picture.src) {
        return Ok(None);
    }
    let bytes = std::fs::read(folder.join(&picture.src))
        .map_err(|e| format!("{}: cannot read: {e}", picture.src))?;
    // Named as the pack names it: the curator knows the file by that name.
    let file = raster::decode(&picture.src, &bytes).map_err(|e| e.replacen(": ", " ", 1))?;
    let (width, height) = file.size();
    if (f64::from(width), f64::from(height)) != (picture.width, picture.height) {
        return Err(format!(
            "{} is {width} × {height} as shown (after its EXIF orientation), but the pack gives width {} and height {}: write {width} and {height}",
            picture.src, picture.width, picture.height
        ));
    }
    let long_side = width.max(height);
    Ok((long_side < KIOSK_LONG_SIDE).then(|| {
        format!(
            "{} is {width} × {height}: under {KIOSK_LONG_SIDE} pixels on its long side, it looks soft on a kiosk's screen",
            picture.src
        )
    }))
}
