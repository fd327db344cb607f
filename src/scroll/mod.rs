//! The scroll engine: which step of a sequence the reader is at, kept current by
//! `IntersectionObserver`, `ResizeObserver` and a passive, frame-throttled scroll
//! listener that exists only while the sequence is near the viewport.

#[cfg(target_arch = "wasm32")]
pub mod frame;
#[cfg(target_arch = "wasm32")]
pub mod page;
pub mod position;
#[cfg(target_arch = "wasm32")]
pub mod watch;

pub use position::{locate, Position, StepBox, TRIGGER};

/// How a running sequence is laid out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    /// Steps pass over (or beside) a graphic held in view: by `position: sticky` in a
    /// page, or moved by the engine from the host's viewport inside a portal's frame.
    Overlay,
    /// Inside a frame whose host says nothing of its viewport: each step is followed by
    /// the graphic in its state, so nothing needs to stick.
    Stepwise,
}

/// Whether the reader asked for less motion: steps then jump instead of gliding.
#[cfg(target_arch = "wasm32")]
pub fn reduced_motion() -> bool {
    gloo::utils::window()
        .match_media("(prefers-reduced-motion: reduce)")
        .ok()
        .flatten()
        .is_some_and(|query| query.matches())
}

/// What native builds (tests, prerendering) hold instead of a watch: nothing, ever.
#[cfg(not(target_arch = "wasm32"))]
pub enum NoWatch {}

#[cfg(not(target_arch = "wasm32"))]
impl Drop for NoWatch {
    fn drop(&mut self) {
        match *self {}
    }
}
