//! `prerender PAGE`: writes the story, prerendered, into the page Trunk built (Trunk
//! runs it as a post_build hook on `$TRUNK_STAGING_DIR/index.html`). The page's public
//! address comes from `STORY_URL` (default: a placeholder to replace at deployment).

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    const PLACEHOLDER_URL: &str = "https://example.com/pingdu-story/";
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: prerender PATH/TO/index.html");
        std::process::exit(2);
    };
    let mut site_url = std::env::var("STORY_URL").unwrap_or_else(|_| PLACEHOLDER_URL.to_owned());
    if !site_url.ends_with('/') {
        site_url.push('/');
    }
    let result = std::fs::read_to_string(&path)
        .map_err(|e| format!("cannot read {path}: {e}"))
        .and_then(|template| pingdu_story::prerender::prerender_page(&template, &site_url).map_err(|e| e.to_string()))
        .and_then(|page| std::fs::write(&path, page).map_err(|e| format!("cannot write {path}: {e}")));
    if let Err(message) = result {
        eprintln!("prerender: {message}");
        std::process::exit(1);
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
