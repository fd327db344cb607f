//! The reader's place in the whole page: how far down it is, which chapter and which
//! step or chapter to name in the URL. Owns its scroll listener and pending frame.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use gloo::events::EventListener;
use gloo::render::{request_animation_frame, AnimationFrame};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, ResizeObserver};

use super::frame::{FrameSlot, Write};
use super::TRIGGER;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct PagePlace {
    /// 0 at the top of the page, 1 at the bottom.
    pub progress: f64,
    /// The chapter being read.
    pub chapter: Option<String>,
    /// The deepest place with an id that the reader has reached: a step, else a chapter.
    pub anchor: Option<String>,
}

/// Dropping it drops its listeners and observer, and with them its place in the shared frame.
pub struct PageWatch {
    _listeners: [EventListener; 2],
    page_resizes: Option<ResizeObserver>,
    _on_page_resize: Closure<dyn FnMut(js_sys::Array)>,
    opening: Rc<RefCell<Option<AnimationFrame>>>,
}

/// Frames to wait at most for the sequences to take their sticky layout (about a second).
const SETTLE_FRAMES: u32 = 60;

impl PageWatch {
    /// Reports the reader's place on every scroll or resize (once a frame) — but only after
    /// the page has settled into its interactive layout and the place a link names has been
    /// opened, so a report never overwrites the link before it is honoured.
    pub fn new(on_change: impl Fn(PagePlace) + 'static) -> Self {
        let on_change: Rc<dyn Fn(PagePlace)> = Rc::new(on_change);
        let opened = Rc::new(Cell::new(false));
        // Measured in the frame the sequences' watchers share, before any of them writes.
        let slot = Rc::new(FrameSlot::new());
        let schedule = {
            let (on_change, opened) = (on_change.clone(), opened.clone());
            move || {
                if !opened.get() {
                    return;
                }
                let on_change = on_change.clone();
                slot.request(move || {
                    let place = measure();
                    Some(Box::new(move || on_change(place)) as Write)
                });
            }
        };
        let window = gloo::utils::window();
        let on_event = |schedule: Rc<dyn Fn()>| move |_: &web_sys::Event| schedule();
        let schedule: Rc<dyn Fn()> = Rc::new(schedule);
        let listeners = [
            EventListener::new(&window, "scroll", on_event(schedule.clone())),
            EventListener::new(&window, "resize", on_event(schedule.clone())),
        ];
        // Content that grows or shrinks (the tier buttons once live, a late font) moves the
        // sequences below it, and where no scroll anchoring scrolls for it (WebKit) nothing
        // else would say so: the page's height changing has every watch measure again.
        let on_page_resize = Closure::<dyn FnMut(js_sys::Array)>::new({
            let opened = opened.clone();
            move |_| {
                if opened.get() {
                    schedule();
                    super::watch::measure_every_watch();
                }
            }
        });
        let page_resizes = ResizeObserver::new(on_page_resize.as_ref().unchecked_ref()).ok();
        if let (Some(observer), Some(body)) = (&page_resizes, gloo::utils::document().body()) {
            observer.observe(&body);
        }
        let opening: Rc<RefCell<Option<AnimationFrame>>> = Rc::default();
        open_when_settled(opening.clone(), opened, on_change, SETTLE_FRAMES);
        PageWatch { _listeners: listeners, page_resizes, _on_page_resize: on_page_resize, opening }
    }
}

impl Drop for PageWatch {
    fn drop(&mut self) {
        self.opening.borrow_mut().take();
        if let Some(observer) = &self.page_resizes {
            observer.disconnect();
        }
    }
}

