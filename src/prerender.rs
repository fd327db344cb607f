//! Build-time prerendering: the whole story rendered natively with Yew SSR into the
//! page Trunk built, plus the head a search engine or a link preview reads. The browser
//! then hydrates this HTML instead of building the page from nothing.
//!
//! Trunk's page is read and rewritten by an HTML parser (`lol_html`), not by searching
//! its text, so quoting, minifying or attribute order do not matter; an element the
//! prerenderer needs and does not find fails the build with its name.

use std::cell::{Cell, RefCell};
use std::fmt::Write;
use std::rc::Rc;

use lol_html::html_content::ContentType;
use lol_html::{element, end, end_tag, rewrite_str, text, RewriteStrSettings};

mod csp;
pub use csp::{fill_headers, hash_source, hex_digest, CspError, HEAD_SCRIPT};

use crate::charts::csv;
use crate::components::island::{Island, IslandProps, IslandView};
pub use crate::components::text::{display_html, escape};
use crate::content::display::plain;
use crate::content::{Chart, Edition, Figure};
use crate::{App, AppProps};
use yew::AttrValue;

/// What Trunk's page must hold for the prerenderer, by the selector that finds it.
const MOUNT: &str = "div#story";
const TITLE: &str = "title";
const TRUNK_LOADER: &str = "script[type=module]";
const ISLAND_SLOT: &str = "div[data-island]";

#[derive(Debug, PartialEq, Eq)]
pub enum PrerenderError {
    /// The page has no `<div id="story">` to fill.
    NoMountPoint,
    /// The page has no `<title>` to give the edition's.
    NoTitle,
    /// Trunk's loader (`<script type=module>import init … from '…'; … module_or_path: '…'`)
    /// was not found, or lacks the part named.
    NoLoader(&'static str),
    /// The story rendered an island slot with no island of that key.
    UnknownIsland(String),
    /// The parser refused the page.
    Unparsable(String),
    /// A chart of the story cannot be drawn (a label too wide with no break point): where.
    Chart(String),
}

impl std::fmt::Display for PrerenderError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PrerenderError::NoMountPoint => write!(f, "index.html has no {MOUNT} to prerender the story into"),
            PrerenderError::NoTitle => write!(f, "index.html has no <{TITLE}> to give the edition's title"),
            PrerenderError::NoLoader(part) => {
                write!(f, "Trunk's page has no loader {TRUNK_LOADER} with {part}: has Trunk changed its output?")
            }
            PrerenderError::UnknownIsland(key) => write!(f, "the story has a slot for an unknown island {key:?}"),
            PrerenderError::Unparsable(why) => write!(f, "index.html cannot be rewritten: {why}"),
            PrerenderError::Chart(what) => write!(f, "{what}"),
        }
    }
}

impl From<lol_html::errors::RewritingError> for PrerenderError {
    fn from(error: lol_html::errors::RewritingError) -> Self {
        PrerenderError::Unparsable(error.to_string())
    }
}

/// The story's HTML: the page as static HTML, and in each island's slot that island
/// rendered on its own with the markers its hydration needs.
pub fn story_html(page_url: &str, edition: Edition) -> Result<String, PrerenderError> {
    check_charts(edition)?;
    let props = AppProps { page_url: AttrValue::from(page_url.to_owned()), edition };
    let page =
        futures::executor::block_on(yew::LocalServerRenderer::<App>::with_props(props).hydratable(false).render());
    let unknown = RefCell::new(None);
    let settings = RewriteStrSettings {
        element_content_handlers: vec![element!(ISLAND_SLOT, |slot| {
            let key = slot.get_attribute("data-island").unwrap_or_default();
            match Island::all().into_iter().find(|island| island.key() == key) {
                Some(island) => slot.set_inner_content(&island_html(island, edition), ContentType::Html),
                None => *unknown.borrow_mut() = Some(key),
            }
            Ok(())
        })],
        ..RewriteStrSettings::new()
    };
    let html = rewrite_str(&page, settings)?;
    match unknown.into_inner() {
        Some(key) => Err(PrerenderError::UnknownIsland(key)),
        None => Ok(html),
    }
}

