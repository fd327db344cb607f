//! The story as the page uses it: plain `'static` data compiled in by `build.rs`
//! from `data/`, so the browser never fetches or parses a data file.

#[derive(Debug, PartialEq)]
pub struct Story {
    pub meta: Meta,
    pub ui: Ui,
    pub intro: &'static [Block],
    pub chapters: &'static [Chapter],
    pub outro: &'static [Block],
    pub charts: &'static [Chart],
    pub figures: &'static [Figure],
    pub headline: &'static [Headline],
}

#[derive(Debug, PartialEq)]
pub struct Meta {
    pub language: &'static str,
    pub title: &'static str,
    pub title_is_ours: bool,
    pub standfirst: &'static str,
    pub standfirst_is_ours: bool,
    pub byline: &'static str,
    pub publisher: &'static str,
    pub reporter: &'static str,
    pub correspondent: &'static str,
    pub source_credit: &'static str,
    pub ours_note: &'static str,
}

#[derive(Debug, PartialEq)]
pub struct Ui {
    pub skip_link: &'static str,
    pub reading_progress: &'static str,
    pub data_table: &'static str,
    pub download_csv: &'static str,
    pub derived_mark: &'static str,
    pub derived_note: &'static str,
    pub source_label: &'static str,
    pub chart_source: &'static str,
    pub table_item: &'static str,
    pub table_value: &'static str,
    pub table_unit: &'static str,
    pub table_formula: &'static str,
    pub embed: &'static str,
    pub embed_intro: &'static str,
    pub embed_script: &'static str,
    pub embed_iframe: &'static str,
    pub copy: &'static str,
    pub copied: &'static str,
    pub copy_failed: &'static str,
    pub full_story: &'static str,
    pub edition_short: &'static str,
    pub edition_name: &'static str,
    pub editions_label: &'static str,
    pub edition_offer: &'static str,
    pub edition_offer_dismiss: &'static str,
    pub headline_label: &'static str,
}

/// A headline figure of the opening graphic (see `source::HeadlineCell`).
#[derive(Debug, PartialEq)]
pub struct Headline {
    /// The figure shown in large type, or `None` for a term.
    pub figure: Option<&'static str>,
    /// The term shown instead, as this edition writes it.
    pub term: Option<&'static str>,
    pub label: &'static str,
    pub glyph: Glyph,
    /// The id of the place it links to.
    pub to: &'static str,
}

/// What a headline figure's picture draws (see `source::Glyph`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Glyph {
    Growth(&'static str),
    Tiers(&'static str),
    Units(&'static str),
}

#[derive(Debug, PartialEq)]
pub struct Chapter {
    pub id: &'static str,
    pub kicker: &'static str,
    pub title: &'static str,
    pub blocks: &'static [Block],
}

#[derive(Debug, PartialEq)]
pub enum Block {
    Paragraph { text: &'static str },
    Quote { quotes: &'static [&'static str], after: &'static str, speaker: &'static str },
    KeyFigure { figure: &'static str },
    Chart { chart: &'static str },
    Scrolly { id: &'static str, chart: &'static str, steps: &'static [Step] },
    EditorNote { title: &'static str, paragraphs: &'static [&'static str], repairs: &'static [Repair] },
}

#[derive(Debug, PartialEq)]
pub struct Step {
    pub state: &'static str,
    pub text: &'static str,
}

#[derive(Debug, PartialEq)]
pub struct Repair {
    pub place: &'static str,
    pub reads: &'static str,
    pub note: Option<&'static str>,
}

#[derive(Debug, PartialEq)]
pub struct Chart {
    pub id: &'static str,
    pub kind: crate::kind::ChartKind,
    pub title: &'static str,
    pub takeaway: &'static str,
    pub series: &'static [&'static str],
    pub context: Option<&'static str>,
    pub figures: &'static [&'static str],
    pub states: &'static [&'static str],
    pub groups: &'static [ChartGroup],
    /// A figure group's lead: the figure drawn large, and whether it is also drawn as that
    /// many marks.
    pub lead: Option<Lead>,
}

#[derive(Debug, PartialEq, Clone, Copy)]
pub struct Lead {
    pub figure: &'static str,
    pub units: bool,
}

#[derive(Debug, PartialEq)]
pub struct ChartGroup {
    pub state: &'static str,
    pub name: &'static str,
    pub count: Option<&'static str>,
    pub badge: Option<&'static str>,
    /// What stands over the group where its badge is not a count of its items (一批).
    pub quantity: Option<&'static str>,
    pub items: &'static [&'static str],
}

#[derive(Debug, PartialEq)]
pub struct Figure {
    pub id: &'static str,
    pub chapter: &'static str,
    pub label: &'static str,
    /// The number (for a date, the day of the month).
    pub value: f64,
    /// The number as shown, decided at build time so the page formats no floats: "37.2", "4月19日".
    pub shown: &'static str,
    /// "" for dates.
    pub unit: &'static str,
    /// As the article writes it, qualifiers included ("约5000户"); None for derived values.
    pub quoted: Option<&'static str>,
    /// For derived values, the arithmetic that gives them: "343 ÷ (1 + 37.2%) ≈ 250".
    pub formula: Option<&'static str>,
    /// For derived values, the ids of this year's figure and of its growth rate.
    pub derived_from: Option<(&'static str, &'static str)>,
}

impl Figure {
    pub fn is_derived(&self) -> bool {
        self.formula.is_some()
    }

    /// The figure as the article writes it ("近2个月"), or value and unit for a derived one.
    pub fn as_written(&self) -> String {
        match self.quoted {
            Some(quoted) => quoted.to_owned(),
            None => format!("{}{}", self.shown, self.unit),
        }
    }
}

impl Story {
    pub fn figure(&self, id: &str) -> Option<&'static Figure> {
        self.figures.iter().find(|f| f.id == id)
    }

    /// The figures a chart shows, in the chart's order.
    pub fn figures_of<'a>(&'a self, chart: &'a Chart) -> impl Iterator<Item = &'static Figure> + 'a {
        chart.figures.iter().filter_map(|id| self.figure(id))
    }

    pub fn chart(&self, id: &str) -> Option<&'static Chart> {
        self.charts.iter().find(|c| c.id == id)
    }

    /// Every block of the story in page order: the intro, each chapter's, the outro.
    pub fn blocks(&self) -> impl Iterator<Item = &'static Block> {
        let (intro, chapters, outro) = (self.intro, self.chapters, self.outro);
        intro.iter().chain(chapters.iter().flat_map(|c| c.blocks)).chain(outro)
    }
}
