//! The story's content: the model (crates/story-content) and the story the build wrote
//! into it from `data/`, in every edition.

pub use story_content::{display, edition_table, kind, model};
// The checker and the source shape serve native tools and tests; the browser never needs them.
#[cfg(not(target_arch = "wasm32"))]
pub use story_content::{check, editions, quantity, source};

pub use edition_table::EditionRow;
pub use kind::ChartKind;
pub use model::*;

/// The article's own words — paragraphs, quotes, chapter titles, the editor's note — are
/// in the prerendered HTML, and the browser never renders them again (only islands
/// hydrate): the wasm leaves them out, saving every reader their bytes.
#[cfg(not(target_arch = "wasm32"))]
macro_rules! prose {
    ($text:literal) => {
        $text
    };
}
#[cfg(target_arch = "wasm32")]
macro_rules! prose {
    ($text:literal) => {
        ""
    };
}

include!(concat!(env!("OUT_DIR"), "/story.rs"));
include!(concat!(env!("OUT_DIR"), "/data_problems.rs"));

/// An edition of the story, in its language and script. Every edition has the same
/// blocks, charts and figures; only the words differ. What each is (its language, page,
/// file) is its row in `edition_table`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Edition {
    #[default]
    Hans,
    Hant,
    En,
}

impl Edition {
    pub const ALL: [Edition; 3] = [Edition::Hans, Edition::Hant, Edition::En];

    pub fn row(self) -> &'static EditionRow {
        match self {
            Edition::Hans => &edition_table::HANS,
            Edition::Hant => &edition_table::HANT,
            Edition::En => &edition_table::EN,
        }
    }

    /// The edition's story, found by its language (the build writes one per row).
    pub fn story(self) -> &'static Story {
        EDITION_STORIES.iter().find(|(code, _)| *code == self.code()).map_or(STORY, |(_, story)| story)
    }

    /// Its BCP 47 language tag: `zh-Hans`, `zh-Hant`, `en`.
    pub fn code(self) -> &'static str {
        self.row().code
    }

    pub fn from_code(code: &str) -> Option<Edition> {
        Edition::ALL.into_iter().find(|e| e.code().eq_ignore_ascii_case(code))
    }

    /// Its page, relative to the site's root: ``, `zh-Hant/`, `en/`.
    pub fn path(self) -> &'static str {
        self.row().path
    }
}
