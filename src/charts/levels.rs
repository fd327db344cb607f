//! A framework of levels as a hierarchy that reaches downwards: one dot per general
//! hospital, district and health centre, one small square per clinic, so 1 → 2 → 23 → 767
//! is seen, not read. The whole framework is drawn in every state, in one place: a state
//! lights its part, and nothing moves, so no line ever crosses a label. Each level hangs
//! from the one above by a bracket spanning exactly its own marks (the source does not say
//! which centre belongs to which district). It fills its room: the clinics' squares take
//! the width, and the height left over goes between the levels.
//!
//! The states follow the article: the system's head (the general hospital); the framework
//! “立足1个总医院、2个片区、23个卫生院及767个卫生室”, each level lighting as the reader
//! reaches it in the sentence; and the whole, integrated (its brackets in the accent).

use super::marks::{Anchor, Drawing, Ink};
use super::{ChartError, Scene};

/// The least room between a level and the next, for the bracket.
const LINK: i32 = 22;
/// Where in the framework's step each level lights, as a share of the step.
const ARRIVES: [f64; 4] = [0.0, 0.0, 0.2, 0.4];

/// What a level draws below its label, in the drawing's coordinates (its top at 0).
enum Body {
    /// Dots as (x, y, r).
    Dots(Vec<(i32, i32, i32)>),
    /// Squares' top-left corners, and their size.
    Units(Vec<(i32, i32)>, i32),
}

impl Body {
    fn height(&self) -> i32 {
        match self {
            Body::Dots(dots) => dots.iter().map(|(_, y, r)| y + r).max().unwrap_or(0),
            Body::Units(cells, size) => cells.iter().map(|c| c.1).max().map_or(0, |y| y + size),
        }
    }

    /// The body's left and right edges: what its bracket spans.
    fn span(&self) -> (i32, i32) {
        let edges: Vec<(i32, i32)> = match self {
            Body::Dots(dots) => dots.iter().map(|&(x, _, r)| (x - r, x + r)).collect(),
            Body::Units(cells, size) => cells.iter().map(|&(x, _)| (x, x + size)).collect(),
        };
        let left = edges.iter().map(|e| e.0).min().unwrap_or(0);
        (left, edges.iter().map(|e| e.1).max().unwrap_or(0))
    }
}

/// A count as a body `w` wide: a few large dots, a grid of smaller ones, or (past 60) a
/// grid of squares `pitch` apart.
fn body(count: i32, w: i32, pitch: i32) -> Body {
    let centre = w / 2;
    if count > 60 {
        let per_row = (w / pitch).max(1);
        let left = (w - per_row * pitch + (pitch - pitch * 3 / 4)) / 2;
        let cells = (0..count).map(|n| (left + (n % per_row) * pitch, (n / per_row) * pitch)).collect();
        return Body::Units(cells, pitch * 3 / 4);
    }
    let grow = f64::from(pitch) / 8.0;
    let (r, spacing) = match count {
        1 => ((20.0 * grow) as i32, 0),
        2 => ((14.0 * grow) as i32, (56.0 * grow) as i32),
        _ => {
            let spacing = (w / count.min(w / 22)).min((30.0 * grow) as i32);
            (spacing * 3 / 8, spacing)
        }
    };
    let per_row = if spacing == 0 { 1 } else { (w / spacing).clamp(1, count) };
    let rows = (count + per_row - 1) / per_row;
    let in_row = |row: i32| if row + 1 < rows { per_row } else { count - row * per_row };
    let dots = (0..count)
        .map(|n| {
            let (row, col) = (n / per_row, n % per_row);
            (centre - (in_row(row) - 1) * spacing / 2 + col * spacing, r + row * spacing.max(2 * r + 4), r)
        })
        .collect();
    Body::Dots(dots)
}

/// A level: its label (the figure as written, with what it counts) in lines, and its body.
struct Level {
    key: &'static str,
    label: Vec<String>,
    body: Body,
}

impl Level {
    fn label_height(&self, size: u16) -> i32 {
        self.label.len() as i32 * (i32::from(size) + 6) + 4
    }
}

fn levels(scene: &Scene, pitch: i32) -> Result<Vec<Level>, ChartError> {
    let (w, size) = (scene.w(), scene.size(15));
    scene
        .chart
        .figures
        .iter()
        .map(|id| {
            let figure = scene.figure(id)?;
            // “767个卫生室”, “767 village clinics”: a space before a word in a Latin script.
            let space = if figure.label.starts_with(|c: char| c.is_ascii_alphabetic()) { " " } else { "" };
            let label = scene.lines(&format!("{}{space}{}", figure.as_written(), figure.label), w, size)?;
            Ok(Level { key: figure.id, label, body: body(figure.value.clamp(0.0, 5000.0) as i32, w, pitch) })
        })
        .collect()
}

