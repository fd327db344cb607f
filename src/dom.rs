//! The page's shared names: the `data-*` attributes, window globals and event names that
//! more than one of the Rust (`src/`), the scripts (`assets/*.js`) and the CSS (`styles/`)
//! write or read, with who uses each. Yew's `html!` needs its attribute names as literals,
//! so this table is the definition the others are held to (`tests/dom_names.rs`): a name
//! used in a script or the CSS must be here, and each side named here must use it.

/// Who uses a name: the app's Rust, the scripts in `assets/`, the CSS in `styles/`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Users {
    pub rust: bool,
    pub scripts: bool,
    pub css: bool,
}

const fn users(rust: bool, scripts: bool, css: bool) -> Users {
    Users { rust, scripts, css }
}

/// Every shared name, with what it is for and who uses it.
pub const NAMES: &[(&str, Users, &str)] = &[
    ("data-layout", users(false, true, true), "html: overlay, stepwise or linear (head.js), laid out by CSS"),
    ("data-story-static", users(false, true, false), "html: why the live layer cannot run (head.js, for the loader)"),
    ("data-story-loader", users(true, true, false), "the loader, at the end of the body (prerenderer), for head.js"),
    ("data-story-glue", users(true, true, false), "the glue, beside data-story-loader (prerenderer), for the loader"),
    ("data-story-wasm", users(true, true, false), "the wasm, beside data-story-loader (prerenderer), for the loader"),
    ("data-story-waiting", users(false, true, false), "html: the loader waits for the reader to read on"),
    ("data-embed", users(true, true, true), "html: embedded (head.js); chrome hidden by CSS, progress by Rust"),
    ("data-framed", users(true, true, true), "html: inside a frame (head.js); the engine and CSS follow the host"),
    ("data-host-viewport", users(false, true, false), "html: the host has said where its viewport is (loader)"),
    ("data-theme", users(false, true, true), "html: light or dark from ?theme= (head.js, embed.js), tokens in CSS"),
    ("data-island", users(true, true, true), "a part of the page that hydrates (Rust); the loader starts it"),
    ("data-edition", users(true, true, false), "an edition link (Rust); the loader keeps the reader's place"),
    ("data-offer", users(false, true, true), "html: the edition to offer (head.js), shown by CSS"),
    ("data-offer-dismiss", users(true, true, false), "the offer's dismiss button (Rust), handled by head.js"),
    ("data-offer-edition", users(true, false, true), "an edition the offer names (Rust), shown by CSS"),
    ("data-active", users(true, false, true), "the active step (Rust), styled by CSS"),
    ("data-settle", users(true, false, true), "a drawing applying its state without tweens (Rust, CSS)"),
    ("data-table", users(true, false, true), "a chart's data table (Rust), styled by CSS"),
    (
        "data-pingdu-story",
        users(true, true, false),
        "a portal's host element in the embed snippet, mounted by embed.js",
    ),
    ("data-pingdu-story-mounted", users(false, true, false), "a host element embed.js has mounted"),
    ("data-src", users(true, true, false), "the snippet's page address, read by embed.js"),
    ("data-copy", users(true, true, false), "a copy button (Rust) and the id of what it copies, for the loader"),
    ("data-copied", users(true, true, false), "the embed panel's words for a copy made (Rust), said by the loader"),
    (
        "data-copy-failed",
        users(true, true, false),
        "the embed panel's words for a copy refused (Rust), said by the loader",
    ),
    ("data-title", users(true, true, false), "the snippet's frame title, read by embed.js"),
    ("data-accent", users(false, true, false), "a host's accent colour, read by embed.js"),
    ("storyHostViewport", users(true, true, false), "window: the host's viewport as the loader last heard it"),
    ("story:viewport", users(true, true, false), "event: the host's viewport moved (loader → scroll engine)"),
    ("story:scroll-to", users(true, true, false), "event: the engine asks the host to scroll (Rust → loader)"),
    ("story:started", users(false, true, false), "event: the wasm has started (loader)"),
];
