//! The 繁體中文 page's browser entry point: the story's start, in a wasm built with only
//! that edition's story (Cargo.toml, feature `edition-zh-hant`; index.html's worker link).

#[cfg(target_arch = "wasm32")]
fn main() {
    pingdu_story::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This binary is the 繁體中文 page's browser build: serve it with `trunk serve` (see README.md).");
}
