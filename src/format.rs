//! Numbers and dates in the visitor's language, by the browser's own `Intl`, so no formatting
//! library is compiled into the wasm.

use js_sys::{Array, Date, Intl, Object, Reflect};
use wasm_bindgen::JsValue;

use crate::content::{Measure, Statistic};
use crate::lang::Lang;

fn options(pairs: &[(&str, JsValue)]) -> Object {
    let object = Object::new();
    for (key, value) in pairs {
        let _ = Reflect::set(&object, &JsValue::from_str(key), value);
    }
    object
}

fn locales(lang: Lang) -> Array {
    Array::of1(&JsValue::from_str(lang.tag()))
}

fn number(lang: Lang, value: f64, options: Object) -> String {
    let format = Intl::NumberFormat::new(&locales(lang), &options).format();
    format
        .call1(&JsValue::NULL, &JsValue::from_f64(value))
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_default()
}

/// 236 → "236"; 15300000000 → "153亿" or "15.3 billion".
pub fn amount(lang: Lang, value: f64) -> String {
    if value.abs() < 1e5 {
        return number(
            lang,
            value.round(),
            options(&[("maximumFractionDigits", 0.into())]),
        );
    }
    number(
        lang,
        value,
        options(&[
            ("notation", "compact".into()),
            ("compactDisplay", "long".into()),
            ("maximumSignificantDigits", 3.into()),
        ]),
    )
}

/// A statistic's headline figure: "236", "153亿元", "15.3 billion yuan", "约三分之一".
pub fn headline(lang: Lang, statistic: &Statistic, value: f64) -> String {
    match (statistic.measure, &statistic.in_words) {
        (_, Some(words)) => words.get(lang).to_string(),
        (Measure::Yuan, None) => yuan(lang, value),
        (Measure::Share, None) => number(lang, value, options(&[("style", "percent".into())])),
        (Measure::Count, None) => amount(lang, value),
    }
}

pub fn yuan(lang: Lang, value: f64) -> String {
    match lang {
        Lang::Zh => format!("{}元", amount(lang, value)),
        Lang::En => format!("{} yuan", amount(lang, value)),
    }
}

pub fn us_dollars(lang: Lang, value: f64) -> String {
    match lang {
        Lang::Zh => format!("{}美元", amount(lang, value)),
        Lang::En => format!("US${}", amount(lang, value)),
    }
}

/// "2025-06-20" → "20 June 2025" or "2025年6月20日"; anything unreadable is shown as written.
pub fn date(lang: Lang, iso: &str) -> String {
    let when = Date::new(&JsValue::from_str(&format!("{iso}T00:00:00Z")));
    if when.get_time().is_nan() {
        return iso.to_string();
    }
    let options = options(&[("dateStyle", "long".into()), ("timeZone", "UTC".into())]);
    let format = Intl::DateTimeFormat::new(&locales(lang), &options).format();
    format
        .call1(&JsValue::NULL, &when)
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_else(|| iso.to_string())
}
