use serde::{Deserialize, Serialize};

use crate::lang::Lang;

/// The names of the fields a part of the pack has but this build does not know, in the
/// pack's order; kept so validation can name each one. Their values are skipped, not kept.
/// (A list read by its own visitor: a `BTreeMap` of `serde_json::Value`s, which nothing read,
/// was 3.6 KB brotli of the exhibit's first download.)
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Unknown(pub Vec<String>);

impl Unknown {
    pub fn new() -> Self {
        Unknown::default()
    }
}

impl<'de> Deserialize<'de> for Unknown {
    fn deserialize<D: serde::Deserializer<'de>>(fields: D) -> Result<Self, D::Error> {
        struct Names;
        impl<'de> serde::de::Visitor<'de> for Names {
            type Value = Unknown;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("fields")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Unknown, A::Error> {
                let mut names = Vec::new();
                while let Some((name, serde::de::IgnoredAny)) = map.next_entry()? {
                    names.push(name);
                }
                Ok(Unknown(names))
            }
        }
        fields.deserialize_map(Names)
    }
}

/// A text in both exhibit languages. Missing translations stay `None` until validation names them.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Text {
    #[serde(default)]
    pub zh: Option<String>,
    #[serde(default)]
    pub en: Option<String>,
    #[serde(flatten, skip_serializing)]
    pub unknown: Unknown,
}

impl Text {
    pub fn new(zh: &str, en: &str) -> Self {
        Text {
            zh: Some(zh.into()),
            en: Some(en.into()),
            unknown: Unknown::new(),
        }
    }

    /// The text in `lang`; a validated pack always has both.
    pub fn get(&self, lang: Lang) -> &str {
        let text = match lang {
            Lang::Zh => &self.zh,
            Lang::En => &self.en,
        };
        text.as_deref().unwrap_or_default()
    }
}

/// A point in normalised map coordinates: (0, 0) is the top-left corner, (1, 1) the bottom-right.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Point {
    pub x: f64,
    pub y: f64,
}

/// A picture file in the pack, with its pixel size so the page can reserve its space.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Picture {
    #[serde(default)]
    pub src: String,
    #[serde(default)]
    pub width: f64,
    #[serde(default)]
    pub height: f64,
    /// Optional `srcset` for raster photos: "images/a-800.jpg 800w, images/a-1600.jpg 1600w".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub srcset: Option<String>,
    /// The sizes publish made of a raster picture; the published pack has them, a curator's
    /// never needs them. With them, the original file (`src`) is never shown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sizes: Option<PictureSizes>,
    #[serde(flatten, skip_serializing)]
    pub unknown: Unknown,
}

/// The web sizes of one raster picture, made by publish and named by the original's content:
/// `{stem}-{width}.webp` and `{stem}-{width}.jpg` for every width.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PictureSizes {
    /// The files' common start, e.g. `images/sizes/vr-game-3f2c9d1e4a5b6c7d`.
    #[serde(default)]
    pub stem: String,
    /// The widths made, narrowest first; the widest is the picture's own (at most a limit).
    #[serde(default)]
    pub widths: Vec<u32>,
    /// The picture's average colour, `#rrggbb`, shown where it is about to appear.
    #[serde(default)]
    pub colour: String,
}

/// The two encodings of every size: WebP for browsers, JPEG for anything else.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SizeFormat {
    Webp,
    Jpeg,
}

impl SizeFormat {
    pub const ALL: [SizeFormat; 2] = [SizeFormat::Webp, SizeFormat::Jpeg];

    pub fn extension(self) -> &'static str {
        match self {
            SizeFormat::Webp => "webp",
            SizeFormat::Jpeg => "jpg",
        }
    }
}

impl PictureSizes {
    /// The file of one size.
    pub fn file(&self, width: u32, format: SizeFormat) -> String {
        format!("{}-{width}.{}", self.stem, format.extension())
    }

    /// Every size in `format`, as a `srcset`.
    pub fn srcset(&self, format: SizeFormat) -> String {
        let candidates: Vec<String> = (self.widths.iter())
            .map(|&w| format!("{} {w}w", self.file(w, format)))
            .collect();
        candidates.join(", ")
    }

    /// The narrowest width at least `width` wide (the widest if none is).
    pub fn at_least(&self, width: f64) -> Option<u32> {
        let widest = self.widths.last().copied();
        (self.widths.iter().copied())
            .find(|&w| f64::from(w) >= width)
            .or(widest)
    }
}

