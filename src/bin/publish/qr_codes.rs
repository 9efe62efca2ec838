//! The kiosk's QR codes, written when publishing: one small SVG per photo and language
//! (`qr/<photo>-<lang>.svg`), each holding the photo's published link, so the app draws a code
//! with an `<img>` and carries no QR encoder. Only with a public address
//! (`settings.public_base_url`): without one the kiosk shows no code, so none is written.
//! `update-pack` writes them anew, so a changed address changes every code.

use std::path::Path;

use qrcode::{Color, QrCode};
use shijingshan_exhibit::content::Exhibit;
use shijingshan_exhibit::lang::Lang;
use shijingshan_exhibit::route::{published_photo_link, qr_code_file};

/// The quiet zone around a code, in modules; scanners need it.
const QUIET_ZONE: usize = 2;

/// Writes every photo's codes into `dist`; returns how many.
pub fn write_all(dist: &Path, pack: &Exhibit) -> Result<usize, String> {
    let base = &pack.settings.public_base_url;
    if base.is_empty() {
        return Ok(0);
    }
    let mut written = 0;
    for photo in &pack.photos {
        for lang in Lang::ALL {
            let link = published_photo_link(base, &photo.id, lang);
            let svg = svg(&link).ok_or_else(|| {
                format!(
                    "the link of photo \"{}\" is too long for a QR code: {link}",
                    photo.id
                )
            })?;
            crate::files::write(&dist.join(qr_code_file(&photo.id, lang)), &svg)?;
            written += 1;
        }
    }
    Ok(written)
}

/// A QR code for `text` as an SVG: white ground, one path of dark modules (each row's runs
/// joined, so the file stays small), crisp at any size. `None` if the text is too long.
pub fn svg(text: &str) -> Option<String> {
    let code = QrCode::new(text.as_bytes()).ok()?;
    let width = code.width();
    let size = width + 2 * QUIET_ZONE;
    let colors = code.to_colors();
    let mut path = String::new();
    for (y, row) in colors.chunks(width).enumerate() {
        let mut x = 0;
        while x < width {
            if row[x] != Color::Dark {
                x += 1;
                continue;
            }
            let run = row[x..].iter().take_while(|c| **c == Color::Dark).count();
            path.push_str(&format!(
                "M{} {}h{run}v1h-{run}z",
                x + QUIET_ZONE,
                y + QUIET_ZONE
            ));
            x += run;
        }
    }
    Some(format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {size} {size}\" \
         shape-rendering=\"crispEdges\"><rect width=\"{size}\" height=\"{size}\" fill=\"#fff\"/>\
         <path d=\"{path}\" fill=\"#0f1720\"/></svg>\n"
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Draws the SVG's path back into a picture, as a screen would, `scale` pixels a module, and
    /// reads it with a QR decoder of its own (rqrr), as a phone's camera app would.
    fn scanned(svg: &str, scale: u32) -> String {
        let size: u32 = svg
            .split("viewBox=\"0 0 ")
            .nth(1)
            .and_then(|rest| rest.split(' ').next())
            .and_then(|n| n.parse().ok())
            .expect("a viewBox");
        let mut picture =
            image::GrayImage::from_pixel(size * scale, size * scale, image::Luma([255]));
        let path = svg
            .split(" d=\"")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap();
        for part in path.split('M').filter(|p| !p.is_empty()) {
            // "x yhNv1h-Nz"
            let (xy, rest) = part.split_once('h').unwrap();
            let (x, y) = xy.split_once(' ').unwrap();
            let (x, y): (u32, u32) = (x.parse().unwrap(), y.parse().unwrap());
            let run: u32 = rest.split('v').next().unwrap().parse().unwrap();
            for px in x * scale..(x + run) * scale {
                for py in y * scale..(y + 1) * scale {
                    picture.put_pixel(px, py, image::Luma([0x10]));
                }
            }
        }
        let mut prepared = rqrr::PreparedImage::prepare(picture);
        let grids = prepared.detect_grids();
        assert_eq!(grids.len(), 1, "one code in the picture");
        grids[0].decode().expect("a readable code").1
    }

    #[test]
    fn a_phone_reads_the_photo_link_from_the_code() {
        let link = published_photo_link("https://museum.example/shijingshan/", "vr-game", Lang::Zh);
        assert_eq!(
            link,
            "https://museum.example/shijingshan/?photo=vr-game&lang=zh"
        );
        assert_eq!(scanned(&svg(&link).unwrap(), 4), link);
    }

    #[test]
    fn a_long_link_still_reads_and_a_too_long_one_is_none() {
        let long = format!("https://museum.example/{}/?photo=x", "a".repeat(300));
        assert_eq!(scanned(&svg(&long).unwrap(), 3), long);
        assert!(svg(&"a".repeat(8000)).is_none());
    }

    #[test]
    fn the_code_has_its_quiet_zone_and_no_script() {
        let svg = svg("https://museum.example/").unwrap();
        assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        assert!(!svg.contains("<script") && !svg.contains("style="));
        // No module is drawn in the quiet zone: every path starts at 2 or more.
        let path = svg.split(" d=\"").nth(1).unwrap();
        assert!(path.split('M').skip(1).all(|p| {
            let (x, rest) = p.split_once(' ').unwrap();
            let y = rest.split('h').next().unwrap();
            x.parse::<usize>().unwrap() >= QUIET_ZONE && y.parse::<usize>().unwrap() >= QUIET_ZONE
        }));
    }

    #[test]
    fn codes_are_written_per_photo_and_language_only_with_a_public_address() {
        let dist = std::env::temp_dir().join(format!("qr-codes-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dist);
        let mut pack: Exhibit =
            shijingshan_exhibit::content::load_pack(include_str!("../../../public/exhibit.json"))
                .unwrap();
        pack.settings.public_base_url = String::new();
        assert_eq!(write_all(&dist, &pack).unwrap(), 0);
        assert!(!dist.join("qr").exists());
        pack.settings.public_base_url = "https://museum.example/x/".to_string();
        let photos: Vec<String> = pack.photos.iter().map(|p| p.id.clone()).collect();
        assert_eq!(write_all(&dist, &pack).unwrap(), photos.len() * 2);
        let first = std::fs::read_to_string(dist.join(qr_code_file(&photos[0], Lang::En))).unwrap();
        assert_eq!(
            scanned(&first, 3),
            format!("https://museum.example/x/?photo={}&lang=en", photos[0])
        );
        std::fs::remove_dir_all(&dist).unwrap();
    }
}
