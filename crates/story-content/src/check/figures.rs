//! `figures.json`'s figures: unique ids, chapters that exist, values, units and
//! qualifiers that agree with how the article writes them, and derived values on formula.

use super::*;
use crate::source::Derivation;

impl<'a> Checker<'a> {
    pub(super) fn check_ids(&mut self) {
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

    pub(super) fn check_figures(&mut self) {
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

    pub(super) fn check_quantity(&mut self, place: &str, figure: &Figure, value: f64, unit: &str) {
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
        self.check_derivation(place, derivation, value);
    }

    /// A derived value: last year's, from this year's value and its growth rate in %.
    fn check_derivation(&mut self, place: &str, derivation: &Derivation, value: f64) {
        let current = self.figure_by_id.get(derivation.current.as_str()).and_then(|f| f.value);
        let growth = self.figure_by_id.get(derivation.growth.as_str()).copied();
        match (current, growth) {
            (Some(current), Some(growth)) if growth.unit.as_deref() == Some("%") => {
                let growth = growth.value.unwrap_or_default();
                let expected = previous_year(current, growth);
                if (expected - value).abs() > ROUNDING {
                    let (value, current, growth) = (plain(value), plain(current), plain(growth));
                    let problem = format!(
                        "{value} does not follow from its formula: {current} ÷ (1 + {growth}%) = {expected:.1}"
                    );
                    self.in_figures(format!("{place} › value"), problem);
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

    pub(super) fn check_source_fields(&mut self, place: &str, figure: &Figure) {
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
}
