use yew::prelude::*;

use super::text::escape;
use crate::content::display::plain;
use crate::content::Edition;

/// The story's public address (ending in `/`): set at build time for the prerendered page.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PageUrl(pub AttrValue);

/// What a portal pastes: our loader (auto height, steps follow the host's scrolling) or a
/// plain iframe (fixed height, scrolls inside), for this edition at `page`, with a copy
/// button each. Prerendered, not an island: the snippets never change once the page is
/// written, and copying is a few lines of the loader (`offerCopies` in `assets/loader.js`),
/// which shows the buttons and holds the edition's words for what became of a copy
/// (`data-copied`, `data-copy-failed`). Without scripting the snippets are there to select.
pub fn embed_panel(edition: Edition, page: &str) -> Html {
    let story = edition.story();
    let site = page.strip_suffix(edition.path()).unwrap_or(page);
    let ui = &story.ui;
    let title = &plain(story.meta.title);
    let snippets = [
        ("embed-script", ui.embed_script, script_snippet(site, page, title)),
        ("embed-iframe", ui.embed_iframe, iframe_snippet(page, title)),
    ];
    html! {
        <details class="embed" data-testid="embed-code" data-copied={ui.copied} data-copy-failed={ui.copy_failed}>
            <summary class="embed__summary">{ ui.embed }</summary>
            <p>{ ui.embed_intro }</p>
            { for snippets.into_iter().map(|(id, label, code)| html! {
                <div class="embed__snippet">
                    <p class="embed__label">{ label }</p>
                    <pre class="embed__code"><code id={id}>{ code }</code></pre>
                    <p class="embed__copy" hidden=true>
                        <button type="button" class="embed__button" data-testid="copy-button" data-copy={id}>{ ui.copy }</button>
                        <span class="embed__status" role="status"></span>
                    </p>
                </div>
            }) }
        </details>
    }
}

/// Our loader: `embed.js` (at the site's root) finds the div and puts the edition's page
/// (`data-src`) in an iframe it sizes.
pub fn script_snippet(site: &str, page: &str, title: &str) -> String {
    format!(
        "<div data-pingdu-story data-title=\"{}\" data-src=\"{}\"></div>\n<script src=\"{}embed.js\" async></script>",
        escape(title),
        escape(page),
        escape(site)
    )
}

/// A bare iframe: no script on the host, so a fixed height; the story reads linearly inside.
pub fn iframe_snippet(url: &str, title: &str) -> String {
    format!(
        "<iframe src=\"{}?embed=1\" title=\"{}\" width=\"100%\" height=\"800\" loading=\"lazy\" \
         style=\"border:0\"></iframe>",
        escape(url),
        escape(title)
    )
}
