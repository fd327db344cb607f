//! A framework of levels as a hierarchy that grows downwards: one dot per hospital,
//! district and health centre, one small square per clinic, so 1 → 2 → 23 → 767 is seen,
//! not read. Each step adds the next level below the ones before, and the picture zooms
//! out to keep filling its space: the first step is one large dot, the last the whole
//! framework. Levels are joined by a bracket, not by lines from parent to child: the
//! source does not say which centre belongs to which district. The clinics' squares are
//! one shape (see `Shape::Units`).

use super::marks::{Anchor, Drawing, Ink, Mark};
use super::text::{width, wrap_lines};
use super::{ChartError, Scene};

const LABEL: u16 = 16;
const LABEL_LINE: i32 = 20;
const LINK: i32 = 18;
/// The most a step's picture is enlarged to fill the space.
const MAX_ZOOM: f64 = 2.5;

/// One level laid out at full size, in its own coordinates (its top-left at 0, 0).
struct Level {
    label: Vec<String>,
    height: i32,
    /// What the level draws below its label, as (x, y, r) dots or one units shape.
    body: Body,
}

enum Body {
    Dots(Vec<(i32, i32, i32)>),
    Units { cells: Vec<(i32, i32)>, size: i32 },
}

fn level(count: i32, label: Vec<String>, w: i32, wide: bool) -> Level {
    let centre = w / 2;
    // Few units are dots, larger the fewer; many are a grid of squares.
    let body = match count {
        0..=3 => {
            let r = if count == 1 { 18 } else { 13 };
            let pitch = 4 * r;
            let left = centre - (count - 1) * pitch / 2;
            Body::Dots((0..count).map(|n| (left + n * pitch, r, r)).collect())
        }
        4..=60 => {
            let pitch = (w / count).clamp(8, 22);
            let r = (pitch * 2 / 5).max(3);
            let per_row = (w / pitch).max(1);
            let rows = (count + per_row - 1) / per_row;
            let in_row = |row: i32| if row + 1 < rows { per_row } else { count - row * per_row };
            Body::Dots(
                (0..count)
                    .map(|n| {
                        let (row, col) = (n / per_row, n % per_row);
                        let left = centre - (in_row(row) - 1) * pitch / 2;
                        (left + col * pitch, r + row * pitch, r)
                    })
                    .collect(),
            )
        }
        _ => {
            let pitch = if wide { 8 } else { 6 };
            let per_row = w / pitch;
            let left = (w - per_row * pitch) / 2;
            let cells = (0..count).map(|n| (left + (n % per_row) * pitch, (n / per_row) * pitch)).collect();
            Body::Units { cells, size: pitch - 2 }
        }
    };
    let body_height = match &body {
        Body::Dots(dots) => dots.iter().map(|(_, y, r)| y + r).max().unwrap_or(0),
        Body::Units { cells, size } => cells.last().map_or(0, |c| c.1 + size),
    };
    Level { height: label_height(&label) + body_height, label, body }
}

impl Level {
    /// How far its body reaches from the drawing's centre line, at full size.
    fn half_width(&self, w: i32) -> i32 {
        let centre = w / 2;
        match &self.body {
            Body::Dots(dots) => dots.iter().map(|(x, _, r)| (x - centre).abs() + r).max().unwrap_or(0),
            Body::Units { cells, size } => {
                cells.iter().map(|(x, _)| (x - centre).abs().max((x + size - centre).abs())).max().unwrap_or(0)
            }
        }
    }
}

fn label_height(label: &[String]) -> i32 {
    label.len() as i32 * LABEL_LINE + 4
}

/// Marks are drawn at the largest zoom and scaled down, so a dot enlarged for the first
/// step is as crisp as the rest.
fn big(v: i32) -> i32 {
    (f64::from(v) * MAX_ZOOM).round() as i32
}

/// The levels the chart's figures count, at full size.
fn levels(scene: &Scene, w: i32) -> Result<Vec<Level>, ChartError> {
    let wide = w > 400;
    let mut levels = Vec::new();
    for id in scene.chart.figures {
        let figure = scene.figure(id)?;
        // “767个卫生室”, “767 village clinics”: a space before a word in a Latin script.
        let space = if figure.label.starts_with(|c: char| c.is_ascii_alphabetic()) { " " } else { "" };
        let text = format!("{}{space}{}", figure.as_written(), figure.label);
        let label = wrap_lines(&text, f64::from(w - 8), f64::from(LABEL), 2);
        levels.push(level(figure.value.clamp(0.0, 5000.0) as i32, label, w, wide));
    }
    Ok(levels)
}

/// This step's picture (levels 0..=step) zoomed to fill the drawing, centred on it.
struct View {
    w: i32,
    height: i32,
    /// The height of what this step shows, at full size.
    shown: i32,
    zoom: f64,
}

