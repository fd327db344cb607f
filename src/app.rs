//! The whole page: hero, intro, chapters, outro and credits.

use yew::prelude::*;

use crate::components::block::BlockList;
use crate::components::chapter::ChapterView;
use crate::components::credits::Credits;
use crate::components::embed_code::PageUrl;
use crate::components::hero::Hero;
use crate::components::island::{Island, IslandSlot};
use crate::content::Edition;

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// The story's public address, ending in `/` (links to the full page, embed snippets).
    #[prop_or_default]
    pub page_url: AttrValue,
    /// The edition the page shows.
    #[prop_or_default]
    pub edition: Edition,
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let story = props.edition.story();
    html! {
        <ContextProvider<Edition> context={props.edition}>
        <ContextProvider<PageUrl> context={PageUrl(props.page_url.clone())}>
            <a class="skip-link" href="#story-body">{ story.ui.skip_link }</a>
            <IslandSlot island={Island::Progress} />
            <main>
                // One article, headed by the hero's title.
                <article>
                    <Hero />
                    <div class="story" id="story-body" lang={story.meta.language}>
                        <div class="prose"><BlockList blocks={story.intro} /></div>
                        { for story.chapters.iter().map(|chapter| html! { <ChapterView key={chapter.id} {chapter} /> }) }
                        <div class="prose"><BlockList blocks={story.outro} /></div>
                    </div>
                </article>
            </main>
            <Credits />
        </ContextProvider<PageUrl>>
        </ContextProvider<Edition>>
    }
}
