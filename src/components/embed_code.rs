use yew::prelude::*;

use super::copy_button::{copy_button, Copied};
use super::island::EditionProps;
use super::text::escape;
use crate::hooks::use_live;

/// The story's public address (ending in `/`): set at build time for the prerendered page.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PageUrl(pub AttrValue);

/// What a portal pastes: our loader (auto height, steps follow the host's scrolling) or a
/// plain iframe (fixed height, scrolls inside), for this edition, with copy buttons. An
/// island shown only once the page runs: it is for the editors of portals, and leaving it
/// out of the prerendered page keeps that page inside its first round trip.
#[function_component(EmbedCode)]
pub fn embed_code(props: &EditionProps) -> Html {
    let live = use_live();
    let edition = props.edition;
    let story = edition.story();
    let last_copy = use_state_eq(|| None::<(&'static str, Copied)>);
    if !live {
        return Html::default();
    }
    let page = canonical_url();
    let site = page.strip_suffix(edition.path()).unwrap_or(&page);
    let ui = &story.ui;
    let title = &crate::content::display::plain(story.meta.title);
    let snippets = [
        ("embed-script", ui.embed_script, script_snippet(site, &page, title)),
        ("embed-iframe", ui.embed_iframe, iframe_snippet(&page, title)),
    ];
    html! {
        <details class="embed" data-testid="embed-code">
            <summary class="embed__summary">{ ui.embed }</summary>
            <p>{ ui.embed_intro }</p>
            { for snippets.into_iter().map(|(id, label, code)| html! {
                <div class="embed__snippet">
                    <p class="embed__label">{ label }</p>
                    <pre class="embed__code"><code id={id}>{ code }</code></pre>
                    { copy_button(id, &last_copy, ui) }
                </div>
            }) }
        </details>
    }
}

/// The page's public address, as its canonical link (written at build time) says.
fn canonical_url() -> String {
    let link = gloo::utils::document().query_selector(r#"link[rel="canonical"]"#).ok().flatten();
    link.and_then(|l| l.get_attribute("href")).unwrap_or_default()
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
