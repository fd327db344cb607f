//! A figure group: its lead, the one number that carries the point, large and in the
//! accent (and, where it is a small count, drawn as that many marks); the others support
//! it as a compact list, number beside label. On a phone the list follows the lead; where
//! there is room it stands beside it. One mark per figure, keyed by its figure. The data
//! table under the drawing holds every number.

use super::marks::{Anchor, Drawing, Ink};
use super::text::{width, wrap_lines};
use super::{ChartError, Scene};
use crate::content::Figure;

const LEAD: f64 = 44.0;
const LEAD_MIN: f64 = 24.0;
const LEAD_LABEL: u16 = 16;
const NUMBER: f64 = 20.0;
const NUMBER_MIN: f64 = 14.0;
const LABEL: u16 = 14;
const UNIT: i32 = 14;
const UNIT_GAP: i32 = 4;
/// From this width the list stands beside the lead.
const BESIDE: i32 = 560;
const GAP: i32 = 24;

pub fn layout(scene: &Scene) -> Result<Drawing, ChartError> {
    let w = scene.w();
    let mut d = Drawing::new(scene.width.px());
    let lead_id = scene.chart.lead.map(|l| l.figure).or(scene.chart.figures.first().copied());
    let lead = lead_id.map(|id| scene.figure(id)).transpose()?;
    let rest = scene.chart.figures.iter().filter(|id| Some(**id) != lead_id);
    let rest = rest.map(|id| scene.figure(id)).collect::<Result<Vec<_>, _>>()?;
    let beside = w >= BESIDE && !rest.is_empty();
    let lead_w = if beside { (w - GAP) * 2 / 5 } else { w };
    let (lead_h, lead_size) = match lead {
        Some(f) => lead_figure(&mut d, scene, f, lead_w)?,
        None => (0, LEAD),
    };
    // Supporting numbers stay a step below the lead, however small a long lead is set.
    let number = (lead_size * 0.75).clamp(NUMBER_MIN, NUMBER);
    let (list_x, list_y) = if beside { (lead_w + GAP, 0) } else { (0, lead_h + if rest.is_empty() { 0 } else { GAP }) };
    let list_h = list(&mut d, scene, &rest, (list_x, list_y, w - list_x), number)?;
    d.height = (list_y + list_h).max(lead_h).max(1) as u32;
    Ok(d)
}

/// The lead at the top left: its number as large as its width allows, its label, and its
/// units where the data asks for them. Returns its height and the number's size.
fn lead_figure(d: &mut Drawing, scene: &Scene, f: &Figure, w: i32) -> Result<(i32, f64), ChartError> {
    let number = f.as_written();
    let size = LEAD.min(f64::from(w) / width(&number, 1.0).max(1.0)).max(LEAD_MIN).floor();
    let numbers = wrap_lines(&number, f64::from(w), size, 2);
    let line = (size * 1.15).ceil() as i32;
    let mark = d.mark(format!("card:{}", f.id));
    let ink = if f.is_derived() { Ink::Derived } else { Ink::Accent };
    // A large face's glyph box reaches above its em box: room for it inside the drawing.
    let top = (size * 0.3).ceil() as i32;
    for (n, text) in numbers.iter().enumerate() {
        mark.text(0, top + n as i32 * line, text.as_str(), size as u16, ink).styled(Anchor::Start, true);
    }
    let mut y = top + numbers.len() as i32 * line + 4;
    for text in label_lines(scene, f, w, LEAD_LABEL)? {
        mark.text(0, y, text, LEAD_LABEL, Ink::Text);
        y += i32::from(LEAD_LABEL) * 3 / 2;
    }
    let count = scene.chart.lead.filter(|l| l.units).map_or(0, |_| f.value as i32);
    if count > 0 {
        let per_row = ((w + UNIT_GAP) / (UNIT + UNIT_GAP)).clamp(1, 10);
        y += 6;
        for k in 0..count {
            let (x0, y0) = ((k % per_row) * (UNIT + UNIT_GAP), y + (k / per_row) * (UNIT + UNIT_GAP));
            mark.rect((x0, y0), (x0 + UNIT, y0 + UNIT), Ink::Accent, true);
        }
        y += (count + per_row - 1) / per_row * (UNIT + UNIT_GAP);
    }
    Ok((y, size))
}

/// The supporting figures, one row each under a rule: the number in ink, its label beside
/// it. Returns the list's height.
fn list(
    d: &mut Drawing,
    scene: &Scene,
    figures: &[&Figure],
    (x, y, w): (i32, i32, i32),
    number: f64,
) -> Result<i32, ChartError> {
    let numbers: Vec<String> = figures.iter().map(|f| f.as_written()).collect();
    let widest = numbers.iter().map(|n| width(n, number)).fold(0.0, f64::max);
    let column = widest.min(f64::from(w) * 0.45).ceil() as i32;
    let mut row_y = y;
    for (f, written) in figures.iter().zip(&numbers) {
        let size = number.min(f64::from(column) / width(written, 1.0).max(1.0)).max(NUMBER_MIN).floor();
        let number_lines = wrap_lines(written, f64::from(column), size, 3);
        // Beside its number where it fits on one line; else under it, across the list,
        // broken only at its break points.
        let beside = w - column - 12;
        let (labels, label_at) = if width(f.label, f64::from(LABEL)) <= f64::from(beside) {
            (label_lines(scene, f, beside, LABEL)?, (column + 12, 13))
        } else {
            (label_lines(scene, f, w, LABEL)?, (0, 10 + number_lines.len() as i32 * 24 + 4))
        };
        let mark = d.mark(format!("card:{}", f.id));
        mark.at(x, row_y).rect((0, 0), (w, 1), Ink::Rule, true);
        let ink = if f.is_derived() { Ink::Derived } else { Ink::Text };
        for (n, text) in number_lines.iter().enumerate() {
            mark.text(0, 10 + n as i32 * 24, text.as_str(), size as u16, ink).styled(Anchor::Start, true);
        }
        for (n, text) in labels.iter().enumerate() {
            mark.text(label_at.0, label_at.1 + n as i32 * 20, text.as_str(), LABEL, Ink::Muted);
        }
        let height = (10 + number_lines.len() as i32 * 24).max(label_at.1 + labels.len() as i32 * 20) + 8;
        row_y += height;
    }
    Ok(row_y - y)
}

/// A figure's label wrapped to `max` at its break points, with the derived mark where
/// the figure is computed.
fn label_lines(scene: &Scene, f: &Figure, max: i32, size: u16) -> Result<Vec<String>, ChartError> {
    let mut lines = scene.lines(f.label, max, size)?;
    if f.is_derived() {
        lines.push(scene.derived_mark.to_owned());
    }
    Ok(lines)
}
