//! Hydrates one prerendered paragraph: no hooks, no listeners, nothing of the story's.

use yew::prelude::*;

#[function_component(Floor)]
fn floor() -> Html {
    html! { <p>{ "Yew" }</p> }
}

fn main() {
    let root = web_sys::window().and_then(|w| w.document()).and_then(|d| d.body());
    if let Some(root) = root {
        yew::Renderer::<Floor>::with_root(root.into()).hydrate();
    }
}
