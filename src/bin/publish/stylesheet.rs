//! One stylesheet for the page. trunk links each file of `style/` on its own (five), and the
//! shell adds the places' positions: six render-blocking requests, which on a phone's slow line
//! queue behind one another and behind the app's downloads for the browser's six connections
//! per host. Publish joins them, in the page's order, into `exhibit-<hash>.css`, so the first
//! paint waits for one file. The sources stay split in `style/`, one file per part of the page.
//!
//! trunk's files move to `.publish/styles/` (a dot-folder: never precached, compressed or
//! linked), where a later publish (`update-pack`) reads them again.

use std::path::Path;

use crate::digest::short_digest;
use crate::files::{read, write};
use crate::html::{rewrite, Edit};

const KEPT: &str = ".publish/styles";
const STYLESHEETS: &str = "link[rel=stylesheet]";

/// The page linking one stylesheet where trunk's first was, and that stylesheet's file: trunk's
/// stylesheets in the page's order, then `extra` (the shell's positions).
pub fn one_stylesheet(
    page: &str,
    dist: &Path,
    extra: &str,
) -> Result<(String, (String, String)), String> {
    let step = "joining the page's stylesheets into one";
    let hrefs = stylesheet_hrefs(page, step)?;
    let mut text = String::new();
    for href in &hrefs {
        let file = href.trim_start_matches("./");
        if file.contains('/') || !file.ends_with(".css") {
            return Err(format!(
                "{step}: `{href}` is not a stylesheet trunk wrote beside the page"
            ));
        }
        text.push_str(&kept_stylesheet(dist, file)?);
        text.push('\n');
    }
    text.push_str(extra);
    let name = format!("exhibit-{}.css", short_digest(text.as_bytes()));
    let href = name.clone();
    let mut first = true;
    let page = rewrite(
        page,
        step,
        vec![Edit::new(STYLESHEETS, move |link| {
            if std::mem::take(&mut first) {
                link.set_attribute("href", &href)?;
                link.remove_attribute("integrity");
            } else {
                link.remove();
            }
            Ok(())
        })],
    )?;
    Ok((page, (name, text)))
}

/// The `href` of every stylesheet link, in page order.
fn stylesheet_hrefs(page: &str, step: &str) -> Result<Vec<String>, String> {
    let hrefs = std::cell::RefCell::new(Vec::new());
    rewrite(
        page,
        step,
        vec![Edit::new(STYLESHEETS, |link| {
            hrefs
                .borrow_mut()
                .push(link.get_attribute("href").unwrap_or_default());
            Ok(())
        })],
    )?;
    Ok(hrefs.into_inner())
}

/// trunk's stylesheet `file`, moved out of the published folder on the first publish.
fn kept_stylesheet(dist: &Path, file: &str) -> Result<String, String> {
    let kept = dist.join(KEPT).join(file);
    let published = dist.join(file);
    if published.is_file() {
        let text = read(&published)?;
        write(&kept, &text)?;
        std::fs::remove_file(&published)
            .map_err(|e| format!("cannot remove {}: {e}", published.display()))?;
        return Ok(text);
    }
    read(&kept).map_err(|e| {
        format!("{e}\n(dist/ has lost trunk's stylesheet {file}: run make build again)")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A fresh folder of its own for each test, holding `files`.
    fn dist_with(test: &str, files: &[(&str, &str)]) -> std::path::PathBuf {
        let dist =
            std::env::temp_dir().join(format!("publish-stylesheet-{}-{test}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dist);
        std::fs::create_dir_all(&dist).unwrap();
        for (name, text) in files {
            std::fs::write(dist.join(name), text).unwrap();
        }
        dist
    }

    const PAGE: &str = "<head><link rel=\"stylesheet\" href=\"./a-1.css\" integrity=\"sha384-x\"/>\
<link rel=\"stylesheet\" href=\"./b-2.css\" integrity=\"sha384-y\"/><link rel=\"icon\" href=\"i.svg\"></head>";

    #[test]
    fn the_page_links_one_stylesheet_holding_every_one_in_order() {
        let dist = dist_with(
            "order",
            &[
                ("a-1.css", "a { color: red }"),
                ("b-2.css", "b { color: blue }"),
            ],
        );
        let (page, (name, text)) = one_stylesheet(PAGE, &dist, ".place { left: 1% }").unwrap();
        assert_eq!(
            text,
            "a { color: red }\nb { color: blue }\n.place { left: 1% }"
        );
        assert_eq!(
            name,
            format!("exhibit-{}.css", short_digest(text.as_bytes()))
        );
        assert_eq!(
            page,
            format!("<head><link rel=\"stylesheet\" href=\"{name}\" /><link rel=\"icon\" href=\"i.svg\"></head>")
        );
        // trunk's files leave the published folder (not precached twice), and a second publish
        // (a new pack) joins the same files again.
        assert!(!dist.join("a-1.css").exists());
        let (_, (again, _)) = one_stylesheet(PAGE, &dist, ".place { left: 1% }").unwrap();
        assert_eq!(again, name);
        let (_, (moved, _)) = one_stylesheet(PAGE, &dist, ".place { left: 2% }").unwrap();
        assert_ne!(moved, name, "new positions, new name");
    }

    #[test]
    fn a_lost_stylesheet_says_what_to_do() {
        let dist = dist_with("lost", &[("a-1.css", "a {}")]);
        let error = one_stylesheet(PAGE, &dist, "").unwrap_err();
        assert!(
            error.contains("b-2.css") && error.contains("make build"),
            "{error}"
        );
    }

    #[test]
    fn a_page_without_stylesheets_is_an_error() {
        let dist = dist_with("none", &[]);
        let error = one_stylesheet("<head></head>", &dist, "").unwrap_err();
        assert!(error.contains("link[rel=stylesheet]"), "{error}");
    }
}
