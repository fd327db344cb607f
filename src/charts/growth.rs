//! Investment growth: per category, last year's derived count (an outlined bar, marked as
//! derived) against this year's (filled), with the growth rate. Every category's last
//! year is there from the first step, so the chart is whole at once; each step grows its
//! category's bar from last year's length to this year's as the reader scrolls through
//! it, its label counting up to the reported value, which it reaches a third of the way
//! through the step and then holds, with the growth rate.

use super::marks::{Anchor, Drawing, Ink};
use super::text::{width, wrap_lines};
use super::{ChartError, Scene};
use crate::content::{ChartGroup, Figure};

const NAME: u16 = 14;
const VALUE: u16 = 13;
const LAST_BAR: i32 = 10;
const THIS_BAR: i32 = 16;
/// The share of a step over which its bar grows; the rest of the step holds the figure.
const GROWS_UNTIL: f64 = 0.35;

struct Row<'a> {
    group: &'a ChartGroup,
    last: &'a Figure,
    this: &'a Figure,
    growth: &'a Figure,
}

fn rows<'a>(scene: &Scene<'a>) -> Result<Vec<Row<'a>>, ChartError> {
    scene
        .chart
        .groups
        .iter()
        .map(|group| {
            let this = scene.figure(group.count.unwrap_or_default())?;
            let last = scene
                .figures
                .iter()
                .find(|f| f.derived_from.is_some_and(|(current, _)| current == this.id))
                .ok_or_else(|| ChartError::MissingFigure(format!("{} (last year)", this.id)))?;
            let growth = scene.figure(last.derived_from.map(|(_, g)| g).unwrap_or_default())?;
            Ok(Row { group, last, this, growth })
        })
        .collect()
}

/// How far a step's bar has grown (0–1) at `progress` through the step: eased, done early.
pub fn grown(progress: f64) -> f64 {
    let t = (progress / GROWS_UNTIL).clamp(0.0, 1.0);
    t * t * (3.0 - 2.0 * t)
}

/// The count shown while a bar grows: the figure as written, its number counted from
/// last year's value; the reported value itself once grown.
fn counted(this: &Figure, last: &Figure, grown: f64) -> String {
    if grown >= 1.0 {
        return this.as_written();
    }
    let n = (last.value + (this.value - last.value) * grown).round() as i64;
    this.as_written().replacen(this.shown, &n.to_string(), 1)
}

/// The bars' scale: px per unit, leaving room right of the longest bar for its count and
/// growth rate, in this edition's words.
struct Scale(f64);

impl Scale {
    fn new(rows: &[Row], w: i32) -> Scale {
        let max = rows.iter().map(|r| r.last.value.max(r.this.value)).fold(1.0, f64::max);
        let label_room = rows
            .iter()
            .map(|r| {
                width(&r.this.as_written(), f64::from(VALUE)) + width(&format!("+{}", r.growth.as_written()), 13.0)
            })
            .map(|room| room + 20.0)
            .fold(0.0, f64::max)
            .ceil() as i32;
        Scale(f64::from(w - label_room) / max)
    }

    fn length(&self, v: f64) -> i32 {
        ((v * self.0).round() as i32).max(2)
    }
}

pub fn layout(scene: &Scene) -> Result<Drawing, ChartError> {
    let w = scene.w();
    let mut d = Drawing::new(scene.width.px());
    let rows = rows(scene)?;
    let scale = Scale::new(&rows, w);
    let mut y = legend(&mut d, scene, w);
    let step = scene.step();
    for (i, row) in rows.iter().enumerate() {
        let key = row.group.state;
        let current = i == step;
        let lines = wrap_lines(row.group.name, f64::from(w), f64::from(NAME), 3);
        let name = d.mark(format!("name:{key}"));
        name.at(0, y);
        for (k, line) in lines.iter().enumerate() {
            let ink = if current { Ink::Text } else { Ink::Muted };
            name.text(0, k as i32 * 19, line.as_str(), NAME, ink).styled(Anchor::Start, current);
        }
        let by = y + lines.len() as i32 * 19 + 4;
        let last = last_year(&mut d, scene, row, &scale, by);
        // This year: grown in steps passed, growing in this one, not yet shown after it.
        let grown = match i.cmp(&step) {
            std::cmp::Ordering::Less => 1.0,
            std::cmp::Ordering::Equal => grown(scene.progress),
            std::cmp::Ordering::Greater => 0.0,
        };
        let by = by + LAST_BAR + 6;
        this_year(&mut d, row, (scale.length(row.this.value), last), by, grown, (current, i <= step));
        y = by + THIS_BAR + 18;
    }
    d.height = (y - 8) as u32;
    Ok(d)
}

