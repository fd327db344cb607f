//! An edition other than the base: its structure, its labels and its numbers in its language.

use super::*;

impl<'a> Checker<'a> {
    /// An edition other than the base: the same blocks as the base, a label for every
    /// figure, and every number in its words accounted for by the table in its language.
    pub(super) fn check_edition(
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
        let passages = self.passages();
        self.check_told_once(&passages);
        let texts = self.texts();
        if language == "en" {
            self.check_english_texts(&texts);
        } else {
            self.check_texts(&texts, language);
        }
        self.check_display_type(false);
    }

    /// Every term as the base writes it and as this edition does.
    pub(super) fn term_texts(&self) -> Vec<&'a str> {
        let story = self.story;
        let own = self.figures.terms.iter().filter_map(|t| story.term_texts.get(&t.id)).map(String::as_str);
        self.figures.terms.iter().map(|t| t.text.as_str()).chain(own).collect()
    }

    /// English: every number is a figure in English form (RMB 1.2 billion, 2,700, 19 April)
    /// or a term, and derived values are marked.
    pub(super) fn check_english_texts(&mut self, texts: &[Text<'a>]) {
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
}
