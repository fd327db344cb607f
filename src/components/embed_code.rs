use yew::prelude::*;

use super::island::{Island, IslandSlot};
use crate::hooks::use_story;

/// The story's public address (ending in `/`): set at build time for the prerendered page.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PageUrl(pub AttrValue);

/// What a portal pastes: our loader (auto height, steps follow the host's scrolling) or a
/// plain iframe (fixed height, scrolls inside). A `<details>`, so it works without
/// scripting; the copy buttons are islands that appear only where they can work.
#[function_component(EmbedCode)]
pub fn embed_code() -> Html {
    let url = use_context::<PageUrl>().unwrap_or_default().0;
    let story = use_story();
    let ui = &story.ui;
    let title = story.meta.title;
    let snippets = [
        ("embed-script", ui.embed_script, script_snippet(&url, title)),
        ("embed-iframe", ui.embed_iframe, iframe_snippet(&url, title)),
    ];
    html! {
        <details class="embed" data-testid="embed-code">
            <summary class="embed__summary">{ ui.embed }</summary>
            <p>{ ui.embed_intro }</p>
            { for snippets.into_iter().map(|(id, label, code)| html! {
                <div class="embed__snippet">
                    <p class="embed__label">{ label }</p>
                    <pre class="embed__code"><code id={id}>{ code }</code></pre>
                    <IslandSlot island={Island::Copy(id)} />
                </div>
            }) }
        </details>
    }
}

/// Our loader: `embed.js` finds the div and puts the story in an iframe it sizes.
pub fn script_snippet(url: &str, title: &str) -> String {
    format!(
        "<div data-pingdu-story data-title=\"{}\"></div>\n<script src=\"{}embed.js\" async></script>",
        attribute(title),
        attribute(url)
    )
}

/// A bare iframe: no script on the host, so a fixed height; the story reads linearly inside.
pub fn iframe_snippet(url: &str, title: &str) -> String {
    format!(
        "<iframe src=\"{}?embed=1\" title=\"{}\" width=\"100%\" height=\"800\" loading=\"lazy\" \
         style=\"border:0\"></iframe>",
        attribute(url),
        attribute(title)
    )
}

/// Text as it may stand inside a double-quoted HTML attribute of the snippet.
fn attribute(text: &str) -> String {
    text.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;")
}
