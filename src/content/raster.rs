//! A raster picture file (JPEG, PNG or WebP) as a visitor's screen should show it: turned
//! upright by its EXIF orientation, its colours converted to sRGB from its ICC profile, and
//! nothing else of its metadata. `check-pack` reads every one this way (a file that cannot be
//! read, or whose size disagrees with the pack, is named); publish makes the web sizes from it.

use std::io::Cursor;

use image::{DynamicImage, ImageDecoder, ImageFormat, ImageReader, Limits};
use moxcms::{ColorProfile, DataColorSpace, Layout, TransformOptions};

/// Pictures above this many pixels are refused before they are decoded (150 megapixels is a
/// 15,000 × 10,000 scan: well past any camera, and about 2 GB while it is processed).
pub const MAX_PIXELS: u64 = 150_000_000;
/// What the decoder may allocate: one RGBA copy of the largest picture allowed, and room.
const MAX_DECODER_BYTES: u64 = 1 << 30;
/// A photo narrower than this on its long side looks soft on a kiosk's full-HD screen.
pub const KIOSK_LONG_SIDE: u32 = 1920;

/// The picture files publish turns into web sizes; SVG (and AVIF, which it cannot decode) pass
/// through as they are.
pub fn is_raster(path: &str) -> bool {
    let extension = path.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase());
    matches!(extension.as_deref(), Some("jpg" | "jpeg" | "png" | "webp"))
}

/// A decoded picture, upright and in sRGB: 8-bit RGB, or RGBA where the file has transparency.
pub struct Raster {
    pub pixels: DynamicImage,
}

impl Raster {
    /// Its size as shown, after the orientation.
    pub fn size(&self) -> (u32, u32) {
        (self.pixels.width(), self.pixels.height())
    }
}

/// Reads `bytes` (from the file `name`, for messages). Errors are sentences a curator can act on.
pub fn decode(name: &str, bytes: &[u8]) -> Result<Raster, String> {
    let reader = ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|e| format!("{name}: cannot be read: {e}"))?;
    if !matches!(
        reader.format(),
        Some(ImageFormat::Jpeg | ImageFormat::Png | ImageFormat::WebP)
    ) {
        return Err(format!(
            "{name}: is not a JPEG, PNG or WebP picture (its bytes say otherwise, whatever its name)"
        ));
    }
    // zune-jpeg decodes a cut-off JPEG without an error (the missing rows grey): look for its end.
    if reader.format() == Some(ImageFormat::Jpeg) && !jpeg_is_whole(bytes) {
        return Err(format!(
            "{name}: is damaged: the JPEG stops before its end (a copy or download that was cut off?)"
        ));
    }
    let mut limits = Limits::default();
    limits.max_alloc = Some(MAX_DECODER_BYTES);
    let mut decoder = reader
        .into_decoder()
        .map_err(|e| format!("{name}: is damaged or not a picture: {e}"))?;
    let (width, height) = decoder.dimensions();
    let pixels = u64::from(width) * u64::from(height);
    if pixels > MAX_PIXELS {
        return Err(format!(
            "{name}: is {width} × {height} ({} megapixels); pictures above {} megapixels are refused: save a smaller copy of it first",
            pixels / 1_000_000,
            MAX_PIXELS / 1_000_000
        ));
    }
    decoder
        .set_limits(limits)
        .map_err(|e| format!("{name}: is too large to read: {e}"))?;
    let orientation = decoder
        .orientation()
        .map_err(|e| format!("{name}: has unreadable EXIF data: {e}"))?;
    // A profile that cannot be read is left out: the picture is then taken to be sRGB.
    let profile = decoder.icc_profile().ok().flatten();
    let mut image = DynamicImage::from_decoder(decoder)
        .map_err(|e| format!("{name}: is damaged (it cannot be decoded to the end): {e}"))?;
    image.apply_orientation(orientation);
    let pixels = if image.color().has_alpha() {
        DynamicImage::ImageRgba8(image.into_rgba8())
    } else {
        DynamicImage::ImageRgb8(image.into_rgb8())
    };
    Ok(Raster {
        pixels: to_srgb(pixels, profile.as_deref()),
    })
}

/// Whether a JPEG has its end-of-image marker after its first scan. The segments before the
/// scan are stepped over by their lengths (an EXIF thumbnail inside one has markers of its
/// own); inside scan data a 0xFF byte is never followed by 0xD9, so the first one found is the end.
fn jpeg_is_whole(bytes: &[u8]) -> bool {
    if !bytes.starts_with(&[0xFF, 0xD8]) {
        return false;
    }
    let mut at = 2;
    loop {
        while bytes.get(at) == Some(&0xFF) && bytes.get(at + 1) == Some(&0xFF) {
            at += 1;
        }
        let (Some(&0xFF), Some(&marker), Some(&high), Some(&low)) = (
            bytes.get(at),
            bytes.get(at + 1),
            bytes.get(at + 2),
            bytes.get(at + 3),
        ) else {
            return false;
        };
        let length = usize::from(u16::from_be_bytes([high, low]));
        if marker == 0xDA {
            let scan = bytes.get(at + 2 + length..).unwrap_or_default();
            return scan.windows(2).any(|pair| pair == [0xFF, 0xD9]);
        }
        at += 2 + length;
    }
}

