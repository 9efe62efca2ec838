//! Generates the typed interface strings (leptos_i18n) from src/locales/{en,zh}.json, and
//! refuses to build when one language lacks a string the other has, or a string's
//! placeholders differ: a missing translation is a build error, not a fallback on screen.

use std::collections::BTreeSet;
use std::error::Error;
use std::path::PathBuf;

use leptos_i18n_build::{Config, ParseOptions, TranslationsInfos};

const LOCALES_DIR: &str = "src/locales";
const LOCALES: [&str; 2] = ["en", "zh"];

fn main() -> Result<(), Box<dyn Error>> {
    println!("cargo::rerun-if-changed=build.rs");
    if let Err(problems) = check_translations_are_complete() {
        eprintln!("The interface strings in {LOCALES_DIR} are incomplete:");
        for problem in problems {
            eprintln!("  {problem}");
        }
        std::process::exit(1);
    }
    let config = Config::new(LOCALES[0])?
        .add_locale(LOCALES[1])?
        .locales_path(LOCALES_DIR)
        .parse_options(ParseOptions::new().interpolate_display(true));
    let translations = TranslationsInfos::parse(config)?;
    translations.rerun_if_locales_changed();
    translations.emit_errors();
    let out = PathBuf::from(std::env::var_os("OUT_DIR").ok_or("OUT_DIR is not set")?);
    translations.generate_i18n_module(out.join("i18n"))?;
    Ok(())
}

fn check_translations_are_complete() -> Result<(), Vec<String>> {
    let mut problems = Vec::new();
    let [first, second] = LOCALES.map(|locale| {
        let path = format!("{LOCALES_DIR}/{locale}.json");
        println!("cargo::rerun-if-changed={path}");
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        let strings: serde_json::Map<String, serde_json::Value> =
            serde_json::from_str(&text).unwrap_or_default();
        (locale, strings)
    });
    for (locale, strings) in [&first, &second] {
        if strings.is_empty() {
            problems.push(format!(
                "{LOCALES_DIR}/{locale}.json is missing, empty or not JSON"
            ));
        }
        for (key, value) in strings.iter() {
            if value.as_str().is_none_or(|v| v.trim().is_empty()) {
                problems.push(format!("{locale}: \"{key}\" is blank or not a string"));
            }
        }
    }
    for (from, to) in [(&first, &second), (&second, &first)] {
        for key in from.1.keys().filter(|key| !to.1.contains_key(*key)) {
            problems.push(format!(
                "\"{key}\" is in {}.json but not in {}.json",
                from.0, to.0
            ));
        }
    }
    for (key, value) in first.1.iter() {
        let Some(other) = second.1.get(key) else {
            continue;
        };
        let (a, b) = (placeholders(value), placeholders(other));
        if a != b {
            problems.push(format!(
                "\"{key}\": {} uses {a:?} but {} uses {b:?}",
                first.0, second.0
            ));
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems)
    }
}

/// The `{{ name }}` placeholders in a string.
fn placeholders(value: &serde_json::Value) -> BTreeSet<String> {
    let text = value.as_str().unwrap_or_default();
    text.split("{{")
        .skip(1)
        .filter_map(|part| part.split_once("}}"))
        .map(|(name, _)| name.trim().to_string())
        .collect()
}
