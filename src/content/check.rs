//! The build-time checker: reads `data/`, and either returns the story or every
//! problem found, each naming the file, the place in it and what is wrong, in
//! words an editor can act on.

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::path::Path;

use super::editions::{english_numbers, label_differences, structure_differences, to_hant, BASE};
use super::quantity::{month_day, plain, previous_year, strip_qualifiers, UNITS};
use super::source::{Block, ChartSpec, Figure, FiguresFile, Glyph, StoryFile};

pub use super::edition_table::{EditionRow, EDITIONS};

pub const FIGURES_FILE: &str = "figures.json";
/// The base edition's file: the story as the editors write it.
pub const STORY_FILE: &str = "story.zh-Hans.json";

/// How far a derived value may sit from its formula's result: it is rounded to a whole number.
const ROUNDING: f64 = 0.5;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataError {
    /// The file, as `data/…`.
    pub file: String,
    /// Where in it: a JSON path and the names of what it points at.
    pub place: String,
    pub problem: String,
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.place.is_empty() {
            write!(f, "{}: {}", self.file, self.problem)
        } else {
            write!(f, "{}: {}: {}", self.file, self.place, self.problem)
        }
    }
}

/// The checked story: the figures and every edition, consistent with each other.
#[derive(Debug, Clone)]
pub struct Checked {
    pub figures: FiguresFile,
    /// The base edition (简体).
    pub story: StoryFile,
    /// The other editions, in the order asked for.
    pub editions: Vec<StoryFile>,
}

/// Reads and checks `figures.json` and the base edition in `dir`, and every other edition
/// of `editions` (language code, file) against the base. `shown_dir` is how the folder is
/// named in messages (`data`).
pub fn check_dir(dir: &Path, shown_dir: &str, editions: &[EditionRow]) -> Result<Checked, Vec<DataError>> {
    let figures_name = format!("{shown_dir}/{FIGURES_FILE}");
    let story_name = format!("{shown_dir}/{STORY_FILE}");
    let figures = read(dir, FIGURES_FILE, &figures_name).and_then(|t| parse::<FiguresFile>(&figures_name, &t));
    let base_text = read(dir, STORY_FILE, &story_name);
    let story = base_text.clone().and_then(|t| parse::<StoryFile>(&story_name, &t));
    let (figures, story, base_text) = match (figures, story, base_text) {
        (Ok(figures), Ok(story), Ok(text)) => (figures, story, text),
        (figures, story, _) => return Err([figures.err(), story.err()].into_iter().flatten().collect()),
    };
    let mut errors = Checker::new(&figures, &story, &figures_name, &story_name).run();
    let mut others = Vec::new();
    for &EditionRow { code: language, file, .. } in editions.iter().filter(|row| row.code != BASE) {
        let name = format!("{shown_dir}/{file}");
        let edition = read(dir, file, &name).and_then(|text| {
            let value = parse::<serde_json::Value>(&name, &text)?;
            Ok((parse::<StoryFile>(&name, &text)?, value))
        });
        match edition {
            Ok((edition, value)) => {
                let base_value: serde_json::Value = serde_json::from_str(&base_text).unwrap_or_default();
                let mut checker = Checker::new(&figures, &edition, &figures_name, &name);
                checker.check_edition(language, &base_value, &value, &story_name);
                errors.extend(checker.errors);
                others.push(edition);
            }
            Err(error) => errors.push(error),
        }
    }
    if errors.is_empty() {
        Ok(Checked { figures, story, editions: others })
    } else {
        Err(errors)
    }
}

fn read(dir: &Path, file: &str, shown: &str) -> Result<String, DataError> {
    std::fs::read_to_string(dir.join(file)).map_err(|e| DataError {
        file: shown.to_owned(),
        place: String::new(),
        problem: format!("cannot be read ({e})"),
    })
}

/// Parses JSON into `T`, naming the line, column and JSON path of the first problem.
pub fn parse<T: serde::de::DeserializeOwned>(shown: &str, text: &str) -> Result<T, DataError> {
    let mut de = serde_json::Deserializer::from_str(text);
    let value: T = serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let path = e.path().to_string();
        json_error(shown, e.inner(), (path != ".").then_some(path))
    })?;
    de.end().map_err(|e| json_error(shown, &e, None))?;
    Ok(value)
}