/// The pixels converted from the file's RGB colour profile to sRGB, so a wide-gamut (Display P3,
/// Adobe RGB) photo keeps its colours once its profile is gone. Pixels without a profile, or with
/// one that is not an RGB profile (a CMYK JPEG's is applied by the decoder already), stay as
/// they are.
fn to_srgb(pixels: DynamicImage, profile: Option<&[u8]>) -> DynamicImage {
    let Some(source) = profile.and_then(|p| ColorProfile::new_from_slice(p).ok()) else {
        return pixels;
    };
    if source.color_space != DataColorSpace::Rgb {
        return pixels;
    }
    let srgb = ColorProfile::new_srgb();
    let layout = if pixels.color().has_alpha() {
        Layout::Rgba
    } else {
        Layout::Rgb
    };
    let Ok(transform) =
        source.create_transform_8bit(layout, &srgb, layout, TransformOptions::default())
    else {
        return pixels;
    };
    let converted = |from: &[u8]| {
        let mut to = vec![0; from.len()];
        transform.transform(from, &mut to).ok().map(|_| to)
    };
    let (width, height) = (pixels.width(), pixels.height());
    match pixels {
        DynamicImage::ImageRgba8(rgba) => match converted(rgba.as_raw()) {
            Some(to) => image::RgbaImage::from_raw(width, height, to)
                .map_or(DynamicImage::ImageRgba8(rgba), DynamicImage::ImageRgba8),
            None => DynamicImage::ImageRgba8(rgba),
        },
        other => {
            let rgb = other.into_rgb8();
            match converted(rgb.as_raw()) {
                Some(to) => image::RgbImage::from_raw(width, height, to)
                    .map_or(DynamicImage::ImageRgb8(rgb), DynamicImage::ImageRgb8),
                None => DynamicImage::ImageRgb8(rgb),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;

    #[test]
    fn raster_files_are_told_by_their_extension() {
        assert!(is_raster("images/a.JPG") && is_raster("images/照片.webp"));
        assert!(!is_raster("images/map.svg") && !is_raster("images/a.avif"));
    }

    const PHOTOGRAPHS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/photographs");

    fn photograph(name: &str) -> Result<Raster, String> {
        let path = Path::new(PHOTOGRAPHS).join(name);
        decode(&path.display().to_string(), &std::fs::read(&path).unwrap())
    }

    fn patch_mean(raster: &Raster, (x, y): (u32, u32)) -> [f64; 3] {
        let rgb = raster.pixels.to_rgb8();
        let mut sum = [0.0; 3];
        for dy in 0..9 {
            for dx in 0..9 {
                let pixel = rgb.get_pixel(x + dx - 4, y + dy - 4);
                for c in 0..3 {
                    sum[c] += f64::from(pixel[c]) / 81.0;
                }
            }
        }
        sum
    }

    #[test]
    fn a_sideways_camera_photo_is_turned_upright() {
        // Stored 600 wide and 900 tall, with EXIF orientation 6.
        let upright = photograph("sideways-gps.jpg").unwrap();
        assert_eq!(upright.size(), (900, 600));
    }

    #[test]
    fn a_wide_gamut_photo_keeps_its_colours_in_srgb() {
        let photo = photograph("display-p3.jpg").unwrap();
        // The orange suit: (217, 126, 92) as stored in Display P3, (231, 120, 83) in sRGB.
        for (spot, srgb) in [
            ((148, 316), [231.0, 120.0, 83.0]),
            ((338, 334), [177.0, 51.0, 11.0]),
        ] {
            let found = patch_mean(&photo, spot);
            for c in 0..3 {
                assert!(
                    (found[c] - srgb[c]).abs() <= 4.0,
                    "{spot:?}: {found:?}, not {srgb:?}"
                );
            }
        }
    }

    #[test]
    fn transparency_and_cmyk_are_read() {
        let alpha = photograph("alpha.png").unwrap();
        assert!(alpha.pixels.color().has_alpha());
        assert_eq!(alpha.size(), (224, 149));
        let cmyk = photograph("cmyk.jpg").unwrap();
        assert_eq!(cmyk.size(), (400, 267));
        assert!(!cmyk.pixels.color().has_alpha());
    }

    #[test]
    fn a_cut_off_jpeg_is_named_as_damaged() {
        let error = photograph("truncated.jpg").err().unwrap();
        assert!(error.ends_with("truncated.jpg: is damaged: the JPEG stops before its end (a copy or download that was cut off?)"), "{error}");
        assert!(photograph("upright.jpg").is_ok());
    }

    #[test]
    fn a_file_that_is_not_a_picture_is_named() {
        let error = decode("images/a.jpg", b"<html>not found</html>")
            .err()
            .unwrap();
        assert!(error.starts_with("images/a.jpg: "), "{error}");
    }
}
