//! One static page per photo, per site and for the statistics, so a link pasted into a chat
//! shows the right picture and words (crawlers run no wasm). Each page boots the same app at
//! the same place, and shows the content as plain HTML in the static shell, for the moments
//! before the app runs and for readers without scripts (the app removes the shell).

use std::path::Path;

use shijingshan_exhibit::content::{Exhibit, Text};
use shijingshan_exhibit::lang::Lang;
use shijingshan_exhibit::route::{Link, Route};
use shijingshan_exhibit::ui_text;
use shijingshan_exhibit::{format, picture_widths, statistic_text};

use crate::html::{escape, picture_with_fallback, rewrite, Edit};
use crate::pictures::Previews;

/// A page to write: where, what the app opens there, and what a preview card shows.
struct SharePage<'a> {
    folder: String,
    route: Route,
    title: String,
    description: String,
    picture: &'a str,
    picture_alt: String,
    /// The page's content in both languages; the shell's stylesheet shows the visitor's.
    content: String,
}

/// Writes every page into `dist`, from the published `index`; returns how many it wrote.
pub fn write_all(
    dist: &Path,
    pack: &Exhibit,
    index: &str,
    previews: &Previews,
) -> Result<usize, String> {
    let pages = pages(pack, previews);
    let base = &pack.settings.public_base_url;
    if base.is_empty() {
        eprintln!(
            "publish: settings.public_base_url is empty: link previews use relative addresses, \
             which some chat apps ignore. Set it to the exhibit's public address."
        );
    }
    let exhibit = pack.title.get(Lang::En);
    for page in &pages {
        let file = format!("{}/index.html", page.folder);
        let html = render(index, page, base, exhibit).map_err(|e| format!("{file}: {e}"))?;
        crate::files::write(&dist.join(file), &html)?;
    }
    Ok(pages.len())
}

/// One page per photo, one per site and one for the statistics.
fn pages<'a>(pack: &Exhibit, previews: &'a Previews) -> Vec<SharePage<'a>> {
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
            picture: (previews.photos.get(&photo.id)).map_or(&previews.map, |p| p),
            picture_alt: photo.alt.get(Lang::En).to_string(),
            content: Lang::ALL
                .iter()
                .map(|&lang| {
                    format!(
                        "<article class=\"in-{code}\" lang=\"{tag}\"><h2>{title}</h2><p>{site}</p>\
                         {picture}\
                         <p>{caption}</p><p>{credit} · {date}</p></article>",
                        code = lang.code(),
                        tag = lang.tag(),
                        title = escape(photo.title.get(lang)),
                        site = escape(site.get(lang)),
                        picture = picture_with_fallback(
                            &photo.image,
                            picture_widths::SHARE_PAGE,
                            picture_widths::PHOTO_FALLBACK,
                            photo.alt.get(lang),
                            " class=\"shell-page-photo\"",
                        ),
                        caption = escape(photo.caption.get(lang)),
                        credit = escape(&ui_text::labelled(
                            lang,
                            ui_text::PHOTO_CREDIT,
                            photo.credit.get(lang)
                        )),
                        date = escape(&format::date(lang, &photo.date)),
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
            picture: &previews.map,
            picture_alt: pack.map.alt.get(Lang::En).to_string(),
            content: Lang::ALL
                .iter()
                .map(|&lang| {
                    format!(
                        "<article class=\"in-{}\" lang=\"{}\"><h2>{}</h2><p>{}</p></article>",
                        lang.code(),
                        lang.tag(),
                        escape(site.name.get(lang)),
                        escape(site.description.get(lang))
                    )
                })
                .collect(),
        });
    }
    pages.push(SharePage {
        folder: "statistics".to_string(),
        route: Route::Statistics,
        title: format!(
            "{} · {} | {exhibit}",
            ui_text::STATS_TITLE.get(Lang::En),
            ui_text::STATS_TITLE.get(Lang::Zh)
        ),
        description: pack.intro.get(Lang::En).to_string(),
        picture: &previews.map,
        picture_alt: pack.map.alt.get(Lang::En).to_string(),
        content: statistics_content(pack),
    });
    pages
}

/// The statistics as the app's statistics view shows them, in both languages: the title, the
/// introduction, each figure with its label, and the source.
fn statistics_content(pack: &Exhibit) -> String {
    let source = statistic_text::shared_source(&pack.statistics);
    Lang::ALL
        .iter()
        .map(|&lang| {
            let figures: String = (pack.statistics.iter())
                .map(|s| {
                    format!(
                        "<li><strong>{}</strong>{}{}</li>",
                        escape(&format::headline(lang, s, s.value)),
                        statistic_text::between(lang),
                        escape(&statistic_text::details(lang, s)),
                    )
                })
                .collect();
            format!(
                "<article class=\"in-{code}\" lang=\"{tag}\"><h2>{title}</h2><p>{intro}</p>\
                 <ul>{figures}</ul><p>{source}</p></article>",
                code = lang.code(),
                tag = lang.tag(),
                title = escape(ui_text::STATS_TITLE.get(lang)),
                intro = escape(pack.intro.get(lang)),
                source = escape(&statistic_text::source_line(lang, &source)),
            )
        })
        .collect()
}

fn both(text: &Text, exhibit: &str) -> String {
    format!(
        "{} · {} | {exhibit}",
        text.get(Lang::En),
        text.get(Lang::Zh)
    )
}

