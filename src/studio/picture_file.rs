//! A picture file the curator picks: its kind and pixel size read from its first bytes (no
//! decoding, nothing loaded into the page), and the path it should have in the pack.

/// A picture the exhibit can show, with its size in pixels.
#[derive(Clone, Debug, PartialEq)]
pub struct PictureFile {
    /// The file extension the pack uses for this kind: svg, png, jpg, webp or avif.
    pub kind: &'static str,
    pub width: f64,
    pub height: f64,
}

/// Reads a picture's kind and size; `None` when the bytes are not a picture the exhibit shows.
pub fn read_picture(bytes: &[u8]) -> Option<PictureFile> {
    let found = |kind, (width, height): (u32, u32)| {
        (width > 0 && height > 0).then_some(PictureFile {
            kind,
            width: f64::from(width),
            height: f64::from(height),
        })
    };
    if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        return found("png", (be32(bytes, 16)?, be32(bytes, 20)?));
    }
    if bytes.starts_with(&[0xFF, 0xD8]) {
        return found("jpg", jpeg_size(bytes)?);
    }
    if bytes.starts_with(b"RIFF") && bytes.get(8..12) == Some(b"WEBP") {
        return found("webp", webp_size(bytes)?);
    }
    if bytes.get(4..8) == Some(b"ftyp") && find(bytes, b"avif").is_some() {
        let at = find(bytes, b"ispe")? + 8;
        return found("avif", (be32(bytes, at)?, be32(bytes, at + 4)?));
    }
    let text = std::str::from_utf8(bytes.get(..bytes.len().min(4096))?).ok()?;
    found("svg", svg_size(text)?)
}

