//! Charts and the opening graphic: their figures, states and copy.

use super::structure::all_blocks;
use super::*;
use crate::source::{ChartCopy, ChartSpec};

impl<'a> Checker<'a> {
    pub(super) fn check_charts(&mut self) {
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
            self.check_lead(&place, chart);
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
            self.check_groups(&place, copy, spec);
        }
    }

    /// A figure group has a lead, one of its own figures; a lead drawn as marks is a whole
    /// count small enough to see one by one.
    fn check_lead(&mut self, place: &str, chart: &ChartSpec) {
        let groups = chart.kind == crate::kind::ChartKind::FigureCards;
        match &chart.lead {
            None if groups => self.in_figures(
                format!("{place} › lead"),
                "a figure group needs a lead: the figure that carries its point",
            ),
            Some(_) if !groups => self.in_figures(format!("{place} › lead"), "only a figure group has a lead"),
            Some(lead) if !chart.figures.contains(lead) => self.in_figures(
                format!("{place} › lead"),
                format!("the lead “{lead}” is not one of its figures ({})", chart.figures.join(", ")),
            ),
            Some(lead) if chart.units => {
                let value = self.figure_by_id.get(lead.as_str()).and_then(|f| f.value);
                if !value.is_some_and(|v| v.fract() == 0.0 && (2.0..=100.0).contains(&v)) {
                    let problem =
                        format!("the lead “{lead}” cannot be drawn as marks: it is not a whole count from 2 to 100");
                    self.in_figures(format!("{place} › units"), problem);
                }
            }
            _ => {}
        }
    }

    /// A chart's groups (the tiers of the industry system): badges that are the title's
    /// “A+B+…” parts, states of the chart, counts that are figures.
    fn check_groups(&mut self, place: &str, copy: &ChartCopy, spec: &ChartSpec) {
        let badges = title_parts(&copy.title);
        for (j, group) in copy.groups.iter().enumerate() {
            let place = format!("{place} › groups[{j}]");
            if let Some(badge) = group.badge.as_ref().filter(|badge| badges.get(j) != Some(badge)) {
                let problem =
                    format!("“{badge}” is not part {} of an “A+B+…” name in the title “{}”", j + 1, copy.title);
                self.in_story(format!("{place} › badge"), problem);
            }
            if !spec.states.contains(&group.state) {
                let problem =
                    format!("state “{}” is not one of the chart's states ({})", group.state, spec.states.join(", "));
                self.in_story(format!("{place} › state"), problem);
            }
            if let Some(count) = group.count.as_ref().filter(|count| !self.figure_by_id.contains_key(count.as_str())) {
                self.in_story(format!("{place} › count"), format!("figure “{count}” is not in the figures table"));
            }
        }
    }

    pub(super) fn check_headline(&mut self) {
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
}

/// The parts of the first “A+B+…” name in a title: “4+5+1+1”创新型产业体系 → 4, 5, 1, 1.
pub(super) fn title_parts(title: &str) -> Vec<String> {
    title
        .split(|c: char| !(c.is_ascii_digit() || c == '+'))
        .find(|run| run.contains('+'))
        .map(|run| run.split('+').map(str::to_owned).collect())
        .unwrap_or_default()
}
