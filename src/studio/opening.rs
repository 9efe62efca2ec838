//! Opening a pack in the studio: a pack with problems opens (to be fixed); a file that is not
//! a pack, or a pack from a newer exhibit, is refused with a message and the draft is kept. A
//! pack file (`exhibit-pack.zip`) opens with its pictures, kept for the next export.

use crate::content::pack_file::{read_pack_file, PackFileError, PackFiles, PACK_JSON};
use crate::content::{read_pack, Exhibit, PackError, SCHEMA_VERSION};
use crate::lang::{Lang, Words};

/// Why a file was not opened (or a picture not used). The draft is always left as it was.
#[derive(Clone, Debug, PartialEq)]
pub enum Refusal {
    BrokenJson {
        line: usize,
        column: usize,
    },
    WrongShape {
        line: usize,
        column: usize,
        message: String,
    },
    NewerSchema(u32),
    /// Fields this studio does not know, by their place: they would be lost by the first
    /// edit, so the pack is not opened.
    UnknownFields(Vec<String>),
    NotAPicture(String),
    /// A file that looks like a picture but the browser cannot decode (damaged, cut short).
    NotDecoded(String),
    NotRead(String),
    /// A pack file that is not sound, or lacks a picture its pack names.
    PackFile(PackFileError),
}

/// Whether a picked file is a pack file (a ZIP) rather than a pack's `exhibit.json`.
pub fn is_pack_file(name: &str, bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK") || name.to_ascii_lowercase().ends_with(".zip")
}

/// Reads a pack file for editing: its pack, and its pictures by their path in the pack.
pub fn open_pack_file(bytes: &[u8]) -> Result<(Exhibit, PackFiles), Refusal> {
    let mut pack = read_pack_file(bytes).map_err(Refusal::PackFile)?;
    let exhibit = open_pack(pack.exhibit_json().map_err(Refusal::PackFile)?)?;
    pack.check_pictures(&exhibit).map_err(Refusal::PackFile)?;
    pack.remove(PACK_JSON);
    Ok((exhibit, pack))
}

/// Reads a pack file's text for editing.
pub fn open_pack(json: &str) -> Result<Exhibit, Refusal> {
    let exhibit = read_pack(json).map_err(|error| match error {
        PackError::BrokenJson { line, column, .. } => Refusal::BrokenJson { line, column },
        PackError::WrongShape {
            line,
            column,
            message,
        } => Refusal::WrongShape {
            line,
            column,
            message,
        },
        PackError::Invalid(_) => unreachable!("read_pack does not validate"),
    })?;
    if let Some(version) = exhibit.schema_version.filter(|&v| v > SCHEMA_VERSION) {
        return Err(Refusal::NewerSchema(version));
    }
    let unknown: Vec<String> = crate::content::validate(&exhibit)
        .into_iter()
        .filter(|p| p.message == "unknown field")
        .map(|p| p.place)
        .collect();
    if unknown.is_empty() {
        Ok(exhibit)
    } else {
        Err(Refusal::UnknownFields(unknown))
    }
}

impl Refusal {
    /// What the curator reads, in the studio's language.
    pub fn describe(&self, lang: Lang) -> String {
        let kept = match lang {
            Lang::Zh => "当前草稿未作任何改动。",
            Lang::En => "Your draft is unchanged.",
        };
        let why = match (self, lang) {
            (Refusal::BrokenJson { line, column }, Lang::Zh) => {
                format!("未能打开这个文件：第 {line} 行第 {column} 个字符处的文字有错误（常见原因是它前面少了逗号、引号或括号）。请用文本编辑器改正，或打开工作室导出的内容包文件。")
            }
            (Refusal::BrokenJson { line, column }, Lang::En) => {
                format!("This file was not opened: its text has a mistake at line {line}, character {column} (often a comma, quote mark or bracket missing just before it). Correct it in a text editor, or open a pack file the studio exported.")
            }
            (Refusal::WrongShape { line, message, .. }, lang) => wrong_shape(*line, message, lang),
            (Refusal::NewerSchema(version), Lang::Zh) => format!(
                "这个内容包是第 {version} 版格式，比本工作室（第 {SCHEMA_VERSION} 版）新，未能打开。请使用新版工作室。"
            ),
            (Refusal::NewerSchema(version), Lang::En) => format!(
                "This pack is schema version {version}, newer than this studio reads (version {SCHEMA_VERSION}), so it was not opened. Use the studio of a newer exhibit build."
            ),
            (Refusal::UnknownFields(places), Lang::Zh) => format!(
                "这个内容包含有本工作室不认识的字段：{}。编辑时它们会丢失，所以未能打开。请用文本编辑器删除或改正这些字段（可能是拼写错误），或使用新版工作室。",
                places.join("、")
            ),
            (Refusal::UnknownFields(places), Lang::En) => format!(
                "This pack has fields this studio does not know: {}. Editing would lose them, so it was not opened. Remove or correct them in a text editor (a misspelt name?), or use the studio of a newer exhibit build.",
                places.join(", ")
            ),
            (Refusal::NotAPicture(name), Lang::Zh) => format!(
                "“{name}”不是展览能显示的图片（SVG、PNG、JPEG、WebP 或 AVIF），未被使用。"
            ),
            (Refusal::NotAPicture(name), Lang::En) => format!(
                "“{name}” is not a picture the exhibit can show (SVG, PNG, JPEG, WebP or AVIF), so it was not used."
            ),
            (Refusal::NotDecoded(name), Lang::Zh) => {
                format!("“{name}”不是工作室能读取的图片（文件可能已损坏），未被使用。")
            }
            (Refusal::NotDecoded(name), Lang::En) => format!(
                "“{name}” is not a picture the studio can read (the file may be damaged), so it was not used."
            ),
            (Refusal::NotRead(what), Lang::Zh) => format!("无法读取：{what}。"),
            (Refusal::NotRead(what), Lang::En) => format!("Could not be read: {what}."),
            (Refusal::PackFile(why), lang) => why.describe(lang),
        };
        format!("{why} {kept}")
    }
}

