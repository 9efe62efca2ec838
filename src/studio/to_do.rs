//! What is not written yet, told apart from what is wrong: a text with neither language
//! written, a photo's date or picture not given, a photo in no site. A new photo, site or figure
//! starts with these as its work to do, not as errors; the export refuses both alike.

use super::draft_edits::picture_at;
use super::draft_texts::text_ref;
use crate::content::{Exhibit, Problem};

/// The checks' problems, sorted: what is wrong, and the places of what is still to do.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Sorted {
    pub problems: Vec<Problem>,
    /// One place for each thing to write: `photos[3].title` (both languages), `photos[3].date`.
    pub to_do: Vec<String>,
}

impl Sorted {
    /// Everything still blocking the export: problems and things to do.
    pub fn is_empty(&self) -> bool {
        self.problems.is_empty() && self.to_do.is_empty()
    }
}

pub fn sort(exhibit: &Exhibit, problems: &[Problem]) -> Sorted {
    let mut sorted = Sorted::default();
    for problem in problems {
        match unwritten(exhibit, problem) {
            Some(place) if sorted.to_do.contains(&place) => {}
            Some(place) => sorted.to_do.push(place),
            None => sorted.problems.push(problem.clone()),
        }
    }
    sorted
}

/// The place of the thing not yet written that `problem` is about, if that is what it is.
fn unwritten(exhibit: &Exhibit, problem: &Problem) -> Option<String> {
    let place = problem.place.as_str();
    if let Some((picture, _)) = place.split_once(".image.") {
        let picture = format!("{picture}.image");
        let given = picture_at(exhibit, &picture)?;
        return given.src.is_empty().then_some(picture);
    }
    if problem.message != "missing" {
        return (place.ends_with(".date") && photo_field(exhibit, place, |p| p.date.is_empty()))
            .then(|| place.to_string());
    }
    if place.ends_with(".site") {
        return Some(place.to_string());
    }
    let text = place
        .strip_suffix(".zh")
        .or_else(|| place.strip_suffix(".en"))?;
    let neither = text_ref(exhibit, text).is_some_and(|t| {
        [&t.zh, &t.en]
            .iter()
            .all(|v| v.as_deref().is_none_or(|v| v.trim().is_empty()))
    });
    neither.then(|| text.to_string())
}

/// Whether the photo that `place` (`photos[3].date`) is in meets `test`.
fn photo_field(
    exhibit: &Exhibit,
    place: &str,
    test: impl Fn(&crate::content::Photo) -> bool,
) -> bool {
    match super::selection::Selection::of_place(place) {
        super::selection::Selection::Photo(i) => exhibit.photos.get(i).is_some_and(test),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{validate, Point};
    use crate::lang::Lang;
    use crate::studio::draft_edits::{add_photo, add_site, add_statistic};
    use crate::studio::draft_texts::set_text;
    use crate::studio::test_pack as pack;

    fn sorted(exhibit: &Exhibit) -> Sorted {
        sort(exhibit, &validate(exhibit))
    }

    #[test]
    fn a_new_photo_has_things_to_do_and_no_problems() {
        let mut exhibit = pack();
        let i = add_photo(&mut exhibit, Point { x: 0.01, y: 0.99 });
        let found = sorted(&exhibit);
        assert_eq!(found.problems, vec![]);
        let at = |field: &str| format!("photos[{i}].{field}");
        assert_eq!(
            found.to_do,
            ["site", "title", "caption", "alt", "credit", "date", "image"].map(at)
        );
        assert!(!found.is_empty(), "the export still refuses it");
    }

    #[test]
    fn half_a_translation_is_a_problem_not_a_thing_to_do() {
        let mut exhibit = pack();
        let i = add_photo(&mut exhibit, Point { x: 0.5, y: 0.5 });
        set_text(
            &mut exhibit,
            &format!("photos[{i}].title"),
            Lang::En,
            "A title".into(),
        );
        exhibit.photos[i].date = "June".into();
        let found = sorted(&exhibit);
        let places: Vec<&str> = found.problems.iter().map(|p| p.place.as_str()).collect();
        assert_eq!(
            places,
            [format!("photos[{i}].title.zh"), format!("photos[{i}].date")]
        );
        assert!(!found.to_do.contains(&format!("photos[{i}].title")));

        let mut published = pack();
        published.photos[3].caption.zh = Some(String::new());
        let found = sorted(&published);
        assert_eq!(found.to_do, Vec::<String>::new());
        assert_eq!(found.problems.len(), 1);
    }

    #[test]
    fn new_sites_and_figures_have_their_texts_to_do() {
        let mut exhibit = pack();
        let site = add_site(&mut exhibit);
        let figure = add_statistic(&mut exhibit);
        let found = sorted(&exhibit);
        assert_eq!(found.problems, vec![]);
        for place in [
            format!("sites[{site}].name"),
            format!("sites[{site}].description"),
            format!("statistics[{figure}].label"),
            format!("statistics[{figure}].source"),
        ] {
            assert!(found.to_do.contains(&place), "{place}");
        }
    }
}
