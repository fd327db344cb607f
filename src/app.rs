//! The whole page: hero, intro, chapters, outro and credits.

use yew::prelude::*;

use crate::components::block::BlockList;
use crate::components::chapter::ChapterView;
use crate::components::credits::Credits;
use crate::components::embed_code::PageUrl;
use crate::components::hero::Hero;
use crate::components::island::{Island, IslandSlot, IslandSlots};
use crate::content::STORY;

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// Leave the islands empty: the prerenderer fills each one separately, to be hydrated alone.
    #[prop_or_default]
    pub island_slots: bool,
    /// The story's public address, ending in `/` (links to the full page, embed snippets).
    #[prop_or_default]
    pub page_url: AttrValue,
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    html! {
        <ContextProvider<IslandSlots> context={IslandSlots(props.island_slots)}>
        <ContextProvider<PageUrl> context={PageUrl(props.page_url.clone())}>
            <a class="skip-link" href="#story-body">{ STORY.ui.skip_link }</a>
            <IslandSlot island={Island::Progress} />
            <main>
                <Hero />
                <article class="story" id="story-body" lang={STORY.meta.language}>
                    <div class="prose"><BlockList blocks={STORY.intro} /></div>
                    { for STORY.chapters.iter().map(|chapter| html! { <ChapterView key={chapter.id} {chapter} /> }) }
                    <div class="prose"><BlockList blocks={STORY.outro} /></div>
                </article>
            </main>
            <Credits />
        </ContextProvider<PageUrl>>
        </ContextProvider<IslandSlots>>
    }
}
