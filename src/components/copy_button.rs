use yew::prelude::*;

use crate::hooks::{use_live, use_story};

#[derive(Properties, PartialEq)]
pub struct CopyButtonProps {
    /// The id of the element whose text is copied.
    pub target: &'static str,
}

#[derive(Clone, Copy, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))] // copying happens only in the browser
enum Copied {
    Not,
    Done,
    /// The clipboard refused (a sandboxed frame, an old browser): the text is selected instead.
    Selected,
}

/// Copies a snippet. Offered only once the page runs: without scripting it would do nothing.
#[function_component(CopyButton)]
pub fn copy_button(props: &CopyButtonProps) -> Html {
    let live = use_live();
    let ui = &use_story().ui;
    let copied = use_state_eq(|| Copied::Not);
    if !live {
        return Html::default();
    }
    let onclick = {
        let (copied, target) = (copied.clone(), props.target);
        Callback::from(move |_: MouseEvent| copy(target, copied.clone()))
    };
    let status = match *copied {
        Copied::Not => "",
        Copied::Done => ui.copied,
        Copied::Selected => ui.copy_failed,
    };
    html! {
        <p class="embed__copy">
            <button type="button" class="embed__button" data-testid="copy-button" {onclick}>{ ui.copy }</button>
            <span class="embed__status" role="status">{ status }</span>
        </p>
    }
}

fn copy(target: &'static str, copied: UseStateHandle<Copied>) {
    let Some(element) = gloo::utils::document().get_element_by_id(target) else { return };
    let text = element.text_content().unwrap_or_default();
    let clipboard = gloo::utils::window().navigator().clipboard();
    let write = clipboard.write_text(&text);
    yew::platform::spawn_local(async move {
        match wasm_bindgen_futures::JsFuture::from(write).await {
            Ok(_) => copied.set(Copied::Done),
            Err(_) => {
                select(&element);
                copied.set(Copied::Selected);
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
