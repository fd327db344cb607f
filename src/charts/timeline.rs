//! Events on a timeline: each group names an event and its date figure; the figures
//! that follow the date in the chart's list (up to the next date) are its numbers. One
//! mark per event (keyed by its date), and the line that joins them.

use super::marks::{Anchor, Drawing, Ink};
use super::text::BREAK;
use super::{ChartError, Scene};

const DATE: u16 = 16;
const NAME: u16 = 15;
const DETAIL: u16 = 13;
const INDENT: i32 = 26;

pub fn layout(scene: &Scene) -> Result<Drawing, ChartError> {
    let w = scene.w();
    let mut d = Drawing::new(scene.width.px());
    let ids = scene.chart.figures;
    let mut y = 0;
    let mut spans = Vec::new();
    for group in scene.chart.groups {
        let date_id = group.count.unwrap_or_default();
        let date = scene.figure(date_id)?;
        let start =
            ids.iter().position(|id| *id == date_id).ok_or_else(|| ChartError::MissingFigure(date_id.into()))?;
        let details =
            ids[start + 1..].iter().map(|id| scene.figure(id)).take_while(|f| !matches!(f, Ok(f) if f.unit.is_empty()));
        let top = y;
        let event = d.mark(format!("event:{date_id}"));
        event.at(0, top).dot(8, 10, 6, Ink::Accent).text(INDENT, 0, date.as_written(), DATE, Ink::Accent);
        event.styled(Anchor::Start, true);
        let mut dy = 24;
        for line in scene.lines(group.name, w - INDENT, NAME)? {
            event.text(INDENT, dy, line, NAME, Ink::Text).styled(Anchor::Start, true);
            dy += 22;
        }
        for figure in details {
            let figure = figure?;
            // The number, then its label, which may start a line of its own.
            let mut detail = figure.as_written();
            detail.extend(['　', BREAK]);
            detail.push_str(figure.label);
            for line in scene.lines(&detail, w - INDENT, DETAIL)? {
                event.text(INDENT, dy, line, DETAIL, Ink::Muted);
                dy += 19;
            }
        }
        y = top + dy + 18;
        spans.push((top + 10, y));
    }
    // The line behind the dots, drawn first: one stretch per event.
    let line = d.mark("line");
    let bottom = y - 18;
    for (from, to) in spans {
        line.line((8, from), (8, to.min(bottom)), Ink::Rule, 2);
    }
    let last = d.marks.len() - 1;
    d.marks[..=last].rotate_right(1);
    d.height = (y - 18).max(1) as u32;
    Ok(d)
}
