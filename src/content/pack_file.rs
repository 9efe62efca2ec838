//! The pack file: one file holding a whole content pack, `exhibit.json` and every picture it
//! names at its path in the pack, so a curator carries a pack from the studio to `update-pack`
//! in one piece. It is a ZIP archive of stored (uncompressed) entries with UTF-8 names: every
//! unzip tool opens it, and reading it takes no decompressor in the studio's download. Pictures
//! are compressed already, so storing them costs next to nothing.
//!
//! The reader takes stored entries only and refuses, in the curator's words, anything it cannot
//! use whole: not a ZIP, cut short, damaged, compressed, a path outside the pack, a name twice,
//! no `exhibit.json`, a picture the pack names but does not hold.

use super::Exhibit;
use crate::lang::{Lang, Words};

/// The name the studio gives the file it exports.
pub const PACK_FILE_NAME: &str = "exhibit-pack.zip";
/// The pack's own file, at the top of the archive.
pub const PACK_JSON: &str = "exhibit.json";

const LOCAL_HEADER: u32 = 0x0403_4b50;
const CENTRAL_HEADER: u32 = 0x0201_4b50;
const END_RECORD: u32 = 0x0605_4b50;
const END_RECORD_LEN: usize = 22;
const CENTRAL_HEADER_LEN: usize = 46;
const LOCAL_HEADER_LEN: usize = 30;
/// A ZIP file comment is at most this long, so the end record is within its reach of the end.
const MAX_COMMENT: usize = 0xFFFF;
/// General-purpose flag bits: bit 0, encrypted; bit 11, the name is UTF-8.
const ENCRYPTED: u16 = 1;
const UTF8_NAMES: u16 = 1 << 11;
/// Compression methods: 0 stored, 8 deflated.
const STORED: u16 = 0;
const DEFLATED: u16 = 8;
/// "Version needed to extract": 2.0, what a stored entry in a folder needs.
const VERSION_NEEDED: u16 = 20;
/// "Version made by": 3 (Unix) in the high byte, so unzip applies the permissions below.
const MADE_BY: u16 = (3 << 8) | VERSION_NEEDED;
/// An ordinary file, readable by everyone (`-rw-r--r--`), in the Unix attribute's high half.
const FILE_MODE: u32 = 0o100_644 << 16;
/// 1 January 1980, 00:00, the earliest time a ZIP can say: the same pack gives the same bytes.
const DOS_DATE: u16 = (1 << 5) | 1;
/// A ZIP without its ZIP64 extension counts sizes, offsets and entries in 32 and 16 bits.
const MAX_32: u64 = u32::MAX as u64;
const MAX_ENTRIES: usize = u16::MAX as usize;

/// Why a pack file was refused. Each says what is wrong, where, and what to do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PackFileError {
    /// Not a ZIP archive at all.
    NotAZip,
    /// The archive stops before its end (a copy or download cut short).
    CutShort,
    /// An entry's bytes do not match its check sum.
    Damaged(String),
    /// A compressed entry: the reader takes stored ones only.
    Compressed(String),
    /// An encrypted entry, or one stored with a method no ZIP tool uses for packs.
    Unreadable(String),
    /// Over 4 GB, or more entries than a plain ZIP counts (a ZIP64 archive).
    TooLarge,
    /// A name that is not a plain path inside the pack (`..`, `/…`, `\`, `C:`).
    OutsideThePack(String),
    /// Two entries of the same name.
    Twice(String),
    /// No `exhibit.json` at the top of the archive.
    NoExhibitJson,
    /// `exhibit.json` is not UTF-8 text.
    NotText,
    /// A picture the pack names (at `place`) that the archive does not hold.
    MissingPicture { place: String, file: String },
}

const MAKE_ONE: Words = Words(
    "请用策展工作室的“导出”重新生成内容包文件。",
    "Make the pack file again with Export in the curators' studio.",
);
const COPY_AGAIN: Words = Words(
    "请重新复制或下载这个文件。",
    "Copy or download the file again.",
);

