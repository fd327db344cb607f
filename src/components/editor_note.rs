use yew::prelude::*;

use super::text::display;
use crate::content::Repair;

#[derive(Properties, PartialEq)]
pub struct EditorNoteProps {
    pub title: &'static str,
    pub paragraphs: &'static [&'static str],
    pub repairs: &'static [Repair],
}

/// What we repaired in the source, and how: corrections are shown, not hidden.
#[function_component(EditorNote)]
pub fn editor_note(props: &EditorNoteProps) -> Html {
    html! {
        <aside class="editor-note" id="editor-note" data-testid="editor-note" aria-labelledby="editor-note-title">
            <h2 class="editor-note__title" id="editor-note-title">{ display(props.title) }</h2>
            { for props.paragraphs.iter().map(|p| html! { <p>{ *p }</p> }) }
            <ol class="editor-note__repairs">
                { for props.repairs.iter().map(|r| html! {
                    <li data-testid="repair">
                        <span class="editor-note__place">{ r.place }</span>
                        <q class="editor-note__reads">{ r.reads }</q>
                        if let Some(note) = r.note { <span class="editor-note__detail">{ note }</span> }
                    </li>
                }) }
            </ol>
        </aside>
    }
}
