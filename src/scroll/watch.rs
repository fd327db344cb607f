//! The browser half of the scroll engine. A `ScrollWatch` owns everything it creates —
//! observers, listeners, pending frame, callbacks — and dropping it releases them all.
//!
//! In a page, the visible area is the window's (or a scrolling ancestor's). Inside a
//! portal's auto-height frame it is the host's viewport, which the loader learns from
//! the host's messages (`window.storyHostViewport`, announced by `story:viewport`).

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use gloo::events::EventListener;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, EventTarget, HtmlElement, IntersectionObserver, ResizeObserver};

use super::frame::FrameSlot;
use super::{locate, Layout, Position, StepBox, TRIGGER};

type Callback = Closure<dyn FnMut(js_sys::Array)>;

thread_local! {
    /// Every running watch, held weakly, for [`measure_every_watch`].
    static ENGINES: RefCell<Vec<Weak<Engine>>> = const { RefCell::new(Vec::new()) };
}

/// Has every running watch measure again in the next frame. A watch measures when it
/// starts and on scrolls, resizes of its own sequence and crossings of the screen; content
/// above it that settles later moves it without any of those (a reload that the browser
/// brought back to its place has no scroll to follow).
pub fn measure_every_watch() {
    let engines: Vec<Rc<Engine>> = ENGINES.with(|engines| engines.borrow().iter().filter_map(Weak::upgrade).collect());
    for engine in &engines {
        Engine::schedule(engine);
    }
}

pub struct ScrollWatch {
    engine: Rc<Engine>,
    intersections: IntersectionObserver,
    resizes: ResizeObserver,
    _on_intersect: Callback,
    _on_resize: Callback,
}

struct Engine {
    container: Element,
    /// The nearest scrolling ancestor, or `None` when the document scrolls.
    root: Option<Element>,
    on_change: Box<dyn Fn(Position, Layout)>,
    listeners: RefCell<Vec<EventListener>>,
    /// Its measurement in the frame all watchers share (withdrawn when the engine goes).
    slot: FrameSlot,
}

/// One measurement: where the reader is and, inside a frame, where the graphic goes.
struct Reading {
    position: Position,
    layout: Layout,
    graphic_shift: Option<(HtmlElement, f64)>,
}

impl ScrollWatch {
    /// Watches the `[data-step]` elements inside `container`; `on_change` gets the position
    /// and layout now and whenever scrolling, layout or the host's viewport may have changed it.
    pub fn new(container: Element, on_change: impl Fn(Position, Layout) + 'static) -> Option<Self> {
        let root = scroll_root(&container);
        let engine = Rc::new(Engine {
            container: container.clone(),
            root: root.clone(),
            on_change: Box::new(on_change),
            listeners: RefCell::new(Vec::new()),
            slot: FrameSlot::new(),
        });

        // Scrolling is followed always (passive, one measurement a frame): a fling or an
        // anchor jump can carry a sequence from below the screen to above it without ever
        // intersecting, and its state must still end right. Crossing into or out of view
        // also re-measures, which catches content above moving the sequence.
        Engine::listen(&engine);
        ENGINES.with(|engines| {
            let mut engines = engines.borrow_mut();
            engines.retain(|engine| engine.strong_count() > 0);
            engines.push(Rc::downgrade(&engine));
        });
        let weak = Rc::downgrade(&engine);
        let on_intersect = Callback::new(move |_| {
            if let Some(engine) = weak.upgrade() {
                Engine::schedule(&engine);
            }
        });
        let options = web_sys::IntersectionObserverInit::new();
        options.set_root(root.as_ref());
        options.set_root_margin("100% 0px 100% 0px");
        let intersections =
            IntersectionObserver::new_with_options(on_intersect.as_ref().unchecked_ref(), &options).ok()?;
        intersections.observe(&container);

        // Any change of layout (resize, rotation, fonts, a chart re-drawn) moves the steps.
        let weak = Rc::downgrade(&engine);
        let on_resize = Callback::new(move |_| {
            if let Some(engine) = weak.upgrade() {
                Engine::schedule(&engine);
            }
        });
        let resizes = ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok()?;
        resizes.observe(&container);

        // The first measurement too waits for the shared frame: made now, it would force a
        // layout inside the hydration task that created the watch, making it longer.
        Engine::schedule(&engine);
        Some(ScrollWatch { engine, intersections, resizes, _on_intersect: on_intersect, _on_resize: on_resize })
    }
}

impl Drop for ScrollWatch {
    fn drop(&mut self) {
        self.intersections.disconnect();
        self.resizes.disconnect();
        // The engine, with its frame slot, goes with the watch: the listeners and
        // observers held it only weakly.
        self.engine.listeners.borrow_mut().clear();
    }
}

impl Engine {
    fn listen(engine: &Rc<Engine>) {
        let window = gloo::utils::window();
        let target: EventTarget = match &engine.root {
            Some(root) => root.clone().into(),
            None => window.clone().into(),
        };
        let on_event = |weak: Weak<Engine>| {
            move |_: &web_sys::Event| {
                if let Some(engine) = weak.upgrade() {
                    Engine::schedule(&engine);
                }
            }
        };
        // Passive: the listeners never block scrolling. Only in a frame can the host's
        // viewport move (the loader announces it).
        let mut listeners = vec![EventListener::new(&target, "scroll", on_event(Rc::downgrade(engine)))];
        if framed() {
            listeners.push(EventListener::new(&window, "story:viewport", on_event(Rc::downgrade(engine))));
        }
        *engine.listeners.borrow_mut() = listeners;
    }