impl Picture {
    /// What a browser is given for this picture: the file for `src` (a size near `width` CSS
    /// pixels where publish made sizes, else the pack's own file) and the `srcset` of each
    /// format, the modern one first.
    pub fn sources(&self, width: f64) -> PictureSources {
        match &self.sizes {
            Some(sizes) => PictureSources {
                src: sizes
                    .at_least(width)
                    .map(|w| sizes.file(w, SizeFormat::Jpeg))
                    .unwrap_or_else(|| self.src.clone()),
                webp: Some(sizes.srcset(SizeFormat::Webp)),
                srcset: Some(sizes.srcset(SizeFormat::Jpeg)),
            },
            None => PictureSources {
                src: self.src.clone(),
                webp: None,
                srcset: self.srcset.clone(),
            },
        }
    }
}

/// A photo card's box, 120 × 80 (3:2), whatever the photo's own shape: the card crops it.
pub const CARD_BOX: (f64, f64) = (120.0, 80.0);

/// The picture as a photo card draws it: its files, in the card's box.
pub fn card_picture(picture: &Picture) -> Picture {
    Picture {
        width: CARD_BOX.0,
        height: CARD_BOX.1,
        ..picture.clone()
    }
}

/// A picture as an `<img>` (and a `<picture>`'s WebP `<source>`) shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct PictureSources {
    pub src: String,
    /// The WebP sizes' `srcset`, for `<source type="image/webp">`.
    pub webp: Option<String>,
    pub srcset: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Exhibit {
    #[serde(default)]
    pub schema_version: Option<u32>,
    #[serde(default)]
    pub title: Text,
    #[serde(default)]
    pub intro: Text,
    #[serde(default)]
    pub map: MapArt,
    #[serde(default)]
    pub sites: Vec<Site>,
    #[serde(default)]
    pub photos: Vec<Photo>,
    #[serde(default)]
    pub statistics: Vec<Statistic>,
    #[serde(default)]
    pub settings: Settings,
    #[serde(flatten, skip_serializing)]
    pub unknown: Unknown,
}

/// The schematic map that the sites and hotspots sit on.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct MapArt {
    #[serde(default)]
    pub image: Picture,
    #[serde(default)]
    pub alt: Text,
    /// Shown on the map, e.g. "Schematic, not to scale".
    #[serde(default)]
    pub note: Text,
    #[serde(flatten, skip_serializing)]
    pub unknown: Unknown,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Site {
    #[serde(default)]
    pub id: String,
    #[serde(default)]
    pub name: Text,
    #[serde(default)]
    pub description: Text,
    /// Where the site's label sits.
    #[serde(default)]
    pub position: Point,
    /// The site's area on the map, a closed polygon.
    #[serde(default)]
    pub outline: Vec<Point>,
    #[serde(flatten, skip_serializing)]
    pub unknown: Unknown,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Photo {
    /// A readable slug used in links: `?photo=vr-game`.
    #[serde(default)]
    pub id: String,
    /// The `id` of the site the photo was taken at.
    #[serde(default)]
    pub site: String,
    /// Keyboards and the kiosk's attract loop visit photos in this order.
    #[serde(default)]
    pub order: f64,
    #[serde(default)]
    pub title: Text,
    #[serde(default)]
    pub caption: Text,
    /// What the picture shows, for people who cannot see it.
    #[serde(default)]
    pub alt: Text,
    #[serde(default)]
    pub credit: Text,
    /// ISO date the original photo was taken, `YYYY-MM-DD`.
    #[serde(default)]
    pub date: String,
    #[serde(default)]
    pub hotspot: Point,
    #[serde(default)]
    pub image: Picture,
    /// "Illustration" when the picture is not the original photo.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image_note: Option<Text>,
    #[serde(flatten, skip_serializing)]
    pub unknown: Unknown,
}

/// How a statistic's value is read.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Measure {
    /// A number of things.
    #[default]
    Count,
    /// An amount in Chinese yuan.
    Yuan,
    /// A share of a whole, between 0 and 1.
    Share,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Statistic {
    #[serde(default)]
    pub id: String,
    #[serde(default)]
    pub value: f64,
    #[serde(default)]
    pub measure: Measure,
    /// The year the figure is for, where the source gives one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year: Option<i32>,
    /// The same amount in US dollars, where the source gives it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approx_usd: Option<f64>,
    /// The figure in words when the source gives words rather than a number ("nearly one third").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub in_words: Option<Text>,
    #[serde(default)]
    pub label: Text,
    #[serde(default)]
    pub source: Text,
    #[serde(flatten, skip_serializing)]
    pub unknown: Unknown,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Settings {
    /// Kiosk: seconds without a touch before the "Still exploring?" countdown.
    #[serde(default = "Settings::default_idle")]
    pub idle_timeout_seconds: f64,
    /// Kiosk: seconds the countdown runs before the exhibit resets.
    #[serde(default = "Settings::default_countdown")]
    pub countdown_seconds: f64,
    /// Kiosk: seconds each hotspot is highlighted in the attract loop.
    #[serde(default = "Settings::default_attract")]
    pub attract_interval_seconds: f64,
    /// Kiosk: minutes between looks for a new build or content pack (applied at an idle reset).
    #[serde(default = "Settings::default_update_check")]
    pub update_check_minutes: f64,
    /// Where the exhibit is published, for shared links and QR codes; ends with `/`.
    #[serde(default)]
    pub public_base_url: String,
    /// Pages allowed to embed the exhibit and receive its events, e.g. `https://museum.example`.
    #[serde(default)]
    pub embed_allowed_origins: Vec<String>,
    #[serde(flatten, skip_serializing)]
    pub unknown: Unknown,
}

impl Settings {
    fn default_idle() -> f64 {
        90.0
    }
    fn default_countdown() -> f64 {
        10.0
    }
    fn default_attract() -> f64 {
        6.0
    }
    fn default_update_check() -> f64 {
        10.0
    }
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            idle_timeout_seconds: Self::default_idle(),
            countdown_seconds: Self::default_countdown(),
            attract_interval_seconds: Self::default_attract(),
            update_check_minutes: Self::default_update_check(),
            public_base_url: String::new(),
            embed_allowed_origins: Vec::new(),
            unknown: Unknown::new(),
        }
    }
}

