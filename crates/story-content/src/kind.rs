//! The kinds of chart the story can draw: named once here, read from `data/figures.json`
//! by their names, matched on by the drawing code. Shared by the build script (which
//! checks the data and writes it as Rust) and the app.

use serde::Deserialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ChartKind {
    /// Last year against this year, a pair of bars per category.
    GrowthBars,
    /// The “4+5+1+1” industry system as its formula.
    IndustryTiers,
    /// A hierarchy, level by level (the medical network).
    Levels,
    /// A project's figures as cards.
    FigureCards,
    /// Dates along a line.
    Timeline,
}

impl ChartKind {
    /// Whether its drawing writes its figures' labels (the investment bars name their
    /// categories from the chart's own copy instead): the wasm carries a figure's label
    /// only where a drawing writes it.
    pub fn draws_figure_labels(self) -> bool {
        !matches!(self, ChartKind::GrowthBars)
    }

    pub const ALL: [ChartKind; 5] = [
        ChartKind::GrowthBars,
        ChartKind::IndustryTiers,
        ChartKind::Levels,
        ChartKind::FigureCards,
        ChartKind::Timeline,
    ];
}
