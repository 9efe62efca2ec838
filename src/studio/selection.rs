//! What the curator has selected, and which item a problem's place (`photos[3].caption.zh`)
//! belongs to, so clicking a problem selects it.

use crate::content::Exhibit;

/// One item of the pack, as the studio's panel edits it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Selection {
    /// The pack's own texts and statistics.
    #[default]
    Exhibit,
    Map,
    Settings,
    Site(usize),
    /// A corner of a site's outline: (site, point).
    OutlinePoint(usize, usize),
    Photo(usize),
}

impl Selection {
    /// The item a place in the pack belongs to.
    pub fn of_place(place: &str) -> Selection {
        let (head, _) = place.split_once('.').unwrap_or((place, ""));
        if let Some(i) = index_in(head, "photos") {
            return Selection::Photo(i);
        }
        if let Some(site) = index_in(head, "sites") {
            let point = place
                .strip_prefix(head)
                .and_then(|rest| rest.strip_prefix(".outline"))
                .and_then(|rest| index_in(rest, ""));
            return match point {
                Some(point) => Selection::OutlinePoint(site, point),
                None => Selection::Site(site),
            };
        }
        match head {
            "map" => Selection::Map,
            "settings" => Selection::Settings,
            _ => Selection::Exhibit,
        }
    }

    /// How the selection is kept beside the draft: `photo 3`, `site 1`, `outline 1 4`, `map`.
    pub fn key(self) -> String {
        match self {
            Selection::Exhibit => "exhibit".into(),
            Selection::Map => "map".into(),
            Selection::Settings => "settings".into(),
            Selection::Site(i) => format!("site {i}"),
            Selection::OutlinePoint(site, point) => format!("outline {site} {point}"),
            Selection::Photo(i) => format!("photo {i}"),
        }
    }

    /// The selection a `key` names; `None` for anything else.
    pub fn from_key(key: &str) -> Option<Selection> {
        let mut words = key.split(' ');
        let kind = words.next()?;
        let numbers: Vec<usize> = words.map(|w| w.parse().ok()).collect::<Option<_>>()?;
        Some(match (kind, numbers.as_slice()) {
            ("exhibit", []) => Selection::Exhibit,
            ("map", []) => Selection::Map,
            ("settings", []) => Selection::Settings,
            ("site", &[i]) => Selection::Site(i),
            ("outline", &[site, point]) => Selection::OutlinePoint(site, point),
            ("photo", &[i]) => Selection::Photo(i),
            _ => return None,
        })
    }

    /// Whether the item is in `exhibit` (after an undo or a reload it may be gone).
    pub fn is_in(self, exhibit: &Exhibit) -> bool {
        match self {
            Selection::Photo(i) => i < exhibit.photos.len(),
            Selection::Site(i) => i < exhibit.sites.len(),
            Selection::OutlinePoint(site, point) => exhibit
                .sites
                .get(site)
                .is_some_and(|s| point < s.outline.len()),
            _ => true,
        }
    }

    /// The site whose outline is being edited, if any.
    pub fn site(self) -> Option<usize> {
        match self {
            Selection::Site(site) | Selection::OutlinePoint(site, _) => Some(site),
            _ => None,
        }
    }
}

/// `photos[3]` → 3 (with `name` "photos"); `[2]` → 2 (with `name` "").
fn index_in(part: &str, name: &str) -> Option<usize> {
    part.strip_prefix(name)?
        .strip_prefix('[')?
        .split_once(']')?
        .0
        .parse()
        .ok()
}

/// The id of the form control that edits `place`: `photos[3].caption.zh` → `field-photos-3-caption-zh`.
pub fn field_id(place: &str) -> String {
    let mut id = String::from("field");
    for part in place.split(|c: char| !c.is_ascii_alphanumeric() && c != '_') {
        if !part.is_empty() {
            id.push('-');
            id.push_str(part);
        }
    }
    id
}

/// Whether a problem at `problem` concerns the field at `place` (itself or a part of it).
pub fn concerns(problem: &str, place: &str) -> bool {
    problem == place
        || problem
            .strip_prefix(place)
            .is_some_and(|rest| rest.starts_with('.') || rest.starts_with('['))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_problem_selects_the_item_it_is_in() {
        assert_eq!(
            Selection::of_place("photos[3].caption.zh"),
            Selection::Photo(3)
        );
        assert_eq!(Selection::of_place("photos[12].id"), Selection::Photo(12));
        assert_eq!(Selection::of_place("sites[1].name.en"), Selection::Site(1));
        assert_eq!(
            Selection::of_place("sites[1].outline[4]"),
            Selection::OutlinePoint(1, 4)
        );
        assert_eq!(Selection::of_place("sites[0].outline"), Selection::Site(0));
        assert_eq!(Selection::of_place("map.image.width"), Selection::Map);
        assert_eq!(
            Selection::of_place("settings.countdown_seconds"),
            Selection::Settings
        );
        assert_eq!(Selection::of_place("title.zh"), Selection::Exhibit);
        assert_eq!(
            Selection::of_place("statistics[2].label.en"),
            Selection::Exhibit
        );
        assert_eq!(Selection::of_place("photos"), Selection::Exhibit);
    }

    #[test]
    fn a_selection_is_kept_as_words_and_read_back() {
        for selection in [
            Selection::Exhibit,
            Selection::Map,
            Selection::Settings,
            Selection::Site(2),
            Selection::OutlinePoint(1, 4),
            Selection::Photo(17),
        ] {
            assert_eq!(Selection::from_key(&selection.key()), Some(selection));
        }
        for broken in ["", "photo", "photo x", "site 1 2", "outline 1", "nothing"] {
            assert_eq!(Selection::from_key(broken), None, "{broken}");
        }
    }

    #[test]
    fn a_selection_of_something_gone_is_not_in_the_pack() {
        let exhibit = crate::studio::test_pack();
        let last = exhibit.photos.len() - 1;
        assert!(Selection::Photo(last).is_in(&exhibit));
        assert!(!Selection::Photo(last + 1).is_in(&exhibit));
        assert!(Selection::OutlinePoint(0, 3).is_in(&exhibit));
        assert!(!Selection::OutlinePoint(0, 4).is_in(&exhibit));
        assert!(!Selection::Site(3).is_in(&exhibit));
        assert!(Selection::Settings.is_in(&exhibit));
    }

    #[test]
    fn field_ids_are_plain_and_distinct() {
        assert_eq!(
            field_id("photos[3].caption.zh"),
            "field-photos-3-caption-zh"
        );
        assert_eq!(
            field_id("settings.idle_timeout_seconds"),
            "field-settings-idle_timeout_seconds"
        );
        assert_ne!(
            field_id("photos[1].title.en"),
            field_id("photos[11].title.en")
        );
    }

    #[test]
    fn a_problem_concerns_its_field_and_the_fields_parts() {
        assert!(concerns("photos[3].caption.zh", "photos[3].caption"));
        assert!(concerns("photos[3].caption", "photos[3].caption"));
        assert!(concerns("sites[0].outline[2]", "sites[0].outline"));
        assert!(!concerns("photos[31].caption.zh", "photos[3]"));
        assert!(!concerns("photos[3].caption_x", "photos[3].caption"));
    }
}
