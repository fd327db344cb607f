use yew::prelude::*;

use super::after_this_task;

/// False while rendering on the server and during hydration, true once the component
/// runs in the browser: for controls that must not be offered where nothing answers them.
///
/// It turns true in a task of its own after the first render: the re-render it causes
/// (controls, links, watchers that start when live) then does not lengthen the task that
/// hydrates the island, which on a slow phone runs while the reader scrolls.
#[hook]
pub fn use_live() -> bool {
    let live = use_state_eq(|| false);
    {
        let live = live.clone();
        use_effect_with((), move |_| {
            let pending = after_this_task(move || live.set(true));
            move || drop(pending)
        });
    }
    *live
}
