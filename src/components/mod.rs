//! One component per file, or one stateless view (a function returning `Html`: each component
//! type costs the wasm its own copy of Yew's lifecycle code); `block` maps each typed block
//! of the story to its view.

pub mod block;
pub mod chapter;
pub mod chart_figure;
pub mod credits;
pub mod data_table;
pub mod drawing;
pub mod edition_offer;
pub mod edition_switch;
pub mod editor_note;
pub mod embed_code;
pub mod headline;
pub mod hero;
pub mod island;
pub mod key_figure;
pub mod quote;
pub mod reading_progress;
pub mod scrolly;
pub mod scrolly_steps;
pub mod step_drawing;
pub mod text;
pub mod tier_picker;
