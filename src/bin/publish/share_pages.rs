//! One static page per photo, per site and for the statistics, so a link pasted into a chat
//! shows the right picture and words (crawlers run no wasm). Each page boots the same app at
//! the same place, and carries the content in `<noscript>` for readers without scripts.

use std::collections::BTreeMap;
use std::path::Path;

use shijingshan_exhibit::content::{Exhibit, Text};
use shijingshan_exhibit::lang::Lang;
use shijingshan_exhibit::route::{Link, Route};
use shijingshan_exhibit::ui_text::interface_text;

use crate::html::{escape, insert_after, set_description, set_title};
use crate::pictures::MAP_PREVIEW;

/// A page to write: where, what the app opens there, and what a preview card shows.
struct SharePage<'a> {
    folder: String,
    route: Route,
    title: String,
    description: String,
    picture: &'a str,
    picture_alt: String,
    noscript: String,
}

pub fn write_all(
    dist: &Path,
    pack: &Exhibit,
    index: &str,
    previews: &BTreeMap<String, String>,
) -> Result<usize, String> {
    let exhibit = pack.title.get(Lang::En);
    let mut pages = Vec::new();
    for photo in &pack.photos {
        let site = pack
            .site(&photo.site)
            .map(|s| s.name.clone())
            .unwrap_or_default();
        pages.push(SharePage {
            folder: format!("photos/{}", photo.id),
            route: Route::Photo(photo.id.clone()),
            title: both(&photo.title, exhibit),
            description: photo.caption.get(Lang::En).to_string(),
            picture: previews.get(&photo.id).map(String::as_str).unwrap_or(MAP_PREVIEW),
            picture_alt: photo.alt.get(Lang::En).to_string(),
            noscript: Lang::ALL
                .iter()
                .map(|&lang| {
                    format!(
                        "<article lang=\"{tag}\"><h1>{title}</h1><p>{site}</p>\
                         <img src=\"{src}\" width=\"{w}\" height=\"{h}\" alt=\"{alt}\" style=\"max-width:100%;height:auto\" />\
                         <p>{caption}</p><p>{credit_label}: {credit} · {date}</p></article>",
                        tag = lang.tag(),
                        title = escape(photo.title.get(lang)),
                        site = escape(site.get(lang)),
                        src = escape(&photo.image.src),
                        w = photo.image.width,
                        h = photo.image.height,
                        alt = escape(photo.alt.get(lang)),
                        caption = escape(photo.caption.get(lang)),
                        credit_label = escape(&interface_text(lang, "photo_credit", &[])),
                        credit = escape(photo.credit.get(lang)),
                        date = escape(&photo.date),
                    )
                })
                .collect(),
        });
    }
    for site in &pack.sites {
        pages.push(SharePage {
            folder: format!("sites/{}", site.id),
            route: Route::Site(site.id.clone()),
            title: both(&site.name, exhibit),
            description: site.description.get(Lang::En).to_string(),
            picture: MAP_PREVIEW,
            picture_alt: pack.map.alt.get(Lang::En).to_string(),
            noscript: Lang::ALL
                .iter()
                .map(|&lang| {
                    format!(
                        "<article lang=\"{}\"><h1>{}</h1><p>{}</p></article>",
                        lang.tag(),
                        escape(site.name.get(lang)),
                        escape(site.description.get(lang))
                    )
                })
                .collect(),
        });
    }
    let statistics: Vec<String> = pack
        .statistics
        .iter()
        .map(|s| {
            format!(
                "{} {}",
                s.in_words
                    .as_ref()
                    .map_or(String::new(), |w| w.get(Lang::En).to_string()),
                s.label.get(Lang::En)
            )
        })
        .collect();
    pages.push(SharePage {
        folder: "statistics".to_string(),
        route: Route::Statistics,
        title: format!(
            "{} · {} | {exhibit}",
            &interface_text(Lang::En, "stats_title", &[]),
            &interface_text(Lang::Zh, "stats_title", &[])
        ),
        description: pack.intro.get(Lang::En).to_string(),
        picture: MAP_PREVIEW,
        picture_alt: pack.map.alt.get(Lang::En).to_string(),
        noscript: format!(
            "<ul>{}</ul>",
            statistics
                .iter()
                .map(|s| format!("<li>{}</li>", escape(s.trim())))
                .collect::<String>()
        ),
    });

    let base = &pack.settings.public_base_url;
    if base.is_empty() {
        eprintln!(
            "publish: settings.public_base_url is empty: link previews use relative addresses, \
             which some chat apps ignore. Set it to the exhibit's public address."
        );
    }
    for page in &pages {
        let html = render(index, page, base, exhibit);
        crate::write(&dist.join(&page.folder).join("index.html"), &html)?;
    }
    Ok(pages.len())
}

fn both(text: &Text, exhibit: &str) -> String {
    format!(
        "{} · {} | {exhibit}",
        text.get(Lang::En),
        text.get(Lang::Zh)
    )
}

fn render(index: &str, page: &SharePage, base: &str, exhibit: &str) -> String {
    // Pages sit two folders (or one, for statistics) below the app; <base> makes every
    // relative address in the app resolve as it does from index.html.
    let depth = page.folder.matches('/').count() + 1;
    let up = "../".repeat(depth);
    let url = format!("{base}{}/", page.folder);
    let picture = format!("{base}{}", page.picture);
    let link = Link {
        route: page.route.clone(),
        lang: None,
        mode: None,
    };
    let meta = [
        format!("<link rel=\"canonical\" href=\"{}\" />", escape(&url)),
        format!(
            "<meta name=\"exhibit:link\" content=\"{}\" />",
            escape(&link.to_query())
        ),
        "<meta property=\"og:type\" content=\"article\" />".to_string(),
        format!(
            "<meta property=\"og:site_name\" content=\"{}\" />",
            escape(exhibit)
        ),
        format!(
            "<meta property=\"og:title\" content=\"{}\" />",
            escape(&page.title)
        ),
        format!(
            "<meta property=\"og:description\" content=\"{}\" />",
            escape(&page.description)
        ),
        format!("<meta property=\"og:url\" content=\"{}\" />", escape(&url)),
        format!(
            "<meta property=\"og:image\" content=\"{}\" />",
            escape(&picture)
        ),
        format!(
            "<meta property=\"og:image:alt\" content=\"{}\" />",
            escape(&page.picture_alt)
        ),
        "<meta property=\"og:locale\" content=\"en_GB\" />".to_string(),
        "<meta property=\"og:locale:alternate\" content=\"zh_CN\" />".to_string(),
        "<meta name=\"twitter:card\" content=\"summary_large_image\" />".to_string(),
        format!(
            "<meta name=\"twitter:title\" content=\"{}\" />",
            escape(&page.title)
        ),
        format!(
            "<meta name=\"twitter:description\" content=\"{}\" />",
            escape(&page.description)
        ),
        format!(
            "<meta name=\"twitter:image\" content=\"{}\" />",
            escape(&picture)
        ),
        format!(
            "<meta name=\"twitter:image:alt\" content=\"{}\" />",
            escape(&page.picture_alt)
        ),
    ];
    let head = format!("\n    {}\n  ", meta.join("\n    "));
    let html = insert_after(index, "<head>", &format!("\n    <base href=\"{up}\" />"));
    let html = set_title(&html, &page.title);
    let html = set_description(&html, &page.description);
    let html = html.replacen("</head>", &format!("{head}</head>"), 1);
    insert_after(
        &html,
        "<body>",
        &format!("\n    <noscript>{}</noscript>", page.noscript),
    )
}
