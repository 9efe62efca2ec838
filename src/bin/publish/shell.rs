//! The static shell: the title, the map, its places and the sites' photo strips in plain HTML, so the first paint is the
//! exhibit itself and a tap before the app has started already goes somewhere (a place's page,
//! a photo's page, the statistics). The app removes it in the task of its own first render.
//!
//! Both languages are in the markup; `language.js` (a blocking script of a few hundred bytes,
//! in the head) picks the visitor's language as the app does before the first frame, so a
//! Chinese visitor never sees the English shell first, and starts the content pack's download.

use shijingshan_exhibit::content::{card_picture, Exhibit, Text};
use shijingshan_exhibit::decimals::plain;
use shijingshan_exhibit::dom_id;
use shijingshan_exhibit::lang::Lang;
use shijingshan_exhibit::pan_zoom::{uncrowded_width, KIOSK_TARGET_PX, PORTRAIT_FILL, TARGET_PX};
use shijingshan_exhibit::picture_widths;
use shijingshan_exhibit::site_labels::label_fits;
use shijingshan_exhibit::ui_text::{self, hotspot_name, Words};

use crate::digest::short_digest;
use crate::html::{escape, picture_markup, rewrite, Edit};
use lol_html::html_content::ContentType;

/// The visitor's language and the exhibit's mode, chosen as `state.rs` chooses them (the link,
/// then, outside a kiosk, the saved choice, then the browser's languages), set on `<html>`.
/// Then the content pack starts downloading, while the page is still being read: the module
/// start script runs only once the document has been parsed and its styles have arrived, which
/// on a slow phone came after the wasm. The app takes this response once (`load.rs`), with the
/// cache mode and time limit of its own loads.
const LANGUAGE_SCRIPT: &str = "\
(() => {
  const tag = (t) => { const p = String(t || '').split(/[-_]/)[0].toLowerCase(); return p === 'zh' || p === 'en' ? p : null; };
  const read = (store, key) => { try { return window[store].getItem(key); } catch { return null; } };
  const query = new URLSearchParams(location.search);
  const mode = ['kiosk', 'embed', 'browser'].find((m) => m === query.get('mode')) || read('sessionStorage', 'shijingshan-exhibit.mode');
  const lang = tag(query.get('lang'))
    || (mode === 'kiosk' ? null : tag(read('localStorage', 'shijingshan-exhibit.lang')))
    || (navigator.languages || [navigator.language]).map(tag).find(Boolean) || 'en';
  document.documentElement.lang = lang === 'zh' ? 'zh-Hans' : 'en';
  if (mode) document.documentElement.dataset.mode = mode;
  // A picture's description can be in one language only: the Chinese one, where it is wanted.
  if (lang === 'zh') document.addEventListener('DOMContentLoaded', () => {
    for (const picture of document.querySelectorAll('img[data-alt-zh]')) picture.alt = picture.dataset.altZh;
  });
})();
window.exhibitPackResponse = fetch('exhibit.json', { cache: 'no-cache', signal: AbortSignal.timeout(12000) });
window.exhibitPackResponse.catch(() => {});
";

/// A hotspot's mark, as `views/hotspot_layer.rs` draws it.
const HOTSPOT_DOT: &str = "<svg viewBox=\"0 0 20 20\" width=\"18\" height=\"18\">\
<circle cx=\"10\" cy=\"10\" r=\"3.5\" fill=\"currentColor\" />\
<path d=\"M10 1v4M10 15v4M1 10h4M15 10h4\" stroke=\"currentColor\" stroke-width=\"2\" /></svg>";

/// What the publish step adds to the page: the shell, and what it needs besides.
pub struct Shell {
    pub page: String,
    /// `language-<hash>.js` and its text.
    pub script: (String, String),
    /// Where the places sit on the map (no inline styles under the CSP), for the page's
    /// stylesheet (stylesheet.rs).
    pub positions: String,
}

pub fn with_static_shell(page: &str, pack: &Exhibit) -> Result<Shell, String> {
    let script = hashed("language", "js", LANGUAGE_SCRIPT.to_string());
    // First in the head, right after the charset: the page's first request after itself, so
    // it takes the connection the page came on instead of queueing behind the stylesheets and
    // the app's downloads, and nothing waits on a stylesheet to run it.
    let tag = format!("\n    <script src=\"{}\"></script>", script.0);
    let page = rewrite(
        page,
        "painting the static shell",
        vec![
            Edit::new("meta[charset]", move |meta| {
                meta.after(&tag, ContentType::Html);
                Ok(())
            }),
            Edit::prepend("body", shell_markup(pack)),
        ],
    )?;
    Ok(Shell {
        page,
        script,
        positions: positions_css(pack),
    })
}

