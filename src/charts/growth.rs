//! Investment growth: three nested categories (343 projects, of which 152 over 50 million,
//! of which 134 over 100 million), each this year's count against last year's (derived
//! from its growth rate, outlined and marked), with its growth rate.
//!
//! The nesting is drawn as nesting: behind each contained category lies its container's
//! bar, so 152 is seen inside 343 and 134 inside 152, never beside them to be added up. The
//! growth is drawn as growth: each category's bar grows from last year's length to this
//! year's as the reader scrolls into its step, and the pair shows the ratio (134 is more
//! than twice 61; 343 a third more than 250). Only printed figures are written: a bar's
//! count and growth rate appear when it has arrived, never a count on its way. Every ink
//! of the drawing is named in its legend, with what “derived” means.

use super::marks::{Anchor, Drawing, Ink};
use super::text::{width, wrap, wrap_lines};
use super::{ChartError, Scene};
use crate::content::{ChartGroup, Figure};

const LAST_BAR: i32 = 8;
const THIS_BAR: i32 = 18;
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
                .ok_or_else(|| ChartError::MissingFigure(this.id.to_owned()))?;
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

/// The text sizes and the room right of the longest bar for its count and growth rate.
struct Sizes {
    name: u16,
    value: u16,
    small: u16,
    /// Units per project.
    scale: f64,
}

impl Sizes {
    fn new(scene: &Scene, rows: &[Row]) -> Sizes {
        let (name, value, small) = (scene.size(15), scene.size(15), scene.size(13));
        let max = rows.iter().map(|r| r.last.value.max(r.this.value)).fold(1.0, f64::max);
        let label_room = rows
            .iter()
            .map(|r| width(&this_label(r), f64::from(value)).max(width(&last_label(scene, r), f64::from(small))))
            .fold(0.0, f64::max)
            .ceil() as i32
            + 12;
        Sizes { name, value, small, scale: f64::from(scene.w() - label_room) / max }
    }

    fn length(&self, v: f64) -> i32 {
        ((v * self.scale).round() as i32).max(2)
    }
}

fn this_label(row: &Row) -> String {
    format!("{}  +{}", row.this.as_written(), row.growth.as_written())
}

fn last_label(scene: &Scene, row: &Row) -> String {
    format!("{} {}", row.last.as_written(), scene.derived_mark)
}

/// The bars' thicknesses: thicker where the room allows.
#[derive(Clone, Copy)]
struct Bars {
    last: i32,
    this: i32,
}

pub fn layout(scene: &Scene) -> Result<Drawing, ChartError> {
    let w = scene.w();
    let rows = rows(scene)?;
    let sizes = Sizes::new(scene, &rows);
    let names: Vec<Vec<String>> =
        rows.iter().map(|r| scene.lines(r.group.name, w, sizes.name)).collect::<Result<_, _>>()?;
    let line = i32::from(sizes.name) + 5;
    let mut d = Drawing::new(scene.width.px());
    let top = legend(&mut d, scene, &sizes);
    // The rows' height with bars of a thickness, and the gaps between them.
    let rows_height = |bars: Bars| -> i32 {
        names.iter().map(|n| n.len() as i32 * line + 6 + bars.last + 6 + bars.this).sum::<i32>()
            + 22 * (rows.len() as i32 - 1)
    };
    let thin = Bars { last: LAST_BAR, this: THIS_BAR };
    let height = scene.height_for(top + rows_height(thin));
    let spare = (height - top - rows_height(thin)) / rows.len() as i32;
    let bars = Bars { last: LAST_BAR + (spare / 8).min(8), this: THIS_BAR + (spare / 3).min(24) };
    let gap = 22 + (height - top - rows_height(bars)) / rows.len() as i32;
    let step = scene.step();
    let mut y = top + gap - 22;
    for (i, (row, name)) in rows.iter().zip(&names).enumerate() {
        let key = row.group.state;
        let mark = d.mark(format!("name:{key}")).at(0, y);
        for (k, text) in name.iter().enumerate() {
            let ink = if i == step { Ink::Text } else { Ink::Muted };
            mark.text(0, k as i32 * line, text.as_str(), sizes.name, ink).styled(Anchor::Start, i == step);
        }
        let bars_y = y + name.len() as i32 * line + 6;
        let container = i.checked_sub(1).map(|parent| sizes.length(rows[parent].this.value));
        let grown = match i.cmp(&step) {
            std::cmp::Ordering::Less => 1.0,
            std::cmp::Ordering::Equal => grown(scene.progress),
            std::cmp::Ordering::Greater => 0.0,
        };
        row_bars(&mut d, scene, row, (bars_y, bars), (container, i <= step), &sizes);
        let last = sizes.length(row.last.value);
        let full = sizes.length(row.this.value);
        let beside = label_x(row, full, container.filter(|_| i <= step), &sizes);
        this_year(&mut d, row, (full, last, beside), (bars_y, bars.this, grown), i == step, &sizes);
        y = bars_y + bars.last + 6 + bars.this + gap;
    }
    d.height = height as u32;
    Ok(d)
}

