//! Islands: the only parts of the page the browser hydrates. Everything else — hero,
//! prose, quotes, key figures, the editor's note — stays as prerendered HTML, untouched
//! by the wasm, which keeps hydration (and its long task) small.

use yew::prelude::*;

use super::chart_figure::ChartFigure;
use super::reading_progress::ReadingProgress;
use super::scrolly::Scrolly;
use crate::content::{Block, Edition, STORY};

/// A part of the page with behaviour of its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Island {
    Progress,
    Scrolly(&'static str),
    Chart(&'static str),
}

impl Island {
    /// The island's name in `data-island`.
    pub fn key(self) -> String {
        match self {
            Island::Progress => "progress".to_owned(),
            Island::Scrolly(id) => format!("scrolly:{id}"),
            Island::Chart(id) => format!("chart:{id}"),
        }
    }

    /// The island a `data-island` value names, if the story has it.
    pub fn from_key(key: &str) -> Option<Island> {
        Island::all().into_iter().find(|island| island.key() == key)
    }

    /// Every island of the story, in page order.
    pub fn all() -> Vec<Island> {
        let mut islands = vec![Island::Progress];
        islands.extend(STORY.blocks().filter_map(|block| match block {
            Block::Scrolly { id, .. } => Some(Island::Scrolly(id)),
            Block::Chart { chart } => Some(Island::Chart(chart)),
            _ => None,
        }));
        islands
    }
}

#[derive(Properties, PartialEq)]
pub struct IslandProps {
    pub island: Island,
    #[prop_or_default]
    pub edition: Edition,
}

/// An island's content, in its edition (hydrated on its own, it carries the edition with it,
/// as a prop down its tree: a context would cost the wasm a provider component and every
/// reader of it a subscription, about 2 KB brotli).
#[function_component(IslandView)]
pub fn island_view(props: &IslandProps) -> Html {
    let edition = props.edition;
    let story = edition.story();
    match props.island {
        Island::Progress => html! { <ReadingProgress {edition} /> },
        Island::Chart(id) => {
            story.chart(id).map(|chart| html! { <ChartFigure {edition} {chart} /> }).unwrap_or_default()
        }
        Island::Scrolly(id) => story
            .blocks()
            .filter_map(|block| match block {
                Block::Scrolly { id: this, chart, steps } if *this == id => {
                    story.chart(chart).map(|c| (this, c, steps))
                }
                _ => None,
            })
            .map(|(id, chart, steps)| html! { <Scrolly {edition} {id} {chart} {steps} /> })
            .next()
            .unwrap_or_default(),
    }
}

/// The props of an island's component that needs only its edition.
#[derive(Properties, PartialEq)]
pub struct EditionProps {
    pub edition: Edition,
}

#[derive(Properties, PartialEq)]
pub struct IslandSlotProps {
    pub island: Island,
}

/// Where an island sits in the page: an empty `<div data-island="…">`, which the
/// prerenderer fills with the island rendered on its own, to be hydrated on its own.
#[function_component(IslandSlot)]
pub fn island_slot(props: &IslandSlotProps) -> Html {
    html! { <div data-island={props.island.key()}></div> }
}
