//! Numbers as text and text as numbers, without the standard library's float formatting
//! and parsing (about 13 kB of WebAssembly that the on-demand module would otherwise carry).
//!
//! Rounding is half away from zero on the value scaled by a power of ten, which can differ
//! from `format!("{:.1}")` only for a value within one rounding error of a half; the figures
//! here never are (see the tests against the data).

/// The most decimals a number is written with (more are cut to these).
const MAX_DECIMALS: usize = 6;

/// `x` rounded to `decimals` places, as (negative, the digits without a point).
fn scaled(x: f64, decimals: usize) -> (bool, u64) {
    let factor = 10u64.pow(decimals as u32);
    let digits = (x.abs() * factor as f64).round() as u64;
    (x < 0.0 && digits > 0, digits)
}

/// `digits` with a `point` before its last `decimals`: (42, 1, ',') → `4,2`.
fn with_point(digits: u64, decimals: usize, point: char, group: bool) -> String {
    let factor = 10u64.pow(decimals as u32);
    let whole = digits / factor;
    let mut out = if group {
        nl_int(whole)
    } else {
        whole.to_string()
    };
    if decimals > 0 {
        let fraction = (digits % factor).to_string();
        out.push(point);
        out.extend(std::iter::repeat_n('0', decimals - fraction.len()));
        out.push_str(&fraction);
    }
    out
}

/// `x` with `decimals` places (at most [`MAX_DECIMALS`]), `point` before them, and dots
/// between thousands if `group`.
fn written(x: f64, decimals: usize, point: char, group: bool) -> String {
    let decimals = decimals.min(MAX_DECIMALS);
    let (negative, digits) = scaled(x, decimals);
    let text = with_point(digits, decimals, point, group);
    if negative {
        format!("-{text}")
    } else {
        text
    }
}

/// A number for SVG and CSS: a point, no grouping, `decimals` places: `12.5`, `-3.0`.
pub fn fixed(x: f64, decimals: usize) -> String {
    written(x, decimals, '.', false)
}

/// A whole number with a dot between thousands: `1.979.049`.
pub fn nl_int(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push('.');
        }
        out.push(c);
    }
    out
}

/// A decimal number in Dutch notation: `7.233,05`.
pub fn nl_dec(x: f64, decimals: usize) -> String {
    written(x, decimals, ',', true)
}

/// A decimal with an explicit sign: `+1,64`.
pub fn nl_signed(x: f64, decimals: usize) -> String {
    let text = nl_dec(x, decimals);
    if text.starts_with('-') {
        text
    } else {
        format!("+{text}")
    }
}

/// A percentage with one decimal: `11,0%`.
pub fn nl_pct(x: f64) -> String {
    format!("{}%", nl_dec(x, 1))
}

/// A decimal as the data files write it (`-12.75`, `300`, no exponent), exactly as
/// `str::parse::<f64>` reads it for up to 15 digits: the digits and the power of ten are
/// both exact, and one division rounds once.
pub fn parse(text: &str) -> Option<f64> {
    let (negative, rest) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (whole, fraction) = rest.split_once('.').unwrap_or((rest, ""));
    if whole.is_empty() || whole.len() + fraction.len() > 15 {
        return None;
    }
    let mut digits: u64 = 0;
    for b in whole.bytes().chain(fraction.bytes()) {
        if !b.is_ascii_digit() {
            return None;
        }
        digits = digits * 10 + u64::from(b - b'0');
    }
    let value = digits as f64 / 10u64.pow(fraction.len() as u32) as f64;
    Some(if negative { -value } else { value })
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn dutch_numbers() {
        assert_eq!(nl_int(1_979_049), "1.979.049");
        assert_eq!(nl_int(342), "342");
        assert_eq!(nl_int(0), "0");
        assert_eq!(nl_dec(7233.05, 2), "7.233,05");
        assert_eq!(nl_dec(-0.004, 2), "0,00");
        assert_eq!(nl_dec(0.05, 2), "0,05");
        assert_eq!(nl_dec(1234.0, 0), "1.234");
        assert_eq!(nl_signed(1.6449, 2), "+1,64");
        assert_eq!(nl_signed(-0.91, 2), "-0,91");
        assert_eq!(nl_pct(11.03), "11,0%");
    }

    #[test]
    fn fixed_points() {
        assert_eq!(fixed(12.345, 1), "12.3");
        assert_eq!(fixed(-3.0, 1), "-3.0");
        assert_eq!(fixed(-0.04, 1), "0.0");
        assert_eq!(fixed(99.999, 2), "100.00");
        assert_eq!(fixed(7.5, 0), "8");
        assert_eq!(fixed(-2.5, 0), "-3");
        assert_eq!(nl_dec(3.25, 1), "3,3");
        assert_eq!(fixed(1234.06, 2), "1234.06");
        assert_eq!(fixed(1.5, 8), "1.500000");
    }

    #[test]
    fn parses_as_the_standard_library_does() {
        for text in [
            "0",
            "300",
            "32.1",
            "-12.75",
            "0.9",
            "1314",
            "2.5",
            "0.001",
            "123456.789",
        ] {
            assert_eq!(parse(text), text.parse::<f64>().ok(), "{text}");
        }
        for text in ["", "-", "1e5", "1,5", ".5", "abc", "1.2.3", "+1"] {
            assert_eq!(parse(text), None, "{text}");
        }
    }

    /// Every figure in the data: read the same, written the same as with `format!`.
    #[test]
    fn agrees_with_the_standard_library_on_the_data() {
        let table = crate::municipality::TABLE;
        let mut seen = 0;
        for cell in table.lines().skip(1).flat_map(|line| line.split('\t')) {
            let Ok(expected) = cell.parse::<f64>() else {
                continue;
            };
            assert_eq!(parse(cell), Some(expected), "{cell}");
            for (x, decimals) in [(expected, 0), (expected / 7.0, 1), (expected / 3.0, 2)] {
                let scaled = x * 10f64.powi(decimals as i32);
                if scaled.fract() != 0.5 {
                    assert_eq!(fixed(x, decimals), format!("{x:.decimals$}"), "{x}");
                }
            }
            seen += 1;
        }
        assert!(seen > 5000, "{seen}");
    }
}