impl Exhibit {
    pub fn photo(&self, id: &str) -> Option<&Photo> {
        self.photos.iter().find(|p| p.id == id)
    }

    pub fn site(&self, id: &str) -> Option<&Site> {
        self.sites.iter().find(|s| s.id == id)
    }

    /// Photos in the order keyboards and the attract loop visit them: by `order`, and those
    /// with the same `order` as the pack lists them.
    pub fn photos_in_order(&self) -> Vec<&Photo> {
        // Sorted by insertion, which is stable: a pack has dozens of photos, and the standard
        // library's stable sort was 1.7 KB brotli of the exhibit's first download.
        let mut photos: Vec<&Photo> = Vec::with_capacity(self.photos.len());
        for photo in &self.photos {
            let at = photos
                .iter()
                .rposition(|p| p.order.total_cmp(&photo.order).is_le())
                .map_or(0, |i| i + 1);
            photos.insert(at, photo);
        }
        photos
    }

    pub fn photos_at<'a>(&'a self, site: &'a str) -> impl Iterator<Item = &'a Photo> + 'a {
        self.photos_in_order()
            .into_iter()
            .filter(move |p| p.site == site)
    }

    /// The map's picture, then every photo's.
    pub fn pictures(&self) -> impl Iterator<Item = &Picture> {
        std::iter::once(&self.map.image).chain(self.photos.iter().map(|p| &p.image))
    }

    pub fn pictures_mut(&mut self) -> impl Iterator<Item = &mut Picture> {
        std::iter::once(&mut self.map.image).chain(self.photos.iter_mut().map(|p| &mut p.image))
    }

    /// Every picture file the pack names, with the place that names it, e.g. `photos[2].image.src`.
    /// A photo's `srcset` entries count too: `photos[2].image.srcset`.
    pub fn picture_files(&self) -> Vec<(String, &str)> {
        let mut files = vec![("map.image.src".to_string(), self.map.image.src.as_str())];
        for (i, photo) in self.photos.iter().enumerate() {
            files.push((format!("photos[{i}].image.src"), photo.image.src.as_str()));
            let candidates = photo.image.srcset.as_deref().unwrap_or_default().split(',');
            for path in candidates.filter_map(|c| c.split_whitespace().next()) {
                files.push((format!("photos[{i}].image.srcset"), path));
            }
        }
        files
    }

    /// The photo `step` places after `id` in visiting order, wrapping around.
    pub fn neighbour(&self, id: &str, step: isize) -> Option<&Photo> {
        let photos = self.photos_in_order();
        let here = photos.iter().position(|p| p.id == id)? as isize;
        let len = photos.len() as isize;
        photos.get((here + step).rem_euclid(len) as usize).copied()
    }
}
