use yew::prelude::*;

use crate::content::{Edition, EDITION_NAMES};

/// Links to the story's other editions (简 / 繁 / EN), each named in its own language, from
/// the page of edition `here`. Plain links, relative to this page, so they work on any host
/// and without scripting; the loader adds the reader's place (the URL's hash) when it runs.
/// `floating`: the small copy in the reading-progress bar, in reach anywhere in the story (a
/// group, not a second navigation landmark). A view, not a component: it has no state.
pub fn edition_switch(here: Edition, floating: bool) -> Html {
    let label = here.story().ui.editions_label;
    let links = Edition::ALL.into_iter().map(|edition| {
        // Named from the table of names: a page's wasm holds only its own edition's story.
        let (name, short) =
            EDITION_NAMES.iter().find(|(code, ..)| *code == edition.code()).map_or(("", ""), |&(_, n, s)| (n, s));
        let href = edition_href(here, edition);
        html! {
            <a class="editions__link" {href} lang={edition.code()} hreflang={edition.code()}
               title={name} data-edition={edition.code()}
               aria-current={(edition == here).then_some("page")}>{ short }</a>
        }
    });
    if floating {
        return html! {
            <div class="editions editions--floating" role="group" aria-label={label} data-testid="edition-switch-floating">
                { for links }
            </div>
        };
    }
    html! {
        <nav class="editions" aria-label={label} data-testid="edition-switch">
            { for links }
        </nav>
    }
}

/// The page of `edition`, relative to the page of `here` (its path names the edition).
pub fn edition_href(here: Edition, edition: Edition) -> String {
    let to_root = if here.path().is_empty() { "./" } else { "../" };
    format!("{to_root}{}", edition.path())
}
