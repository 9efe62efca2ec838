//! `publish DIST`: turns trunk's `dist/` into the published exhibit. It checks the content pack
//! (a broken pack fails the build), paints a static shell into `index.html` so the title and
//! map show before the wasm arrives, writes one link-preview page per photo and site with a
//! picture for chat apps, and adds the web app manifest, icons and the offline service worker.
//!
//! `publish update-pack PACK DIST`: puts a curator's new content pack (a folder holding its
//! `exhibit.json` and the pictures it names, or the pack file the studio exports,
//! `exhibit-pack.zip`) into a published `dist/`, then publishes again, so the pages, preview
//! pictures, compressed copies and the offline copy all follow it.

#![cfg_attr(target_arch = "wasm32", allow(unused))]

#[cfg(not(target_arch = "wasm32"))]
mod compress;
#[cfg(not(target_arch = "wasm32"))]
mod digest;
#[cfg(not(target_arch = "wasm32"))]
mod files;
#[cfg(not(target_arch = "wasm32"))]
mod html;
#[cfg(not(target_arch = "wasm32"))]
mod layout;
#[cfg(not(target_arch = "wasm32"))]
mod offline;
#[cfg(not(target_arch = "wasm32"))]
mod photographs;
#[cfg(not(target_arch = "wasm32"))]
mod pictures;
#[cfg(not(target_arch = "wasm32"))]
mod qr_codes;
#[cfg(not(target_arch = "wasm32"))]
mod share_pages;
#[cfg(not(target_arch = "wasm32"))]
mod shell;
#[cfg(not(target_arch = "wasm32"))]
mod studio_page;
#[cfg(not(target_arch = "wasm32"))]
mod stylesheet;
#[cfg(not(target_arch = "wasm32"))]
mod unpack;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[cfg(not(target_arch = "wasm32"))]
use files::{copy, read, write};
#[cfg(not(target_arch = "wasm32"))]
use layout::{PACK_OUTPUTS, PICTURE_CACHE, SOURCE_PACK, TEMPLATE};

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
        _ => Err(
            "usage: publish [DIST] | publish update-pack PACK DIST (PACK: a folder holding exhibit.json, or an exhibit-pack.zip)"
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
    let source = source_pack(dist)?;
    publish_from(dist, &source)
}

/// Publishes the pack in `source` (a folder holding `exhibit.json` and its pictures) into `dist`.
#[cfg(not(target_arch = "wasm32"))]
fn publish_from(dist: &Path, source: &Path) -> Result<(), String> {
    use shijingshan_exhibit::content::load_pack;
    let pack_text = read(&source.join("exhibit.json"))?;
    let mut pack = load_pack(&pack_text).map_err(|e| format!("exhibit.json is not valid:\n{e}"))?;
    let (template_file, template) = trunk_template(dist)?;
    let cache = std::env::var_os("EXHIBIT_PICTURE_CACHE")
        .map_or_else(|| dist.join(PICTURE_CACHE), PathBuf::from);
    let made = photographs::make_all(source, dist, &cache, &pack)?;
    let kept = install_pictures(source, dist, &mut pack, &made)?;
    let published = serde_json::to_string(&pack).map_err(|e| e.to_string())?;
    write(&dist.join("exhibit.json"), &published)?;
    remove_pack_outputs(dist)?;
    let previews = pictures::render_previews(dist, &pack, &made)?;
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
    let codes = qr_codes::write_all(dist, &pack)?;
    offline::write_manifest(dist, &pack)?;
    remove_other_pictures(dist, &kept)?;
    studio_page::publish_studio(dist, &pack)?;
    let cached = offline::write_service_worker(dist, &pack)?;
    let compressed = compress::write_compressed_copies(dist)?;
    println!(
        "publish: {pages} link-preview pages, {} preview pictures, {codes} QR codes, {cached} files cached for offline use, {compressed} files precompressed",
        previews.photos.len() + 1
    );
    Ok(())
}

