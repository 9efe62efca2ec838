//! The web sizes of every raster picture in the pack (a museum's own camera JPEGs, PNGs,
//! WebPs): a ladder of widths up to the picture's own, each as WebP and as JPEG, named by the
//! original's content; its average colour, shown while a size loads; and, for a photo, its
//! 1200 × 630 link-preview card. Every file is encoded anew from upright sRGB pixels, so no
//! EXIF, GPS, XMP or camera serial number reaches a visitor. The original is never published.
//!
//! Made once per original: a cache folder keeps each picture's files under its digest, so
//! publishing again with one new photo makes only that photo's files.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::Instant;

use fast_image_resize::{FilterType, ResizeAlg, ResizeOptions, Resizer};
use image::DynamicImage;
use shijingshan_exhibit::content::raster::{self, Raster};
use shijingshan_exhibit::content::{Exhibit, PictureSizes, SizeFormat};
use shijingshan_exhibit::picture_widths::LADDER;

use crate::digest::short_digest_of;
use crate::files::write_bytes;
use crate::layout::SIZES_FOLDER;

/// A picture's own width is made too, unless it is within this of the ladder's last step below
/// it (a 1300 px photo gets 1280, not 1280 and 1300).
const OWN_WIDTH_MARGIN: f64 = 1.1;
/// libwebp's quality: 75 is its own default, and where photos stop gaining visibly.
const WEBP_QUALITY: f32 = 75.0;
/// libwebp's slowest, most careful method (its default is 4): at the same quality, camera
/// photographs come out 6-7 % smaller (a 1280 px photo: 208.7 -> 195.2 KB) for about twice the
/// encoding time, which publish pays once per photo.
const WEBP_METHOD: i32 = 6;
const JPEG_QUALITY: u8 = 80;
/// Open Graph and Twitter's large card.
pub const CARD: (u32, u32) = (1200, 630);
/// Chat apps refuse or shrink larger preview pictures.
pub const CARD_MAX_BYTES: usize = 300_000;
/// Transparent pictures are laid on the exhibit's night steel where a format has no alpha.
const BACKGROUND: [u8; 3] = [15, 23, 32];
/// Part of every digest: when what publish makes of a picture changes, every picture is made
/// again instead of reusing files made the old way.
const RECIPE: &str =
    "sizes v2: 320-3840, lanczos3, webp q75 m6, jpeg q80 progressive, card 1200x630";
const INFO: &str = "info.json";
const CARD_FILE: &str = "card.jpg";

/// What was made of one original.
#[derive(Clone, Debug)]
pub struct Made {
    pub sizes: PictureSizes,
    /// Its cache folder, named by the original's digest.
    folder: PathBuf,
}

impl Made {
    /// Its link-preview card, in the cache.
    pub fn card(&self) -> PathBuf {
        self.folder.join(CARD_FILE)
    }
}

/// One size's file in a picture's cache folder.
fn cached_file(folder: &Path, width: u32, format: SizeFormat) -> PathBuf {
    folder.join(format!("{width}.{}", format.extension()))
}

/// Makes (or finds in `cache`) the sizes of every raster picture the pack names, reading the
/// originals from `source` and writing the sizes into `dist`. Keyed by the pack's `src`. The
/// cache keeps only what this pack uses.
pub fn make_all(
    source: &Path,
    dist: &Path,
    cache: &Path,
    pack: &Exhibit,
) -> Result<BTreeMap<String, Made>, String> {
    let mut originals: Vec<&str> = (pack.pictures())
        .map(|picture| picture.src.as_str())
        .filter(|src| raster::is_raster(src))
        .collect();
    originals.sort();
    originals.dedup();
    let next = AtomicUsize::new(0);
    let made = Mutex::new(BTreeMap::new());
    let failures = Mutex::new(Vec::new());
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get());
    std::thread::scope(|scope| {
        for _ in 0..workers.min(originals.len()) {
            scope.spawn(|| {
                while let Some(&src) = originals.get(next.fetch_add(1, Ordering::Relaxed)) {
                    match make_one(source, cache, src) {
                        Ok(one) => {
                            made.lock().unwrap().insert(src.to_string(), one);
                        }
                        Err(error) => failures.lock().unwrap().push(error),
                    }
                }
            });
        }
    });
    let failures = failures.into_inner().unwrap();
    if !failures.is_empty() {
        return Err(failures.join("\n"));
    }
    let made = made.into_inner().unwrap();
    for (src, one) in &made {
        install(dist, src, one)?;
    }
    forget_others(cache, &made)?;
    Ok(made)
}