impl View {
    fn new(levels: &[Level], tops: &[i32], step: usize, w: i32, height: i32) -> View {
        let shown = tops.get(step).copied().unwrap_or(0) + levels.get(step).map_or(0, |l| l.height);
        // As large as fills the height, but never wider than the drawing (centred on it).
        let half_width = levels[..=step].iter().map(|l| l.half_width(w)).max().unwrap_or(1).max(1);
        let fill = f64::from(height) / f64::from(shown.max(1));
        let zoom = fill.min(MAX_ZOOM).min(f64::from(w / 2) / f64::from(half_width));
        View { w, height, shown, zoom }
    }

    /// Puts a mark drawn at the largest zoom at (x, y) of the full-size framework, `scale`d.
    fn place(&self, mark: &mut Mark, x: i32, y: i32, scale: f64) {
        let left = f64::from(self.w) / 2.0 * (1.0 - self.zoom);
        let top = (f64::from(self.height) - f64::from(self.shown) * self.zoom) / 2.0;
        let px = (left + f64::from(x) * self.zoom).round() as i32;
        let py = (top + f64::from(y) * self.zoom).round() as i32;
        mark.at(px, py).scaled(scale / MAX_ZOOM, scale / MAX_ZOOM);
    }
}

pub fn layout(scene: &Scene) -> Result<Drawing, ChartError> {
    let w = scene.w();
    let mut d = Drawing::new(scene.width.px());
    let levels = levels(scene, w)?;
    // Each level's top in the whole framework, and the whole's height: the drawing's.
    let mut tops = Vec::new();
    let mut y = 0;
    for level in &levels {
        tops.push(y);
        y += level.height + LINK;
    }
    let height = (y - LINK).max(1);
    let step = scene.step().min(levels.len().saturating_sub(1));
    let view = View::new(&levels, &tops, step, w, height);
    for (i, level) in levels.iter().enumerate() {
        let key = scene.chart.states.get(i).copied().unwrap_or("level");
        draw_level(&mut d, &view, level, key, tops[i], (i == step, i <= step));
        // A bracket from this level down to the next, drawn once the next is there.
        if let Some(next) = levels.get(i + 1) {
            draw_link(&mut d, &view, key, tops[i] + level.height + 3, next, i < step);
        }
    }
    d.height = height as u32;
    Ok(d)
}

/// A level's label and its dots or squares, in the accent while it is the step's.
fn draw_level(d: &mut Drawing, view: &View, level: &Level, key: &str, top: i32, (current, shown): (bool, bool)) {
    let w = view.w;
    let ink = if current { Ink::Accent } else { Ink::Dim };
    // A label enlarged with its level, but never wider than the drawing.
    let widest = level.label.iter().map(|l| width(l, f64::from(LABEL))).fold(1.0, f64::max);
    let fits = f64::from(w - 8) / widest;
    let label = d.mark(format!("label:{key}"));
    view.place(label, w / 2, top, view.zoom.min(fits.max(1.0)));
    let text_ink = if current { Ink::Text } else { Ink::Muted };
    label.shown(shown);
    for (k, line) in level.label.iter().enumerate() {
        let size = (f64::from(LABEL) * MAX_ZOOM) as u16;
        label.text(0, big(k as i32 * LABEL_LINE), line.as_str(), size, text_ink).styled(Anchor::Middle, current);
    }
    let body = d.mark(format!("level:{key}"));
    view.place(body, 0, top + label_height(&level.label), view.zoom);
    body.shown(shown);
    match &level.body {
        Body::Dots(dots) => {
            for &(x, y, r) in dots {
                body.dot(big(x), big(y), big(r), ink);
            }
        }
        Body::Units { cells, size } => {
            let cells = cells.iter().map(|&(x, y)| (big(x), big(y))).collect();
            body.units(cells, big(*size), ink);
        }
    }
}

/// The bracket from a level down to the next, as wide as the next level (the drawing's
/// centre third at most).
fn draw_link(d: &mut Drawing, view: &View, key: &str, top: i32, next: &Level, shown: bool) {
    let w = view.w;
    let link = d.mark(format!("link:{key}"));
    view.place(link, 0, top, view.zoom);
    let (mid, bottom) = (big(LINK / 2 - 2), big(LINK - 6));
    let reach = next.half_width(w).clamp(12, w / 3);
    let (left, right) = (big(w / 2 - reach), big(w / 2 + reach));
    link.shown(shown)
        .line((big(w / 2), 0), (big(w / 2), mid), Ink::Rule, 2)
        .line((left, mid), (right, mid), Ink::Rule, 2)
        .line((left, mid), (left, bottom), Ink::Rule, 2)
        .line((right, mid), (right, bottom), Ink::Rule, 2);
}
