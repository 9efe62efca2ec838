//! Editing trunk's `index.html` as text: it is our own template, so a few exact markers suffice.

use shijingshan_exhibit::content::Exhibit;
use shijingshan_exhibit::lang::Lang;
use shijingshan_exhibit::ui_text::UiText;

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

/// The title and the map, in plain HTML, so they paint before the wasm arrives. The app removes
/// it once it has taken over; its layout matches the app's so nothing jumps.
pub fn with_static_shell(page: &str, pack: &Exhibit) -> String {
    let lang = Lang::En;
    let text = UiText::get(lang);
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
        "\n    <div id=\"static-shell\" inert>\
         <header class=\"masthead\"><div class=\"masthead-title\"><p class=\"masthead-kicker\">{kicker}</p>\
         <h1>{title}</h1></div><nav class=\"masthead-tools\">\
         <button type=\"button\" class=\"tool-button\">{list}</button>\
         <button type=\"button\" class=\"tool-button\">{stats}</button>\
         <div class=\"language-switch\">{language_buttons}</div></nav></header>\
         <main class=\"exhibit-main\"><div class=\"map-frame\"><div class=\"map-viewport\">\
         <img class=\"shell-map\" src=\"{src}\" width=\"{w}\" height=\"{h}\" alt=\"{alt}\" fetchpriority=\"high\" />\
         </div></div></main></div>",
        kicker = escape(text.place_line),
        title = escape(pack.title.get(lang)),
        list = escape(text.show_list),
        stats = escape(text.statistics),
        src = escape(&map.src),
        w = map.width,
        h = map.height,
        alt = escape(pack.map.alt.get(lang)),
    );
    insert_after(page, "<body>", &shell)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_leaves_no_markup() {
        assert_eq!(
            escape("<img src=x onerror=\"a('b')\">&"),
            "&lt;img src=x onerror=&quot;a(&#39;b&#39;)&quot;&gt;&amp;"
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
