//! The exhibit's two languages and how the visitor's language is chosen.

use std::fmt;

/// One interface text in both languages: (中文, English). Both are always written: a text
/// without one of them does not compile.
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

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    Zh,
    #[default]
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Zh, Lang::En];

    /// The BCP 47 tag for `<html lang>` and the pages' `lang` attributes.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Zh => "zh-Hans",
            Lang::En => "en",
        }
    }

    /// The short code used in links: `?lang=zh`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Zh => "zh",
            Lang::En => "en",
        }
    }

    /// The language's own name, as the switcher shows it.
    pub fn own_name(self) -> &'static str {
        match self {
            Lang::Zh => "中文",
            Lang::En => "English",
        }
    }

    /// Reads a code or a browser language tag: `zh`, `zh-CN`, `zh-Hans`, `en-GB`.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "zh" => Some(Lang::Zh),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The link's language if it names one, else the saved choice, else the first of the
    /// browser's languages the exhibit has, else English.
    pub fn choose(from_url: Option<&str>, saved: Option<&str>, browser: &[String]) -> Lang {
        from_url
            .and_then(Lang::from_tag)
            .or_else(|| saved.and_then(Lang::from_tag))
            .or_else(|| browser.iter().find_map(|tag| Lang::from_tag(tag)))
            .unwrap_or_default()
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn langs(tags: &[&str]) -> Vec<String> {
        tags.iter().map(|t| t.to_string()).collect()
    }

    #[test]
    fn the_link_wins_over_the_saved_choice_and_the_browser() {
        assert_eq!(
            Lang::choose(Some("zh"), Some("en"), &langs(&["en-US"])),
            Lang::Zh
        );
    }

    #[test]
    fn the_saved_choice_wins_over_the_browser() {
        assert_eq!(Lang::choose(None, Some("zh"), &langs(&["en-US"])), Lang::Zh);
    }

    #[test]
    fn the_first_browser_language_the_exhibit_has_is_used() {
        assert_eq!(
            Lang::choose(None, None, &langs(&["fr-FR", "zh-CN", "en"])),
            Lang::Zh
        );
    }

    #[test]
    fn english_when_nothing_matches_or_the_link_is_garbage() {
        assert_eq!(
            Lang::choose(Some("klingon"), None, &langs(&["fr"])),
            Lang::En
        );
        assert_eq!(Lang::choose(None, None, &[]), Lang::En);
    }

    #[test]
    fn tags_read_regional_and_script_variants() {
        assert_eq!(Lang::from_tag("zh-Hant-TW"), Some(Lang::Zh));
        assert_eq!(Lang::from_tag("EN_gb"), Some(Lang::En));
        assert_eq!(Lang::from_tag(""), None);
    }
}
