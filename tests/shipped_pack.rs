//! The shipped pack's own content test: public/exhibit.json passes the curator's check and tells
//! the facts of its source, the People's Daily Online article in tests/article.txt. Every other
//! test runs on the test pack in tests/fixtures/pack, so a curator's edit can fail this test
//! only, and only when the pack no longer agrees with the article.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

use shijingshan_exhibit::content::{check_pack_file, Exhibit, Measure};
use shijingshan_exhibit::lang::Lang;

const ARTICLE: &str = include_str!("article.txt");

/// The text between `before` and `after` at their first appearance in the article.
fn between(before: &str, after: &str) -> &'static str {
    let start = ARTICLE
        .find(before)
        .unwrap_or_else(|| panic!("the article has no {before:?}"))
        + before.len();
    let end = ARTICLE[start..]
        .find(after)
        .unwrap_or_else(|| panic!("nothing ends in {after:?}"));
    ARTICLE[start..start + end].trim()
}

fn number(text: &str) -> f64 {
    text.parse()
        .unwrap_or_else(|_| panic!("{text:?} is not a number"))
}

/// Lower case words, with no articles and no punctuation, so a caption matches the article's
/// wording whether or not it says "the" ("at the ZGC …" / "at ZGC …").
fn words(text: &str) -> String {
    let kept: String = text
        .to_lowercase()
        .chars()
        .filter(|c| c.is_alphanumeric() || c.is_whitespace())
        .collect();
    kept.split_whitespace()
        .filter(|w| !["the", "a", "an"].contains(w))
        .collect::<Vec<_>>()
        .join(" ")
}

fn shipped() -> Exhibit {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("public/exhibit.json");
    check_pack_file(&path)
        .unwrap_or_else(|problems| panic!("{}", problems.join("\n")))
        .exhibit
}

#[test]
fn the_shipped_pack_passes_check_pack_and_tells_the_articles_facts() {
    let exhibit = shipped();

    // The figures, as the article gives them.
    let stat = |id: &str| exhibit.statistics.iter().find(|s| s.id == id).unwrap();
    let companies = stat("companies");
    assert_eq!(companies.measure, Measure::Count);
    assert_eq!(
        companies.value,
        number(between(
            ", with ",
            " science fiction companies and institutions"
        ))
    );
    let revenue = stat("revenue");
    assert_eq!(revenue.measure, Measure::Yuan);
    assert_eq!(
        revenue.year,
        Some(number(between("\nIn ", ", the revenue")) as i32)
    );
    assert_eq!(
        revenue.value,
        number(between("gained revenue of ", " billion yuan")) * 1e9
    );
    assert_eq!(
        revenue.approx_usd,
        Some(number(between("(about ", " billion U.S. dollars")) * 1e9)
    );
    let share = stat("share-of-beijing");
    assert_eq!(share.measure, Measure::Share);
    let in_words = between("accounting for ", " of this kind in Beijing");
    assert_eq!(in_words, "nearly one third");
    assert_eq!(share.in_words.as_ref().unwrap().get(Lang::En), in_words);
    assert!((share.value - 1.0 / 3.0).abs() < 0.01);

    // The photos: one for each of the article's captions (its lines dated June 20, 2025), at
    // the site the caption names, credited to the photographer the article credits.
    let captions: Vec<String> = ARTICLE
        .lines()
        .filter(|line| line.contains("June 20, 2025"))
        .map(|line| words(line.trim_start_matches("This photo taken on June 20, 2025 shows ")))
        .collect();
    assert_eq!(
        exhibit.photos.len(),
        captions.len(),
        "one photo for each of the article's"
    );
    let credit = between("in Beijing. (", ")");
    for caption in &captions {
        let matching: Vec<_> = (exhibit.photos.iter())
            .filter(|p| caption.starts_with(&words(p.caption.get(Lang::En))))
            .collect();
        assert_eq!(
            matching.len(),
            1,
            "one photo captioned as the article's {caption:?}"
        );
        let photo = matching[0];
        let site = exhibit.site(&photo.site).unwrap();
        assert!(
            caption.contains(&words(site.name.get(Lang::En))),
            "{} is at {}",
            photo.id,
            photo.site
        );
        assert_eq!(photo.credit.get(Lang::En), credit);
        assert_eq!(photo.date, "2025-06-20");
    }
}
