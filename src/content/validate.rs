use std::fmt;

use super::{Exhibit, Measure, Picture, Point, Text, Unknown, SCHEMA_VERSION};
#[cfg(not(target_arch = "wasm32"))]
use super::{PictureSizes, SizeFormat};
use crate::decimals::plain;

/// One thing wrong with a pack, named by where it is: `photos[3].caption.zh: missing`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub place: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.place, self.message)
    }
}

const PICTURE_TYPES: [&str; 6] = ["svg", "png", "jpg", "jpeg", "webp", "avif"];

/// The range a kiosk setting may take: long enough to be usable, short enough that a kiosk
/// timer never overflows or stands still for a day.
pub type Bounds = (f64, f64);
pub const IDLE_SECONDS: Bounds = (15.0, 3600.0);
pub const COUNTDOWN_SECONDS: Bounds = (3.0, 60.0);
pub const ATTRACT_SECONDS: Bounds = (2.0, 120.0);
pub const UPDATE_CHECK_MINUTES: Bounds = (1.0, 1440.0);

/// Checks every rule and returns every problem at once, in the order they appear in the file.
pub fn validate(exhibit: &Exhibit) -> Vec<Problem> {
    let mut check = Checker::default();
    match exhibit.schema_version {
        None => check.fail("schema_version", "missing"),
        Some(SCHEMA_VERSION) => {}
        Some(other) => check.fail(
            "schema_version",
            format!("unknown version {other} (this exhibit reads version {SCHEMA_VERSION})"),
        ),
    }
    check.unknown("", &exhibit.unknown);
    check.text("title", &exhibit.title);
    check.text("intro", &exhibit.intro);

    check.picture("map.image", &exhibit.map.image);
    check.text("map.alt", &exhibit.map.alt);
    check.text("map.note", &exhibit.map.note);
    check.unknown("map", &exhibit.map.unknown);

    if exhibit.sites.is_empty() {
        check.fail("sites", "needs at least one site");
    }
    let mut site_ids = Vec::new();
    for (i, site) in exhibit.sites.iter().enumerate() {
        let at = format!("sites[{i}]");
        check.id(&at, &site.id, &mut site_ids);
        check.text(&format!("{at}.name"), &site.name);
        check.text(&format!("{at}.description"), &site.description);
        check.point(&format!("{at}.position"), site.position);
        if site.outline.len() < 3 {
            check.fail(format!("{at}.outline"), "needs at least 3 points");
        }
        for (j, point) in site.outline.iter().enumerate() {
            check.point(&format!("{at}.outline[{j}]"), *point);
        }
        check.unknown(&at, &site.unknown);
    }

    if exhibit.photos.is_empty() {
        check.fail("photos", "needs at least one photo");
    }
    let mut photo_ids = Vec::new();
    for (i, photo) in exhibit.photos.iter().enumerate() {
        let at = format!("photos[{i}]");
        check.id(&at, &photo.id, &mut photo_ids);
        if photo.site.is_empty() {
            check.fail(format!("{at}.site"), "missing");
        } else if exhibit.site(&photo.site).is_none() {
            check.fail(
                format!("{at}.site"),
                format!("unknown site \"{}\"", photo.site),
            );
        }
        check.not_negative(&format!("{at}.order"), photo.order);
        for (field, text) in [
            ("title", &photo.title),
            ("caption", &photo.caption),
            ("alt", &photo.alt),
            ("credit", &photo.credit),
        ] {
            check.text(&format!("{at}.{field}"), text);
        }
        if let Some(note) = &photo.image_note {
            check.text(&format!("{at}.image_note"), note);
        }
        if !is_iso_date(&photo.date) {
            check.fail(
                format!("{at}.date"),
                format!("\"{}\" is not a date like 2025-06-20", photo.date),
            );
        }
        check.point(&format!("{at}.hotspot"), photo.hotspot);
        check.picture(&format!("{at}.image"), &photo.image);
        check.unknown(&at, &photo.unknown);
    }

    let mut statistic_ids = Vec::new();
    for (i, statistic) in exhibit.statistics.iter().enumerate() {
        let at = format!("statistics[{i}]");
        check.id(&at, &statistic.id, &mut statistic_ids);
        check.not_negative(&format!("{at}.value"), statistic.value);
        if statistic.measure == Measure::Share && statistic.value > 1.0 {
            check.fail(format!("{at}.value"), "a share must be between 0 and 1");
        }
        if let Some(usd) = statistic.approx_usd {
            check.not_negative(&format!("{at}.approx_usd"), usd);
        }
        if let Some(words) = &statistic.in_words {
            check.text(&format!("{at}.in_words"), words);
        }
        check.text(&format!("{at}.label"), &statistic.label);
        check.text(&format!("{at}.source"), &statistic.source);
        check.unknown(&at, &statistic.unknown);
    }

    let settings = &exhibit.settings;
    for (field, value, bounds) in [
        (
            "idle_timeout_seconds",
            settings.idle_timeout_seconds,
            IDLE_SECONDS,
        ),
        (
            "countdown_seconds",
            settings.countdown_seconds,
            COUNTDOWN_SECONDS,
        ),
        (
            "attract_interval_seconds",
            settings.attract_interval_seconds,
            ATTRACT_SECONDS,
        ),
        (
            "update_check_minutes",
            settings.update_check_minutes,
            UPDATE_CHECK_MINUTES,
        ),
    ] {
        check.within(&format!("settings.{field}"), value, bounds);
    }
    let base = &settings.public_base_url;
    let publishable = is_web_address(base) && base.ends_with('/');
    if !base.is_empty() && !publishable {
        check.fail(
            "settings.public_base_url",
            format!("\"{base}\" must be an http(s) address ending in /, or empty"),
        );
    }
    for (i, origin) in settings.embed_allowed_origins.iter().enumerate() {
        if !is_origin(origin) {
            check.fail(
                format!("settings.embed_allowed_origins[{i}]"),
                format!("\"{origin}\" is not an origin like https://museum.example"),
            );
        }
    }
    check.unknown("settings", &settings.unknown);
    check.problems
}

