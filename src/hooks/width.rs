use yew::prelude::*;

use crate::charts::Width;

/// The width class of the element behind `node`, kept current by a `ResizeObserver`.
/// Starts `Narrow` (phones first; also what the prerendered page shows) and changes
/// only when the class does, so a resize re-draws a chart only when its layout would change.
#[hook]
pub fn use_width_class(node: NodeRef) -> Width {
    use_drawing_room(node, false, false).0
}

/// The width class of a drawing's box behind `node` and the room it fills, in the
/// drawing's units: for a drawing in a sequence (`fills`), the height of its box where the
/// layout gives it a room of its own to fill (`measured`: the overlay layout, whose view
/// is as tall as the screen allows); else none: it is as tall as it needs (as prerendered,
/// so that a smaller screen than any we could guess never shows its text shrunk). Rounded
/// down to tens of units, so that a pixel's change draws nothing again.
#[hook]
pub fn use_drawing_room(node: NodeRef, fills: bool, measured: bool) -> (Width, Option<i32>) {
    let size = use_state_eq(|| None::<(i32, i32)>);
    {
        let size = size.clone();
        use_effect_with(node, move |node| {
            let observer = observe(node, move |w, h| size.set(Some((w.round() as i32, h.round() as i32))));
            move || drop(observer)
        });
    }
    let width = size.map_or(Width::Narrow, |(w, _)| Width::for_container(f64::from(w)));
    let room = match *size {
        Some((w, h)) if fills && measured && w > 0 && h > 0 => Some(h * width.px() as i32 / w / 10 * 10),
        _ => None,
    };
    (width, room)
}

fn observe(node: &NodeRef, on_size: impl Fn(f64, f64) + 'static) -> Option<Observer> {
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
    let on_size = Rc::new(on_size);
    let scheduled = pending.clone();
    let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
        if let Some(entry) = entries.get(0).dyn_ref::<web_sys::ResizeObserverEntry>() {
            let (rect, on_size) = (entry.content_rect(), on_size.clone());
            let (w, h) = (rect.width(), rect.height());
            *scheduled.borrow_mut() = Some(after_this_task(move || on_size(w, h)));
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