impl PackFileError {
    /// What the curator reads: what is wrong, where, and what to do.
    pub fn describe(&self, lang: Lang) -> String {
        use PackFileError::*;
        let zh = lang == Lang::Zh;
        let (what, todo): (String, Words) = match self {
            NotAZip => (
                if zh {
                    "这个文件不是内容包文件（工作室导出的 .zip），也不是 exhibit.json。".into()
                } else {
                    "This file is not a pack file (the .zip the studio exports) nor an exhibit.json.".into()
                },
                MAKE_ONE,
            ),
            CutShort => (
                if zh {
                    "内容包文件在结尾之前就断了（复制或下载不完整？）。".into()
                } else {
                    "The pack file stops before its end (a copy or download cut short?).".into()
                },
                COPY_AGAIN,
            ),
            Damaged(name) => (
                if zh {
                    format!("内容包文件中的“{name}”已损坏（校验和不符）。")
                } else {
                    format!("“{name}” in the pack file is damaged (its check sum does not match).")
                },
                COPY_AGAIN,
            ),
            Compressed(name) => (
                if zh {
                    format!("内容包文件中的“{name}”是压缩过的，展览只读取未压缩（存储）的文件。")
                } else {
                    format!("“{name}” in the pack file is compressed; the exhibit reads only uncompressed (stored) files.")
                },
                MAKE_ONE,
            ),
            Unreadable(name) => (
                if zh {
                    format!("内容包文件中的“{name}”已加密或使用了展览不读取的存储方式。")
                } else {
                    format!("“{name}” in the pack file is encrypted or stored in a way the exhibit does not read.")
                },
                MAKE_ONE,
            ),
            TooLarge => (
                if zh {
                    "内容包文件太大（超过 4 GB 或 65535 个文件），展览无法读取。".into()
                } else {
                    "The pack file is too large for the exhibit to read (over 4 GB, or over 65,535 files).".into()
                },
                Words("请缩小图片后再导出。", "Make the pictures smaller, then export again."),
            ),
            OutsideThePack(name) => (
                if zh {
                    format!("内容包文件中的“{name}”指向内容包之外（含有 ..、以 / 开头或含有 \\）。每个文件都必须在内容包之内，例如 images/photos/a.jpg。")
                } else {
                    format!("“{name}” in the pack file points outside the pack (it has .., starts with / or has a \\). Every file must be inside the pack, like images/photos/a.jpg.")
                },
                MAKE_ONE,
            ),
            Twice(name) => (
                if zh {
                    format!("内容包文件中有两个“{name}”，无法确定用哪一个。")
                } else {
                    format!("The pack file holds “{name}” twice, so which one to use is unclear.")
                },
                MAKE_ONE,
            ),
            NoExhibitJson => (
                if zh {
                    "内容包文件的最上层没有 exhibit.json。".into()
                } else {
                    "The pack file has no exhibit.json at its top level.".into()
                },
                Words(
                    "请把 exhibit.json 放在 images 文件夹旁边（不要放进子文件夹），或用策展工作室的“导出”生成内容包文件。",
                    "Put exhibit.json beside the images folder (not inside a folder of its own), or make the pack file with Export in the curators' studio.",
                ),
            ),
            NotText => (
                if zh {
                    "内容包文件中的 exhibit.json 不是 UTF-8 文本。".into()
                } else {
                    "exhibit.json in the pack file is not UTF-8 text.".into()
                },
                MAKE_ONE,
            ),
            MissingPicture { place, file } => (
                if zh {
                    format!("内容包在 {place} 中用到了 {file}，但内容包文件里没有这张图片。")
                } else {
                    format!("The pack names {file} (at {place}), but the pack file does not hold that picture.")
                },
                Words(
                    "请把它放到内容包中的这个路径，或用策展工作室的“导出”生成内容包文件（它会放入每一张图片）。",
                    "Add it at that path in the pack, or make the pack file with Export in the curators' studio (it puts every picture in).",
                ),
            ),
        };
        format!("{what} {}", todo.get(lang))
    }
}

