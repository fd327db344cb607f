//! The build-time checker: reads `data/`, and either returns the story or every
//! problem found, each naming the file, the place in it and what is wrong, in
//! words an editor can act on.

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::path::Path;

use crate::editions::{english_numbers, label_differences, structure_differences, to_hant, BASE};
use crate::quantity::{month_day, plain, previous_year, strip_qualifiers, UNITS};
use crate::source::{Block, ChartSpec, Figure, FiguresFile, Glyph, StoryFile};

pub use crate::edition_table::{EditionRow, EDITIONS};

// What is checked, by what it checks; each adds `impl Checker` methods.
mod charts;
mod display;
mod edition_texts;
mod figures;
mod structure;
mod texts;

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

/// A passage of the article as a reader meets it, and where it sits.
struct Passage<'a> {
    place: String,
    chapter: Option<&'a str>,
    text: String,
}

/// One visible text of the story and where it sits.
struct Text<'a> {
    place: String,
    text: &'a str,
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
        let passages = self.passages();
        self.check_sentences(&passages);
        self.check_told_once(&passages);
        self.check_display_type(true);
        self.errors
    }

    fn in_figures(&mut self, place: impl Into<String>, problem: impl Into<String>) {
        let file = self.figures_name.to_owned();
        self.errors.push(DataError { file, place: place.into(), problem: problem.into() });
    }

    fn in_story(&mut self, place: impl Into<String>, problem: impl Into<String>) {
        let file = self.story_name.to_owned();
        self.errors.push(DataError { file, place: place.into(), problem: problem.into() });
    }
}
