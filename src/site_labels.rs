//! Where each site's label sits around its point on the map, so that a curator's pack with
//! long names or sites close together never has one label covering another, and a label near
//! the map's edge leans inward instead of running off a phone's cropped map.
//!
//! The app (`SiteMarkers`) and the static shell (`places-<hash>.css`) both set the two numbers
//! as CSS custom properties; `style/map.css` turns them into the label's anchor and widest size.

use crate::content::Point;
use crate::decimals::fixed;

/// Sites whose points are closer than this vertically (a share of the map's height) can have
/// labels on one line, and share the room between them. A label is at most about three lines
/// of a small map's height; further apart vertically they cannot meet.
const SAME_ROW: f64 = 0.15;

/// How one label sits: `lean` is the share of its width left of the site's point (0.5 is
/// centred), `room` the widest it may be, as a share of the map's width (1 when it has no
/// neighbour to meet).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LabelFit {
    pub lean: f64,
    pub room: f64,
}

impl LabelFit {
    /// The CSS custom properties' values, rounded so that the app and the shell write the same.
    pub fn css_lean(self) -> String {
        fixed(self.lean, 3)
    }
    pub fn css_room(self) -> String {
        fixed(self.room, 3)
    }
}

/// One fit per point, in the same order.
pub fn label_fits(points: &[Point]) -> Vec<LabelFit> {
    // (Not `clamp`: its panic message would bring float printing into the wasm; see `decimals`.)
    #[allow(clippy::manual_clamp)]
    let lean = |p: &Point| p.x.max(0.0).min(1.0);
    points
        .iter()
        .enumerate()
        .map(|(i, here)| {
            let room = points
                .iter()
                .enumerate()
                .filter(|&(j, there)| j != i && (there.y - here.y).abs() < SAME_ROW)
                .map(|(_, there)| {
                    let (left, right) = if there.x < here.x {
                        (there, here)
                    } else {
                        (here, there)
                    };
                    // Both labels get the same widest size w, with the left one reaching
                    // (1 - lean) w to its right and the right one lean w to its left: together
                    // no more than the distance between their points.
                    let reach = (1.0 - lean(left)) + lean(right);
                    (right.x - left.x) / reach
                })
                .fold(1.0, f64::min);
            LabelFit {
                lean: lean(here),
                room,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(x: f64, y: f64) -> Point {
        Point { x, y }
    }

    /// The label's left and right edges, as shares of the map's width, at its widest.
    fn span(point: &Point, fit: LabelFit) -> (f64, f64) {
        (
            point.x - fit.lean * fit.room,
            point.x + (1.0 - fit.lean) * fit.room,
        )
    }

    #[test]
    fn labels_of_sites_in_a_row_never_overlap_at_their_widest() {
        let points = [p(0.28, 0.5), p(0.5, 0.5), p(0.72, 0.52)];
        let fits = label_fits(&points);
        let spans: Vec<_> = points.iter().zip(&fits).map(|(p, f)| span(p, *f)).collect();
        for pair in spans.windows(2) {
            assert!(pair[0].1 <= pair[1].0 + 1e-9, "{pair:?} overlap");
        }
        // …and they are not squeezed more than they must be: the tightest pair just touches.
        assert!((spans[0].1 - spans[1].0).abs() < 1e-9);
    }

    #[test]
    fn a_label_near_an_edge_leans_inward() {
        let fits = label_fits(&[p(0.1, 0.2), p(0.9, 0.8)]);
        assert!(fits[0].lean < 0.5 && fits[1].lean > 0.5);
        // Each keeps inside the map at its widest.
        let (left, _) = span(&p(0.1, 0.2), fits[0]);
        let (_, right) = span(&p(0.9, 0.8), fits[1]);
        assert!(left >= 0.0 && right <= 1.0, "{left} {right}");
    }

    #[test]
    fn sites_far_apart_vertically_do_not_limit_each_other() {
        let fits = label_fits(&[p(0.5, 0.2), p(0.52, 0.8)]);
        assert_eq!(fits[0].room, 1.0);
        assert_eq!(fits[1].room, 1.0);
    }

    #[test]
    fn a_lone_site_is_centred_when_in_the_middle_and_has_all_the_room() {
        assert_eq!(
            label_fits(&[p(0.5, 0.5)]),
            vec![LabelFit {
                lean: 0.5,
                room: 1.0
            }]
        );
        assert!(label_fits(&[]).is_empty());
    }
}
