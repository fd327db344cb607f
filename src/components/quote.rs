use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct QuoteProps {
    pub quotes: &'static [&'static str],
    pub after: &'static str,
    pub speaker: &'static str,
}

/// A quotation as the article gives it: the quoted words, then the rest of the paragraph,
/// which already names the speaker (the speaker is kept as data for styling and tools).
#[function_component(QuoteView)]
pub fn quote_view(props: &QuoteProps) -> Html {
    html! {
        <figure class="quote" data-testid="quote" data-speaker={props.speaker}>
            <blockquote class="quote__body">
                { for props.quotes.iter().map(|q| html! { <p class="quote__text">{ format!("“{q}”") }</p> }) }
            </blockquote>
            <figcaption class="quote__after">{ props.after }</figcaption>
        </figure>
    }
}