/// The sizes' files of one original, copied from the cache into `dist`.
fn install(dist: &Path, src: &str, made: &Made) -> Result<(), String> {
    let sizes = &made.sizes;
    for &width in &sizes.widths {
        for format in SizeFormat::ALL {
            let to = dist.join(sizes.file(width, format));
            if !to.is_file() {
                crate::files::copy(&cached_file(&made.folder, width, format), &to)
                    .map_err(|e| format!("{src}: {e}"))?;
            }
        }
    }
    Ok(())
}

/// Removes from the cache every picture the pack no longer names.
fn forget_others(cache: &Path, made: &BTreeMap<String, Made>) -> Result<(), String> {
    let kept: Vec<&Path> = made.values().map(|m| m.folder.as_path()).collect();
    let Ok(entries) = std::fs::read_dir(cache) else {
        return Ok(());
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() && !kept.contains(&path.as_path()) {
            std::fs::remove_dir_all(&path)
                .map_err(|e| format!("cannot remove {}: {e}", path.display()))?;
        }
    }
    Ok(())
}

fn make_one(source: &Path, cache: &Path, src: &str) -> Result<Made, String> {
    let started = Instant::now();
    let path = source.join(src);
    let bytes =
        std::fs::read(&path).map_err(|e| format!("{src}: cannot read {}: {e}", path.display()))?;
    let digest = short_digest_of(&[RECIPE.as_bytes(), &bytes]);
    let name = src.rsplit('/').next().unwrap_or(src);
    let name = name.rsplit_once('.').map_or(name, |(stem, _)| stem);
    let stem = format!("{SIZES_FOLDER}/{name}-{digest}");
    let folder = cache.join(&digest);
    if let Some(sizes) = cached(&folder, &stem) {
        println!("publish: {src}: {} sizes, made before", sizes.widths.len());
        return Ok(Made { sizes, folder });
    }
    let raster = raster::decode(src, &bytes)?;
    drop(bytes);
    let (width, height) = raster.size();
    // Written aside and renamed when whole, so an interrupted run leaves no half-made entry;
    // aside for this path, as the same picture under two names is made by two workers at once.
    let aside = short_digest_of(&[src.as_bytes()]);
    let partial = cache.join(format!("{digest}.partial-{aside}"));
    let _ = std::fs::remove_dir_all(&partial);
    std::fs::create_dir_all(&partial)
        .map_err(|e| format!("cannot create {}: {e}", partial.display()))?;
    let widths = widths_for(width);
    let mut colour = String::new();
    for &w in &widths {
        let sized = resize(&raster, w)?;
        if colour.is_empty() {
            colour = average_colour(&sized);
        }
        for format in SizeFormat::ALL {
            write_bytes(&cached_file(&partial, w, format), &encode(&sized, format)?)?;
        }
    }
    write_bytes(&partial.join(CARD_FILE), &card_of(&raster)?)?;
    let sizes = PictureSizes {
        stem,
        widths,
        colour,
    };
    let info = serde_json::json!({ "widths": sizes.widths, "colour": sizes.colour });
    write_bytes(&partial.join(INFO), info.to_string().as_bytes())?;
    let _ = std::fs::remove_dir_all(&folder);
    if let Err(e) = std::fs::rename(&partial, &folder) {
        // The other worker's copy of the same picture got there first: the same files.
        let _ = std::fs::remove_dir_all(&partial);
        if cached(&folder, &sizes.stem).is_none() {
            return Err(format!("cannot move {} into place: {e}", partial.display()));
        }
    }
    println!(
        "publish: {src}: {width} × {height}, {} sizes and a preview card made in {:.1} s",
        sizes.widths.len(),
        started.elapsed().as_secs_f64()
    );
    Ok(Made { sizes, folder })
}

