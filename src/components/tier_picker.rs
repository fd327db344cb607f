use yew::prelude::*;

use crate::charts::text::plain;
use crate::content::{Chart, ChartGroup};

/// Buttons for the tiers of the industry system: a tap, click or Enter brings a tier
/// forward and lists its industries below. Hidden until scripting runs (`live`), so the
/// prerendered page never offers buttons that do nothing. A view of its figure's state
/// (`state`, the tier's or the overview's), not a component: the figure holds the pick.
pub fn tier_picker(
    chart: &'static Chart,
    state: &'static str,
    live: bool,
    on_pick: &Callback<Option<&'static str>>,
) -> Html {
    let current = chart.groups.iter().find(|g| g.state == state);
    html! {
        <div class="tier-picker" hidden={!live}>
            <div class="tier-picker__buttons" role="group" aria-labelledby={format!("chart-{}-title", chart.id)}>
                { for chart.groups.iter().map(|group| {
                    let pressed = current.is_some_and(|c| c.state == group.state);
                    let on_pick = on_pick.clone();
                    let state = group.state;
                    let onclick = Callback::from(move |_| on_pick.emit((!pressed).then_some(state)));
                    html! {
                        <button type="button" class="tier-picker__button" aria-pressed={pressed.to_string()}
                                data-tier={group.state} {onclick}>
                            { group.quantity.or(group.badge).unwrap_or_default() }{ " " }{ plain(group.name) }
                        </button>
                    }
                }) }
            </div>
            <p class="tier-picker__items" aria-live="polite">
                if let Some(group) = current { { industries(group) } }
            </p>
        </div>
    }
}

/// A tier's name and its industries, as running text in the edition's script.
fn industries(group: &ChartGroup) -> String {
    let latin = group.name.is_ascii();
    let items: Vec<String> = group.items.iter().map(|item| plain(item)).collect();
    let (colon, comma) = if latin { (": ", ", ") } else { ("：", "、") };
    format!("{}{colon}{}", plain(group.name), items.join(comma))
}
