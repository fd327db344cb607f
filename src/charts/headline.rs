//! The small pictures of the opening graphic's headline figures, drawn like the charts
//! (marks painted by plotters), from the same data: this year's bar against last year's,
//! the industry system's tiers as columns of squares, one square per resettlement area.
//! Every mark stays at the drawing's origin (its shapes where they are drawn): the page's
//! CSS animates the marks' transform as the picture comes alive.

use super::marks::{Drawing, Ink};
use super::ChartError;
use crate::content::{Glyph, Story};

pub const WIDTH: u32 = 88;
pub const HEIGHT: u32 = 40;

/// The picture of a headline figure.
pub fn glyph(glyph: Glyph, story: &Story) -> Result<Drawing, ChartError> {
    let mut d = Drawing::new(WIDTH);
    d.height = HEIGHT;
    let w = WIDTH as i32;
    match glyph {
        Glyph::Growth(id) => {
            let this = story.figure(id).ok_or_else(|| ChartError::MissingFigure(id.to_owned()))?;
            let last = story
                .figures
                .iter()
                .find(|f| f.derived_from.is_some_and(|(current, _)| current == id))
                .ok_or_else(|| ChartError::MissingFigure(format!("{id} (last year)")))?;
            let length = |v: f64| ((v / this.value.max(last.value).max(1.0)) * f64::from(w)).round() as i32;
            d.mark("last").rect((0, 6), (length(last.value), 16), Ink::Derived, false);
            d.mark("this").rect((0, 22), (length(this.value), 36), Ink::Accent, true);
        }
        Glyph::Tiers(id) => {
            let chart = story.chart(id).ok_or_else(|| ChartError::MissingFigure(id.to_owned()))?;
            // A column per tier, one square per industry it counts (a tier of one, one tall block).
            let columns = chart.groups.len().max(1) as i32;
            let column = (w - (columns - 1) * 4) / columns;
            for (i, group) in chart.groups.iter().enumerate() {
                let count = group.badge.and_then(|b| b.parse::<i32>().ok()).unwrap_or(1).clamp(1, 8);
                let mark = d.mark(format!("tier:{}", group.state));
                let x = i as i32 * (column + 4);
                let pitch = HEIGHT as i32 / count.max(if count == 1 { 1 } else { 5 });
                for n in 0..count {
                    let h = if count == 1 { HEIGHT as i32 } else { pitch - 2 };
                    let ink = if i % 2 == 0 { Ink::Accent } else { Ink::Derived };
                    mark.rect((x, n * pitch), (x + column, n * pitch + h), ink, true);
                }
            }
        }
        Glyph::Units(id) => {
            let figure = story.figure(id).ok_or_else(|| ChartError::MissingFigure(id.to_owned()))?;
            let count = figure.value.clamp(0.0, 200.0) as i32;
            let per_row = 10;
            let pitch = 8;
            let cells = (0..count).map(|n| ((n % per_row) * pitch + 4, (n / per_row) * pitch + 6)).collect();
            d.mark("units").units(cells, pitch - 2, Ink::Accent);
        }
    }
    Ok(d)
}
