//! A chart's numbers as CSV (UTF-8 with a byte-order mark, so Excel reads Chinese), and
//! as a `data:` URL a plain link can download without scripting.

use crate::content::{Figure, Ui};

/// Header and one row per figure: label, value, unit, and the formula of a derived value.
pub fn csv(figures: &[&Figure], ui: &Ui) -> String {
    let mut out = String::from("\u{feff}");
    let header = [ui.table_item, ui.table_value, ui.table_unit, ui.table_formula];
    push_row(&mut out, &header.map(str::to_owned));
    for f in figures {
        let row = [f.label.to_owned(), f.shown.to_owned(), f.unit.to_owned(), f.formula.unwrap_or_default().to_owned()];
        push_row(&mut out, &row);
    }
    out
}

fn push_row(out: &mut String, fields: &[String]) {
    let quoted: Vec<String> = fields
        .iter()
        .map(|f| if f.contains([',', '"', '\n', '\r']) { format!("\"{}\"", f.replace('"', "\"\"")) } else { f.clone() })
        .collect();
    out.push_str(&quoted.join(","));
    out.push_str("\r\n");
}

/// `data:text/csv` URL of `csv`, percent-encoded as `encodeURIComponent` would.
pub fn data_url(csv: &str) -> String {
    let mut url = String::from("data:text/csv;charset=utf-8,");
    for byte in csv.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => url.push(byte as char),
            _ => url.push_str(&format!("%{byte:02X}")),
        }
    }
    url
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_with_commas_or_quotes_are_quoted() {
        let mut out = String::new();
        push_row(&mut out, &["a,b".into(), "say \"hi\"".into(), "plain".into()]);
        assert_eq!(out, "\"a,b\",\"say \"\"hi\"\"\",plain\r\n");
    }

    #[test]
    fn the_data_url_starts_with_the_byte_order_mark() {
        assert!(data_url("\u{feff}x").starts_with("data:text/csv;charset=utf-8,%EF%BB%BFx"));
    }
}