/// The pack's pictures in `dist`: SVGs (and other files publish does not size) as they are,
/// raster pictures as their sizes, which the published pack names. Returns every picture file
/// the published exhibit uses.
#[cfg(not(target_arch = "wasm32"))]
fn install_pictures(
    source: &Path,
    dist: &Path,
    pack: &mut shijingshan_exhibit::content::Exhibit,
    made: &std::collections::BTreeMap<String, photographs::Made>,
) -> Result<Vec<String>, String> {
    use shijingshan_exhibit::content::SizeFormat;
    let mut kept = Vec::new();
    for (_, file) in pack.picture_files() {
        if made.contains_key(file) {
            continue;
        }
        copy(&source.join(file), &dist.join(file))?;
        kept.push(file.to_string());
    }
    for picture in pack.pictures_mut() {
        picture.sizes = made.get(&picture.src).map(|m| m.sizes.clone());
        if let Some(sizes) = &picture.sizes {
            for &width in &sizes.widths {
                kept.extend(SizeFormat::ALL.map(|f| sizes.file(width, f)));
            }
        }
    }
    Ok(kept)
}

/// Removes from `dist/images/` every file the published exhibit does not use: pictures an
/// earlier pack named, sizes of changed photos, and the originals of raster pictures. After the
/// new pages and pack are written (a page still open on the last pack finds its pictures while
/// they are), before the offline copy's list is made of what is left.
#[cfg(not(target_arch = "wasm32"))]
fn remove_other_pictures(dist: &Path, kept: &[String]) -> Result<(), String> {
    let images = dist.join("images");
    if !images.is_dir() {
        return Ok(());
    }
    let mut files = Vec::new();
    files::list_files(dist, &images, &mut files)?;
    for file in files.iter().filter(|f| !kept.contains(f)) {
        std::fs::remove_file(dist.join(file)).map_err(|e| format!("cannot remove {file}: {e}"))?;
    }
    Ok(())
}

/// The folder holding the curator's pack: `.publish/pack`, made on the first publish from what
/// trunk copied into `dist/` (the pack in `public/`).
#[cfg(not(target_arch = "wasm32"))]
fn source_pack(dist: &Path) -> Result<PathBuf, String> {
    let source = dist.join(SOURCE_PACK);
    if source.join("exhibit.json").is_file() {
        return Ok(source);
    }
    let pack = shijingshan_exhibit::content::load_pack(&read(&dist.join("exhibit.json"))?)
        .map_err(|e| format!("exhibit.json is not valid:\n{e}"))?;
    let staged = dist.join(format!("{SOURCE_PACK}.new"));
    copy_pack(dist, &pack, &staged)?;
    std::fs::rename(&staged, &source)
        .map_err(|e| format!("cannot move {} into place: {e}", staged.display()))?;
    Ok(source)
}

/// Copies `exhibit.json` and every picture it names from `from` into a new folder `to`.
#[cfg(not(target_arch = "wasm32"))]
fn copy_pack(
    from: &Path,
    pack: &shijingshan_exhibit::content::Exhibit,
    to: &Path,
) -> Result<usize, String> {
    if to.exists() {
        std::fs::remove_dir_all(to).map_err(|e| format!("cannot remove {}: {e}", to.display()))?;
    }
    let mut files: Vec<&str> = pack.picture_files().into_iter().map(|(_, f)| f).collect();
    files.push("exhibit.json");
    files.sort();
    files.dedup();
    for file in &files {
        copy(&from.join(file), &to.join(file))?;
    }
    Ok(files.len())
}

