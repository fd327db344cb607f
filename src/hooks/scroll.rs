use yew::prelude::*;

use crate::scroll::Layout;

/// The reader's step in the scrolly sequence behind `node` and the sequence's layout; the
/// layout is `None` while the engine does not run (never without scripting, nor when
/// prerendering). Only the step is kept: the sequence re-renders when the step changes,
/// not on every frame of scrolling within it.
#[hook]
pub fn use_scroll_step(node: NodeRef) -> (Option<usize>, Option<Layout>) {
    let shown = use_state_eq(|| (None, None));
    {
        let shown = shown.clone();
        use_effect_with(node, move |node| {
            let running = shown.clone();
            let watch = watch(node, move |step, layout| running.set((step, Some(layout))));
            if watch.is_none() {
                shown.set((None, None));
            }
            move || drop(watch)
        });
    }
    *shown
}

#[cfg(target_arch = "wasm32")]
fn watch(node: &NodeRef, on_change: impl Fn(Option<usize>, Layout) + 'static) -> Option<handoff::Watching> {
    handoff::Watching::new(node.cast::<web_sys::Element>()?, on_change)
}

#[cfg(not(target_arch = "wasm32"))]
fn watch(_node: &NodeRef, _on_change: impl Fn(Option<usize>, Layout) + 'static) -> Option<crate::scroll::NoWatch> {
    None
}

#[cfg(target_arch = "wasm32")]
mod handoff {
    use std::cell::{Cell, RefCell};
    use std::rc::Rc;

    use gloo::timers::callback::Timeout;

    use crate::hooks::after_this_task;
    use crate::scroll::watch::ScrollWatch;
    use crate::scroll::Layout;

    type Shown = (Option<usize>, Layout);

    /// A sequence's scroll watch, whose changes of step reach the view in a task of their
    /// own. The engine measures in an animation frame; a new step re-renders the sequence
    /// and redraws its chart. Done in the frame, that work and the frame's own layout and
    /// paint made one task of over 50 ms on a slow phone; handed to the next task, each is
    /// shorter, and the step shows a frame later at most.
    pub struct Watching {
        _watch: ScrollWatch,
        handoff: Rc<Handoff>,
    }

    struct Handoff {
        sent: Cell<Option<Shown>>,
        pending: RefCell<Option<Timeout>>,
        on_change: Rc<dyn Fn(Option<usize>, Layout)>,
    }

    impl Watching {
        pub fn new(container: web_sys::Element, on_change: impl Fn(Option<usize>, Layout) + 'static) -> Option<Self> {
            let handoff =
                Rc::new(Handoff { sent: Cell::new(None), pending: RefCell::new(None), on_change: Rc::new(on_change) });
            let offered = handoff.clone();
            let watch = ScrollWatch::new(container, move |position, layout| offered.offer((position.step, layout)))?;
            Some(Watching { _watch: watch, handoff })
        }
    }

    impl Handoff {
        /// Passes on what changed (the engine reports every frame), in the next task.
        fn offer(&self, shown: Shown) {
            if self.sent.get() == Some(shown) {
                return;
            }
            self.sent.set(Some(shown));
            let on_change = self.on_change.clone();
            *self.pending.borrow_mut() = Some(after_this_task(move || {
                on_change(shown.0, shown.1);
                // Yew renders in a microtask queued by `on_change`; this one runs after it and
                // lays the page out here, so the next frame has only painting left to do.
                yew::platform::spawn_local(async {
                    let _ = gloo::utils::document_element().get_bounding_client_rect();
                });
            }));
        }
    }

    impl Drop for Watching {
        fn drop(&mut self) {
            self.handoff.pending.borrow_mut().take();
        }
    }
}
