//! The story as editors write it in `data/`: the serde shape of the JSON files.
//!
//! Shared by `build.rs` (which checks it and compiles it into Rust statics) and by
//! native tests. It never reaches the browser: the wasm holds only the statics.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FiguresFile {
    pub terms: Vec<Term>,
    pub figures: Vec<Figure>,
    pub charts: Vec<ChartSpec>,
}

/// A number that is a name, not a quantity (“1153”工作思路, “4+5+1+1”).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    pub id: String,
    pub text: String,
    pub note: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Figure {
    pub id: String,
    pub chapter: String,
    pub label: String,
    #[serde(default)]
    pub value: Option<f64>,
    #[serde(default)]
    pub unit: Option<String>,
    #[serde(default)]
    pub date: Option<MonthDay>,
    /// How the figure is written in its sentence, qualifiers included ("约5000户").
    #[serde(default)]
    pub quoted: Option<String>,
    /// The sentence of the article it comes from, verbatim.
    #[serde(default)]
    pub sentence: Option<String>,
    #[serde(default)]
    pub derived: Option<Derivation>,
}

#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MonthDay {
    pub month: u8,
    pub day: u8,
}

/// Last year's value implied by this year's value and its year-on-year growth.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Derivation {
    pub current: String,
    pub growth: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChartSpec {
    pub id: String,
    pub kind: crate::kind::ChartKind,
    pub figures: Vec<String>,
    pub states: Vec<String>,
    /// The figure that carries a figure group's point, drawn large; the rest support it.
    #[serde(default)]
    pub lead: Option<String>,
    /// Draw the lead as that many marks as well (a count small enough to see: 25 安置区).
    #[serde(default)]
    pub units: bool,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StoryFile {
    pub meta: Meta,
    pub ui: Ui,
    pub intro: Vec<Block>,
    pub chapters: Vec<Chapter>,
    pub outro: Vec<Block>,
    pub charts: Vec<ChartCopy>,
    /// The opening graphic: the story's headline figures, each with a small picture of
    /// what it counts and a link to where the story tells it.
    #[serde(default)]
    pub headline: Vec<HeadlineCell>,
    /// Editions other than the base: each figure's label in this edition's language
    /// (the base's labels are in figures.json).
    #[serde(default)]
    pub figure_labels: std::collections::BTreeMap<String, String>,
    /// Editions other than the base: what each term is, in this edition's language.
    #[serde(default)]
    pub term_notes: std::collections::BTreeMap<String, String>,
    /// Editions other than the base: a term as this edition writes it, where that differs
    /// (“2025年8月31日” → “31 August 2025”).
    #[serde(default)]
    pub term_texts: std::collections::BTreeMap<String, String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Meta {
    pub language: String,
    pub title: Authored,
    pub standfirst: Authored,
    pub byline: String,
    pub publisher: String,
    pub reporter: String,
    pub correspondent: String,
    pub source_credit: String,
    pub ours_note: String,
}

/// Text with a flag saying whether we wrote it or the source did.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Authored {
    pub text: String,
    pub ours: bool,
}

/// Every label the page shows around the story.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Ui {
    pub skip_link: String,
    pub reading_progress: String,
    pub data_table: String,
    pub download_csv: String,
    pub derived_mark: String,
    pub derived_note: String,
    pub source_label: String,
    pub chart_source: String,
    pub table_item: String,
    pub table_value: String,
    pub table_unit: String,
    pub table_formula: String,
    pub embed: String,
    pub embed_intro: String,
    pub embed_script: String,
    pub embed_iframe: String,
    pub copy: String,
    pub copied: String,
    pub copy_failed: String,
    pub full_story: String,
    pub edition_short: String,
    pub edition_name: String,
    pub editions_label: String,
    /// The offer of this edition to a reader whose browser asks for its language, in it.
    pub edition_offer: String,
    /// The offer's dismiss button's name, in this edition's language.
    pub edition_offer_dismiss: String,
    /// Names the opening graphic's list of headline figures.
    pub headline_label: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Chapter {
    pub id: String,
    pub kicker: String,
    pub title: String,
    pub blocks: Vec<Block>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum Block {
    /// `continues`: the paragraph goes on from the sequence before it, whose steps carry
    /// its first part (the article prints both as one paragraph).
    Paragraph {
        text: String,
        #[serde(default)]
        continues: bool,
    },
    Quote {
        quotes: Vec<String>,
        after: String,
        speaker: String,
    },
    KeyFigure {
        figure: String,
    },
    Chart {
        chart: String,
    },
    /// A sequence: its steps carry a passage of the article, in order, once (see `passage`).
    Scrolly {
        id: String,
        chart: String,
        steps: Vec<Step>,
    },
    EditorNote {
        title: String,
        paragraphs: Vec<String>,
        repairs: Vec<Repair>,
    },
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    pub state: String,
    pub text: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Repair {
    pub place: String,
    pub reads: String,
    /// The damaged stretch exactly as the source copy has it; never shown to readers.
    pub garbled: String,
    #[serde(default)]
    pub note: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChartCopy {
    pub id: String,
    pub title: String,
    pub takeaway: String,
    /// Names of the series a chart draws (legend entries), in drawing order.
    #[serde(default)]
    pub series: Vec<String>,
    /// What the chart is drawn inside of: the larger whole it belongs to (for the industry
    /// system, Qingdao's “10+1” industries), shown as the frame of its first state.
    #[serde(default)]
    pub context: Option<String>,
    #[serde(default)]
    pub groups: Vec<ChartGroup>,
}

/// One headline figure of the opening graphic: a figure or a term, in large type; what it
/// counts, in the edition's words (numbers in it are checked like any text); its picture;
/// and the id of the place in the story it links to.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HeadlineCell {
    #[serde(default)]
    pub figure: Option<String>,
    #[serde(default)]
    pub term: Option<String>,
    pub label: String,
    pub glyph: Glyph,
    pub to: String,
}

/// The small picture of a headline figure, drawn from data like the charts.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase", deny_unknown_fields)]
pub enum Glyph {
    /// This year's bar against last year's (derived) for a figure with a derived last year.
    Growth(String),
    /// The tiers of a tiered chart, one square per industry.
    Tiers(String),
    /// One square per unit a figure counts.
    Units(String),
}

/// A labelled group of items inside a chart (a tier of the industry system).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChartGroup {
    pub state: String,
    pub name: String,
    #[serde(default)]
    pub count: Option<String>,
    /// A short mark for the group: one part of an “A+B+…” name in the chart's title.
    #[serde(default)]
    pub badge: Option<String>,
    /// What stands over the group in its drawing where the badge is no count of its items:
    /// the future tier is one tier of “4+5+1+1”, but the article calls it 一批 (a number of).
    #[serde(default)]
    pub quantity: Option<String>,
    /// What the group holds. In a display text (a group's name, an item) `|` marks where a
    /// line may break (新能源|新材料); spaces do too.
    #[serde(default)]
    pub items: Vec<String>,
}

impl StoryFile {
    /// The article's own paragraphs in reading order, as the source prints them: chapter
    /// kickers and titles, paragraphs, and quotes with their quotation marks.
    pub fn article_paragraphs(&self) -> Vec<String> {
        let mut paragraphs = Vec::new();
        push_blocks(&mut paragraphs, &self.intro);
        for chapter in &self.chapters {
            paragraphs.push(chapter.kicker.clone());
            paragraphs.push(crate::display::plain(&chapter.title));
            push_blocks(&mut paragraphs, &chapter.blocks);
        }
        push_blocks(&mut paragraphs, &self.outro);
        paragraphs
    }
}

/// Adds the blocks' article text: a paragraph that continues the one before is appended
/// to it (after a space in Latin script).
fn push_blocks(paragraphs: &mut Vec<String>, blocks: &[Block]) {
    for block in blocks {
        match (block, paragraphs.last_mut()) {
            (Block::Paragraph { text, continues: true }, Some(last)) => {
                if last.ends_with(|c: char| c.is_ascii_punctuation()) {
                    last.push(' ');
                }
                last.push_str(text);
            }
            _ => paragraphs.extend(block.article_text()),
        }
    }
}

impl Block {
    /// The article's words in the block, as the article prints them.
    pub fn article_text(&self) -> Option<String> {
        match self {
            Block::Paragraph { text, .. } => Some(text.clone()),
            Block::Quote { quotes, after, .. } => {
                let quoted: String = quotes.iter().map(|q| format!("“{q}”")).collect();
                Some(quoted + after)
            }
            Block::Scrolly { steps, .. } => Some(passage(steps)),
            _ => None,
        }
    }
}

/// The passage a sequence's steps carry, as the article prints it. A step that ends
/// without punctuation ends where the article has a comma, which its card leaves out (a
/// card never ends in one): the comma comes back here.
pub fn passage(steps: &[Step]) -> String {
    let mut text = String::new();
    for (k, step) in steps.iter().enumerate() {
        text.push_str(&step.text);
        let ends_open = step.text.ends_with(|c: char| c.is_alphanumeric() || c == '%');
        if ends_open && k + 1 < steps.len() {
            text.push_str(if step.text.is_ascii() { ", " } else { "，" });
        }
    }
    text
}
