//! The editions: 简体 (the base, which the editors write), 繁體 and English. Every edition
//! shares `figures.json`; the numbers' written forms in 繁體 and English are derived here
//! from the one table, never typed again. Build-time only.

use std::collections::HashSet;

use serde_json::Value;

use crate::quantity::plain;
use crate::source::{Figure, FiguresFile};

/// The base edition: the one every other must match block for block.
pub const BASE: &str = crate::edition_table::HANS.code;

/// The characters of units and qualifiers in Traditional script (names and prose are
/// converted by the editors' tool; only the table's forms are derived here).
const HANT: &[(char, char)] = &[
    ('万', '萬'),
    ('个', '個'),
    ('亩', '畝'),
    ('亿', '億'),
    ('余', '餘'),
    ('单', '單'),
    ('场', '場'),
    ('户', '戶'),
    ('条', '條'),
    ('约', '約'),
    ('间', '間'),
];

/// A figure's unit or quoted form in Traditional script: 约5000户 → 約5000戶.
pub fn to_hant(text: &str) -> String {
    text.chars().map(|c| HANT.iter().find(|(s, _)| *s == c).map_or(c, |(_, t)| *t)).collect()
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

/// A date as the English edition writes it: 19 April.
pub fn english_date(month: u8, day: u8) -> String {
    let name = MONTHS.get(usize::from(month.max(1)) - 1).copied().unwrap_or("");
    format!("{day} {name}")
}

/// 2700 → "2,700"; 1.5 → "1.5". Years are written without a separator by their caller.
pub fn thousands(value: f64) -> String {
    let text = plain(value);
    let (whole, fraction) = text.split_once('.').map_or((text.as_str(), None), |(w, f)| (w, Some(f)));
    let mut grouped = String::new();
    for (i, digit) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    fraction.map_or(grouped.clone(), |f| format!("{grouped}.{f}"))
}

/// How a figure reads in English: the number (scaled), its unit, and the whole as written.
#[derive(Debug, Clone, PartialEq)]
pub struct EnglishForm {
    pub shown: String,
    pub unit: String,
    pub written: String,
}

/// Money in yuan as English news writes it: RMB 1.2 billion, RMB 600 million.
fn english_money(yuan: f64) -> (String, String) {
    if yuan >= 1e9 {
        (plain(yuan / 1e9), "RMB billion".to_owned())
    } else if yuan >= 1e6 {
        (plain(yuan / 1e6), "RMB million".to_owned())
    } else {
        (thousands(yuan), "RMB".to_owned())
    }
}

/// The English noun a unit stands for, where it is a unit and not a measure word whose
/// noun the label already says (个, 家, 所 …).
fn english_unit(unit: &str) -> &'static str {
    match unit {
        "个月" => "months",
        "亩" => "mu",
        "天" => "days",
        "%" => "%",
        "户" => "households",
        "单" | "万单" => "orders",
        "人次" | "万人次" => "visits",
        "件" | "万件" => "items",
        "款" => "products",
        _ => "",
    }
}

/// The figure's English form, qualifiers included (约 → about, 近 → nearly, 余 → more than,
/// 以上 → over / or more).
pub fn english_form(figure: &Figure) -> EnglishForm {
    if let Some(date) = figure.date {
        let written = english_date(date.month, date.day);
        return EnglishForm { shown: written.clone(), unit: String::new(), written };
    }
    let unit = figure.unit.as_deref().unwrap_or("");
    let (shown, unit_en) = match in_english_base(figure) {
        Base::Yuan(yuan) => english_money(yuan),
        Base::AsIs(year) if unit == "年" => (plain(year), String::new()),
        Base::Count(n) | Base::AsIs(n) => (thousands(n), english_unit(unit).to_owned()),
    };
    let number = match unit_en.as_str() {
        "RMB billion" => format!("RMB {shown} billion"),
        "RMB million" => format!("RMB {shown} million"),
        "RMB" => format!("RMB {shown}"),
        "%" => format!("{shown}%"),
        "" => shown.clone(),
        noun => format!("{shown} {noun}"),
    };
    let quoted = figure.quoted.as_deref().unwrap_or("");
    let written = if quoted.starts_with('约') {
        format!("about {number}")
    } else if quoted.starts_with('近') {
        format!("nearly {number}")
    } else if quoted.starts_with('超') || (quoted.ends_with("以上") && !quoted.ends_with("及以上")) {
        format!("over {number}")
    } else if quoted.ends_with("及以上") {
        format!("{number} or more")
    } else if quoted.contains(['余', '多']) {
        format!("more than {number}")
    } else {
        number
    };
    EnglishForm { shown: shown.replace(',', ""), unit: unit_en, written }
}

