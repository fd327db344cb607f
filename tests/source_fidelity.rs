//! The clean text keeps every paragraph of the source, in order: the damaged copy in
//! `tests/source/`, repaired as the editor's note says, converted to Simplified and
//! stripped of glosses and punctuation, must equal the data's article text.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashMap;
use std::fs;
use std::path::Path;

use pingdu_story::content::check::check_dir;
use pingdu_story::content::source::{Block, StoryFile};

const PLATFORM_BOILERPLATE_LINES: usize = 3;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn story() -> StoryFile {
    check_dir(&root().join("data"), "data", &[]).expect("data/ passes the checker").story
}

/// `報(bào)` → `報`: drops a bracketed run of Latin letters (a pinyin gloss).
fn strip_glosses(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(open) = rest.find('(') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find(')') {
            Some(close) if close > 0 && after[..close].chars().all(|c| c.is_alphabetic() && !is_cjk(c)) => {
                rest = &after[close + 1..];
            }
            _ => {
                out.push('(');
                rest = after;
            }
        }
    }
    out + rest
}

fn is_cjk(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}

fn traditional_to_simplified() -> HashMap<char, char> {
    let table = fs::read_to_string(root().join("tests/source/t2s.tsv")).unwrap();
    table
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| {
            let mut chars = l.chars();
            let t = chars.next()?;
            let s = chars.nth(1)?;
            Some((t, s))
        })
        .collect()
}

/// Only letters and digits, in Simplified, with 著 read as 着 (the seed note's rule).
fn normalise(text: &str, t2s: &HashMap<char, char>) -> String {
    text.chars()
        .map(|c| *t2s.get(&c).unwrap_or(&c))
        .map(|c| if c == '著' { '着' } else { c })
        .filter(|c| c.is_alphanumeric())
        .collect()
}

fn repairs(story: &StoryFile) -> Vec<(String, String)> {
    story
        .outro
        .iter()
        .filter_map(|b| match b {
            Block::EditorNote { repairs, .. } => Some(repairs),
            _ => None,
        })
        .flatten()
        .map(|r| (r.garbled.clone(), r.reads.clone()))
        .collect()
}

#[test]
fn every_source_paragraph_is_kept_in_order() {
    let story = story();
    let t2s = traditional_to_simplified();
    let mut source = fs::read_to_string(root().join("tests/source/article.source.txt")).unwrap();
    let repairs = repairs(&story);
    assert_eq!(repairs.len(), 6, "the seed note lists six garbled places");
    for (garbled, reads) in &repairs {
        assert!(source.contains(garbled.as_str()), "repair not found in the source: {garbled}");
        source = source.replace(garbled.as_str(), reads);
    }
    let lines: Vec<&str> = source.lines().filter(|l| !l.trim().is_empty()).collect();
    // The first line is the byline; the last three are the platform's, not the article's.
    let body = &lines[1..lines.len() - PLATFORM_BOILERPLATE_LINES];
    let expected: Vec<String> = body.iter().map(|l| normalise(&strip_glosses(l), &t2s)).collect();
    let ours: Vec<String> = story.article_paragraphs().iter().map(|p| normalise(p, &t2s)).collect();
    for (i, (want, got)) in expected.iter().zip(&ours).enumerate() {
        assert_eq!(got, want, "paragraph {i} differs from the source");
    }
    assert_eq!(ours.len(), expected.len(), "the data has a different number of paragraphs than the source");
}

#[test]
fn the_byline_credits_the_source() {
    let story = story();
    let t2s = traditional_to_simplified();
    let source = fs::read_to_string(root().join("tests/source/article.source.txt")).unwrap();
    let first = strip_glosses(source.lines().next().unwrap());
    // The seed note restores the reporter's title “记者”, which the copy lost.
    let byline = story.meta.byline.replacen("记者", "", 1);
    assert_eq!(normalise(&byline, &t2s), normalise(&first, &t2s));
}

#[test]
fn the_text_shows_no_damage() {
    let story = story();
    for paragraph in story.article_paragraphs() {
        assert!(!paragraph.contains('著'), "著 where Simplified writes 着: {paragraph}");
        assert!(!paragraph.contains('?'), "a garbled mark is left: {paragraph}");
        for half_width in [',', ':', ';', '(', ')', '!'] {
            assert!(!paragraph.contains(half_width), "half-width “{half_width}” in: {paragraph}");
        }
        assert!(!paragraph.chars().any(|c| c.is_ascii_lowercase()), "a pinyin gloss is left: {paragraph}");
    }
    let boilerplate = ["新闻线索报料通道", "特别声明", "Notice"];
    for paragraph in story.article_paragraphs() {
        assert!(!boilerplate.iter().any(|b| paragraph.contains(b)), "platform boilerplate: {paragraph}");
    }
}
