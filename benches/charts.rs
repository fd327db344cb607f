//! Layout-and-paint time and size (marks, primitives) of every chart, natively: `cargo bench --bench charts`.
//! Prints a table (median of many runs) and writes the same figures as JSON to
//! target/bench/charts.json so runs can be compared.

use std::time::{Duration, Instant};

use pingdu_story::charts::{self, Scene, Width};
use pingdu_story::content::STORY;

const RUNS: usize = 200;

fn main() {
    let mut rows = Vec::new();
    println!("{:<20} {:<7} {:<12} {:>10} {:>6} {:>6}", "chart", "width", "state", "median µs", "marks", "prims");
    for chart in STORY.charts {
        for width in Width::ALL {
            for state in chart.states {
                let scene = Scene::of(STORY, chart, (width, None), state, 0.25);
                let mut times: Vec<Duration> = Vec::with_capacity(RUNS);
                let (mut marks, mut prims) = (0, 0);
                for _ in 0..RUNS {
                    let start = Instant::now();
                    let painted = charts::draw(&scene).expect("chart draws");
                    times.push(start.elapsed());
                    let painted = std::hint::black_box(painted);
                    (marks, prims) = (painted.marks.len(), painted.marks.iter().map(|m| m.prims.len()).sum());
                }
                times.sort();
                let median = times[RUNS / 2].as_secs_f64() * 1e6;
                println!(
                    "{:<20} {:<7} {:<12} {:>10.1} {:>6} {:>6}",
                    chart.id,
                    width.name(),
                    state,
                    median,
                    marks,
                    prims
                );
                rows.push(format!(
                    "{{\"chart\":\"{}\",\"width\":\"{}\",\"state\":\"{}\",\"median_us\":{median:.1},\"marks\":{marks},\"prims\":{prims}}}",
                    chart.id,
                    width.name(),
                    state
                ));
            }
        }
    }
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/bench");
    std::fs::create_dir_all(&dir).expect("target/bench");
    std::fs::write(dir.join("charts.json"), format!("[\n{}\n]\n", rows.join(",\n"))).expect("write charts.json");
}
