use std::rc::Rc;

use yew::prelude::*;

use super::data_table::data_html;
use super::drawing::DrawingView;
use super::text::{adopted, display};
use super::tier_picker::tier_picker;
use crate::charts::{self, Painted, Scene};
use crate::content::{Chart, ChartKind, Edition, Story};
use crate::hooks::{use_drawing_room, use_live};

#[derive(Properties, PartialEq)]
pub struct ChartFigureProps {
    pub edition: Edition,
    pub chart: &'static Chart,
    /// The state the chart shows; charts that do not step show their first state.
    #[prop_or_default]
    pub state: Option<&'static str>,
    /// How far the reader is through the step that shows `state`, in fiftieths (50: done).
    #[prop_or(PROGRESS_STEPS)]
    pub progress: u16,
    /// Show the state at once, without tweening from the one before (see `DrawingView`).
    #[prop_or_default]
    pub settle: bool,
    /// In a sequence: the drawing fills the room its view gives it, between its caption
    /// and the step cards.
    #[prop_or_default]
    pub fills: bool,
    /// That room is on the screen to be measured (the overlay layout); until it is, the
    /// drawing fills the room it was prerendered for.
    #[prop_or_default]
    pub measured: bool,
}

/// Progress within a step is drawn in fiftieths: finer than a pixel of any bar here, and
/// the drawing is laid out again only when it changes.
pub const PROGRESS_STEPS: u16 = 50;

/// A chart with its title, takeaway, drawing, numbers (as a table and as CSV) and source
/// line. If the drawing fails, the table is shown open in its place.
#[function_component(ChartFigure)]
pub fn chart_figure(props: &ChartFigureProps) -> Html {
    let (chart, story) = (props.chart, props.edition.story());
    let node = use_node_ref();
    let (width, room) = use_drawing_room(node.clone(), props.fills, props.measured);
    let step_state = props.state.or_else(|| chart.states.first().copied()).unwrap_or_default();
    // A reader's pick of a tier holds while the step it was made on is the step shown:
    // the state stays a function of (step, pick), with nothing to reset.
    let picked = use_state_eq(|| None::<(&'static str, &'static str)>);
    let state = picked.filter(|(on, _)| *on == step_state).map_or(step_state, |(_, tier)| tier);
    let painted = use_drawing(story, chart, (width, room), state, props.progress);
    let live = use_live();
    let on_pick = {
        let picked = picked.clone();
        Callback::from(move |tier: Option<&'static str>| picked.set(tier.map(|tier| (step_state, tier))))
    };
    let title_id = format!("chart-{}-title", chart.id);
    // The view (caption and drawing) is what a sequence holds in view while its steps
    // pass, on a stage that ends where the picker, the numbers and the source line begin.
    // Not a <figcaption>: the caption shares the view with the drawing, and the figure is
    // named by its title.
    html! {
        <figure class="chart" data-chart={chart.id} data-state={state} data-progress={charts::scrubs(chart).then(|| props.progress.to_string())}
                aria-labelledby={title_id.clone()}>
            <div class="chart__stage">
                <div class="chart__view" data-testid="chart-view">
                    <div class="chart__caption">
                        <h3 class="chart__title" id={title_id}>{ display(chart.title) }</h3>
                        <p class="chart__takeaway" id={format!("chart-{}-takeaway", chart.id)}>{ adopted(chart.takeaway) }</p>
                    </div>
                    <div class="chart__drawing" ref={node}>{ drawing(chart, &painted, width, props.settle) }</div>
                </div>
            </div>
            if chart.kind == ChartKind::IndustryTiers {
                { tier_picker(chart, state, live, &on_pick) }
            }
            { data_panel(chart, story, painted.is_err()) }
            { source_line(story) }
        </figure>
    }
}

/// The numbers: the data table (open when the drawing failed) and the CSV link, as the
/// prerendered page has them.
fn data_panel(chart: &'static Chart, story: &Story, open: bool) -> Html {
    html! {
        <details class="chart__data" {open}>
            <summary>{ story.ui.data_table }</summary>
            { Html::from_html_unchecked(data_html(chart, story).into()) }
        </details>
    }
}

/// Where the numbers come from. (What the derived mark means is said in the drawing's
/// legend, read with the marks, and in the data table's formulas.)
fn source_line(story: &Story) -> Html {
    let ui = &story.ui;
    html! { <p class="chart__source">{ ui.source_label }{ ui.chart_source }</p> }
}

/// The chart drawn for a width, state and progress, again only when one of them changes.
#[hook]
pub fn use_drawing(
    story: &'static Story,
    chart: &'static Chart,
    size: (charts::Width, Option<i32>),
    state: &'static str,
    progress: u16,
) -> Rc<Result<Rc<Painted>, charts::ChartError>> {
    use_memo((chart.id, size, state, progress), move |&(_, size, state, progress)| {
        let progress = f64::from(progress) / f64::from(PROGRESS_STEPS);
        charts::draw(&Scene::of(story, chart, size, state, progress)).map(Rc::new)
    })
}

/// The drawing, or nothing when it failed (the caller then shows the numbers instead).
pub fn drawing(
    chart: &Chart,
    painted: &Result<Rc<Painted>, charts::ChartError>,
    width: charts::Width,
    settle: bool,
) -> Html {
    match painted {
        Ok(painted) => html! { <DrawingView chart_id={chart.id} painted={painted.clone()} {width} {settle} /> },
        Err(error) => {
            log_failure(chart.id, error);
            Html::default()
        }
    }
}

/// A chart that cannot be drawn says so in the console; the reader gets its table.
fn log_failure(id: &str, error: &charts::ChartError) {
    #[cfg(target_arch = "wasm32")]
    web_sys::console::error_1(&format!("chart {id}: {error}").into());
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (id, error);
}
