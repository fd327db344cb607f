//! Fingerprints of every chart's SVG, one line per (edition, chart, width, state), so
//! native and wasm builds can be checked against one committed file.

use super::{svg, Scene, Width};
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
        for state in chart.states {
            for width in Width::ALL {
                let scene = Scene { chart, figures: story.figures, width, state, derived_mark: story.ui.derived_mark };
                let line = match svg(&scene) {
                    Ok(svg) => format!("{:016x} {} bytes", fnv1a(svg.as_bytes()), svg.len()),
                    Err(e) => format!("error {e}"),
                };
                out.push_str(&format!("{} {} {}: {line}\n", chart.id, width.name(), state));
            }
        }
    }
    out
}
