//! The whole page: hero, intro, chapters, outro and credits.

use yew::prelude::*;

use crate::components::block::BlockList;
use crate::components::chapter::ChapterView;
use crate::components::credits::Credits;
use crate::components::hero::Hero;
use crate::components::reading_progress::ReadingProgress;
use crate::content::STORY;

#[function_component(App)]
pub fn app() -> Html {
    html! {
        <>
            <a class="skip-link" href="#story-body">{ STORY.ui.skip_link }</a>
            <ReadingProgress />
            <main>
                <Hero />
                <article class="story" id="story-body" lang={STORY.meta.language}>
                    <div class="prose"><BlockList blocks={STORY.intro} /></div>
                    { for STORY.chapters.iter().map(|chapter| html! { <ChapterView key={chapter.id} {chapter} /> }) }
                    <div class="prose"><BlockList blocks={STORY.outro} /></div>
                </article>
            </main>
            <Credits />
        </>
    }
}
