//! Events on a timeline: each group names an event and its date figure; the figures
//! that follow the date in the chart's list (up to the next date) are its numbers.

use super::marks::{Anchor, Drawing, Ink, Mark};
use super::text::wrap;
use super::{ChartError, Scene};

const DATE: f64 = 16.0;
const NAME: f64 = 15.0;
const DETAIL: f64 = 13.0;
const INDENT: i32 = 26;

pub fn layout(scene: &Scene) -> Result<Drawing, ChartError> {
    let w = scene.w();
    let mut d = Drawing::new(scene.width.px());
    let ids = scene.chart.figures;
    let mut y = 0;
    for group in scene.chart.groups {
        let date_id = group.count.unwrap_or_default();
        let date = scene.figure(date_id)?;
        let start =
            ids.iter().position(|id| *id == date_id).ok_or_else(|| ChartError::MissingFigure(date_id.into()))?;
        let details =
            ids[start + 1..].iter().map(|id| scene.figure(id)).take_while(|f| !matches!(f, Ok(f) if f.unit.is_empty()));
        let top = y;
        d.marks.push(Mark::Dot { x: 8, y: y + 10, r: 6, ink: Ink::Accent });
        d.text(INDENT, y, date.as_written(), DATE, Ink::Accent).styled(Anchor::Start, true);
        y += 24;
        for line in wrap(group.name, f64::from(w - INDENT), NAME) {
            d.text(INDENT, y, line, NAME, Ink::Text).styled(Anchor::Start, true);
            y += 22;
        }
        for figure in details {
            let figure = figure?;
            for line in wrap(&format!("{}　{}", figure.as_written(), figure.label), f64::from(w - INDENT), DETAIL) {
                d.text(INDENT, y, line, DETAIL, Ink::Muted);
                y += 19;
            }
        }
        y += 18;
        d.marks.insert(0, Mark::Line { from: (8, top + 10), to: (8, y), ink: Ink::Rule, width: 2 });
    }
    d.height = (y - 18).max(1) as u32;
    Ok(d)
}