fn render(index: &str, page: &SharePage, base: &str, exhibit: &str) -> Result<String, String> {
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
    rewrite(
        index,
        "writing the link-preview page",
        vec![
            Edit::prepend("head", format!("\n    <base href=\"{up}\" />")),
            Edit::title(&page.title),
            Edit::description(&page.description),
            Edit::append("head", format!("\n    {}\n  ", meta.join("\n    "))),
            Edit::append(
                "#static-shell",
                format!(
                    "<section class=\"shell-page\">{}<p><a class=\"tool-button\" href=\"./\">{}</a></p></section>",
                    page.content,
                    crate::shell::both(crate::shell::ui(ui_text::BACK_HOME))
                ),
            ),
        ],
    )
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use shijingshan_exhibit::content::{Measure, Photo, Site, Statistic};

    use super::*;

    const TEMPLATE: &str = "<!doctype html><html><head><title>T</title>\
        <meta name=\"description\" content=\"D\" /></head><body><div id=\"static-shell\"></div></body></html>";

    fn pack() -> Exhibit {
        Exhibit {
            title: Text::new("展览", "Exhibit"),
            sites: vec![Site {
                id: "furnace".into(),
                name: Text::new("高炉", "Furnace"),
                ..Site::default()
            }],
            photos: vec![Photo {
                id: "vr-game".into(),
                site: "furnace".into(),
                title: Text::new("游戏", "A \"game\""),
                caption: Text::new("说明", "Caption <b>"),
                date: "2025-06-20".into(),
                ..Photo::default()
            }],
            intro: Text::new("简介", "About the <figures>"),
            statistics: vec![
                Statistic {
                    value: 236.0,
                    label: Text::new("家企业", "companies & institutions"),
                    source: Text::new("人民网", "People's Daily"),
                    ..Statistic::default()
                },
                Statistic {
                    value: 15_300_000_000.0,
                    measure: Measure::Yuan,
                    approx_usd: Some(2_130_000_000.0),
                    label: Text::new("营收", "revenue"),
                    ..Statistic::default()
                },
                Statistic {
                    value: 0.3333,
                    measure: Measure::Share,
                    in_words: Some(Text::new("约三分之一", "nearly one third")),
                    label: Text::new("的比重", "of Beijing's revenue"),
                    ..Statistic::default()
                },
            ],
            ..Exhibit::default()
        }
    }

    #[test]
    fn share_pages_carry_no_inline_style() {
        let pack = pack();
        let previews = Previews {
            map: "previews/map.png".into(),
            photos: BTreeMap::new(),
        };
        let pages = pages(&pack, &previews);
        assert_eq!(pages.len(), 3);
        for page in &pages {
            let html = render(TEMPLATE, page, "", "Exhibit").unwrap();
            assert!(!html.contains("style="), "{}: {html}", page.folder);
        }
        let photo = render(TEMPLATE, &pages[0], "", "Exhibit").unwrap();
        assert!(photo.contains("class=\"shell-page-photo\""), "{photo}");
        assert!(
            photo.contains("<title>A &quot;game&quot; · 游戏 | Exhibit</title>"),
            "{photo}"
        );
    }

    fn page<'a>(pages: &'a [SharePage], folder: &str) -> &'a SharePage<'a> {
        pages.iter().find(|p| p.folder == folder).unwrap()
    }

    #[test]
    fn the_statistics_page_shows_the_apps_figures_and_words_in_both_languages() {
        let pack = pack();
        let previews = Previews {
            map: "previews/map.png".into(),
            photos: BTreeMap::new(),
        };
        let pages = pages(&pack, &previews);
        let html = &page(&pages, "statistics").content;
        for expected in [
            "<article class=\"in-en\" lang=\"en\"><h2>Shijingshan&#39;s sci-fi industry</h2>\
             <p>About the &lt;figures&gt;</p><ul>\
             <li><strong>236</strong> companies &amp; institutions</li>\
             <li><strong>15.3 billion yuan</strong> revenue · about US$2.13 billion</li>\
             <li><strong>nearly one third</strong> of Beijing&#39;s revenue</li></ul>\
             <p>Source: People&#39;s Daily</p></article>",
            "<article class=\"in-zh\" lang=\"zh-Hans\"><h2>石景山科幻产业数据</h2><p>简介</p><ul>\
             <li><strong>236</strong>家企业</li>\
             <li><strong>153亿元</strong>营收 · 约合 21.3亿美元</li>\
             <li><strong>约三分之一</strong>的比重</li></ul><p>来源：人民网</p></article>",
        ] {
            assert!(html.contains(expected), "{expected}\nin\n{html}");
        }
    }

    #[test]
    fn a_photo_page_writes_the_date_as_the_app_does() {
        let pack = pack();
        let previews = Previews {
            map: "previews/map.png".into(),
            photos: BTreeMap::new(),
        };
        let pages = pages(&pack, &previews);
        let html = &page(&pages, "photos/vr-game").content;
        assert!(html.contains(" · June 20, 2025</p>"), "{html}");
        assert!(html.contains(" · 2025年6月20日</p>"), "{html}");
        assert!(!html.contains("2025-06-20"), "{html}");
    }

    #[test]
    fn a_template_without_a_description_is_an_error_naming_it() {
        let pack = pack();
        let previews = Previews {
            map: "previews/map.png".into(),
            photos: BTreeMap::new(),
        };
        let template = TEMPLATE.replace("<meta name=\"description\" content=\"D\" />", "");
        let error = render(&template, &pages(&pack, &previews)[0], "", "Exhibit").unwrap_err();
        assert_eq!(
            error,
            "writing the link-preview page: the page has no element matching `meta[name=description]`"
        );
    }
}
