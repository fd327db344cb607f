//! Hooks that own browser resources and give them back on cleanup.

mod live;
mod scroll;
mod story;
mod width;

pub use live::use_live;
pub use scroll::use_scroll_step;
pub use story::use_story;
pub use width::use_width_class;
