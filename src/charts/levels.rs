//! A framework of levels drawn as units: one square per hospital, district, health centre
//! or clinic, so 1 → 2 → 23 → 767 is seen, not read. Each step reveals the next level.
//! Each level's squares are one SVG shape (see `Mark::Units`).

use super::marks::{Anchor, Drawing, Ink, Mark};
use super::{ChartError, Scene};

const LABEL: f64 = 15.0;

pub fn layout(scene: &Scene) -> Result<Drawing, ChartError> {
    let w = scene.w();
    let mut d = Drawing::new(scene.width.px());
    let pitch = if w < 400 { 6 } else { 8 };
    let per_row = w / pitch;
    let step = scene.step();
    let mut y = 0;
    for (i, id) in scene.chart.figures.iter().enumerate() {
        let figure = scene.figure(id)?;
        let count = figure.value.max(0.0) as i32;
        let rows = (count + per_row - 1) / per_row;
        let height = 24 + rows * pitch + 16;
        if i <= step {
            let current = i == step;
            let label = format!("{}{}", figure.as_written(), figure.label);
            d.text(0, y, label, LABEL, if current { Ink::Text } else { Ink::Muted }).styled(Anchor::Start, current);
            let ink = if current { Ink::Accent } else { Ink::Dim };
            let cells = (0..count).map(|n| ((n % per_row) * pitch, y + 24 + (n / per_row) * pitch)).collect();
            d.marks.push(Mark::Units { cells, size: pitch - 2, ink });
        }
        y += height;
    }
    d.height = y as u32;
    Ok(d)
}
