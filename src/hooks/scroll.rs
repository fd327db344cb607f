use yew::prelude::*;

use crate::scroll::{Layout, Position};

/// The reader's position in the scrolly sequence behind `node` and the sequence's layout;
/// the layout is `None` while the engine does not run (never without scripting, nor when
/// prerendering).
#[hook]
pub fn use_scroll_position(node: NodeRef) -> (Position, Option<Layout>) {
    let position = use_state_eq(Position::default);
    let layout = use_state_eq(|| None);
    {
        let (position, layout) = (position.clone(), layout.clone());
        use_effect_with(node, move |node| {
            let running = layout.clone();
            let watch = watch(node, move |p, l| {
                position.set(p.coarse());
                running.set(Some(l));
            });
            if watch.is_none() {
                layout.set(None);
            }
            move || drop(watch)
        });
    }
    (*position, *layout)
}

#[cfg(target_arch = "wasm32")]
fn watch(node: &NodeRef, on_change: impl Fn(Position, Layout) + 'static) -> Option<crate::scroll::watch::ScrollWatch> {
    crate::scroll::watch::ScrollWatch::new(node.cast::<web_sys::Element>()?, on_change)
}

#[cfg(not(target_arch = "wasm32"))]
fn watch(_node: &NodeRef, _on_change: impl Fn(Position, Layout) + 'static) -> Option<crate::scroll::NoWatch> {
    None
}
