use yew::prelude::*;

use crate::content::Ui;

/// What became of the last copy of a snippet.
#[derive(Clone, Copy, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))] // copying happens only in the browser
pub enum Copied {
    Done,
    /// The clipboard refused (a sandboxed frame, an old browser): the text is selected instead.
    Selected,
}

/// The last snippet copied (the id of its element) and what became of it; held by the embed
/// panel, whose buttons are views of it.
pub type LastCopy = UseStateHandle<Option<(&'static str, Copied)>>;

/// The button that copies the snippet in the element `target`, with its status line. A view
/// of the panel's `last` copy, not a component: each component type costs the wasm its own
/// copy of Yew's lifecycle code. Offered only once the page runs (the panel exists only then).
pub fn copy_button(target: &'static str, last: &LastCopy, ui: &Ui) -> Html {
    let onclick = {
        let last = last.clone();
        Callback::from(move |_: MouseEvent| copy(target, last.clone()))
    };
    let status = match **last {
        Some((copied, Copied::Done)) if copied == target => ui.copied,
        Some((copied, Copied::Selected)) if copied == target => ui.copy_failed,
        _ => "",
    };
    html! {
        <p class="embed__copy">
            <button type="button" class="embed__button" data-testid="copy-button" {onclick}>{ ui.copy }</button>
            <span class="embed__status" role="status">{ status }</span>
        </p>
    }
}

fn copy(target: &'static str, last: LastCopy) {
    let Some(element) = gloo::utils::document().get_element_by_id(target) else { return };
    let text = element.text_content().unwrap_or_default();
    let clipboard = gloo::utils::window().navigator().clipboard();
    let write = clipboard.write_text(&text);
    yew::platform::spawn_local(async move {
        match wasm_bindgen_futures::JsFuture::from(write).await {
            Ok(_) => last.set(Some((target, Copied::Done))),
            Err(_) => {
                select(&element);
                last.set(Some((target, Copied::Selected)));
            }
        }
    });
}

/// Selects the element's text, for the reader to copy by hand.
fn select(element: &web_sys::Element) {
    if let Ok(Some(selection)) = gloo::utils::window().get_selection() {
        let _ = selection.select_all_children(element);
    }
}