/// The height the levels need with the least room between them.
fn natural_height(levels: &[Level], size: u16) -> i32 {
    levels.iter().map(|l| l.label_height(size) + l.body.height()).sum::<i32>() + LINK * (levels.len() as i32 - 1)
}

/// The levels laid out at the largest squares for which they fit the room (the clinics
/// fill the width), or at the smallest when there is no room to fill.
fn fitted(scene: &Scene, size: u16) -> Result<Vec<Level>, ChartError> {
    let (smallest, largest) = if scene.w() > 400 { (8, 16) } else { (5, 12) };
    let Some(room) = scene.room else { return levels(scene, smallest + 2) };
    for pitch in (smallest + 1..=largest).rev() {
        let candidate = levels(scene, pitch)?;
        if natural_height(&candidate, size) <= room {
            return Ok(candidate);
        }
    }
    levels(scene, smallest)
}

/// How the state shows each level: lit (reached), and the one just reached.
struct Light {
    lit: Vec<bool>,
    newest: Option<usize>,
    /// The whole framework, integrated: its brackets in the accent.
    whole: bool,
}

fn light(scene: &Scene, count: usize) -> Light {
    match scene.step() {
        0 => Light { lit: (0..count).map(|i| i == 0).collect(), newest: Some(0), whole: false },
        1 => {
            let lit: Vec<bool> = (0..count).map(|i| scene.progress >= ARRIVES[i.min(3)]).collect();
            let newest = lit.iter().rposition(|&l| l);
            Light { lit, newest, whole: false }
        }
        _ => Light { lit: vec![true; count], newest: None, whole: true },
    }
}

pub fn layout(scene: &Scene) -> Result<Drawing, ChartError> {
    let (w, size) = (scene.w(), scene.size(15));
    let levels = fitted(scene, size)?;
    let natural = natural_height(&levels, size);
    let height = scene.height_for(natural);
    let gap = LINK + (height - natural) / (levels.len() as i32 - 1).max(1);
    let light = light(scene, levels.len());
    let mut d = Drawing::new(scene.width.px());
    let mut y = 0;
    for (i, level) in levels.iter().enumerate() {
        if i > 0 {
            bracket(&mut d, level, (y - gap, y), light.lit[i], light.whole);
        }
        let (lit, newest) = (light.lit[i], light.newest == Some(i));
        let text_ink = if lit { Ink::Text } else { Ink::Muted };
        let label = d.mark(format!("label:{}", level.key)).at(w / 2, y);
        for (k, line) in level.label.iter().enumerate() {
            label
                .text(0, k as i32 * (i32::from(size) + 6), line.as_str(), size, text_ink)
                .styled(Anchor::Middle, newest);
        }
        let ink = if newest {
            Ink::Accent
        } else if lit {
            Ink::Text
        } else {
            Ink::Dim
        };
        let body = d.mark(format!("level:{}", level.key));
        body.at(0, y + level.label_height(size));
        match &level.body {
            Body::Dots(dots) => dots.iter().for_each(|&(x, y, r)| {
                body.dot(x, y, r, ink);
            }),
            Body::Units(cells, size) => {
                body.units(cells.clone(), *size, ink);
            }
        }
        y += level.label_height(size) + level.body.height() + gap;
    }
    // In the framework's step the levels light as the reader reads on.
    if scene.step() == 1 {
        d.marks.iter_mut().for_each(|mark| mark.scrubbed = true);
    }
    d.height = height as u32;
    Ok(d)
}

/// The bracket a level hangs from, in the gap `(top, bottom)` above its label: a stem
/// down from the middle of the level above, and a bar spanning exactly the level's marks.
fn bracket(d: &mut Drawing, level: &Level, (top, bottom): (i32, i32), lit: bool, whole: bool) {
    let (left, right) = level.body.span();
    let centre = (left + right) / 2;
    let mid = (top + bottom) / 2;
    let ink = if whole {
        Ink::Accent
    } else if lit {
        Ink::Muted
    } else {
        Ink::Rule
    };
    let stroke = if whole { 3 } else { 2 };
    d.mark(format!("link:{}", level.key))
        .line((centre, top + 4), (centre, mid), ink, stroke)
        .line((left, mid), (right, mid), ink, stroke)
        .line((left, mid), (left, bottom - 4), ink, stroke)
        .line((right, mid), (right, bottom - 4), ink, stroke);
}
