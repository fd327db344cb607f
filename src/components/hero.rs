use yew::prelude::*;

use super::edition_offer::EditionOffer;
use super::edition_switch::EditionSwitch;
use super::headline::HeadlineFigures;
use crate::hooks::use_story;

/// Title, standfirst and byline: the first screen, which must paint without waiting for anything.
#[function_component(Hero)]
pub fn hero() -> Html {
    let meta = &use_story().meta;
    html! {
        <header class="hero" data-testid="hero">
            <EditionSwitch />
            <EditionOffer />
            <h1 class="hero__title">{ meta.title }</h1>
            <p class="hero__standfirst">{ meta.standfirst }</p>
            <p class="hero__byline">{ meta.byline }</p>
            <HeadlineFigures />
        </header>
    }
}
