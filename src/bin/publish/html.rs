//! Editing trunk's `index.html` with an HTML rewriter (lol_html). Each change names the
//! elements it applies to with a CSS selector; a selector that finds nothing is an error naming
//! it, so a change in trunk's output stops the build instead of publishing a broken page.

use std::borrow::Cow;
use std::cell::{Cell, RefCell};

use lol_html::html_content::{ContentType, Element, TextChunk};
use lol_html::{rewrite_str, ElementContentHandlers, HandlerResult, RewriteStrSettings, Selector};
use shijingshan_exhibit::content::{Exhibit, Picture};

use crate::digest::short_digest;

/// trunk's inline start-up script: the one module script with no `src`.
const INLINE_MODULE_SCRIPT: &str = "script[type=module]:not([src])";

/// One change to a page: the elements it applies to and what it does to each.
pub struct Edit<'h> {
    selector: &'static str,
    change: Box<dyn FnMut(&mut Element<'_, '_>) -> HandlerResult + 'h>,
}

impl<'h> Edit<'h> {
    /// A change to every element `selector` matches; the page must have at least one.
    pub fn new(
        selector: &'static str,
        change: impl FnMut(&mut Element<'_, '_>) -> HandlerResult + 'h,
    ) -> Self {
        Edit {
            selector,
            change: Box::new(change),
        }
    }
}

impl Edit<'static> {
    /// Puts `markup` at the start of the element's content, right after its start tag.
    pub fn prepend(selector: &'static str, markup: String) -> Self {
        Edit::new(selector, move |element| {
            element.prepend(&markup, ContentType::Html);
            Ok(())
        })
    }

    /// Puts `markup` at the end of the element's content, right before its end tag.
    pub fn append(selector: &'static str, markup: String) -> Self {
        Edit::new(selector, move |element| {
            element.append(&markup, ContentType::Html);
            Ok(())
        })
    }

    /// Replaces the text of the `<title>`.
    pub fn title(title: &str) -> Self {
        let title = escape(title);
        Edit::new("title", move |element| {
            element.set_inner_content(&title, ContentType::Html);
            Ok(())
        })
    }

    /// Replaces the `content` of `<meta name="description">`.
    pub fn description(description: &str) -> Self {
        // lol_html writes an attribute value as given, escaping only a bare `"`.
        let description = escape(description);
        Edit::new("meta[name=description]", move |element| {
            Ok(element.set_attribute("content", &description)?)
        })
    }
}

/// Applies `edits` to `page`. `step` says what the edits are for, in errors.
pub fn rewrite(page: &str, step: &str, edits: Vec<Edit<'_>>) -> Result<String, String> {
    let matched: Vec<(&str, Cell<usize>)> = edits
        .iter()
        .map(|edit| (edit.selector, Cell::new(0)))
        .collect();
    let mut settings = RewriteStrSettings::new();
    for (edit, (_, count)) in edits.into_iter().zip(&matched) {
        let selector = parse_selector(edit.selector, step)?;
        let mut change = edit.change;
        let handlers =
            ElementContentHandlers::default().element(move |element: &mut Element<'_, '_>| {
                count.set(count.get() + 1);
                change(element)
            });
        settings = settings.append_element_content_handler((selector, handlers));
    }
    let page = rewrite_str(page, settings).map_err(|e| format!("{step}: {e}"))?;
    let missing: Vec<String> = matched
        .iter()
        .filter(|(_, count)| count.get() == 0)
        .map(|(selector, _)| format!("`{selector}`"))
        .collect();
    if missing.is_empty() {
        Ok(page)
    } else {
        Err(format!(
            "{step}: the page has no element matching {}",
            missing.join(", ")
        ))
    }
}

/// The text inside each element `selector` matches, in page order.
fn inner_texts(page: &str, selector: &'static str, step: &str) -> Result<Vec<String>, String> {
    let texts = RefCell::new(Vec::new());
    let handlers = ElementContentHandlers::default()
        .element(|_: &mut Element<'_, '_>| {
            texts.borrow_mut().push(String::new());
            Ok(())
        })
        .text(|chunk: &mut TextChunk<'_>| {
            if let Some(text) = texts.borrow_mut().last_mut() {
                text.push_str(chunk.as_str());
            }
            Ok(())
        });
    let settings = RewriteStrSettings::new()
        .append_element_content_handler((parse_selector(selector, step)?, handlers));
    rewrite_str(page, settings).map_err(|e| format!("{step}: {e}"))?;
    Ok(texts.into_inner())
}

