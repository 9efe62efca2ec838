//! The changes a curator makes to a draft pack, as plain functions on the pack (tested
//! natively); the studio's views only call them.

use super::map_maths::{inside, on_map};
use super::selection::Selection;
use crate::content::{Exhibit, Photo, Picture, Point, Site, Statistic};

/// Where a new site's label sits, its outline a square around it, to be dragged into place.
const NEW_SITE: Point = Point { x: 0.5, y: 0.5 };
const NEW_SITE_HALF: f64 = 0.06;
/// An outline keeps at least this many corners (the checks want a closed shape).
pub const FEWEST_CORNERS: usize = 3;

/// `stem`, else `stem-2`, `stem-3`, …: the first that `taken` does not hold.
fn unused_id(stem: &str, taken: impl Fn(&str) -> bool) -> String {
    (1..)
        .map(|n| {
            if n == 1 {
                stem.to_string()
            } else {
                format!("{stem}-{n}")
            }
        })
        .find(|id| !taken(id))
        .expect("an unused id")
}

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

/// Adds a photo after the last in visiting order, its hotspot `at`, in the site whose outline
/// holds that point (none when no outline does); returns its index.
pub fn add_photo(exhibit: &mut Exhibit, at: Point) -> usize {
    let id = unused_id("new-photo", |id| exhibit.photo(id).is_some());
    let order = exhibit.photos.iter().map(|p| p.order).fold(0.0, f64::max) + 1.0;
    let site = exhibit
        .sites
        .iter()
        .find(|s| inside(&s.outline, at))
        .map(|s| s.id.clone())
        .unwrap_or_default();
    exhibit.photos.push(Photo {
        id,
        site,
        order: order.floor(),
        hotspot: at,
        ..Photo::default()
    });
    exhibit.photos.len() - 1
}

/// Adds a site in the middle of the map, with a square outline to reshape; returns its index.
pub fn add_site(exhibit: &mut Exhibit) -> usize {
    let id = unused_id("new-site", |id| exhibit.site(id).is_some());
    let (x, y, d) = (NEW_SITE.x, NEW_SITE.y, NEW_SITE_HALF);
    exhibit.sites.push(Site {
        id,
        position: NEW_SITE,
        outline: [(-d, -d), (d, -d), (d, d), (-d, d)]
            .map(|(dx, dy)| on_map(x + dx, y + dy))
            .to_vec(),
        ..Site::default()
    });
    exhibit.sites.len() - 1
}

/// How many photos were taken at site `index`.
pub fn photos_at_site(exhibit: &Exhibit, index: usize) -> usize {
    exhibit.sites.get(index).map_or(0, |site| {
        exhibit.photos.iter().filter(|p| p.site == site.id).count()
    })
}

/// Removes site `index` with its outline; its photos stay, naming a site the checks no longer
/// find, until they are given another.
pub fn remove_site(exhibit: &mut Exhibit, index: usize) -> bool {
    (index < exhibit.sites.len())
        .then(|| exhibit.sites.remove(index))
        .is_some()
}

/// Adds a corner to site `site`'s outline halfway from corner `after` to the next; returns the
/// new corner's index.
pub fn add_corner(exhibit: &mut Exhibit, site: usize, after: usize) -> Option<usize> {
    let outline = &mut exhibit.sites.get_mut(site)?.outline;
    if outline.is_empty() {
        outline.push(NEW_SITE);
        return Some(0);
    }
    let after = after.min(outline.len() - 1);
    let (a, b) = (outline[after], outline[(after + 1) % outline.len()]);
    outline.insert(after + 1, on_map((a.x + b.x) / 2.0, (a.y + b.y) / 2.0));
    Some(after + 1)
}

/// Removes a corner of an outline, while it keeps `FEWEST_CORNERS`.
pub fn remove_corner(exhibit: &mut Exhibit, site: usize, corner: usize) -> bool {
    let Some(outline) = exhibit.sites.get_mut(site).map(|s| &mut s.outline) else {
        return false;
    };
    (corner < outline.len() && outline.len() > FEWEST_CORNERS)
        .then(|| outline.remove(corner))
        .is_some()
}

/// Adds a figure after the last; returns its index.
pub fn add_statistic(exhibit: &mut Exhibit) -> usize {
    let id = unused_id("new-figure", |id| {
        exhibit.statistics.iter().any(|s| s.id == id)
    });
    exhibit.statistics.push(Statistic {
        id,
        ..Statistic::default()
    });
    exhibit.statistics.len() - 1
}

