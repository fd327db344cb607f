use yew::prelude::*;

use crate::content::Figure;
use crate::hooks::use_story;

#[derive(Properties, PartialEq)]
pub struct KeyFigureProps {
    pub figure: &'static Figure,
}

/// One number the reader should not have to dig out of the prose.
#[function_component(KeyFigure)]
pub fn key_figure(props: &KeyFigureProps) -> Html {
    let figure = props.figure;
    let ui = &use_story().ui;
    html! {
        <aside class="key-figure" data-testid="key-figure" data-figure={figure.id}>
            <p class="key-figure__number">
                <span class="key-figure__value">{ figure.as_written() }</span>
            </p>
            <p class="key-figure__label">
                { crate::content::display::plain(figure.label) }
                if figure.is_derived() { <span class="derived-mark">{ ui.derived_mark }</span> }
            </p>
        </aside>
    }
}
