//! The studio's own interface words, each in both languages side by side.

use crate::lang::Lang;

/// One interface text: (中文, English).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Words(pub &'static str, pub &'static str);

impl Words {
    pub fn get(self, lang: Lang) -> &'static str {
        match lang {
            Lang::Zh => self.0,
            Lang::En => self.1,
        }
    }
}
