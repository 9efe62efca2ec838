//! Offline use and installing: the web app manifest, and a service worker that precaches
//! everything the exhibit shows, under a cache named after this exact build.

use crate::files::{list_files, version_of};
use std::path::Path;

use shijingshan_exhibit::content::Exhibit;
use shijingshan_exhibit::lang::Lang;
use shijingshan_exhibit::picture_widths;

use crate::layout::PREVIEW_FOLDER;
use crate::layout::SIZES_FOLDER;
use crate::layout::STUDIO_FOLDER;

const SERVICE_WORKER: &str = include_str!("service_worker.js");

pub fn write_manifest(dist: &Path, pack: &Exhibit) -> Result<(), String> {
    let manifest = serde_json::json!({
        "name": format!("{} · {}", pack.title.get(Lang::En), pack.title.get(Lang::Zh)),
        "short_name": "Shijingshan Sci-Fi",
        "description": pack.intro.get(Lang::En),
        "lang": "en",
        "start_url": "./",
        "scope": "./",
        "display": "standalone",
        "background_color": "#0f1720",
        "theme_color": "#0f1720",
        "icons": [
            { "src": "icons/icon-192.png", "sizes": "192x192", "type": "image/png", "purpose": "any maskable" },
            { "src": "icons/icon-512.png", "sizes": "512x512", "type": "image/png", "purpose": "any maskable" },
            { "src": "favicon.svg", "sizes": "any", "type": "image/svg+xml" }
        ]
    });
    let text = serde_json::to_string_pretty(&manifest).map_err(|e| e.to_string())?;
    crate::files::write(&dist.join("manifest.webmanifest"), &text)
}

/// Writes `sw.js` with the list of files to precache, the photos' sizes (each device keeps the
/// ones it shows), and a version that changes whenever any of them does. Returns how many
/// files it caches whatever the device.
pub fn write_service_worker(dist: &Path, pack: &Exhibit) -> Result<usize, String> {
    let mut files = Vec::new();
    list_files(dist, dist, &mut files)?;
    // Visitors need neither the preview cards nor the curators' studio offline, nor every size
    // of every photo: the worker picks the sizes for its device.
    let not_for_visitors =
        [PREVIEW_FOLDER, STUDIO_FOLDER, SIZES_FOLDER].map(|folder| format!("{folder}/"));
    files.retain(|f| f != "sw.js" && !not_for_visitors.iter().any(|folder| f.starts_with(folder)));
    let sized: Vec<serde_json::Value> = (pack.pictures())
        .filter_map(|picture| picture.sizes.as_ref())
        .map(|sizes| serde_json::json!({ "stem": sizes.stem, "widths": sizes.widths }))
        .collect();
    files.sort();
    // The published exhibit.json names every size by its original's digest: the version follows.
    let version = version_of(dist, &files)?;
    // A folder's index.html is also what its folder address serves.
    let mut urls: Vec<String> = vec!["./".to_string()];
    for file in &files {
        if let Some(folder) = file.strip_suffix("/index.html") {
            urls.push(format!("{folder}/"));
        }
        urls.push(file.clone());
    }
    let list = serde_json::to_string(&urls).map_err(|e| e.to_string())?;
    let sized = serde_json::to_string(&sized).map_err(|e| e.to_string())?;
    let worker = SERVICE_WORKER
        .replace("__VERSION__", &version)
        .replace("__STUDIO__", STUDIO_FOLDER)
        .replace("__SIZES_FOLDER__", SIZES_FOLDER)
        .replace("__SIZED__", &sized)
        .replace("__LADDER__", &format!("{:?}", picture_widths::LADDER))
        .replace("__PHOTO_VIEW__", &rule(picture_widths::PHOTO_VIEW_RULE))
        .replace("__STRIP_CARD__", &rule(picture_widths::STRIP_CARD_RULE))
        .replace("__LIST_CARD__", &picture_widths::LIST_CARD_PX.to_string())
        .replace("__PRECACHE__", &list);
    crate::files::write(&dist.join("sw.js"), &worker)?;
    Ok(urls.len())
}

/// A rule's three numbers as a JavaScript array.
fn rule((a, b, c): (f64, f64, f64)) -> String {
    format!("[{a}, {b}, {c}]")
}
