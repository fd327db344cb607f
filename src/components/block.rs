use yew::prelude::*;

use super::editor_note::EditorNote;
use super::island::{Island, IslandSlot};
use super::key_figure::KeyFigure;
use super::quote::QuoteView;
use crate::content::{Block, Story};
use crate::hooks::use_story;

#[derive(Properties, PartialEq)]
pub struct BlockListProps {
    pub blocks: &'static [Block],
}

/// Maps each typed block of the story to the component that shows it.
#[function_component(BlockList)]
pub fn block_list(props: &BlockListProps) -> Html {
    let story = use_story();
    props.blocks.iter().map(|block| block_view(story, block)).collect()
}

fn block_view(story: &'static Story, block: &'static Block) -> Html {
    match block {
        Block::Paragraph { text } => html! { <p class="prose__p">{ *text }</p> },
        Block::Quote { quotes, after, speaker } => html! { <QuoteView {quotes} {after} {speaker} /> },
        Block::KeyFigure { figure } => match story.figure(figure) {
            Some(figure) => html! { <KeyFigure {figure} /> },
            None => Html::default(),
        },
        Block::Chart { chart } => html! { <IslandSlot island={Island::Chart(chart)} /> },
        Block::Scrolly { id, .. } => html! { <IslandSlot island={Island::Scrolly(id)} /> },
        Block::EditorNote { title, paragraphs, repairs } => html! { <EditorNote {title} {paragraphs} {repairs} /> },
    }
}