/// Where a picture named `file_name` goes in the pack: `folder/<slug>.<kind>`.
pub fn suggested_path(folder: &str, file_name: &str, kind: &str) -> String {
    let stem = file_name
        .rsplit_once('.')
        .map_or(file_name, |(stem, _)| stem);
    let mut slug = String::new();
    for c in stem.chars().map(|c| c.to_ascii_lowercase()) {
        if c.is_ascii_alphanumeric() || c == '_' {
            slug.push(c);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    let slug = slug.trim_end_matches('-');
    let slug = if slug.is_empty() { "picture" } else { slug };
    format!("{folder}/{slug}.{kind}")
}

/// The size a picture of `width` × `height` is drawn at to fit in `max_w` × `max_h` (never
/// larger than it is, never less than a pixel a side).
pub fn fitted_size(width: f64, height: f64, (max_w, max_h): (f64, f64)) -> (f64, f64) {
    let scale = (max_w / width).min(max_h / height).min(1.0);
    (
        (width * scale).round().max(1.0),
        (height * scale).round().max(1.0),
    )
}

fn be32(bytes: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_be_bytes(bytes.get(at..at + 4)?.try_into().ok()?))
}

fn le16(bytes: &[u8], at: usize) -> Option<u32> {
    Some(u32::from(u16::from_le_bytes(
        bytes.get(at..at + 2)?.try_into().ok()?,
    )))
}

fn find(bytes: &[u8], needle: &[u8]) -> Option<usize> {
    bytes.windows(needle.len()).position(|w| w == needle)
}

fn jpeg_size(bytes: &[u8]) -> Option<(u32, u32)> {
    let mut at = 2;
    loop {
        while *bytes.get(at)? != 0xFF {
            at += 1;
        }
        let marker = *bytes.get(at + 1)?;
        let length = usize::from(u16::from_be_bytes([
            *bytes.get(at + 2)?,
            *bytes.get(at + 3)?,
        ]));
        let is_frame = (0xC0..=0xCF).contains(&marker) && ![0xC4, 0xC8, 0xCC].contains(&marker);
        if is_frame {
            let size = |i: usize| {
                Some(u32::from(u16::from_be_bytes([
                    *bytes.get(i)?,
                    *bytes.get(i + 1)?,
                ])))
            };
            return Some((size(at + 7)?, size(at + 5)?));
        }
        at += 2 + length;
    }
}

fn webp_size(bytes: &[u8]) -> Option<(u32, u32)> {
    let le24 = |at: usize| Some(le16(bytes, at)? | u32::from(*bytes.get(at + 2)?) << 16);
    match bytes.get(12..16)? {
        b"VP8 " => Some((le16(bytes, 26)? & 0x3FFF, le16(bytes, 28)? & 0x3FFF)),
        b"VP8L" => {
            let b = |i: usize| bytes.get(21 + i).map(|&v| u32::from(v));
            let width = 1 + (b(0)? | (b(1)? & 0x3F) << 8);
            let height = 1 + (b(1)? >> 6 | b(2)? << 2 | (b(3)? & 0x0F) << 10);
            Some((width, height))
        }
        b"VP8X" => Some((1 + le24(24)?, 1 + le24(27)?)),
        _ => None,
    }
}

/// The `<svg>` element's width and height, or its viewBox's when it has none.
fn svg_size(text: &str) -> Option<(u32, u32)> {
    let start = text.find("<svg")?;
    let tag = &text[start..start + text[start..].find('>')?];
    let number = |value: &str| -> Option<f64> {
        let digits: String = value
            .chars()
            .take_while(|c| c.is_ascii_digit() || *c == '.')
            .collect();
        digits.parse().ok().filter(|v: &f64| *v > 0.0)
    };
    let size = match (
        attribute(tag, "width").and_then(number),
        attribute(tag, "height").and_then(number),
    ) {
        (Some(w), Some(h)) => (w, h),
        _ => {
            let view_box: Vec<f64> = attribute(tag, "viewBox")?
                .split([' ', ','])
                .filter_map(|v| v.parse().ok())
                .collect();
            match view_box.as_slice() {
                [_, _, w, h] => (*w, *h),
                _ => return None,
            }
        }
    };
    Some((size.0.round() as u32, size.1.round() as u32))
}

fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let mut rest = tag;
    loop {
        let at = rest.find(name)?;
        let before = rest[..at].chars().next_back();
        rest = &rest[at + name.len()..];
        if before.is_some_and(char::is_whitespace) {
            if let Some(value) = rest.trim_start().strip_prefix('=') {
                let value = value.trim_start();
                let quote = value.chars().next()?;
                let value = &value[1..];
                return Some(&value[..value.find(quote)?]);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn png_size_comes_from_its_header() {
        let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR".to_vec();
        png.extend(1600u32.to_be_bytes());
        png.extend(900u32.to_be_bytes());
        let expected = PictureFile {
            kind: "png",
            width: 1600.0,
            height: 900.0,
        };
        assert_eq!(read_picture(&png), Some(expected));
    }

    #[test]
    fn jpeg_size_comes_from_its_frame() {
        let jpeg = [
            0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x04, 0x00, 0x00, // APP0, skipped
            0xFF, 0xC0, 0x00, 0x11, 0x08, 0x02, 0x58, 0x03, 0x20, // SOF0: 600 high, 800 wide
        ];
        assert_eq!(
            read_picture(&jpeg).map(|p| (p.kind, p.width, p.height)),
            Some(("jpg", 800.0, 600.0))
        );
    }

    #[test]
    fn webp_sizes_from_each_of_its_formats() {
        let mut lossy = b"RIFF\0\0\0\0WEBPVP8 \0\0\0\0\0\0\0\x9d\x01\x2a".to_vec();
        lossy.extend([0x80, 0x02, 0xE0, 0x01]);
        assert_eq!(
            read_picture(&lossy).map(|p| (p.width, p.height)),
            Some((640.0, 480.0))
        );
        let mut extended = b"RIFF\0\0\0\0WEBPVP8X\0\0\0\0\0\0\0\0".to_vec();
        extended.extend([0x3F, 0x06, 0x00, 0x83, 0x03, 0x00]);
        assert_eq!(
            read_picture(&extended).map(|p| (p.width, p.height)),
            Some((1600.0, 900.0))
        );
    }

    #[test]
    fn svg_size_from_width_and_height_or_the_view_box() {
        let sized = r#"<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="1600" height="1000px">"#;
        assert_eq!(
            read_picture(sized.as_bytes()).map(|p| (p.kind, p.width, p.height)),
            Some(("svg", 1600.0, 1000.0))
        );
        let boxed = r#"<svg stroke-width="2" viewBox="0 0 1200 800">"#;
        assert_eq!(
            read_picture(boxed.as_bytes()).map(|p| (p.width, p.height)),
            Some((1200.0, 800.0))
        );
    }

    #[test]
    fn what_is_not_a_picture_is_refused() {
        assert_eq!(read_picture(b"Just some notes, not a picture."), None);
        assert_eq!(read_picture(b"{\"schema_version\": 1}"), None);
        assert_eq!(read_picture(b"\x89PNG\r\n\x1a\n"), None, "cut short");
        assert_eq!(read_picture(b"<svg></svg>"), None, "no size");
        assert_eq!(
            read_picture(b"GIF89a\x10\x00\x10\x00"),
            None,
            "not a kind the exhibit shows"
        );
    }

    #[test]
    fn a_picture_is_fitted_to_its_box_keeping_its_shape() {
        assert_eq!(fitted_size(4032.0, 3024.0, (240.0, 240.0)), (240.0, 180.0));
        assert_eq!(fitted_size(600.0, 900.0, (240.0, 160.0)), (107.0, 160.0));
        assert_eq!(
            fitted_size(100.0, 50.0, (240.0, 160.0)),
            (100.0, 50.0),
            "never enlarged"
        );
        assert_eq!(fitted_size(10000.0, 1.0, (240.0, 160.0)), (240.0, 1.0));
    }

    #[test]
    fn suggested_paths_are_pack_paths() {
        assert_eq!(
            suggested_path("images/photos", "VR Game (2).JPEG", "jpg"),
            "images/photos/vr-game-2.jpg"
        );
        assert_eq!(
            suggested_path("images", "地图.svg", "svg"),
            "images/picture.svg"
        );
        assert_eq!(
            suggested_path("images", "map_v2.svg", "svg"),
            "images/map_v2.svg"
        );
    }
}
