//! Fingerprints of every chart's painted marks, one line per (edition, chart, width,
//! state, progress), so native and wasm builds can be checked against one committed file.

use super::{draw, scrubs, Scene, Width};
use crate::content::{Edition, Story};

/// FNV-1a, 64 bit: small, stable, and the same on every target.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, b| (hash ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3))
}

/// Every chart of every edition, in every state and width.
pub fn fingerprints() -> String {
    let mut out = String::new();
    for edition in Edition::ALL {
        out.push_str(&format!("# {}\n", edition.code()));
        out.push_str(&story_fingerprints(edition.story()));
    }
    out
}

fn story_fingerprints(story: &'static Story) -> String {
    let mut out = String::new();
    for chart in story.charts {
        // A chart that follows the reader within a step is drawn at its start, middle and end.
        let progresses: &[f64] = if scrubs(chart) { &[0.0, 0.25, 1.0] } else { &[1.0] };
        for state in chart.states {
            for width in Width::ALL {
                for &progress in progresses {
                    let scene = Scene::of(story, chart, (width, None), state, progress);
                    let line = match draw(&scene) {
                        Ok(painted) => {
                            let text = format!("{painted:?}");
                            format!(
                                "{:016x} {} marks {} bytes",
                                fnv1a(text.as_bytes()),
                                painted.marks.len(),
                                text.len()
                            )
                        }
                        Err(e) => format!("error {e}"),
                    };
                    let at = (progress * 100.0) as u32;
                    out.push_str(&format!("{} {} {} {at}%: {line}\n", chart.id, width.name(), state));
                }
            }
        }
    }
    out
}