/// A number English text may show for a figure, with the word that scales it.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Scale {
    One,
    Million,
    Billion,
    /// A day of the month, next to the month's name.
    Day,
    /// A conversion of mu to hectares, written “(about N ha)”.
    Hectares,
}

/// The numbers (and scales) under which a figure may appear in English text.
fn english_numbers_of(figure: &Figure) -> Vec<(f64, Scale)> {
    if let Some(date) = figure.date {
        return vec![(f64::from(date.day), Scale::Day)];
    }
    match in_english_base(figure) {
        Base::Yuan(yuan) => vec![(yuan / 1e9, Scale::Billion), (yuan / 1e6, Scale::Million), (yuan, Scale::One)],
        Base::Count(n) => vec![(n, Scale::One), (n / 1e6, Scale::Million)],
        Base::AsIs(mu) if figure.unit.as_deref() == Some("亩") => {
            vec![(mu, Scale::One), (((mu / 15.0) * 10.0).round() / 10.0, Scale::Hectares)]
        }
        Base::AsIs(value) => vec![(value, Scale::One)],
    }
}

/// A figure's value in what English counts it in: the Chinese units of 万 and 亿 undone.
enum Base {
    Yuan(f64),
    /// Things counted one by one (items, orders, visits).
    Count(f64),
    /// The value as it stands, in its own unit.
    AsIs(f64),
}

fn in_english_base(figure: &Figure) -> Base {
    let value = figure.value.unwrap_or_default();
    match figure.unit.as_deref().unwrap_or("") {
        "亿元" => Base::Yuan(value * 1e8),
        "万元" => Base::Yuan(value * 1e4),
        "万件" | "万单" | "万人次" => Base::Count(value * 1e4),
        _ => Base::AsIs(value),
    }
}

/// A number found in English text that no figure or term accounts for.
#[derive(Debug, PartialEq)]
pub struct Unaccounted {
    pub number: String,
    pub context: String,
}

/// Checks every number in an English text against the table: returns the numbers no
/// figure or term (`terms`: as written in either edition) accounts for, and the ids of
/// derived figures the text shows.
pub fn english_numbers(text: &str, table: &FiguresFile, terms: &[&str]) -> (Vec<Unaccounted>, Vec<String>) {
    let mut covered = vec![false; text.len()];
    for term in terms {
        for (start, _) in text.match_indices(term) {
            covered[start..start + term.len()].iter_mut().for_each(|c| *c = true);
        }
    }
    let mut unaccounted = Vec::new();
    let mut derived = Vec::new();
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() || covered[i] {
            i += 1;
            continue;
        }
        // A number: digits, with commas between groups and one decimal point.
        let start = i;
        while i < bytes.len()
            && (bytes[i].is_ascii_digit()
                || ((bytes[i] == b',' || bytes[i] == b'.') && bytes.get(i + 1).is_some_and(u8::is_ascii_digit)))
        {
            i += 1;
        }
        let written = &text[start..i];
        let value: f64 = written.replace(',', "").parse().unwrap_or(f64::NAN);
        let after = text[i..].trim_start();
        let before = text[..start].trim_end();
        let scale = if after.starts_with("billion") {
            Scale::Billion
        } else if after.starts_with("million") {
            Scale::Million
        } else if after.starts_with("ha)") || after.starts_with("ha ") {
            Scale::Hectares
        } else if MONTHS.iter().any(|m| after.starts_with(m) || before.ends_with(m)) {
            Scale::Day
        } else {
            Scale::One
        };
        let figure = table.figures.iter().find(|f| {
            english_numbers_of(f).iter().any(|&(v, s)| s == scale && (v - value).abs() < 1e-9 * v.abs().max(1.0))
        });
        match figure {
            Some(figure) if figure.derived.is_some() => derived.push(figure.id.clone()),
            Some(_) => {}
            None => {
                let from = text[..start].char_indices().rev().nth(15).map_or(0, |(at, _)| at);
                let to = text[i..].char_indices().nth(15).map_or(text.len(), |(at, _)| i + at);
                unaccounted.push(Unaccounted { number: written.to_owned(), context: text[from..to].to_owned() });
            }
        }
    }
    (unaccounted, derived)
}

