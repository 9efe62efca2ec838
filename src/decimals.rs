//! Numbers as decimals for the page's styles and the pack's messages (`1.5`, `12.50`), written
//! with integer arithmetic: `format!("{:.2}")` and `{}` of a float bring the standard library's
//! float-printing code (Grisu and Dragon, about 10 KB before compression) into the wasm.
//! Halves round away from zero. (For the same reason the exhibit's code bounds a float with
//! `.max(low).min(high)`, not `f64::clamp`, whose panic message prints its bounds.)

/// `value` with exactly `places` decimals (at most 9), like `format!("{value:.places$}")`:
/// `fixed(0.25, 3)` is "0.250", `fixed(-12.345, 1)` is "-12.3". A value too large for that
/// (beyond 10^18 / 10^places) or not finite is written as [`plain`] writes it.
pub fn fixed(value: f64, places: u32) -> String {
    let places = places.min(9);
    let scale = 10u64.pow(places);
    let scaled = (value.abs() * scale as f64).round();
    if scaled.is_nan() || scaled >= 1e18 {
        return plain(value);
    }
    let n = scaled as u64;
    let sign = if value < 0.0 && n != 0 { "-" } else { "" };
    let whole = n / scale;
    if places == 0 {
        format!("{sign}{whole}")
    } else {
        format!(
            "{sign}{whole}.{:0width$}",
            n % scale,
            width = places as usize
        )
    }
}

/// `value` as briefly as six decimals allow: 1.5 → "1.5", 2.0 → "2", 0.1234567 → "0.123457";
/// very large or very small numbers with an exponent: 1.5e300 → "1.5e300", 2e-9 → "2e-9".
pub fn plain(value: f64) -> String {
    if value.is_nan() {
        return "NaN".into();
    }
    if value.is_infinite() {
        return if value > 0.0 { "inf" } else { "-inf" }.into();
    }
    let size = value.abs();
    if size != 0.0 && !(1e-6..1e15).contains(&size) {
        let (mut mantissa, mut exponent) = (size, 0);
        while mantissa >= 10.0 {
            mantissa /= 10.0;
            exponent += 1;
        }
        while mantissa < 1.0 {
            mantissa *= 10.0;
            exponent -= 1;
        }
        let sign = if value < 0.0 { "-" } else { "" };
        return format!("{sign}{}e{exponent}", trimmed(fixed(mantissa, 6)));
    }
    // (Fewer decimals for large numbers keep `fixed` within its range.)
    trimmed(fixed(value, if size < 1e11 { 6 } else { 2 }))
}

/// Without the zeros (and point) that end a decimal.
fn trimmed(decimal: String) -> String {
    if decimal.contains('.') {
        decimal
            .trim_end_matches('0')
            .trim_end_matches('.')
            .to_string()
    } else {
        decimal
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixed_writes_as_many_decimals_as_asked() {
        assert_eq!(fixed(0.25, 3), "0.250");
        assert_eq!(fixed(12.0, 1), "12.0");
        assert_eq!(fixed(1234.5678, 2), "1234.57");
        assert_eq!(fixed(-12.345, 1), "-12.3");
        assert_eq!(fixed(0.0, 4), "0.0000");
        assert_eq!(fixed(7.6, 0), "8");
    }

    #[test]
    fn fixed_rounds_halves_away_from_zero_and_never_writes_minus_zero() {
        assert_eq!(fixed(0.5, 0), "1");
        assert_eq!(fixed(-0.5, 0), "-1");
        assert_eq!(fixed(-0.0004, 3), "0.000");
        assert_eq!(fixed(-0.0, 2), "0.00");
    }

    #[test]
    fn fixed_agrees_with_the_standard_library_away_from_halves() {
        for value in [
            0.1234,
            5.43219,
            -271.828,
            1e6 + 0.3,
            0.000_04,
            99.999,
            437.3127,
        ] {
            for places in [0, 1, 2, 3, 4] {
                assert_eq!(
                    fixed(value, places),
                    format!("{value:.p$}", p = places as usize),
                    "{value} to {places} places"
                );
            }
        }
    }

    #[test]
    fn plain_writes_what_the_pack_says_briefly() {
        assert_eq!(plain(1.5), "1.5");
        assert_eq!(plain(2.0), "2");
        assert_eq!(plain(-3.0), "-3");
        assert_eq!(plain(0.0), "0");
        assert_eq!(plain(0.1234567), "0.123457");
        assert_eq!(plain(1e14), "100000000000000");
    }

    #[test]
    fn plain_writes_extreme_numbers_with_an_exponent() {
        assert_eq!(plain(1.5e300), "1.5e300");
        assert_eq!(plain(-2e-9), "-2e-9");
        assert_eq!(plain(f64::NAN), "NaN");
        assert_eq!(plain(f64::NEG_INFINITY), "-inf");
    }

    #[test]
    fn too_large_for_fixed_places_is_written_plainly() {
        assert_eq!(fixed(1e300, 2), "1e300");
    }
}
