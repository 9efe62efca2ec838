//! Numbers and dates in the visitor's language, written here in plain Rust: the app's views and
//! the publish step's static pages call the same functions, so a visitor reads the same figure
//! in both, and the rules are tested natively. They write what the browser's `Intl` wrote for
//! the exhibit before (Chromium's `Intl.NumberFormat` and `Intl.DateTimeFormat` with the tags
//! of `Lang::tag`), with integer arithmetic and no formatting library, so the wasm stays small.

use crate::content::{calendar_date, Measure, Statistic};
use crate::lang::Lang;

/// 236 → "236", 12345 → "12,345"; from 100,000 on, three significant digits and a word:
/// 15,300,000,000 → "15.3 billion" or "153亿" (as `Intl`'s compact long notation).
pub fn amount(lang: Lang, value: f64) -> String {
    let sign = sign(value);
    if value.abs() < 1e5 {
        // As `Math.round` before `Intl` (halves up, toward +∞): 2.5 → 3, -1.5 → -1.
        let floor = value.floor();
        let rounded = if value - floor >= 0.5 {
            floor + 1.0
        } else {
            floor
        };
        return format!("{sign}{}", grouped(rounded.abs() as u64, 1));
    }
    let (digits, exponent) = three_digits(value.abs() as u64);
    let units: &[(u32, &str)] = match lang {
        Lang::Zh => &[(12, "万亿"), (8, "亿"), (4, "万")],
        Lang::En => &[
            (12, " trillion"),
            (9, " billion"),
            (6, " million"),
            (3, " thousand"),
        ],
    };
    let (unit, word) = units
        .iter()
        .copied()
        .find(|(unit, _)| exponent >= *unit)
        .unwrap_or((0, ""));
    // The three digits stand for digits × 10^(exponent - 2); in units of 10^unit:
    let shift = exponent as i32 - 2 - unit as i32;
    let number = if shift >= 0 {
        grouped(digits * 10u64.pow(shift as u32), 2)
    } else {
        let scale = 10u64.pow(-shift as u32);
        let fraction = format!("{:0width$}", digits % scale, width = -shift as usize);
        let fraction = fraction.trim_end_matches('0');
        let whole = digits / scale;
        if fraction.is_empty() {
            whole.to_string()
        } else {
            format!("{whole}.{fraction}")
        }
    };
    format!("{sign}{number}{word}")
}

/// "-" for a negative value, negative zero included (as `Intl` writes "-0").
fn sign(value: f64) -> &'static str {
    if value.is_sign_negative() && !value.is_nan() {
        "-"
    } else {
        ""
    }
}

/// `n` rounded to three significant digits, halves away from zero: (its first three digits,
/// the power of ten of the first). 999,500 → (100, 6).
fn three_digits(n: u64) -> (u64, u32) {
    let exponent = n.checked_ilog10().unwrap_or(0);
    if exponent < 3 {
        return (n, exponent);
    }
    let scale = 10u64.pow(exponent - 2);
    let mut digits = n / scale;
    if n % scale >= scale / 2 {
        digits += 1;
    }
    if digits == 1000 {
        (100, exponent + 1)
    } else {
        (digits, exponent)
    }
}