/// Installs the pack `pack` (a pack folder, or a pack file the studio exported) into `dist`.
/// A pack file is unpacked first, into a folder of its own, and installed like a folder: the
/// same whole check, and nothing in `dist` touched unless it passes.
#[cfg(not(target_arch = "wasm32"))]
fn update_pack(pack: &Path, dist: &Path) -> Result<(), String> {
    if !unpack::is_pack_file(pack) {
        return install_pack(pack, dist, pack);
    }
    let unpacked = unpack::unpack(pack).map_err(|e| format!("the pack was not installed:\n{e}"))?;
    // The curator knows the pack by its file, not by the folder it was unpacked into.
    let folder = unpacked.folder.display().to_string();
    install_pack(&unpacked.folder, dist, pack)
        .map_err(|e| e.replace(&folder, &pack.display().to_string()))
}

/// Checks the pack in `pack_folder` (known to the curator as `shown`), copies it and its
/// pictures into `dist`, and publishes.
#[cfg(not(target_arch = "wasm32"))]
fn install_pack(pack_folder: &Path, dist: &Path, shown: &Path) -> Result<(), String> {
    let source = pack_folder.join("exhibit.json");
    let checked = shijingshan_exhibit::content::check_pack_file(&source)
        .map_err(|problems| format!("the pack was not installed:\n{}", problems.join("\n")))?;
    for warning in &checked.warnings {
        let warning = warning.replace(
            &pack_folder.display().to_string(),
            &shown.display().to_string(),
        );
        println!("update-pack: warning: {warning}");
    }
    let pack = checked.exhibit;
    if !dist.join(TEMPLATE).is_file() {
        return Err(format!(
            "{} is not a published exhibit (no {TEMPLATE}): run make build first",
            dist.display()
        ));
    }
    // Staged beside the installed pack, published from there, and only then put in its place:
    // a run that fails or is stopped leaves the installed pack, and the exhibit, as they were.
    let staged = dist.join(format!("{SOURCE_PACK}.new"));
    let count = copy_pack(pack_folder, &pack, &staged)?;
    println!(
        "update-pack: {count} files from {} staged for {}",
        shown.display(),
        dist.display()
    );
    publish_from(dist, &staged)?;
    let installed = dist.join(SOURCE_PACK);
    if installed.exists() {
        std::fs::remove_dir_all(&installed)
            .map_err(|e| format!("cannot remove {}: {e}", installed.display()))?;
    }
    std::fs::rename(&staged, &installed)
        .map_err(|e| format!("cannot move {} into place: {e}", staged.display()))
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
    files::list_files(dist, dist, &mut files)?;
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

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use std::collections::BTreeMap;
    use std::path::{Path, PathBuf};

    use shijingshan_exhibit::content::pack_file::write_zip;

    const TEST_PACK: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/pack");

    /// A folder of the test's own, removed when dropped.
    struct Scratch(PathBuf);
    impl Scratch {
        fn new(label: &str) -> Self {
            let path = std::env::temp_dir().join(format!(
                "publish-update-pack-{label}-{}",
                std::process::id()
            ));
            let _ = std::fs::remove_dir_all(&path);
            std::fs::create_dir_all(&path).unwrap();
            Scratch(path)
        }
    }
    impl Drop for Scratch {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }

    /// The test pack's files as the studio exports them: exhibit.json first, then each picture.
    fn pack_files() -> Vec<(String, Vec<u8>)> {
        shijingshan_exhibit::content::pack_file::folder_entries(Path::new(TEST_PACK)).unwrap()
    }

    fn zip_at(folder: &Path, name: &str, files: &[(String, Vec<u8>)]) -> PathBuf {
        let entries: Vec<(&str, &[u8])> = files
            .iter()
            .map(|(n, b)| (n.as_str(), b.as_slice()))
            .collect();
        let path = folder.join(name);
        std::fs::write(&path, write_zip(&entries).unwrap()).unwrap();
        path
    }

    /// Every file under `folder` with its bytes: what "left untouched" compares.
    fn snapshot(folder: &Path) -> BTreeMap<String, Vec<u8>> {
        let mut files = Vec::new();
        fn walk(at: &Path, files: &mut Vec<PathBuf>) {
            for entry in std::fs::read_dir(at).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    walk(&path, files);
                } else {
                    files.push(path);
                }
            }
        }
        walk(folder, &mut files);
        files
            .into_iter()
            .map(|f| {
                let name = f.strip_prefix(folder).unwrap().display().to_string();
                (name, std::fs::read(&f).unwrap())
            })
            .collect()
    }

    /// A stand-in for a published dist: what the refusals must leave as it was.
    fn published_dist(folder: &Path) -> PathBuf {
        let dist = folder.join("dist");
        for (name, text) in [
            ("index.html", "<p>the running exhibit</p>"),
            ("exhibit.json", "{\"the\": \"installed pack\"}"),
            (super::TEMPLATE, "<p>trunk's page</p>"),
            (".publish/pack/exhibit.json", "{}"),
        ] {
            let path = dist.join(name);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, text).unwrap();
        }
        dist
    }

    #[test]
    fn a_bad_pack_file_is_refused_whole_and_dist_is_left_byte_for_byte() {
        let scratch = Scratch::new("refused");
        let dist = published_dist(&scratch.0);
        let before = snapshot(&dist);
        let good = pack_files();

        let mut damaged = write_zip(&[("exhibit.json", good[0].1.as_slice())]).unwrap();
        let at = damaged
            .windows(14)
            .position(|w| w == b"schema_version")
            .unwrap();
        damaged[at] = b'S';
        let damaged_zip = scratch.0.join("damaged.zip");
        std::fs::write(&damaged_zip, damaged).unwrap();
        let mut missing = good.clone();
        let gone = missing.pop().unwrap().0;
        let mut untranslated = good.clone();
        let mut json: serde_json::Value = serde_json::from_slice(&untranslated[0].1).unwrap();
        json["title"]["zh"] = "".into();
        untranslated[0].1 = serde_json::to_vec_pretty(&json).unwrap();
        let mut escaping = good.clone();
        escaping.push(("../outside.svg".into(), b"<svg/>".to_vec()));

        let not_a_zip = scratch.0.join("not-a-zip.zip");
        std::fs::write(&not_a_zip, "{\"schema_version\": 1}").unwrap();
        let cases = [
            (damaged_zip, "damaged".to_string()),
            (zip_at(&scratch.0, "missing.zip", &missing), gone),
            (
                zip_at(&scratch.0, "untranslated.zip", &untranslated),
                "title.zh".into(),
            ),
            (
                zip_at(&scratch.0, "escaping.zip", &escaping),
                "outside the pack".into(),
            ),
            (not_a_zip, "not a pack file".into()),
        ];
        for (zip, expected) in &cases {
            let error = super::update_pack(zip, &dist).unwrap_err();
            assert!(error.starts_with("the pack was not installed:"), "{error}");
            assert!(error.contains(expected.as_str()), "{zip:?}: {error}");
            assert!(
                !error.contains("exhibit-pack-"),
                "names the pack file, not where it was unpacked: {error}"
            );
            assert_eq!(snapshot(&dist), before, "{zip:?} changed dist");
        }
        assert!(!scratch.0.join("outside.svg").exists());
    }

    #[test]
    fn a_sound_pack_file_passes_every_check_and_goes_on_to_install() {
        let scratch = Scratch::new("sound");
        let zip = zip_at(&scratch.0, "exhibit-pack.zip", &pack_files());
        let not_published = scratch.0.join("empty-dist");
        std::fs::create_dir_all(&not_published).unwrap();
        // Past the whole check, the first thing install looks at is the published exhibit.
        let error = super::update_pack(&zip, &not_published).unwrap_err();
        assert!(error.contains("is not a published exhibit"), "{error}");
        let unpacked = super::unpack::unpack(&zip).unwrap();
        assert_eq!(
            snapshot(&unpacked.folder),
            pack_files().into_iter().collect()
        );
        let folder = unpacked.folder.clone();
        drop(unpacked);
        assert!(!folder.exists(), "the unpacked folder goes with it");
    }
}
