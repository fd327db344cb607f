//! Islands in a real DOM (headless Chromium via wasm-bindgen-test-runner), taken over as
//! the page takes them over: each is rendered as the prerenderer renders it (Yew SSR,
//! with hydration markers), put in its slot, then hydrated on its own; each test destroys
//! what it hydrated.
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use pingdu_story::components::island::{Island, IslandProps, IslandView};
use pingdu_story::content::{Edition, STORY};
use wasm_bindgen_test::*;
use web_sys::Element;
use yew::AppHandle;

wasm_bindgen_test_configure!(run_in_browser);

/// The story's islands, prerendered into a `#story` root and hydrated there one by one.
struct Hydrated {
    root: Element,
    handles: Vec<AppHandle<IslandView>>,
}

impl Hydrated {
    async fn islands(islands: Vec<Island>) -> Hydrated {
        let document = gloo::utils::document();
        let root = document.create_element("div").unwrap();
        root.set_id("story");
        root.set_attribute("data-prerendered", "true").unwrap();
        document.body().unwrap().append_child(&root).unwrap();
        let mut handles = Vec::new();
        for island in islands {
            let props = || IslandProps { island, edition: Edition::Hans };
            let html = yew::LocalServerRenderer::<IslandView>::with_props(props()).hydratable(true).render().await;
            let slot = document.create_element("div").unwrap();
            slot.set_attribute("data-island", &island.key()).unwrap();
            slot.set_inner_html(&html);
            root.append_child(&slot).unwrap();
            handles.push(yew::Renderer::<IslandView>::with_root_and_props(slot, props()).hydrate());
        }
        // Yew hydrates on its scheduler, taking up each marker comment as it adopts what
        // the marker delimits: hydrated is when none is left.
        assert!(eventually(|| hydration_markers(&root) == 0).await, "{} markers left", hydration_markers(&root));
        Hydrated { root, handles }
    }

    async fn story() -> Hydrated {
        Hydrated::islands(Island::all()).await
    }

    fn figure(&self, chart: &str) -> Element {
        let selector = format!("figure[data-chart=\"{chart}\"]");
        self.root.query_selector(&selector).unwrap().unwrap_or_else(|| panic!("no {selector}"))
    }

    fn count(&self, selector: &str) -> u32 {
        self.root.query_selector_all(selector).unwrap().length()
    }

    /// Unmounts every island (running every effect's cleanup) and removes the root.
    fn destroy(self) {
        for handle in self.handles {
            handle.destroy();
        }
        self.root.remove();
    }
}

/// The hydration markers (comments) under `root` that Yew has not yet taken up.
fn hydration_markers(root: &Element) -> usize {
    root.inner_html().matches("<!--").count()
}

/// Waits for a condition, checking after each short pause: up to five seconds, so a busy
/// machine (a build beside the test) makes it slower, never red.
async fn eventually(condition: impl Fn() -> bool) -> bool {
    for _ in 0..500 {
        if condition() {
            return true;
        }
        yew::platform::time::sleep(Duration::from_millis(10)).await;
    }
    condition()
}

#[wasm_bindgen_test]
async fn every_island_hydrates_what_was_prerendered_and_keeps_it() {
    let story = Hydrated::story().await;
    for island in Island::all() {
        let slot = story.root.query_selector(&format!("[data-island=\"{}\"]", island.key())).unwrap().unwrap();
        // The embed panel is rendered once live, in a task after its hydration.
        assert!(eventually(|| slot.child_element_count() > 0).await, "{} kept its content", island.key());
    }
    // Every scroll sequence is taken over by the scroll engine.
    let sequences = STORY.blocks().filter(|block| matches!(block, pingdu_story::content::Block::Scrolly { .. }));
    let expected = sequences.count() as u32;
    assert!(eventually(|| story.count("[data-scrolly][data-mode=sticky]") == expected).await);
    story.destroy();
}

/// Each chart keeps its drawing, named by its title, and its numbers' panel; the table and
/// the CSV link in it are the prerendered page's (the wasm carries neither: see
/// `data_table::data_html`; `tests/prerender.rs` checks them in every edition).
#[wasm_bindgen_test]
async fn every_chart_holds_its_drawing_and_its_numbers_panel() {
    let story = Hydrated::story().await;
    for chart in STORY.charts {
        let figure = story.figure(chart.id);
        let svg = figure.query_selector("svg[role=img]").unwrap().expect("an svg drawing");
        assert_eq!(svg.get_attribute("aria-labelledby").unwrap(), format!("chart-{}-title", chart.id));
        assert!(figure.query_selector("details.chart__data > summary").unwrap().is_some(), "{}: the panel", chart.id);
    }
    story.destroy();
}

/// Text is measured differently here than natively; the layout must not care.
#[wasm_bindgen_test]
fn charts_draw_the_same_bytes_as_natively() {
    let native = include_str!("snapshots/charts.txt");
    assert_eq!(pingdu_story::charts::snapshot::fingerprints(), native);
}

#[wasm_bindgen_test]
async fn tapping_a_tier_brings_it_forward_and_lists_its_industries() {
    use wasm_bindgen::JsCast;
    let sequence = STORY.blocks().find_map(|block| match block {
        pingdu_story::content::Block::Scrolly { id, chart: "industry-system", .. } => Some(*id),
        _ => None,
    });
    let story = Hydrated::islands(vec![Island::Scrolly(sequence.expect("a sequence shows the system"))]).await;
    let figure = story.figure("industry-system");
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
    story.destroy();
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
    let mut mounted = Vec::new();
    for chart in [broken, good] {
        let root = document.create_element("div").unwrap();
        document.body().unwrap().append_child(&root).unwrap();
        let props = ChartFigureProps {
            edition: Edition::Hans,
            chart,
            state: None,
            progress: 50,
            settle: false,
            fills: false,
            measured: false,
        };
        mounted.push((root.clone(), yew::Renderer::<ChartFigure>::with_root_and_props(root, props).render()));
    }
    let count = |root: &Element, selector: &str| root.query_selector_all(selector).unwrap().length();
    let (broken_root, good_root) = (&mounted[0].0, &mounted[1].0);
    // Rendered once both have drawn: the broken one its table, the good one its drawing.
    let rendered = || count(broken_root, "details") == 1 && count(good_root, "svg") == 1;
    assert!(eventually(rendered).await, "both charts rendered");
    assert_eq!(count(broken_root, "svg"), 0, "nothing half-drawn");
    // Open: the page's table, which hydration adopts, is shown in its place.
    assert_eq!(count(broken_root, "details[open].chart__data"), 1, "the numbers, open");
    assert_eq!(count(good_root, "svg[role=img]"), 1, "the next chart draws");
    assert_eq!(count(good_root, "details[open]"), 0, "its numbers stay closed");
    for (root, handle) in mounted {
        handle.destroy();
        root.remove();
    }
}