/// The files of a pack file, by their path in the pack, each path once, in the order they came;
/// `exhibit.json` is among them. A pack holds tens of pictures: a list is all it takes.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PackFiles {
    pub files: Vec<(String, Vec<u8>)>,
}

impl PackFiles {
    pub fn get(&self, path: &str) -> Option<&[u8]> {
        (self.files.iter())
            .find(|(p, _)| p == path)
            .map(|(_, bytes)| bytes.as_slice())
    }

    /// Puts `bytes` at `path`, in place of what was there.
    pub fn put(&mut self, path: String, bytes: Vec<u8>) {
        match self.files.iter_mut().find(|(p, _)| *p == path) {
            Some(file) => file.1 = bytes,
            None => self.files.push((path, bytes)),
        }
    }

    pub fn remove(&mut self, path: &str) {
        self.files.retain(|(p, _)| p != path);
    }

    /// The pack's `exhibit.json`, as text.
    pub fn exhibit_json(&self) -> Result<&str, PackFileError> {
        let bytes = self.get(PACK_JSON).ok_or(PackFileError::NoExhibitJson)?;
        std::str::from_utf8(bytes).map_err(|_| PackFileError::NotText)
    }

    /// Every picture `exhibit` names must be in the file.
    pub fn check_pictures(&self, exhibit: &Exhibit) -> Result<(), PackFileError> {
        match (exhibit.picture_files().into_iter()).find(|(_, file)| self.get(file).is_none()) {
            Some((place, file)) => Err(PackFileError::MissingPicture {
                place,
                file: file.to_string(),
            }),
            None => Ok(()),
        }
    }
}

/// A pack folder's entries as a pack file holds them: `exhibit.json` first, then every picture
/// it names, each once, by path (what the studio's export writes for the same pack).
#[cfg(not(target_arch = "wasm32"))]
pub fn folder_entries(folder: &std::path::Path) -> Result<Vec<(String, Vec<u8>)>, String> {
    let read = |name: &str| {
        std::fs::read(folder.join(name))
            .map_err(|e| format!("{}: {e}", folder.join(name).display()))
    };
    let json = read(PACK_JSON)?;
    let text = String::from_utf8(json.clone()).map_err(|e| format!("{PACK_JSON}: {e}"))?;
    let exhibit = super::read_pack(&text).map_err(|e| format!("{PACK_JSON}: {e}"))?;
    let mut names: Vec<&str> = (exhibit.picture_files().into_iter())
        .map(|(_, f)| f)
        .collect();
    names.sort();
    names.dedup();
    let mut files = vec![(PACK_JSON.to_string(), json)];
    for name in names {
        files.push((name.to_string(), read(name)?));
    }
    Ok(files)
}

/// Reads a pack file: the archive whole and sound, and `exhibit.json` in it as text. Whether
/// the pack's pictures are all there needs the pack read: `PackFiles::check_pictures`.
pub fn read_pack_file(bytes: &[u8]) -> Result<PackFiles, PackFileError> {
    let pack = PackFiles {
        files: read_zip(bytes)?,
    };
    pack.exhibit_json()?;
    Ok(pack)
}

