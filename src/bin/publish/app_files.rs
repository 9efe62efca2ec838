//! `publish install-app APP_FOLDER DIST`: puts the split app that `.ci/build-app` left in
//! `APP_FOLDER` into trunk's `dist/`, as trunk's own Rust pipeline would have (trunk 0.21
//! cannot split): every file named by content, and the page given trunk's start-up script and
//! preloads, which `html.rs` then rewrites like any trunk page.
//!
//! The files are one unit: the JS glue and the main wasm are made for each other, and each
//! chunk is linked against the main wasm's memory and tables. So one digest of all of them
//! names all of them, and a build that changes any file renames every one, which no cache can
//! then mix with another build's.

use std::path::Path;

use crate::digest::short_digest;
use crate::html::{rewrite, Edit};
use lol_html::html_content::ContentType;

/// The crate's name: wasm-bindgen's `NAME.js` and `NAME_bg.wasm`.
const NAME: &str = "shijingshan-exhibit";
/// wasm-split-cli's loader, which the glue imports and which fetches the chunks.
const SPLIT_LOADER: &str = "__wasm_split.js";

/// The app's files under their published names.
#[derive(Debug)]
pub struct AppFiles {
    /// (name in the app folder, published name, contents), the glue first, then the main wasm.
    pub files: Vec<(String, String, Vec<u8>)>,
}

impl AppFiles {
    /// Names every file in the app folder's listing `files` (name, contents) by their digest and
    /// points each script's imports and fetches at the new names.
    pub fn named(mut files: Vec<(String, Vec<u8>)>) -> Result<AppFiles, String> {
        files.sort();
        let glue = format!("{NAME}.js");
        let main_wasm = format!("{NAME}_bg.wasm");
        for expected in [&glue, &main_wasm] {
            if !files.iter().any(|(name, _)| name == expected) {
                return Err(format!("the app has no {expected}: run .ci/build-app"));
            }
        }
        let mut everything = Vec::new();
        for (name, bytes) in &files {
            everything.extend_from_slice(name.as_bytes());
            everything.push(0);
            everything.extend_from_slice(bytes);
        }
        let digest = short_digest(&everything);
        let renamed: Vec<(String, String)> = files
            .iter()
            .map(|(name, _)| Ok((name.clone(), published_name(name, &digest)?)))
            .collect::<Result<_, String>>()?;
        let mut unreferenced: Vec<&str> = renamed
            .iter()
            .map(|(name, _)| name.as_str())
            .filter(|name| *name != glue && *name != main_wasm)
            .collect();
        let mut out = Vec::new();
        for ((name, bytes), (_, new_name)) in files.into_iter().zip(&renamed) {
            let bytes = if name.ends_with(".js") {
                let text = String::from_utf8(bytes).map_err(|_| format!("{name} is not UTF-8"))?;
                let (text, referenced) = point_at_new_names(&text, &renamed);
                unreferenced.retain(|file| !referenced.contains(file));
                text.into_bytes()
            } else {
                bytes
            };
            out.push((name, new_name.clone(), bytes));
        }
        if !unreferenced.is_empty() {
            return Err(format!(
                "no script of the app imports or fetches {}: has wasm-split-cli's output changed?",
                unreferenced.join(", ")
            ));
        }
        // The glue first, then the main wasm: what the page loads.
        out.sort_by_key(|(name, _, _)| (*name != glue, *name != main_wasm, name.clone()));
        Ok(AppFiles { files: out })
    }

    fn published(&self, index: usize) -> &str {
        &self.files[index].1
    }

