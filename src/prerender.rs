//! Build-time prerendering: the whole story rendered natively with Yew SSR into the
//! page Trunk built, plus the head a search engine or a link preview reads. The browser
//! then hydrates this HTML instead of building the page from nothing.

use std::fmt::Write;

mod csp;
pub use csp::{fill_headers, hash_source, CspError, HEAD_SCRIPT};

use crate::components::island::{Island, IslandProps, IslandView};
pub use crate::components::text::escape;
use crate::content::Edition;
use crate::{App, AppProps};
use yew::AttrValue;

/// Where the story's mount point sits in Trunk's page (as written, and as Trunk's
/// release minifier writes it).
const MOUNT: &str = r#"<div id="story"></div>"#;
const MOUNT_MINIFIED: &str = "<div id=story></div>";

#[derive(Debug, PartialEq, Eq)]
pub enum PrerenderError {
    /// The page has no empty `<div id="story"></div>` to fill.
    NoMountPoint,
    /// The page has no `</head>` to put the head tags before.
    NoHead,
    /// Trunk's loader script (`import init … from '…js'; … module_or_path: '…wasm'`) was not found.
    NoLoader,
}

impl std::fmt::Display for PrerenderError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PrerenderError::NoMountPoint => write!(f, "index.html has no empty {MOUNT} to prerender into"),
            PrerenderError::NoHead => write!(f, "index.html has no </head>"),
            PrerenderError::NoLoader => write!(f, "index.html has no Trunk loader script to replace"),
        }
    }
}

