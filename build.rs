//! Checks `data/` and compiles it into the binary. Bad data stops the build with
//! messages that name the file, the place in it and the problem.
//!
//! While an editor works (`STORY_EDITING=1`, set by `tools/serve.sh`), bad data does not
//! stop the build once a good one exists: the story stays as it last checked, and the
//! problems go into `DATA_PROBLEMS`, which the prerenderer shows on the page and prints
//! (Trunk's own overlay would only say that cargo failed).

use std::path::{Path, PathBuf};
use story_content::{check, codegen};

fn main() {
    let root = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    // STORY_DATA_DIR builds the story from other data (the hostile-content tests do).
    println!("cargo:rerun-if-env-changed=STORY_DATA_DIR");
    println!("cargo:rerun-if-env-changed=STORY_EDITING");
    let editing = std::env::var("STORY_EDITING").is_ok_and(|value| value == "1");
    let shown = std::env::var("STORY_DATA_DIR").unwrap_or_else(|_| "data".to_owned());
    let data = root.join(&shown);
    println!("cargo:rerun-if-changed={shown}");
    for file in std::iter::once(check::FIGURES_FILE).chain(check::EDITIONS.iter().map(|row| row.file)) {
        println!("cargo:rerun-if-changed={shown}/{file}");
    }
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    // A page's wasm is built with its edition's feature (Cargo.toml, index.html): only that
    // edition's story goes in. Without one (native builds, tests), every edition does.
    let only = check::EDITIONS
        .iter()
        .find(|row| {
            std::env::var_os(format!("CARGO_FEATURE_{}", row.feature().to_uppercase().replace('-', "_"))).is_some()
        })
        .map(|row| row.code);
    match check::check_dir(&data, &shown, check::EDITIONS) {
        Ok(checked) => {
            write(&out.join("story.rs"), &codegen::story_source(&checked, only));
            write(&out.join("data_problems.rs"), &codegen::problems_source(&[]));
        }
        Err(errors) if editing && out.join("story.rs").exists() => {
            let problems: Vec<String> = errors.iter().map(ToString::to_string).collect();
            for problem in &problems {
                println!("cargo:warning={problem}");
            }
            write(&out.join("data_problems.rs"), &codegen::problems_source(&problems));
        }
        Err(errors) => {
            eprintln!("\nThe story data in {shown}/ has {} problem(s):\n", errors.len());
            for error in &errors {
                eprintln!("  • {error}");
            }
            eprintln!("\nFix them in {shown}/ and build again.\n");
            std::process::exit(1);
        }
    }
}

fn write(path: &Path, text: &str) {
    if let Err(e) = std::fs::write(path, text) {
        eprintln!("cannot write {}: {e}", path.display());
        std::process::exit(1);
    }
}
