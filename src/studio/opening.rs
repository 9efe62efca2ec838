//! Opening a pack in the studio: a pack with problems opens (to be fixed); a file that is not
//! a pack, or a pack from a newer exhibit, is refused with a message and the draft is kept.

use crate::content::{read_pack, Exhibit, PackError, SCHEMA_VERSION};
use crate::lang::Lang;

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
    NotAPicture(String),
    /// A file that looks like a picture but the browser cannot decode (damaged, cut short).
    NotDecoded(String),
    NotRead(String),
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
    match exhibit.schema_version {
        Some(version) if version > SCHEMA_VERSION => Err(Refusal::NewerSchema(version)),
        _ => Ok(exhibit),
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
                format!("这个文件不是有效的 JSON（第 {line} 行第 {column} 列），未能打开。")
            }
            (Refusal::BrokenJson { line, column }, Lang::En) => {
                format!("This file is not valid JSON (line {line}, column {column}), so it was not opened.")
            }
            (Refusal::WrongShape { line, column, message }, Lang::Zh) => {
                format!("这个文件不是展览内容包：第 {line} 行第 {column} 列 {message}。")
            }
            (Refusal::WrongShape { line, column, message }, Lang::En) => {
                format!("This file is not an exhibit pack: {message} at line {line}, column {column}.")
            }
            (Refusal::NewerSchema(version), Lang::Zh) => format!(
                "这个内容包是第 {version} 版格式，比本工作室（第 {SCHEMA_VERSION} 版）新，未能打开。请使用新版工作室。"
            ),
            (Refusal::NewerSchema(version), Lang::En) => format!(
                "This pack is schema version {version}, newer than this studio reads (version {SCHEMA_VERSION}), so it was not opened. Use the studio of a newer exhibit build."
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
        };
        format!("{why} {kept}")
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
        assert!(refusal.describe(Lang::En).contains("line 3, column 3"));
        assert!(refusal.describe(Lang::Zh).contains("第 3 行"));
    }

    #[test]
    fn a_newer_schema_is_refused() {
        let refusal = open_pack(r#"{"schema_version": 2}"#).unwrap_err();
        assert_eq!(refusal, Refusal::NewerSchema(2));
        assert!(refusal.describe(Lang::En).contains("schema version 2"));
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
