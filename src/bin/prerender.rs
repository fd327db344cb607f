//! `prerender PAGE`: writes the story, prerendered, into the page Trunk built (Trunk
//! runs it as a post_build hook on `$TRUNK_STAGING_DIR/index.html`). The page's public
//! address comes from `STORY_URL` (default: a placeholder to replace at deployment).
//! It also fills the `_headers` beside the page: the Content-Security-Policy's hashes of
//! the page's inline script and styles, and `frame-ancestors` from `STORY_FRAME_ANCESTORS`
//! (default `*`: any portal may embed the story). Beside each edition's page go its
//! charts' numbers as CSV files, which the page's download links name.

#[cfg(not(target_arch = "wasm32"))]
use pingdu_story::content::{Edition, DATA_PROBLEMS};
#[cfg(not(target_arch = "wasm32"))]
use pingdu_story::prerender::{csv_files, prerender_edition_page, with_data_problems, BuildFiles};

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
    let result = hashed_loader(&path).and_then(|loader| {
        let template = std::fs::read_to_string(&path).map_err(|e| format!("cannot read {path}: {e}"))?;
        let dir = std::path::Path::new(&path).parent().unwrap_or(std::path::Path::new("."));
        let main_build = BuildFiles::of_trunk_page(&template).map_err(|e| e.to_string())?;
        // One page per edition: index.html (简体), zh-Hant/index.html, en/index.html, each
        // naming its own edition's wasm.
        for edition in Edition::ALL {
            let build = edition_build(dir, &main_build, edition.row().bin)?;
            let page = prerender_edition_page(&template, &site_url, &loader, edition, &build)
                .and_then(|page| with_data_problems(&page, DATA_PROBLEMS))
                .map_err(|e| e.to_string())?;
            let folder = dir.join(edition.path());
            write_creating(&folder.join("index.html"), &page)?;
            for (href, csv) in csv_files(edition) {
                write_creating(&folder.join(href), &csv)?;
            }
            if edition == Edition::Hans {
                // Every edition's page has the same inline script and styles: one policy.
                write_headers(&path, &page, &site_url)?;
            }
        }
        Ok(())
    });
    if let Err(message) = result {
        eprintln!("prerender: {message}");
        std::process::exit(1);
    }
    // An editor's build with data that does not check (build.rs): the page says what is
    // wrong, and so does the terminal (tools/serve.sh repeats these lines after Trunk's own).
    for problem in DATA_PROBLEMS {
        eprintln!("{DATA_PROBLEM_MARK}{problem}");
    }
}

/// Writes `contents` to `file`, creating its folder.
#[cfg(not(target_arch = "wasm32"))]
fn write_creating(file: &std::path::Path, contents: &str) -> Result<(), String> {
    if let Some(folder) = file.parent() {
        std::fs::create_dir_all(folder).map_err(|e| format!("cannot create {}: {e}", folder.display()))?;
    }
    std::fs::write(file, contents).map_err(|e| format!("cannot write {}: {e}", file.display()))
}

/// How the terminal's lines about the data begin (tools/serve.sh looks for it).
#[cfg(not(target_arch = "wasm32"))]
const DATA_PROBLEM_MARK: &str = "✗ story data: ";

/// Fills `_headers` beside the page with the policy this page needs.
#[cfg(not(target_arch = "wasm32"))]
fn write_headers(page_path: &str, page: &str, site_url: &str) -> Result<(), String> {
    let dir = std::path::Path::new(page_path).parent().unwrap_or(std::path::Path::new("."));
    let path = dir.join("_headers");
    let template = std::fs::read_to_string(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let ancestors = std::env::var("STORY_FRAME_ANCESTORS").unwrap_or_else(|_| "*".to_owned());
    let headers = pingdu_story::prerender::fill_headers(&template, page, &ancestors, site_url)
        .map_err(|e| format!("{}: {e}", path.display()))?;
    std::fs::write(&path, headers).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

/// Renames `loader.js` beside the page to `loader-{hash}.js`, so it can be cached for good
/// like Trunk's own hashed files; returns the new name.
#[cfg(not(target_arch = "wasm32"))]
fn hashed_loader(page: &str) -> Result<String, String> {
    let dir = std::path::Path::new(page).parent().unwrap_or(std::path::Path::new("."));
    let plain = dir.join("loader.js");
    let bytes = std::fs::read(&plain).map_err(|e| format!("cannot read {}: {e}", plain.display()))?;
    // The first 16 hex digits of its SHA-256 (the hash the page's CSP already uses).
    let name = format!("loader-{}.js", &pingdu_story::prerender::hex_digest(&bytes)[..16]);
    std::fs::rename(&plain, dir.join(&name)).map_err(|e| format!("cannot rename {}: {e}", plain.display()))?;
    Ok(name)
}

/// The wasm build named `bin`: Trunk's main build (in an editing build, the one build, for
/// every edition), or one it built as a "worker" (see index.html), whose unhashed
/// `{bin}.js` and `{bin}_bg.wasm` this renames to `{bin}-{hash}.js` and
/// `{bin}-{hash}_bg.wasm` so that they can be cached for good.
#[cfg(not(target_arch = "wasm32"))]
fn edition_build(dir: &std::path::Path, main_build: &BuildFiles, bin: &str) -> Result<BuildFiles, String> {
    let (glue, wasm) = (dir.join(format!("{bin}.js")), dir.join(format!("{bin}_bg.wasm")));
    // An editing build (tools/serve.sh) has one build, holding every edition.
    let editing = std::env::var("STORY_EDITING").is_ok_and(|value| value == "1") && !glue.exists();
    if main_build.is_of(bin) || editing {
        return Ok(main_build.clone());
    }
    let read = |file: &std::path::Path| {
        std::fs::read(file).map_err(|e| {
            format!("cannot read {}: {e} (index.html must build the binary {bin} with a rust link)", file.display())
        })
    };
    let mut bytes = read(&glue)?;
    bytes.extend(read(&wasm)?);
    let hash = &pingdu_story::prerender::hex_digest(&bytes)[..16];
    let files = (format!("{bin}-{hash}.js"), format!("{bin}-{hash}_bg.wasm"));
    for (from, to) in [(&glue, &files.0), (&wasm, &files.1)] {
        std::fs::rename(from, dir.join(to)).map_err(|e| format!("cannot rename {}: {e}", from.display()))?;
    }
    Ok(main_build.beside(&files.0, &files.1))
}

#[cfg(target_arch = "wasm32")]
fn main() {}
