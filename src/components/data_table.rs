use yew::prelude::*;

use crate::content::{Chart, Story};

/// The chart's numbers as a real table, each figure from the figures table by id and
/// written as the article writes it (约, 近 and 余 are part of the number). A view, not a
/// component: it has no state, and each component type costs the wasm its own copy of
/// Yew's lifecycle code.
pub fn data_table(chart: &Chart, story: &Story) -> Html {
    let ui = &story.ui;
    let figures: Vec<_> = story.figures_of(chart).collect();
    let any_formula = figures.iter().any(|f| f.is_derived());
    html! {
        <table class="data-table" data-testid="data-table">
            <caption class="visually-hidden">{ ui.data_table }</caption>
            <thead>
                <tr>
                    <th scope="col">{ ui.table_item }</th>
                    <th scope="col">{ ui.table_value }</th>
                    if any_formula { <th scope="col">{ ui.table_formula }</th> }
                </tr>
            </thead>
            <tbody>
                { for figures.iter().map(|f| html! {
                    <tr data-figure={f.id} class={classes!(f.is_derived().then_some("is-derived"))}>
                        <th scope="row">
                            { f.label }
                            if f.is_derived() { <span class="derived-mark">{ ui.derived_mark }</span> }
                        </th>
                        <td class="num">{ f.as_written() }</td>
                        if any_formula { <td class="formula">{ f.formula.unwrap_or_default() }</td> }
                    </tr>
                }) }
            </tbody>
        </table>
    }
}