/// What serde calls a value ("string \"many\"", "a sequence", "f64"), in the curator's words.
fn kind_of_value(serde: &str, lang: Lang) -> String {
    let bare = serde
        .strip_prefix("a ")
        .or_else(|| serde.strip_prefix("an "))
        .unwrap_or(serde);
    let (kind, value) = bare.split_once(' ').unwrap_or((bare, ""));
    let value = value.trim_matches(|c| c == '`' || c == '"');
    let words = match kind {
        "string" => Words("文字", "a text"),
        "sequence" => Words("列表 [ … ]", "a list [ … ]"),
        "map" | "struct" => Words("一组字段 { … }", "a group of fields { … }"),
        "boolean" => Words("真假值", "true or false"),
        "null" => Words("空值 null", "null"),
        "integer" | "floating" | "f64" | "u32" | "i32" | "u64" | "i64" => Words("数字", "a number"),
        _ => return serde.to_string(),
    };
    let value = if value.is_empty() || kind == "struct" || value.starts_with("point") {
        String::new()
    } else {
        format!(" {}", value.trim_start_matches("point `"))
    };
    format!("{}{value}", words.get(lang))
}

/// A value of the wrong kind, said plainly: where, what it is, what belongs there, what to do.
fn wrong_shape(line: usize, serde: &str, lang: Lang) -> String {
    let found_expected = (serde.strip_prefix("invalid type: "))
        .or_else(|| serde.strip_prefix("invalid value: "))
        .and_then(|rest| rest.split_once(", expected "));
    let variant = (serde.strip_prefix("unknown variant `"))
        .and_then(|rest| rest.split_once("`, expected one of "))
        .map(|(found, allowed)| (found, allowed.replace('`', "")));
    if let Some((found, allowed)) = variant {
        return match lang {
            Lang::Zh => format!("这个文件不是能打开的展览内容包：第 {line} 行的“{found}”不是可用的值（可用：{allowed}）。请用文本编辑器改正第 {line} 行，或打开另一个文件。"),
            Lang::En => format!("This file is not an exhibit pack the studio can open: “{found}” on line {line} is not one of the values allowed there ({allowed}). Correct line {line} in a text editor, or open another file."),
        };
    }
    match (found_expected, lang) {
        (Some((found, expected)), Lang::Zh) => format!(
            "这个文件不是能打开的展览内容包：第 {line} 行应是{}，却是{}。请用文本编辑器改正第 {line} 行，或打开另一个文件。",
            kind_of_value(expected, lang),
            kind_of_value(found, lang)
        ),
        (Some((found, expected)), Lang::En) => format!(
            "This file is not an exhibit pack the studio can open: line {line} should hold {}, but it holds {}. Correct line {line} in a text editor, or open another file.",
            kind_of_value(expected, lang),
            kind_of_value(found, lang)
        ),
        (None, Lang::Zh) => format!("这个文件不是能打开的展览内容包：第 {line} 行的值不对（{serde}）。请用文本编辑器改正，或打开另一个文件。"),
        (None, Lang::En) => format!("This file is not an exhibit pack the studio can open: the value on line {line} is wrong ({serde}). Correct it in a text editor, or open another file."),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pack_with_problems_opens_to_be_fixed() {
        let exhibit = open_pack(r#"{"schema_version": 1, "photos": []}"#).unwrap();
        assert!(!crate::content::validate(&exhibit).is_empty());
        assert!(open_pack(r#"{"title": {"en": "No version"}}"#).is_ok());
    }

    #[test]
    fn broken_json_names_where_it_breaks() {
        let refusal = open_pack("{\n  \"schema_version\": 1,\n  oops\n}").unwrap_err();
        assert_eq!(refusal, Refusal::BrokenJson { line: 3, column: 3 });
        assert!(refusal.describe(Lang::En).contains("line 3, character 3"));
        assert!(refusal.describe(Lang::Zh).contains("第 3 行第 3 个字符"));
        assert!(!refusal.describe(Lang::En).contains("JSON"));
    }

    #[test]
    fn unknown_fields_are_refused_by_their_place_before_any_edit() {
        let refusal = open_pack(
            r#"{"schema_version": 1, "subtitle": {"en": "x"}, "sites": [{"id": "a", "colour": "red"}]}"#,
        )
        .unwrap_err();
        assert_eq!(
            refusal,
            Refusal::UnknownFields(vec!["subtitle".into(), "sites[0].colour".into()])
        );
        assert!(refusal.describe(Lang::En).starts_with(
            "This pack has fields this studio does not know: subtitle, sites[0].colour."
        ));
        assert!(refusal
            .describe(Lang::Zh)
            .contains("subtitle、sites[0].colour"));
    }

    #[test]
    fn a_newer_schema_is_refused() {
        let refusal = open_pack(r#"{"schema_version": 2}"#).unwrap_err();
        assert_eq!(refusal, Refusal::NewerSchema(2));
        assert!(refusal.describe(Lang::En).contains("schema version 2"));
    }

    #[test]
    fn a_pack_file_that_is_not_sound_is_refused_in_plain_words() {
        use crate::content::pack_file::write_zip;
        let cut = write_zip(&[(PACK_JSON, b"{}")]).unwrap();
        let refusal = open_pack_file(&cut[..cut.len() - 3]).unwrap_err();
        assert_eq!(refusal, Refusal::PackFile(PackFileError::CutShort));
        assert!(refusal
            .describe(Lang::En)
            .ends_with("Copy or download the file again. Your draft is unchanged."));
        let broken = write_zip(&[(PACK_JSON, b"{\n oops")]).unwrap();
        assert!(matches!(
            open_pack_file(&broken),
            Err(Refusal::BrokenJson { line: 2, .. })
        ));
        let lacking = write_zip(&[(
            PACK_JSON,
            br#"{"map": {"image": {"src": "images/map.svg"}}}"#,
        )])
        .unwrap();
        let refusal = open_pack_file(&lacking).unwrap_err();
        assert!(
            refusal
                .describe(Lang::En)
                .contains("The pack names images/map.svg (at map.image.src)"),
            "{refusal:?}"
        );
        assert!(is_pack_file("pack.json", b"PK\x03\x04") && is_pack_file("a.ZIP", b""));
        assert!(!is_pack_file("exhibit.json", b"{}"));
    }

    #[test]
    fn a_value_of_the_wrong_kind_is_said_plainly() {
        let refusal =
            open_pack("{\n  \"schema_version\": 1,\n  \"photos\": \"many\"\n}").unwrap_err();
        assert_eq!(
            refusal.describe(Lang::En),
            "This file is not an exhibit pack the studio can open: line 3 should hold a list [ … ], but it holds a text many. Correct line 3 in a text editor, or open another file. Your draft is unchanged."
        );
        assert!(refusal
            .describe(Lang::Zh)
            .starts_with("这个文件不是能打开的展览内容包：第 3 行应是列表 [ … ]，却是文字 many。"));
        let number = open_pack(r#"{"settings": {"countdown_seconds": "ten"}}"#).unwrap_err();
        assert!(
            number
                .describe(Lang::En)
                .contains("should hold a number, but it holds a text ten."),
            "{}",
            number.describe(Lang::En)
        );
        assert!(!number.describe(Lang::En).contains("invalid type"));
        let measure = open_pack(r#"{"statistics": [{"measure": "many"}]}"#).unwrap_err();
        assert!(
            measure.describe(Lang::En).contains(
                "“many” on line 1 is not one of the values allowed there (count, yuan, share)."
            ),
            "{}",
            measure.describe(Lang::En)
        );
        assert!(measure.describe(Lang::Zh).contains("“many”不是可用的值"));
    }

    #[test]
    fn json_that_is_not_a_pack_is_refused() {
        assert!(matches!(
            open_pack("[1, 2, 3]"),
            Err(Refusal::WrongShape { .. })
        ));
        assert!(matches!(
            open_pack(r#"{"photos": "many"}"#),
            Err(Refusal::WrongShape { .. })
        ));
    }
}