pub fn remove_statistic(exhibit: &mut Exhibit, index: usize) -> bool {
    (index < exhibit.statistics.len())
        .then(|| exhibit.statistics.remove(index))
        .is_some()
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
        let first = add_photo(&mut exhibit, Point { x: 0.5, y: 0.5 });
        let second = add_photo(&mut exhibit, Point { x: 0.5, y: 0.5 });
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
    fn a_new_photo_is_in_the_site_whose_outline_holds_it() {
        let mut exhibit = pack();
        for site in 0..exhibit.sites.len() {
            let inner = exhibit.sites[site]
                .outline
                .iter()
                .fold((0.0, 0.0), |(x, y), p| (x + p.x, y + p.y));
            let n = exhibit.sites[site].outline.len() as f64;
            let at = on_map(inner.0 / n, inner.1 / n);
            let i = add_photo(&mut exhibit, at);
            assert_eq!(exhibit.photos[i].hotspot, at);
            assert_eq!(exhibit.photos[i].site, exhibit.sites[site].id);
        }
        let nowhere = add_photo(&mut exhibit, Point { x: 0.01, y: 0.99 });
        assert_eq!(exhibit.photos[nowhere].site, "");
        let places: Vec<String> = validate(&exhibit).into_iter().map(|p| p.place).collect();
        assert!(places.contains(&format!("photos[{nowhere}].site")));
    }

    #[test]
    fn sites_are_added_with_an_outline_and_removed_leaving_their_photos() {
        let mut exhibit = pack();
        let new = add_site(&mut exhibit);
        let site = &exhibit.sites[new];
        assert_eq!((site.id.as_str(), site.outline.len()), ("new-site", 4));
        assert!(inside(&site.outline, site.position));
        let places: Vec<String> = validate(&exhibit).into_iter().map(|p| p.place).collect();
        assert!(places.contains(&format!("sites[{new}].name.zh")));
        assert!(!places
            .iter()
            .any(|p| p.starts_with(&format!("sites[{new}].outline"))));
        assert_eq!(add_site(&mut exhibit), new + 1);
        assert_eq!(exhibit.sites[new + 1].id, "new-site-2");
        assert_eq!(photos_at_site(&exhibit, new), 0);

        let photos = photos_at_site(&exhibit, 0);
        assert!(photos > 0);
        let gone = exhibit.sites[0].id.clone();
        assert!(remove_site(&mut exhibit, 0));
        assert_eq!(exhibit.photos.len(), pack().photos.len(), "its photos stay");
        let problems = validate(&exhibit);
        let orphans = problems
            .iter()
            .filter(|p| p.message == format!("unknown site \"{gone}\""))
            .count();
        assert_eq!(orphans, photos);
        assert!(!remove_site(&mut exhibit, 99));
    }

    #[test]
    fn corners_are_added_halfway_and_an_outline_keeps_three() {
        let mut exhibit = pack();
        let before = exhibit.sites[0].outline.clone();
        let last = before.len() - 1;
        assert_eq!(add_corner(&mut exhibit, 0, last), Some(last + 1));
        let (a, b) = (before[last], before[0]);
        assert_eq!(
            exhibit.sites[0].outline[last + 1],
            on_map((a.x + b.x) / 2.0, (a.y + b.y) / 2.0)
        );
        assert_eq!(add_corner(&mut exhibit, 0, 0), Some(1));
        assert_eq!(exhibit.sites[0].outline.len(), before.len() + 2);
        assert!(remove_corner(&mut exhibit, 0, 1) && remove_corner(&mut exhibit, 0, last + 1));
        assert_eq!(exhibit.sites[0].outline, before);
        while exhibit.sites[0].outline.len() > FEWEST_CORNERS {
            assert!(remove_corner(&mut exhibit, 0, 0));
        }
        assert!(!remove_corner(&mut exhibit, 0, 0), "three corners stay");
        assert_eq!(add_corner(&mut exhibit, 99, 0), None);
    }

    #[test]
    fn figures_are_added_and_removed() {
        let mut exhibit = pack();
        let new = add_statistic(&mut exhibit);
        assert_eq!(exhibit.statistics[new].id, "new-figure");
        let places: Vec<String> = validate(&exhibit).into_iter().map(|p| p.place).collect();
        assert!(places.contains(&format!("statistics[{new}].label.en")));
        assert!(remove_statistic(&mut exhibit, new));
        assert_eq!(exhibit, pack());
        assert!(!remove_statistic(&mut exhibit, 99));
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