fn hashed(stem: &str, extension: &str, text: String) -> (String, String) {
    (
        format!("{stem}-{}.{extension}", short_digest(text.as_bytes())),
        text,
    )
}

/// One text in both languages; the stylesheet shows the one `<html lang>` names.
pub fn both(text: impl Fn(Lang) -> String) -> String {
    Lang::ALL
        .iter()
        .map(|&lang| {
            format!(
                "<span class=\"in-{}\" lang=\"{}\">{}</span>",
                lang.code(),
                lang.tag(),
                escape(&text(lang))
            )
        })
        .collect()
}

fn pack_text(text: &Text) -> impl Fn(Lang) -> String + '_ {
    move |lang| text.get(lang).to_string()
}

/// An interface string, for `both`.
pub fn ui(words: Words) -> impl Fn(Lang) -> String {
    move |lang| words.get(lang).to_string()
}

fn shell_markup(pack: &Exhibit) -> String {
    let map = &pack.map.image;
    let map_sources = map.sources(picture_widths::PHOTO_FALLBACK);
    let languages: String = Lang::ALL
        .iter()
        .map(|l| {
            format!(
                "<a class=\"language-link\" href=\"?lang={}\" lang=\"{}\" hreflang=\"{}\">{}</a>",
                l.code(),
                l.tag(),
                l.tag(),
                l.own_name()
            )
        })
        .collect();
    let places: String = pack
        .sites
        .iter()
        .map(|site| {
            let count = pack.photos_at(&site.id).count().to_string();
            format!(
                "<a class=\"site-marker\" id=\"{id}\" href=\"sites/{site}/\">{name}<span class=\"site-count\">{count}</span></a>",
                id = dom_id::site_marker(&site.id),
                site = escape(&site.id),
                name = both(pack_text(&site.name)),
                count = both(|lang| ui_text::photo_count(lang, &count)),
            )
        })
        .collect();
    // The app's hotspots, as links to each photo's page, named as the app names its buttons.
    let hotspots: String = pack
        .photos_in_order()
        .into_iter()
        .map(|photo| {
            let site = pack.site(&photo.site).map(|s| &s.name);
            let name = |lang| {
                hotspot_name(
                    photo.title.get(lang),
                    site.map_or("", |s| s.get(lang)),
                    ui_text::OPEN_PHOTO.get(lang),
                )
            };
            format!(
                "<a class=\"hotspot\" id=\"{dom_id}\" href=\"photos/{id}/\">\
                 <span class=\"hotspot-dot\" aria-hidden=\"true\">{HOTSPOT_DOT}</span>\
                 <span class=\"hotspot-label\" aria-hidden=\"true\">{title}</span>\
                 <span class=\"visually-hidden\">{name}</span></a>",
                dom_id = dom_id::hotspot(&photo.id),
                id = escape(&photo.id),
                title = both(pack_text(&photo.title)),
                name = both(name),
            )
        })
        .collect();
    let photos: String = pack
        .photos_in_order()
        .into_iter()
        .map(|photo| {
            format!(
                "<li><a href=\"photos/{id}/\">{title}</a></li>",
                id = escape(&photo.id),
                title = both(pack_text(&photo.title)),
            )
        })
        .collect();
    let strips: String = pack
        .sites
        .iter()
        .map(|site| {
            let count = pack.photos_at(&site.id).count().to_string();
            let cards: String = pack
                .photos_at(&site.id)
                .map(|photo| {
                    format!(
                        "<li class=\"photo-card\"><a class=\"photo-card-button\" href=\"photos/{id}/\">{picture}\
                         <span class=\"photo-card-text\"><span class=\"photo-card-title\">{title}</span>\
                         <span class=\"photo-card-caption\">{caption}</span></span></a></li>",
                        id = escape(&photo.id),
                        picture = picture_markup(
                            &card_picture(&photo.image),
                            picture_widths::STRIP_CARD,
                            picture_widths::CARD_FALLBACK,
                            "",
                            " loading=\"lazy\"",
                        ),
                        title = both(pack_text(&photo.title)),
                        caption = both(pack_text(&photo.caption)),
                    )
                })
                .collect();
            format!(
                "<section class=\"site-strip\"><h3 class=\"site-strip-name\">{name}\
                 <span class=\"site-strip-count\">{count}</span></h3>\
                 <ul class=\"photo-cards\" role=\"list\">{cards}</ul></section>",
                name = both(pack_text(&site.name)),
                count = both(|lang| ui_text::photo_count(lang, &count)),
            )
        })
        .collect();
    format!(
        "\n    <div id=\"static-shell\">\
         <header class=\"masthead\"><div class=\"masthead-title\"><p class=\"masthead-kicker\">{kicker}</p>\
         <h1>{title}</h1></div><nav class=\"masthead-tools\">\
         <a class=\"tool-button\" href=\"#shell-photos\">{list}</a>\
         <a class=\"tool-button\" href=\"statistics/\">{stats}</a>\
         <div class=\"language-switch\">{languages}</div></nav></header>\
         <main class=\"exhibit-main\"><div class=\"map-frame\"><div class=\"map-viewport\">\
         <div class=\"map-layer\"><img class=\"map-image\" src=\"{src}\"{srcset} width=\"{w}\" height=\"{h}\" alt=\"{alt}\" data-alt-zh=\"{alt_zh}\" fetchpriority=\"high\" />\
         {places}{hotspots}</div></div></div><section class=\"site-strips\">{strips}</section></main>\
         <nav id=\"shell-photos\" class=\"shell-photos\" aria-labelledby=\"shell-photos-name\">\
         <span id=\"shell-photos-name\" class=\"visually-hidden\">{list}</span><ol>{photos}</ol></nav></div>",
        kicker = both(ui(ui_text::PLACE_LINE)),
        title = both(pack_text(&pack.title)),
        list = both(ui(ui_text::SHOW_LIST)),
        stats = both(ui(ui_text::STATISTICS)),
        src = escape(&map_sources.src),
        srcset = match (&map_sources.srcset, &map.sizes) {
            (Some(srcset), Some(_)) => format!(
                " srcset=\"{}\" sizes=\"{}\"",
                escape(srcset),
                picture_widths::MAP
            ),
            (Some(srcset), None) => format!(" srcset=\"{}\"", escape(srcset)),
            _ => String::new(),
        },
        w = map.width,
        h = map.height,
        alt = escape(pack.map.alt.get(Lang::En)),
        alt_zh = escape(pack.map.alt.get(Lang::Zh)),
    )
}

