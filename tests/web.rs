//! Components mounted in a real DOM (headless Chromium via wasm-bindgen-test-runner).
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use pingdu_story::content::STORY;
use pingdu_story::App;
use wasm_bindgen_test::*;
use web_sys::Element;

wasm_bindgen_test_configure!(run_in_browser);

async fn mounted() -> Element {
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<App>::with_root(root.clone()).render();
    // Yew renders on its scheduler; let it run.
    yew::platform::time::sleep(Duration::from_millis(10)).await;
    root
}

/// Waits (up to a second) for a condition, checking after each short pause.
async fn eventually(condition: impl Fn() -> bool) -> bool {
    for _ in 0..100 {
        if condition() {
            return true;
        }
        yew::platform::time::sleep(Duration::from_millis(10)).await;
    }
    condition()
}

fn count(root: &Element, selector: &str) -> u32 {
    root.query_selector_all(selector).unwrap().length()
}

#[wasm_bindgen_test]
async fn every_chapter_is_a_section_with_its_id() {
    let root = mounted().await;
    for chapter in STORY.chapters {
        let section = root
            .query_selector(&format!("section[data-chapter=\"{0}\"]#{0}", chapter.id))
            .unwrap()
            .unwrap_or_else(|| panic!("no section for chapter {}", chapter.id));
        // The wasm leaves the chapter's title out (it is prose, only in the prerendered
        // page): what it renders is the kicker and the heading the section is named by.
        assert!(!chapter.kicker.is_empty(), "chapter {} has its kicker in the wasm", chapter.id);
        let kicker = section.query_selector(".chapter__kicker").unwrap().and_then(|k| k.text_content());
        assert_eq!(kicker.as_deref(), Some(chapter.kicker), "chapter {}: its kicker", chapter.id);
        let named_by = section.get_attribute("aria-labelledby").expect("the section is named");
        let heading = section.query_selector(&format!("h2#{named_by}")).unwrap();
        assert!(heading.is_some(), "chapter {}: the heading that names the section is in it", chapter.id);
    }
}

#[wasm_bindgen_test]
async fn every_chart_is_a_figure_with_a_data_table() {
    let root = mounted().await;
    for chart in STORY.charts {
        let figure = root
            .query_selector(&format!("figure[data-chart=\"{}\"]", chart.id))
            .unwrap()
            .unwrap_or_else(|| panic!("no figure for chart {}", chart.id));
        let rows = figure.query_selector_all("table tbody tr").unwrap().length();
        assert_eq!(rows as usize, chart.figures.len(), "chart {} shows every figure", chart.id);
    }
}

#[wasm_bindgen_test]
async fn derived_values_are_marked_and_the_editors_note_lists_six_repairs() {
    let root = mounted().await;
    let derived = STORY.figures.iter().filter(|f| f.is_derived()).count() as u32;
    assert_eq!(count(&root, "tr.is-derived .derived-mark"), derived);
    assert_eq!(count(&root, "[data-testid=editor-note] [data-testid=repair]"), 6);
}

/// Text is measured differently here than natively; the layout must not care.
#[wasm_bindgen_test]
fn charts_draw_the_same_bytes_as_natively() {
    let native = include_str!("snapshots/charts.txt");
    assert_eq!(pingdu_story::charts::snapshot::fingerprints(), native);
}

#[wasm_bindgen_test]
async fn every_chart_figure_holds_its_drawing_and_a_csv_link() {
    let root = mounted().await;
    for chart in STORY.charts {
        let figure = root.query_selector(&format!("figure[data-chart=\"{}\"]", chart.id)).unwrap().unwrap();
        let svg = figure.query_selector("svg[role=img]").unwrap().expect("an svg drawing");
        assert_eq!(svg.get_attribute("aria-labelledby").unwrap(), format!("chart-{}-title", chart.id));
        // The link is made once the page is live in the browser.
        assert!(
            eventually(|| figure.query_selector("a[download]").unwrap().is_some()).await,
            "{} has a CSV link",
            chart.id
        );
        let csv = figure.query_selector("a[download]").unwrap().unwrap();
        assert!(csv.get_attribute("href").unwrap().starts_with("data:text/csv;charset=utf-8,%EF%BB%BF"));
    }
}

#[wasm_bindgen_test]
async fn tapping_a_tier_brings_it_forward_and_lists_its_industries() {
    use wasm_bindgen::JsCast;
    let root = mounted().await;
    let figure = root.query_selector("figure[data-chart=industry-system]").unwrap().unwrap();
    // A tap counts once the scroll engine has taken over the sequence.
    let scrolly = figure.closest("[data-scrolly]").unwrap().unwrap();
    assert!(eventually(|| scrolly.get_attribute("data-mode").as_deref() == Some("sticky")).await);
    let button = figure.query_selector("button[data-tier=advantage]").unwrap().unwrap();
    button.unchecked_ref::<web_sys::HtmlElement>().click();
    let shows = || figure.get_attribute("data-state").as_deref() == Some("advantage");
    assert!(eventually(shows).await, "state is {:?}", figure.get_attribute("data-state"));
    assert_eq!(button.get_attribute("aria-pressed").as_deref(), Some("true"));
    let items = figure.query_selector(".tier-picker__items").unwrap().unwrap().text_content().unwrap();
    assert!(items.contains("智能制造") && items.contains("现代农业"), "{items}");
}

/// A chart that cannot be drawn (here: a figure missing from the table) shows its data
/// table open in its place, says so in the console, and the charts around it still draw.
#[wasm_bindgen_test]
async fn a_chart_that_fails_shows_its_table_and_the_rest_still_works() {
    use pingdu_story::components::chart_figure::{ChartFigure, ChartFigureProps};
    use pingdu_story::content::Chart;

    let good = STORY.chart("joint-acceptance").unwrap();
    let broken: &'static Chart = Box::leak(Box::new(Chart {
        id: "broken",
        figures: &["no-such-figure", "acceptance-days-saved"],
        ..*STORY.chart("huinuo-project").unwrap()
    }));
    let document = gloo::utils::document();
    let mut roots = Vec::new();
    for chart in [broken, good] {
        let root = document.create_element("div").unwrap();
        document.body().unwrap().append_child(&root).unwrap();
        yew::Renderer::<ChartFigure>::with_root_and_props(
            root.clone(),
            ChartFigureProps { chart, state: None, progress: 50, settle: false },
        )
        .render();
        roots.push(root);
    }
    yew::platform::time::sleep(Duration::from_millis(10)).await;
    let (broken_root, good_root) = (&roots[0], &roots[1]);
    assert_eq!(count(broken_root, "svg"), 0, "nothing half-drawn");
    assert_eq!(count(broken_root, "details[open] table[data-testid=data-table]"), 1, "the table, open");
    assert_eq!(count(broken_root, "tbody tr[data-figure=acceptance-days-saved]"), 1, "with the figures it has");
    assert_eq!(count(good_root, "svg[role=img]"), 1, "the next chart draws");
}
