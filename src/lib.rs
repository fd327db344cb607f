//! 平度 story: an interactive, scroll-driven edition of a 齐鲁晚报·齐鲁壹点 report.
//!
//! The wasm binary only mounts [`App`]; native tests and tools use the same crate.

pub mod app;
pub mod charts;
pub mod components;
pub mod content;
pub mod hooks;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
pub mod scroll;

pub use app::App;

/// Takes over the page: hydrates the prerendered story, or renders it when the page
/// was not prerendered (a development build without the hook).
#[cfg(target_arch = "wasm32")]
pub fn start() {
    let Some(root) = gloo::utils::document().get_element_by_id("story") else {
        yew::Renderer::<App>::new().render();
        return;
    };
    if root.has_attribute("data-prerendered") {
        yew::Renderer::<App>::with_root(root).hydrate();
    } else {
        yew::Renderer::<App>::with_root(root).render();
    }
}
