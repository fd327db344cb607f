//! The page's Content-Security-Policy: no inline script or style runs unless its hash is
//! listed, so the policy is written at build time from the page itself.

use std::cell::{Cell, RefCell};
use std::fmt::Write as _;

use base64::Engine as _;
use lol_html::{element, rewrite_str, text, RewriteStrSettings};
use sha2::{Digest, Sha256};

/// The head script (embed mode, theme, accent before the first paint), inlined so the
/// page needs no render-blocking request for it.
pub const HEAD_SCRIPT: &str = include_str!("../../assets/head.js");

/// Placeholders in `assets/_headers` that the build fills.
const SCRIPT_HASHES: &str = "{inline-script-hashes}";
const STYLE_HASHES: &str = "{inline-style-hashes}";
const FRAME_ANCESTORS: &str = "{frame-ancestors}";
const SITE_ORIGIN: &str = "{site-origin}";

#[derive(Debug, PartialEq, Eq)]
pub enum CspError {
    /// `_headers` lacks a placeholder the build must fill.
    MissingPlaceholder(&'static str),
    /// The frame-ancestors value could break out of its directive or header.
    BadFrameAncestors(String),
    /// The story's public address has no origin to name (`scheme://host[:port]`).
    BadSiteUrl(String),
    /// The parser refused the page.
    Unparsable(String),
}

impl std::fmt::Display for CspError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CspError::MissingPlaceholder(p) => write!(f, "_headers has no {p} in its Content-Security-Policy"),
            CspError::BadFrameAncestors(v) => write!(
                f,
                "STORY_FRAME_ANCESTORS {v:?} is not a list of sources (origins, *, 'self' or 'none', space-separated)"
            ),
            CspError::BadSiteUrl(v) => {
                write!(f, "STORY_URL {v:?} is not an http(s) address like https://news.example.com/pingdu/")
            }
            CspError::Unparsable(why) => write!(f, "the page cannot be read for its inline scripts and styles: {why}"),
        }
    }
}

/// `'sha256-…'` of a script or style element's text, as CSP wants it.
pub fn hash_source(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    format!("'sha256-{}'", base64::engine::general_purpose::STANDARD.encode(digest))
}

/// The SHA-256 of `bytes` in hex (content-hashed file names).
pub fn hex_digest(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().fold(String::new(), |mut hex, byte| {
        let _ = write!(hex, "{byte:02x}");
        hex
    })
}

/// The text of every element `<tag>…</tag>` in the page whose start tag has no attribute
/// (so `<script>` and not `<script type="module" src=…>`), as the browser hashes it.
fn inline_texts(page: &str, tag: &str) -> Result<Vec<String>, CspError> {
    let texts = RefCell::new(Vec::<String>::new());
    let inline = Cell::new(false);
    let settings = RewriteStrSettings {
        element_content_handlers: vec![
            element!(tag, |element| {
                inline.set(element.attributes().is_empty());
                if inline.get() {
                    texts.borrow_mut().push(String::new());
                }
                Ok(())
            }),
            text!(tag, |chunk| {
                if let (true, Some(text)) = (inline.get(), texts.borrow_mut().last_mut()) {
                    text.push_str(chunk.as_str());
                }
                Ok(())
            }),
        ],
        ..RewriteStrSettings::new()
    };
    rewrite_str(page, settings).map_err(|error| CspError::Unparsable(error.to_string()))?;
    Ok(texts.into_inner())
}

/// The origin of an http(s) address: `https://news.example.com` of `https://news.example.com/pingdu/`.
fn origin_of(url: &str) -> Result<&str, CspError> {
    let bad = || CspError::BadSiteUrl(url.to_owned());
    let rest = url.strip_prefix("https://").or_else(|| url.strip_prefix("http://")).ok_or_else(bad)?;
    let host = rest.split('/').next().unwrap_or_default();
    let allowed = |c: char| c.is_ascii_alphanumeric() || ".:-[]".contains(c);
    if host.is_empty() || !host.chars().all(allowed) {
        return Err(bad());
    }
    Ok(&url[..url.len() - rest.len() + host.len()])
}

