use yew::prelude::*;

use super::data_table::DataTable;
use super::tier_picker::TierPicker;
use crate::charts::{self, csv, Scene};
use crate::content::{Chart, Figure};
use crate::hooks::{use_live, use_story, use_width_class};

#[derive(Properties, PartialEq)]
pub struct ChartFigureProps {
    pub chart: &'static Chart,
    /// The state the chart shows; charts that do not step show their first state.
    #[prop_or_default]
    pub state: Option<&'static str>,
    /// The browser is taking over the prerendered figure: its drawing is on the page.
    #[prop_or_default]
    pub drawing_on_page: bool,
}

/// A chart with its title, takeaway, drawing, numbers (as a table and as CSV) and source
/// line. If the drawing fails, the table is shown open in its place.
#[function_component(ChartFigure)]
pub fn chart_figure(props: &ChartFigureProps) -> Html {
    let chart = props.chart;
    let node = use_node_ref();
    let width = use_width_class(node.clone());
    let step_state = props.state.or_else(|| chart.states.first().copied()).unwrap_or_default();
    // A reader's pick of a tier holds while the step it was made on is the step shown:
    // the state stays a function of (step, pick), with nothing to reset.
    let picked = use_state_eq(|| None::<(&'static str, &'static str)>);
    // The CSV link is made in the browser: in the prerendered page its data would cost
    // about 1.5 KB (brotli) of the first round trip for a link few readers use.
    let live = use_live();
    let state = picked.filter(|(on, _)| *on == step_state).map_or(step_state, |(_, tier)| tier);
    let svg = use_chart_svg(chart, width, state, props.drawing_on_page);
    let story = use_story();
    let figures: Vec<&'static Figure> = chart.figures.iter().filter_map(|id| story.figure(id)).collect();
    let shows_derived = figures.iter().any(|f| f.is_derived());
    let ui = &story.ui;
    let on_pick = {
        let picked = picked.clone();
        Callback::from(move |tier: Option<&'static str>| picked.set(tier.map(|tier| (step_state, tier))))
    };
    html! {
        <figure class="chart" data-chart={chart.id} data-state={state} ref={node}>
            <figcaption class="chart__caption">
                <h3 class="chart__title" id={format!("chart-{}-title", chart.id)}>{ chart.title }</h3>
                <p class="chart__takeaway" id={format!("chart-{}-takeaway", chart.id)}>{ chart.takeaway }</p>
            </figcaption>
            <div class="chart__drawing">{ drawing(chart, &svg) }</div>
            if chart.kind == "industry-tiers" {
                <TierPicker {chart} {state} on_pick={on_pick} />
            }
            <details class="chart__data" open={svg.is_err()}>
                <summary>{ ui.data_table }</summary>
                <DataTable {chart} />
                if live {
                    <a class="chart__csv" download={format!("{}.csv", chart.id)}
                       href={csv::data_url(&csv::csv(&figures, ui))}>{ ui.download_csv }</a>
                }
            </details>
            <p class="chart__source">
                { ui.source_label }{ ui.chart_source }
                if shows_derived { { " · " }{ ui.derived_note } }
            </p>
        </figure>
    }
}

/// A chart's drawing as the view holds it.
#[derive(Debug, PartialEq)]
pub enum ChartSvg {
    /// The prerendered drawing, already on the page and adopted as it is.
    OnPage,
    Drawn(String),
}

/// The chart's SVG for a width and state, drawn again only when one of them changes.
///
/// `on_page`: hydrating, the first one is not drawn. The server drew it for the same
/// width and state (hydration needs the first render to match), so it is on the page
/// already; drawing it again would cost each island plotters' code and time while the
/// reader scrolls. The first change of step or width draws.
#[hook]
pub fn use_chart_svg(
    chart: &'static Chart,
    width: charts::Width,
    state: &'static str,
    on_page: bool,
) -> std::rc::Rc<Result<ChartSvg, charts::ChartError>> {
    let story = use_story();
    let adopt_first = use_mut_ref(|| on_page);
    use_memo((chart.id, width, state), move |&(_, width, state)| {
        if adopt_first.replace(false) {
            return Ok(ChartSvg::OnPage);
        }
        let scene = Scene { chart, figures: story.figures, width, state, derived_mark: story.ui.derived_mark };
        charts::svg(&scene).map(ChartSvg::Drawn)
    })
}

/// The drawing, or nothing when it failed (the caller then shows the numbers instead).
pub fn drawing(chart: &Chart, svg: &Result<ChartSvg, charts::ChartError>) -> Html {
    match svg {
        // Hydration takes over the nodes between the server's markers, whatever the text.
        Ok(ChartSvg::OnPage) => Html::from_html_unchecked(AttrValue::Static("")),
        // Our own chart output: plotters escapes every text it draws.
        Ok(ChartSvg::Drawn(svg)) => Html::from_html_unchecked(AttrValue::from(svg.clone())),
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
