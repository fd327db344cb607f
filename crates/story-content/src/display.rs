//! Display type: the headline, the standfirst, the byline, the headings, the charts' titles
//! and the labels in drawings. Display type breaks only between words and phrases, as a
//! subeditor sets it: at a space, or at a break point the editors write in `data/`
//! (`|`: `平度：|项目提速、|产业跃升、|民生升温`). The page keeps each phrase between two
//! break points whole; the build measures each phrase against the narrowest line it can
//! be set on, and rejects one that cannot fit (`check`).
//!
//! Widths here do not ask the font (the build has none, and plotters measures differently
//! natively and in wasm): a fixed estimate per character, on the wide side so that text fits
//! in any face a reader may have. CJK and full-width marks take 1 em; Latin letters the
//! advances of DejaVu Sans Bold (among the widest UI faces), rounded up into five classes.

/// Where a display text may break, as editors write it in `data/`.
pub const BREAK: char = '|';

/// A display text as a reader sees it: its break points taken out.
pub fn plain(text: &str) -> String {
    text.replace(BREAK, "")
}

/// The phrases of a display text, which never break inside: its parts between spaces and
/// break points (the spaces themselves are not part of any).
pub fn phrases(text: &str) -> impl Iterator<Item = &str> {
    text.split([' ', BREAK]).filter(|phrase| !phrase.is_empty())
}

/// Estimated width in px of `text` at `size` px.
pub fn width(text: &str, size: f64) -> f64 {
    text.chars().map(|c| advance(c) * size).sum()
}

/// A character's advance in ems. A break point takes none: it is never drawn.
pub fn advance(c: char) -> f64 {
    match c {
        BREAK => 0.0,
        ' ' | '.' | ',' | ':' | ';' | '\'' | '`' | 'i' | 'j' | 'l' => 0.4,
        '!' | '(' | ')' | '[' | ']' | '-' | '/' | '\\' | 'f' | 'r' | 't' | 'I' | 'J' => 0.5,
        '%' | '@' | 'M' | 'W' | 'm' | 'w' => 1.1,
        'A'..='Z' | '&' | '#' | '+' | '<' | '=' | '>' | '^' | '~' | '{' | '}' => 0.85,
        c if c.is_ascii() => 0.72,
        _ => 1.0,
    }
}

/// Where a display text is set, with its type size and the line it must fit on the
/// narrowest screen the story supports (320 px: a 288-px column between 16-px gutters;
/// sizes from `styles/`, at that width), or, for a drawing, in the drawing's own units.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// `.hero__title`: `--size-h1`, 28 px at 320 px (1.75rem), with 0.01em tracking.
    Headline,
    /// `.hero__standfirst`: 18 px.
    Standfirst,
    /// `.hero__byline`: 14 px.
    Byline,
    /// `.headline__label`, what an opening figure counts: 14 px, beside its picture on a
    /// phone and in a third of the column on a desktop, about 150 px either way.
    HeadlineLabel,
    /// `.chapter__title`: `--size-h2`, 22 px at 320 px.
    ChapterTitle,
    /// `.chart__title`: 17 px, in a figure with no padding of its own.
    ChartTitle,
    /// A label in a drawing: at most 16 units (a figure group's lead label) in a narrow
    /// drawing, 320 units wide.
    DrawingLabel,
}

impl Role {
    /// Type size in px and the line's width in px.
    pub fn size_and_line(self) -> (f64, f64) {
        match self {
            Role::Headline => (28.0 * 1.01, 288.0),
            Role::Standfirst => (18.0, 288.0),
            Role::Byline => (14.0, 288.0),
            Role::HeadlineLabel => (14.0, 150.0),
            Role::ChapterTitle => (22.0, 288.0),
            Role::ChartTitle => (17.0, 288.0),
            Role::DrawingLabel => (16.0, 320.0),
        }
    }

    /// The first phrase of `text` too wide for the narrowest line, with its width.
    pub fn too_wide(self, text: &str) -> Option<(&str, f64)> {
        let (size, line) = self.size_and_line();
        phrases(text).map(|phrase| (phrase, width(phrase, size))).find(|(_, w)| *w > line)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases_are_the_parts_between_spaces_and_break_points() {
        let parts: Vec<&str> = phrases("平度：|项目提速、|民生升温").collect();
        assert_eq!(parts, ["平度：", "项目提速、", "民生升温"]);
        let parts: Vec<&str> = phrases("记者 宋祖锋 通讯员 袁嘉利").collect();
        assert_eq!(parts, ["记者", "宋祖锋", "通讯员", "袁嘉利"]);
        assert_eq!(plain("美妆|编艺|时尚"), "美妆编艺时尚");
        assert_eq!(width("美妆|编艺|时尚", 10.0), width("美妆编艺时尚", 10.0), "a break point is never drawn");
    }

    #[test]
    fn a_phrase_wider_than_the_narrowest_line_is_found() {
        assert_eq!(Role::Headline.too_wide("平度：|项目提速、|产业跃升、|民生升温"), None);
        let unbroken = "平度：项目提速、产业跃升、民生升温";
        assert_eq!(Role::Headline.too_wide(unbroken).map(|(p, _)| p), Some(unbroken));
        assert_eq!(Role::Byline.too_wide("Song Zufeng and Yuan Jiali"), None);
    }
}
