//! A chart's numbers as CSV (UTF-8 with a byte-order mark, so Excel reads Chinese). The
//! prerenderer writes one file per chart beside each edition's page, at `href`, and the
//! page links to it: the link works before and without WebAssembly, and the wasm carries
//! neither the writer nor the numbers a second time.

use crate::content::{Figure, Ui};

/// Header and one row per figure: label, value, unit, and the formula of a derived value.
pub fn csv(figures: &[&Figure], ui: &Ui) -> String {
    let mut out = String::from("\u{feff}");
    let header = [ui.table_item, ui.table_value, ui.table_unit, ui.table_formula];
    push_row(&mut out, &header.map(str::to_owned));
    for f in figures {
        let row = [
            crate::content::display::plain(f.label),
            f.shown.to_owned(),
            f.unit.to_owned(),
            f.formula.unwrap_or_default().to_owned(),
        ];
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

/// The name a chart's CSV downloads as.
pub fn file_name(chart_id: &str) -> String {
    format!("{chart_id}.csv")
}

/// Where a chart's CSV lies, relative to its edition's page.
pub fn href(chart_id: &str) -> String {
    format!("csv/{}", file_name(chart_id))
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
}
