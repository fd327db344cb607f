use yew::prelude::*;

/// Prose as escaped HTML rather than a text node. Hydration adopts raw HTML as it finds
/// it, while it rewrites every text node (Yew always re-sets their values), which the
/// browser repaints — and counts as a new, later Largest Contentful Paint. Only text
/// escaped here goes through `from_html_unchecked`.
pub fn prose(text: &str) -> Html {
    Html::from_html_unchecked(AttrValue::from(escape_text(text)))
}

/// Escapes text for an element's content: `&`, `<` and `>`.
pub fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::escape_text;

    #[test]
    fn markup_in_text_stays_text() {
        assert_eq!(escape_text("<script>&</script>"), "&lt;script&gt;&amp;&lt;/script&gt;");
        assert_eq!(escape_text("“平度”"), "“平度”");
    }
}
