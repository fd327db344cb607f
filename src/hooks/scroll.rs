use yew::prelude::*;

use crate::scroll::Position;

/// The reader's position in the scrolly sequence behind `node`, and whether the engine
/// runs (it never does without scripting, nor when prerendering).
#[hook]
pub fn use_scroll_position(node: NodeRef) -> (Position, bool) {
    let position = use_state_eq(Position::default);
    let live = use_state_eq(|| false);
    {
        let (position, live) = (position.clone(), live.clone());
        use_effect_with(node, move |node| {
            let watch = watch(node, move |p| position.set(p.coarse()));
            live.set(watch.is_some());
            move || drop(watch)
        });
    }
    (*position, *live)
}

#[cfg(target_arch = "wasm32")]
fn watch(node: &NodeRef, on_change: impl Fn(Position) + 'static) -> Option<crate::scroll::watch::ScrollWatch> {
    crate::scroll::watch::ScrollWatch::new(node.cast::<web_sys::Element>()?, on_change)
}

#[cfg(not(target_arch = "wasm32"))]
fn watch(_node: &NodeRef, _on_change: impl Fn(Position) + 'static) -> Option<crate::scroll::NoWatch> {
    None
}
