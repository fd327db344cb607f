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

use crate::content::{Chart, ChartKind, Figure};
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
    pub state: &'a str,
    /// How far the reader is through the step that shows `state` (0–1); charts that
    /// follow the reader within a step draw the frame for it, the others ignore it.
    pub progress: f64,
    /// The word that marks a derived value (“推算”).
    pub derived_mark: &'a str,
}

impl<'a> Scene<'a> {
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
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ChartError {
    MissingFigure(String),
    /// plotters refused to draw. Its SVG backend writes to a `String`, which cannot fail;
    /// the backend's error (an `io::Error`) is not kept, as formatting it would cost the
    /// wasm about 3 KB for a message no reader can see.
    Drawing,
}

impl fmt::Display for ChartError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ChartError::MissingFigure(id) => write!(f, "figure “{id}” is missing"),
            ChartError::Drawing => f.write_str("plotters could not draw it"),
        }
    }
}

/// Whether the chart's drawing follows the reader's progress within a step.
pub fn scrubs(chart: &Chart) -> bool {
    chart.kind == ChartKind::GrowthBars
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
