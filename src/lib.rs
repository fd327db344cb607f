//! 平度 story: an interactive, scroll-driven edition of a 齐鲁晚报·齐鲁壹点 report.
//!
//! The wasm binary hydrates the prerendered page's islands; the native prerenderer renders
//! [`App`]; tests use both.

pub mod app;
pub mod charts;
pub mod components;
pub mod content;
#[cfg(not(target_arch = "wasm32"))]
pub mod dom;
pub mod hooks;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
pub mod scroll;

pub use app::{App, AppProps};

/// The `main` of every browser binary (one per edition, Cargo.toml): starts the story.
/// Natively, where the binaries also build, it says what they are for.
pub fn browser_main() {
    #[cfg(target_arch = "wasm32")]
    start();
    #[cfg(not(target_arch = "wasm32"))]
    eprintln!("This binary is the story's browser build: serve it with tools/serve.sh (see README.md).");
}

/// Takes over the prerendered page: hydrates each island of the story, a slice of time per
/// task (the rest stays static HTML), then marks `html[data-story-live]`.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    // A panic says what happened in the console (the release build then stops, leaving the
    // prerendered article as it is); the code returns typed errors, so none is expected.
    std::panic::set_hook(Box::new(|info| web_sys::console::error_1(&format!("平度 story: {info}").into())));
    // The story's own work starts in the next task: V8 compiles each function at its first
    // call, on the main thread, and the task that instantiates the wasm is long enough.
    yew::platform::spawn_local(async {
        next_task().await;
        hydrate_islands().await;
    });
}

/// Lets the browser run what waits (a frame, a scroll) before going on.
#[cfg(target_arch = "wasm32")]
async fn next_task() {
    yew::platform::time::sleep(std::time::Duration::ZERO).await;
}

/// Finds the page's islands, hydrates them a slice of time per task, then says the story is live.
#[cfg(target_arch = "wasm32")]
async fn hydrate_islands() {
    use components::island::{IslandProps, IslandView};

    let document = gloo::utils::document();
    // The page's language names its edition (the prerenderer set it).
    let edition = document
        .document_element()
        .and_then(|html| content::Edition::from_code(&html.get_attribute("lang")?))
        .unwrap_or_default();
    // The page is prerendered at build time (Trunk's post_build hook); the wasm holds
    // only what the islands need, not the article's prose, so it cannot build the page.
    let Some(root) = document.get_element_by_id("story").filter(|root| root.has_attribute("data-prerendered")) else {
        web_sys::console::error_1(
            &"平度 story: the page was not prerendered; build it with trunk (post_build hook).".into(),
        );
        return;
    };
    // As many islands per task as fit in a slice: the page answers the reader between
    // slices, and the browser paints between them, which at one island per task took longer
    // than hydrating (12 frames at 4× CPU). An island is taken to cost what the last of its
    // kind cost; the first of a kind, whose code V8 also compiles then, gets a slice of its
    // own (after a small one, a first chart made a task of 60–70 ms).
    let clock = || gloo::utils::window().performance().map_or(0.0, |performance| performance.now());
    let mut last_cost: Vec<(std::mem::Discriminant<components::island::Island>, f64)> = Vec::new();
    let mut slice_start = clock();
    for (element, island) in page_islands(&root) {
        let kind = std::mem::discriminant(&island);
        let expected = last_cost.iter().find(|(of, _)| *of == kind).map_or(SLICE_MS, |(_, cost)| *cost);
        // (Every slice but the first starts with an island: a yield comes only before one.)
        if !last_cost.is_empty() && clock() - slice_start + expected > SLICE_MS {
            next_task().await;
            slice_start = clock();
        }
        let island_start = clock();
        let props = IslandProps { island, edition };
        yew::Renderer::<IslandView>::with_root_and_props(element, props).hydrate();
        rendered().await;
        let cost = clock() - island_start;
        last_cost.retain(|(of, _)| *of != kind);
        last_cost.push((kind, cost));
    }
    next_task().await;
    // Every island runs: said on the page for tests and benchmarks (html[data-story-live]).
    let _ = gloo::utils::document_element().set_attribute("data-story-live", "");
}

/// The longest a task of hydration should run: under the 50 ms that make a long task.
#[cfg(target_arch = "wasm32")]
const SLICE_MS: f64 = 40.0;

/// Lets Yew's scheduler, which a hydration queues behind this task, render what was just
/// hydrated, without giving up the browser's task: this task goes back to the end of the
/// queue once.
#[cfg(target_arch = "wasm32")]
async fn rendered() {
    let mut queued = false;
    std::future::poll_fn(|context| {
        if std::mem::replace(&mut queued, true) {
            return std::task::Poll::Ready(());
        }
        context.waker().wake_by_ref();
        std::task::Poll::Pending
    })
    .await
}

/// The page's islands, in the page's order: a sequence takes its first measure only once
/// those above it have their live layout. (Hydrating the one in view or linked first made a
/// reload sometimes open at the wrong step: its watch measured while the page above still
/// moved, and no scroll followed to measure again.)
#[cfg(target_arch = "wasm32")]
fn page_islands(root: &web_sys::Element) -> Vec<(web_sys::Element, components::island::Island)> {
    use wasm_bindgen::JsCast;

    let Ok(slots) = root.query_selector_all("[data-island]") else { return Vec::new() };
    (0..slots.length())
        .filter_map(|i| slots.item(i)?.dyn_into::<web_sys::Element>().ok())
        .filter_map(|element| {
            let island =
                element.get_attribute("data-island").and_then(|key| components::island::Island::from_key(&key))?;
            Some((element, island))
        })
        .collect()
}
