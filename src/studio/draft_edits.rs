//! The changes a curator makes to a draft pack, as plain functions on the pack (tested
//! natively); the studio's views only call them.

use super::selection::Selection;
use crate::content::{Exhibit, Photo, Picture, Point};

/// Where a new photo's hotspot appears: the middle of the map, to be dragged into place.
const NEW_HOTSPOT: Point = Point { x: 0.5, y: 0.5 };

/// The point a marker on the map stands for: a hotspot, a site's label or an outline corner.
pub fn point_mut(exhibit: &mut Exhibit, selection: Selection) -> Option<&mut Point> {
    match selection {
        Selection::Photo(i) => exhibit.photos.get_mut(i).map(|p| &mut p.hotspot),
        Selection::Site(i) => exhibit.sites.get_mut(i).map(|s| &mut s.position),
        Selection::OutlinePoint(site, point) => exhibit.sites.get_mut(site)?.outline.get_mut(point),
        _ => None,
    }
}

pub fn point(exhibit: &Exhibit, selection: Selection) -> Option<Point> {
    match selection {
        Selection::Photo(i) => exhibit.photos.get(i).map(|p| p.hotspot),
        Selection::Site(i) => exhibit.sites.get(i).map(|s| s.position),
        Selection::OutlinePoint(site, point) => {
            exhibit.sites.get(site)?.outline.get(point).copied()
        }
        _ => None,
    }
}

/// Moves the marker; false when there is none.
pub fn move_point(exhibit: &mut Exhibit, selection: Selection, to: Point) -> bool {
    point_mut(exhibit, selection).map(|p| *p = to).is_some()
}

/// Adds a photo after the last in visiting order, at the first site; returns its index.
pub fn add_photo(exhibit: &mut Exhibit) -> usize {
    let id = (1..)
        .map(|n| {
            if n == 1 {
                "new-photo".to_string()
            } else {
                format!("new-photo-{n}")
            }
        })
        .find(|id| exhibit.photo(id).is_none())
        .expect("an unused id");
    let order = exhibit.photos.iter().map(|p| p.order).fold(0.0, f64::max) + 1.0;
    exhibit.photos.push(Photo {
        id,
        site: exhibit
            .sites
            .first()
            .map(|s| s.id.clone())
            .unwrap_or_default(),
        order: order.floor(),
        hotspot: NEW_HOTSPOT,
        ..Photo::default()
    });
    exhibit.photos.len() - 1
}

pub fn delete_photo(exhibit: &mut Exhibit, index: usize) -> bool {
    (index < exhibit.photos.len())
        .then(|| exhibit.photos.remove(index))
        .is_some()
}

/// Moves photo `index` one place earlier (`step` -1) or later (+1) in visiting order by
/// swapping `order` with its neighbour; only when two share an order are all renumbered.
pub fn move_in_order(exhibit: &mut Exhibit, index: usize, step: isize) -> bool {
    let mut visiting: Vec<usize> = (0..exhibit.photos.len()).collect();
    visiting.sort_by(|&a, &b| exhibit.photos[a].order.total_cmp(&exhibit.photos[b].order));
    let Some(here) = visiting.iter().position(|&i| i == index) else {
        return false;
    };
    let Some(&other) = here
        .checked_add_signed(step)
        .and_then(|there| visiting.get(there))
    else {
        return false;
    };
    let (a, b) = (exhibit.photos[index].order, exhibit.photos[other].order);
    if a == b {
        for (rank, &i) in visiting.iter().enumerate() {
            exhibit.photos[i].order = rank as f64 + 1.0;
        }
        return move_in_order(exhibit, index, step);
    }
    exhibit.photos[index].order = b;
    exhibit.photos[other].order = a;
    true
}

/// The picture at `place`: `map.image` or `photos[3].image`.
pub fn picture_at<'a>(exhibit: &'a Exhibit, place: &str) -> Option<&'a Picture> {
    match (Selection::of_place(place), place.ends_with(".image")) {
        (Selection::Map, true) => Some(&exhibit.map.image),
        (Selection::Photo(i), true) => exhibit.photos.get(i).map(|p| &p.image),
        _ => None,
    }
}

/// The picture at `place`, to change it.
pub fn picture_mut<'a>(exhibit: &'a mut Exhibit, place: &str) -> Option<&'a mut Picture> {
    match (Selection::of_place(place), place.ends_with(".image")) {
        (Selection::Map, true) => Some(&mut exhibit.map.image),
        (Selection::Photo(i), true) => exhibit.photos.get_mut(i).map(|p| &mut p.image),
        _ => None,
    }
}

