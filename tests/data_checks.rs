//! The build-time checker: the real data passes, and each kind of bad data is rejected
//! with a message that names the file, the place and the problem.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::{Path, PathBuf};

use pingdu_story::content::check::{check_dir, EDITIONS, FIGURES_FILE, STORY_FILE};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

#[test]
fn the_real_data_passes() {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    if let Err(errors) = check_dir(&data, "data", EDITIONS) {
        let listed: Vec<String> = errors.iter().map(ToString::to_string).collect();
        panic!("data/ should pass the checker:\n{}", listed.join("\n"));
    }
}

#[test]
fn the_minimal_fixture_passes() {
    check_dir(&fixtures().join("valid"), "data", &[]).expect("tests/fixtures/valid is valid");
}

/// Each `tests/fixtures/invalid/<case>/` holds the one file that differs from `valid/`
/// and `expected.txt`, a part of the message the checker must give.
#[test]
fn every_broken_fixture_is_rejected_with_its_message() {
    let invalid = fixtures().join("invalid");
    let mut cases: Vec<PathBuf> = fs::read_dir(&invalid).unwrap().map(|e| e.unwrap().path()).collect();
    cases.sort();
    assert!(cases.len() >= 10, "keep at least ten kinds of broken data, found {}", cases.len());
    let mut failures = Vec::new();
    for case in &cases {
        let name = case.file_name().unwrap().to_string_lossy().into_owned();
        let dir = std::env::temp_dir().join(format!("pingdu-fixture-{}-{name}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        for file in [FIGURES_FILE, STORY_FILE] {
            let own = case.join(file);
            let source = if own.exists() { own } else { fixtures().join("valid").join(file) };
            fs::copy(source, dir.join(file)).unwrap();
        }
        let expected = fs::read_to_string(case.join("expected.txt")).unwrap().trim().to_owned();
        let result = check_dir(&dir, "data", &[]);
        fs::remove_dir_all(&dir).ok();
        match result {
            Ok(_) => failures.push(format!("{name}: accepted, but should fail with “{expected}”")),
            Err(errors) => {
                let messages: Vec<String> = errors.iter().map(ToString::to_string).collect();
                if !messages.iter().any(|m| m.contains(&expected)) {
                    failures.push(format!("{name}: expected “{expected}”, got:\n    {}", messages.join("\n    ")));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
