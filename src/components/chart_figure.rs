use yew::prelude::*;

use super::data_table::DataTable;
use crate::content::{Chart, STORY};

#[derive(Properties, PartialEq)]
pub struct ChartFigureProps {
    pub chart: &'static Chart,
    /// The state the chart shows; charts that do not step show their first state.
    #[prop_or_default]
    pub state: Option<&'static str>,
}

/// A chart with its title, takeaway, numbers and source line.
#[function_component(ChartFigure)]
pub fn chart_figure(props: &ChartFigureProps) -> Html {
    let chart = props.chart;
    let state = props
        .state
        .or_else(|| chart.states.first().copied())
        .unwrap_or_default();
    let shows_derived = chart
        .figures
        .iter()
        .filter_map(|id| STORY.figure(id))
        .any(|f| f.is_derived());
    let title_id = format!("chart-{}-title", chart.id);
    html! {
        <figure class="chart" data-chart={chart.id} data-state={state} aria-labelledby={title_id.clone()}>
            <figcaption class="chart__caption">
                <h3 class="chart__title" id={title_id}>{ chart.title }</h3>
                <p class="chart__takeaway">{ chart.takeaway }</p>
            </figcaption>
            <DataTable {chart} />
            <p class="chart__source">
                { STORY.ui.source_label }{ STORY.ui.chart_source }
                if shows_derived { { " · " }{ STORY.ui.derived_note } }
            </p>
        </figure>
    }
}
