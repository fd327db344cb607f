//! What a chart draws, as plain geometry: a chart kind lays out `Mark`s, and `paint`
//! draws them on any plotters backend. Tests read the marks; the page gets SVG.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// The colours charts use. Each is the light-mode value of a design token; the page's
/// CSS matches these exact values and swaps in the token (dark mode, a portal's accent).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ink {
    Text,
    Muted,
    Accent,
    AccentSoft,
    Derived,
    Rule,
    Dim,
    /// The figure's background, for gaps cut into filled shapes.
    Surface,
}

impl Ink {
    pub const ALL: [Ink; 8] =
        [Ink::Text, Ink::Muted, Ink::Accent, Ink::AccentSoft, Ink::Derived, Ink::Rule, Ink::Dim, Ink::Surface];

    pub fn rgb(self) -> RGBColor {
        match self {
            Ink::Text => RGBColor(0x1d, 0x1d, 0x1f),
            Ink::Muted => RGBColor(0x5a, 0x5a, 0x60),
            Ink::Accent => RGBColor(0xb3, 0x26, 0x1e),
            Ink::AccentSoft => RGBColor(0xf6, 0xe3, 0xe1),
            Ink::Derived => RGBColor(0x8a, 0x5a, 0x00),
            Ink::Rule => RGBColor(0xd9, 0xd6, 0xcf),
            Ink::Dim => RGBColor(0xbd, 0xb8, 0xad),
            Ink::Surface => RGBColor(0xff, 0xff, 0xff),
        }
    }

    /// The CSS custom property the colour stands for.
    pub fn token(self) -> &'static str {
        match self {
            Ink::Text => "--color-text",
            Ink::Muted => "--color-muted",
            Ink::Accent => "--color-accent",
            Ink::AccentSoft => "--color-accent-soft",
            Ink::Derived => "--color-derived",
            Ink::Rule => "--color-rule",
            Ink::Dim => "--color-dim",
            Ink::Surface => "--color-surface",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    Start,
    Middle,
    End,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Mark {
    /// A bar or box; `filled: false` draws its outline (used for derived values).
    Rect {
        x0: i32,
        y0: i32,
        x1: i32,
        y1: i32,
        ink: Ink,
        filled: bool,
    },
    /// Text whose top sits at `y`; `size` is the rendered font size in px.
    Text {
        x: i32,
        y: i32,
        text: String,
        size: f64,
        ink: Ink,
        anchor: Anchor,
        bold: bool,
    },
    Dot {
        x: i32,
        y: i32,
        r: i32,
        ink: Ink,
    },
    /// Many equal squares (top-left corners, in rows): painted as one bar per row with
    /// the gaps between columns cut by one zigzag line, so hundreds of units cost a
    /// handful of SVG elements instead of hundreds.
    Units {
        cells: Vec<(i32, i32)>,
        size: i32,
        ink: Ink,
    },
    Line {
        from: (i32, i32),
        to: (i32, i32),
        ink: Ink,
        width: u32,
    },
}

/// A laid-out chart: its size and what it draws.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Drawing {
    pub width: u32,
    pub height: u32,
    pub marks: Vec<Mark>,
}

impl Drawing {
    pub fn new(width: u32) -> Self {
        Drawing { width, height: 0, marks: Vec::new() }
    }

    pub fn text(&mut self, x: i32, y: i32, text: impl Into<String>, size: f64, ink: Ink) -> &mut Self {
        let text = text.into();
        self.marks.push(Mark::Text { x, y, text, size, ink, anchor: Anchor::Start, bold: false });
        self
    }

    /// Changes the last text mark's anchor and weight.
    pub fn styled(&mut self, anchor: Anchor, bold: bool) -> &mut Self {
        if let Some(Mark::Text { anchor: a, bold: b, .. }) = self.marks.last_mut() {
            *a = anchor;
            *b = bold;
        }
        self
    }

    pub fn rect(&mut self, (x0, y0): (i32, i32), (x1, y1): (i32, i32), ink: Ink, filled: bool) {
        self.marks.push(Mark::Rect { x0, y0, x1, y1, ink, filled });
    }