/// The story's HTML: the page as static HTML, and in each island's slot that island
/// rendered on its own with the markers its hydration needs.
pub fn story_html(page_url: &str, edition: Edition) -> String {
    let props = AppProps { island_slots: true, page_url: AttrValue::from(page_url.to_owned()), edition };
    let page = yew::LocalServerRenderer::<App>::with_props(props).hydratable(false);
    let mut html = futures::executor::block_on(page.render());
    for island in Island::all() {
        let slot = format!(r#"<div data-island="{}">"#, island.key());
        let rendered =
            yew::LocalServerRenderer::<IslandView>::with_props(IslandProps { island, edition }).hydratable(true);
        let content = futures::executor::block_on(rendered.render());
        html = html.replacen(&format!("{slot}</div>"), &format!("{slot}{content}</div>"), 1);
    }
    html
}

/// Fills Trunk's page with one edition: the story into its mount point, the language, the
/// title, and the head tags. `site_url` is the site's public address (the base edition's
/// page), ending in `/`; the edition's page is `site_url` + `edition.path()`.
/// `loader` is the file name of the story's loader at the site's root (`loader-1a2b.js`).
pub fn prerender_page(
    template: &str,
    site_url: &str,
    loader: &str,
    edition: Edition,
) -> Result<String, PrerenderError> {
    let mount =
        [MOUNT, MOUNT_MINIFIED].into_iter().find(|m| template.contains(m)).ok_or(PrerenderError::NoMountPoint)?;
    let template = &without_preloads(&use_story_loader(template, loader)?);
    // A minified page leaves out </head>: the head then ends where the story begins.
    let head_end = template.find("</head>").or_else(|| template.find(mount)).ok_or(PrerenderError::NoHead)?;
    let mut page = String::with_capacity(template.len() + 64 * 1024);
    page.push_str(&replace_title(&with_language(&template[..head_end], edition), edition));
    // Before the first paint: embed mode, theme and accent from the URL (hashed in the CSP).
    let _ = write!(page, "<script>{}</script>", minify_script(HEAD_SCRIPT));
    page.push_str(&head_tags(site_url, edition));
    page.push_str(&template[head_end..]);
    let page_url = format!("{site_url}{}", edition.path());
    let story = story_html(&page_url, edition);
    Ok(page.replacen(mount, &format!(r#"<div id="story" data-prerendered="true">{story}</div>"#), 1))
}

/// The `<html lang>` of the edition (Trunk's page says the base's, quoted or minified).
fn with_language(head: &str, edition: Edition) -> String {
    let wanted = format!(r#"<html lang="{}">"#, edition.code());
    [r#"<html lang="zh-Hans">"#, "<html lang=zh-Hans>"]
        .iter()
        .find(|tag| head.contains(*tag))
        .map_or_else(|| head.to_owned(), |tag| head.replacen(tag, &wanted, 1))
}

/// The head script without its comment lines and indentation (it is in every page's first
/// round trip).
fn minify_script(script: &str) -> String {
    // Whole-line comments go, the JSDoc types that `tsc` checks among them.
    let comment = |line: &str| line.starts_with("//") || (line.starts_with("/*") && line.ends_with("*/"));
    script.lines().map(str::trim).filter(|line| !line.is_empty() && !comment(line)).collect()
}

/// Replaces Trunk's inline loader with `loader.js` (external: a strict CSP needs no
/// hash), which leaves the prerendered page alone when the wasm cannot run or arrive.
/// The page only names it (`meta story-loader`): the head script adds it once the page
/// has painted, so a browser does not even discover it before the article shows.
fn use_story_loader(page: &str, loader: &str) -> Result<String, PrerenderError> {
    let start = [r#"<script type="module">"#, "<script type=module>"]
        .iter()
        .find_map(|tag| page.find(tag))
        .ok_or(PrerenderError::NoLoader)?;
    let end = start + page[start..].find("</script>").ok_or(PrerenderError::NoLoader)? + "</script>".len();
    let script = &page[start..end];
    if !script.contains("import init") {
        return Err(PrerenderError::NoLoader);
    }
    let quoted_after = |marker: &str| -> Option<&str> {
        let rest = &script[script.find(marker)? + marker.len()..];
        let rest = &rest[rest.find('\'')? + 1..];
        Some(&rest[..rest.find('\'')?])
    };
    let glue = quoted_after(" from ").ok_or(PrerenderError::NoLoader)?;
    let wasm = quoted_after("module_or_path:").ok_or(PrerenderError::NoLoader)?;
    let base = glue.rsplit_once('/').map_or("/", |(base, _)| base);
    let loader = format!(
        r#"<meta name="story-glue" content="{}"><meta name="story-wasm" content="{}"><meta name="story-loader" content="{}/{}">"#,
        escape(glue),
        escape(wasm),
        escape(base),
        escape(loader)
    );
    // At the end of the body: nothing about the interactive layer comes before the article.
    let page = format!("{}{}", &page[..start], &page[end..]);
    // A minified page leaves out </body>: the end of the document is the end of the body.
    let body_end = page.rfind("</body>").unwrap_or(page.len());
    Ok(format!("{}{loader}{}", &page[..body_end], &page[body_end..]))
}

/// Drops Trunk's preload hints for the glue and the wasm: fetched early they would share
/// the connection with the HTML on a slow network and delay the first paint; the loader
/// asks for them once the page is parsed.
fn without_preloads(page: &str) -> String {
    let is_preload = |tag: &str| {
        ["rel=modulepreload", r#"rel="modulepreload""#, "rel=preload", r#"rel="preload""#]
            .iter()
            .any(|rel| tag.split([' ', '>']).any(|attribute| attribute == *rel))
    };
    let mut out = String::with_capacity(page.len());
    let mut rest = page;
    while let Some(start) = rest.find("<link ") {
        let end = rest[start..].find('>').map_or(rest.len(), |end| start + end + 1);
        out.push_str(&rest[..start]);
        if !is_preload(&rest[start..end]) {
            out.push_str(&rest[start..end]);
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

fn replace_title(head: &str, edition: Edition) -> String {
    let title = format!("<title>{}</title>", escape(edition.story().meta.title));
    match (head.find("<title>"), head.find("</title>")) {
        (Some(start), Some(end)) if start < end => {
            format!("{}{title}{}", &head[..start], &head[end + "</title>".len()..])
        }
        _ => format!("{head}{title}"),
    }
}

/// Description, canonical link, the other editions (hreflang), Open Graph and Twitter
/// cards, and NewsArticle JSON-LD.
pub fn head_tags(site_url: &str, edition: Edition) -> String {
    let meta = &edition.story().meta;
    let (title, description) = (escape(meta.title), escape(meta.standfirst));
    let page_url = format!("{site_url}{}", edition.path());
    let (url, image) = (escape(&page_url), escape(&format!("{site_url}share.png")));
    let mut out = String::new();
    let _ = writeln!(out, r#"<meta name="description" content="{description}">"#);
    let _ = writeln!(out, r#"<link rel="canonical" href="{url}">"#);
    for other in Edition::ALL {
        let href = escape(&format!("{site_url}{}", other.path()));
        let _ = writeln!(out, r#"<link rel="alternate" hreflang="{}" href="{href}">"#, other.code());
    }
    let _ = writeln!(out, r#"<link rel="alternate" hreflang="x-default" href="{}">"#, escape(site_url));
    for (property, content) in [
        ("og:type", "article"),
        ("og:title", title.as_str()),
        ("og:description", description.as_str()),
        ("og:url", url.as_str()),
        ("og:image", image.as_str()),
        ("og:image:width", "1200"),
        ("og:image:height", "630"),
        ("og:locale", edition.row().og_locale),
    ] {
        let _ = writeln!(out, r#"<meta property="{property}" content="{content}">"#);
    }
    // Twitter (X) reads title, description and image from the Open Graph tags above.
    let _ = writeln!(out, r#"<meta name="twitter:card" content="summary_large_image">"#);
    let _ = writeln!(out, r#"<script type="application/ld+json">{}</script>"#, json_ld(site_url, edition));
    out
}

/// NewsArticle structured data crediting the source report.
fn json_ld(site_url: &str, edition: Edition) -> String {
    let meta = &edition.story().meta;
    let value = serde_json::json!({
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": meta.title,
        "description": meta.standfirst,
        "inLanguage": meta.language,
        "url": format!("{site_url}{}", edition.path()),
        "image": [format!("{site_url}share.png")],
        "author": [{ "@type": "Person", "name": meta.reporter }],
        "contributor": [{ "@type": "Person", "name": meta.correspondent }],
        "publisher": { "@type": "Organization", "name": meta.publisher },
        "creditText": meta.byline,
        "isBasedOn": { "@type": "NewsArticle", "publisher": { "@type": "Organization", "name": meta.publisher } },
    });
    // `<` never appears raw inside the script element, whatever the data holds.
    value.to_string().replace('<', "\\u003c")
}