/// A stored ZIP of `files` (path in the pack, bytes), in the order given.
pub fn write_zip(files: &[(&str, &[u8])]) -> Result<Vec<u8>, PackFileError> {
    let total: u64 = files
        .iter()
        .map(|(name, bytes)| {
            (LOCAL_HEADER_LEN + CENTRAL_HEADER_LEN + 2 * name.len() + bytes.len()) as u64
        })
        .sum();
    if files.len() > MAX_ENTRIES || total + END_RECORD_LEN as u64 > MAX_32 {
        return Err(PackFileError::TooLarge);
    }
    let mut out = Vec::with_capacity(total as usize + END_RECORD_LEN);
    let mut central = Vec::new();
    for (name, bytes) in files {
        let offset = out.len() as u32;
        let crc = crc32(bytes);
        let (size, name_len) = (bytes.len() as u32, name.len() as u16);
        // Local header: signature, version, flags, method, time, date, crc, sizes, name, extra.
        put32(&mut out, LOCAL_HEADER);
        for field in [VERSION_NEEDED, UTF8_NAMES, STORED, 0, DOS_DATE] {
            put16(&mut out, field);
        }
        for field in [crc, size, size] {
            put32(&mut out, field);
        }
        put16(&mut out, name_len);
        put16(&mut out, 0);
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(bytes);
        // Its central directory record: the same, with where it starts and its permissions.
        put32(&mut central, CENTRAL_HEADER);
        for field in [MADE_BY, VERSION_NEEDED, UTF8_NAMES, STORED, 0, DOS_DATE] {
            put16(&mut central, field);
        }
        for field in [crc, size, size] {
            put32(&mut central, field);
        }
        // Name, extra and comment lengths, disk number, internal attributes.
        for field in [name_len, 0, 0, 0, 0] {
            put16(&mut central, field);
        }
        put32(&mut central, FILE_MODE);
        put32(&mut central, offset);
        central.extend_from_slice(name.as_bytes());
    }
    let (central_at, central_len, count) =
        (out.len() as u32, central.len() as u32, files.len() as u16);
    out.extend_from_slice(&central);
    put32(&mut out, END_RECORD);
    for field in [0, 0, count, count] {
        put16(&mut out, field);
    }
    put32(&mut out, central_len);
    put32(&mut out, central_at);
    put16(&mut out, 0);
    Ok(out)
}

/// Every file in a stored ZIP, in the archive's order, each checked against its check sum.
/// Folders' own entries (`images/`) are left out.
pub fn read_zip(bytes: &[u8]) -> Result<Vec<(String, Vec<u8>)>, PackFileError> {
    let end = find_end_record(bytes)?;
    let at = |i: usize| end + i;
    let disks = (le16(bytes, at(4)), le16(bytes, at(6)));
    let count = usize::from(le16(bytes, at(10)).ok_or(PackFileError::CutShort)?);
    let central_len = le32(bytes, at(12)).ok_or(PackFileError::CutShort)?;
    let central_at = le32(bytes, at(16)).ok_or(PackFileError::CutShort)?;
    if disks != (Some(0), Some(0)) {
        return Err(PackFileError::NotAZip);
    }
    if [u64::from(central_len), u64::from(central_at)].contains(&MAX_32) || count == MAX_ENTRIES {
        return Err(PackFileError::TooLarge);
    }
    let central_at = central_at as usize;
    if central_at.saturating_add(central_len as usize) > end {
        return Err(PackFileError::CutShort);
    }
    let mut files = Vec::with_capacity(count);
    let mut seen = std::collections::BTreeSet::new();
    let mut record = central_at;
    for _ in 0..count {
        let entry = read_entry(bytes, record)?;
        record = entry.next_record;
        if entry.name.ends_with('/') && entry.size == 0 {
            continue;
        }
        check_name(&entry.name)?;
        if !seen.insert(entry.name.clone()) {
            return Err(PackFileError::Twice(entry.name));
        }
        let data = stored_data(bytes, &entry)?;
        if crc32(data) != entry.crc {
            return Err(PackFileError::Damaged(entry.name));
        }
        files.push((entry.name, data.to_vec()));
    }
    Ok(files)
}

/// One central directory record.
struct Entry {
    name: String,
    crc: u32,
    size: u32,
    local_header: usize,
    next_record: usize,
}

