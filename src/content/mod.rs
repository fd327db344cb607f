//! The story's content: typed model, compiled in from `data/` at build time.

pub mod model;

// The checker and the source shape serve native tools and tests; the browser never needs them.
#[cfg(not(target_arch = "wasm32"))]
pub mod check;
#[cfg(not(target_arch = "wasm32"))]
pub mod quantity;
#[cfg(not(target_arch = "wasm32"))]
pub mod source;

pub use model::*;

include!(concat!(env!("OUT_DIR"), "/story.rs"));

impl Story {
    pub fn figure(&self, id: &str) -> Option<&'static Figure> {
        self.figures.iter().find(|f| f.id == id)
    }

    pub fn chart(&self, id: &str) -> Option<&'static Chart> {
        self.charts.iter().find(|c| c.id == id)
    }
}
