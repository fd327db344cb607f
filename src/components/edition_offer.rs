use yew::prelude::*;

use super::edition_switch::edition_href;
use crate::content::Edition;
use crate::hooks::use_edition;

/// One line for each other edition, in that edition's language (“Read in English”), with a
/// button to dismiss it. All are hidden; the head script shows the one the reader's browser
/// language suggests (`html[data-offer]`, before the first paint, so nothing moves), never to
/// crawlers or in a frame, and remembers a dismissal. Without scripting none shows.
#[function_component(EditionOffer)]
pub fn edition_offer() -> Html {
    let here = use_edition();
    let offers = Edition::ALL.into_iter().filter(|&edition| edition != here).map(|edition| {
        let ui = &edition.story().ui;
        html! {
            <p class="edition-offer" lang={edition.code()} data-offer-edition={edition.code()} data-testid="edition-offer">
                <a class="edition-offer__link" href={edition_href(here, edition)} hreflang={edition.code()}
                   data-edition={edition.code()}>{ ui.edition_offer }</a>
                <button type="button" class="edition-offer__dismiss" data-offer-dismiss="">{ ui.edition_offer_dismiss }</button>
            </p>
        }
    });
    offers.collect()
}
