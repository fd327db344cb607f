//! Prerendering, natively: the story goes into Trunk's page with its head, and Trunk's
//! inline loader is swapped for the external one.
#![cfg(not(target_arch = "wasm32"))]

use pingdu_story::content::display::plain;
use pingdu_story::content::{Edition, STORY};
use pingdu_story::prerender::{csv_files, display_html, escape, prerender_page, story_html, PrerenderError};

const TRUNK_PAGE: &str = r#"<!doctype html><html lang="zh-CN"><head><title>old</title>
<link rel="modulepreload" href="/app-1a2b.js" crossorigin="anonymous"><link rel="preload" href="/app-1a2b_bg.wasm" as="fetch" type="application/wasm">
<script type="module">
import init, * as bindings from '/app-1a2b.js';
const wasm = await init({ module_or_path: '/app-1a2b_bg.wasm' });
</script>
</head><body><div id="story"></div></body></html>"#;

#[test]
fn the_story_goes_into_the_mount_point_with_hydration_markers() {
    let page = prerender_page(TRUNK_PAGE, "https://news.example/pingdu/", "loader-1.js", Edition::Hans).unwrap();
    assert!(page.contains(r#"<div id="story" data-prerendered="true">"#));
    assert!(page.contains(&display_html(STORY.chapters[1].title)), "chapter titles are in the HTML");
    assert!(
        story_html("https://news.example/pingdu/", Edition::Hans).unwrap().contains("<!--"),
        "hydration markers are present"
    );
    assert!(page.contains(&format!("<title>{}</title>", plain(STORY.meta.title))));
    assert!(!page.contains("<title>old</title>"));
    assert!(page.contains(r#"<link rel="canonical" href="https://news.example/pingdu/">"#));
    let head_end = page.find("</head>").unwrap();
    assert!(page.find("<script>").unwrap() < head_end, "the head script is in the head");
    assert!(page.find(r#"<script type="application/ld+json">"#).unwrap() < head_end, "so are the head tags");
    assert!(page.contains(r#"content="https://news.example/pingdu/share.png""#));
}

#[test]
fn trunks_inline_loader_becomes_the_external_one() {
    let page = prerender_page(TRUNK_PAGE, "https://news.example/", "loader-1.js", Edition::Hans).unwrap();
    assert!(!page.contains("import init"), "no inline script is left");
    assert!(!page.contains("preload"), "the wasm and its glue wait until the page is parsed");
    assert!(page.contains(r#"data-story-glue="/app-1a2b.js""#));
    assert!(page.contains(r#"data-story-wasm="/app-1a2b_bg.wasm""#));
    assert!(page.contains(r#"data-story-loader="/loader-1.js""#));
    assert!(!page.contains(r#"<script type="module""#), "no script to discover before the first paint");
}

#[test]
fn a_page_without_a_place_for_the_story_is_refused() {
    let no_mount = TRUNK_PAGE.replace(r#"<div id="story"></div>"#, "");
    assert_eq!(
        prerender_page(&no_mount, "https://x/", "loader-1.js", Edition::Hans),
        Err(PrerenderError::NoMountPoint)
    );
    let no_loader = TRUNK_PAGE.replace("import init", "import start");
    assert_eq!(
        prerender_page(&no_loader, "https://x/", "loader-1.js", Edition::Hans),
        Err(PrerenderError::NoLoader("import init"))
    );
}

/// A Trunk release that writes its page differently fails the build, naming what it missed.
#[test]
fn a_changed_trunk_page_fails_with_what_was_not_found() {
    let cases = [
        (TRUNK_PAGE.replace(r#"<script type="module">"#, "<script>"), "no loader script[type=module] with a script"),
        (TRUNK_PAGE.replace("module_or_path:", "module:"), "with module_or_path: '…wasm'"),
        (TRUNK_PAGE.replace("<title>old</title>", ""), "has no <title>"),
        (TRUNK_PAGE.replace(r#"id="story""#, r#"id="app""#), "has no div#story"),
    ];
    for (page, expected) in cases {
        let error = prerender_page(&page, "https://x/", "loader-1.js", Edition::Hans).unwrap_err();
        assert!(error.to_string().contains(expected), "{error} should say {expected:?}");
    }
}

#[test]
fn the_page_is_in_the_editions_language_and_the_loader_ends_the_body() {
    let page = prerender_page(TRUNK_PAGE, "https://x/", "loader-1.js", Edition::En).unwrap();
    assert!(page.contains(r#"<html lang="en">"#), "{}", &page[..80]);
    assert!(page.ends_with(r#"data-story-loader="/loader-1.js"></div></body></html>"#), "{page}");
}

#[test]
fn head_values_are_escaped_and_json_ld_cannot_close_its_script() {
    assert_eq!(escape(r#"<a href="x">'&'</a>"#), "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
    let page =
        prerender_page(TRUNK_PAGE, "https://x/</script><script>alert(1)//", "loader-1.js", Edition::Hans).unwrap();
    let json_ld = page.split(r#"<script type="application/ld+json">"#).nth(1).unwrap();
    let json_ld = &json_ld[..json_ld.find("</script>").unwrap()];
    assert!(!json_ld.contains('<'), "{json_ld}");
    assert!(json_ld.contains(r#""@type":"NewsArticle""#));
    assert!(json_ld.contains(STORY.meta.reporter));
}

/// Trunk's release minifier (minify-html) drops optional tags and attribute quotes.
const MINIFIED_TRUNK_PAGE: &str = "<!doctype html><html lang=zh-CN><meta charset=utf-8><title>old</title>\
<link href=/app-1a2b.js rel=modulepreload crossorigin><link as=fetch href=/app-1a2b_bg.wasm rel=preload type=application/wasm>\
<link href=/favicon-1.svg rel=icon><style>p{}</style>\
<script type=module>import init, * as bindings from '/app-1a2b.js';\
const wasm = await init({ module_or_path: '/app-1a2b_bg.wasm' });</script><div id=story></div>";

#[test]
fn a_minified_page_is_prerendered_the_same_way() {
    let page = prerender_page(MINIFIED_TRUNK_PAGE, "https://news.example/", "loader-1.js", Edition::Hans).unwrap();
    assert!(page.contains(r#"<div id="story" data-prerendered="true">"#));
    assert!(page.contains(&display_html(STORY.chapters[1].title)));
    assert!(!page.contains("preload") && !page.contains("import init"), "{}", &page[..600]);
    assert!(page.contains("<link href=/favicon-1.svg rel=icon>"), "other links stay");
    // The head tags and the head script come before the story, where the parser keeps them in <head>.
    let story = page.find("<div id=\"story\"").unwrap();
    assert!(page.find(r#"<link rel="canonical""#).unwrap() < story);
    assert!(page.find("<script>").unwrap() < story);
    assert!(page.ends_with(r#"data-story-loader="/loader-1.js"></div>"#), "the loader's name ends the document");
}

/// The texts a drawing draws, in order (`<text …>TEXT</text>`).
fn drawn_texts(svg: &str) -> Vec<String> {
    svg.split("<text").skip(1).map(|t| t[t.find('>').unwrap() + 1..t.find("</text>").unwrap()].to_owned()).collect()
}

#[test]
fn prerendered_drawings_have_one_keyed_group_per_mark_with_its_texts() {
    use pingdu_story::charts::{self, Scene, Shape, Width};
    for edition in Edition::ALL {
        let html = story_html("https://news.example/", edition).unwrap();
        let story = edition.story();
        for chart in story.charts {
            let at = html.find(&format!(r#"<figure data-chart="{}""#, chart.id)).expect("every chart is on the page");
            let start = at + html[at..].find("<svg ").unwrap();
            let drawing = &html[start..start + html[start..].find("</svg>").unwrap()];
            // The state the page shows it in (a sequence's figure shows its last step, whole).
            let tag = &html[at..at + html[at..].find('>').unwrap()];
            let state = tag.split(r#"data-state=""#).nth(1).and_then(|rest| rest.split('"').next()).unwrap();
            let state = chart.states.iter().copied().find(|s| *s == state).unwrap_or_default();
            let scene = Scene::of(story, chart, (Width::Narrow, None), state, 1.0);
            let layout = charts::layout(&scene).unwrap();
            let keys: Vec<&str> = drawing.split(r#"data-key=""#).skip(1).map(|k| &k[..k.find('"').unwrap()]).collect();
            let expected: Vec<String> = layout.marks.iter().map(|m| pingdu_story::prerender::escape(&m.key)).collect();
            assert_eq!(keys, expected, "{}: one group per mark, in order", chart.id);
            let texts: Vec<String> = layout
                .marks
                .iter()
                .flat_map(|m| &m.shapes)
                .filter_map(|s| match s {
                    Shape::Text { text, .. } => Some(pingdu_story::prerender::escape(text)),
                    _ => None,
                })
                .collect();
            assert_eq!(drawn_texts(drawing), texts, "{}: every text", chart.id);
        }
    }
}

#[test]
fn each_page_offers_every_other_edition_in_its_language_and_the_css_can_show_each() {
    let css = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/styles/layout.css")).unwrap();
    for here in Edition::ALL {
        let html = story_html("https://news.example/", here).unwrap();
        for other in Edition::ALL {
            let offer = format!(r#"data-offer-edition="{}""#, other.code());
            assert_eq!(html.contains(&offer), other != here, "{} offers {}", here.code(), other.code());
            if other != here {
                assert!(
                    html.contains(other.story().ui.edition_offer),
                    "{}: the offer in {}",
                    here.code(),
                    other.code()
                );
            }
        }
    }
    // The head script names the edition in html[data-offer] by its code; the CSS must know each.
    for edition in Edition::ALL {
        let rule = format!(r#":root[data-offer="{0}"] .edition-offer[data-offer-edition="{0}"]"#, edition.code());
        assert!(css.contains(&rule), "styles/layout.css has no rule showing the offer of {}", edition.code());
    }
}

#[test]
fn the_css_puts_step_cards_where_the_engine_triggers() {
    let css = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/styles/scrolly.css")).unwrap();
    let trigger = format!("--trigger: {};", (pingdu_story::scroll::TRIGGER * 100.0).round());
    assert!(css.contains(&trigger), "styles/scrolly.css must say {trigger} (src/scroll/position.rs, TRIGGER)");
}

#[test]
fn every_island_is_prerendered_with_its_content_in_every_edition() {
    use pingdu_story::components::island::Island;
    for edition in Edition::ALL {
        let html = story_html("https://example.com/", edition).unwrap();
        for island in Island::all() {
            let slot = format!(r#"<div data-island="{}">"#, island.key());
            let start = html.find(&slot).unwrap_or_else(|| panic!("{edition:?}: no slot for {}", island.key()));
            let after = &html[start + slot.len()..];
            assert!(!after.starts_with("</div>"), "{edition:?}: the island {} is prerendered empty", island.key());
        }
    }
    // Islands are found in every part of the page: intro, chapters and outro.
    let in_parts = STORY.intro.len() + STORY.chapters.iter().map(|c| c.blocks.len()).sum::<usize>() + STORY.outro.len();
    assert_eq!(STORY.blocks().count(), in_parts);
}

#[test]
fn the_head_script_knows_every_edition_at_its_page() {
    // head.js sends `?lang=` to the edition it names: its own table of pages must be the
    // editions' (crates/story-content/src/edition_table.rs).
    let script =
        std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/head.js")).unwrap();
    let start = script.find("var pages = {").expect("assets/head.js has `var pages = { … }`") + "var pages = {".len();
    let body = &script[start..start + script[start..].find('}').unwrap()];
    let unquote = |s: &str| s.trim().trim_matches('\'').to_owned();
    let mut pages: Vec<(String, String)> = body
        .split(',')
        .map(|entry| entry.split_once(':').expect("`key: 'page'` entries"))
        .map(|(key, page)| (unquote(key), unquote(page)))
        .collect();
    let mut expected: Vec<(String, String)> =
        Edition::ALL.iter().map(|e| (e.code().to_ascii_lowercase(), e.path().to_owned())).collect();
    pages.sort();
    expected.sort();
    assert_eq!(pages, expected, "assets/head.js `pages` against the editions");
}

#[test]
fn every_edition_has_its_own_row_and_its_own_story() {
    use pingdu_story::content::check::EDITIONS;
    let rows: Vec<_> = Edition::ALL.iter().map(|e| *e.row()).collect();
    assert_eq!(rows, EDITIONS, "the editions the build checks are the app's, base first");
    for edition in Edition::ALL {
        assert_eq!(edition.story().meta.language, edition.code(), "{edition:?} finds its own story");
    }
}

/// An editing build whose data does not check (build.rs): the page says what is wrong,
/// above the story as it last checked, and the problem's text stays text.
#[test]
fn an_editors_page_names_the_data_problems_above_the_story() {
    use pingdu_story::prerender::with_data_problems;
    let page = prerender_page(TRUNK_PAGE, "https://x/", "loader-1.js", Edition::Hans).unwrap();
    assert_eq!(with_data_problems(&page, &[]).unwrap(), page, "a clean build has no notice");
    let problem = "data/story.zh-Hans.json: meta › standfirst: the number 344 <b>";
    let noticed = with_data_problems(&page, &[problem]).unwrap();
    let notice = noticed.find(r#"data-testid="data-problems""#).expect("a notice");
    assert!(notice < noticed.find(r#"<div id="story""#).unwrap(), "above the story");
    assert!(noticed.contains("<li>data/story.zh-Hans.json: meta › standfirst: the number 344 &lt;b&gt;</li>"));
}

/// Every chapter is a section with its id, named by the heading that holds its title.
#[test]
fn every_chapter_is_a_section_with_its_id_named_by_its_title() {
    for edition in Edition::ALL {
        let html = story_html("https://x/", edition).unwrap();
        for chapter in edition.story().chapters {
            let start = html
                .find(&format!(r#"<section id="{0}" data-chapter="{0}""#, chapter.id))
                .or_else(|| html.find(&format!(r#"data-chapter="{0}" id="{0}""#, chapter.id)))
                .unwrap_or_else(|| panic!("{}: no section for chapter {}", edition.code(), chapter.id));
            let section = &html[start..];
            let named_by = section.split(r#"aria-labelledby=""#).nth(1).and_then(|rest| rest.split('"').next());
            let heading = format!(r#"<h2 id="{}""#, named_by.expect("the section is named"));
            let heading = &section[section.find(&heading).expect("the heading is in the section")..];
            let heading = &heading[..heading.find("</h2>").unwrap()];
            assert!(
                heading.contains(&display_html(chapter.title)),
                "{}: chapter {} is named by its title",
                edition.code(),
                chapter.id
            );
        }
    }
}

/// Each edition's page loads a wasm with only its own story: index.html builds each
/// edition's binary with its feature, and Cargo.toml declares both (the edition table names them).
#[test]
fn index_html_and_cargo_build_each_editions_wasm_with_its_own_story() {
    use lol_html::{element, rewrite_str, RewriteStrSettings};
    use std::cell::RefCell;
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let page = std::fs::read_to_string(root.join("index.html")).unwrap();
    let links = RefCell::new(Vec::new());
    let settings = RewriteStrSettings {
        element_content_handlers: vec![element!("link[data-trunk][rel=rust]", |link| {
            let attribute = |name: &str| link.get_attribute(name).unwrap_or_default();
            links.borrow_mut().push((attribute("data-bin"), attribute("data-cargo-features")));
            Ok(())
        })],
        ..RewriteStrSettings::new()
    };
    rewrite_str(&page, settings).unwrap();
    let mut links = links.into_inner();
    let mut expected: Vec<(String, String)> =
        Edition::ALL.iter().map(|e| (e.row().bin.to_owned(), e.row().feature())).collect();
    links.sort();
    expected.sort();
    assert_eq!(links, expected, "index.html's rust links (data-bin, data-cargo-features) against the editions");
    let cargo = std::fs::read_to_string(root.join("Cargo.toml")).unwrap();
    for edition in Edition::ALL {
        let row = edition.row();
        assert!(cargo.contains(&format!("name = \"{}\"", row.bin)), "Cargo.toml has no [[bin]] {}", row.bin);
        assert!(cargo.contains(&format!("\n{} = []", row.feature())), "Cargo.toml has no feature {}", row.feature());
    }
}

#[test]
fn an_editions_page_names_its_own_build_beside_trunks() {
    use pingdu_story::prerender::{prerender_edition_page, BuildFiles};
    let main = BuildFiles::of_trunk_page(TRUNK_PAGE).unwrap();
    assert!(main.is_of("app") && !main.is_of("app-en") && !main.is_of("ap"), "Trunk's glue is {{bin}}-{{hash}}.js");
    let en = main.beside("app-en-3c4d.js", "app-en-3c4d_bg.wasm");
    let page = prerender_edition_page(TRUNK_PAGE, "https://x/", "loader-1.js", Edition::En, &en).unwrap();
    assert!(page.contains(r#"data-story-glue="/app-en-3c4d.js""#));
    assert!(page.contains(r#"data-story-wasm="/app-en-3c4d_bg.wasm""#));
    assert!(!page.contains("app-1a2b"), "nothing of the base edition's build is left");
}

/// Each chart's numbers are in a table on the page, every figure a row, a derived one
/// marked as such.
#[test]
fn every_chart_has_its_table_with_every_figure_derived_ones_marked() {
    for edition in Edition::ALL {
        let (html, story) = (story_html("https://x/", edition).unwrap(), edition.story());
        for chart in story.charts {
            let at = html.find(&format!(r#"<figure data-chart="{}""#, chart.id)).unwrap();
            let figure = &html[at..at + html[at..].find("</figure>").unwrap()];
            let table = &figure[figure.find("<table").expect("a table")..figure.find("</table>").unwrap()];
            for id in chart.figures {
                assert!(
                    table.contains(&format!(r#"<tr data-figure="{id}""#)),
                    "{edition:?} {}: a row for {id}",
                    chart.id
                );
            }
            for f in story.figures_of(chart).filter(|f| f.is_derived()) {
                let row = &table[table.find(&format!(r#"data-figure="{}""#, f.id)).unwrap()..];
                let row = &row[..row.find("</tr>").unwrap()];
                assert!(
                    row.contains("is-derived") && row.contains(story.ui.derived_mark),
                    "{edition:?}: {} marked",
                    f.id
                );
            }
        }
    }
}

/// A reader can download each chart's numbers before and without WebAssembly: the page
/// links to a file the build writes beside it, one row per figure under a header.
#[test]
fn every_charts_csv_link_names_a_file_the_build_writes_with_its_rows() {
    for edition in Edition::ALL {
        let (html, files, story) = (story_html("https://x/", edition).unwrap(), csv_files(edition), edition.story());
        assert_eq!(files.len(), story.charts.len(), "{edition:?}: one file per chart");
        for chart in story.charts {
            let path = format!("csv/{}.csv", chart.id);
            assert!(html.contains(&format!(r#"href="{path}""#)), "{edition:?}: {} links {path}", chart.id);
            let (_, csv) = files.iter().find(|(file, _)| *file == path).expect("the linked file is written");
            assert!(csv.starts_with('\u{feff}'), "{path}: UTF-8 with a byte-order mark, for Excel");
            assert_eq!(
                csv.lines().count(),
                1 + chart.figures.len(),
                "{edition:?} {path}: header and one row per figure"
            );
        }
    }
}

#[test]
fn every_editions_charts_draw_in_every_state_and_width_for_the_build() {
    for edition in Edition::ALL {
        pingdu_story::prerender::check_charts(edition).unwrap_or_else(|error| panic!("{error}"));
    }
}