#[derive(Default)]
struct Checker {
    problems: Vec<Problem>,
}

impl Checker {
    fn fail(&mut self, place: impl Into<String>, message: impl Into<String>) {
        self.problems.push(Problem {
            place: place.into(),
            message: message.into(),
        });
    }

    fn unknown(&mut self, at: &str, unknown: &Unknown) {
        for field in &unknown.0 {
            let place = if at.is_empty() {
                field.clone()
            } else {
                format!("{at}.{field}")
            };
            self.fail(place, "unknown field");
        }
    }

    fn text(&mut self, at: &str, text: &Text) {
        for (lang, value) in [("zh", &text.zh), ("en", &text.en)] {
            if value.as_deref().is_none_or(|v| v.trim().is_empty()) {
                self.fail(format!("{at}.{lang}"), "missing");
            }
        }
        self.unknown(at, &text.unknown);
    }

    /// `seen`: the ids met so far, each with its place. (A list, not a hash map: a pack has
    /// dozens of ids, and the hash map's code was 1.2 KB brotli of the exhibit's first download.)
    fn id(&mut self, at: &str, id: &str, seen: &mut Vec<(String, String)>) {
        let place = format!("{at}.id");
        if id.is_empty() {
            self.fail(place, "missing");
        } else if !is_slug(id) {
            self.fail(
                place,
                format!("\"{id}\" is not a slug (use a-z, 0-9 and -)"),
            );
        } else if let Some((_, first)) = seen.iter().find(|(seen, _)| seen == id) {
            self.fail(place, format!("duplicate id \"{id}\" (also {first})"));
        } else {
            seen.push((id.to_string(), at.to_string()));
        }
    }

    fn point(&mut self, at: &str, point: Point) {
        let inside = |v: f64| (0.0..=1.0).contains(&v);
        if !inside(point.x) || !inside(point.y) {
            self.fail(
                at,
                format!(
                    "outside the map (x {}, y {}; both must be 0 to 1)",
                    plain(point.x),
                    plain(point.y)
                ),
            );
        }
    }

    fn not_negative(&mut self, at: &str, value: f64) {
        if !value.is_finite() || value < 0.0 {
            self.fail(
                at,
                format!("{} must be a number of 0 or more", plain(value)),
            );
        }
    }

    fn within(&mut self, at: &str, value: f64, (low, high): Bounds) {
        if !(low..=high).contains(&value) {
            self.fail(
                at,
                format!(
                    "{} must be from {} to {}",
                    plain(value),
                    plain(low),
                    plain(high)
                ),
            );
        }
    }

    fn positive(&mut self, at: &str, value: f64) {
        if !value.is_finite() || value <= 0.0 {
            self.fail(at, format!("{} must be a number above 0", plain(value)));
        }
    }