fn json_error(shown: &str, error: &serde_json::Error, path: Option<String>) -> DataError {
    let mut place = format!("line {}, column {}", error.line(), error.column());
    if let Some(path) = path {
        place.push_str(&format!(", at {path}"));
    }
    // serde_json appends " at line L column C" to its message; the place already says it.
    let message = error.to_string();
    let problem = message.split(" at line ").next().unwrap_or(&message).to_owned();
    DataError { file: shown.to_owned(), place, problem }
}

/// One visible text of the story and where it sits.
struct Text<'a> {
    place: String,
    chapter: Option<&'a str>,
    text: &'a str,
    /// The article's own words (as opposed to copy we wrote around them).
    from_article: bool,
}

struct Checker<'a> {
    figures: &'a FiguresFile,
    story: &'a StoryFile,
    figures_name: &'a str,
    story_name: &'a str,
    errors: Vec<DataError>,
    figure_by_id: HashMap<&'a str, &'a Figure>,
    chart_by_id: HashMap<&'a str, &'a ChartSpec>,
}

impl<'a> Checker<'a> {
    fn new(figures: &'a FiguresFile, story: &'a StoryFile, figures_name: &'a str, story_name: &'a str) -> Self {
        Checker {
            figures,
            story,
            figures_name,
            story_name,
            errors: Vec::new(),
            figure_by_id: figures.figures.iter().map(|f| (f.id.as_str(), f)).collect(),
            chart_by_id: figures.charts.iter().map(|c| (c.id.as_str(), c)).collect(),
        }
    }

    fn run(mut self) -> Vec<DataError> {
        self.check_ids();
        self.check_figures();
        self.check_charts();
        let texts = self.texts();
        self.check_story_structure(BASE);
        self.check_texts(&texts, BASE);
        self.check_sentences(&texts);
        self.errors
    }

    /// An edition other than the base: the same blocks as the base, a label for every
    /// figure, and every number in its words accounted for by the table in its language.
    fn check_edition(
        &mut self,
        language: &str,
        base: &serde_json::Value,
        edition: &serde_json::Value,
        base_name: &str,
    ) {
        for (place, problem) in structure_differences(base, edition, base_name) {
            self.in_story(place, problem);
        }
        if self.story.meta.language != language {
            let problem = format!("is “{}” but this is the {language} edition's file", self.story.meta.language);
            self.in_story("meta › language", problem);
        }
        for problem in label_differences(&self.story.figure_labels, self.figures) {
            self.in_story("figure_labels", problem);
        }
        let texts = self.texts();
        if language == "en" {
            self.check_english_texts(&texts);
        } else {
            self.check_texts(&texts, language);
        }
    }

