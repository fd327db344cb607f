//! The scroll engine: which step of a sequence the reader is at, kept current by
//! `IntersectionObserver`, `ResizeObserver` and a passive, frame-throttled scroll
//! listener that exists only while the sequence is near the viewport.

pub mod frame;
pub mod page;
pub mod position;
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
pub fn reduced_motion() -> bool {
    gloo::utils::window()
        .match_media("(prefers-reduced-motion: reduce)")
        .ok()
        .flatten()
        .is_some_and(|query| query.matches())
}
