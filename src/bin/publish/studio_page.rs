//! The curators' studio, which trunk builds into `dist/studio/` beside the exhibit: its start-up
//! script moved into its own file like the exhibit's, so it runs under the same
//! Content-Security-Policy, and the studio's own offline copy (`studio/sw.js`), so it opens
//! again without a network once it has been opened. The visitors' offline copy leaves the folder
//! alone.

use std::path::Path;

use crate::files::{list_files, version_of};
use crate::html;
use crate::layout::STUDIO_FOLDER;
use shijingshan_exhibit::content::Exhibit;
use shijingshan_exhibit::studio::map_maths::STUDIO_MAP_WIDTH;

const STUDIO_WORKER: &str = include_str!("studio_worker.js");

/// Registers the studio's worker from its start-up script (the CSP allows no inline script),
/// and the visitors' one for the exhibit beside it, which the studio's preview runs: so once
/// the studio has been opened, its preview works offline too. The screen is named as the
/// exhibit names it (`offline_copy::worker_address`), so the two agree on one worker.
const REGISTER_WORKER: &str = "navigator.serviceWorker?.register('sw.js').catch(() => {});
navigator.serviceWorker?.register(`../sw.js?screen=${screen.width}x${screen.height}@${devicePixelRatio}`, { scope: '../' }).catch(() => {});
";

/// Moves the studio page's start-up script into its own file (once: a later publish finds it
/// moved) and writes the studio's service worker; nothing to do when there is no studio.
pub fn publish_studio(dist: &Path, pack: &Exhibit) -> Result<(), String> {
    let folder = dist.join(STUDIO_FOLDER);
    let page_file = folder.join("index.html");
    if !page_file.is_file() {
        return Ok(());
    }
    let page = crate::files::read(&page_file)?;
    let in_page = |e: String| format!("{}: {e}", page_file.display());
    if let Some(start) =
        html::external_plain_start_script(&page, REGISTER_WORKER).map_err(in_page)?
    {
        crate::files::write(&folder.join(&start.name), &start.text)?;
        crate::files::write(&page_file, &start.page)?;
    }
    write_worker(&folder, pack)
}

/// `studio/sw.js`: precaches the studio's files, the published pack beside it, and the map
/// picture and the icon the studio shows, under a version that changes whenever one of them
/// does.
fn write_worker(folder: &Path, pack: &Exhibit) -> Result<(), String> {
    let mut files = Vec::new();
    list_files(folder, folder, &mut files)?;
    let compressed = |f: &str| f.ends_with(".br") || f.ends_with(".gz");
    files.retain(|f| f != "sw.js" && !compressed(f));
    files.sort();
    let map = pack.map.image.sources(STUDIO_MAP_WIDTH).src;
    files.extend([format!("../{map}"), "../favicon.svg".to_string()]);
    let version = version_of(folder, &files)?;
    let urls: Vec<String> = ["./", "../exhibit.json"]
        .into_iter()
        .map(String::from)
        .chain(files)
        .collect();
    let list = serde_json::to_string(&urls).map_err(|e| e.to_string())?;
    let worker = STUDIO_WORKER
        .replace("__VERSION__", &version)
        .replace("__PRECACHE__", &list);
    crate::files::write(&folder.join("sw.js"), &worker)
}
