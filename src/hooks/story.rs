use yew::prelude::*;

use crate::content::{Edition, Story};

/// The edition the page shows (provided by the app or the island).
#[hook]
pub fn use_edition() -> Edition {
    use_context::<Edition>().unwrap_or_default()
}

/// The story in the edition the page shows.
#[hook]
pub fn use_story() -> &'static Story {
    use_edition().story()
}