    fn picture(&mut self, at: &str, picture: &Picture) {
        let place = format!("{at}.src");
        if picture.src.is_empty() {
            self.fail(place, "missing");
        } else if let Err(why) = check_pack_path(&picture.src) {
            self.fail(place, format!("\"{}\" {why}", picture.src));
        }
        self.positive(&format!("{at}.width"), picture.width);
        self.positive(&format!("{at}.height"), picture.height);
        if let Some(srcset) = &picture.srcset {
            for candidate in srcset.split(',') {
                let path = candidate.split_whitespace().next().unwrap_or_default();
                if let Err(why) = check_pack_path(path) {
                    self.fail(format!("{at}.srcset"), format!("\"{path}\" {why}"));
                }
            }
        }
        // Publish writes them and the app trusts publish (their check would cost the app's
        // download); check-pack checks a curator's pack that has them.
        #[cfg(not(target_arch = "wasm32"))]
        if let Some(sizes) = &picture.sizes {
            self.sizes(&format!("{at}.sizes"), sizes);
        }
        self.unknown(at, &picture.unknown);
    }

    /// What publish wrote into a published pack.
    #[cfg(not(target_arch = "wasm32"))]
    fn sizes(&mut self, at: &str, sizes: &PictureSizes) {
        let first = sizes.widths.first().copied().unwrap_or(1);
        if let Err(why) = check_pack_path(&sizes.file(first, SizeFormat::Webp)) {
            self.fail(format!("{at}.stem"), format!("\"{}\" {why}", sizes.stem));
        }
        let ascending = sizes.widths.windows(2).all(|pair| pair[0] < pair[1]);
        if sizes.widths.is_empty() || sizes.widths[0] == 0 || !ascending {
            self.fail(
                format!("{at}.widths"),
                "must be one or more widths above 0, narrowest first",
            );
        }
        let hex = sizes.colour.strip_prefix('#').unwrap_or_default();
        if hex.len() != 6 || !hex.chars().all(|c| c.is_ascii_hexdigit()) {
            self.fail(
                format!("{at}.colour"),
                format!("\"{}\" must be a colour written #rrggbb", sizes.colour),
            );
        }
    }
}

/// Pictures live inside the pack, so the exhibit works offline and under any sub-path: a plain
/// relative path of letters, digits, `-`, `_` and `.`, so no scheme (`DATA:`, `javascript:`),
/// escape (`%2e%2e`), backslash or `..` can point anywhere else.
fn check_pack_path(path: &str) -> Result<(), &'static str> {
    if path.contains(':') || path.starts_with("//") {
        return Err("must be a file inside the pack, not an address");
    }
    if path.starts_with('/') {
        return Err("must be relative to the pack (no leading /)");
    }
    if !path.chars().all(is_path_character) {
        return Err("must use only letters, digits, -, _, . and / (no spaces, %, \\, ? or #)");
    }
    if path
        .split('/')
        .any(|part| part.is_empty() || part.chars().all(|c| c == '.'))
    {
        return Err("must not contain . or .. or empty folders");
    }
    let extension = path
        .rsplit_once('.')
        .map(|(_, ext)| ext.to_ascii_lowercase());
    match extension {
        Some(ext) if PICTURE_TYPES.contains(&ext.as_str()) => Ok(()),
        _ => Err("must end in .svg, .png, .jpg, .jpeg, .webp or .avif"),
    }
}

/// ASCII letters and digits, `-_./`, and any other script's characters but spaces and controls.
/// (Not `char::is_alphanumeric`: its Unicode tables would cost the wasm kilobytes.)
fn is_path_character(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || matches!(c, '-' | '_' | '.' | '/')
        || (!c.is_ascii() && !c.is_whitespace() && !c.is_control())
}

pub(crate) fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// A real day written `YYYY-MM-DD`: the photo view shows it as a date (`format::date`).
fn is_iso_date(date: &str) -> bool {
    calendar_date(date).is_some()
}

/// (year, month, day) of a real day written `YYYY-MM-DD`; None for anything else
/// ("2025-02-30", "2025-6-20", "soon").
pub fn calendar_date(iso: &str) -> Option<(u32, u32, u32)> {
    let bytes = iso.as_bytes();
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return None;
    }
    let number = |from: usize, to: usize| -> Option<u32> {
        (bytes[from..to].iter().all(u8::is_ascii_digit)).then(|| {
            bytes[from..to]
                .iter()
                .fold(0, |n, b| n * 10 + u32::from(b - b'0'))
        })
    };
    let (year, month, day) = (number(0, 4)?, number(5, 7)?, number(8, 10)?);
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        1..=12 => 31,
        _ => 0,
    };
    (year >= 1 && (1..=days).contains(&day)).then_some((year, month, day))
}

fn is_web_address(address: &str) -> bool {
    let rest = address
        .strip_prefix("https://")
        .or_else(|| address.strip_prefix("http://"));
    rest.is_some_and(|r| !r.is_empty() && !r.starts_with('/') && !r.contains(char::is_whitespace))
}

fn is_origin(origin: &str) -> bool {
    is_web_address(origin) && origin.splitn(4, '/').nth(3).is_none()
}
