use yew::prelude::*;

use super::chart_figure::{drawing, use_drawing, PROGRESS_STEPS};
use crate::content::{Chart, Edition};
use crate::hooks::use_width_class;

#[derive(Properties, PartialEq)]
pub struct StepDrawingProps {
    pub edition: Edition,
    pub chart: &'static Chart,
    pub state: &'static str,
}

/// The graphic in one step's state, placed under that step where nothing can stick (a
/// frame whose host does not report its viewport). Hidden from screen readers: the step's
/// text says what it shows, and the whole figure, with its table, ends the sequence.
#[function_component(StepDrawing)]
pub fn step_drawing(props: &StepDrawingProps) -> Html {
    let node = use_node_ref();
    let width = use_width_class(node.clone());
    let painted = use_drawing(props.edition.story(), props.chart, (width, None), props.state, PROGRESS_STEPS);
    html! {
        <div class="scrolly__step-graphic chart__drawing" aria-hidden="true" data-state={props.state} ref={node}>
            { drawing(props.chart, &painted, width, false) }
        </div>
    }
}
