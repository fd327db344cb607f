//! Investment growth: per category, last year's derived count (outlined, marked as
//! derived) against this year's (filled), with the growth rate. One category is
//! revealed per step; space for the rest is kept so nothing moves.

use super::marks::{Anchor, Drawing, Ink};
use super::text::wrap;
use super::{ChartError, Scene};

const NAME: f64 = 15.0;
const VALUE: f64 = 13.0;
const BAR: i32 = 16;

pub fn layout(scene: &Scene) -> Result<Drawing, ChartError> {
    let w = scene.w();
    let mut d = Drawing::new(scene.width.px());
    let mut rows = Vec::new();
    for group in scene.chart.groups {
        let this_year = scene.figure(group.count.unwrap_or_default())?;
        let last_year = scene
            .figures
            .iter()
            .find(|f| f.derived_from.is_some_and(|(current, _)| current == this_year.id))
            .ok_or_else(|| ChartError::MissingFigure(format!("{} (last year)", this_year.id)))?;
        let growth = scene.figure(last_year.derived_from.map(|(_, g)| g).unwrap_or_default())?;
        rows.push((group, last_year, this_year, growth));
    }
    let max = rows.iter().map(|(_, last, this, _)| last.value.max(this.value)).fold(1.0, f64::max);
    let label_space = if w < 400 { 118 } else { 160 };
    let scale = f64::from(w - label_space) / max;
    let bar = |v: f64| ((v * scale).round() as i32).max(2);

    // Legend: outlined = last year (derived), filled = this year.
    let mut y = 0;
    let mut x = 0;
    for (k, name) in scene.chart.series.iter().enumerate() {
        let item = 18 + super::text::width(name, VALUE) as i32;
        // A legend too wide for one row (longer words in English) takes two.
        if x > 0 && x + item > w {
            (x, y) = (0, y + 24);
        }
        d.rect((x, y + 3), (x + 12, y + 15), if k == 0 { Ink::Derived } else { Ink::Accent }, k != 0);
        d.text(x + 18, y, *name, VALUE, Ink::Muted);
        x += item + 20;
    }
    y += 30;

    let step = scene.step();
    for (i, (group, last, this, growth)) in rows.iter().enumerate() {
        let lines = wrap(group.name, f64::from(w), NAME);
        let height = lines.len() as i32 * 22 + (BAR + 6) * 2 + 14;
        if i <= step {
            let current = i == step;
            for (k, line) in lines.iter().enumerate() {
                d.text(0, y + k as i32 * 22, line.as_str(), NAME, if current { Ink::Text } else { Ink::Muted })
                    .styled(Anchor::Start, current);
            }
            let mut by = y + lines.len() as i32 * 22 + 2;
            d.rect((0, by), (bar(last.value), by + BAR), Ink::Derived, false);
            let last_label = format!("{} {}", last.as_written(), scene.derived_mark);
            d.text(bar(last.value) + 6, by + 1, last_label, VALUE, Ink::Derived);
            by += BAR + 6;
            d.rect((0, by), (bar(this.value), by + BAR), if current { Ink::Accent } else { Ink::Dim }, true);
            let this_label = format!("{}  +{}", this.as_written(), growth.as_written());
            d.text(bar(this.value) + 6, by + 1, this_label, VALUE, Ink::Text).styled(Anchor::Start, true);
        }
        y += height;
    }
    d.height = y as u32;
    Ok(d)
}