    /// Every term as the base writes it and as this edition does.
    fn term_texts(&self) -> Vec<&'a str> {
        let story = self.story;
        let own = self.figures.terms.iter().filter_map(|t| story.term_texts.get(&t.id)).map(String::as_str);
        self.figures.terms.iter().map(|t| t.text.as_str()).chain(own).collect()
    }

    /// English: every number is a figure in English form (RMB 1.2 billion, 2,700, 19 April)
    /// or a term, and derived values are marked.
    fn check_english_texts(&mut self, texts: &[Text<'a>]) {
        let mark = self.story.ui.derived_mark.clone();
        let terms = self.term_texts();
        for text in texts {
            let (unaccounted, derived) = english_numbers(text.text, self.figures, &terms);
            for number in unaccounted {
                let problem = format!(
                    "the number {} (in “…{}…”) is no figure of {} in English form (RMB 1.2 billion, 2,700, 19 April, \
                     about 6.7 ha after a mu figure): correct the text or add the figure",
                    number.number, number.context, self.figures_name
                );
                self.in_story(&text.place, problem);
            }
            if let Some(id) = derived.first().filter(|_| !text.text.contains(&mark)) {
                let problem =
                    format!("shows the derived value of figure “{id}” without saying it is derived (“{mark}”)");
                self.in_story(&text.place, problem);
            }
        }
    }

    fn in_figures(&mut self, place: impl Into<String>, problem: impl Into<String>) {
        let file = self.figures_name.to_owned();
        self.errors.push(DataError { file, place: place.into(), problem: problem.into() });
    }

    fn in_story(&mut self, place: impl Into<String>, problem: impl Into<String>) {
        let file = self.story_name.to_owned();
        self.errors.push(DataError { file, place: place.into(), problem: problem.into() });
    }

    fn check_ids(&mut self) {
        let mut seen = HashSet::new();
        let figures = self.figures;
        for (i, id) in figures.figures.iter().map(|f| &f.id).chain(figures.terms.iter().map(|t| &t.id)).enumerate() {
            if !seen.insert(id.as_str()) {
                self.in_figures(
                    format!("figure or term #{} “{id}”", i + 1),
                    "duplicate id: figures and terms need unique ids",
                );
            }
        }
        let mut charts = HashSet::new();
        for (i, chart) in figures.charts.iter().enumerate() {
            if !charts.insert(chart.id.as_str()) {
                self.in_figures(format!("charts[{i}] “{}”", chart.id), "duplicate chart id");
            }
        }
        let mut chapters = HashSet::new();
        for (i, chapter) in self.story.chapters.iter().enumerate() {
            if !chapters.insert(chapter.id.as_str()) {
                self.in_story(format!("chapters[{i}] “{}”", chapter.id), "duplicate chapter id");
            }
        }
    }

    fn check_figures(&mut self) {
        let chapter_ids: HashSet<&str> = self.story.chapters.iter().map(|c| c.id.as_str()).collect();
        for (i, figure) in self.figures.figures.iter().enumerate() {
            let place = format!("figures[{i}] “{}”", figure.id);
            if !chapter_ids.contains(figure.chapter.as_str()) {
                self.in_figures(
                    format!("{place} › chapter"),
                    format!("chapter “{}” is not a chapter of {}", figure.chapter, self.story_name),
                );
            }
            if figure.label.trim().is_empty() {
                self.in_figures(format!("{place} › label"), "the label is empty");
            }
            match (figure.value, &figure.unit, figure.date) {
                (Some(value), Some(unit), None) => self.check_quantity(&place, figure, value, unit),
                (None, None, Some(date)) => {
                    let written = month_day(date.month, date.day);
                    if !(1..=12).contains(&date.month) || !(1..=31).contains(&date.day) {
                        self.in_figures(format!("{place} › date"), format!("{written} is not a date"));
                    }
                    if figure.quoted.as_deref() != Some(written.as_str()) {
                        self.in_figures(
                            format!("{place} › quoted"),
                            format!("the date is {written} but quoted is “{}”", figure.quoted.as_deref().unwrap_or("")),
                        );
                    }
                    self.check_source_fields(&place, figure);
                }
                _ => self.in_figures(&place, "a figure needs either a value and a unit, or a date (and not both)"),
            }
        }
    }

    fn check_quantity(&mut self, place: &str, figure: &Figure, value: f64, unit: &str) {
        if !UNITS.contains(&unit) {
            self.in_figures(
                format!("{place} › unit"),
                format!("unknown unit “{unit}”; known units are {}", UNITS.join(" ")),
            );
        }
        if !value.is_finite() || value < 0.0 {
            self.in_figures(format!("{place} › value"), "the value must be a positive number");
        }
        let Some(derivation) = &figure.derived else {
            self.check_source_fields(place, figure);
            if let Some(quoted) = &figure.quoted {
                let expected = format!("{}{unit}", plain(value));
                if strip_qualifiers(quoted) != expected {
                    self.in_figures(
                        format!("{place} › quoted"),
                        format!("the table says {expected} but the text quotes “{quoted}”"),
                    );
                }
            }
            return;
        };
        if figure.quoted.is_some() || figure.sentence.is_some() {
            self.in_figures(place, "a derived figure is computed, not quoted: remove quoted and sentence");
        }
        let current = self.figure_by_id.get(derivation.current.as_str()).and_then(|f| f.value);
        let growth = self.figure_by_id.get(derivation.growth.as_str()).copied();
        match (current, growth) {
            (Some(current), Some(growth)) if growth.unit.as_deref() == Some("%") => {
                let growth = growth.value.unwrap_or_default();
                let expected = previous_year(current, growth);
                if (expected - value).abs() > ROUNDING {
                    self.in_figures(
                        format!("{place} › value"),
                        format!(
                            "{} does not follow from its formula: {} ÷ (1 + {}%) = {:.1}",
                            plain(value),
                            plain(current),
                            plain(growth),
                            expected
                        ),
                    );
                }
            }
            (None, _) => self.in_figures(
                format!("{place} › derived › current"),
                format!("figure “{}” is not in the figures table", derivation.current),
            ),
            (_, None) => self.in_figures(
                format!("{place} › derived › growth"),
                format!("figure “{}” is not in the figures table", derivation.growth),
            ),
            _ => self.in_figures(
                format!("{place} › derived › growth"),
                format!("figure “{}” is not a growth rate in %", derivation.growth),
            ),
        }
    }

    fn check_source_fields(&mut self, place: &str, figure: &Figure) {
        match (&figure.quoted, &figure.sentence) {
            (Some(quoted), Some(sentence)) => {
                if !sentence.contains(quoted.as_str()) {
                    self.in_figures(format!("{place} › quoted"), format!("“{quoted}” is not in its sentence"));
                }
            }
            _ => {
                self.in_figures(place, "a reported figure needs quoted (as written) and sentence (where it comes from)")
            }
        }
    }

    fn check_charts(&mut self) {
        let figures = self.figures;
        for (i, chart) in figures.charts.iter().enumerate() {
            let place = format!("charts[{i}] “{}”", chart.id);
            if chart.states.is_empty() {
                self.in_figures(format!("{place} › states"), "a chart needs at least one state");
            }
            for (j, id) in chart.figures.iter().enumerate() {
                if !self.figure_by_id.contains_key(id.as_str()) {
                    self.in_figures(
                        format!("{place} › figures[{j}]"),
                        format!("figure “{id}” is not in the figures table"),
                    );
                }
            }
        }
        let copies: HashSet<&str> = self.story.charts.iter().map(|c| c.id.as_str()).collect();
        for chart in &figures.charts {
            if !copies.contains(chart.id.as_str()) {
                self.in_story("charts", format!("chart “{}” has no title and takeaway here", chart.id));
            }
        }
        for (i, copy) in self.story.charts.iter().enumerate() {
            let place = format!("charts[{i}] “{}”", copy.id);
            let Some(spec) = self.chart_by_id.get(copy.id.as_str()).copied() else {
                self.in_story(place, format!("chart “{}” is not in {}", copy.id, self.figures_name));
                continue;
            };
            let badges = title_parts(&copy.title);
            for (j, group) in copy.groups.iter().enumerate() {
                if let Some(badge) = &group.badge {
                    if badges.get(j) != Some(badge) {
                        self.in_story(
                            format!("{place} › groups[{j}] › badge"),
                            format!("“{badge}” is not part {} of an “A+B+…” name in the title “{}”", j + 1, copy.title),
                        );
                    }
                }
                if !spec.states.contains(&group.state) {
                    self.in_story(
                        format!("{place} › groups[{j}] › state"),
                        format!(
                            "state “{}” is not one of the chart's states ({})",
                            group.state,
                            spec.states.join(", ")
                        ),
                    );
                }
                if let Some(count) = &group.count {
                    if !self.figure_by_id.contains_key(count.as_str()) {
                        self.in_story(
                            format!("{place} › groups[{j}] › count"),
                            format!("figure “{count}” is not in the figures table"),
                        );
                    }
                }
            }
        }
    }

    fn check_story_structure(&mut self, language: &str) {
        let story = self.story;
        if story.meta.language != language {
            self.in_story(
                "meta › language",
                format!("is “{}” but this file is the {language} edition", story.meta.language),
            );
        }
        let mut scrolly_ids = HashSet::new();
        for (place, _, block) in all_blocks(story) {
            match block {
                Block::KeyFigure { figure } if !self.figure_by_id.contains_key(figure.as_str()) => {
                    self.in_story(
                        format!("{place} › figure"),
                        format!("figure “{figure}” is not in the figures table"),
                    );
                }
                Block::Chart { chart } if !self.chart_by_id.contains_key(chart.as_str()) => {
                    self.in_story(
                        format!("{place} › chart"),
                        format!("chart “{chart}” is not in {}", self.figures_name),
                    );
                }
                Block::Scrolly { id, chart, steps } => {
                    if !scrolly_ids.insert(id.as_str()) {
                        self.in_story(format!("{place} › id"), format!("duplicate scrolly id “{id}”"));
                    }
                    if steps.is_empty() {
                        self.in_story(format!("{place} › steps"), "a scrolly sequence needs at least one step");
                    }
                    let Some(spec) = self.chart_by_id.get(chart.as_str()).copied() else {
                        self.in_story(
                            format!("{place} › chart"),
                            format!("chart “{chart}” is not in {}", self.figures_name),
                        );
                        continue;
                    };
                    for (k, step) in steps.iter().enumerate() {
                        if !spec.states.contains(&step.state) {
                            self.in_story(
                                format!("{place} › steps[{k}] › state"),
                                format!(
                                    "chart “{chart}” has no state “{}” (it has {})",
                                    step.state,
                                    spec.states.join(", ")
                                ),
                            );
                        }
                    }
                }
                Block::EditorNote { repairs, .. } => {
                    let article = self.story.article_paragraphs().join("\n");
                    for (k, repair) in repairs.iter().enumerate() {
                        if !article.contains(&repair.reads) {
                            self.in_story(
                                format!("{place} › repairs[{k}] › reads"),
                                format!("the repaired reading “{}” is not in the text", repair.reads),
                            );
                        }
                    }
                }
                _ => {}
            }
        }
        self.check_headline();
    }

    /// The opening graphic's figures: each a figure or a term of the table, a picture of
    /// something there is, and a link to a place the story has.
    fn check_headline(&mut self) {
        let story = self.story;
        let mut places: HashSet<String> = story.chapters.iter().map(|c| c.id.clone()).collect();
        for (_, _, block) in all_blocks(story) {
            if let Block::Scrolly { id, steps, .. } = block {
                places.extend((1..=steps.len()).map(|n| format!("{id}-{n}")));
            }
        }
        for (i, cell) in story.headline.iter().enumerate() {
            let place = format!("headline[{i}]");
            match (&cell.figure, &cell.term) {
                (Some(figure), None) if !self.figure_by_id.contains_key(figure.as_str()) => {
                    self.in_story(
                        format!("{place} › figure"),
                        format!("figure “{figure}” is not in the figures table"),
                    );
                }
                (None, Some(term)) if !self.figures.terms.iter().any(|t| &t.id == term) => {
                    self.in_story(format!("{place} › term"), format!("term “{term}” is not in the figures table"));
                }
                (Some(_), None) | (None, Some(_)) => {}
                _ => self.in_story(place.clone(), "give either a figure or a term, not both or neither"),
            }
            let (what, id) = match &cell.glyph {
                Glyph::Growth(id) | Glyph::Units(id) => ("figure", id),
                Glyph::Tiers(id) => ("chart", id),
            };
            let known = match &cell.glyph {
                Glyph::Growth(id) => {
                    self.figures.figures.iter().any(|f| f.derived.as_ref().is_some_and(|d| &d.current == id))
                }
                Glyph::Units(id) => self.figure_by_id.get(id.as_str()).is_some_and(|f| f.value.is_some()),
                Glyph::Tiers(id) => self.chart_by_id.contains_key(id.as_str()),
            };
            if !known {
                let problem = format!("no {what} “{id}” to draw (a growth needs a figure with a derived last year)");
                self.in_story(format!("{place} › glyph"), problem);
            }
            if !places.contains(&cell.to) {
                self.in_story(
                    format!("{place} › to"),
                    format!("the story has no place “{}” (a chapter or a step)", cell.to),
                );
            }
        }
    }

    /// Every number in every visible text must be a figure (or a term) of the table, and a
    /// derived value must be marked as derived in the same text.
    fn check_texts(&mut self, texts: &[Text<'a>], language: &str) {
        let derived_mark = self.story.ui.derived_mark.clone();
        // The table's forms in this edition's script.
        let form = |text: &str| if language == "zh-Hant" { to_hant(text) } else { text.to_owned() };
        for text in texts {
            if text.text.trim().is_empty() {
                self.in_story(&text.place, "the text is empty");
                continue;
            }
            let mut covered = vec![false; text.text.len()];
            for term in self.term_texts() {
                cover(text.text, term, &mut covered);
            }
            for figure in &self.figures.figures {
                if let Some(quoted) = &figure.quoted {
                    cover(text.text, &form(quoted), &mut covered);
                }
                if let (Some(value), Some(unit), Some(_)) = (figure.value, &figure.unit, &figure.derived) {
                    let shown = format!("{}{}", plain(value), form(unit));
                    if cover(text.text, &shown, &mut covered) && !text.text.contains(&derived_mark) {
                        let problem = format!(
                            "shows the derived value {shown} (figure “{}”) without saying it is derived (“{derived_mark}”)",
                            figure.id
                        );
                        self.in_story(&text.place, problem);
                    }
                }
            }
            for (start, number) in uncovered_numbers(text.text, &covered) {
                let problem = format!(
                    "the number {number} (in “…{}…”) is not in the figures table {}: correct the text or add the figure",
                    context(text.text, start),
                    self.figures_name
                );
                self.in_story(&text.place, problem);
            }
        }
    }

    /// A reported figure's sentence must stand, word for word, in its chapter's text.
    fn check_sentences(&mut self, texts: &[Text<'a>]) {
        for (i, figure) in self.figures.figures.iter().enumerate() {
            let Some(sentence) = &figure.sentence else {
                continue;
            };
            let found = texts
                .iter()
                .filter(|t| t.from_article && t.chapter == Some(figure.chapter.as_str()))
                .any(|t| t.text.contains(sentence.as_str()));
            if !found {
                let problem = format!(
                    "its sentence is not in chapter “{}” of {}: the text and the table disagree (“{}”)",
                    figure.chapter,
                    self.story_name,
                    clip(sentence)
                );
                self.in_figures(format!("figures[{i}] “{}” › sentence", figure.id), problem);
            }
        }
    }

    fn texts(&self) -> Vec<Text<'a>> {
        let story = self.story;
        let mut texts = Vec::new();
        let mut ours = |place: &str, text: &'a str| {
            texts.push(Text { place: place.to_owned(), chapter: None, text, from_article: false })
        };
        let meta = &story.meta;
        ours("meta › title", &meta.title.text);
        ours("meta › standfirst", &meta.standfirst.text);
        ours("meta › byline", &meta.byline);
        ours("meta › publisher", &meta.publisher);
        ours("meta › reporter", &meta.reporter);
        ours("meta › correspondent", &meta.correspondent);
        ours("meta › source_credit", &meta.source_credit);
        ours("meta › ours_note", &meta.ours_note);
        for (i, cell) in story.headline.iter().enumerate() {
            ours(&format!("headline[{i}] › label"), &cell.label);
        }
        for (i, copy) in story.charts.iter().enumerate() {
            ours(&format!("charts[{i}] “{}” › title", copy.id), &copy.title);
            ours(&format!("charts[{i}] “{}” › takeaway", copy.id), &copy.takeaway);
            for (j, series) in copy.series.iter().enumerate() {
                ours(&format!("charts[{i}] “{}” › series[{j}]", copy.id), series);
            }
            if let Some(context) = &copy.context {
                ours(&format!("charts[{i}] “{}” › context", copy.id), context);
            }
            for (j, group) in copy.groups.iter().enumerate() {
                ours(&format!("charts[{i}] “{}” › groups[{j}] › name", copy.id), &group.name);
                for (k, item) in group.items.iter().enumerate() {
                    ours(&format!("charts[{i}] “{}” › groups[{j}] › items[{k}]", copy.id), item);
                }
            }
        }
        for (i, chapter) in story.chapters.iter().enumerate() {
            let place = format!("chapters[{i}] “{}”", chapter.id);
            for (field, text) in [("kicker", &chapter.kicker), ("title", &chapter.title)] {
                texts.push(Text {
                    place: format!("{place} › {field}"),
                    chapter: Some(&chapter.id),
                    text,
                    from_article: true,
                });
            }
        }
        for (place, chapter, block) in all_blocks(story) {
            let mut push = |field: String, text: &'a str, from_article: bool| {
                texts.push(Text { place: format!("{place} › {field}"), chapter, text, from_article })
            };
            match block {
                Block::Paragraph { text } => push("text".into(), text, true),
                Block::Quote { quotes, after, speaker } => {
                    for (k, quote) in quotes.iter().enumerate() {
                        push(format!("quotes[{k}]"), quote, true);
                    }
                    push("after".into(), after, true);
                    push("speaker".into(), speaker, false);
                }
                Block::Scrolly { steps, .. } => {
                    for (k, step) in steps.iter().enumerate() {
                        push(format!("steps[{k}] › text"), &step.text, false);
                    }
                }
                Block::EditorNote { title, paragraphs, repairs } => {
                    push("title".into(), title, false);
                    for (k, paragraph) in paragraphs.iter().enumerate() {
                        push(format!("paragraphs[{k}]"), paragraph, false);
                    }
                    for (k, repair) in repairs.iter().enumerate() {
                        push(format!("repairs[{k}] › place"), &repair.place, false);
                        if let Some(note) = &repair.note {
                            push(format!("repairs[{k}] › note"), note, false);
                        }
                    }
                }
                Block::KeyFigure { .. } | Block::Chart { .. } => {}
            }
        }
        texts
    }
}

