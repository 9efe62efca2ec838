//! `publish DIST`: turns trunk's `dist/` into the published exhibit. It checks the content pack
//! (a broken pack fails the build), paints a static shell into `index.html` so the title and
//! map show before the wasm arrives, writes one link-preview page per photo and site with a
//! picture for chat apps, and adds the web app manifest, icons and the offline service worker.

#![cfg_attr(target_arch = "wasm32", allow(unused))]

#[cfg(not(target_arch = "wasm32"))]
mod compress;
#[cfg(not(target_arch = "wasm32"))]
mod html;
#[cfg(not(target_arch = "wasm32"))]
mod offline;
#[cfg(not(target_arch = "wasm32"))]
mod pictures;
#[cfg(not(target_arch = "wasm32"))]
mod share_pages;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// A build-time tool: it runs on the build machine, never in the browser.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> ExitCode {
    let dist = PathBuf::from(std::env::args().nth(1).unwrap_or_else(|| "dist".into()));
    match publish(&dist) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("publish: {error}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn publish(dist: &Path) -> Result<(), String> {
    use shijingshan_exhibit::content::load_pack;
    let pack_text = read(&dist.join("exhibit.json"))?;
    let pack = load_pack(&pack_text).map_err(|e| format!("exhibit.json is not valid:\n{e}"))?;
    let template = read(&dist.join("index.html"))?;
    if template.contains("id=\"static-shell\"") {
        return Err("dist/ is already published: run trunk build first".into());
    }
    let previews = pictures::render_previews(dist, &pack)?;
    let template = html::without_wasm_preload(&template);
    let (template, start_name, start_script) = html::external_start_script(&template);
    write(&dist.join(&start_name), &start_script)?;
    if let Some(warning) = html::shell_map_mismatch(dist, &pack) {
        println!("publish: {warning}");
    }
    let index = html::with_static_shell(&template, &pack);
    write(&dist.join("index.html"), &index)?;
    pictures::render_icons(dist)?;
    let pages = share_pages::write_all(dist, &pack, &index, &previews)?;
    offline::write_manifest(dist, &pack)?;
    let cached = offline::write_service_worker(dist)?;
    let compressed = compress::write_compressed_copies(dist)?;
    println!(
        "publish: {pages} link-preview pages, {} preview pictures, {cached} files cached for offline use, {compressed} files precompressed",
        previews.len()
    );
    Ok(())
}

pub fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

pub fn write(path: &Path, text: &str) -> Result<(), String> {
    if let Some(folder) = path.parent() {
        std::fs::create_dir_all(folder)
            .map_err(|e| format!("cannot create {}: {e}", folder.display()))?;
    }
    std::fs::write(path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))
}