    /// trunk's start-up script and preloads for these files: `html.rs` moves the script into its
    /// own file and starts the wasm download early. The loader is preloaded too: the glue
    /// imports it, and without a preload it would be found only once the glue had arrived.
    /// `TrunkApplicationStarted` hands the wasm's memory to the measuring scripts
    /// (tests/lib/measure.mjs), as trunk's page did. The glue is imported dynamically: a static
    /// import would hold the whole script, and with it the early downloads `html.rs` puts
    /// first, until the glue and the loader it imports had both arrived.
    pub fn page_markup(&self) -> String {
        let (glue, wasm) = (self.published(0), self.published(1));
        let mut markup = format!(
            "<script type=\"module\">\nconst {{ default: init }} = await import('./{glue}');\n\
             const wasm = await init({{ module_or_path: './{wasm}' }});\n\
             dispatchEvent(new CustomEvent('TrunkApplicationStarted', {{ detail: {{ wasm }} }}));\n\
             </script>\n<link rel=\"modulepreload\" href=\"./{glue}\" crossorigin=\"anonymous\">"
        );
        let loader = self.files.iter().find(|(name, _, _)| name == SPLIT_LOADER);
        if let Some((_, loader, _)) = loader {
            markup.push_str(&format!(
                "<link rel=\"modulepreload\" href=\"./{loader}\" crossorigin=\"anonymous\">"
            ));
        }
        markup.push_str(&format!(
            "<link rel=\"preload\" href=\"./{wasm}\" crossorigin=\"anonymous\" as=\"fetch\" type=\"application/wasm\">\n"
        ));
        markup
    }
}

/// `stem-DIGEST.ext`, or `stem-DIGEST_bg.wasm` for wasm-bindgen's main wasm: the form the
/// servers' cache rules (README, Deploying) keep for a year.
fn published_name(name: &str, digest: &str) -> Result<String, String> {
    let (stem, extension) = name
        .rsplit_once('.')
        .filter(|(_, extension)| ["js", "wasm"].contains(extension))
        .ok_or_else(|| format!("{name} is not a script or a wasm module"))?;
    Ok(match stem.strip_suffix("_bg") {
        Some(stem) => format!("{stem}-{digest}_bg.{extension}"),
        None => format!("{stem}-{digest}.{extension}"),
    })
}

/// `text` with every `from "./old"` import and `new URL("./old"` fetch of an app file given its
/// new name, and the app files it names. Only those two forms: wasm-bindgen's glue also uses
/// the loader's name as the key of the wasm's imports, which must stay as the wasm has it.
fn point_at_new_names<'n>(text: &str, renamed: &'n [(String, String)]) -> (String, Vec<&'n str>) {
    let mut text = text.to_string();
    let mut referenced = Vec::new();
    for (old, new) in renamed {
        for quote in ['"', '\''] {
            for form in ["from ", "new URL("] {
                for dot in ["./", ""] {
                    let before = format!("{form}{quote}{dot}{old}{quote}");
                    if text.contains(&before) {
                        text = text.replace(&before, &format!("{form}{quote}{dot}{new}{quote}"));
                        referenced.push(old.as_str());
                    }
                }
            }
        }
    }
    (text, referenced)
}