/// Behind this year's bar (at `y`) its container's, once the row's step has come; under it
/// last year's bar (outlined, derived) with its count, there from the start, so that no
/// step leaves a gap at the foot of the drawing.
fn row_bars(
    d: &mut Drawing,
    scene: &Scene,
    row: &Row,
    (y, bars): (i32, Bars),
    (container, come): (Option<i32>, bool),
    sizes: &Sizes,
) {
    let key = row.group.state;
    let (last, last_y) = (sizes.length(row.last.value), y + bars.this + 6);
    d.mark(format!("last:{key}")).at(0, last_y).rect((0, 0), (last, bars.last), Ink::Derived, false);
    let label_y = last_y - (i32::from(sizes.small) - bars.last) / 2;
    d.mark(format!("last-label:{key}")).at(last + 6, label_y).text(
        0,
        0,
        last_label(scene, row),
        sizes.small,
        Ink::Derived,
    );
    let ghost = d.mark(format!("container:{key}")).at(0, y).shown(container.is_some() && come);
    ghost.rect((0, 0), (container.unwrap_or(2), bars.this), Ink::Rule, true);
}

/// Where a row's count begins: just past its bar, unless that would set it across the end
/// of its container's bar behind (dark text half on the ghost, half off), then past that.
fn label_x(row: &Row, full: i32, container: Option<i32>, sizes: &Sizes) -> i32 {
    let end = full + 8 + width(&this_label(row), f64::from(sizes.value)).ceil() as i32;
    match container {
        Some(edge) if edge > full && edge < end => edge + 8,
        _ => full + 8,
    }
}

/// This year's bar, `grown` (0–1) from last year's length to its own, the step's own
/// following the reader; its count (from `beside`) and growth rate once it has arrived.
fn this_year(
    d: &mut Drawing,
    row: &Row,
    (full, last, beside): (i32, i32, i32),
    (y, thick, grown): (i32, i32, f64),
    current: bool,
    sizes: &Sizes,
) {
    let key = row.group.state;
    let start = f64::from(last) / f64::from(full);
    let length = start + (1.0 - start) * grown;
    let bar = d.mark(format!("this:{key}"));
    bar.at(0, y).scaled(length, 1.0).shown(grown > 0.0).rect((0, 0), (full, thick), Ink::Text, true);
    if current {
        bar.scrub();
    }
    let count = row.this.as_written();
    let label_y = y + (thick - i32::from(sizes.value)) / 2;
    let label = d.mark(format!("this-label:{key}")).at(beside, label_y).shown(grown >= 1.0);
    label.text(0, 0, count.as_str(), sizes.value, Ink::Text).styled(Anchor::Start, true);
    let rate_x = beside + width(&format!("{count}  "), f64::from(sizes.value)).ceil() as i32;
    let rate = format!("+{}", row.growth.as_written());
    d.mark(format!("growth:{key}"))
        .at(rate_x, label_y)
        .shown(grown >= 1.0)
        .text(0, 0, rate, sizes.value, if current { Ink::Accent } else { Ink::Text })
        .styled(Anchor::Start, true);
}

/// The legend: each ink with what it stands for (this year, last year derived, the
/// containing category), then what “derived” means. Returns where the rows start.
fn legend(d: &mut Drawing, scene: &Scene, sizes: &Sizes) -> i32 {
    let w = scene.w();
    let (mut x, mut y) = (0, 0);
    let line = i32::from(sizes.small) + 9;
    // The series in the order the copy names them: last year, this year, the container.
    let swatches = [(Ink::Derived, false), (Ink::Text, true), (Ink::Rule, true)];
    for (k, (name, (ink, filled))) in scene.chart.series.iter().zip(swatches).enumerate() {
        // An entry is a few words: one line, cut short (…) only if it could not be one.
        let name = wrap_lines(name, f64::from(w - 18), f64::from(sizes.small), 1).concat();
        let item = 18 + width(&name, f64::from(sizes.small)) as i32;
        if x > 0 && x + item > w {
            (x, y) = (0, y + line);
        }
        let swatch = i32::from(sizes.small) - 2;
        let mark = d.mark(format!("legend:{k}")).at(x, y).rect((0, 2), (swatch, 2 + swatch), ink, filled);
        mark.text(swatch + 5, 0, name, sizes.small, Ink::Muted);
        x += item + 16;
    }
    y += line;
    let note = d.mark("legend:derived").at(0, y);
    // Running text, which may break anywhere a line of prose may.
    for (k, text) in wrap(scene.derived_note, f64::from(w), f64::from(sizes.small)).iter().enumerate() {
        note.text(0, k as i32 * line, text.as_str(), sizes.small, Ink::Derived);
        y += line;
    }
    y + 10
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