/// Each place's marker at its point on the map, as the app places it (`style:left/top`), and
/// its label's lean and room (`site_labels`); each hotspot at its point; and the map widths
/// from which the hotspots are far enough apart to tap one by one, as the app decides it
/// (`hotspots_crowded`): below them, the places lead in with their photo counts.
fn positions_css(pack: &Exhibit) -> String {
    let points: Vec<_> = pack.sites.iter().map(|site| site.position).collect();
    let hotspots: String = pack
        .photos
        .iter()
        .map(|photo| {
            format!(
                "#static-shell #{} {{ left: {}%; top: {}%; }}\n",
                dom_id::hotspot(&photo.id),
                plain(photo.hotspot.x * 100.0),
                plain(photo.hotspot.y * 100.0),
            )
        })
        .collect();
    let spread = |mode: &str, target_px: f64| {
        format!(
            "@container {} {{ {mode} #static-shell .hotspot {{ display: grid; }} {mode} #static-shell .site-count {{ display: none; }} }}\n",
            uncrowded_query(pack, target_px)
        )
    };
    let places: String = pack
        .sites
        .iter()
        .zip(label_fits(&points))
        .map(|(site, fit)| {
            format!(
                "#static-shell #{} {{ left: {}%; top: {}%; --lean: {}; --room: {}; }}\n",
                dom_id::site_marker(&site.id),
                plain(site.position.x * 100.0),
                plain(site.position.y * 100.0),
                fit.css_lean(),
                fit.css_room()
            )
        })
        .collect();
    format!(
        "{places}{hotspots}#static-shell .hotspot {{ display: none; }}\n#static-shell .site-count {{ display: inline; }}\n{}{}",
        spread("html:not([data-mode=\"kiosk\"])", TARGET_PX),
        spread("html[data-mode=\"kiosk\"]", KIOSK_TARGET_PX),
    )
}

/// A container query on the map's viewport that holds when the map, drawn as `style/map.css`
/// fits it (the whole map on a landscape viewport; up to `PORTRAIT_FILL` times larger, but never
/// beyond covering it, on a portrait one), is at least `uncrowded_width` wide.
fn uncrowded_query(pack: &Exhibit, target_px: f64) -> String {
    let points: Vec<(f64, f64)> = pack
        .photos
        .iter()
        .map(|p| (p.hotspot.x, p.hotspot.y))
        .collect();
    let aspect = pack.map.image.width / pack.map.image.height;
    let wide = uncrowded_width(&points, aspect, target_px);
    if !wide.is_finite() {
        return "not (width >= 0)".into();
    }
    let px = |v: f64| format!("{}px", (v * 1000.0).ceil() / 1000.0);
    let fill = PORTRAIT_FILL;
    format!(
        "((orientation: landscape) and (width >= {w}) and (height >= {h})) or \
         ((orientation: portrait) and (width >= {wf}) and (height >= {hf}) and ((width >= {w}) or (height >= {h})))",
        w = px(wide),
        h = px(wide / aspect),
        wf = px(wide / fill),
        hf = px(wide / fill / aspect),
    )
}

