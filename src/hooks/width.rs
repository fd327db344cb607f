use yew::prelude::*;

use crate::charts::Width;

/// The width class of the element behind `node`, kept current by a `ResizeObserver`.
/// Starts `Narrow` (phones first; also what the prerendered page shows) and changes
/// only when the class does, so a resize re-draws a chart only when its layout would change.
#[hook]
pub fn use_width_class(node: NodeRef) -> Width {
    let width = use_state_eq(|| Width::Narrow);
    {
        let width = width.clone();
        use_effect_with(node, move |node| {
            let observer = observe(node, move |px| width.set(Width::for_container(px)));
            move || drop(observer)
        });
    }
    *width
}

fn observe(node: &NodeRef, on_width: impl Fn(f64) + 'static) -> Option<Observer> {
    use std::cell::RefCell;
    use std::rc::Rc;

    use gloo::timers::callback::Timeout;
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;

    use super::after_this_task;

    let element = node.cast::<web_sys::Element>()?;
    // The width is passed on in a later task, not from inside the observer's callback: a
    // redraw there changes the figure's height while the browser is still delivering
    // resizes, which it reports as an error ("ResizeObserver loop completed with
    // undelivered notifications", seen in every engine).
    let pending: Rc<RefCell<Option<Timeout>>> = Rc::default();
    let on_width = Rc::new(on_width);
    let scheduled = pending.clone();
    let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
        if let Some(entry) = entries.get(0).dyn_ref::<web_sys::ResizeObserverEntry>() {
            let (px, on_width) = (entry.content_rect().width(), on_width.clone());
            *scheduled.borrow_mut() = Some(after_this_task(move || on_width(px)));
        }
    });
    let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
    observer.observe(&element);
    Some(Observer { observer, _callback: callback, _pending: pending })
}

/// An observer, the callback it calls and the width it has yet to pass on; dropping it
/// disconnects the observer, frees the callback and cancels what was pending.
struct Observer {
    observer: web_sys::ResizeObserver,
    _callback: wasm_bindgen::closure::Closure<dyn FnMut(js_sys::Array)>,
    _pending: std::rc::Rc<std::cell::RefCell<Option<gloo::timers::callback::Timeout>>>,
}

impl Drop for Observer {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}
