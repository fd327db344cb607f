//! Hooks that own browser resources and give them back on cleanup.

mod live;
mod scroll;
mod story;
mod width;

pub use live::use_live;
pub use scroll::{use_scroll_step, Shown};
pub use story::{use_edition, use_story};
pub use width::{use_drawing_room, use_width_class};

/// Runs `then` in a later task, so the work it starts does not lengthen the current one;
/// dropping the handle first cancels it. (Effects, the only callers, run only in the
/// browser, never when prerendering.)
fn after_this_task(then: impl FnOnce() + 'static) -> gloo::timers::callback::Timeout {
    gloo::timers::callback::Timeout::new(0, then)
}
