use std::fmt;

use super::{validate, Exhibit, Problem};

/// Why a content pack could not be used. Each variant says what a curator should fix.
#[derive(Clone, Debug, PartialEq)]
pub enum PackError {
    /// The file is not JSON at all.
    BrokenJson {
        line: usize,
        column: usize,
        message: String,
    },
    /// JSON, but a value has the wrong type (text where a number belongs, and so on).
    WrongShape {
        line: usize,
        column: usize,
        message: String,
    },
    /// Well-formed, but the content breaks the pack's rules; every problem is listed.
    Invalid(Vec<Problem>),
}

impl fmt::Display for PackError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PackError::BrokenJson {
                line,
                column,
                message,
            } => {
                write!(f, "broken JSON at line {line}, column {column}: {message}")
            }
            PackError::WrongShape {
                line,
                column,
                message,
            } => {
                write!(f, "wrong value at line {line}, column {column}: {message}")
            }
            PackError::Invalid(problems) => {
                for (i, problem) in problems.iter().enumerate() {
                    if i > 0 {
                        writeln!(f)?;
                    }
                    write!(f, "{problem}")?;
                }
                Ok(())
            }
        }
    }
}

/// Reads and checks a pack. A pack with any problem is refused whole, so the exhibit never
/// shows half of it.
pub fn load_pack(json: &str) -> Result<Exhibit, PackError> {
    let exhibit = read_pack(json)?;
    let problems = validate(&exhibit);
    if problems.is_empty() {
        Ok(exhibit)
    } else {
        Err(PackError::Invalid(problems))
    }
}

/// Reads a pack without checking its rules: the studio opens a pack with problems, to fix them.
pub fn read_pack(json: &str) -> Result<Exhibit, PackError> {
    serde_json::from_str(json).map_err(|e| {
        let message = strip_position(&e.to_string());
        let (line, column) = (e.line(), e.column());
        if e.is_syntax() || e.is_eof() {
            PackError::BrokenJson {
                line,
                column,
                message,
            }
        } else {
            PackError::WrongShape {
                line,
                column,
                message,
            }
        }
    })
}

/// serde_json appends " at line L column C"; the error shows the position its own way.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(at) => message[..at].to_string(),
        None => message.to_string(),
    }
}