/// Keys whose values are the same in every edition: ids, types, references, states.
const SHARED_KEYS: &[&str] =
    &["type", "id", "chart", "figure", "state", "count", "badge", "ours", "term", "glyph", "to", "continues"];
/// Keys only an edition other than the base has, checked on their own.
const EDITION_KEYS: &[&str] = &["figure_labels", "term_notes", "term_texts"];

/// Where `edition` differs from the base in anything but its words: a block missing or
/// extra, a different type, id, chart, figure, state or badge. Each as (place, problem).
pub fn structure_differences(base: &Value, edition: &Value, base_name: &str) -> Vec<(String, String)> {
    let mut differences = Vec::new();
    compare(base, edition, String::new(), base_name, &mut differences);
    differences
}

fn compare(base: &Value, edition: &Value, place: String, base_name: &str, out: &mut Vec<(String, String)>) {
    let here = |place: &str| if place.is_empty() { "the file".to_owned() } else { place.to_owned() };
    match (base, edition) {
        (Value::Object(b), Value::Object(e)) => {
            let named = |key: &str| if place.is_empty() { key.to_owned() } else { format!("{place} › {key}") };
            for key in b.keys().filter(|k| !e.contains_key(*k)) {
                out.push((here(&place), format!("“{key}” is missing (it is in {base_name})")));
            }
            for key in e.keys().filter(|k| !b.contains_key(*k) && !EDITION_KEYS.contains(&k.as_str())) {
                out.push((here(&place), format!("“{key}” is not in {base_name}: remove it")));
            }
            for (key, b_value) in b {
                let Some(e_value) = e.get(key) else { continue };
                if SHARED_KEYS.contains(&key.as_str()) && b_value != e_value {
                    out.push((
                        named(key),
                        format!("is {e_value} here but {b_value} in {base_name}: it must not change"),
                    ));
                } else if key != "language" {
                    compare(b_value, e_value, named(key), base_name, out);
                }
            }
        }
        (Value::Array(b), Value::Array(e)) => {
            if b.len() != e.len() {
                let kinds = |items: &[Value]| -> Vec<String> {
                    items.iter().map(|v| v.get("type").and_then(Value::as_str).unwrap_or("item").to_owned()).collect()
                };
                out.push((
                    here(&place),
                    format!(
                        "has {} entries ({}) where {base_name} has {} ({}): every edition has the same blocks",
                        e.len(),
                        kinds(e).join(", "),
                        b.len(),
                        kinds(b).join(", ")
                    ),
                ));
                return;
            }
            for (n, (b_item, e_item)) in b.iter().zip(e).enumerate() {
                let name = b_item.get("id").and_then(Value::as_str).map(|id| format!(" “{id}”")).unwrap_or_default();
                compare(b_item, e_item, format!("{}[{n}]{name}", here(&place)), base_name, out);
            }
        }
        (Value::String(_), Value::String(e)) if e.trim().is_empty() => {
            out.push((here(&place), "the text is empty".to_owned()));
        }
        (b, e) if std::mem::discriminant(b) != std::mem::discriminant(e) => {
            out.push((here(&place), format!("is {e} here but {b} in {base_name}")));
        }
        _ => {}
    }
}

