//! Hooks that own browser resources and give them back on cleanup.

mod width;

pub use width::use_width_class;
