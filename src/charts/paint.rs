//! Paints marks with plotters, into a drawing backend of our own: instead of writing an
//! SVG string it records each primitive plotters draws (`Prim`), mark by mark, so the
//! view can keep one element per mark and per primitive across states. Coordinates are
//! whole pixels; nothing here formats a float.

use std::cell::RefCell;
use std::rc::Rc;

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind, FontStyle as Weight,
};

use super::marks::{Anchor, Drawing, Ink, Place, Shape};
use super::ChartError;

/// A primitive plotters drew, as the view writes it.
#[derive(Clone, Debug, PartialEq)]
pub enum Prim {
    Rect {
        x: i32,
        y: i32,
        w: i32,
        h: i32,
        ink: Ink,
        filled: bool,
    },
    /// `y` is the text's top.
    Text {
        x: i32,
        y: i32,
        text: String,
        size: u16,
        ink: Ink,
        anchor: Anchor,
        bold: bool,
    },
    Circle {
        x: i32,
        y: i32,
        r: u32,
        ink: Ink,
    },
    Polyline {
        points: Vec<(i32, i32)>,
        ink: Ink,
        width: u32,
    },
}

/// A mark as painted: its key, its place and what plotters drew for it.
#[derive(Clone, Debug, PartialEq)]
pub struct PaintedMark {
    pub key: String,
    pub place: Place,
    pub scrubbed: bool,
    pub prims: Vec<Prim>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Painted {
    pub width: u32,
    pub height: u32,
    pub marks: Vec<PaintedMark>,
}

/// Paints every mark of the drawing.
pub fn paint(drawing: &Drawing) -> Result<Painted, ChartError> {
    // A mark's shapes are in its own coordinates, which may reach past the drawing (a dot
    // drawn large to be scaled down): the area is larger than any drawing, so plotters
    // clips nothing.
    let size = (1 << 16, 1 << 16);
    let mut marks = Vec::with_capacity(drawing.marks.len());
    for mark in &drawing.marks {
        let sink = Rc::new(RefCell::new(Vec::new()));
        {
            let area = Recorder { size, sink: sink.clone() }.into_drawing_area();
            paint_shapes(&area, &mark.shapes).map_err(|_| ChartError::Drawing)?;
        }
        let prims = sink.take();
        marks.push(PaintedMark { key: mark.key.clone(), place: mark.place, scrubbed: mark.scrubbed, prims });
    }
    Ok(Painted { width: drawing.width, height: drawing.height, marks })
}

/// Draws shapes on a plotters drawing area of any backend.
fn paint_shapes<DB: DrawingBackend>(
    area: &DrawingArea<DB, plotters::coord::Shift>,
    shapes: &[Shape],
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    for shape in shapes {
        match shape {
            Shape::Rect { x0, y0, x1, y1, ink, filled } => {
                let style = ShapeStyle { color: ink.rgb().to_rgba(), filled: *filled, stroke_width: 1 };
                area.draw(&Rectangle::new([(*x0, *y0), (*x1, *y1)], style))?;
            }
            Shape::Text { x, y, text, size, ink, anchor, bold } => {
                let weight = if *bold { FontStyle::Bold } else { FontStyle::Normal };
                let h = match anchor {
                    Anchor::Start => HPos::Left,
                    Anchor::Middle => HPos::Center,
                    Anchor::End => HPos::Right,
                };
                let font = FontDesc::new(FontFamily::SansSerif, f64::from(*size), weight);
                let color = ink.rgb();
                let style = TextStyle::from(font).color(&color).pos(Pos::new(h, VPos::Top));
                area.draw(&Text::new(text.as_str(), (*x, *y), style))?;
            }
            Shape::Dot { x, y, r, ink } => {
                area.draw(&Circle::new((*x, *y), *r, ink.rgb().filled()))?;
            }
            Shape::Units { cells, size, ink } => {
                let (bars, cuts, gap) = units_as_bars(cells, *size);
                for (x0, y0, x1, y1) in bars {
                    let style = ShapeStyle { color: ink.rgb().to_rgba(), filled: true, stroke_width: 0 };
                    area.draw(&Rectangle::new([(x0, y0), (x1, y1)], style))?;
                }
                if cuts.len() > 1 {
                    area.draw(&PathElement::new(cuts, plotters::style::Color::stroke_width(&Ink::Surface.rgb(), gap)))?;
                }
            }
            Shape::Line { from, to, ink, width } => {
                area.draw(&PathElement::new(
                    vec![*from, *to],
                    plotters::style::Color::stroke_width(&ink.rgb(), *width),
                ))?;
            }
        }
    }
    Ok(())
}

/// The backend: records what plotters draws.
struct Recorder {
    size: (u32, u32),
    sink: Rc<RefCell<Vec<Prim>>>,
}

/// Recording cannot fail.
#[derive(Debug)]
pub struct Never;

impl std::fmt::Display for Never {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("never")
    }
}

