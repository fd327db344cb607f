//! How figures are written: units, qualifiers and the plain decimal form of a value.
//! Build-time only; the browser receives the strings this produces.

/// Units the figures table may use. A unit carries its scale as written (亿元, 万件).
pub const UNITS: &[&str] = &[
    "个",
    "个月",
    "亿元",
    "万元",
    "亩",
    "天",
    "%",
    "户",
    "家",
    "场次",
    "件",
    "万件",
    "单",
    "万单",
    "人次",
    "万人次",
    "款",
    "条",
    "所",
    "间",
    "年",
];

/// Words around a number that qualify it without changing it (约, 近, 余, 以上 …).
const PREFIXES: &[&str] = &["约", "近", "超"];
const SUFFIXES: &[&str] = &["及以上", "以上"];

/// The shortest decimal form: 12 → "12", 37.2 → "37.2", 5.5 → "5.5".
pub fn plain(value: f64) -> String {
    let text = format!("{value}");
    text.strip_suffix(".0").map(str::to_owned).unwrap_or(text)
}

/// Removes the qualifiers from a quoted figure: "约5000户" → "5000户", "5.5万余件" → "5.5万件".
pub fn strip_qualifiers(quoted: &str) -> String {
    let mut text = quoted;
    for prefix in PREFIXES {
        if let Some(rest) = text.strip_prefix(prefix) {
            text = rest;
        }
    }
    for suffix in SUFFIXES {
        if let Some(rest) = text.strip_suffix(suffix) {
            text = rest;
            break;
        }
    }
    text.replace(['余', '多'], "")
}

/// The date as Chinese writes it: 4月19日.
pub fn month_day(month: u8, day: u8) -> String {
    format!("{month}月{day}日")
}

/// Last year's value implied by this year's value and its growth in percent.
pub fn previous_year(current: f64, growth_percent: f64) -> f64 {
    current / (1.0 + growth_percent / 100.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_drops_only_a_zero_fraction() {
        assert_eq!(plain(12.0), "12");
        assert_eq!(plain(37.2), "37.2");
        assert_eq!(plain(119.7), "119.7");
    }

    #[test]
    fn qualifiers_are_stripped_wherever_chinese_puts_them() {
        assert_eq!(strip_qualifiers("约5000户"), "5000户");
        assert_eq!(strip_qualifiers("5.5万余件"), "5.5万件");
        assert_eq!(strip_qualifiers("5000万元及以上"), "5000万元");
        assert_eq!(strip_qualifiers("98%以上"), "98%");
        assert_eq!(strip_qualifiers("超280亿元"), "280亿元");
    }

    #[test]
    fn growth_rates_imply_the_reported_bases() {
        assert_eq!(previous_year(343.0, 37.2).round(), 250.0);
        assert_eq!(previous_year(152.0, 100.0).round(), 76.0);
        assert_eq!(previous_year(134.0, 119.7).round(), 61.0);
    }
}
