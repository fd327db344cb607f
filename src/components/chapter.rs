use yew::prelude::*;

use super::block::BlockList;
use super::text::display;
use crate::content::Chapter;

#[derive(Properties, PartialEq)]
pub struct ChapterProps {
    pub chapter: &'static Chapter,
}

/// A chapter: its kicker (项目引领 …), headline and blocks.
#[function_component(ChapterView)]
pub fn chapter_view(props: &ChapterProps) -> Html {
    let chapter = props.chapter;
    let heading = format!("{}-heading", chapter.id);
    html! {
        <section class="chapter" data-chapter={chapter.id} id={chapter.id} aria-labelledby={heading.clone()}>
            <header class="chapter__header">
                <p class="chapter__kicker">{ chapter.kicker }</p>
                <h2 class="chapter__title" id={heading}>{ display(chapter.title) }</h2>
            </header>
            <BlockList blocks={chapter.blocks} />
        </section>
    }
}
