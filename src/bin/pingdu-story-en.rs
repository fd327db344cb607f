//! The English page's browser entry point, built with only that edition's story
//! (Cargo.toml, feature `edition-en`; index.html's worker link).

fn main() {
    pingdu_story::browser_main();
}
