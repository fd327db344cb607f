//! Escaping for HTML we write as strings (the embed snippets, the prerendered page's
//! edits); Yew escapes the text it renders itself. And text an island shows that only the
//! prerendered page carries.

use yew::{AttrValue, Html};

/// A text of an island that the prerendered page carries and the wasm leaves out
/// (`prose!`: a step's words, a chart's title and takeaway, which never change once the
/// page is written): written as raw HTML, which hydration adopts as the page has it without
/// comparing, and which a later render leaves alone, since the wasm's string (empty) never
/// changes. What a text costs the wasm is what every reader downloads.
pub fn adopted(text: &'static str) -> Html {
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