#[cfg(test)]
mod tests {
    use shijingshan_exhibit::content::{Photo, Point, Site};

    use super::*;

    fn pack() -> Exhibit {
        let site = |id: &str, x: f64| Site {
            id: id.into(),
            name: Text::new("地点", "Place"),
            position: Point { x, y: 0.5 },
            ..Site::default()
        };
        let photo = |id: &str, zh: &str, en: &str| Photo {
            id: id.into(),
            site: "west".into(),
            title: Text::new(zh, en),
            ..Photo::default()
        };
        Exhibit {
            title: Text::new("展览", "Exhibit"),
            sites: vec![site("west", 0.25), site("east", 0.75)],
            photos: vec![
                photo("first", "第一张", "First photo"),
                photo("second", "第二张", "Second photo"),
            ],
            ..Exhibit::default()
        }
    }

    #[test]
    fn every_place_and_photo_is_a_link_in_both_languages() {
        let markup = shell_markup(&pack());
        for href in [
            "sites/west/",
            "sites/east/",
            "photos/first/",
            "photos/second/",
            "statistics/",
        ] {
            assert!(
                markup.contains(&format!("href=\"{href}\"")),
                "{href} in {markup}"
            );
        }
        assert!(markup.contains("<span class=\"in-zh\" lang=\"zh-Hans\">第一张</span><span class=\"in-en\" lang=\"en\">First photo</span>"));
        assert!(
            !markup.contains("inert"),
            "the shell can be used before the app starts"
        );
    }

    #[test]
    fn hotspots_are_links_named_as_the_app_names_them() {
        let markup = shell_markup(&pack());
        assert!(
            markup.contains("<a class=\"hotspot\" id=\"hotspot--first\" href=\"photos/first/\">")
        );
        assert!(
            markup.contains("<span class=\"visually-hidden\"><span class=\"in-zh\" lang=\"zh-Hans\">第一张 · 地点 — 打开照片</span><span class=\"in-en\" lang=\"en\">First photo · Place — open photo</span></span>"),
            "{markup}"
        );
    }

    #[test]
    fn hotspots_show_from_the_width_at_which_the_app_shows_them() {
        let mut pack = pack();
        pack.map.image.width = 1600.0;
        pack.map.image.height = 1000.0;
        pack.photos[0].hotspot = Point { x: 0.40, y: 0.50 };
        pack.photos[1].hotspot = Point { x: 0.45, y: 0.90 };
        let css = positions_css(&pack);
        assert!(
            css.contains("#static-shell #hotspot--second { left: 45%; top: 90%; }"),
            "{css}"
        );
        // 44 px apart: 0.05 of the width from 880 px, or 0.4 of the height from 110 px (176 px
        // wide): the nearer of the two axes decides.
        assert!(
            css.contains(
                "html:not([data-mode=\"kiosk\"]) #static-shell .hotspot { display: grid; }"
            ),
            "{css}"
        );
        assert!(
            css.contains("((orientation: landscape) and (width >= 176px) and (height >= 110px))"),
            "{css}"
        );
        assert!(
            css.contains("(width >= 256px) and (height >= 160px)"),
            "kiosk: 64 px targets: {css}"
        );
    }

    #[test]
    fn the_photo_list_is_named_in_the_pages_language() {
        // aria-labelledby: the name is the labelling span's shown text, the page language's.
        let markup = shell_markup(&pack());
        assert!(
            markup.contains("<nav id=\"shell-photos\" class=\"shell-photos\" aria-labelledby=\"shell-photos-name\">\
                <span id=\"shell-photos-name\" class=\"visually-hidden\"><span class=\"in-zh\" lang=\"zh-Hans\">列表浏览</span>\
                <span class=\"in-en\" lang=\"en\">List view</span></span><ol>"),
            "{markup}"
        );
        assert!(!markup.contains("aria-label="), "{markup}");
    }

    #[test]
    fn texts_are_escaped() {
        let mut pack = pack();
        pack.photos[0].title = Text::new("<b>&</b>", "<i>");
        let markup = shell_markup(&pack);
        assert!(markup.contains("&lt;b&gt;&amp;&lt;/b&gt;") && !markup.contains("<b>"));
    }

    #[test]
    fn places_sit_where_the_app_puts_them() {
        let css = positions_css(&pack());
        // West's label leans a quarter left of its point and shares the room to east's.
        assert!(
            css.contains(
                "#static-shell #site--west { left: 25%; top: 50%; --lean: 0.250; --room: 0.333; }"
            ),
            "{css}"
        );
    }
}
