//! Element ids made from the pack's ids, for focus return and `aria-labelledby`. Each is
//! `kind--pack-id`: no kind and none of the page's own ids (`map`, `site-panel-title`, …)
//! contains `--`, and a pack id never starts with `-`, so whatever a curator names a site or a
//! photo, its element id can equal neither the page's ids nor another kind's.

/// A photo's hotspot on the map.
pub fn hotspot(photo: &str) -> String {
    derived("hotspot", photo)
}

/// A site's marker on the map.
pub fn site_marker(site: &str) -> String {
    derived("site", site)
}

/// A photo's card in the list view.
pub fn list_photo(photo: &str) -> String {
    derived("list-photo", photo)
}

/// A photo's card in a chosen site's panel (which can be open beside the list view).
pub fn site_photo(photo: &str) -> String {
    derived("site-photo", photo)
}

/// A photo's card in the strips of sites beside or under the map.
pub fn strip_photo(photo: &str) -> String {
    derived("strip-photo", photo)
}

/// A site's heading in the strips beside or under the map.
pub fn strip_site(site: &str) -> String {
    derived("strip-site", site)
}

/// A site's heading in the list view.
pub fn list_site(site: &str) -> String {
    derived("list-site", site)
}

/// The mark that separates a kind from a pack id; the page's own ids never contain it.
pub const SEPARATOR: &str = "--";

fn derived(kind: &str, id: &str) -> String {
    format!("{kind}{SEPARATOR}{id}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    /// Slugs chosen to look like the page's ids and like other kinds' ids.
    const TRICKY: [&str; 8] = [
        "panel-title",
        "site",
        "site--soreal",
        "photo-title",
        "list-site",
        "soreal",
        "a--b",
        "hotspot",
    ];

    #[test]
    fn no_two_kinds_make_the_same_id_from_any_slugs() {
        let mut seen = HashSet::new();
        for kind in [
            hotspot,
            site_marker,
            list_photo,
            site_photo,
            list_site,
            strip_photo,
            strip_site,
        ] {
            for id in TRICKY {
                assert!(seen.insert(kind(id)), "{} made twice", kind(id));
            }
        }
    }

    #[test]
    fn every_derived_id_holds_the_separator_after_its_kind() {
        assert_eq!(site_marker("panel-title"), "site--panel-title");
        assert_eq!(list_site("soreal"), "list-site--soreal");
        assert_ne!(site_marker("panel-title"), "site-panel-title");
    }
}