    /// Measures in the next frame, with every other watcher, then writes.
    fn schedule(engine: &Rc<Engine>) {
        let weak = Rc::downgrade(engine);
        engine.slot.request(move || {
            let engine = weak.upgrade()?;
            let reading = engine.read();
            Some(Box::new(move || engine.write(reading)))
        });
    }

    /// Reads layout only: in the shared frame no watcher's write comes between reads.
    fn read(&self) -> Reading {
        if framed() {
            return match host_viewport() {
                Some((frame_top, height)) => {
                    // The host's viewport, in this frame's coordinates, starts -frame_top down.
                    let graphic_shift = self.graphic_shift(-frame_top, height);
                    Reading { position: self.locate_in(-frame_top, height), layout: Layout::Overlay, graphic_shift }
                }
                None => Reading { position: Position::default(), layout: Layout::Stepwise, graphic_shift: None },
            };
        }
        let (top, height) = match &self.root {
            Some(root) => {
                let rect = root.get_bounding_client_rect();
                (rect.top(), f64::from(root.client_height()))
            }
            // The layout viewport's height does not change as a phone's address bar
            // shows or hides, so steps do not jump (unlike innerHeight or 100vh).
            None => (0.0, gloo::utils::document_element().client_height().into()),
        };
        Reading { position: self.locate_in(top, height), layout: Layout::Overlay, graphic_shift: None }
    }

    fn write(&self, reading: Reading) {
        if let Some((graphic, shift)) = reading.graphic_shift {
            // Set through the CSSOM, which a strict CSP allows.
            let _ = graphic.style().set_property("--graphic-shift", &format!("{}px", shift as i64));
        }
        (self.on_change)(reading.position, reading.layout);
    }

    /// Where the reader is, given the visible area's top (in client px) and height.
    fn locate_in(&self, top: f64, height: f64) -> Position {
        let trigger = height * TRIGGER;
        // Far from view, the container's box alone gives the answer: all steps passed or none.
        let whole = self.container.get_bounding_client_rect();
        if whole.bottom() - top < -height || whole.top() - top > 2.0 * height {
            let count = self.container.query_selector_all("[data-step]").map_or(0, |s| s.length() as usize);
            let passed = whole.top() - top <= trigger && count > 0;
            return if passed { Position { step: Some(count - 1), progress: 1.0 } } else { Position::default() };
        }
        let Ok(steps) = self.container.query_selector_all("[data-step]") else { return Position::default() };
        let boxes: Vec<StepBox> = (0..steps.length())
            .filter_map(|i| steps.item(i)?.dyn_into::<Element>().ok())
            .map(|step| {
                let rect = step.get_bounding_client_rect();
                StepBox { top: rect.top() - top, bottom: rect.bottom() - top }
            })
            .collect();
        locate(&boxes, trigger)
    }

    /// Inside a frame `position: sticky` cannot stick: the figure's view (caption and
    /// drawing) is moved instead, to the top of the host's viewport, never out of its
    /// sequence. Whole pixels, so the value is the same from frame to frame.
    fn graphic_shift(&self, top: f64, _height: f64) -> Option<(HtmlElement, f64)> {
        let view = self.container.query_selector(".scrolly__graphic .chart__view").ok().flatten()?;
        let view = view.dyn_into::<HtmlElement>().ok()?;
        // It moves on its stage, which ends where the figure's table and source begin.
        let stage = view.parent_element()?.dyn_into::<HtmlElement>().ok()?;
        let stage_box = stage.get_bounding_client_rect();
        // Where the view sits unmoved, from layout offsets (its box is mid-tween, moved).
        let now = stage_box.top() + f64::from(view.offset_top() - stage.offset_top());
        let room = (stage_box.bottom() - now - f64::from(view.offset_height())).max(0.0);
        let shift = (top - now).clamp(0.0, room).round();
        Some((view, shift))
    }
}

/// Whether the story is in a portal's frame (the head script marks `html[data-framed]`).
fn framed() -> bool {
    gloo::utils::document_element().has_attribute("data-framed")
}

/// The host page's viewport as the loader last heard it: the frame's top in it and its
/// height, in CSS px; `None` outside a frame or before the host has said.
pub fn host_viewport() -> Option<(f64, f64)> {
    let value = js_sys::Reflect::get(&gloo::utils::window(), &JsValue::from_str("storyHostViewport")).ok()?;
    let number =
        |key: &str| js_sys::Reflect::get(&value, &JsValue::from_str(key)).ok()?.as_f64().filter(|n| n.is_finite());
    let (top, height) = (number("top")?, number("height")?);
    (height > 0.0).then_some((top, height))
}

/// The nearest ancestor that scrolls its content, if the document is not the scroller.
fn scroll_root(element: &Element) -> Option<Element> {
    let window = gloo::utils::window();
    let mut node = element.parent_element();
    while let Some(ancestor) = node {
        if ancestor.tag_name().eq_ignore_ascii_case("body") || ancestor.tag_name().eq_ignore_ascii_case("html") {
            return None;
        }
        let overflow = window
            .get_computed_style(&ancestor)
            .ok()
            .flatten()
            .and_then(|style| style.get_property_value("overflow-y").ok())
            .unwrap_or_default();
        if matches!(overflow.as_str(), "auto" | "scroll" | "overlay")
            && ancestor.scroll_height() > ancestor.client_height()
        {
            return Some(ancestor);
        }
        node = ancestor.parent_element();
    }
    None
}
