use yew::prelude::*;

use crate::content::STORY;

/// Source credit and what the interactive edition added.
#[function_component(Credits)]
pub fn credits() -> Html {
    let meta = &STORY.meta;
    html! {
        <footer class="credits" data-testid="credits">
            <p>{ meta.source_credit }{ " · " }{ meta.byline }</p>
            <p>{ meta.ours_note }</p>
        </footer>
    }
}