/// A cache entry that is whole: its record and every file it names.
fn cached(folder: &Path, stem: &str) -> Option<PictureSizes> {
    let info: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(folder.join(INFO)).ok()?).ok()?;
    let widths: Vec<u32> = serde_json::from_value(info.get("widths")?.clone()).ok()?;
    let colour = info.get("colour")?.as_str()?.to_string();
    let whole = widths
        .iter()
        .all(|&w| (SizeFormat::ALL.iter()).all(|&f| cached_file(folder, w, f).is_file()))
        && folder.join(CARD_FILE).is_file();
    whole.then(|| PictureSizes {
        stem: stem.to_string(),
        widths,
        colour,
    })
}

/// The ladder's widths below the picture's own, and its own (at most the ladder's top).
pub fn widths_for(own: u32) -> Vec<u32> {
    let mut widths: Vec<u32> = LADDER.iter().copied().filter(|&w| w < own).collect();
    let top = own.min(LADDER[LADDER.len() - 1]);
    match widths.last() {
        Some(&last) if f64::from(top) <= f64::from(last) * OWN_WIDTH_MARGIN => {}
        _ => widths.push(top),
    }
    widths
}

fn resize(raster: &Raster, width: u32) -> Result<DynamicImage, String> {
    let (own_w, own_h) = raster.size();
    let height = ((f64::from(own_h) * f64::from(width) / f64::from(own_w)).round() as u32).max(1);
    scaled(&raster.pixels, (width, height), None)
}

/// `pixels` scaled to `size` with Lanczos3, from the whole picture or from `crop` (left, top,
/// width, height in its pixels).
fn scaled(
    pixels: &DynamicImage,
    (width, height): (u32, u32),
    crop: Option<(f64, f64, f64, f64)>,
) -> Result<DynamicImage, String> {
    if crop.is_none() && (width, height) == (pixels.width(), pixels.height()) {
        return Ok(pixels.clone());
    }
    let mut target = DynamicImage::new(width, height, pixels.color());
    let mut options = ResizeOptions::new().resize_alg(ResizeAlg::Convolution(FilterType::Lanczos3));
    if let Some((left, top, w, h)) = crop {
        options = options.crop(left, top, w, h);
    }
    Resizer::new()
        .resize(pixels, &mut target, &options)
        .map_err(|e| format!("cannot scale a picture: {e}"))?;
    Ok(target)
}

fn encode(pixels: &DynamicImage, format: SizeFormat) -> Result<Vec<u8>, String> {
    let (width, height) = (pixels.width(), pixels.height());
    match format {
        SizeFormat::Webp => {
            let encoder = match pixels {
                DynamicImage::ImageRgba8(rgba) => webp::Encoder::from_rgba(rgba, width, height),
                DynamicImage::ImageRgb8(rgb) => webp::Encoder::from_rgb(rgb, width, height),
                _ => return Err("a picture in an unexpected pixel format".into()),
            };
            let mut config =
                webp::WebPConfig::new().map_err(|()| "libwebp has no configuration")?;
            config.quality = WEBP_QUALITY;
            config.method = WEBP_METHOD;
            let encoded = (encoder.encode_advanced(&config))
                .map_err(|e| format!("libwebp could not encode a size: {e:?}"))?;
            Ok(encoded.to_vec())
        }
        SizeFormat::Jpeg => jpeg(&opaque(pixels), JPEG_QUALITY),
    }
}

fn jpeg(rgb: &image::RgbImage, quality: u8) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    let mut encoder = jpeg_encoder::Encoder::new(&mut out, quality);
    encoder.set_progressive(true);
    let size = |v: u32| u16::try_from(v).map_err(|_| "a picture wider than JPEG allows");
    encoder
        .encode(
            rgb.as_raw(),
            size(rgb.width())?,
            size(rgb.height())?,
            jpeg_encoder::ColorType::Rgb,
        )
        .map_err(|e| format!("cannot encode a JPEG: {e}"))?;
    Ok(out)
}

/// RGB pixels, transparent ones laid on the exhibit's background.
fn opaque(pixels: &DynamicImage) -> image::RgbImage {
    match pixels {
        DynamicImage::ImageRgba8(rgba) => {
            let mut rgb = image::RgbImage::new(rgba.width(), rgba.height());
            for (to, from) in rgb.pixels_mut().zip(rgba.pixels()) {
                let alpha = u16::from(from[3]);
                for c in 0..3 {
                    let mixed =
                        u16::from(from[c]) * alpha + u16::from(BACKGROUND[c]) * (255 - alpha);
                    to[c] = (mixed / 255) as u8;
                }
            }
            rgb
        }
        other => other.to_rgb8(),
    }
}

