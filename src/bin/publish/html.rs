//! Editing trunk's `index.html` as text: it is our own template, so a few exact markers suffice.

use shijingshan_exhibit::content::Exhibit;
use shijingshan_exhibit::lang::Lang;
use shijingshan_exhibit::ui_text::interface_text;

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

/// Inserts `markup` right after the first `marker` (which must be there).
pub fn insert_after(page: &str, marker: &str, markup: &str) -> String {
    match page.find(marker) {
        Some(at) => {
            let end = at + marker.len();
            format!("{}{}{}", &page[..end], markup, &page[end..])
        }
        None => panic!("index.html has no {marker}"),
    }
}

/// Replaces the text of the one `<title>`.
pub fn set_title(page: &str, title: &str) -> String {
    let start = page.find("<title>").expect("index.html has a <title>") + "<title>".len();
    let end = page[start..]
        .find("</title>")
        .expect("the <title> is closed")
        + start;
    format!("{}{}{}", &page[..start], escape(title), &page[end..])
}

/// Replaces the `content` of `<meta name="description">`.
pub fn set_description(page: &str, description: &str) -> String {
    let marker = "<meta name=\"description\" content=\"";
    let start = page.find(marker).expect("index.html has a description") + marker.len();
    let end = page[start..].find('"').expect("the description is closed") + start;
    format!("{}{}{}", &page[..start], escape(description), &page[end..])
}

/// Put at the start of trunk's start-up script: lets the static shell's map picture load and
/// paint before the wasm is fetched and compiled, which holds the main thread for tens of
/// milliseconds on a phone, so the largest paint is the shell's and is not delayed by the app.
/// (The publish step also drops trunk's wasm preload: see `without_wasm_preload`.)
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

/// Moves trunk's inline start-up script into its own file, so a Content-Security-Policy can
/// allow scripts from the exhibit's own origin only, with no inline exception. Returns the new
/// page and the script's file name and text.
pub fn external_start_script(page: &str) -> (String, String, String) {
    let open = "<script type=\"module\">";
    let start = page
        .find(open)
        .expect("trunk's start-up script is in index.html");
    let body_start = start + open.len();
    let end = page[body_start..]
        .find("</script>")
        .expect("the start-up script is closed")
        + body_start;
    let script = format!("{PAINT_SHELL_FIRST}{}", page[body_start..end].trim());
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    std::hash::Hash::hash(&script, &mut hasher);
    let name = format!("start-{:016x}.js", std::hash::Hasher::finish(&hasher));
    let tag = format!("<script type=\"module\" src=\"{name}\"></script>");
    let page = format!(
        "{}{}{}",
        &page[..start],
        tag,
        &page[end + "</script>".len()..]
    );
    (page, name, format!("{script}\n"))
}

/// Drops trunk's `<link rel="preload" … as="fetch">` for the wasm: started at once, the
/// download would share a slow phone connection with the static shell's map picture. The start
/// script fetches the wasm as soon as the shell has painted (see PAINT_SHELL_FIRST).
pub fn without_wasm_preload(page: &str) -> String {
    let mut out = String::with_capacity(page.len());
    let mut rest = page;
    while let Some(start) = rest.find("<link rel=\"preload\"") {
        let Some(length) = rest[start..].find('>') else {
            break;
        };
        let tag = &rest[start..start + length + 1];
        out.push_str(&rest[..start]);
        if !tag.contains("as=\"fetch\"") || !tag.contains(".wasm") {
            out.push_str(tag);
        }
        rest = &rest[start + length + 1..];
    }
    out.push_str(rest);
    out
}

/// The title and the map, in plain HTML, so they paint before the wasm arrives. The app removes
/// it once it has taken over; its layout matches the app's so nothing jumps.
pub fn with_static_shell(page: &str, pack: &Exhibit) -> String {
    let lang = Lang::En;
    let text = |key: &str| interface_text(lang, key, &[]);
    let map = &pack.map.image;
    let language_buttons: String = Lang::ALL
        .iter()
        .map(|l| {
            format!(
                "<button type=\"button\" lang=\"{}\" aria-pressed=\"{}\">{}</button>",
                l.tag(),
                *l == lang,
                l.own_name()
            )
        })
        .collect();
    let shell = format!(
        "\n    <div id=\"static-shell\" inert aria-hidden=\"true\">\
         <header class=\"masthead\"><div class=\"masthead-title\"><p class=\"masthead-kicker\">{kicker}</p>\
         <h1>{title}</h1></div><nav class=\"masthead-tools\">\
         <button type=\"button\" class=\"tool-button\">{list}</button>\
         <button type=\"button\" class=\"tool-button\">{stats}</button>\
         <div class=\"language-switch\">{language_buttons}</div></nav></header>\
         <main class=\"exhibit-main\"><div class=\"map-frame\"><div class=\"map-viewport\">\
         <div class=\"map-layer\"><img class=\"map-image\" src=\"{src}\" width=\"{w}\" height=\"{h}\" alt=\"{alt}\" fetchpriority=\"high\" /></div>\
         </div></div></main></div>",
        kicker = escape(&text("place_line")),
        title = escape(pack.title.get(lang)),
        list = escape(&text("show_list")),
        stats = escape(&text("statistics")),
        src = escape(&map.src),
        w = map.width,
        h = map.height,
        alt = escape(pack.map.alt.get(lang)),
    );
    insert_after(page, "<body>", &shell)
}

/// The static shell sizes the map from `--map-w`/`--map-h` in style/map.css (it may not carry
/// inline styles under the Content-Security-Policy). If the pack's map has another shape, the
/// shell's map is framed differently from the app's and the page adjusts once the app runs.
pub fn shell_map_mismatch(dist: &std::path::Path, pack: &Exhibit) -> Option<String> {
    let css: String = std::fs::read_dir(dist)
        .ok()?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|e| e == "css"))
        .filter_map(|path| std::fs::read_to_string(path).ok())
        .collect();
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

    #[test]
    fn only_the_wasm_preload_is_dropped() {
        let page = "<head><link rel=\"modulepreload\" href=\"./a.js\"><link rel=\"preload\" href=\"./a_bg.wasm\" as=\"fetch\" type=\"application/wasm\"><link rel=\"preload\" href=\"f.woff2\" as=\"font\"></head>";
        assert_eq!(
            without_wasm_preload(page),
            "<head><link rel=\"modulepreload\" href=\"./a.js\"><link rel=\"preload\" href=\"f.woff2\" as=\"font\"></head>"
        );
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
        let page = "<head><script type=\"module\">\nimport init from './app.js';\n</script></head>";
        let (page, name, script) = external_start_script(page);
        assert_eq!(
            page,
            format!("<head><script type=\"module\" src=\"{name}\"></script></head>")
        );
        assert!(name.starts_with("start-") && name.ends_with(".js"));
        assert_eq!(
            script,
            format!("{PAINT_SHELL_FIRST}import init from './app.js';\n")
        );
    }

    #[test]
    fn title_and_description_are_replaced() {
        let page = "<title>Old</title><meta name=\"description\" content=\"old\" />";
        let page = set_description(&set_title(page, "A & B"), "x\"y");
        assert_eq!(
            page,
            "<title>A &amp; B</title><meta name=\"description\" content=\"x&quot;y\" />"
        );
    }
}
