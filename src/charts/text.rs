//! Text layout in drawings, which does not ask the font: plotters measures text with the
//! browser in wasm and with a byte-count guess natively, so the two would disagree. Widths
//! are `display::width`'s fixed estimate per character, the same everywhere. Running text
//! (`wrap`) breaks between any two CJK characters; display labels (`wrap_at_breaks`) only at
//! their break points.

use crate::content::display::advance;
pub use crate::content::display::{plain, width, BREAK};

/// Marks that must not start a line (Chinese line-breaking rules, simplified).
fn closes(c: char) -> bool {
    matches!(c, '，' | '。' | '、' | '：' | '；' | '！' | '？' | '”' | '’' | '）' | '》' | '%' | '…')
}

/// Whether `c` belongs to a Latin word (letters, digits and what joins them: 2,700 ·
/// supply-and-demand · Pingdu’s), which is never broken.
fn in_word(c: char) -> bool {
    (c.is_ascii_graphic() && !matches!(c, '(' | '[')) || c == '’'
}

/// Breaks `text` into lines no wider than `max` px at `size` px: between any two CJK
/// characters except before a closing mark, and at spaces between Latin words, which stay
/// whole. A line never starts or ends with a space.
pub fn wrap(text: &str, max: f64, size: f64) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    let mut line_width = 0.0;
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        // A word: a run of Latin word characters, or one character, together with the
        // closing marks that follow it.
        let mut end = i + 1;
        if in_word(chars[i]) {
            while end < chars.len() && in_word(chars[end]) {
                end += 1;
            }
        }
        while end < chars.len() && closes(chars[end]) {
            end += 1;
        }
        // A word wider than a whole line (a URL, a 10 000-letter run) is cut to fit.
        if end - i > 1 && chars[i..end].iter().map(|&c| advance(c) * size).sum::<f64>() > max {
            let (mut fits, mut taken) = (i, 0.0);
            while fits < end && taken + advance(chars[fits]) * size <= max {
                taken += advance(chars[fits]) * size;
                fits += 1;
            }
            end = fits.max(i + 1);
        }
        let word: String = chars[i..end].iter().collect();
        let word_width = width(&word, size);
        if line_width + word_width > max && !line.trim().is_empty() && word != " " {
            lines.push(line.trim_end().to_owned());
            line = String::new();
            line_width = 0.0;
        }
        if !(line.is_empty() && word == " ") {
            line.push_str(&word);
            line_width += word_width;
        }
        i = end;
    }
    if !line.trim().is_empty() {
        lines.push(line.trim_end().to_owned());
    }
    lines
}

/// `wrap`, kept to `lines` lines at most: the last one kept ends in “…”. A chart's labels
/// are short; a label that is not (hostile data: a 10 000-letter word) must not make the
/// drawing thousands of pixels tall (WebKit took 27 s to lay such a page out).
pub fn wrap_lines(text: &str, max: f64, size: f64, lines: usize) -> Vec<String> {
    cut_to(wrap(text, max, size), lines, max, size)
}

/// `wrapped` kept to `lines` lines at most, the last one kept ending in “…” (within `max`)
/// where it was cut.
pub fn cut_to(mut wrapped: Vec<String>, lines: usize, max: f64, size: f64) -> Vec<String> {
    if wrapped.len() > lines {
        wrapped.truncate(lines.max(1));
        if let Some(last) = wrapped.last_mut() {
            while !last.is_empty() && width(last, size) + width("…", size) > max {
                last.pop();
            }
            last.push('…');
        }
    }
    wrapped
}

