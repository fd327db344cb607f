//! The base edition's browser entry point (简体中文; Cargo.toml builds it with feature
//! `edition-zh-hans`, index.html's main rust link).

fn main() {
    pingdu_story::browser_main();
}
