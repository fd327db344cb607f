use crate::content::{Chart, Story};

/// The chart's numbers as a real table, each figure from the figures table by id and
/// written as the article writes it (约, 近 and 余 are part of the number), then the link to
/// its CSV file; as HTML, written when the page is prerendered. The wasm carries none of
/// it (it never changes once written; see `text::adopted`), so its figure view adopts the
/// prerendered table as it is.
#[cfg(not(target_arch = "wasm32"))]
pub fn data_html(chart: &Chart, story: &Story) -> String {
    use super::text::escape;
    use crate::charts::csv;

    let ui = &story.ui;
    let figures: Vec<_> = story.figures_of(chart).collect();
    let any_formula = figures.iter().any(|f| f.is_derived());
    let mark = format!(r#"<span class="derived-mark">{}</span>"#, escape(ui.derived_mark));
    let mut html = format!(
        r#"<table class="data-table" data-testid="data-table"><caption class="visually-hidden">{}</caption><thead><tr><th scope="col">{}</th><th scope="col">{}</th>{}</tr></thead><tbody>"#,
        escape(ui.data_table),
        escape(ui.table_item),
        escape(ui.table_value),
        if any_formula { format!(r#"<th scope="col">{}</th>"#, escape(ui.table_formula)) } else { String::new() }
    );
    for f in figures {
        let (class, derived) = if f.is_derived() { (r#" class="is-derived""#, mark.as_str()) } else { ("", "") };
        let formula = f.formula.unwrap_or_default();
        html.push_str(&format!(
            r#"<tr data-figure="{}"{class}><th scope="row">{}{derived}</th><td class="num">{}</td>{}</tr>"#,
            escape(f.id),
            escape(&crate::content::display::plain(f.label)),
            escape(&f.as_written()),
            if any_formula { format!(r#"<td class="formula">{}</td>"#, escape(formula)) } else { String::new() }
        ));
    }
    html.push_str("</tbody></table>");
    html.push_str(&format!(
        r#"<a class="chart__csv" download="{}" href="{}">{}</a>"#,
        escape(&csv::file_name(chart.id)),
        escape(&csv::href(chart.id)),
        escape(ui.download_csv)
    ));
    html
}

/// In the browser: nothing (the page has the table).
#[cfg(target_arch = "wasm32")]
pub fn data_html(_chart: &Chart, _story: &Story) -> String {
    String::new()
}