/// Waits frame by frame until no sequence is still in its linear (prerendered) layout,
/// then opens the linked place and reports.
fn open_when_settled(
    slot: Rc<RefCell<Option<AnimationFrame>>>,
    opened: Rc<Cell<bool>>,
    on_change: Rc<dyn Fn(PagePlace)>,
    frames_left: u32,
) {
    let next = slot.clone();
    *slot.borrow_mut() = Some(request_animation_frame(move |_| {
        let settling =
            gloo::utils::document().query_selector(r#"[data-scrolly][data-mode="linear"]"#).ok().flatten().is_some();
        if settling && frames_left > 0 {
            open_when_settled(next, opened, on_change, frames_left - 1);
            return;
        }
        let place = measure();
        // A reload, back or forward: the browser restores the reader's exact place, finer
        // than the hash's step; kept when it is inside that step (a restore that landed
        // elsewhere, on a page whose layout moved since, yields to the hash).
        let restored = returning() && place.anchor.as_deref() == linked_id().as_deref();
        if restored {
            on_change(place);
        } else {
            go_to_linked_place();
            on_change(measure());
        }
        opened.set(true);
        // The sequences measured as they started, maybe before the page above them settled.
        super::watch::measure_every_watch();
    }));
}

fn measure() -> PagePlace {
    let root = gloo::utils::document_element();
    let height = f64::from(root.client_height());
    let scrollable = f64::from(root.scroll_height()) - height;
    let progress = if scrollable > 0.0 {
        (gloo::utils::window().scroll_y().unwrap_or(0.0) / scrollable).clamp(0.0, 1.0)
    } else {
        0.0
    };
    let line = height * TRIGGER;
    let reached = |selector: &str| -> Option<Element> {
        let list = gloo::utils::document().query_selector_all(selector).ok()?;
        (0..list.length())
            .rev()
            .filter_map(|i| list.item(i)?.dyn_into::<Element>().ok())
            .find(|e| e.get_bounding_client_rect().top() <= line)
    };
    let chapter = reached("section[data-chapter]");
    // A step counts only inside the chapter being read and while its sequence is on screen.
    let step = reached("[data-step]").filter(|s| {
        let sequence = s.closest("[data-scrolly]").ok().flatten();
        sequence.is_some_and(|q| q.get_bounding_client_rect().bottom() > line)
    });
    PagePlace {
        progress,
        chapter: chapter.as_ref().and_then(|c| c.get_attribute("data-chapter")),
        anchor: step.or(chapter).map(|e| e.id()).filter(|id| !id.is_empty()),
    }
}

/// Whether the browser is bringing the reader back where they were (a reload, back or
/// forward): it restores the scroll position itself, which is finer than the hash's step.
fn returning() -> bool {
    let Some(performance) = gloo::utils::window().performance() else { return false };
    let entries = performance.get_entries_by_type("navigation");
    let navigation = entries.get(0).dyn_into::<web_sys::PerformanceNavigationTiming>().ok();
    navigation.is_some_and(|n| n.type_() != web_sys::NavigationType::Navigate)
}

/// The id the URL's hash names, if it can be one of ours: letters, digits and dashes.
/// Anything else in a hash is ignored.
fn linked_id() -> Option<String> {
    let hash = gloo::utils::window().location().hash().unwrap_or_default();
    let id = hash.trim_start_matches('#');
    let ours = !id.is_empty() && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
    ours.then(|| id.to_owned())
}

/// Opens the place a link names (`#industry`, `#investment-3`), at once.
fn go_to_linked_place() {
    let Some(id) = linked_id() else { return };
    let Some(element) = gloo::utils::document().get_element_by_id(&id) else { return };
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_behavior(web_sys::ScrollBehavior::Instant);
    // A step's box comes to the top, less its scroll margin (styles/scrolly.css): just above
    // the trigger line, where it is the active step with its card in view.
    options.set_block(web_sys::ScrollLogicalPosition::Start);
    element.scroll_into_view_with_scroll_into_view_options(&options);
}

/// Keeps the URL's hash on the reader's place without adding history entries.
pub fn name_place_in_url(anchor: Option<&str>) {
    let window = gloo::utils::window();
    let location = window.location();
    let current = location.hash().unwrap_or_default();
    let wanted = anchor.map(|a| format!("#{a}")).unwrap_or_default();
    if current == wanted {
        return;
    }
    let url = if wanted.is_empty() {
        format!("{}{}", location.pathname().unwrap_or_default(), location.search().unwrap_or_default())
    } else {
        wanted
    };
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}
