//! The 平度 story's content. `model`, `kind`, `edition_table` and `display` (display type's
//! break points and widths) are what the page uses
//! (the app includes the story the build writes from them). The rest is the build's:
//! `source` (the shape editors write in `data/`), `check` (the checker and its messages),
//! `codegen` (checked data → Rust), `editions` and `quantity` (number forms). The browser
//! never needs those, so they are native only.

pub mod display;
pub mod edition_table;
pub mod kind;
pub mod model;

#[cfg(not(target_arch = "wasm32"))]
pub mod check;
#[cfg(not(target_arch = "wasm32"))]
pub mod codegen;
#[cfg(not(target_arch = "wasm32"))]
pub mod editions;
#[cfg(not(target_arch = "wasm32"))]
pub mod quantity;
#[cfg(not(target_arch = "wasm32"))]
pub mod source;