impl std::error::Error for Never {}

fn ink_of(color: BackendColor) -> Ink {
    Ink::of(color.rgb)
}

impl DrawingBackend for Recorder {
    type ErrorType = Never;

    fn get_size(&self) -> (u32, u32) {
        self.size
    }

    fn ensure_prepared(&mut self) -> Result<(), DrawingErrorKind<Never>> {
        Ok(())
    }

    fn present(&mut self) -> Result<(), DrawingErrorKind<Never>> {
        Ok(())
    }

    /// Single pixels are never drawn by our shapes.
    fn draw_pixel(&mut self, _: BackendCoord, _: BackendColor) -> Result<(), DrawingErrorKind<Never>> {
        Ok(())
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        (x0, y0): BackendCoord,
        (x1, y1): BackendCoord,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<Never>> {
        let (x, y, w, h) = (x0.min(x1), y0.min(y1), (x1 - x0).abs(), (y1 - y0).abs());
        self.sink.borrow_mut().push(Prim::Rect { x, y, w, h, ink: ink_of(style.color()), filled: fill });
        Ok(())
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<Never>> {
        let points = path.into_iter().collect();
        self.sink.borrow_mut().push(Prim::Polyline { points, ink: ink_of(style.color()), width: style.stroke_width() });
        Ok(())
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        (x, y): BackendCoord,
        r: u32,
        style: &S,
        _fill: bool,
    ) -> Result<(), DrawingErrorKind<Never>> {
        self.sink.borrow_mut().push(Prim::Circle { x, y, r, ink: ink_of(style.color()) });
        Ok(())
    }

    fn draw_text<T: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &T,
        (x, y): BackendCoord,
    ) -> Result<(), DrawingErrorKind<Never>> {
        let anchor = match style.anchor().h_pos {
            HPos::Left => Anchor::Start,
            HPos::Center => Anchor::Middle,
            HPos::Right => Anchor::End,
        };
        let bold = matches!(style.style(), Weight::Bold);
        let (size, ink) = (style.size().round() as u16, ink_of(style.color()));
        self.sink.borrow_mut().push(Prim::Text { x, y, text: text.to_owned(), size, ink, anchor, bold });
        Ok(())
    }
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
    use super::*;
    use crate::charts::marks::Drawing;

    #[test]
    fn rows_become_bars_and_column_gaps_one_zigzag() {
        // Three squares in a row, one in the next: pitch 6, size 4, gap 2.
        let (bars, cuts, gap) = units_as_bars(&[(0, 0), (6, 0), (12, 0), (0, 6)], 4);
        assert_eq!(bars, vec![(0, 0, 16, 4), (0, 6, 4, 10)]);
        assert_eq!(gap, 2);
        assert_eq!(cuts, vec![(5, -1), (5, 11), (11, 11), (11, -1)]);
    }

    #[test]
    fn plotters_draws_each_marks_shapes_into_that_mark() {
        let mut d = Drawing::new(100);
        d.height = 50;
        d.mark("a").at(10, 20).rect((0, 0), (30, 8), Ink::Accent, true).text(34, 0, "343个", 13, Ink::Text);
        d.mark("b").dot(5, 5, 3, Ink::Dim);
        let painted = paint(&d).unwrap();
        assert_eq!(painted.marks.len(), 2);
        assert_eq!(painted.marks[0].key, "a");
        assert_eq!(painted.marks[0].place.x, 10);
        assert_eq!(painted.marks[0].prims[0], Prim::Rect { x: 0, y: 0, w: 30, h: 8, ink: Ink::Accent, filled: true });
        assert!(
            matches!(&painted.marks[0].prims[1], Prim::Text { text, size: 13, ink: Ink::Text, .. } if text == "343个")
        );
        assert_eq!(painted.marks[1].prims, vec![Prim::Circle { x: 5, y: 5, r: 3, ink: Ink::Dim }]);
    }
}