    pub fn texts(&self) -> impl Iterator<Item = &str> {
        self.marks.iter().filter_map(|m| match m {
            Mark::Text { text, .. } => Some(text.as_str()),
            _ => None,
        })
    }
}

/// plotters writes font-size as size / 1.24; this undoes it so `size` is what renders.
const PLOTTERS_FONT_SCALE: f64 = 1.24;

/// Draws the marks on a plotters drawing area of any backend.
pub fn paint<DB: DrawingBackend>(
    area: &DrawingArea<DB, plotters::coord::Shift>,
    marks: &[Mark],
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    for mark in marks {
        match mark {
            Mark::Rect { x0, y0, x1, y1, ink, filled } => {
                let style = ShapeStyle { color: ink.rgb().to_rgba(), filled: *filled, stroke_width: 1 };
                area.draw(&Rectangle::new([(*x0, *y0), (*x1, *y1)], style))?;
            }
            Mark::Text { x, y, text, size, ink, anchor, bold } => {
                let weight = if *bold { FontStyle::Bold } else { FontStyle::Normal };
                let h = match anchor {
                    Anchor::Start => HPos::Left,
                    Anchor::Middle => HPos::Center,
                    Anchor::End => HPos::Right,
                };
                let font = FontDesc::new(FontFamily::SansSerif, size * PLOTTERS_FONT_SCALE, weight);
                let color = ink.rgb();
                let style = TextStyle::from(font).color(&color).pos(Pos::new(h, VPos::Top));
                area.draw(&Text::new(text.as_str(), (*x, *y), style))?;
            }
            Mark::Dot { x, y, r, ink } => {
                area.draw(&Circle::new((*x, *y), *r, ink.rgb().filled()))?;
            }
            Mark::Units { cells, size, ink } => {
                let (bars, cuts, gap) = units_as_bars(cells, *size);
                for (x0, y0, x1, y1) in bars {
                    let style = ShapeStyle { color: ink.rgb().to_rgba(), filled: true, stroke_width: 0 };
                    area.draw(&Rectangle::new([(x0, y0), (x1, y1)], style))?;
                }
                if cuts.len() > 1 {
                    area.draw(&PathElement::new(cuts, Ink::Surface.rgb().stroke_width(gap)))?;
                }
            }
            Mark::Line { from, to, ink, width } => {
                let style = ink.rgb().stroke_width(*width);
                area.draw(&PathElement::new(vec![*from, *to], style))?;
            }
        }
    }
    Ok(())
}

type Bar = (i32, i32, i32, i32);

/// Rows of squares as bars (one per row), plus a zigzag through the gaps between columns
/// (down one gap, along the bottom, up the next …) and the gap's width.
fn units_as_bars(cells: &[(i32, i32)], size: i32) -> (Vec<Bar>, Vec<(i32, i32)>, u32) {
    let mut bars: Vec<Bar> = Vec::new();
    for &(x, y) in cells {
        match bars.last_mut() {
            Some(bar) if bar.1 == y => bar.2 = bar.2.max(x + size),
            _ => bars.push((x, y, x + size, y + size)),
        }
    }
    // The distinct column positions, in order. Kept sorted as they come rather than sorted
    // afterwards: a slice sort would add about 3 KB of code to the wasm for a dozen numbers.
    let mut columns: Vec<i32> = Vec::new();
    for &(x, _) in cells {
        if let Err(at) = columns.binary_search(&x) {
            columns.insert(at, x);
        }
    }
    let pitch = columns.windows(2).map(|w| w[1] - w[0]).min().unwrap_or(size);
    let gap = (pitch - size).max(0);
    let (top, bottom) = (bars.first().map_or(0, |b| b.1) - 1, bars.last().map_or(0, |b| b.3) + 1);
    let mut cuts = Vec::new();
    for (k, x) in columns.iter().skip(1).enumerate() {
        let cx = x - gap / 2 - gap % 2;
        let (from, to) = if k % 2 == 0 { (top, bottom) } else { (bottom, top) };
        cuts.extend([(cx, from), (cx, to)]);
    }
    (bars, if gap > 0 { cuts } else { Vec::new() }, gap as u32)
}

#[cfg(test)]
mod tests {
    use super::units_as_bars;

    #[test]
    fn rows_become_bars_and_column_gaps_one_zigzag() {
        // Three squares in a row, one in the next: pitch 6, size 4, gap 2.
        let (bars, cuts, gap) = units_as_bars(&[(0, 0), (6, 0), (12, 0), (0, 6)], 4);
        assert_eq!(bars, vec![(0, 0, 16, 4), (0, 6, 4, 10)]);
        assert_eq!(gap, 2);
        assert_eq!(cuts, vec![(5, -1), (5, 11), (11, 11), (11, -1)]);
    }
}
