//! The exported pack file (`exhibit-pack.zip`): the pack's `exhibit.json`, pretty-printed, keys
//! in the pack's own order (the model's field order), whole numbers without `.0`, so a diff
//! against the last pack shows only the change; and every picture it names, at its path.

use std::io;

use serde::Serialize;
use serde_json::ser::{Formatter, PrettyFormatter, Serializer};

use crate::content::pack_file::{write_zip, PackFileError, PackFiles, PACK_JSON};
use crate::content::Exhibit;

/// Where a published exhibit keeps the curator's pack with its original pictures, beside
/// `index.html` (publish installs it there; the originals of raster pictures are published only
/// as their web sizes, so this is the one place they are).
pub const PUBLISHED_ORIGINALS: &str = ".publish/pack";

/// Every picture file the pack names, once each, in the pack's order: what the pack file holds
/// beside `exhibit.json`.
pub fn picture_files(exhibit: &Exhibit) -> Vec<String> {
    let mut files: Vec<String> = Vec::new();
    for (_, file) in exhibit.picture_files() {
        if !files.iter().any(|f| f == file) {
            files.push(file.to_string());
        }
    }
    files
}

/// The addresses, from the studio's page, where the published exhibit may have a copy of
/// `file`: the installed pack's own file first (`PUBLISHED_ORIGINALS`, the one place a raster
/// picture's original is; a server may refuse that dot-folder), else the published picture
/// (SVGs are published as they are).
pub fn published_copies(file: &str) -> [String; 2] {
    [
        format!("../{PUBLISHED_ORIGINALS}/{file}"),
        format!("../{file}"),
    ]
}

/// The pack file: `exhibit.json` (as `export_json` writes it) first, then each picture in the
/// pack's order. `pictures` must hold every one of `picture_files`.
pub fn pack_file(exhibit: &Exhibit, pictures: &PackFiles) -> Result<Vec<u8>, PackFileError> {
    let json = export_json(exhibit);
    let names = picture_files(exhibit);
    let mut files: Vec<(&str, &[u8])> = vec![(PACK_JSON, json.as_bytes())];
    for name in &names {
        let bytes = pictures
            .get(name)
            .ok_or_else(|| PackFileError::MissingPicture {
                place: String::new(),
                file: name.clone(),
            })?;
        files.push((name.as_str(), bytes));
    }
    write_zip(&files)
}

/// The pack as exported for a curator: without the web sizes publish wrote into the published
/// pack the studio opened (publish makes them anew from the pictures).
pub fn export_json(exhibit: &Exhibit) -> String {
    let mut exhibit = exhibit.clone();
    for picture in exhibit.pictures_mut() {
        picture.sizes = None;
    }
    pack_json(&exhibit)
}

/// The pack as a curator's file: two-space indents and a final newline.
pub fn pack_json(exhibit: &Exhibit) -> String {
    let mut out = Vec::new();
    let mut serializer = Serializer::with_formatter(&mut out, PackFormatter::default());
    exhibit
        .serialize(&mut serializer)
        .expect("a pack always serialises");
    out.push(b'\n');
    String::from_utf8(out).expect("serde_json writes UTF-8")
}

/// serde_json's pretty printer, except that `1600.0` is written `1600` as curators write it.
#[derive(Default)]
struct PackFormatter(PrettyFormatter<'static>);

/// Whole numbers up to this are written without a fraction (exact in an f64).
const WHOLE_LIMIT: f64 = 9_007_199_254_740_992.0;

impl Formatter for PackFormatter {
    fn write_f64<W: ?Sized + io::Write>(&mut self, writer: &mut W, value: f64) -> io::Result<()> {
        if value.fract() == 0.0 && value.abs() < WHOLE_LIMIT {
            write!(writer, "{}", value as i64)
        } else {
            self.0.write_f64(writer, value)
        }
    }
    fn begin_array<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_array(w)
    }
    fn end_array<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_array(w)
    }
    fn begin_array_value<W: ?Sized + io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.0.begin_array_value(w, first)
    }
    fn end_array_value<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_array_value(w)
    }
    fn begin_object<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_object(w)
    }
    fn end_object<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_object(w)
    }
    fn begin_object_key<W: ?Sized + io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.0.begin_object_key(w, first)
    }
    fn begin_object_value<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_object_value(w)
    }
    fn end_object_value<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_object_value(w)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::read_pack;

    const SHIPPED: &str = include_str!("../../public/exhibit.json");
    const TEST_PACK: &str = include_str!("../../tests/fixtures/pack/exhibit.json");

    #[test]
    fn an_unchanged_pack_exports_byte_for_byte_as_it_was() {
        for pack in [SHIPPED, TEST_PACK] {
            let exported = pack_json(&read_pack(pack).unwrap());
            assert!(exported == pack, "export differs:\n{exported}");
        }
    }

    #[test]
    fn the_sizes_publish_wrote_are_not_exported() {
        let mut exhibit = read_pack(TEST_PACK).unwrap();
        exhibit.photos[0].image.sizes = Some(crate::content::PictureSizes {
            stem: "images/sizes/a-0123456789abcdef".into(),
            widths: vec![320],
            colour: "#102030".into(),
        });
        assert_eq!(export_json(&exhibit), TEST_PACK);
        assert!(
            pack_json(&exhibit).contains("images/sizes/a-0123456789abcdef"),
            "the draft keeps them"
        );
    }

    #[test]
    fn one_change_is_one_changed_line() {
        let mut exhibit = read_pack(TEST_PACK).unwrap();
        exhibit.photos[2].hotspot.x = 0.4321;
        let exported = pack_json(&exhibit);
        let changed = exported
            .lines()
            .zip(TEST_PACK.lines())
            .filter(|(a, b)| a != b)
            .collect::<Vec<_>>();
        assert_eq!(changed.len(), 1, "{changed:?}");
        assert!(changed[0].0.contains("\"x\": 0.4321"));
    }

    #[test]
    fn the_pack_file_holds_exhibit_json_and_every_picture_and_opens_again() {
        let exhibit = read_pack(TEST_PACK).unwrap();
        let names = picture_files(&exhibit);
        assert_eq!(names.len(), exhibit.photos.len() + 1, "{names:?}");
        let pictures = PackFiles {
            files: (names.iter())
                .map(|n| (n.clone(), format!("<svg id='{n}'/>").into_bytes()))
                .collect(),
        };
        let file = pack_file(&exhibit, &pictures).unwrap();
        let (opened, kept) = crate::studio::opening::open_pack_file(&file).unwrap();
        assert_eq!(opened, exhibit);
        assert_eq!(kept, pictures);
        let mut fewer = pictures.clone();
        fewer.remove(&names[1]);
        assert!(pack_file(&exhibit, &fewer).is_err());
    }

    #[test]
    fn a_picture_is_looked_for_among_the_installed_originals_first() {
        assert_eq!(
            published_copies("images/photos/a.jpg"),
            [
                "../.publish/pack/images/photos/a.jpg",
                "../images/photos/a.jpg"
            ]
        );
    }

    #[test]
    fn whole_numbers_have_no_fraction_and_others_keep_theirs() {
        let mut exhibit = read_pack(TEST_PACK).unwrap();
        exhibit.map.image.width = 2400.0;
        exhibit.photos[0].order = 2.5;
        let exported = pack_json(&exhibit);
        assert!(exported.contains("\"width\": 2400,"));
        assert!(exported.contains("\"order\": 2.5,"));
    }
}
