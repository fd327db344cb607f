use yew::prelude::*;

use crate::scroll::Layout;

/// Where the reader is in a sequence, as the view needs it: the active step, how far
/// through it in `steps`ths (0 unless asked for), and the sequence's layout (`None` while
/// the engine does not run: never without scripting, nor when prerendering).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Shown {
    pub step: Option<usize>,
    pub progress: u16,
    pub layout: Option<Layout>,
}

/// The reader's place in the scrolly sequence behind `node`. The sequence re-renders when
/// the step changes and, if `steps` > 0, when the progress within it passes the next
/// `1/steps`: not on every frame of scrolling. With reduced motion the progress is always
/// whole (each step's final frame), so nothing moves with the scrolling.
#[hook]
pub fn use_scroll_step(node: NodeRef, steps: u16) -> Shown {
    let shown = use_state_eq(Shown::default);
    {
        let shown = shown.clone();
        use_effect_with((node, steps), move |(node, steps)| {
            let running = shown.clone();
            let watch = watch(node, *steps, move |now| running.set(now));
            if watch.is_none() {
                shown.set(Shown::default());
            }
            move || drop(watch)
        });
    }
    *shown
}

fn watch(node: &NodeRef, steps: u16, on_change: impl Fn(Shown) + 'static) -> Option<handoff::Watching> {
    handoff::Watching::new(node.cast::<web_sys::Element>()?, steps, on_change)
}

mod handoff {
    use std::cell::{Cell, RefCell};
    use std::rc::Rc;

    use gloo::timers::callback::Timeout;

    use super::Shown;
    use crate::hooks::after_this_task;
    use crate::scroll::watch::ScrollWatch;
    use crate::scroll::Position;

    /// A sequence's scroll watch, whose changes reach the view in a task of their own. The
    /// engine measures in an animation frame; a new step re-renders the sequence and its
    /// chart. Done in the frame, that work and the frame's own layout and paint made one
    /// task of over 50 ms on a slow phone; handed to the next task, each is shorter, and
    /// the step shows a frame later at most.
    pub struct Watching {
        _watch: ScrollWatch,
        handoff: Rc<Handoff>,
    }

    struct Handoff {
        sent: Cell<Option<Shown>>,
        pending: RefCell<Option<Timeout>>,
        on_change: Rc<dyn Fn(Shown)>,
    }

    impl Watching {
        pub fn new(container: web_sys::Element, steps: u16, on_change: impl Fn(Shown) + 'static) -> Option<Self> {
            let handoff =
                Rc::new(Handoff { sent: Cell::new(None), pending: RefCell::new(None), on_change: Rc::new(on_change) });
            let offered = handoff.clone();
            let whole = crate::scroll::reduced_motion();
            let watch = ScrollWatch::new(container, move |Position { step, progress }, layout| {
                let progress = if whole || steps == 0 { steps } else { (progress * f64::from(steps)).floor() as u16 };
                offered.offer(Shown { step, progress, layout: Some(layout) })
            })?;
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
                on_change(shown);
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
