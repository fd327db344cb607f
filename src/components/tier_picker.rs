use yew::prelude::*;

use crate::content::Chart;
use crate::hooks::use_live;

#[derive(Properties, PartialEq)]
pub struct TierPickerProps {
    pub chart: &'static Chart,
    /// The state the chart shows (a tier's state, or the overview).
    pub state: &'static str,
    /// Called with the tier the reader picked, or `None` to go back to the overview.
    pub on_pick: Callback<Option<&'static str>>,
}

/// Buttons for the tiers of the industry system: a tap, click or Enter brings a tier
/// forward and lists its industries below. Hidden until scripting runs, so the
/// prerendered page never offers buttons that do nothing.
#[function_component(TierPicker)]
pub fn tier_picker(props: &TierPickerProps) -> Html {
    let live = use_live();
    let current = props.chart.groups.iter().find(|g| g.state == props.state);
    html! {
        <div class="tier-picker" hidden={!live}>
            <div class="tier-picker__buttons" role="group" aria-label={props.chart.title}>
                { for props.chart.groups.iter().map(|group| {
                    let pressed = current.is_some_and(|c| c.state == group.state);
                    let on_pick = props.on_pick.clone();
                    let state = group.state;
                    let onclick = Callback::from(move |_| on_pick.emit((!pressed).then_some(state)));
                    html! {
                        <button type="button" class="tier-picker__button" aria-pressed={pressed.to_string()}
                                data-tier={group.state} {onclick}>
                            { group.badge.unwrap_or_default() }{ " " }{ group.name }
                        </button>
                    }
                }) }
            </div>
            <p class="tier-picker__items" aria-live="polite">
                if let Some(group) = current { { group.name }{ "：" }{ group.items.join("、") } }
            </p>
        </div>
    }
}
