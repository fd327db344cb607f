//! The story's editions, one row each: everything any part of the site needs to know of
//! an edition is here, once. Shared by the build script (which checks each edition's file
//! and writes its story) and the app; `assets/head.js` keeps its own copy of the pages,
//! which a test holds to this table.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EditionRow {
    /// BCP 47 language tag, as in the file's `meta.language` and the page's `lang`.
    pub code: &'static str,
    /// Its page, relative to the site's root.
    pub path: &'static str,
    /// Open Graph's language and territory.
    pub og_locale: &'static str,
    /// Its file in `data/`.
    pub file: &'static str,
    /// The wasm binary its page loads, built with only this edition's story (Cargo.toml's
    /// `[[bin]]` and feature `edition-…`, index.html's rust link; tests hold them to this).
    pub bin: &'static str,
}

impl EditionRow {
    /// The cargo feature that builds only this edition's story: `edition-zh-hant`.
    pub fn feature(&self) -> String {
        format!("edition-{}", self.code.to_ascii_lowercase())
    }
}

/// 简体中文: the base edition, which the editors write, at the site's root.
pub const HANS: EditionRow =
    EditionRow { code: "zh-Hans", path: "", og_locale: "zh_CN", file: "story.zh-Hans.json", bin: "pingdu-story" };
/// 繁體中文.
pub const HANT: EditionRow = EditionRow {
    code: "zh-Hant",
    path: "zh-Hant/",
    og_locale: "zh_TW",
    file: "story.zh-Hant.json",
    bin: "pingdu-story-zh-hant",
};
/// English.
pub const EN: EditionRow =
    EditionRow { code: "en", path: "en/", og_locale: "en_US", file: "story.en.json", bin: "pingdu-story-en" };

/// Every edition, base first.
pub const EDITIONS: &[EditionRow] = &[HANS, HANT, EN];
