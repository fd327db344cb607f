use yew::prelude::*;

use super::edition_offer::EditionOffer;
use super::edition_switch::edition_switch;
use super::headline::HeadlineFigures;
use super::text::display;
use crate::hooks::use_edition;

/// Title, standfirst and byline: the first screen, which must paint without waiting for anything.
#[function_component(Hero)]
pub fn hero() -> Html {
    let edition = use_edition();
    let meta = &edition.story().meta;
    html! {
        <header class="hero" data-testid="hero">
            { edition_switch(edition, false) }
            <EditionOffer />
            <h1 class="hero__title">{ display(meta.title) }</h1>
            <p class="hero__standfirst">{ display(meta.standfirst) }</p>
            <p class="hero__byline">{ display(meta.byline) }</p>
            <HeadlineFigures />
        </header>
    }
}