/// Every block with its place and chapter: `chapters[1] “industry” › blocks[3] (chart)`.
fn all_blocks(story: &StoryFile) -> Vec<(String, Option<&str>, &Block)> {
    let mut blocks = Vec::new();
    for (i, block) in story.intro.iter().enumerate() {
        blocks.push((format!("intro[{i}] ({})", block_kind(block)), None, block));
    }
    for (i, chapter) in story.chapters.iter().enumerate() {
        for (j, block) in chapter.blocks.iter().enumerate() {
            let place = format!("chapters[{i}] “{}” › blocks[{j}] ({})", chapter.id, block_kind(block));
            blocks.push((place, Some(chapter.id.as_str()), block));
        }
    }
    for (i, block) in story.outro.iter().enumerate() {
        blocks.push((format!("outro[{i}] ({})", block_kind(block)), None, block));
    }
    blocks
}

pub fn block_kind(block: &Block) -> &'static str {
    match block {
        Block::Paragraph { .. } => "paragraph",
        Block::Quote { .. } => "quote",
        Block::KeyFigure { .. } => "key_figure",
        Block::Chart { .. } => "chart",
        Block::Scrolly { .. } => "scrolly",
        Block::EditorNote { .. } => "editor_note",
    }
}

/// The parts of the first “A+B+…” name in a title: “4+5+1+1”创新型产业体系 → 4, 5, 1, 1.
fn title_parts(title: &str) -> Vec<String> {
    title
        .split(|c: char| !(c.is_ascii_digit() || c == '+'))
        .find(|run| run.contains('+'))
        .map(|run| run.split('+').map(str::to_owned).collect())
        .unwrap_or_default()
}

