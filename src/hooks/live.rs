use yew::prelude::*;

/// False while rendering on the server and during hydration, true once the component
/// runs in the browser: for controls that must not be offered where nothing answers them.
#[hook]
pub fn use_live() -> bool {
    let live = use_state_eq(|| false);
    {
        let live = live.clone();
        use_effect_with((), move |_| live.set(true));
    }
    *live
}
