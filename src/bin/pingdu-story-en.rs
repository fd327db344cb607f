//! The English page's browser entry point: the story's start, in a wasm built with only
//! that edition's story (Cargo.toml, feature `edition-en`; index.html's worker link).

#[cfg(target_arch = "wasm32")]
fn main() {
    pingdu_story::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This binary is the English page's browser build: serve it with `trunk serve` (see README.md).");
}
