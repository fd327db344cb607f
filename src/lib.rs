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

/// Takes over the prerendered page: hydrates each island of the story, one per task (the
/// rest stays static HTML), then marks `html[data-story-live]`.
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

/// Finds the page's islands, hydrates them one per task, then says the story is live.
#[cfg(target_arch = "wasm32")]
async fn hydrate_islands() {
    use components::island::{Island, IslandProps, IslandView};
    use wasm_bindgen::JsCast;

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
    let Ok(slots) = root.query_selector_all("[data-island]") else { return };
    let islands: Vec<(web_sys::Element, Island)> = (0..slots.length())
        .filter_map(|i| slots.item(i)?.dyn_into::<web_sys::Element>().ok())
        .filter_map(|element| {
            let island = element.get_attribute("data-island").and_then(|key| Island::from_key(&key))?;
            Some((element, island))
        })
        .collect();
    // One island per task: the page answers the reader between them instead of freezing
    // for the whole hydration, which a reader who has just started scrolling would feel.
    for (element, island) in islands {
        next_task().await;
        let props = IslandProps { island, edition };
        yew::Renderer::<IslandView>::with_root_and_props(element, props).hydrate();
    }
    next_task().await;
    // Every island runs: said on the page for tests and benchmarks (html[data-story-live]).
    let _ = gloo::utils::document_element().set_attribute("data-story-live", "");
}
