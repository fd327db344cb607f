//! Display type fits its narrowest line: every phrase of a headline, standfirst, byline,
//! opening graphic's label, heading, chart title and drawn label (its parts between spaces and break points, which
//! the page never breaks inside) fits the line it is set on at 320 px. A phrase that does
//! not names the text and asks for a break point.

use super::structure::all_blocks;
use super::Checker;
use crate::display::Role;
use crate::kind::ChartKind;
use crate::source::Block;

/// Where a text sits in its file and whether that file is `figures.json`.
struct Placed<'a> {
    place: String,
    text: &'a str,
    role: Role,
    in_figures: bool,
}

impl<'a> Checker<'a> {
    /// Every display text of this edition, each against the narrowest line for its role.
    pub(super) fn check_display_type(&mut self, base: bool) {
        for Placed { place, text, role, in_figures } in self.display_texts(base) {
            let Some((phrase, width)) = role.too_wide(text) else { continue };
            let (size, line) = role.size_and_line();
            let problem = format!(
                "“{phrase}” is about {width:.0} px wide in {size:.0}-px type, wider than its {line:.0}-px line on a \
                 320-px screen, and has no break point: write “|” where the line may break (between words)"
            );
            if in_figures {
                self.in_figures(place, problem);
            } else {
                self.in_story(place, problem);
            }
        }
    }

    fn display_texts(&self, base: bool) -> Vec<Placed<'a>> {
        let story = self.story;
        let meta = &story.meta;
        let in_story = |place: String, text: &'a str, role| Placed { place, text, role, in_figures: false };
        let mut texts = vec![
            in_story("meta › title › text".into(), &meta.title.text, Role::Headline),
            in_story("meta › standfirst › text".into(), &meta.standfirst.text, Role::Standfirst),
            in_story("meta › byline".into(), &meta.byline, Role::Byline),
        ];
        for (i, cell) in story.headline.iter().enumerate() {
            texts.push(in_story(format!("headline[{i}] › label"), &cell.label, Role::HeadlineLabel));
        }
        for (i, chapter) in story.chapters.iter().enumerate() {
            texts.push(in_story(format!("chapters[{i}] “{}” › title", chapter.id), &chapter.title, Role::ChapterTitle));
        }
        for (place, _, block) in all_blocks(story) {
            if let Block::EditorNote { title, .. } = block {
                texts.push(in_story(format!("{place} › title"), title, Role::ChartTitle));
            }
        }
        for (i, copy) in story.charts.iter().enumerate() {
            let place = format!("charts[{i}] “{}”", copy.id);
            texts.push(in_story(format!("{place} › title"), &copy.title, Role::ChartTitle));
            for (j, group) in copy.groups.iter().enumerate() {
                texts.push(in_story(format!("{place} › groups[{j}] › name"), &group.name, Role::DrawingLabel));
            }
        }
        texts.extend(self.drawn_labels(base));
        texts
    }

    /// The labels of the figures drawn with their labels (figure groups, timelines, levels),
    /// in this edition's words: `figures.json`'s for the base edition, its own
    /// `figure_labels` for the others.
    fn drawn_labels(&self, base: bool) -> Vec<Placed<'a>> {
        let drawn = |kind| matches!(kind, ChartKind::FigureCards | ChartKind::Timeline | ChartKind::Levels);
        let ids = self.figures.charts.iter().filter(|c| drawn(c.kind)).flat_map(|c| &c.figures);
        let mut labels = Vec::new();
        for id in ids {
            let placed = if base {
                let at = self.figures.figures.iter().position(|f| &f.id == id);
                at.map(|i| (format!("figures[{i}] “{id}” › label"), self.figures.figures[i].label.as_str()))
            } else {
                self.story.figure_labels.get(id).map(|label| (format!("figure_labels › {id}"), label.as_str()))
            };
            if let Some((place, text)) = placed {
                labels.push(Placed { place, text, role: Role::DrawingLabel, in_figures: base });
            }
        }
        labels
    }
}
