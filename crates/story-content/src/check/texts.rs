//! The story's texts: every number a figure or a term, derived values marked, and every
//! figure's sentence in the text.

use super::structure::all_blocks;
use super::*;

impl<'a> Checker<'a> {
    /// Every number in every visible text must be a figure (or a term) of the table, and a
    /// derived value must be marked as derived in the same text.
    pub(super) fn check_texts(&mut self, texts: &[Text<'a>], language: &str) {
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

    /// A reported figure's sentence must stand, word for word, in its chapter's text; a
    /// step that carries a figure must carry its sentence as the article has it.
    pub(super) fn check_sentences(&mut self, passages: &[Passage<'a>]) {
        for (i, figure) in self.figures.figures.iter().enumerate() {
            let Some(sentence) = &figure.sentence else {
                continue;
            };
            let in_chapter = |p: &&Passage| p.chapter == Some(figure.chapter.as_str());
            if !passages.iter().filter(in_chapter).any(|p| p.text.contains(sentence.as_str())) {
                let problem = format!(
                    "its sentence is not in chapter “{}” of {}: the text and the table disagree (“{}”)",
                    figure.chapter,
                    self.story_name,
                    clip(sentence)
                );
                self.in_figures(format!("figures[{i}] “{}” › sentence", figure.id), problem);
            }
        }
        for (place, chapter, block) in all_blocks(self.story) {
            let Block::Scrolly { steps, .. } = block else { continue };
            let passage = crate::source::passage(steps);
            for (k, step) in steps.iter().enumerate() {
                let of_chapter = self.figures.figures.iter().filter(|f| chapter == Some(f.chapter.as_str()));
                let carried = of_chapter.filter(|f| {
                    let quoted = f.quoted.as_deref().unwrap_or_default();
                    !quoted.is_empty() && cover(&step.text, quoted, &mut vec![false; step.text.len()])
                });
                for figure in carried {
                    let Some(sentence) = figure.sentence.as_deref().filter(|s| !passage.contains(s)) else { continue };
                    let problem = format!(
                        "carries figure “{}” but departs from the article's sentence “{}”: the steps carry the \
                         article's words, in order",
                        figure.id,
                        clip(sentence)
                    );
                    self.in_story(format!("{place} › steps[{k}] › text"), problem);
                }
            }
        }
    }

    /// Every sentence of the article is printed once: a sequence's steps carry their
    /// passage, which no paragraph repeats; and a step is a sentence or a clause of its
    /// own, never ending in a comma.
    pub(super) fn check_told_once(&mut self, passages: &[Passage<'a>]) {
        let mut first_seen: HashMap<String, &str> = HashMap::new();
        for passage in passages {
            for sentence in sentences(&passage.text) {
                match first_seen.get(sentence) {
                    Some(first) => {
                        let problem = format!(
                            "the sentence “{}” is printed twice (also at {first}): where a sequence's steps carry a \
                             passage, no paragraph repeats it",
                            clip(sentence)
                        );
                        self.in_story(&passage.place, problem);
                    }
                    None => {
                        first_seen.insert(sentence.to_owned(), &passage.place);
                    }
                }
            }
        }
        for (place, _, block) in all_blocks(self.story) {
            let Block::Scrolly { steps, .. } = block else { continue };
            for (k, step) in steps.iter().enumerate() {
                if step.text.trim_end().ends_with(['，', '、', ',']) {
                    let problem = "ends in a comma: a card is a sentence or a clause that stands on its own (end \
                                   it where the clause ends; the comma is the article's, between two cards)";
                    self.in_story(format!("{place} › steps[{k}] › text"), problem);
                }
            }
        }
    }

    /// The article's passages as a reader meets them, each with its place: a paragraph
    /// (with a paragraph that continues it), a quote with the words after it, and the
    /// passage a sequence's steps carry.
    pub(super) fn passages(&self) -> Vec<Passage<'a>> {
        let mut passages: Vec<Passage<'a>> = Vec::new();
        for (place, chapter, block) in all_blocks(self.story) {
            match (block, passages.last_mut()) {
                (Block::Paragraph { text, continues: true }, Some(last)) => last.text.push_str(text),
                _ => {
                    if let Some(text) = block.article_text() {
                        passages.push(Passage { place, chapter, text });
                    }
                }
            }
        }
        passages
    }

    /// Every visible text of the story, with its place: the copy we wrote around the
    /// article, the chapters' headings, and every block's words.
    pub(super) fn texts(&self) -> Vec<Text<'a>> {
        let mut texts = self.our_copy();
        for (i, chapter) in self.story.chapters.iter().enumerate() {
            let place = format!("chapters[{i}] “{}”", chapter.id);
            for (field, text) in [("kicker", &chapter.kicker), ("title", &chapter.title)] {
                let place = format!("{place} › {field}");
                texts.push(Text { place, text });
            }
        }
        for (place, _, block) in all_blocks(self.story) {
            for (field, text) in block_texts(block) {
                texts.push(Text { place: format!("{place} › {field}"), text });
            }
        }
        texts
    }

    /// The texts we wrote around the article: its head, the opening graphic's labels, the
    /// charts' copy.
    fn our_copy(&self) -> Vec<Text<'a>> {
        let story = self.story;
        let mut texts = Vec::new();
        let mut ours = |place: String, text: &'a str| texts.push(Text { place, text });
        let meta = &story.meta;
        for (field, text) in [
            ("title", &meta.title.text),
            ("standfirst", &meta.standfirst.text),
            ("byline", &meta.byline),
            ("publisher", &meta.publisher),
            ("reporter", &meta.reporter),
            ("correspondent", &meta.correspondent),
            ("source_credit", &meta.source_credit),
            ("ours_note", &meta.ours_note),
        ] {
            ours(format!("meta › {field}"), text);
        }
        for (i, cell) in story.headline.iter().enumerate() {
            ours(format!("headline[{i}] › label"), &cell.label);
        }
        for (i, copy) in story.charts.iter().enumerate() {
            let place = format!("charts[{i}] “{}”", copy.id);
            ours(format!("{place} › title"), &copy.title);
            ours(format!("{place} › takeaway"), &copy.takeaway);
            for (j, series) in copy.series.iter().enumerate() {
                ours(format!("{place} › series[{j}]"), series);
            }
            if let Some(context) = &copy.context {
                ours(format!("{place} › context"), context);
            }
            for (j, group) in copy.groups.iter().enumerate() {
                ours(format!("{place} › groups[{j}] › name"), &group.name);
                for (k, item) in group.items.iter().enumerate() {
                    ours(format!("{place} › groups[{j}] › items[{k}]"), item);
                }
            }
        }
        texts
    }
}

/// A block's words: (field, text).
fn block_texts(block: &Block) -> Vec<(String, &str)> {
    let mut texts = Vec::new();
    match block {
        Block::Paragraph { text, .. } => texts.push(("text".into(), text.as_str())),
        Block::Quote { quotes, after, speaker } => {
            for (k, quote) in quotes.iter().enumerate() {
                texts.push((format!("quotes[{k}]"), quote.as_str()));
            }
            texts.push(("after".into(), after.as_str()));
            texts.push(("speaker".into(), speaker.as_str()));
        }
        Block::Scrolly { steps, .. } => {
            for (k, step) in steps.iter().enumerate() {
                texts.push((format!("steps[{k}] › text"), step.text.as_str()));
            }
        }
        Block::EditorNote { title, paragraphs, repairs } => {
            texts.push(("title".into(), title.as_str()));
            for (k, paragraph) in paragraphs.iter().enumerate() {
                texts.push((format!("paragraphs[{k}]"), paragraph.as_str()));
            }
            for (k, repair) in repairs.iter().enumerate() {
                texts.push((format!("repairs[{k}] › place"), repair.place.as_str()));
                if let Some(note) = &repair.note {
                    texts.push((format!("repairs[{k}] › note"), note.as_str()));
                }
            }
        }
        Block::KeyFigure { .. } | Block::Chart { .. } => {}
    }
    texts
}

/// Marks every occurrence of `needle` that does not start in the middle of a number.
pub(super) fn cover(text: &str, needle: &str, covered: &mut [bool]) -> bool {
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
pub(super) fn uncovered_numbers(text: &str, covered: &[bool]) -> Vec<(usize, String)> {
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
pub(super) fn context(text: &str, at: usize) -> String {
    let before: String = text[..at].chars().rev().take(8).collect::<Vec<_>>().into_iter().rev().collect();
    let after: String = text[at..].chars().take(10).collect();
    format!("{before}{after}")
}

pub(super) fn clip(text: &str) -> String {
    let clipped: String = text.chars().take(30).collect();
    if clipped.len() < text.len() {
        format!("{clipped}…")
    } else {
        clipped
    }
}

/// The sentences of a text, each at least 8 characters: ended by 。！？； or by . ? ! ;
/// before a space (shorter runs, such as a lone “是的。”, may well repeat).
fn sentences(text: &str) -> Vec<&str> {
    let mut found = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next = chars.peek().map(|&(_, n)| n);
        let ends = matches!(c, '。' | '！' | '？' | '；')
            || (matches!(c, '.' | '?' | '!' | ';') && next.is_none_or(char::is_whitespace));
        if ends || next.is_none() {
            let end = i + c.len_utf8();
            let sentence = text[start..end].trim();
            if sentence.chars().count() >= 8 {
                found.push(sentence);
            }
            start = end;
        }
    }
    found
}
