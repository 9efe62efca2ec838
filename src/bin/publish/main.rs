//! `publish DIST`: turns trunk's `dist/` into the published exhibit. It checks the content pack
//! (a broken pack fails the build), paints a static shell into `index.html` so the title and
//! map show before the wasm arrives, writes one link-preview page per photo and site with a
//! picture for chat apps, and adds the web app manifest, icons and the offline service worker.
//!
//! `publish install-app APP_FOLDER DIST`: before that, puts the split app (`.ci/build-app`)
//! into trunk's `dist/` (app_files.rs).
//!
//! `publish update-pack PACK_FOLDER DIST`: puts a curator's new content pack (its
//! `exhibit.json` and the pictures it names) into a published `dist/`, then publishes again,
//! so the pages, preview pictures, compressed copies and the offline copy all follow it.

#![cfg_attr(target_arch = "wasm32", allow(unused))]

#[cfg(not(target_arch = "wasm32"))]
mod app_files;
#[cfg(not(target_arch = "wasm32"))]
mod compress;
#[cfg(not(target_arch = "wasm32"))]
mod digest;
#[cfg(not(target_arch = "wasm32"))]
mod html;
#[cfg(not(target_arch = "wasm32"))]
mod offline;
#[cfg(not(target_arch = "wasm32"))]
mod pictures;
#[cfg(not(target_arch = "wasm32"))]
mod share_pages;
#[cfg(not(target_arch = "wasm32"))]
mod shell;
#[cfg(not(target_arch = "wasm32"))]
mod studio_page;
#[cfg(not(target_arch = "wasm32"))]
mod stylesheet;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// trunk's own `index.html`, kept so the exhibit can be published again (`update-pack`).
/// A dot-folder: never precached, compressed or linked.
#[cfg(not(target_arch = "wasm32"))]
const TEMPLATE: &str = ".publish/trunk-index.html";
/// Everything `publish` writes from the pack, removed before it writes them anew so a photo
/// taken out of the pack leaves no page behind.
#[cfg(not(target_arch = "wasm32"))]
const PACK_OUTPUTS: [&str; 4] = ["photos", "sites", "statistics", pictures::PREVIEW_FOLDER];

/// A build-time tool: it runs on the build machine, never in the browser.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.as_slice() {
        [] => publish(Path::new("dist")),
        [dist] => publish(Path::new(dist)),
        [command, pack, dist] if command == "update-pack" => {
            update_pack(Path::new(pack), Path::new(dist))
        }
        [command, app, dist] if command == "install-app" => {
            app_files::install(Path::new(app), Path::new(dist))
        }
        _ => Err(
            "usage: publish [DIST] | publish update-pack PACK_FOLDER DIST | publish install-app APP_FOLDER DIST"
                .into(),
        ),
    };
    match result {
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
    let (template_file, template) = trunk_template(dist)?;
    remove_pack_outputs(dist)?;
    let previews = pictures::render_previews(dist, &pack)?;
    let in_template = |e: String| format!("{}: {e}", template_file.display());
    let template = html::with_early_downloads(&template).map_err(in_template)?;
    let start = html::external_start_script(&template).map_err(in_template)?;
    write(&dist.join(&start.name), &start.text)?;
    let shell = shell::with_static_shell(&start.page, &pack).map_err(in_template)?;
    write(&dist.join(&shell.script.0), &shell.script.1)?;
    let (index, stylesheet) =
        stylesheet::one_stylesheet(&shell.page, dist, &shell.positions).map_err(in_template)?;
    write(&dist.join(&stylesheet.0), &stylesheet.1)?;
    if let Some(warning) = html::shell_map_mismatch(&stylesheet.1, &pack) {
        println!("publish: {warning}");
    }
    write(&dist.join("index.html"), &index)?;
    pictures::render_icons(dist)?;
    let pages = share_pages::write_all(dist, &pack, &index, &previews)?;
    offline::write_manifest(dist, &pack)?;
    studio_page::publish_studio(dist)?;
    let cached = offline::write_service_worker(dist)?;
    let compressed = compress::write_compressed_copies(dist)?;
    println!(
        "publish: {pages} link-preview pages, {} preview pictures, {cached} files cached for offline use, {compressed} files precompressed",
        previews.len()
    );
    Ok(())
}

/// Checks the pack in `pack_folder`, copies it and its pictures into `dist`, and publishes.
#[cfg(not(target_arch = "wasm32"))]
fn update_pack(pack_folder: &Path, dist: &Path) -> Result<(), String> {
    let source = pack_folder.join("exhibit.json");
    let pack = shijingshan_exhibit::content::check_pack_file(&source)
        .map_err(|problems| format!("the pack was not installed:\n{}", problems.join("\n")))?;
    if !dist.join(TEMPLATE).is_file() {
        return Err(format!(
            "{} is not a published exhibit (no {TEMPLATE}): run make build first",
            dist.display()
        ));
    }
    let mut files: Vec<&str> = pack.picture_files().into_iter().map(|(_, f)| f).collect();
    files.push("exhibit.json");
    for file in &files {
        let target = dist.join(file);
        if let Some(folder) = target.parent() {
            std::fs::create_dir_all(folder)
                .map_err(|e| format!("cannot create {}: {e}", folder.display()))?;
        }
        std::fs::copy(pack_folder.join(file), &target)
            .map_err(|e| format!("cannot copy {file} into {}: {e}", dist.display()))?;
    }
    println!(
        "update-pack: {} files from {} installed in {}",
        files.len(),
        pack_folder.display(),
        dist.display()
    );
    publish(dist)
}

/// trunk's page as trunk wrote it, and the file it was read from: kept aside on the first
/// publish, read back on later ones.
#[cfg(not(target_arch = "wasm32"))]
fn trunk_template(dist: &Path) -> Result<(PathBuf, String), String> {
    let index_file = dist.join("index.html");
    let index = read(&index_file)?;
    let template_file = dist.join(TEMPLATE);
    if index.contains("id=\"static-shell\"") {
        let template = read(&template_file).map_err(|e| {
            format!("{e}\n(dist/ was published without its template: run trunk build again)")
        })?;
        return Ok((template_file, template));
    }
    write(&template_file, &index)?;
    Ok((index_file, index))
}

/// Removes the pages and pictures made from the last pack, the start script, and every
/// compressed copy (a server would send a stale `exhibit.json.br` for a new `exhibit.json`).
#[cfg(not(target_arch = "wasm32"))]
fn remove_pack_outputs(dist: &Path) -> Result<(), String> {
    for folder in PACK_OUTPUTS {
        let path = dist.join(folder);
        if path.is_dir() {
            std::fs::remove_dir_all(&path)
                .map_err(|e| format!("cannot remove {}: {e}", path.display()))?;
        }
    }
    let mut files = Vec::new();
    offline::list_files(dist, dist, &mut files)?;
    // The files named after their content's digest are written anew.
    let written_here = |f: &str| {
        !f.contains('/')
            && [
                ("start-", ".js"),
                ("language-", ".js"),
                ("exhibit-", ".css"),
            ]
            .iter()
            .any(|(stem, ext)| f.starts_with(stem) && f.ends_with(ext))
    };
    for file in files
        .iter()
        .filter(|f| f.ends_with(".br") || f.ends_with(".gz") || written_here(f))
    {
        std::fs::remove_file(dist.join(file)).map_err(|e| format!("cannot remove {file}: {e}"))?;
    }
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