/// Every chart of the edition draws in every state at every width: one that cannot (a
/// label too wide for its place, with no break point) fails the build, named, rather
/// than showing its table in place of its drawing to every reader.
pub fn check_charts(edition: Edition) -> Result<(), PrerenderError> {
    use crate::charts::{layout, Scene, Width};
    let story = edition.story();
    for chart in story.charts {
        for (state, width) in chart.states.iter().flat_map(|state| Width::ALL.map(|width| (state, width))) {
            layout(&Scene::of(story, chart, (width, None), state, 1.0)).map_err(|error| {
                let (code, px) = (edition.code(), width.px());
                PrerenderError::Chart(format!(
                    "{code}: chart “{}”, state “{state}”, {px} units wide: {error}",
                    chart.id
                ))
            })?;
        }
    }
    Ok(())
}

/// One island rendered on its own, with its hydration markers.
fn island_html(island: Island, edition: Edition) -> String {
    let island = yew::LocalServerRenderer::<IslandView>::with_props(IslandProps { island, edition }).hydratable(true);
    futures::executor::block_on(island.render())
}

/// The glue and the wasm of one wasm build, as the page names them (`/pingdu-story-1a2b.js`,
/// `/pingdu-story-1a2b_bg.wasm`). Each edition's page names its own edition's build.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BuildFiles {
    pub glue: String,
    pub wasm: String,
}

impl BuildFiles {
    /// Trunk's main build, read out of the loader script in Trunk's page.
    pub fn of_trunk_page(page: &str) -> Result<Self, PrerenderError> {
        let script = RefCell::new(None::<String>);
        let settings = RewriteStrSettings {
            element_content_handlers: vec![text!(TRUNK_LOADER, |chunk| {
                script.borrow_mut().get_or_insert_with(String::new).push_str(chunk.as_str());
                Ok(())
            })],
            ..RewriteStrSettings::new()
        };
        rewrite_str(page, settings)?;
        let script = script.into_inner().ok_or(PrerenderError::NoLoader("a script"))?;
        if !script.contains("import init") {
            return Err(PrerenderError::NoLoader("import init"));
        }
        let quoted_after = |marker: &str| -> Option<String> {
            let rest = &script[script.find(marker)? + marker.len()..];
            let rest = &rest[rest.find('\'')? + 1..];
            Some(rest[..rest.find('\'')?].to_owned())
        };
        let glue = quoted_after(" from ").ok_or(PrerenderError::NoLoader("from '…js'"))?;
        let wasm = quoted_after("module_or_path:").ok_or(PrerenderError::NoLoader("module_or_path: '…wasm'"))?;
        Ok(BuildFiles { glue, wasm })
    }

    /// Another build's files, in this one's folder.
    pub fn beside(&self, glue_file: &str, wasm_file: &str) -> BuildFiles {
        let base = self.base();
        BuildFiles { glue: format!("{base}/{glue_file}"), wasm: format!("{base}/{wasm_file}") }
    }

    /// Whether this is the build of the binary `bin`: Trunk names its glue `{bin}-{hash}.js`.
    pub fn is_of(&self, bin: &str) -> bool {
        let file = self.glue.rsplit('/').next().unwrap_or_default();
        file.strip_suffix(".js")
            .and_then(|stem| stem.rsplit_once('-'))
            .is_some_and(|(name, hash)| name == bin && hash.bytes().all(|b| b.is_ascii_hexdigit()))
    }

    fn base(&self) -> &str {
        self.glue.rsplit_once('/').map_or("", |(base, _)| base)
    }

    /// The element that names the glue, the wasm and the story's loader for the head
    /// script, which adds the loader once the page has painted. At the end of the body,
    /// outside the first round trip; data attributes, since HTML allows a named `<meta>`
    /// only in the head.
    fn loader_tag(&self, loader: &str) -> String {
        format!(
            r#"<div hidden data-story-glue="{}" data-story-wasm="{}" data-story-loader="{}/{}"></div>"#,
            escape(&self.glue),
            escape(&self.wasm),
            escape(self.base()),
            escape(loader)
        )
    }
}

/// Fills Trunk's page with one edition: the story into its mount point, the language, the
/// title, and the head tags. `site_url` is the site's public address (the base edition's
/// page), ending in `/`; the edition's page is `site_url` + `edition.path()`.
/// `loader` is the file name of the story's loader at the site's root (`loader-1a2b.js`).
///
/// Trunk's inline loader gives way to `loader.js` (external: a strict CSP needs no hash),
/// which leaves the prerendered page alone when the wasm cannot run or arrive. Trunk's
/// preload hints go: fetched early, the glue and the wasm would share the connection with
/// the HTML on a slow network and delay the first paint.
pub fn prerender_page(
    template: &str,
    site_url: &str,
    loader: &str,
    edition: Edition,
) -> Result<String, PrerenderError> {
    prerender_edition_page(template, site_url, loader, edition, &BuildFiles::of_trunk_page(template)?)
}

