//! What a chart draws, as plain geometry: keyed marks, each a few shapes in its own
//! coordinates and a place in the drawing (moved, scaled, faded). A chart kind lays out
//! the marks of a state; `paint` draws their shapes with plotters; the view keeps one
//! element per key, so between two states the same mark moves, grows or fades (CSS
//! tweens its transform and opacity) instead of being drawn again.

use plotters::style::RGBColor;

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

    /// The colour as written in the drawing (`fill="#B3261E"`).
    pub fn hex(self) -> &'static str {
        match self {
            Ink::Text => "#1D1D1F",
            Ink::Muted => "#5A5A60",
            Ink::Accent => "#B3261E",
            Ink::AccentSoft => "#F6E3E1",
            Ink::Derived => "#8A5A00",
            Ink::Rule => "#D9D6CF",
            Ink::Dim => "#BDB8AD",
            Ink::Surface => "#FFFFFF",
        }
    }

    pub fn rgb(self) -> RGBColor {
        let hex = self.hex().as_bytes();
        let byte = |i: usize| (nibble(hex[i]) << 4) | nibble(hex[i + 1]);
        RGBColor(byte(1), byte(3), byte(5))
    }

    /// The ink of a colour plotters hands back (one of ours, or text ink when unknown).
    pub fn of(rgb: (u8, u8, u8)) -> Ink {
        Ink::ALL
            .into_iter()
            .find(|ink| {
                let RGBColor(r, g, b) = ink.rgb();
                (r, g, b) == rgb
            })
            .unwrap_or(Ink::Text)
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

fn nibble(c: u8) -> u8 {
    match c {
        b'0'..=b'9' => c - b'0',
        _ => c - b'A' + 10,
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    Start,
    Middle,
    End,
}

/// A shape of a mark, in the mark's own coordinates.
#[derive(Clone, Debug, PartialEq)]
pub enum Shape {
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
        size: u16,
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

/// Thousandths: scales and opacities are written with three decimals at most, by integer
/// arithmetic (the same bytes on every target, and no float formatting in the wasm).
pub type Milli = i32;
pub const ONE: Milli = 1000;

/// Turns a fraction into thousandths (clamped to 0–1).
pub fn milli(fraction: f64) -> Milli {
    (fraction.clamp(0.0, 1.0) * f64::from(ONE)).round() as Milli
}

/// Where a mark sits in one state: moved to (x, y), scaled from its own origin, faded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Place {
    pub x: i32,
    pub y: i32,
    pub scale_x: Milli,
    pub scale_y: Milli,
    pub opacity: Milli,
}

impl Default for Place {
    fn default() -> Self {
        Place { x: 0, y: 0, scale_x: ONE, scale_y: ONE, opacity: ONE }
    }
}

/// One thing the chart shows, keyed by what it shows (`bar:new:this-year`, `tile:低空经济`).
#[derive(Clone, Debug, PartialEq)]
pub struct Mark {
    pub key: String,
    pub place: Place,
    pub shapes: Vec<Shape>,
    /// Follows the reader's scrolling within a step (tweens briefly, to keep up).
    pub scrubbed: bool,
}

impl Mark {
    pub fn at(&mut self, x: i32, y: i32) -> &mut Self {
        (self.place.x, self.place.y) = (x, y);
        self
    }

    /// Scaled from the mark's origin: a bar drawn at full length, shown at `x` of it.
    pub fn scaled(&mut self, x: f64, y: f64) -> &mut Self {
        (self.place.scale_x, self.place.scale_y) = (milli(x), milli(y));
        self
    }

    pub fn faded(&mut self, opacity: f64) -> &mut Self {
        self.place.opacity = milli(opacity);
        self
    }

    /// Shown only when `shown`: a mark of another state stays in the drawing, invisible,
    /// so it can fade in when its state comes.
    pub fn shown(&mut self, shown: bool) -> &mut Self {
        if !shown {
            self.place.opacity = 0;
        }
        self
    }

    pub fn scrub(&mut self) -> &mut Self {
        self.scrubbed = true;
        self
    }

    pub fn rect(&mut self, (x0, y0): (i32, i32), (x1, y1): (i32, i32), ink: Ink, filled: bool) -> &mut Self {
        self.shapes.push(Shape::Rect { x0, y0, x1, y1, ink, filled });
        self
    }

    pub fn text(&mut self, x: i32, y: i32, text: impl Into<String>, size: u16, ink: Ink) -> &mut Self {
        let text = text.into();
        self.shapes.push(Shape::Text { x, y, text, size, ink, anchor: Anchor::Start, bold: false });
        self
    }

    /// Changes the last text's anchor and weight.
    pub fn styled(&mut self, anchor: Anchor, bold: bool) -> &mut Self {
        if let Some(Shape::Text { anchor: a, bold: b, .. }) = self.shapes.last_mut() {
            (*a, *b) = (anchor, bold);
        }
        self
    }

    pub fn dot(&mut self, x: i32, y: i32, r: i32, ink: Ink) -> &mut Self {
        self.shapes.push(Shape::Dot { x, y, r, ink });
        self
    }

    pub fn line(&mut self, from: (i32, i32), to: (i32, i32), ink: Ink, width: u32) -> &mut Self {
        self.shapes.push(Shape::Line { from, to, ink, width });
        self
    }

    pub fn units(&mut self, cells: Vec<(i32, i32)>, size: i32, ink: Ink) -> &mut Self {
        self.shapes.push(Shape::Units { cells, size, ink });
        self
    }

    /// Whether a reader sees it in this state.
    pub fn visible(&self) -> bool {
        self.place.opacity > 0
    }
}

/// A laid-out chart: its size and its marks (those of other states among them, hidden).
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

    /// A new mark at the drawing's origin, to be placed and given shapes.
    pub fn mark(&mut self, key: impl Into<String>) -> &mut Mark {
        self.marks.push(Mark { key: key.into(), place: Place::default(), shapes: Vec::new(), scrubbed: false });
        self.marks.last_mut().expect("just pushed")
    }

    /// The texts a reader sees in this state.
    pub fn texts(&self) -> impl Iterator<Item = &str> {
        self.marks.iter().filter(|m| m.visible()).flat_map(|m| &m.shapes).filter_map(|s| match s {
            Shape::Text { text, .. } => Some(text.as_str()),
            _ => None,
        })
    }

    pub fn get(&self, key: &str) -> Option<&Mark> {
        self.marks.iter().find(|m| m.key == key)
    }
}