/// Uses a picture file: its path in the pack and its pixel size.
pub fn use_picture(
    exhibit: &mut Exhibit,
    place: &str,
    src: String,
    (width, height): (f64, f64),
) -> bool {
    let Some(picture) = picture_mut(exhibit, place) else {
        return false;
    };
    *picture = Picture {
        src,
        width,
        height,
        srcset: None,
        sizes: None,
        ..Picture::default()
    };
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::validate;

    use crate::studio::test_pack as pack;

    #[test]
    fn markers_move_hotspots_labels_and_outline_corners() {
        let mut exhibit = pack();
        let to = Point { x: 0.25, y: 0.75 };
        for selection in [
            Selection::Photo(2),
            Selection::Site(1),
            Selection::OutlinePoint(0, 1),
        ] {
            assert!(move_point(&mut exhibit, selection, to));
            assert_eq!(point(&exhibit, selection), Some(to));
        }
        assert!(!move_point(&mut exhibit, Selection::Photo(999), to));
        assert!(!move_point(&mut exhibit, Selection::Map, to));
    }

    #[test]
    fn a_new_photo_is_listed_last_and_named_what_it_lacks() {
        let mut exhibit = pack();
        let first = add_photo(&mut exhibit);
        let second = add_photo(&mut exhibit);
        assert_eq!(exhibit.photos[first].id, "new-photo");
        assert_eq!(exhibit.photos[second].id, "new-photo-2");
        assert_eq!(exhibit.photos_in_order().last().unwrap().id, "new-photo-2");
        let places: Vec<String> = validate(&exhibit).into_iter().map(|p| p.place).collect();
        assert!(places.contains(&format!("photos[{first}].caption.zh")));
        assert!(places.contains(&format!("photos[{first}].image.src")));
        assert!(delete_photo(&mut exhibit, second) && delete_photo(&mut exhibit, first));
        assert_eq!(exhibit, pack());
    }

    #[test]
    fn reordering_swaps_with_the_neighbour_in_visiting_order() {
        let mut exhibit = pack();
        let ids = |e: &Exhibit| {
            e.photos_in_order()
                .iter()
                .map(|p| p.id.clone())
                .collect::<Vec<_>>()
        };
        let before = ids(&exhibit);
        let second = exhibit
            .photos
            .iter()
            .position(|p| p.id == before[1])
            .unwrap();
        assert!(move_in_order(&mut exhibit, second, -1));
        let after = ids(&exhibit);
        assert_eq!((&after[0], &after[1]), (&before[1], &before[0]));
        assert_eq!(after[2..], before[2..]);
        assert!(!move_in_order(&mut exhibit, second, -1), "already first");
    }

    #[test]
    fn reordering_photos_that_share_an_order_renumbers_them() {
        let mut exhibit = pack();
        for photo in &mut exhibit.photos {
            photo.order = 1.0;
        }
        assert!(move_in_order(&mut exhibit, 1, -1));
        assert_eq!(exhibit.photos_in_order()[0].id, exhibit.photos[1].id);
        assert_eq!(exhibit.photos[1].order, 1.0);
    }

    #[test]
    fn a_picked_picture_replaces_path_size_and_srcset() {
        let mut exhibit = pack();
        exhibit.photos[1].image.srcset = Some("images/a-800.jpg 800w".into());
        assert!(use_picture(
            &mut exhibit,
            "photos[1].image",
            "images/photos/new.png".into(),
            (1200.0, 900.0)
        ));
        let image = &exhibit.photos[1].image;
        assert_eq!(
            (image.src.as_str(), image.width, image.height, &image.srcset),
            ("images/photos/new.png", 1200.0, 900.0, &None)
        );
        assert!(use_picture(
            &mut exhibit,
            "map.image",
            "images/map2.svg".into(),
            (2400.0, 1350.0)
        ));
        assert_eq!(exhibit.map.image.width, 2400.0);
        assert_eq!(
            picture_at(&exhibit, "photos[1].image").map(|p| p.src.as_str()),
            Some("images/photos/new.png")
        );
        assert_eq!(picture_at(&exhibit, "photos[1].title"), None);
        assert!(!use_picture(
            &mut exhibit,
            "photos[99].image",
            String::new(),
            (1.0, 1.0)
        ));
        assert!(!use_picture(
            &mut exhibit,
            "title",
            String::new(),
            (1.0, 1.0)
        ));
    }
}
