use yew::prelude::*;

use super::embed_code::{embed_panel, PageUrl};
use crate::hooks::use_edition;

/// Source credit, what the interactive edition added, how to embed the story, and (shown
/// only when embedded) a link to the full page.
#[function_component(Credits)]
pub fn credits() -> Html {
    let edition = use_edition();
    let story = edition.story();
    let meta = &story.meta;
    let url = use_context::<PageUrl>().unwrap_or_default().0;
    html! {
        <footer class="credits" data-testid="credits">
            <p>{ meta.source_credit }{ " · " }{ crate::content::display::plain(meta.byline) }</p>
            <p>{ meta.ours_note }</p>
            <p class="credits__full">
                <a href={url.clone()} target="_blank" rel="noopener" data-testid="full-story-link">{ story.ui.full_story }</a>
            </p>
            { embed_panel(edition, &url) }
        </footer>
    }
}
