use yew::prelude::*;

/// Prose as escaped HTML rather than a text node. Hydration adopts raw HTML as it finds
/// it, while it rewrites every text node (Yew always re-sets their values), which the
/// browser repaints — and counts as a new, later Largest Contentful Paint. Only text
/// escaped here goes through `from_html_unchecked`.
pub fn prose(text: &str) -> Html {
    Html::from_html_unchecked(AttrValue::from(escape(text)))
}

/// Escapes text for HTML element content and for quoted attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn markup_in_text_stays_text() {
        assert_eq!(escape("<script>&</script>"), "&lt;script&gt;&amp;&lt;/script&gt;");
        assert_eq!(escape(r#""><img onerror='x'>"#), "&quot;&gt;&lt;img onerror=&#39;x&#39;&gt;");
        assert_eq!(escape("“平度”"), "“平度”");
    }
}
