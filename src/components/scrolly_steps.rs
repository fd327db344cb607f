use yew::prelude::*;

use super::step_drawing::StepDrawing;
use super::text::adopted;
use crate::content::{Chart, Edition, Step};

#[derive(Properties, PartialEq)]
pub struct ScrollyStepsProps {
    pub edition: Edition,
    pub id: &'static str,
    pub chart: &'static Chart,
    pub steps: &'static [Step],
    /// The step at the trigger line, if any.
    pub active: Option<usize>,
    /// Each step but the last carries the graphic in its state (see `Scrolly`).
    pub stepwise: bool,
}

/// A sequence's step cards. Their own component so that the reader's progress through a
/// step, which redraws the graphic up to fifty times a step, leaves them alone: they
/// change only when the active step does.
#[function_component(ScrollySteps)]
pub fn scrolly_steps(props: &ScrollyStepsProps) -> Html {
    let (id, steps) = (props.id, props.steps);
    let last = steps.len().saturating_sub(1);
    html! {
        <div class="scrolly__steps">
            { for steps.iter().enumerate().map(|(n, step)| {
                let active = props.active == Some(n);
                html! {
                    <div class="scrolly__step" data-step={n.to_string()} id={step_id(id, n)} tabindex="0"
                         data-active={active.then_some("true")} onkeydown={move_between_steps(id, n, steps.len())}
                         onfocus={focus_brings_into_view(id, n)}>
                        <p class="scrolly__text">{ adopted(step.text) }</p>
                        if props.stepwise && n < last {
                            <StepDrawing edition={props.edition} chart={props.chart} state={step.state} />
                        }
                    </div>
                }
            }) }
        </div>
    }
}

/// Steps are numbered from 1 in links: `#investment-1`.
pub fn step_id(scrolly: &str, n: usize) -> String {
    format!("{scrolly}-{}", n + 1)
}

/// ↓ or j moves to the next step, ↑ or k to the previous one; at either end the keys
/// scroll the page as usual.
fn move_between_steps(scrolly: &'static str, n: usize, count: usize) -> Callback<KeyboardEvent> {
    Callback::from(move |event: KeyboardEvent| {
        let target = match event.key().as_str() {
            "ArrowDown" | "j" if n + 1 < count => n + 1,
            "ArrowUp" | "k" if n > 0 => n - 1,
            _ => return,
        };
        event.prevent_default();
        bring_into_view(&step_id(scrolly, target));
    })
}

/// A step reached with Tab comes to the trigger line, so its graphic state shows. In the
/// next task: WebKit reveals a focused element itself after the focus event, which cancels
/// a smooth scroll started inside it (the step stayed below the line).
fn focus_brings_into_view(scrolly: &'static str, n: usize) -> Callback<FocusEvent> {
    Callback::from(move |_| {
        yew::platform::spawn_local(async move {
            yew::platform::time::sleep(std::time::Duration::ZERO).await;
            scroll_to_step(&step_id(scrolly, n));
        });
    })
}

fn scroll_to_step(id: &str) {
    let Some(element) = gloo::utils::document().get_element_by_id(id) else { return };
    // In a portal's frame it is the host page that scrolls: ask it to (Pym's
    // scrollToChildPos, which the loader sends), putting the step mid-screen.
    if let Some((_, height)) = crate::scroll::watch::host_viewport() {
        let rect = element.get_bounding_client_rect();
        // As the step's scroll margin does in a page: its top 2 rem above the trigger line.
        let position = rect.top() - (height * crate::scroll::TRIGGER - 32.0);
        let init = web_sys::CustomEventInit::new();
        init.set_detail(&wasm_bindgen::JsValue::from_f64(position.round()));
        if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict("story:scroll-to", &init) {
            let _ = gloo::utils::window().dispatch_event(&event);
        }
        return;
    }
    let options = web_sys::ScrollIntoViewOptions::new();
    // To the top, less the step's scroll margin: just above the trigger line (styles/scrolly.css).
    options.set_block(web_sys::ScrollLogicalPosition::Start);
    options.set_behavior(if crate::scroll::reduced_motion() {
        web_sys::ScrollBehavior::Instant
    } else {
        web_sys::ScrollBehavior::Smooth
    });
    element.scroll_into_view_with_scroll_into_view_options(&options);
}

/// Moves focus to another step; its focus handler brings it to the trigger line.
fn bring_into_view(id: &str) {
    use wasm_bindgen::JsCast;
    let element = gloo::utils::document().get_element_by_id(id);
    if let Some(element) = element.as_ref().and_then(|e| e.dyn_ref::<web_sys::HtmlElement>()) {
        let focus = web_sys::FocusOptions::new();
        focus.set_prevent_scroll(true);
        let _ = element.focus_with_options(&focus);
    }
}
