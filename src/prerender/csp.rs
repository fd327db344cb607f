//! The page's Content-Security-Policy: no inline script or style runs unless its hash is
//! listed, so the policy is written at build time from the page itself.

use base64::Engine as _;
use sha2::{Digest, Sha256};

/// The head script (embed mode, theme, accent before the first paint), inlined so the
/// page needs no render-blocking request for it.
pub const HEAD_SCRIPT: &str = include_str!("../../assets/head.js");

/// Placeholders in `assets/_headers` that the build fills.
const SCRIPT_HASHES: &str = "{inline-script-hashes}";
const STYLE_HASHES: &str = "{inline-style-hashes}";
const FRAME_ANCESTORS: &str = "{frame-ancestors}";

#[derive(Debug, PartialEq, Eq)]
pub enum CspError {
    /// `_headers` lacks a placeholder the build must fill.
    MissingPlaceholder(&'static str),
    /// The frame-ancestors value could break out of its directive or header.
    BadFrameAncestors(String),
}

impl std::fmt::Display for CspError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CspError::MissingPlaceholder(p) => write!(f, "_headers has no {p} in its Content-Security-Policy"),
            CspError::BadFrameAncestors(v) => write!(
                f,
                "STORY_FRAME_ANCESTORS {v:?} is not a list of sources (origins, *, 'self' or 'none', space-separated)"
            ),
        }
    }
}

/// `'sha256-…'` of a script or style element's text, as CSP wants it.
pub fn hash_source(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    format!("'sha256-{}'", base64::engine::general_purpose::STANDARD.encode(digest))
}

/// The text of every element `<tag …>…</tag>` in the page whose start tag has exactly
/// `start_tag` (so `<script>` and not `<script type="module" src=…>`).
fn inline_texts<'a>(page: &'a str, start_tag: &str, end_tag: &str) -> Vec<&'a str> {
    let mut texts = Vec::new();
    let mut rest = page;
    while let Some(start) = rest.find(start_tag) {
        let body = &rest[start + start_tag.len()..];
        let Some(end) = body.find(end_tag) else { break };
        texts.push(&body[..end]);
        rest = &body[end + end_tag.len()..];
    }
    texts
}

/// Fills the `_headers` template for `page`: hashes of its inline scripts and styles, and
/// the origins allowed to frame it (`*` for any portal; a deployment may narrow it).
pub fn fill_headers(template: &str, page: &str, frame_ancestors: &str) -> Result<String, CspError> {
    for placeholder in [SCRIPT_HASHES, STYLE_HASHES, FRAME_ANCESTORS] {
        if !template.contains(placeholder) {
            return Err(CspError::MissingPlaceholder(placeholder));
        }
    }
    let allowed = |c: char| c.is_ascii_alphanumeric() || " *'.:/-_".contains(c);
    if frame_ancestors.trim().is_empty() || !frame_ancestors.chars().all(allowed) {
        return Err(CspError::BadFrameAncestors(frame_ancestors.to_owned()));
    }
    let hashes = |texts: Vec<&str>| {
        let mut sources: Vec<String> = texts.into_iter().map(hash_source).collect();
        sources.dedup();
        sources.join(" ")
    };
    Ok(template
        .replace(SCRIPT_HASHES, &hashes(inline_texts(page, "<script>", "</script>")))
        .replace(STYLE_HASHES, &hashes(inline_texts(page, "<style>", "</style>")))
        .replace(FRAME_ANCESTORS, frame_ancestors.trim()))
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEMPLATE: &str = "/*\n  Content-Security-Policy: script-src 'self' {inline-script-hashes}; \
                            style-src 'self' {inline-style-hashes}; frame-ancestors {frame-ancestors}\n";

    #[test]
    fn hashes_are_those_browsers_compute() {
        // echo -n 'alert(1)' | openssl dgst -sha256 -binary | base64
        assert_eq!(hash_source("alert(1)"), "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
    }

    #[test]
    fn every_inline_script_and_style_is_listed_and_nothing_else() {
        let page =
            "<style>a{}</style><script>x()</script><script type=\"module\" src=\"l.js\"></script><style>b{}</style>";
        let headers = fill_headers(TEMPLATE, page, "*").unwrap();
        assert!(headers.contains(&format!("script-src 'self' {};", hash_source("x()"))), "{headers}");
        assert!(headers.contains(&format!("style-src 'self' {} {};", hash_source("a{}"), hash_source("b{}"))));
        assert!(headers.contains("frame-ancestors *\n"));
    }

    #[test]
    fn a_frame_ancestors_value_cannot_inject_directives() {
        let error = fill_headers(TEMPLATE, "", "https://a.example; script-src *").unwrap_err();
        assert!(matches!(error, CspError::BadFrameAncestors(_)));
        assert!(fill_headers(TEMPLATE, "", "'self' https://news.example.com").is_ok());
    }

    #[test]
    fn a_template_without_placeholders_fails_the_build() {
        assert_eq!(fill_headers("/*\n", "", "*"), Err(CspError::MissingPlaceholder(SCRIPT_HASHES)));
    }
}