/// Marks every occurrence of `needle` that does not start in the middle of a number.
fn cover(text: &str, needle: &str, covered: &mut [bool]) -> bool {
    let mut any = false;
    for (start, _) in text.match_indices(needle) {
        let before = text[..start].chars().next_back();
        let after = text[start + needle.len()..].chars().next();
        let joins_number = |c: Option<char>| c.is_some_and(|c| c.is_ascii_digit() || c == '.');
        let needle_starts_with_digit = needle.starts_with(|c: char| c.is_ascii_digit());
        let needle_ends_with_digit = needle.ends_with(|c: char| c.is_ascii_digit());
        if (needle_starts_with_digit && joins_number(before)) || (needle_ends_with_digit && joins_number(after)) {
            continue;
        }
        covered[start..start + needle.len()].iter_mut().for_each(|c| *c = true);
        any = true;
    }
    any
}

/// Runs of digits (ASCII or full-width) not covered by any figure or term.
fn uncovered_numbers(text: &str, covered: &[bool]) -> Vec<(usize, String)> {
    let mut found = Vec::new();
    let mut current: Option<(usize, String)> = None;
    for (i, c) in text.char_indices() {
        let digit = c.is_ascii_digit() || ('０'..='９').contains(&c);
        let part_of_number = digit || (c == '.' && current.is_some());
        if part_of_number && !covered[i] {
            current.get_or_insert_with(|| (i, String::new())).1.push(c);
        } else if let Some(done) = current.take() {
            found.push(done);
        }
    }
    found.extend(current);
    found.into_iter().map(|(i, n)| (i, n.trim_end_matches('.').to_owned())).collect()
}

/// A few characters either side of a byte offset.
fn context(text: &str, at: usize) -> String {
    let before: String = text[..at].chars().rev().take(8).collect::<Vec<_>>().into_iter().rev().collect();
    let after: String = text[at..].chars().take(10).collect();
    format!("{before}{after}")
}

fn clip(text: &str) -> String {
    let clipped: String = text.chars().take(30).collect();
    if clipped.len() < text.len() {
        format!("{clipped}…")
    } else {
        clipped
    }
}
