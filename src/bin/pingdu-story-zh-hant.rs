//! The 繁體中文 page's browser entry point, built with only that edition's story
//! (Cargo.toml, feature `edition-zh-hant`; index.html's worker link).

fn main() {
    pingdu_story::browser_main();
}
