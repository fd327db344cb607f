//! Charts: pure functions of (chart, figures, width, state, progress) → keyed marks,
//! painted with plotters.
//!
//! Each kind lays out `Mark`s (plain geometry, tested directly), each keyed by what it
//! shows and present in every state of its chart (hidden where its state has not come),
//! so the view keeps one element per mark and a change of state moves, grows or fades
//! it. `paint` has plotters draw each mark's shapes into a backend of ours that records
//! them. Layout never asks plotters to measure text, so the browser and the native
//! prerenderer produce the same marks.

pub mod cards;
pub mod csv;
pub mod growth;
pub mod headline;
pub mod levels;
pub mod marks;
pub mod paint;
pub mod snapshot;
pub mod text;
pub mod tiers;
pub mod timeline;

use std::fmt;

use crate::content::{Chart, ChartKind, Figure, Story};
pub use marks::{Drawing, Ink, Mark, Shape};
pub use paint::{paint, Painted};

/// The width a chart is drawn for. Drawn at the size it is shown, text renders at the
/// sizes the layout asks for (never under 12 px on a 390-px phone).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Width {
    Narrow,
    Wide,
}

impl Width {
    pub const ALL: [Width; 2] = [Width::Narrow, Width::Wide];

    pub fn px(self) -> u32 {
        match self {
            Width::Narrow => 320,
            Width::Wide => 600,
        }
    }

    /// The class for a container `px` wide.
    pub fn for_container(px: f64) -> Self {
        if px >= 560.0 {
            Width::Wide
        } else {
            Width::Narrow
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Width::Narrow => "narrow",
            Width::Wide => "wide",
        }
    }
}

/// Everything a chart is a function of.
#[derive(Clone, Copy)]
pub struct Scene<'a> {
    pub chart: &'a Chart,
    pub figures: &'a [Figure],
    pub width: Width,
    /// The height, in the drawing's units, of the room the drawing fills (a sequence's
    /// view, between its caption and its cards), or `None`: as tall as it needs.
    pub room: Option<i32>,
    pub state: &'a str,
    /// How far the reader is through the step that shows `state` (0–1); charts that
    /// follow the reader within a step draw the frame for it, the others ignore it.
    pub progress: f64,
    /// The word that marks a derived value (“推算”), and what it means.
    pub derived_mark: &'a str,
    pub derived_note: &'a str,
}

impl<'a> Scene<'a> {
    /// A chart of `story` in `state`, `width` wide, filling `room` if there is one, drawn
    /// for the reader `progress` through its step.
    pub fn of(
        story: &'a Story,
        chart: &'a Chart,
        (width, room): (Width, Option<i32>),
        state: &'a str,
        progress: f64,
    ) -> Self {
        let (figures, derived_mark, derived_note) = (story.figures, story.ui.derived_mark, story.ui.derived_note);
        Scene { chart, figures, width, room, state, progress, derived_mark, derived_note }
    }

    pub fn figure(&self, id: &str) -> Result<&'a Figure, ChartError> {
        self.figures.iter().find(|f| f.id == id).ok_or_else(|| ChartError::MissingFigure(id.to_owned()))
    }

    /// Position of the current state among the chart's states (0 when unknown).
    pub fn step(&self) -> usize {
        self.chart.states.iter().position(|s| *s == self.state).unwrap_or(0)
    }

    pub fn w(&self) -> i32 {
        self.width.px() as i32
    }

    /// The room's height, or `natural` when there is no room to fill or it is smaller.
    pub fn height_for(&self, natural: i32) -> i32 {
        self.room.map_or(natural, |room| room.max(natural))
    }

    /// Text sizes in the drawing's units: larger in a wide drawing, which a desktop shows
    /// at about its own size (at least 15 px on the screen), than in a narrow one, which a
    /// phone enlarges by about a seventh.
    pub fn size(&self, narrow: u16) -> u16 {
        match self.width {
            Width::Narrow => narrow,
            Width::Wide => narrow + 2,
        }
    }

    /// `text` broken into lines of at most `max` units at `size`, only at its break points;
    /// four lines at most, the last ending in “…” where it was cut (a label is short; a
    /// label that is not must not make the drawing thousands of units tall).
    pub fn lines(&self, text: &str, max: i32, size: u16) -> Result<Vec<String>, ChartError> {
        let (max, size) = (f64::from(max), f64::from(size));
        let lines = text::wrap_at_breaks(text, max, size).map_err(ChartError::Unbreakable)?;
        Ok(text::cut_to(lines, MAX_LINES, max, size))
    }
}

/// The most lines a label of a drawing takes.
pub(crate) const MAX_LINES: usize = 4;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ChartError {
    MissingFigure(String),
    /// plotters refused to draw. Its SVG backend writes to a `String`, which cannot fail;
    /// the backend's error (an `io::Error`) is not kept, as formatting it would cost the
    /// wasm about 3 KB for a message no reader can see.
    Drawing,
    /// A display text wider than its place, with no break point to wrap it at.
    Unbreakable(String),
}

impl fmt::Display for ChartError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ChartError::MissingFigure(id) => write!(f, "figure “{id}” is missing"),
            ChartError::Drawing => f.write_str("plotters could not draw it"),
            ChartError::Unbreakable(text) => write!(f, "“{text}” is too wide and has no break point (|) in data/"),
        }
    }
}

/// Whether the chart's drawing follows the reader's progress within a step.
pub fn scrubs(chart: &Chart) -> bool {
    matches!(chart.kind, ChartKind::GrowthBars | ChartKind::Levels)
}

/// Lays out the chart for its kind.
pub fn layout(scene: &Scene) -> Result<Drawing, ChartError> {
    match scene.chart.kind {
        ChartKind::GrowthBars => growth::layout(scene),
        ChartKind::IndustryTiers => tiers::layout(scene),
        ChartKind::Levels => levels::layout(scene),
        ChartKind::FigureCards => cards::layout(scene),
        ChartKind::Timeline => timeline::layout(scene),
    }
}

/// The chart laid out and painted: what the view shows.
pub fn draw(scene: &Scene) -> Result<Painted, ChartError> {
    paint(&layout(scene)?)
}
