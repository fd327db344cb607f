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

#[test]
fn every_edition_s_display_type_and_drawn_labels_need_break_points_where_they_are_too_wide() {
    let errors = with_edition_edited("story.zh-Hant.json", |story| {
        let title = story["charts"][0]["title"].as_str().unwrap().replace('|', "");
        story["charts"][0]["title"] = format!("{title}{title}").into();
        let label = story["figure_labels"]["expo-date"].as_str().unwrap().replace('|', "");
        story["figure_labels"]["expo-date"] = label.into();
    });
    let wide = |place: &str| errors.iter().any(|e| e.starts_with(&format!("data/story.zh-Hant.json: {place}: “")));
    assert!(wide("charts[0] “investment-growth” › title"), "{errors:#?}");
    assert!(wide("figure_labels › expo-date"), "{errors:#?}");
    assert!(errors.iter().all(|e| e.contains("has no break point")), "{errors:#?}");
    let errors = with_edition_edited("story.en.json", |story| {
        story["meta"]["title"]["text"] = "Pingdu’s supercalifragilisticexpialidocious year".into();
    });
    let word = "meta › title › text: “supercalifragilisticexpialidocious” is about";
    assert!(errors.iter().any(|e| e.contains(word)), "an English word too: {errors:#?}");
}

/// The real data with one edition changed by `edit` (a JSON value), checked.
fn with_edition_edited(file: &str, edit: impl FnOnce(&mut serde_json::Value)) -> Vec<String> {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    // Tests run in parallel: each copy gets its own folder.
    static COPIES: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let copy = COPIES.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let dir = std::env::temp_dir().join(format!("pingdu-editions-{}-{copy}", std::process::id()));
    fs::create_dir_all(&dir).unwrap();
    for name in EDITIONS.iter().map(|row| row.file).chain([FIGURES_FILE]) {
        fs::copy(data.join(name), dir.join(name)).unwrap();
    }
    let mut edition: serde_json::Value = serde_json::from_str(&fs::read_to_string(dir.join(file)).unwrap()).unwrap();
    edit(&mut edition);
    fs::write(dir.join(file), serde_json::to_string_pretty(&edition).unwrap()).unwrap();
    let result = check_dir(&dir, "data", EDITIONS);
    fs::remove_dir_all(&dir).unwrap();
    result.err().unwrap_or_default().iter().map(ToString::to_string).collect()
}

#[test]
fn an_edition_missing_a_block_fails_with_its_place() {
    let errors = with_edition_edited("story.en.json", |story| {
        story["chapters"][1]["blocks"].as_array_mut().unwrap().remove(2);
    });
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(
        errors[0].starts_with("data/story.en.json: chapters[1] “industry” › blocks: has 9 entries"),
        "{}",
        errors[0]
    );
    assert!(errors[0].contains("where data/story.zh-Hans.json has 10"), "{}", errors[0]);
}

#[test]
fn an_edition_cannot_change_a_state_or_invent_a_number() {
    let errors = with_edition_edited("story.zh-Hant.json", |story| {
        story["chapters"][0]["blocks"][6]["steps"][0]["state"] = "old".into();
        story["intro"][0]["text"] = "平度有999個重點項目。".into();
    });
    assert!(errors.iter().any(|e| e.contains("› state: is \"old\" here but \"new\"")), "{errors:#?}");
    assert!(errors.iter().any(|e| e.contains("intro[0] (paragraph) › text: the number 999")), "{errors:#?}");
}

#[test]
fn english_numbers_are_checked_in_english_form() {
    let errors = with_edition_edited("story.en.json", |story| {
        let text =
            story["chapters"][0]["blocks"][1]["text"].as_str().unwrap().replace("RMB 1.2 billion", "RMB 12 billion");
        story["chapters"][0]["blocks"][1]["text"] = text.into();
        story["figure_labels"].as_object_mut().unwrap().remove("huinuo-area");
    });
    assert!(errors.iter().any(|e| e.contains("the number 12 (in")), "{errors:#?}");
    assert!(errors.iter().any(|e| e.contains("figure_labels: figure “huinuo-area” has no label")), "{errors:#?}");
}
