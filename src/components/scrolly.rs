use yew::prelude::*;

use super::chart_figure::ChartFigure;
use crate::content::{Chart, Step};

#[derive(Properties, PartialEq)]
pub struct ScrollyProps {
    pub id: &'static str,
    pub chart: &'static Chart,
    pub steps: &'static [Step],
}

/// A sequence of steps, each showing one state of its chart. Laid out linearly: each
/// step is followed by the chart in the state it names, which reads right with or
/// without scripting.
#[function_component(Scrolly)]
pub fn scrolly(props: &ScrollyProps) -> Html {
    html! {
        <div class="scrolly" data-scrolly={props.id} id={props.id}>
            { for props.steps.iter().enumerate().map(|(n, step)| html! {
                <div class="scrolly__step" data-step={n.to_string()} id={format!("{}-{}", props.id, n + 1)}>
                    <p class="scrolly__text">{ step.text }</p>
                </div>
            }) }
            <ChartFigure chart={props.chart} state={props.steps.last().map(|s| s.state)} />
        </div>
    }
}
