//! The browser entry point: mounts the story. Built by Trunk for wasm32.

#[cfg(target_arch = "wasm32")]
fn main() {
    pingdu_story::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This binary is the story's browser build: serve it with `trunk serve` (see README.md).");
}
