use yew::prelude::*;

use super::chart_figure::{ChartFigure, PROGRESS_STEPS};
use super::scrolly_steps::ScrollySteps;
use crate::charts::scrubs;
use crate::content::{Chart, Edition, Step};
use crate::hooks::{use_scroll_step, Shown};
use crate::scroll::Layout;

#[derive(Properties, PartialEq)]
pub struct ScrollyProps {
    pub edition: Edition,
    pub id: &'static str,
    pub chart: &'static Chart,
    pub steps: &'static [Step],
}

/// Step cards that scroll past a graphic held in view; the graphic shows the state of
/// the active step. Without the scroll engine (no scripting, prerendered page) it reads
/// linearly: the steps, then the graphic in its final state; in a frame that cannot hold
/// the graphic in view, each step is followed by the graphic in its state.
#[function_component(Scrolly)]
pub fn scrolly(props: &ScrollyProps) -> Html {
    let container = use_node_ref();
    let follows_reader = if scrubs(props.chart) { PROGRESS_STEPS } else { 0 };
    let Shown { step: active_step, progress, layout } = use_scroll_step(container.clone(), follows_reader);
    let steps = props.steps;
    let last = steps.len().saturating_sub(1);
    // Before the first step the graphic waits in that step's first frame; without the
    // engine (or stepwise) it shows the last step, whole.
    let (shown, progress) = match (layout, active_step) {
        (Some(Layout::Overlay), Some(step)) => (step, progress),
        (Some(Layout::Overlay), None) => (0, 0),
        _ => (last, PROGRESS_STEPS),
    };
    let state = steps.get(shown).map(|s| s.state);
    // The first state the engine reports shows at once (a link into a step, a reload):
    // only the reader's scrolling after it is tweened.
    let engine_was_running = use_mut_ref(|| false);
    let settle = !engine_was_running.replace(layout.is_some()) && layout.is_some();
    let announcer = use_node_ref();
    {
        let (container, announcer) = (container.clone(), announcer.clone());
        use_effect_with(active_step, move |active| announce(&container, &announcer, *active));
    }
    let mode = match layout {
        None => "linear",
        Some(Layout::Overlay) => "sticky",
        Some(Layout::Stepwise) => "stepwise",
    };
    html! {
        <div class="scrolly" data-scrolly={props.id} data-mode={mode} ref={container}>
            <ScrollySteps edition={props.edition} id={props.id} chart={props.chart} {steps} active={active_step}
                          stepwise={layout == Some(Layout::Stepwise)} />
            <div class="scrolly__graphic">
                <ChartFigure edition={props.edition} chart={props.chart} {state} {progress} {settle} fills=true
                             measured={layout == Some(Layout::Overlay)} />
            </div>
            <p class="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="step-announcer" ref={announcer}></p>
        </div>
    }
}

/// Says the active step's words in the polite live region, as its card on the page has
/// them (the wasm does not carry them: see `text::adopted`). An effect: never prerendered.
fn announce(container: &NodeRef, announcer: &NodeRef, active: Option<usize>) {
    let (Some(container), Some(announcer)) =
        (container.cast::<web_sys::Element>(), announcer.cast::<web_sys::Element>())
    else {
        return;
    };
    let card =
        active.and_then(|n| container.query_selector(&format!("[data-step=\"{n}\"] .scrolly__text")).ok().flatten());
    announcer.set_text_content(card.and_then(|card| card.text_content()).as_deref());
}
