use yew::prelude::*;

use super::drawing::mark_view;
use super::text::display;
use crate::charts::{headline, paint};
use crate::hooks::use_story;

/// The opening graphic: the story's headline figures, each in large type with a small
/// picture of what it counts (drawn like the charts), a line saying what it is, and a link
/// to where the story tells it. Prerendered in the first screen; its pictures come alive
/// in CSS as the page first paints (still with reduced motion), without any wasm.
#[function_component(HeadlineFigures)]
pub fn headline_figures() -> Html {
    let story = use_story();
    if story.headline.is_empty() {
        return Html::default();
    }
    let cells = story.headline.iter().map(|cell| {
        let number = match (cell.figure.and_then(|id| story.figure(id)), cell.term) {
            (Some(figure), _) => figure.as_written(),
            (None, Some(term)) => term.to_owned(),
            (None, None) => String::new(),
        };
        let glyph = headline::glyph(cell.glyph, story).and_then(|d| paint(&d)).ok().map(|painted| {
            let (w, h) = (painted.width, painted.height);
            html! {
                <svg class="headline__glyph" aria-hidden="true" focusable="false" width={w.to_string()} height={h.to_string()}
                     viewBox={format!("0 0 {w} {h}")} xmlns="http://www.w3.org/2000/svg">
                    { for painted.marks.iter().map(mark_view) }
                </svg>
            }
        });
        html! {
            <li class="headline__cell">
                <a class="headline__link" href={format!("#{}", cell.to)}>
                    { glyph.unwrap_or_default() }
                    <span class="headline__number">{ number }</span>
                    <span class="headline__label">{ display(cell.label) }</span>
                </a>
            </li>
        }
    });
    html! {
        <ul class="headline" aria-label={story.ui.headline_label} data-testid="headline">{ for cells }</ul>
    }
}
