//! The story's blocks: what each needs, and what each names (charts, figures, steps).

use super::*;
use crate::source::Step;

impl<'a> Checker<'a> {
    pub(super) fn check_story_structure(&mut self, language: &str) {
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
                    self.check_steps(&place, chart, steps);
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

    /// A sequence's steps: at least one, each a state its chart has.
    fn check_steps(&mut self, place: &str, chart: &str, steps: &[Step]) {
        if steps.is_empty() {
            self.in_story(format!("{place} › steps"), "a scrolly sequence needs at least one step");
        }
        let Some(spec) = self.chart_by_id.get(chart).copied() else {
            self.in_story(format!("{place} › chart"), format!("chart “{chart}” is not in {}", self.figures_name));
            return;
        };
        for (k, step) in steps.iter().enumerate() {
            if !spec.states.contains(&step.state) {
                let problem =
                    format!("chart “{chart}” has no state “{}” (it has {})", step.state, spec.states.join(", "));
                self.in_story(format!("{place} › steps[{k}] › state"), problem);
            }
        }
    }
}

/// Every block with its place and chapter: `chapters[1] “industry” › blocks[3] (chart)`.
pub(super) fn all_blocks(story: &StoryFile) -> Vec<(String, Option<&str>, &Block)> {
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

pub(super) fn block_kind(block: &Block) -> &'static str {
    match block {
        Block::Paragraph { .. } => "paragraph",
        Block::Quote { .. } => "quote",
        Block::KeyFigure { .. } => "key_figure",
        Block::Chart { .. } => "chart",
        Block::Scrolly { .. } => "scrolly",
        Block::EditorNote { .. } => "editor_note",
    }
}