/// The average colour, `#rrggbb`, as the picture looks on the exhibit's background.
pub fn average_colour(pixels: &DynamicImage) -> String {
    let rgb = opaque(pixels);
    let mut sums = [0u64; 3];
    for pixel in rgb.pixels() {
        for c in 0..3 {
            sums[c] += u64::from(pixel[c]);
        }
    }
    let count = u64::from(rgb.width()) * u64::from(rgb.height());
    let [r, g, b] = sums.map(|s| s / count.max(1));
    format!("#{r:02x}{g:02x}{b:02x}")
}

/// The link-preview card: the middle of the picture, cut to 1200 × 630, as a JPEG at most
/// `CARD_MAX_BYTES` (a lower quality if the first is too large).
pub fn card_of(raster: &Raster) -> Result<Vec<u8>, String> {
    let (w, h) = raster.size();
    let (w, h) = (f64::from(w), f64::from(h));
    let card_aspect = f64::from(CARD.0) / f64::from(CARD.1);
    let crop = if w / h > card_aspect {
        let cut = h * card_aspect;
        ((w - cut) / 2.0, 0.0, cut, h)
    } else {
        let cut = w / card_aspect;
        (0.0, (h - cut) / 2.0, w, cut)
    };
    let card = opaque(&scaled(&raster.pixels, CARD, Some(crop))?);
    for quality in [82, 72, 62, 50] {
        let bytes = jpeg(&card, quality)?;
        if bytes.len() <= CARD_MAX_BYTES {
            return Ok(bytes);
        }
    }
    Err("its preview card cannot be made small enough".into())
}

#[cfg(test)]
mod tests {
    use shijingshan_exhibit::content::Photo;

    use super::*;

    const PHOTOGRAPHS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/photographs");