/// The legend (outlined = last year, derived; filled = this year); returns where the
/// rows start below it.
fn legend(d: &mut Drawing, scene: &Scene, w: i32) -> i32 {
    let (mut x, mut y) = (0, 0);
    for (k, name) in scene.chart.series.iter().enumerate() {
        let item = 18 + width(name, f64::from(VALUE)) as i32;
        // A legend too wide for one row (longer words in English) takes two.
        if x > 0 && x + item > w {
            (x, y) = (0, y + 24);
        }
        let (ink, filled) = if k == 0 { (Ink::Derived, false) } else { (Ink::Accent, true) };
        let mark = d.mark(format!("legend:{k}")).at(x, y).rect((0, 3), (12, 15), ink, filled);
        mark.text(18, 0, *name, VALUE, Ink::Muted);
        x += item + 20;
    }
    y + 30
}

/// Last year's bar, outlined and marked as derived, with its count; returns its length.
fn last_year(d: &mut Drawing, scene: &Scene, row: &Row, scale: &Scale, y: i32) -> i32 {
    let key = row.group.state;
    let last = scale.length(row.last.value);
    d.mark(format!("last:{key}")).at(0, y).rect((0, 0), (last, LAST_BAR), Ink::Derived, false);
    let last_label = format!("{} {}", row.last.as_written(), scene.derived_mark);
    d.mark(format!("last-label:{key}")).at(last + 6, y - 2).text(0, 0, last_label, VALUE, Ink::Derived);
    last
}

/// This year's bar, `grown` (0–1) from last year's length to its own, with its count
/// counting up and, once grown, the growth rate. The step's own bar follows the reader.
fn this_year(d: &mut Drawing, row: &Row, (full, last): (i32, i32), y: i32, grown: f64, (current, shown): (bool, bool)) {
    let key = row.group.state;
    let start = f64::from(last) / f64::from(full);
    let length = start + (1.0 - start) * grown;
    let ink = if current { Ink::Accent } else { Ink::Dim };
    let bar = d.mark(format!("this:{key}"));
    bar.at(0, y).scaled(length, 1.0).shown(shown).rect((0, 0), (full, THIS_BAR), ink, true);
    if current {
        bar.scrub();
    }
    let end = (f64::from(full) * length).round() as i32;
    let count = counted(row.this, row.last, grown);
    let count_width = width(&count, f64::from(VALUE)).ceil() as i32;
    let label = d.mark(format!("this-label:{key}"));
    label.at(end + 6, y + 1).shown(shown).text(0, 0, count, VALUE, Ink::Text).styled(Anchor::Start, true);
    if current {
        label.scrub();
    }
    let rate = format!("+{}", row.growth.as_written());
    d.mark(format!("growth:{key}"))
        .at(end + 6 + count_width + 8, y + 1)
        .shown(shown && grown >= 1.0)
        .text(0, 0, rate, VALUE, if current { Ink::Accent } else { Ink::Muted })
        .styled(Anchor::Start, true);
}

#[cfg(test)]
mod tests {
    use super::grown;

    #[test]
    fn a_bar_grows_over_the_first_third_of_its_step_and_then_holds() {
        assert_eq!(grown(0.0), 0.0);
        assert!(grown(0.05) < grown(0.15) && grown(0.15) < grown(0.3));
        assert_eq!(grown(0.35), 1.0);
        assert_eq!(grown(0.9), 1.0);
    }
}