/// Breaks a display text into lines no wider than `max` px at `size` px, only where it may
/// break: at a break point written in the data (`|`) or at a space. A part between two
/// break points that is wider than a line is an error naming the text: the editors must
/// write a break point (the build fails on it; see `ChartError::Unbreakable`). Stops after
/// `MOST_LINES`: no label of a drawing takes as many, and a text that would (hostile data:
/// a 10 000-letter word with a break point every few letters) must not cost the reader's
/// phone its whole length, each time a drawing is laid out.
pub fn wrap_at_breaks(text: &str, max: f64, size: f64) -> Result<Vec<String>, String> {
    const MOST_LINES: usize = 8;
    let mut lines: Vec<String> = Vec::new();
    // The line so far and its width, kept as it grows (measuring it again at each part
    // would cost a long line its length squared).
    let (mut line, mut line_width) = (String::new(), 0.0);
    for (k, space_part) in text.split(' ').enumerate() {
        if lines.len() >= MOST_LINES {
            break;
        }
        for (j, part) in space_part.split(BREAK).enumerate() {
            if lines.len() >= MOST_LINES {
                break;
            }
            let part_width = width(part, size);
            if part_width > max {
                return Err(plain(text));
            }
            let joiner = if j == 0 && k > 0 { " " } else { "" };
            let joined = line_width + width(joiner, size) + part_width;
            if !line.is_empty() && joined > max {
                lines.push(std::mem::take(&mut line));
                line_width = part_width;
            } else {
                line.push_str(joiner);
                line_width = if line.is_empty() { part_width } else { joined };
            }
            line.push_str(part);
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    Ok(lines)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cjk_is_one_em_and_digits_are_narrower() {
        assert_eq!(width("平度", 10.0), 20.0);
        assert!(width("343", 10.0) < width("平度市", 10.0));
    }

    #[test]
    fn wraps_without_splitting_numbers_or_starting_a_line_with_a_comma() {
        let lines = wrap("计划总投资5000万元及以上项目152个，同比增长100%", 100.0, 14.0);
        assert!(lines.len() > 1);
        for line in &lines {
            assert!(width(line, 14.0) <= 100.0 + 14.0 * 2.0, "{line}");
            assert!(!line.starts_with('，'), "{line}");
        }
        assert!(lines.iter().any(|l| l.contains("5000")), "{lines:?}");
        assert_eq!(lines.concat(), "计划总投资5000万元及以上项目152个，同比增长100%");
    }

    #[test]
    fn english_breaks_at_spaces_and_keeps_hyphenated_words_whole() {
        let lines = wrap("New-energy vehicle parts supply-and-demand matchmaking conference", 200.0, 14.0);
        assert!(lines.len() > 1);
        assert!(lines.iter().any(|l| l.split(' ').any(|w| w == "supply-and-demand")), "{lines:?}");
        assert!(lines.iter().all(|l| !l.starts_with(' ') && !l.ends_with(' ')), "{lines:?}");
        assert_eq!(lines.join(" "), "New-energy vehicle parts supply-and-demand matchmaking conference");
    }

    #[test]
    fn a_word_longer_than_a_line_is_cut_to_fit() {
        let word = "W".repeat(10_000);
        let lines = wrap(&format!("a {word} b"), 100.0, 10.0);
        assert!(
            lines.iter().all(|l| width(l, 10.0) <= 100.0),
            "{:?}",
            lines.iter().map(|l| l.len()).collect::<Vec<_>>()
        );
        assert_eq!(lines.concat().matches('W').count(), 10_000);
    }

    #[test]
    fn a_label_too_long_for_its_lines_ends_in_an_ellipsis() {
        let lines = wrap_lines(&"平".repeat(100), 70.0, 14.0, 2);
        assert_eq!(lines.len(), 2);
        assert!(lines[1].ends_with('…') && width(&lines[1], 14.0) <= 70.0, "{lines:?}");
        assert_eq!(wrap_lines("新兴产业", 200.0, 14.0, 2), vec!["新兴产业".to_owned()]);
    }

    #[test]
    fn a_short_text_is_one_line() {
        assert_eq!(wrap("新兴产业", 200.0, 14.0), vec!["新兴产业".to_owned()]);
    }

    #[test]
    fn display_text_breaks_only_at_its_break_points_and_spaces() {
        assert_eq!(wrap_at_breaks("新能源|新材料", 60.0, 14.0).unwrap(), vec!["新能源", "新材料"]);
        assert_eq!(wrap_at_breaks("新能源|新材料", 200.0, 14.0).unwrap(), vec!["新能源新材料"]);
        assert_eq!(wrap_at_breaks("美妆|编艺|时尚", 60.0, 14.0).unwrap(), vec!["美妆编艺", "时尚"]);
        assert_eq!(wrap_at_breaks("Low-altitude economy", 120.0, 14.0).unwrap(), vec!["Low-altitude", "economy"]);
        assert_eq!(wrap_at_breaks("可穿戴智能设备等", 60.0, 14.0), Err("可穿戴智能设备等".to_owned()));
        assert_eq!(plain("美妆|编艺|时尚"), "美妆编艺时尚");
    }
}
