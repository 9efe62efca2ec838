//! Interface strings in both languages. They live in `src/locales/{en,zh}.json`. In the browser
//! leptos_i18n turns them into typed keys at compile time (a key that is not there does not
//! compile) and build.rs refuses to build when one language lacks a string the other has; the
//! publish step reads the same files to write the static pages.

use crate::lang::Lang;

// The typed translations leptos_i18n generates from the locale files (see build.rs): `mod i18n`.
#[cfg(target_arch = "wasm32")]
include!(concat!(env!("OUT_DIR"), "/i18n/mod.rs"));

/// The leptos_i18n locale for one of the exhibit's languages.
#[cfg(target_arch = "wasm32")]
pub fn locale(lang: Lang) -> i18n::Locale {
    match lang {
        Lang::Zh => i18n::Locale::zh,
        Lang::En => i18n::Locale::en,
    }
}

/// An interface string in a language: `ui!(lang, close)`, or with values
/// `ui!(lang, photo_of, n = 3, total = 9)`. The key is checked when the app compiles.
#[macro_export]
macro_rules! ui {
    ($lang:expr, $($key_and_values:tt)*) => {
        leptos_i18n::td_string!($crate::ui_text::locale($lang), $($key_and_values)*)
    };
}

/// A hotspot's accessible name, "title · place — open photo": the app's button and the static
/// shell's link are named alike, so a visitor (and a test) finds the same control in both.
pub fn hotspot_name(title: &str, place: &str, open_photo: &str) -> String {
    format!("{title} · {place} — {open_photo}")
}

/// Every interface string of a language by key, for the publish step and the checks.
#[cfg(not(target_arch = "wasm32"))]
pub fn all_strings(lang: Lang) -> std::collections::BTreeMap<String, String> {
    let source = match lang {
        Lang::Zh => include_str!("locales/zh.json"),
        Lang::En => include_str!("locales/en.json"),
    };
    serde_json::from_str(source).expect("build.rs has checked the locale files")
}

/// One interface string with its `{{ name }}` placeholders filled in.
#[cfg(not(target_arch = "wasm32"))]
pub fn interface_text(lang: Lang, key: &str, values: &[(&str, &str)]) -> String {
    let strings = all_strings(lang);
    let template = strings
        .get(key)
        .unwrap_or_else(|| panic!("no interface string \"{key}\""));
    values.iter().fold(template.clone(), |text, (name, value)| {
        text.replace(&format!("{{{{ {name} }}}}"), value)
    })
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    fn has_chinese(text: &str) -> bool {
        text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
    }

    fn placeholders(text: &str) -> Vec<String> {
        let mut found: Vec<String> = text
            .split("{{")
            .skip(1)
            .filter_map(|part| part.split_once("}}").map(|(n, _)| n.trim().to_string()))
            .collect();
        found.sort();
        found
    }

    #[test]
    fn every_string_is_written_in_its_own_language() {
        let zh = all_strings(Lang::Zh);
        for (key, en) in all_strings(Lang::En) {
            let zh = &zh[&key];
            assert!(
                !en.trim().is_empty() && !zh.trim().is_empty(),
                "{key} is blank"
            );
            assert!(has_chinese(zh), "{key} has no Chinese: {zh:?}");
            assert!(!has_chinese(&en), "{key} has Chinese in English: {en:?}");
            assert_eq!(placeholders(zh), placeholders(&en), "{key}");
        }
    }

    #[test]
    fn placeholders_are_filled() {
        let values = [("n", "3"), ("total", "9")];
        assert_eq!(interface_text(Lang::En, "photo_of", &values), "3 of 9");
        assert_eq!(
            interface_text(Lang::Zh, "photo_of", &values),
            "第 3 张，共 9 张"
        );
    }
}