/// Reads `app` (the output of `.ci/build-app`), writes its files into `dist` under their
/// published names, and gives `dist/index.html` (trunk's page) the script that starts them.
pub fn install(app: &Path, dist: &Path) -> Result<(), String> {
    let mut files = Vec::new();
    let entries =
        std::fs::read_dir(app).map_err(|e| format!("cannot list {}: {e}", app.display()))?;
    for entry in entries {
        let path = entry.map_err(|e| e.to_string())?.path();
        let name = path
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .to_string();
        let bytes = std::fs::read(&path).map_err(|e| format!("cannot read {name}: {e}"))?;
        files.push((name, bytes));
    }
    let app = AppFiles::named(files)?;
    let index_file = dist.join("index.html");
    let index = crate::read(&index_file)?;
    if index.contains("<script") {
        return Err(format!(
            "{} already loads a script: install-app edits the page trunk build has just written",
            index_file.display()
        ));
    }
    let step = "adding the app's start-up script to trunk's page";
    // Where trunk would have put its own start-up script: in place of index.html's
    // `data-trunk-skip` rust link, which would otherwise stay in the published page.
    let markup = app.page_markup();
    let index = rewrite(
        &index,
        step,
        vec![Edit::new("link[data-trunk][rel=rust]", move |link| {
            link.replace(&markup, ContentType::Html);
            Ok(())
        })],
    )?;
    for (_, name, bytes) in &app.files {
        std::fs::write(dist.join(name), bytes).map_err(|e| format!("cannot write {name}: {e}"))?;
    }
    crate::write(&index_file, &index)?;
    println!(
        "install-app: {}",
        app.files
            .iter()
            .map(|f| f.1.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(name: &str, text: &str) -> (String, Vec<u8>) {
        (name.to_string(), text.as_bytes().to_vec())
    }

    fn split_app() -> Vec<(String, Vec<u8>)> {
        vec![
            file("split_qr_code.wasm", "qr"),
            file(
                "__wasm_split.js",
                "import { initSync } from \"./shijingshan-exhibit.js\";\nfetch(new URL(\"./split_qr_code.wasm\", import.meta.url));",
            ),
            file(
                "shijingshan-exhibit.js",
                "import * as s from './__wasm_split.js';\nimports['./__wasm_split.js'] = s;\nnew URL('shijingshan-exhibit_bg.wasm', import.meta.url);",
            ),
            file("shijingshan-exhibit_bg.wasm", "main"),
        ]
    }

    #[test]
    fn every_file_gets_the_digest_and_every_import_and_fetch_follows() {
        let app = AppFiles::named(split_app()).unwrap();
        let names: Vec<&str> = app.files.iter().map(|f| f.1.as_str()).collect();
        let d = &names[0]["shijingshan-exhibit-".len()..][..16];
        assert_eq!(
            names,
            [
                format!("shijingshan-exhibit-{d}.js"),
                format!("shijingshan-exhibit-{d}_bg.wasm"),
                format!("__wasm_split-{d}.js"),
                format!("split_qr_code-{d}.wasm"),
            ]
        );
        let text = |i: usize| String::from_utf8(app.files[i].2.clone()).unwrap();
        // The key of the wasm's imports keeps the name the wasm has.
        assert_eq!(
            text(0),
            format!("import * as s from './__wasm_split-{d}.js';\nimports['./__wasm_split.js'] = s;\nnew URL('shijingshan-exhibit-{d}_bg.wasm', import.meta.url);")
        );
        assert_eq!(
            text(2),
            format!("import {{ initSync }} from \"./shijingshan-exhibit-{d}.js\";\nfetch(new URL(\"./split_qr_code-{d}.wasm\", import.meta.url));")
        );
        assert!(app.page_markup().contains(&format!(
            "<link rel=\"modulepreload\" href=\"./__wasm_split-{d}.js\""
        )));
    }

    #[test]
    fn any_change_renames_every_file() {
        let first = AppFiles::named(split_app()).unwrap();
        let mut changed = split_app();
        changed[0] = file("split_qr_code.wasm", "qr2");
        let second = AppFiles::named(changed).unwrap();
        for (a, b) in first.files.iter().zip(&second.files) {
            assert_ne!(a.1, b.1);
        }
    }

    #[test]
    fn a_chunk_no_script_fetches_is_an_error() {
        let mut app = split_app();
        app.push(file("chunk_3.wasm", "shared"));
        let error = AppFiles::named(app).unwrap_err();
        assert!(error.contains("chunk_3.wasm"), "{error}");
    }

    #[test]
    fn the_page_loads_the_glue_with_the_main_wasm_as_trunk_did() {
        let app = AppFiles::named(vec![
            file("shijingshan-exhibit.js", "glue"),
            file("shijingshan-exhibit_bg.wasm", "main"),
        ])
        .unwrap();
        let markup = app.page_markup();
        let (glue, wasm) = (&app.files[0].1, &app.files[1].1);
        assert!(markup.contains(&format!(
            "const {{ default: init }} = await import('./{glue}');"
        )));
        assert!(markup.contains(&format!("await init({{ module_or_path: './{wasm}' }});")));
        assert!(!markup.contains("__wasm_split"));
        assert!(AppFiles::named(vec![file("shijingshan-exhibit.js", "")])
            .unwrap_err()
            .contains("shijingshan-exhibit_bg.wasm"));
    }
}