/// [`prerender_page`], the page naming `build`, its edition's wasm build.
pub fn prerender_edition_page(
    template: &str,
    site_url: &str,
    loader: &str,
    edition: Edition,
    build: &BuildFiles,
) -> Result<String, PrerenderError> {
    let loader_tags = build.loader_tag(loader);
    let page_url = format!("{site_url}{}", edition.path());
    let story = format!(r#"<div id="story" data-prerendered="true">{}</div>"#, story_html(&page_url, edition)?);
    // Before the first paint: embed mode, theme and accent from the URL (hashed in the CSP).
    let head = format!("<script>{}</script>{}", minify_script(HEAD_SCRIPT), head_tags(site_url, edition));
    let title = escape(&plain(edition.story().meta.title));
    let (page, head_placed) = with_head(template, edition.code(), &title, &head)?;
    // A page with no head element to follow: the head's tags go before the story.
    let story = if head_placed { story } else { format!("{head}{story}") };
    with_story(&page, &story, &loader_tags)
}

/// Each chart's numbers as CSV, as (path relative to the edition's page, contents): the
/// files its page's download links name.
pub fn csv_files(edition: Edition) -> Vec<(String, String)> {
    let story = edition.story();
    let csv_of = |chart: &Chart| {
        let figures: Vec<&Figure> = story.figures_of(chart).collect();
        (csv::href(chart.id), csv::csv(&figures, &story.ui))
    };
    story.charts.iter().map(csv_of).collect()
}

/// The head for the edition: its language and title, the head script and tags after the
/// head's last element (where Trunk's page ends its head); Trunk's preloads and loader
/// gone. Says whether the page had a head to put them in.
fn with_head(page: &str, language: &str, title: &str, head: &str) -> Result<(String, bool), PrerenderError> {
    let last = last_in_head(page)?;
    let (found, index) = (Cell::new(false), Cell::new(0));
    let settings = RewriteStrSettings {
        element_content_handlers: vec![
            element!("html", |html| { html.set_attribute("lang", language).map_err(Into::into) }),
            element!(TITLE, |element| {
                element.set_inner_content(title, ContentType::Html);
                found.set(true);
                Ok(())
            }),
            element!("*", |element| {
                if dropped(element) {
                    element.remove();
                }
                if last == Some(index.get()) {
                    element.after(head, ContentType::Html);
                }
                index.set(index.get() + 1);
                Ok(())
            }),
        ],
        ..RewriteStrSettings::new()
    };
    let page = rewrite_str(page, settings)?;
    found.get().then_some((page, last.is_some())).ok_or(PrerenderError::NoTitle)
}

/// The elements a page's head holds (a minifier may leave out `<head>` and `</head>`, so
/// the head is these, up to the first element of any other kind).
const HEAD_ELEMENTS: [&str; 6] = ["meta", "link", "style", "title", "base", "script"];

/// Trunk's tags that the page drops: its preloads and its loader.
fn dropped(element: &lol_html::html_content::Element) -> bool {
    let (tag, rel) = (element.tag_name(), element.get_attribute("rel").unwrap_or_default());
    let preload = tag == "link" && rel.split_ascii_whitespace().any(|r| r == "preload" || r == "modulepreload");
    preload || (tag == "script" && element.get_attribute("type").as_deref() == Some("module"))
}

/// The index, among the page's elements in order, of the head's last element that stays.
fn last_in_head(page: &str) -> Result<Option<usize>, PrerenderError> {
    let (index, last, in_head) = (Cell::new(0), Cell::new(None), Cell::new(true));
    let settings = RewriteStrSettings {
        element_content_handlers: vec![element!("*", |element| {
            let tag = element.tag_name();
            let head_element = HEAD_ELEMENTS.contains(&tag.as_str());
            in_head.set(in_head.get() && (head_element || tag == "html" || tag == "head"));
            if in_head.get() && head_element && !dropped(element) {
                last.set(Some(index.get()));
            }
            index.set(index.get() + 1);
            Ok(())
        })],
        ..RewriteStrSettings::new()
    };
    rewrite_str(page, settings)?;
    Ok(last.get())
}

/// The story in the mount point, and the loader's names at the end of the body: nothing
/// about the interactive layer comes before the article.
fn with_story(page: &str, story: &str, loader_tags: &str) -> Result<String, PrerenderError> {
    let found = Cell::new(false);
    let loader_placed = Rc::new(Cell::new(false));
    let settings = RewriteStrSettings {
        element_content_handlers: vec![
            element!(MOUNT, |mount| {
                mount.replace(story, ContentType::Html);
                found.set(true);
                Ok(())
            }),
            element!("body", |body| {
                let (tags, placed) = (loader_tags.to_owned(), Rc::clone(&loader_placed));
                if let Some(handlers) = body.end_tag_handlers() {
                    handlers.push(end_tag!(move |end| {
                        end.before(&tags, ContentType::Html);
                        placed.set(true);
                        Ok(())
                    }));
                }
                Ok(())
            }),
        ],
        // A minified page leaves out </body>: the end of the document is the end of the body.
        document_content_handlers: vec![end!(|end| {
            if !loader_placed.get() {
                end.append(loader_tags, ContentType::Html);
            }
            Ok(())
        })],
        ..RewriteStrSettings::new()
    };
    let page = rewrite_str(page, settings)?;
    found.get().then_some(page).ok_or(PrerenderError::NoMountPoint)
}

/// How an editor's notice looks: on top of the page, whatever the story's own styles.
const NOTICE_STYLE: &str = "position:sticky;top:0;z-index:10;margin:0;padding:1rem 1.25rem;background:#7a1010;\
color:#fff;font:15px/1.5 ui-monospace,Menlo,Consolas,monospace;white-space:pre-wrap";

/// The notice's heading (editors read it, never readers: release builds fail instead).
const NOTICE_TITLE: &str = "The story data has a problem. This page shows the story as it last checked; \
it reloads by itself once the data is fixed.";

/// The page with an editor's notice of what is wrong with the data above the story
/// (editing builds only: see build.rs). The same page when nothing is wrong.
pub fn with_data_problems(page: &str, problems: &[&str]) -> Result<String, PrerenderError> {
    if problems.is_empty() {
        return Ok(page.to_owned());
    }
    let items: String = problems.iter().map(|problem| format!("<li>{}</li>", escape(problem))).collect();
    let notice = format!(
        r#"<div role="alert" data-testid="data-problems" style="{NOTICE_STYLE}"><p>{}</p><ul>{items}</ul></div>"#,
        escape(NOTICE_TITLE)
    );
    let settings = RewriteStrSettings {
        element_content_handlers: vec![element!(MOUNT, |mount| {
            mount.before(&notice, ContentType::Html);
            Ok(())
        })],
        ..RewriteStrSettings::new()
    };
    Ok(rewrite_str(page, settings)?)
}

/// The head script without its comment lines and indentation (it is in every page's first
/// round trip).
fn minify_script(script: &str) -> String {
    // Whole-line comments go, the JSDoc types that `tsc` checks among them.
    let comment = |line: &str| line.starts_with("//") || (line.starts_with("/*") && line.ends_with("*/"));
    script.lines().map(str::trim).filter(|line| !line.is_empty() && !comment(line)).collect()
}

/// Description, canonical link, the other editions (hreflang), Open Graph and Twitter
/// cards, and NewsArticle JSON-LD.
pub fn head_tags(site_url: &str, edition: Edition) -> String {
    let meta = &edition.story().meta;
    let (title, description) = (escape(&plain(meta.title)), escape(&plain(meta.standfirst)));
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
        "headline": plain(meta.title),
        "description": plain(meta.standfirst),
        "inLanguage": meta.language,
        "url": format!("{site_url}{}", edition.path()),
        "image": [format!("{site_url}share.png")],
        "author": [{ "@type": "Person", "name": meta.reporter }],
        "contributor": [{ "@type": "Person", "name": meta.correspondent }],
        "publisher": { "@type": "Organization", "name": meta.publisher },
        "creditText": plain(meta.byline),
        "isBasedOn": { "@type": "NewsArticle", "publisher": { "@type": "Organization", "name": meta.publisher } },
    });
    // `<` never appears raw inside the script element, whatever the data holds.
    value.to_string().replace('<', "\\u003c")
}