/// `n` with a comma between thousands, once it has at least `min_grouping` digits before the
/// first comma: plain numbers group from 1,000, compact ones from 10,000 ("1000 trillion").
fn grouped(n: u64, min_grouping: usize) -> String {
    let digits = n.to_string();
    if digits.len() < 3 + min_grouping {
        return digits;
    }
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A share as a whole percentage: 0.3333 → "33%", 0.125 → "13%" (halves away from zero). The
/// share is first taken to six decimals, so 0.145 (stored as 0.14499999…) is the 15% that
/// `Intl`, reading the number as written, shows.
pub fn percent(value: f64) -> String {
    let millionths = (value.abs() * 1e6).round() as u64;
    let mut whole = millionths / 10_000;
    if millionths % 10_000 >= 5_000 {
        whole += 1;
    }
    format!("{}{}%", sign(value), grouped(whole, 1))
}

/// A statistic's headline figure: "236", "153亿元", "15.3 billion yuan", "约三分之一".
pub fn headline(lang: Lang, statistic: &Statistic, value: f64) -> String {
    match (statistic.measure, &statistic.in_words) {
        (_, Some(words)) => words.get(lang).to_string(),
        (Measure::Yuan, None) => yuan(lang, value),
        (Measure::Share, None) => percent(value),
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

/// "2025-06-20" → "June 20, 2025" or "2025年6月20日" (the `en` tag is American English to
/// `Intl`, which wrote these before). Anything that is not a real day written `YYYY-MM-DD`
/// (year 1 on) is shown as written.
pub fn date(lang: Lang, iso: &str) -> String {
    let Some((year, month, day)) = calendar_date(iso) else {
        return iso.to_string();
    };
    match lang {
        Lang::Zh => format!("{year}年{month}月{day}日"),
        Lang::En => format!("{} {day}, {year}", MONTHS[month as usize - 1]),
    }
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Text;

    fn both(value: f64) -> (String, String) {
        (amount(Lang::En, value), amount(Lang::Zh, value))
    }

    fn pair(en: &str, zh: &str) -> (String, String) {
        (en.to_string(), zh.to_string())
    }

    // Every expected text below is what Chromium's Intl wrote (Chromium 156, 2026-12), for
    // `amount`: `Intl.NumberFormat([tag], { maximumFractionDigits: 0 }).format(Math.round(v))`
    // under 100,000, else `{ notation: 'compact', compactDisplay: 'long',
    // maximumSignificantDigits: 3 }`.

    #[test]
    fn the_packs_figures_read_as_they_did() {
        assert_eq!(both(236.0), pair("236", "236"));
        assert_eq!(both(15_300_000_000.0), pair("15.3 billion", "153亿"));
        assert_eq!(yuan(Lang::En, 15_300_000_000.0), "15.3 billion yuan");
        assert_eq!(yuan(Lang::Zh, 15_300_000_000.0), "153亿元");
        assert_eq!(us_dollars(Lang::En, 2_130_000_000.0), "US$2.13 billion");
        assert_eq!(us_dollars(Lang::Zh, 2_130_000_000.0), "21.3亿美元");
        // The test pack's.
        assert_eq!(both(512.0), pair("512", "512"));
        assert_eq!(both(4_560_000_000.0), pair("4.56 billion", "45.6亿"));
        assert_eq!(both(630_000_000.0), pair("630 million", "6.3亿"));
        assert_eq!(both(1_234_567.0), pair("1.23 million", "123万"));
    }

    #[test]
    fn small_numbers_are_whole_and_grouped_by_thousands() {
        assert_eq!(both(0.0), pair("0", "0"));
        assert_eq!(both(0.4), pair("0", "0"));
        assert_eq!(both(0.5), pair("1", "1"));
        assert_eq!(both(2.5), pair("3", "3"));
        assert_eq!(both(999.0), pair("999", "999"));
        assert_eq!(both(1000.0), pair("1,000", "1,000"));
        assert_eq!(both(12_345.5), pair("12,346", "12,346"));
        assert_eq!(both(99_999.0), pair("99,999", "99,999"));
        assert_eq!(both(99_999.4), pair("99,999", "99,999"));
        assert_eq!(both(99_999.6), pair("100,000", "100,000"));
    }

    #[test]
    fn negative_numbers_keep_their_sign() {
        assert_eq!(both(-236.0), pair("-236", "-236"));
        assert_eq!(both(-12_345.0), pair("-12,345", "-12,345"));
        // Math.round takes halves up, and Intl writes the negative zero it gives.
        assert_eq!(both(-1.5), pair("-1", "-1"));
        assert_eq!(both(-0.4), pair("-0", "-0"));
        assert_eq!(both(-100_000.0), pair("-100 thousand", "-10万"));
        assert_eq!(both(-15_300_000_000.0), pair("-15.3 billion", "-153亿"));
    }

    #[test]
    fn from_a_hundred_thousand_on_three_significant_digits_and_a_word() {
        assert_eq!(both(100_000.0), pair("100 thousand", "10万"));
        assert_eq!(both(123_456.0), pair("123 thousand", "12.3万"));
        assert_eq!(both(999_499.0), pair("999 thousand", "99.9万"));
        assert_eq!(both(12_345_678.0), pair("12.3 million", "1230万"));
        assert_eq!(both(123_456_789.0), pair("123 million", "1.23亿"));
        assert_eq!(both(1e12), pair("1 trillion", "1万亿"));
        assert_eq!(both(1.5e12), pair("1.5 trillion", "1.5万亿"));
        assert_eq!(both(1e13), pair("10 trillion", "10万亿"));
        // Past the largest word the number grows, grouped from five digits on.
        assert_eq!(both(1e15), pair("1000 trillion", "1000万亿"));
        assert_eq!(both(1.234e16), pair("12,300 trillion", "12,300万亿"));
        assert_eq!(both(1e18), pair("1,000,000 trillion", "1,000,000万亿"));
    }

    #[test]
    fn rounding_takes_halves_away_from_zero_and_can_carry_into_the_next_word() {
        assert_eq!(both(1_235_000.0), pair("1.24 million", "124万"));
        assert_eq!(both(1_005_000.0), pair("1.01 million", "101万"));
        assert_eq!(both(100_500_000.0), pair("101 million", "1.01亿"));
        assert_eq!(both(123_449_999.6), pair("123 million", "1.23亿"));
        assert_eq!(both(999_500.0), pair("1 million", "100万"));
        assert_eq!(both(99_949_999.0), pair("99.9 million", "9990万"));
        assert_eq!(both(99_950_000.0), pair("100 million", "1亿"));
        assert_eq!(both(999_500_000_000.0), pair("1 trillion", "1万亿"));
    }

    #[test]
    fn shares_are_whole_percentages() {
        for (share, shown) in [
            (0.0, "0%"),
            (0.3333, "33%"),
            (0.42, "42%"),
            (0.005, "1%"),
            (0.125, "13%"),
            (0.145, "15%"),
            (0.335, "34%"),
            (0.995, "100%"),
            (1.0, "100%"),
            (12.345, "1,235%"),
            (-0.25, "-25%"),
            (-0.145, "-15%"),
            (1e-9, "0%"),
            (-1e-9, "-0%"),
        ] {
            assert_eq!(percent(share), shown, "{share}");
        }
    }

    #[test]
    fn a_headline_is_the_words_when_the_source_gives_words() {
        let mut statistic = Statistic {
            measure: Measure::Share,
            value: 0.3333,
            ..Statistic::default()
        };
        assert_eq!(headline(Lang::En, &statistic, 0.3333), "33%");
        statistic.in_words = Some(Text::new("约三分之一", "nearly one third"));
        assert_eq!(headline(Lang::Zh, &statistic, 0.1), "约三分之一");
        statistic.measure = Measure::Yuan;
        statistic.in_words = None;
        assert_eq!(headline(Lang::En, &statistic, 15.3e9), "15.3 billion yuan");
        statistic.measure = Measure::Count;
        assert_eq!(headline(Lang::Zh, &statistic, 236.0), "236");
    }

    #[test]
    fn dates_read_as_intl_wrote_them() {
        assert_eq!(date(Lang::En, "2025-06-20"), "June 20, 2025");
        assert_eq!(date(Lang::Zh, "2025-06-20"), "2025年6月20日");
        assert_eq!(date(Lang::En, "2031-02-02"), "February 2, 2031");
        assert_eq!(date(Lang::Zh, "2031-01-10"), "2031年1月10日");
        assert_eq!(date(Lang::En, "1969-12-31"), "December 31, 1969");
        assert_eq!(date(Lang::En, "0001-01-01"), "January 1, 1");
        assert_eq!(date(Lang::Zh, "0099-12-31"), "99年12月31日");
    }

    #[test]
    fn a_leap_day_is_a_day_only_in_a_leap_year() {
        assert_eq!(date(Lang::En, "2024-02-29"), "February 29, 2024");
        assert_eq!(date(Lang::Zh, "2000-02-29"), "2000年2月29日");
        assert_eq!(date(Lang::En, "2025-02-29"), "2025-02-29");
        assert_eq!(date(Lang::En, "1900-02-29"), "1900-02-29");
    }

    #[test]
    fn anything_but_a_real_day_is_shown_as_written() {
        // Intl rolled an impossible day over ("2025-02-30" read as March 2): now it is shown as
        // written, as unreadable text always was.
        for written in [
            "2025-02-30",
            "2025-04-31",
            "2025-13-01",
            "2025-00-10",
            "2025-01-00",
            "0000-01-01",
            "2025-6-20",
            "2025-06",
            "2025",
            "+02025-01-01",
            "２０２５-06-20",
            "soon",
            "",
        ] {
            assert_eq!(date(Lang::En, written), written);
            assert_eq!(date(Lang::Zh, written), written);
        }
    }
}
