//! The curators' studio, which trunk builds into `dist/studio/` beside the exhibit: its start-up
//! script moved into its own file like the exhibit's, so it runs under the same
//! Content-Security-Policy. The visitors' offline copy leaves the folder alone.

use std::path::Path;

use crate::html;

/// The studio's folder in `dist/`. A museum may leave it out when deploying.
pub const STUDIO_FOLDER: &str = "studio";

/// Moves the studio page's start-up script into its own file; nothing to do when there is no
/// studio or an earlier publish moved it already.
pub fn publish_studio(dist: &Path) -> Result<(), String> {
    let folder = dist.join(STUDIO_FOLDER);
    let page_file = folder.join("index.html");
    if !page_file.is_file() {
        return Ok(());
    }
    let page = crate::read(&page_file)?;
    let in_page = |e: String| format!("{}: {e}", page_file.display());
    if let Some(start) = html::external_plain_start_script(&page).map_err(in_page)? {
        crate::write(&folder.join(&start.name), &start.text)?;
        crate::write(&page_file, &start.page)?;
    }
    Ok(())
}