/// Figure ids the edition's `figure_labels` lacks, and ids it names that are no figure.
pub fn label_differences(labels: &std::collections::BTreeMap<String, String>, table: &FiguresFile) -> Vec<String> {
    let ids: HashSet<&str> = table.figures.iter().map(|f| f.id.as_str()).collect();
    let mut problems: Vec<String> = table
        .figures
        .iter()
        .filter(|f| labels.get(&f.id).is_none_or(|l| l.trim().is_empty()))
        .map(|f| format!("figure “{}” has no label in this edition", f.id))
        .collect();
    problems.extend(
        labels.keys().filter(|id| !ids.contains(id.as_str())).map(|id| format!("“{id}” is not a figure of the table")),
    );
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    fn figure(value: f64, unit: &str, quoted: &str) -> Figure {
        serde_json::from_value(serde_json::json!({
            "id": "f", "chapter": "c", "label": "l", "value": value, "unit": unit, "quoted": quoted, "sentence": quoted
        }))
        .unwrap()
    }

    #[test]
    fn english_forms_follow_english_news_conventions() {
        assert_eq!(english_form(&figure(12.0, "亿元", "12亿元")).written, "RMB 1.2 billion");
        assert_eq!(english_form(&figure(6.0, "亿元", "6亿元")).written, "RMB 600 million");
        assert_eq!(english_form(&figure(5000.0, "万元", "5000万元及以上")).written, "RMB 50 million or more");
        assert_eq!(english_form(&figure(2700.0, "个", "2700个")).written, "2,700");
        assert_eq!(english_form(&figure(5000.0, "户", "约5000户")).written, "about 5,000 households");
        assert_eq!(english_form(&figure(3.0, "万单", "约3万单")).written, "about 30,000 orders");
        assert_eq!(english_form(&figure(2024.0, "年", "2024年")).written, "2024");
        assert_eq!(english_date(4, 19), "19 April");
    }

    #[test]
    fn traditional_forms_of_units_and_qualifiers() {
        assert_eq!(to_hant("约5000户"), "約5000戶");
        assert_eq!(to_hant("12亿元"), "12億元");
    }

    #[test]
    fn english_numbers_are_matched_to_figures_in_their_scale() {
        let table = FiguresFile {
            terms: vec![],
            figures: vec![figure(12.0, "亿元", "12亿元"), figure(100.0, "亩", "100亩"), figure(2700.0, "个", "2700个")],
            charts: vec![],
        };
        let (unaccounted, _) = english_numbers("RMB 1.2 billion, 100 mu (about 6.7 ha) and 2,700 places", &table, &[]);
        assert_eq!(unaccounted, vec![]);
        let (unaccounted, _) = english_numbers("RMB 1.2 million and 2,701 places", &table, &[]);
        let numbers: Vec<&str> = unaccounted.iter().map(|u| u.number.as_str()).collect();
        assert_eq!(numbers, ["1.2", "2,701"]);
    }

    #[test]
    fn a_missing_block_is_named_with_its_place() {
        let base = serde_json::json!({ "chapters": [{ "id": "a", "blocks": [{ "type": "paragraph", "text": "x" }, { "type": "chart", "chart": "c" }] }] });
        let edition =
            serde_json::json!({ "chapters": [{ "id": "a", "blocks": [{ "type": "paragraph", "text": "y" }] }] });
        let differences = structure_differences(&base, &edition, "base.json");
        assert_eq!(differences.len(), 1, "{differences:?}");
        assert_eq!(differences[0].0, "chapters[0] “a” › blocks");
        assert!(differences[0].1.contains("has 1 entries (paragraph) where base.json has 2 (paragraph, chart)"));
    }
}
