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

/// A display text (the headline, a heading, a chart's title: see `content::display`) as
/// HTML that breaks only between its phrases: each phrase that a browser could break inside
/// (any with a CJK character or mark) is kept whole (`.phrase`, `white-space: nowrap`), with
/// an explicit break (`<wbr>`) at each break point from `data/`, and the spaces as they are.
/// A Latin word needs nothing: browsers break it only at spaces and hyphens.
#[cfg(not(target_arch = "wasm32"))]
pub fn display_html(text: &str) -> String {
    use crate::content::display::BREAK;

    let mut out = String::with_capacity(text.len() * 2);
    for (k, word) in text.split(' ').enumerate() {
        if k > 0 {
            out.push(' ');
        }
        for (j, phrase) in word.split(BREAK).enumerate() {
            if j > 0 {
                out.push_str("<wbr>");
            }
            if phrase.is_ascii() {
                out.push_str(&escape(phrase));
            } else {
                out.push_str("<span class=\"phrase\">");
                out.push_str(&escape(phrase));
                out.push_str("</span>");
            }
        }
    }
    out
}

/// A display text rendered with its phrases kept whole (`display_html`), as the prerenderer
/// writes it. The display texts an island shows (a chart's title) are texts the wasm leaves
/// out (`prose!`): in the browser this adopts what the page has, as `adopted` does, and the
/// wasm carries no phrase-setting code.
pub fn display(text: &'static str) -> Html {
    #[cfg(not(target_arch = "wasm32"))]
    return Html::from_html_unchecked(AttrValue::from(display_html(text)));
    #[cfg(target_arch = "wasm32")]
    adopted(text)
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

    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn display_type_keeps_each_phrase_whole_and_breaks_at_the_data_s_break_points() {
        use super::display_html;
        assert_eq!(
            display_html("平度：|项目提速、|民生升温"),
            r#"<span class="phrase">平度：</span><wbr><span class="phrase">项目提速、</span><wbr><span class="phrase">民生升温</span>"#
        );
        assert_eq!(display_html("Pingdu at <full> speed"), "Pingdu at &lt;full&gt; speed");
        assert_eq!(
            display_html("记者 宋祖锋"),
            r#"<span class="phrase">记者</span> <span class="phrase">宋祖锋</span>"#
        );
    }
}
