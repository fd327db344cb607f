//! A framework of levels drawn as units: one dot per hospital, district, health centre
//! or clinic, so 1 → 2 → 23 → 767 is seen, not read. Each step reveals the next level.

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
            for n in 0..count {
                let (col, row) = (n % per_row, n / per_row);
                let (x, cy) = (col * pitch + pitch / 2, y + 24 + row * pitch + pitch / 2);
                d.marks.push(Mark::Dot { x, y: cy, r: pitch / 2 - 1, ink });
            }
        }
        y += height;
    }
    d.height = y as u32;
    Ok(d)
}
