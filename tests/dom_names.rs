//! The page's shared names (src/dom.rs) against the code that uses them: a name a script
//! or the CSS uses is in the table, and every side the table names uses it (no other side
//! does), so a rename on one side fails here, not only in a browser.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use pingdu_story::dom::NAMES;

fn files(dir: &str, ext: &str) -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let mut found = Vec::new();
    let mut stack = vec![root];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == ext) && !path.ends_with("src/dom.rs") {
                found.push(path);
            }
        }
    }
    found
}

/// The shared-looking names in a text: `data-…`, `story:…` (an event, not part of a longer
/// word) and `storyHost…`.
fn names_in(text: &str) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    for (prefix, more) in [("data-", "-"), ("story:", "-"), ("storyHost", "")] {
        for (at, _) in text.match_indices(prefix) {
            let before = text[..at].chars().next_back();
            if before.is_some_and(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_') {
                continue;
            }
            let rest = &text[at + prefix.len()..];
            let len = rest.find(|c: char| !(c.is_ascii_alphabetic() || more.contains(c))).unwrap_or(rest.len());
            let name = format!("{prefix}{}", &rest[..len]);
            let name = name.trim_end_matches('-');
            if name.len() > prefix.len() {
                names.insert(name.to_owned());
            }
        }
    }
    // `element.dataset.storyStatic` in a script is `data-story-static`.
    for (at, _) in text.match_indices("dataset.") {
        let rest = &text[at + "dataset.".len()..];
        let len = rest.find(|c: char| !c.is_ascii_alphabetic()).unwrap_or(rest.len());
        let mut kebab = String::new();
        for c in rest[..len].chars() {
            if c.is_ascii_uppercase() {
                kebab.push('-');
            }
            kebab.push(c.to_ascii_lowercase());
        }
        if !kebab.is_empty() {
            names.insert(format!("data-{kebab}"));
        }
    }
    names
}

/// The text without its comments (`/* … */`, and `// …` outside URLs): a name only
/// mentioned in a comment is not used.
fn code_of(text: &str) -> String {
    let mut code = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find("/*") {
        code.push_str(&rest[..start]);
        rest = rest[start..].find("*/").map_or("", |end| &rest[start + end + 2..]);
    }
    code.push_str(rest);
    code.lines()
        .map(|line| {
            let comment = line.match_indices("//").map(|(at, _)| at).find(|&at| !line[..at].ends_with(':'));
            &line[..comment.unwrap_or(line.len())]
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn names_of(paths: &[PathBuf]) -> BTreeSet<String> {
    paths.iter().flat_map(|p| names_in(&code_of(&std::fs::read_to_string(p).unwrap()))).collect()
}

#[test]
fn the_scripts_and_the_css_use_only_names_the_table_has() {
    let declared: BTreeSet<&str> = NAMES.iter().map(|(name, _, _)| *name).collect();
    for (side, used) in
        [("assets/*.js", names_of(&files("assets", "js"))), ("styles/*.css", names_of(&files("styles", "css")))]
    {
        let unknown: Vec<&String> = used.iter().filter(|n| !declared.contains(n.as_str())).collect();
        assert!(unknown.is_empty(), "{side} uses names src/dom.rs does not have: {unknown:?}");
    }
}

#[test]
fn each_side_the_table_names_uses_the_name_and_no_other_side_does() {
    let sides = [
        ("src/ (Rust)", names_of(&files("src", "rs"))),
        ("assets/*.js", names_of(&files("assets", "js"))),
        ("styles/*.css", names_of(&files("styles", "css"))),
    ];
    let mut wrong = Vec::new();
    for (name, users, _) in NAMES {
        for ((side, used), listed) in sides.iter().zip([users.rust, users.scripts, users.css]) {
            match (listed, used.contains(*name)) {
                (true, false) => wrong.push(format!("{name}: src/dom.rs says {side} uses it; it does not")),
                (false, true) => wrong.push(format!("{name}: {side} uses it; src/dom.rs does not say so")),
                _ => {}
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn names_are_found_whole_and_outside_comments() {
    let code = code_of("a /* data-one */ b // data-two\nc('https://x/data-three') // data-four");
    assert_eq!(names_in(&code).into_iter().collect::<Vec<_>>(), ["data-three"]);
    let found = names_in(
        "[data-offer-edition] 'pingdu-story:edition-offer' story:viewport storyHostViewport.top root.dataset.storyStatic",
    );
    let found: Vec<&str> = found.iter().map(String::as_str).collect();
    assert_eq!(found, ["data-offer-edition", "data-story-static", "story:viewport", "storyHostViewport"]);
}
