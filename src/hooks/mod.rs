//! Hooks that own browser resources and give them back on cleanup.

mod scroll;
mod width;

pub use scroll::use_scroll_position;
pub use width::use_width_class;
