use yew::prelude::*;

use super::edition_switch::edition_switch;
use super::island::EditionProps;
use crate::content::Story;
use crate::hooks::use_live;

/// A thin bar showing how far the reader is, with the current chapter's name; it also
/// keeps the URL's hash on the reader's place and opens the place a link names.
/// It exists only when scripting runs, and not in a portal's frame.
#[function_component(ReadingProgress)]
pub fn reading_progress(props: &EditionProps) -> Html {
    let edition = props.edition;
    let story = edition.story();
    let bar = use_node_ref();
    let chapter = use_state_eq(|| None::<&'static str>);
    // Starts watching once live, in the task after hydration (see `use_live`).
    let live = use_live();
    let watching = use_state_eq(|| false);
    {
        let (bar, chapter, watching) = (bar.clone(), chapter.clone(), watching.clone());
        use_effect_with(live, move |&live| {
            let watch = if live { start(story, bar, chapter) } else { None };
            watching.set(watch.is_some());
            move || drop(watch)
        });
    }
    let name = (*chapter).and_then(|id| story.chapters.iter().find(|c| c.id == id)).map(|c| c.kicker);
    html! {
        <div class="reading-progress" data-testid="reading-progress" hidden={!*watching}>
            <div class="reading-progress__track" role="progressbar" aria-label={story.ui.reading_progress}>
                <div class="reading-progress__bar" ref={bar}></div>
            </div>
            <p class="reading-progress__chapter" data-testid="current-chapter">{ name.unwrap_or_default() }</p>
            { edition_switch(edition, true) }
        </div>
    }
}

fn start(
    story: &'static Story,
    bar: NodeRef,
    chapter: UseStateHandle<Option<&'static str>>,
) -> Option<crate::scroll::page::PageWatch> {
    use crate::scroll::page::{name_place_in_url, PageWatch};
    // Embedded, the portal's page is the page: no bar of ours, and its URL is not ours to change.
    if gloo::utils::document_element().has_attribute("data-embed") {
        return None;
    }
    Some(PageWatch::new(move |place| {
        if let Some(bar) = bar.cast::<web_sys::HtmlElement>() {
            // Set through the CSSOM, which a strict style-src allows (an inline style attribute it would not).
            let _ = bar.style().set_property("transform", &scale_x(place.progress));
        }
        chapter.set(place.chapter.as_deref().and_then(|id| story.chapters.iter().find(|c| c.id == id)).map(|c| c.id));
        name_place_in_url(place.anchor.as_deref());
    }))
}

/// `scaleX(0.4215)` for 42.15 %: four decimals are finer than a pixel on any screen.
fn scale_x(progress: f64) -> String {
    let ten_thousandths = (progress.clamp(0.0, 1.0) * 10_000.0).round() as u32;
    format!("scaleX({}.{:04})", ten_thousandths / 10_000, ten_thousandths % 10_000)
}

#[cfg(test)]
mod tests {
    use super::scale_x;

    #[test]
    fn the_bar_scales_to_the_progress_in_ten_thousandths() {
        assert_eq!(scale_x(0.0), "scaleX(0.0000)");
        assert_eq!(scale_x(0.421_54), "scaleX(0.4215)");
        assert_eq!(scale_x(0.000_06), "scaleX(0.0001)");
        assert_eq!(scale_x(1.0), "scaleX(1.0000)");
        // Out of range (an overscroll bounce) stays within the track.
        assert_eq!(scale_x(1.3), "scaleX(1.0000)");
        assert_eq!(scale_x(-0.2), "scaleX(0.0000)");
    }
}