/// Fills the `_headers` template for `page`: hashes of its inline scripts and styles, the
/// origins allowed to frame it (`*` for any portal; a deployment may narrow it), and the
/// story's own origin (from `site_url`) beside `'self'`: WebKit matches `'self'` against
/// nothing in a sandboxed frame's opaque origin (WebKit bug 316847), so there the story's
/// own scripts, wasm and styles would be refused.
pub fn fill_headers(template: &str, page: &str, frame_ancestors: &str, site_url: &str) -> Result<String, CspError> {
    for placeholder in [SCRIPT_HASHES, STYLE_HASHES, FRAME_ANCESTORS, SITE_ORIGIN] {
        if !template.contains(placeholder) {
            return Err(CspError::MissingPlaceholder(placeholder));
        }
    }
    let allowed = |c: char| c.is_ascii_alphanumeric() || " *'.:/-_".contains(c);
    if frame_ancestors.trim().is_empty() || !frame_ancestors.chars().all(allowed) {
        return Err(CspError::BadFrameAncestors(frame_ancestors.to_owned()));
    }
    let hashes = |texts: Vec<String>| {
        let mut sources: Vec<String> = texts.iter().map(|text| hash_source(text)).collect();
        sources.dedup();
        sources.join(" ")
    };
    Ok(template
        .replace(SCRIPT_HASHES, &hashes(inline_texts(page, "script")?))
        .replace(STYLE_HASHES, &hashes(inline_texts(page, "style")?))
        .replace(FRAME_ANCESTORS, frame_ancestors.trim())
        .replace(SITE_ORIGIN, origin_of(site_url)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEMPLATE: &str = "/*\n  Content-Security-Policy: script-src 'self' {site-origin} {inline-script-hashes}; \
                            style-src 'self' {inline-style-hashes}; frame-ancestors {frame-ancestors}\n";
    const SITE: &str = "https://news.example.com/pingdu/";

    #[test]
    fn hashes_are_those_browsers_compute() {
        // echo -n 'alert(1)' | openssl dgst -sha256 -binary | base64
        assert_eq!(hash_source("alert(1)"), "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
    }

    #[test]
    fn every_inline_script_and_style_is_listed_and_nothing_else() {
        let page =
            "<style>a{}</style><script>x()</script><script type=\"module\" src=\"l.js\"></script><style>b{}</style>";
        let headers = fill_headers(TEMPLATE, page, "*", SITE).unwrap();
        assert!(
            headers.contains(&format!("script-src 'self' https://news.example.com {};", hash_source("x()"))),
            "{headers}"
        );
        assert!(headers.contains(&format!("style-src 'self' {} {};", hash_source("a{}"), hash_source("b{}"))));
        assert!(headers.contains("frame-ancestors *\n"));
    }

    #[test]
    fn a_frame_ancestors_value_cannot_inject_directives() {
        let error = fill_headers(TEMPLATE, "", "https://a.example; script-src *", SITE).unwrap_err();
        assert!(matches!(error, CspError::BadFrameAncestors(_)));
        assert!(fill_headers(TEMPLATE, "", "'self' https://news.example.com", SITE).is_ok());
    }

    #[test]
    fn the_site_origin_is_named_and_cannot_inject_directives() {
        assert_eq!(origin_of("http://127.0.0.1:8080/"), Ok("http://127.0.0.1:8080"));
        assert_eq!(origin_of("https://news.example.com"), Ok("https://news.example.com"));
        for bad in ["news.example.com/", "https://a.example;script-src*/", "javascript:alert(1)", "https:///x"] {
            assert_eq!(fill_headers(TEMPLATE, "", "*", bad), Err(CspError::BadSiteUrl(bad.to_owned())), "{bad}");
        }
    }

    #[test]
    fn a_template_without_placeholders_fails_the_build() {
        assert_eq!(fill_headers("/*\n", "", "*", SITE), Err(CspError::MissingPlaceholder(SCRIPT_HASHES)));
    }
}