fn read_entry(bytes: &[u8], at: usize) -> Result<Entry, PackFileError> {
    if le32(bytes, at).ok_or(PackFileError::CutShort)? != CENTRAL_HEADER {
        return Err(PackFileError::NotAZip);
    }
    let field16 = |i: usize| le16(bytes, at + i).ok_or(PackFileError::CutShort);
    let field32 = |i: usize| le32(bytes, at + i).ok_or(PackFileError::CutShort);
    let (flags, method) = (field16(8)?, field16(10)?);
    let (crc, packed, size) = (field32(16)?, field32(20)?, field32(24)?);
    let name_len = usize::from(field16(28)?);
    let others = usize::from(field16(30)?) + usize::from(field16(32)?);
    let local_header = field32(42)?;
    let start = at + CENTRAL_HEADER_LEN;
    let raw_name = (bytes.get(start..start + name_len)).ok_or(PackFileError::CutShort)?;
    // Without the UTF-8 flag a name is, by the letter of the format, in the old DOS code page;
    // the tools that leave the flag off write UTF-8 anyway: read it so, refuse anything else.
    let name = match std::str::from_utf8(raw_name) {
        Ok(name) => name.to_string(),
        Err(_) => {
            let shown = String::from_utf8_lossy(raw_name).into_owned();
            return Err(PackFileError::OutsideThePack(shown));
        }
    };
    if [packed, size, local_header].contains(&u32::MAX) {
        return Err(PackFileError::TooLarge);
    }
    if flags & ENCRYPTED != 0 {
        return Err(PackFileError::Unreadable(name));
    }
    match method {
        STORED if packed == size => {}
        STORED => return Err(PackFileError::Damaged(name)),
        DEFLATED => return Err(PackFileError::Compressed(name)),
        _ => return Err(PackFileError::Unreadable(name)),
    }
    Ok(Entry {
        name,
        crc,
        size,
        local_header: local_header as usize,
        next_record: start + name_len + others,
    })
}

/// An entry's bytes, after its local header (whose own name and extra field may differ in
/// length from the central directory's).
fn stored_data<'a>(bytes: &'a [u8], entry: &Entry) -> Result<&'a [u8], PackFileError> {
    let at = entry.local_header;
    match le32(bytes, at) {
        Some(LOCAL_HEADER) => {}
        Some(_) => return Err(PackFileError::Damaged(entry.name.clone())),
        None => return Err(PackFileError::CutShort),
    }
    let lengths = (le16(bytes, at + 26), le16(bytes, at + 28));
    let (Some(name_len), Some(extra_len)) = lengths else {
        return Err(PackFileError::CutShort);
    };
    let start =
        at.saturating_add(LOCAL_HEADER_LEN + usize::from(name_len) + usize::from(extra_len));
    bytes
        .get(start..start.saturating_add(entry.size as usize))
        .ok_or(PackFileError::CutShort)
}

/// The end record is the last thing in the file, followed only by its comment.
fn find_end_record(bytes: &[u8]) -> Result<usize, PackFileError> {
    let signature = END_RECORD.to_le_bytes();
    let earliest = bytes.len().saturating_sub(END_RECORD_LEN + MAX_COMMENT);
    let last = bytes.len().checked_sub(END_RECORD_LEN);
    let found = last.and_then(|last| {
        (earliest..=last).rev().find(|&at| {
            bytes[at..at + 4] == signature
                && le16(bytes, at + 20).map(usize::from) == Some(bytes.len() - at - END_RECORD_LEN)
        })
    });
    match found {
        Some(at) => Ok(at),
        // A ZIP's first entry starts the file: one without its end was cut short.
        None if bytes.starts_with(&LOCAL_HEADER.to_le_bytes()) => Err(PackFileError::CutShort),
        None => Err(PackFileError::NotAZip),
    }
}

/// A file's path in the pack: relative, `/`-separated, every part a plain name.
fn check_name(name: &str) -> Result<(), PackFileError> {
    let drive = name.as_bytes().get(1) == Some(&b':');
    let plain = !name.is_empty()
        && !name.starts_with('/')
        && !name.contains('\\')
        && !name.contains('\0')
        && !drive
        && name.split('/').all(|part| !matches!(part, "" | "." | ".."));
    if plain {
        Ok(())
    } else {
        Err(PackFileError::OutsideThePack(name.to_string()))
    }
}

/// CRC-32 as ZIP uses it (IEEE 802.3, reflected, polynomial 0xEDB88320).
pub fn crc32(bytes: &[u8]) -> u32 {
    !bytes.iter().fold(!0u32, |crc, &byte| {
        CRC_TABLE[usize::from((crc as u8) ^ byte)] ^ (crc >> 8)
    })
}