fn parse_selector(selector: &'static str, step: &str) -> Result<Cow<'static, Selector>, String> {
    selector
        .parse()
        .map(Cow::Owned)
        .map_err(|e| format!("{step}: `{selector}` is not a selector the HTML rewriter reads: {e}"))
}

/// A pack picture as `views/web_picture.rs` draws it: for a raster photo, its WebP sizes with
/// a JPEG size as the plain `src`; an SVG as it is. `extra` are more attributes, as they are.
pub fn picture_markup(
    picture: &Picture,
    sizes: &str,
    fallback_width: f64,
    alt: &str,
    extra: &str,
) -> String {
    let sources = picture.sources(fallback_width);
    let srcset = sources.webp.as_deref().or(sources.srcset.as_deref());
    img_markup(picture, &sources.src, srcset, sizes, alt, extra)
}

/// The same in a `<picture>` for pages read without the app: the WebP sizes as its source,
/// the JPEG ones in the `<img>` for a browser without WebP.
pub fn picture_with_fallback(
    picture: &Picture,
    sizes: &str,
    fallback_width: f64,
    alt: &str,
    extra: &str,
) -> String {
    let sources = picture.sources(fallback_width);
    let jpeg = img_markup(
        picture,
        &sources.src,
        sources.srcset.as_deref(),
        sizes,
        alt,
        extra,
    );
    match &sources.webp {
        Some(webp) => format!(
            "<picture><source type=\"image/webp\"{}{}>{jpeg}</picture>",
            attribute("srcset", Some(webp)),
            attribute("sizes", Some(sizes))
        ),
        None => jpeg,
    }
}

/// An `<img>` of `picture`; `sizes` only with a `srcset` made by publish.
fn img_markup(
    picture: &Picture,
    src: &str,
    srcset: Option<&str>,
    sizes: &str,
    alt: &str,
    extra: &str,
) -> String {
    format!(
        "<img src=\"{src}\"{srcset}{sizes} width=\"{w}\" height=\"{h}\" alt=\"{alt}\"{extra} decoding=\"async\" />",
        src = escape(src),
        srcset = attribute("srcset", srcset),
        sizes = attribute("sizes", picture.sizes.is_some().then_some(sizes)),
        w = picture.width,
        h = picture.height,
        alt = escape(alt),
    )
}

fn attribute(name: &str, value: Option<&str>) -> String {
    value.map_or(String::new(), |v| format!(" {name}=\"{}\"", escape(v)))
}

/// Text made safe for HTML text and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Put at the start of trunk's start-up script: lets the static shell's map picture load and
/// paint before the wasm is fetched and compiled, which holds the main thread for tens of
/// milliseconds on a phone, so the largest paint is the shell's and is not delayed by the app.
const PAINT_SHELL_FIRST: &str = "\
const shellMap = document.querySelector('#static-shell img');
if (shellMap && !shellMap.complete) {
  await new Promise((done) => {
    shellMap.addEventListener('load', done, { once: true });
    shellMap.addEventListener('error', done, { once: true });
  });
}
await new Promise((done) => { requestAnimationFrame(() => setTimeout(done, 0)); setTimeout(done, 100); });
";

/// Put first in the start script: a visitor who has moved the focus into the static shell (with
/// the keyboard, before the app has started) keeps it when the app takes over. The app draws its
/// controls where the shell drew them (the first-paint tests hold it to that), so the control at
/// the same point, with the same text or of the same kind, gets the focus; unless the app has
/// put the focus somewhere itself (an open photo's dialog, say). The app's places and hotspots
/// come a task or two after the shell goes, so it looks for a few frames.
const KEEP_FOCUS: &str = "const shell = document.getElementById('static-shell');
let focused = null;
const remember = (el) => {
  const { x, y, width, height } = el.getBoundingClientRect();
  focused = { x: x + width / 2 + scrollX, y: y + height / 2 + scrollY, text: el.innerText, kind: el.classList[0] };
};
if (shell) {
  if (shell.contains(document.activeElement)) remember(document.activeElement);
  shell.addEventListener('focusin', (event) => remember(event.target));
  shell.addEventListener('focusout', () => queueMicrotask(() => {
    if (shell.isConnected && !shell.contains(document.activeElement)) focused = null;
  }));
  new MutationObserver((_, watch) => {
    if (shell.isConnected) return;
    watch.disconnect();
    let frames = 30;
    const find = () => {
      if (!focused || document.activeElement !== document.body) return;
      const at = document.elementFromPoint(focused.x - scrollX, focused.y - scrollY)?.closest('a, button');
      if (at && (at.innerText === focused.text || at.classList.contains(focused.kind))) at.focus();
      else if (--frames > 0) requestAnimationFrame(find);
    };
    find();
  }).observe(document.body, { childList: true });
}
";

/// Put before trunk's start-up code: the wasm starts downloading as soon as the script runs
/// (the content pack already has, from `language.js`, shell.rs), beside the map picture. It is
/// fetched at low priority, so the map picture keeps the bandwidth it needs to paint first.
const EARLY_DOWNLOADS: &str = "\
const wasmResponse = fetch(WASM_FILE, { priority: 'low' });
wasmResponse.catch(() => {});
";

/// trunk's start-up code with the early downloads and the shell's paint put first: the wasm
/// file trunk names in `module_or_path: '…'` is fetched at once, and `init` is handed that
/// response instead of the name.
fn early_downloads(inline: &str, step: &str) -> Result<String, String> {
    const KEY: &str = "module_or_path: '";
    let start = inline.find(KEY).map(|i| i + KEY.len());
    let end = start.and_then(|s| inline[s..].find('\'').map(|e| s + e));
    let (Some(start), Some(end)) = (start, end) else {
        return Err(format!(
            "{step}: trunk's start-up script has no `{KEY}…'` naming the wasm file"
        ));
    };
    let wasm_file = &inline[start..end];
    let early = EARLY_DOWNLOADS.replace("WASM_FILE", &format!("'{wasm_file}'"));
    let boot = format!(
        "{}module_or_path: wasmResponse{}",
        &inline[..start - KEY.len()],
        &inline[end + 1..]
    );
    let boot = imported_when_reached(&boot, step)?;
    Ok(format!("{KEEP_FOCUS}{early}{PAINT_SHELL_FIRST}{boot}"))
}

/// trunk's `import init from '…';` as an `import()` where it stands. A static import is fetched
/// before any line of the script runs, so the early downloads and the focus keeper put before
/// it would wait for the app's glue.
fn imported_when_reached(boot: &str, step: &str) -> Result<String, String> {
    const IMPORT: &str = "import init from '";
    let start = boot.find(IMPORT);
    let end = start.and_then(|s| {
        boot[s + IMPORT.len()..]
            .find("';")
            .map(|e| s + IMPORT.len() + e)
    });
    let (Some(start), Some(end)) = (start, end) else {
        return Err(format!(
            "{step}: trunk's start-up script has no `{IMPORT}…';` importing the app"
        ));
    };
    let glue = &boot[start + IMPORT.len()..end];
    Ok(format!(
        "{}const {{ default: init }} = await import('{glue}');{}",
        &boot[..start],
        &boot[end + 2..]
    ))
}

/// trunk's start-up script, moved to its own file.
#[derive(Debug)]
pub struct StartScript {
    /// The page, loading the script from its file.
    pub page: String,
    /// `start-<16 hex digits of the text's SHA-256>.js`: a new text gets a new name, so no
    /// cache keeps an old one.
    pub name: String,
    pub text: String,
}

/// Moves trunk's inline start-up script into its own file, so a Content-Security-Policy can
/// allow scripts from the exhibit's own origin only, with no inline exception.
pub fn external_start_script(page: &str) -> Result<StartScript, String> {
    moved_start_script(page, &early_downloads)?.ok_or_else(|| {
        format!("{MOVING}: expected one element matching `{INLINE_MODULE_SCRIPT}`, found 0")
    })
}

/// The same for a page that downloads nothing early (the curators' studio); `None` when the
/// page's script was moved already (by an earlier publish).
pub fn external_plain_start_script(
    page: &str,
    before: &str,
) -> Result<Option<StartScript>, String> {
    moved_start_script(page, &|inline, _| Ok(format!("{before}{inline}")))
}

const MOVING: &str = "moving trunk's start-up script into its own file";

fn moved_start_script(
    page: &str,
    boot: &dyn Fn(&str, &str) -> Result<String, String>,
) -> Result<Option<StartScript>, String> {
    let step = MOVING;
    let scripts = inner_texts(page, INLINE_MODULE_SCRIPT, step)?;
    let inline = match scripts.as_slice() {
        [] => return Ok(None),
        [inline] => inline,
        _ => {
            return Err(format!(
                "{step}: expected one element matching `{INLINE_MODULE_SCRIPT}`, found {}",
                scripts.len()
            ))
        }
    };
    let text = format!("{}\n", boot(inline.trim(), step)?);
    let name = format!("start-{}.js", short_digest(text.as_bytes()));
    let src = name.clone();
    let page = rewrite(
        page,
        step,
        vec![Edit::new(INLINE_MODULE_SCRIPT, move |script| {
            script.set_attribute("src", &src)?;
            script.set_inner_content("", ContentType::Text);
            Ok(())
        })],
    )?;
    Ok(Some(StartScript { page, name, text }))
}

/// Starts the wasm download with the page's first requests, without taking the map picture's
/// bandwidth: trunk's wasm preload is kept at low priority (and without its `integrity`, which
/// the start script's `fetch` could not match). The pack gets no preload: a preload cannot ask
/// for `cache: 'no-cache'`, and without it a plain host's heuristic HTTP caching could hand the
/// app an older or newer pack than the offline copy holds; the start script fetches it instead.
pub fn with_early_downloads(page: &str) -> Result<String, String> {
    rewrite(
        page,
        "starting the wasm download early",
        vec![Edit::new(
            "link[rel=preload][as=fetch][href$=\".wasm\"]",
            |link| {
                link.set_attribute("fetchpriority", "low")?;
                link.remove_attribute("integrity");
                link.set_attribute("crossorigin", "anonymous")?;
                Ok(())
            },
        )],
    )
}

/// The static shell sizes the map from `--map-w`/`--map-h` in style/map.css (it may not carry
/// inline styles under the Content-Security-Policy). If the pack's map has another shape, the
/// shell's map is framed differently from the app's and the page adjusts once the app runs.
/// `css` is the page's stylesheet (stylesheet.rs), which holds style/map.css.
pub fn shell_map_mismatch(css: &str, pack: &Exhibit) -> Option<String> {
    let number = |name: &str| -> Option<f64> {
        let start = css.find(name)? + name.len();
        let rest = css[start..].trim_start_matches([':', ' ']);
        rest[..rest.find(';')?].trim().parse().ok()
    };
    let (w, h) = (number("--map-w")?, number("--map-h")?);
    let image = &pack.map.image;
    let same_shape = (w * image.height - h * image.width).abs() < 0.5;
    (!same_shape).then(|| {
        format!(
            "the map picture is {}x{} but style/map.css says --map-w: {w}; --map-h: {h}; set them \
             to the picture's size so the static shell frames the map as the app does",
            image.width, image.height
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sized() -> Picture {
        Picture {
            src: "images/photos/a.jpg".into(),
            width: 900.0,
            height: 600.0,
            sizes: Some(shijingshan_exhibit::content::PictureSizes {
                stem: "images/sizes/a-0123456789abcdef".into(),
                widths: vec![320, 900],
                colour: "#102030".into(),
            }),
            ..Picture::default()
        }
    }

    #[test]
    fn a_photograph_is_offered_as_its_sizes_never_as_its_original() {
        let img = picture_markup(&sized(), "96px", 320.0, "A & B", " loading=\"lazy\"");
        assert_eq!(
            img,
            "<img src=\"images/sizes/a-0123456789abcdef-320.jpg\" srcset=\"images/sizes/a-0123456789abcdef-320.webp 320w, images/sizes/a-0123456789abcdef-900.webp 900w\" sizes=\"96px\" width=\"900\" height=\"600\" alt=\"A &amp; B\" loading=\"lazy\" decoding=\"async\" />"
        );
        let page = picture_with_fallback(&sized(), "100vw", 1280.0, "", "");
        assert!(page.starts_with("<picture><source type=\"image/webp\" srcset=\"images/sizes/a-0123456789abcdef-320.webp 320w, "), "{page}");
        assert!(page.contains("<img src=\"images/sizes/a-0123456789abcdef-900.jpg\" srcset=\"images/sizes/a-0123456789abcdef-320.jpg 320w, images/sizes/a-0123456789abcdef-900.jpg 900w\" sizes=\"100vw\""), "{page}");
        assert!(!page.contains("images/photos/a.jpg"), "{page}");
    }

    #[test]
    fn an_svg_is_offered_as_it_is() {
        let svg = Picture {
            src: "images/map.svg".into(),
            width: 1600.0,
            height: 1000.0,
            ..Picture::default()
        };
        assert_eq!(
            picture_with_fallback(&svg, "100vw", 1280.0, "Map", ""),
            "<img src=\"images/map.svg\" width=\"1600\" height=\"1000\" alt=\"Map\" decoding=\"async\" />"
        );
    }

    #[test]
    fn the_wasm_preload_drops_to_low_priority() {
        let page = "<head><link rel=\"modulepreload\" href=\"./a.js\"><link rel=\"preload\" href=\"./a_bg.wasm\" crossorigin=\"anonymous\" integrity=\"sha384-x\" as=\"fetch\" type=\"application/wasm\"></head>";
        assert_eq!(
            with_early_downloads(page).unwrap(),
            "<head><link rel=\"modulepreload\" href=\"./a.js\"><link rel=\"preload\" href=\"./a_bg.wasm\" crossorigin=\"anonymous\" as=\"fetch\" type=\"application/wasm\" fetchpriority=\"low\"></head>"
        );
        assert!(with_early_downloads("<head></head>")
            .unwrap_err()
            .contains("href$=\".wasm\""));
    }

    #[test]
    fn escaping_leaves_no_markup() {
        assert_eq!(
            escape("<img src=x onerror=\"a('b')\">&"),
            "&lt;img src=x onerror=&quot;a(&#39;b&#39;)&quot;&gt;&amp;"
        );
    }

    #[test]
    fn the_start_script_moves_to_its_own_file() {
        let page = "<head><script type=\"module\">\nimport init from './app.js';\nawait init({ module_or_path: './app_bg.wasm' });\n</script></head>";
        let start = external_start_script(page).unwrap();
        assert_eq!(
            start.page,
            format!(
                "<head><script type=\"module\" src=\"{}\"></script></head>",
                start.name
            )
        );
        assert_eq!(
            start.text,
            format!(
                "{KEEP_FOCUS}{}{PAINT_SHELL_FIRST}const {{ default: init }} = await import('./app.js');\nawait init({{ module_or_path: wasmResponse }});\n",
                EARLY_DOWNLOADS.replace("WASM_FILE", "'./app_bg.wasm'")
            )
        );
    }

    #[test]
    fn a_start_script_that_imports_no_app_is_an_error_naming_what_is_missing() {
        let page = "<script type=\"module\">import * as app from './app.js';\nawait app.default({ module_or_path: './app_bg.wasm' });</script>";
        let error = external_start_script(page).unwrap_err();
        assert!(error.contains("import init from '"), "{error}");
    }

    #[test]
    fn the_start_script_name_is_the_start_of_its_sha256() {
        // The expected name is `sha256sum` of that text (the focus keeper, the early downloads,
        // the paint wait, then trunk's lines): it changes when they do, never with the Rust
        // release.
        let page = "<script type=\"module\">import init from './app.js'; await init({ module_or_path: './a_bg.wasm' });</script>";
        let start = external_start_script(page).unwrap();
        assert_eq!(start.name, "start-d5167d79ecb8b746.js");
    }

    #[test]
    fn a_plain_start_script_moves_as_it_is_and_only_once() {
        let page =
            "<head><script type=module>import init from './studio-1.js';\ninit();</script></head>";
        let start = external_plain_start_script(page, "first();\n")
            .unwrap()
            .unwrap();
        assert_eq!(
            start.text,
            "first();\nimport init from './studio-1.js';\ninit();\n"
        );
        assert!(start.page.contains(&format!("src=\"{}\"", start.name)));
        assert!(external_plain_start_script(&start.page, "")
            .unwrap()
            .is_none());
    }

    #[test]
    fn a_page_without_the_start_script_is_an_error_naming_it() {
        let error =
            external_start_script("<head><script src=\"a.js\"></script></head>").unwrap_err();
        assert!(
            error.contains("script[type=module]:not([src])") && error.contains("found 0"),
            "{error}"
        );
    }

    #[test]
    fn a_page_without_the_elements_to_edit_is_an_error_naming_them() {
        let error = rewrite(
            "<html><head></head><body></body></html>",
            "test",
            vec![
                Edit::title("A"),
                Edit::description("B"),
                Edit::prepend("body", "C".into()),
            ],
        )
        .unwrap_err();
        assert_eq!(
            error,
            "test: the page has no element matching `title`, `meta[name=description]`"
        );
        let error = rewrite("<p>", "test", vec![Edit::prepend("body", "C".into())]).unwrap_err();
        assert_eq!(error, "test: the page has no element matching `body`");
    }

    #[test]
    fn title_and_description_are_replaced() {
        let page = "<title>Old</title><meta name=\"description\" content=\"old\" />";
        let page = rewrite(
            page,
            "test",
            vec![Edit::title("A & B"), Edit::description("x\"y")],
        )
        .unwrap();
        assert_eq!(
            page,
            "<title>A &amp; B</title><meta name=\"description\" content=\"x&quot;y\" />"
        );
    }
}
