//! 平度 story: an interactive, scroll-driven edition of a 齐鲁晚报·齐鲁壹点 report.
//!
//! The wasm binary only mounts [`App`]; native tests and tools use the same crate.

pub mod app;
pub mod charts;
pub mod components;
pub mod content;
pub mod hooks;
pub mod scroll;

pub use app::App;

/// Mounts the story into the page's `<main>` placeholder (or `<body>` when there is none).
#[cfg(target_arch = "wasm32")]
pub fn start() {
    let root = gloo::utils::document().get_element_by_id("story");
    match root {
        Some(root) => yew::Renderer::<App>::with_root(root).render(),
        None => yew::Renderer::<App>::new().render(),
    };
}
