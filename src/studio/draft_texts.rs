//! The texts of a draft, found by their place in the pack (`photos[3].caption`), the same
//! place the checks name a missing translation by.

use super::selection::Selection;
use crate::content::{Exhibit, Text};
use crate::lang::Lang;

/// Finds the text at a place; written once for both `&` and `&mut` access.
macro_rules! text_at {
    ($exhibit:expr, $place:expr, $get:ident, $opt:ident $(, $m:tt)?) => {{
        let (place, exhibit) = ($place, $exhibit);
        let (item, field) = place.rsplit_once('.').unwrap_or(("", place));
        match Selection::of_place(place) {
            Selection::Photo(i) => {
                let photo = exhibit.photos.$get(i)?;
                match field {
                    "title" => Some(& $($m)? photo.title),
                    "caption" => Some(& $($m)? photo.caption),
                    "alt" => Some(& $($m)? photo.alt),
                    "credit" => Some(& $($m)? photo.credit),
                    "image_note" => photo.image_note.$opt(),
                    _ => None,
                }
            }
            Selection::Site(i) => {
                let site = exhibit.sites.$get(i)?;
                match field {
                    "name" => Some(& $($m)? site.name),
                    "description" => Some(& $($m)? site.description),
                    _ => None,
                }
            }
            Selection::Map => match field {
                "alt" => Some(& $($m)? exhibit.map.alt),
                "note" => Some(& $($m)? exhibit.map.note),
                _ => None,
            },
            _ if item.starts_with("statistics[") => {
                let i: usize = item.strip_prefix("statistics[")?.strip_suffix(']')?.parse().ok()?;
                let statistic = exhibit.statistics.$get(i)?;
                match field {
                    "label" => Some(& $($m)? statistic.label),
                    "source" => Some(& $($m)? statistic.source),
                    "in_words" => statistic.in_words.$opt(),
                    _ => None,
                }
            }
            _ => match place {
                "title" => Some(& $($m)? exhibit.title),
                "intro" => Some(& $($m)? exhibit.intro),
                _ => None,
            },
        }
    }};
}

/// The text at `place` (`photos[3].caption`, `map.alt`, `statistics[0].label`, `title`).
pub fn text_mut<'a>(exhibit: &'a mut Exhibit, place: &str) -> Option<&'a mut Text> {
    text_at!(exhibit, place, get_mut, as_mut, mut)
}

pub fn text_ref<'a>(exhibit: &'a Exhibit, place: &str) -> Option<&'a Text> {
    text_at!(exhibit, place, get, as_ref)
}

/// The text at `place` in `lang`, empty where it is missing.
pub fn text(exhibit: &Exhibit, place: &str, lang: Lang) -> String {
    text_ref(exhibit, place)
        .map(|t| t.get(lang).to_string())
        .unwrap_or_default()
}

pub fn set_text(exhibit: &mut Exhibit, place: &str, lang: Lang, value: String) -> bool {
    let Some(text) = text_mut(exhibit, place) else {
        return false;
    };
    match lang {
        Lang::Zh => text.zh = Some(value),
        Lang::En => text.en = Some(value),
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::studio::test_pack as pack;

    #[test]
    fn texts_are_found_by_their_place() {
        let mut exhibit = pack();
        assert!(set_text(
            &mut exhibit,
            "photos[3].caption",
            Lang::En,
            "New caption".into()
        ));
        assert_eq!(text(&exhibit, "photos[3].caption", Lang::En), "New caption");
        assert!(set_text(
            &mut exhibit,
            "sites[0].name",
            Lang::Zh,
            "新".into()
        ));
        assert_eq!(exhibit.sites[0].name.get(Lang::Zh), "新");
        for place in [
            "title",
            "intro",
            "map.alt",
            "map.note",
            "statistics[0].label",
            "photos[0].credit",
        ] {
            assert!(text_mut(&mut exhibit, place).is_some(), "{place}");
        }
        assert!(text_mut(&mut exhibit, "photos[99].caption").is_none());
        assert!(text_mut(&mut exhibit, "photos[0].date").is_none());
    }
}