const CRC_TABLE: [u32; 256] = crc_table();

const fn crc_table() -> [u32; 256] {
    let mut table = [0u32; 256];
    let mut n = 0;
    while n < 256 {
        let mut c = n as u32;
        let mut k = 0;
        while k < 8 {
            c = if c & 1 != 0 {
                0xEDB8_8320 ^ (c >> 1)
            } else {
                c >> 1
            };
            k += 1;
        }
        table[n] = c;
        n += 1;
    }
    table
}

fn put16(out: &mut Vec<u8>, value: u16) {
    out.extend_from_slice(&value.to_le_bytes());
}

fn put32(out: &mut Vec<u8>, value: u32) {
    out.extend_from_slice(&value.to_le_bytes());
}

fn le16(bytes: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(
        bytes.get(at..at.checked_add(2)?)?.try_into().ok()?,
    ))
}

fn le32(bytes: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(
        bytes.get(at..at.checked_add(4)?)?.try_into().ok()?,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::{Path, PathBuf};
    use std::process::Command;

    const TEST_PACK: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/pack");

    /// The test pack as a pack file's entries.
    fn test_pack_files() -> Vec<(String, Vec<u8>)> {
        folder_entries(Path::new(TEST_PACK)).unwrap()
    }

    fn zip_of(files: &[(String, Vec<u8>)]) -> Vec<u8> {
        let entries: Vec<(&str, &[u8])> = files
            .iter()
            .map(|(n, b)| (n.as_str(), b.as_slice()))
            .collect();
        write_zip(&entries).unwrap()
    }

    fn small_zip() -> Vec<u8> {
        write_zip(&[(PACK_JSON, b"{}"), ("images/a.svg", b"<svg/>")]).unwrap()
    }

    /// A folder of its own under the system's temporary folder, removed when dropped.
    struct Scratch(PathBuf);
    impl Scratch {
        fn new(label: &str) -> Self {
            let nanos = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap()
                .as_nanos();
            let path = std::env::temp_dir()
                .join(format!("pack-file-{label}-{}-{nanos}", std::process::id()));
            std::fs::create_dir_all(&path).unwrap();
            Scratch(path)
        }
    }
    impl Drop for Scratch {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }

    /// Runs a tool, or says it is missing (`None`) so the test skips that part with a note.
    fn run(program: &str, args: &[&str]) -> Option<std::process::Output> {
        match Command::new(program).args(args).output() {
            Ok(output) => Some(output),
            Err(error) => {
                println!("note: {program} not run ({error}): that part of the test is skipped");
                None
            }
        }
    }

    #[test]
    fn a_picture_put_again_replaces_the_one_before() {
        let mut files = PackFiles::default();
        files.put("images/a.jpg".into(), b"1".to_vec());
        files.put("images/b.jpg".into(), b"2".to_vec());
        files.put("images/a.jpg".into(), b"3".to_vec());
        assert_eq!(files.get("images/a.jpg"), Some(&b"3"[..]));
        assert_eq!(files.files.len(), 2);
        files.remove("images/a.jpg");
        assert_eq!(files.get("images/a.jpg"), None);
    }

    #[test]
    fn crc32_matches_the_standard_check_value() {
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
        assert_eq!(crc32(b""), 0);
    }

    #[test]
    fn what_is_written_is_read_back_whole_in_order() {
        let files = test_pack_files();
        assert!(
            files.iter().any(|(n, _)| !n.is_ascii()),
            "the test pack has a Chinese path"
        );
        let zip = zip_of(&files);
        assert_eq!(read_zip(&zip).unwrap(), files);
        let pack = read_pack_file(&zip).unwrap();
        let exhibit = crate::content::read_pack(pack.exhibit_json().unwrap()).unwrap();
        assert_eq!(pack.check_pictures(&exhibit), Ok(()));
        assert_eq!(zip_of(&files), zip, "the same pack gives the same bytes");
    }

    #[test]
    fn python_and_unzip_read_our_file() {
        let scratch = Scratch::new("ours");
        let files = test_pack_files();
        let zip_path = scratch.0.join(PACK_FILE_NAME);
        std::fs::write(&zip_path, zip_of(&files)).unwrap();
        let zip = zip_path.to_str().unwrap();
        if let Some(output) = run("unzip", &["-t", zip]) {
            let said = String::from_utf8_lossy(&output.stdout);
            assert!(output.status.success(), "unzip -t: {said}");
            assert!(said.contains("No errors detected"), "{said}");
        }
        let script = "import sys, zipfile, json\n\
            z = zipfile.ZipFile(sys.argv[1])\n\
            assert z.testzip() is None\n\
            print(json.dumps([[i.filename, i.compress_type, i.file_size, i.CRC] for i in z.infolist()]))";
        if let Some(output) = run("python3", &["-c", script, zip]) {
            let said = String::from_utf8_lossy(&output.stdout);
            assert!(
                output.status.success(),
                "python3 zipfile: {said}{}",
                String::from_utf8_lossy(&output.stderr)
            );
            let listed: Vec<(String, u16, usize, u32)> = serde_json::from_str(&said).unwrap();
            let expected: Vec<_> = files
                .iter()
                .map(|(name, bytes)| (name.clone(), STORED, bytes.len(), crc32(bytes)))
                .collect();
            assert_eq!(listed, expected);
        }
    }

    #[test]
    fn we_read_a_stored_zip_python_made_and_refuse_its_deflated_one() {
        let scratch = Scratch::new("python");
        let script = "import sys, zipfile\n\
            for name, method in ((sys.argv[1], zipfile.ZIP_STORED), (sys.argv[2], zipfile.ZIP_DEFLATED)):\n\
            \x20   with zipfile.ZipFile(name, 'w', method) as z:\n\
            \x20       z.writestr('exhibit.json', '{\"schema_version\": 1}' * 40)\n\
            \x20       z.writestr('images/测试/照片.svg', '<svg/>' * 40)";
        let (stored, deflated) = (scratch.0.join("stored.zip"), scratch.0.join("deflated.zip"));
        let args = [script, stored.to_str().unwrap(), deflated.to_str().unwrap()];
        let Some(output) = run("python3", &["-c", args[0], args[1], args[2]]) else {
            return;
        };
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        let files = read_zip(&std::fs::read(&stored).unwrap()).unwrap();
        assert_eq!(files[0].0, "exhibit.json");
        assert_eq!(
            files[0].1,
            "{\"schema_version\": 1}".repeat(40).into_bytes()
        );
        assert_eq!(
            files[1],
            (
                "images/测试/照片.svg".to_string(),
                "<svg/>".repeat(40).into_bytes()
            )
        );
        let refused = read_zip(&std::fs::read(&deflated).unwrap()).unwrap_err();
        assert_eq!(refused, PackFileError::Compressed("exhibit.json".into()));
        assert!(refused
            .describe(Lang::En)
            .contains("Export in the curators' studio"));
        assert!(refused.describe(Lang::Zh).contains("导出"));
    }

    #[test]
    fn a_pack_folder_zipped_without_compression_by_info_zip_is_read() {
        let scratch = Scratch::new("zip");
        let zip = scratch.0.join("stored.zip");
        let args = ["-q", "-0", "-r", zip.to_str().unwrap(), "."];
        let Some(output) = Command::new("zip")
            .args(args)
            .current_dir(TEST_PACK)
            .output()
            .map_err(|e| println!("note: zip not run ({e}): that test is skipped"))
            .ok()
        else {
            return;
        };
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        let pack = read_pack_file(&std::fs::read(&zip).unwrap()).unwrap();
        let mut found = pack.files;
        let mut expected = test_pack_files();
        found.sort();
        expected.sort();
        assert_eq!(found, expected);
    }

    #[test]
    fn a_file_that_is_not_a_zip_is_refused() {
        assert_eq!(
            read_zip(b"{\"schema_version\": 1}"),
            Err(PackFileError::NotAZip)
        );
        assert_eq!(read_zip(b""), Err(PackFileError::NotAZip));
        assert_eq!(read_zip(&[0u8; 4096]), Err(PackFileError::NotAZip));
    }

    #[test]
    fn a_file_cut_short_is_refused() {
        let zip = small_zip();
        for keep in [zip.len() - 1, zip.len() / 2, 40, 4] {
            assert_eq!(
                read_zip(&zip[..keep]),
                Err(PackFileError::CutShort),
                "{keep} bytes"
            );
        }
    }

    #[test]
    fn a_changed_byte_is_caught_by_its_check_sum() {
        let mut zip = small_zip();
        let at = zip.windows(6).position(|w| w == b"<svg/>").unwrap();
        zip[at + 1] = b'S';
        assert_eq!(
            read_zip(&zip),
            Err(PackFileError::Damaged("images/a.svg".into()))
        );
    }

    #[test]
    fn paths_outside_the_pack_are_refused() {
        for name in [
            "../evil.svg",
            "images/../../evil",
            "/etc/passwd",
            "images\\a.svg",
            "C:/a.svg",
            "images//a.svg",
            "./a",
        ] {
            let zip = write_zip(&[(PACK_JSON, b"{}"), (name, b"x")]).unwrap();
            assert_eq!(
                read_zip(&zip),
                Err(PackFileError::OutsideThePack(name.into())),
                "{name}"
            );
        }
        let zip = write_zip(&[("images/", b""), (PACK_JSON, b"{}")]).unwrap();
        assert_eq!(
            read_zip(&zip).unwrap().len(),
            1,
            "a folder's own entry is left out"
        );
    }

    #[test]
    fn a_name_twice_is_refused() {
        let zip = write_zip(&[
            (PACK_JSON, b"{}"),
            ("images/a.svg", b"1"),
            ("images/a.svg", b"2"),
        ])
        .unwrap();
        assert_eq!(
            read_zip(&zip),
            Err(PackFileError::Twice("images/a.svg".into()))
        );
    }

    #[test]
    fn a_pack_file_needs_its_exhibit_json_at_the_top_as_text() {
        let zip = write_zip(&[("pack/exhibit.json", b"{}")]).unwrap();
        assert_eq!(read_pack_file(&zip), Err(PackFileError::NoExhibitJson));
        let zip = write_zip(&[(PACK_JSON, &[0xFF, 0xFE, 0x00])]).unwrap();
        assert_eq!(read_pack_file(&zip), Err(PackFileError::NotText));
    }

    #[test]
    fn a_picture_the_pack_names_must_be_in_the_file() {
        let mut files = test_pack_files();
        let gone = files.remove(2).0;
        let pack = read_pack_file(&zip_of(&files)).unwrap();
        let exhibit = crate::content::read_pack(pack.exhibit_json().unwrap()).unwrap();
        let Err(PackFileError::MissingPicture { place, file }) = pack.check_pictures(&exhibit)
        else {
            panic!("a missing picture passed");
        };
        assert_eq!(file, gone);
        assert!(place.ends_with(".src"), "{place}");
        let said = PackFileError::MissingPicture { place, file }.describe(Lang::En);
        assert!(
            said.contains(&gone) && said.contains("Add it at that path"),
            "{said}"
        );
    }

    #[test]
    fn every_refusal_says_what_to_do_in_both_languages() {
        use PackFileError::*;
        let name = || "images/a.jpg".to_string();
        let all = [
            NotAZip,
            CutShort,
            Damaged(name()),
            Compressed(name()),
            Unreadable(name()),
            TooLarge,
            OutsideThePack(name()),
            Twice(name()),
            NoExhibitJson,
            NotText,
            MissingPicture {
                place: "photos[0].image.src".into(),
                file: name(),
            },
        ];
        for refusal in all {
            let (zh, en) = (refusal.describe(Lang::Zh), refusal.describe(Lang::En));
            assert!(
                zh.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
                "{zh}"
            );
            assert!(
                !en.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
                "{en}"
            );
            assert!(
                en.split(". ").count() >= 2,
                "what is wrong, then what to do: {en}"
            );
        }
    }
}