    /// A folder of its own under the system's temporary folder, empty.
    fn scratch(name: &str) -> PathBuf {
        let folder = std::env::temp_dir().join(format!("publish-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&folder);
        std::fs::create_dir_all(&folder).unwrap();
        folder
    }

    /// A pack of real photographs in `source/images/photos/`.
    fn pack_of(source: &Path, files: &[&str]) -> Exhibit {
        let mut pack = Exhibit::default();
        for file in files {
            let src = format!("images/photos/{file}");
            crate::files::copy(&Path::new(PHOTOGRAPHS).join(file), &source.join(&src)).unwrap();
            let mut photo = Photo {
                id: file.replace('.', "-"),
                ..Photo::default()
            };
            photo.image.src = src;
            pack.photos.push(photo);
        }
        pack
    }

    #[test]
    fn camera_photos_become_upright_sizes_without_their_metadata_made_once() {
        let root = scratch("sizes");
        let (source, dist, cache) = (root.join("pack"), root.join("dist"), root.join("cache"));
        let pack = pack_of(&source, &["sideways-gps.jpg", "alpha.png"]);
        let made = make_all(&source, &dist, &cache, &pack).unwrap();
        let sideways = &made["images/photos/sideways-gps.jpg"];
        assert_eq!(sideways.sizes.widths, vec![320, 480, 640, 900]);
        assert!(sideways
            .sizes
            .stem
            .starts_with("images/sizes/sideways-gps-"));
        for format in SizeFormat::ALL {
            let widest = std::fs::read(dist.join(sideways.sizes.file(900, format))).unwrap();
            let picture = image::load_from_memory(&widest).unwrap();
            assert_eq!(
                (picture.width(), picture.height()),
                (900, 600),
                "{format:?} upright"
            );
            // Every metadata text of the fixture starts with FIXTURE (camera, serial, GPS's
            // neighbours, the XMP creator); JPEG's APP1 and WebP's EXIF/XMP chunks are gone.
            let has = |needle: &[u8]| widest.windows(needle.len()).any(|w| w == needle);
            assert!(
                !has(b"FIXTURE") && !has(b"Exif") && !has(b"XMP ") && !has(b"http://ns.adobe.com")
            );
            assert!(
                !has(&[0xFF, 0xE1]) || format == SizeFormat::Webp,
                "no APP1 segment"
            );
        }
        let card = image::load_from_memory(&std::fs::read(sideways.card()).unwrap()).unwrap();
        assert_eq!((card.width(), card.height()), CARD);
        assert!(std::fs::metadata(sideways.card()).unwrap().len() as usize <= CARD_MAX_BYTES);
        let alpha = &made["images/photos/alpha.png"];
        let webp = std::fs::read(dist.join(alpha.sizes.file(224, SizeFormat::Webp))).unwrap();
        assert!(
            image::load_from_memory(&webp).unwrap().color().has_alpha(),
            "WebP keeps transparency"
        );
        assert!(alpha.sizes.colour.starts_with('#') && alpha.sizes.colour.len() == 7);

        // Again with one photo left: nothing is made anew, and the other's files leave the cache.
        let made_at = std::fs::metadata(sideways.card())
            .unwrap()
            .modified()
            .unwrap();
        let fewer = pack_of(&source, &["sideways-gps.jpg"]);
        let again = make_all(&source, &dist, &cache, &fewer).unwrap();
        assert_eq!(
            again["images/photos/sideways-gps.jpg"].sizes,
            sideways.sizes
        );
        assert_eq!(
            std::fs::metadata(sideways.card())
                .unwrap()
                .modified()
                .unwrap(),
            made_at
        );
        assert_eq!(std::fs::read_dir(&cache).unwrap().count(), 1);
        std::fs::remove_dir_all(&root).unwrap();
    }

    #[test]
    fn the_same_photo_under_two_names_is_made_for_both() {
        let root = scratch("twice");
        let (source, dist, cache) = (root.join("pack"), root.join("dist"), root.join("cache"));
        let mut pack = pack_of(&source, &["upright.jpg"]);
        let again = "images/photos/upright-again.jpg";
        crate::files::copy(
            &Path::new(PHOTOGRAPHS).join("upright.jpg"),
            &source.join(again),
        )
        .unwrap();
        let mut photo = pack.photos[0].clone();
        photo.image.src = again.into();
        pack.photos.push(photo);
        let made = make_all(&source, &dist, &cache, &pack).unwrap();
        for src in ["images/photos/upright.jpg", again] {
            let sizes = &made[src].sizes;
            assert_eq!(sizes.widths, vec![320, 480, 640, 960, 1200], "{src}");
            assert!(
                dist.join(sizes.file(1200, SizeFormat::Jpeg)).is_file(),
                "{src}"
            );
        }
        let _ = std::fs::remove_dir_all(&root);
    }

    #[test]
    fn a_damaged_photo_is_named_and_nothing_is_cached_for_it() {
        let root = scratch("damaged");
        let (source, dist, cache) = (root.join("pack"), root.join("dist"), root.join("cache"));
        let pack = pack_of(&source, &["truncated.jpg"]);
        let error = make_all(&source, &dist, &cache, &pack).unwrap_err();
        assert!(
            error.starts_with("images/photos/truncated.jpg: is damaged"),
            "{error}"
        );
        assert_eq!(std::fs::read_dir(&cache).map_or(0, |d| d.count()), 0);
        std::fs::remove_dir_all(&root).unwrap();
    }

    #[test]
    fn the_ladder_stops_at_the_pictures_own_width() {
        assert_eq!(widths_for(5640), LADDER.to_vec());
        assert_eq!(widths_for(1000), vec![320, 480, 640, 960]);
        assert_eq!(widths_for(1100), vec![320, 480, 640, 960, 1100]);
        assert_eq!(widths_for(1300), vec![320, 480, 640, 960, 1280]);
        assert_eq!(widths_for(200), vec![200]);
    }

    #[test]
    fn the_average_colour_lays_transparency_on_the_background() {
        let clear =
            DynamicImage::ImageRgba8(image::RgbaImage::from_pixel(4, 4, [255, 0, 0, 0].into()));
        assert_eq!(average_colour(&clear), "#0f1720");
        let red = DynamicImage::ImageRgb8(image::RgbImage::from_pixel(4, 4, [200, 10, 10].into()));
        assert_eq!(average_colour(&red), "#c80a0a");
    }
}
