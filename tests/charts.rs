//! Chart functions, natively: what each draws in each state, at each width; that text
//! stays legible and inside the drawing; that hostile labels come out as inert text;
//! and that the output is the committed snapshot (which the wasm test checks too).
#![cfg(not(target_arch = "wasm32"))]

use pingdu_story::charts::{self, csv, marks::Anchor, text, Drawing, Ink, Mark, Scene, Width};
use pingdu_story::content::{Chart, ChartGroup, Figure, STORY};

fn scene(chart: &'static Chart, width: Width, state: &'static str) -> Scene<'static> {
    Scene { chart, figures: STORY.figures, width, state, derived_mark: STORY.ui.derived_mark }
}

fn chart(id: &str) -> &'static Chart {
    STORY.chart(id).unwrap_or_else(|| panic!("no chart {id}"))
}

fn every_scene() -> Vec<Scene<'static>> {
    let mut scenes = Vec::new();
    for chart in STORY.charts {
        for state in chart.states {
            for width in Width::ALL {
                scenes.push(scene(chart, width, state));
            }
        }
    }
    scenes
}

fn rects(d: &Drawing, filled: bool) -> usize {
    d.marks.iter().filter(|m| matches!(m, Mark::Rect { filled: f, .. } if *f == filled)).count()
}

fn units(d: &Drawing, ink: Ink) -> usize {
    d.marks
        .iter()
        .map(|m| match m {
            Mark::Units { cells, ink: i, .. } if *i == ink => cells.len(),
            _ => 0,
        })
        .sum()
}

#[test]
fn every_chart_draws_in_every_state_at_every_width() {
    for scene in every_scene() {
        let svg = charts::svg(&scene).unwrap_or_else(|e| panic!("{} {}: {e}", scene.chart.id, scene.state));
        assert!(svg.starts_with("<svg role=\"img\""), "{}", scene.chart.id);
        assert!(svg.contains(&format!("aria-labelledby=\"chart-{}-title\"", scene.chart.id)));
        assert!(svg.contains(&format!("viewBox=\"0 0 {} ", scene.width.px())));
        assert!(svg.contains("<text"), "{} draws real text", scene.chart.id);
    }
}

#[test]
fn investment_growth_reveals_one_category_per_step() {
    let growth = chart("investment-growth");
    let first = charts::layout(&scene(growth, Width::Narrow, "new")).unwrap();
    // Legend swatches (one outlined, one filled) plus one pair of bars.
    assert_eq!((rects(&first, false), rects(&first, true)), (2, 2));
    let texts: Vec<&str> = first.texts().collect();
    assert!(texts.contains(&"343个  +37.2%"), "{texts:?}");
    assert!(texts.contains(&"250个 推算"), "the derived value is marked: {texts:?}");
    assert!(!texts.iter().any(|t| t.contains("152")), "the second category is not yet shown");

    let last = charts::layout(&scene(growth, Width::Narrow, "over-100m")).unwrap();
    assert_eq!((rects(&last, false), rects(&last, true)), (4, 4));
    let texts: Vec<&str> = last.texts().collect();
    for expected in ["152个  +100%", "76个 推算", "134个  +119.7%", "61个 推算"] {
        assert!(texts.contains(&expected), "{expected} in {texts:?}");
    }
    assert_eq!(first.height, last.height, "revealing a category never changes the chart's size");
}

#[test]
fn the_industry_system_brings_the_stepped_tier_forward() {
    let system = chart("industry-system");
    let badge_inks = |state| -> Vec<Ink> {
        charts::layout(&scene(system, Width::Narrow, state))
            .unwrap()
            .marks
            .iter()
            .filter_map(|m| match m {
                Mark::Rect { ink, filled: true, x0: 0, .. } => Some(*ink),
                _ => None,
            })
            .collect()
    };
    assert_eq!(badge_inks("overview"), vec![Ink::Accent; 4]);
    assert_eq!(badge_inks("advantage"), vec![Ink::Dim, Ink::Accent, Ink::Dim, Ink::Dim]);
    let overview = charts::layout(&scene(system, Width::Narrow, "overview")).unwrap();
    let texts: Vec<&str> = overview.texts().collect();
    for badge in ["4", "5", "1"] {
        assert!(texts.contains(&badge), "badge {badge}");
    }
    assert!(texts.contains(&"确定的细分赛道：20条"), "{texts:?}");
}

#[test]
fn the_medical_network_draws_one_square_per_unit() {
    let network = chart("medical-network");
    let at = |state| charts::layout(&scene(network, Width::Narrow, state)).unwrap();
    assert_eq!(units(&at("hospital"), Ink::Accent), 1);
    assert_eq!(units(&at("centres"), Ink::Accent), 23);
    assert_eq!(units(&at("centres"), Ink::Dim), 1 + 2);
    assert_eq!(units(&at("clinics"), Ink::Accent), 767);
}

#[test]
fn figure_cards_write_numbers_as_the_article_does() {
    let texts: Vec<String> = charts::layout(&scene(chart("huinuo-project"), Width::Narrow, "all"))
        .unwrap()
        .texts()
        .map(String::from)
        .collect();
    for expected in ["12亿元", "100亩", "6亿元", "近2个月"] {
        assert!(texts.iter().any(|t| t == expected), "{expected} in {texts:?}");
    }
}

#[test]
fn text_is_legible_and_stays_inside_the_drawing() {
    for scene in every_scene() {
        let drawing = charts::layout(&scene).unwrap();
        for mark in &drawing.marks {
            if let Mark::Text { x, y, text: t, size, anchor, .. } = mark {
                assert!(*size >= 12.0, "{}: “{t}” is {size}px", scene.chart.id);
                let w = text::width(t, *size);
                let (left, right) = match anchor {
                    Anchor::Start => (f64::from(*x), f64::from(*x) + w),
                    Anchor::Middle => (f64::from(*x) - w / 2.0, f64::from(*x) + w / 2.0),
                    Anchor::End => (f64::from(*x) - w, f64::from(*x)),
                };
                let (at, px) = (scene.chart.id, scene.width.px());
                assert!(left >= 0.0 && right <= f64::from(px) + 1.0, "{at} at {px}px: “{t}” spans {left}..{right}");
                assert!(*y >= 0 && (*y as u32) < drawing.height, "{at}: “{t}” below the drawing");
            }
        }
    }
}

const HOSTILE: [&str; 3] = ["<script>alert(1)</script>", "\"><svg onload=alert(1)>", "R&D & <b>"];

static HOSTILE_FIGURES: [Figure; 3] = [
    Figure {
        id: "h-this",
        chapter: "x",
        label: HOSTILE[0],
        value: 3.0,
        shown: "3",
        unit: HOSTILE[2],
        quoted: Some(HOSTILE[1]),
        formula: None,
        derived_from: None,
    },
    Figure {
        id: "h-growth",
        chapter: "x",
        label: HOSTILE[1],
        value: 50.0,
        shown: "50",
        unit: "%",
        quoted: Some(HOSTILE[0]),
        formula: None,
        derived_from: None,
    },
    Figure {
        id: "h-last",
        chapter: "x",
        label: HOSTILE[2],
        value: 2.0,
        shown: HOSTILE[0],
        unit: HOSTILE[1],
        quoted: None,
        formula: Some(HOSTILE[2]),
        derived_from: Some(("h-this", "h-growth")),
    },
];

static HOSTILE_GROUPS: [ChartGroup; 1] =
    [ChartGroup { state: "s", name: HOSTILE[0], count: Some("h-this"), badge: Some(HOSTILE[1]), items: &HOSTILE }];

#[test]
fn hostile_labels_come_out_as_inert_text_in_every_kind() {
    for kind in ["growth-bars", "industry-tiers", "levels", "figure-cards", "timeline"] {
        let chart: &'static Chart = Box::leak(Box::new(Chart {
            id: "hostile",
            kind,
            title: HOSTILE[0],
            takeaway: HOSTILE[1],
            series: &HOSTILE,
            figures: &["h-this", "h-growth", "h-last"],
            states: &["s"],
            groups: &HOSTILE_GROUPS,
        }));
        let scene =
            Scene { chart, figures: &HOSTILE_FIGURES, width: Width::Narrow, state: "s", derived_mark: HOSTILE[2] };
        let svg = match charts::svg(&scene) {
            Ok(svg) => svg,
            // Timeline needs a date figure first; a refusal is as safe as inert text.
            Err(charts::ChartError::MissingFigure(_)) if kind == "timeline" => continue,
            Err(e) => panic!("{kind}: {e}"),
        };
        assert!(!svg.contains("<script"), "{kind}: {svg}");
        assert!(!svg.contains("<svg onload"), "{kind}");
        assert!(!svg.contains("<b>"), "{kind}");
        assert!(svg.contains("&lt;script&gt;"), "{kind} keeps the label, escaped");
        assert_eq!(svg.matches("<svg").count(), 1, "{kind}: one svg element only");
    }
}

#[test]
fn csv_has_exactly_the_table_numbers_with_a_byte_order_mark() {
    let growth = chart("investment-growth");
    let figures: Vec<&Figure> = growth.figures.iter().filter_map(|id| STORY.figure(id)).collect();
    let csv = csv::csv(&figures, &STORY.ui);
    assert!(csv.starts_with('\u{feff}'));
    let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').lines().collect();
    assert_eq!(lines.len(), figures.len() + 1);
    assert_eq!(lines[0], "指标,数值,单位,算法");
    assert!(lines.contains(&"今年1—8月新增纳统固定资产投资项目,343,个,"));
    assert!(lines
        .iter()
        .any(|l| l.starts_with("上年同期新增纳统固定资产投资项目（由同比增速推算）,250,个,343 ÷ (1 + 37.2%)")));
}

/// The same (chart, width, state) must give the same bytes natively and in wasm: both
/// compare against `tests/snapshots/charts.txt`. `UPDATE_SNAPSHOTS=1` rewrites it.
#[test]
fn svg_output_matches_the_committed_snapshot() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots/charts.txt");
    let current = charts::snapshot::fingerprints();
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, &current).unwrap();
    }
    let committed = std::fs::read_to_string(&path).expect("run with UPDATE_SNAPSHOTS=1 to create the snapshot");
    assert_eq!(current, committed, "chart output changed; if on purpose, run with UPDATE_SNAPSHOTS=1");
}

/// Every colour a chart draws with is mapped back to its design token in the CSS, so dark
/// mode and a portal's theme reach the charts too.
#[test]
fn every_chart_colour_is_mapped_to_its_token_in_css() {
    let css =
        std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("styles/charts.css")).unwrap();
    for ink in Ink::ALL {
        let rgb = ink.rgb();
        let hex = format!("#{:02X}{:02X}{:02X}", rgb.0, rgb.1, rgb.2);
        let rule = format!("[fill=\"{hex}\"] {{ fill: var({}); }}", ink.token());
        let stroke = format!("[stroke=\"{hex}\"] {{ stroke: var({}); }}", ink.token());
        assert!(css.contains(&rule) || css.contains(&stroke), "styles/charts.css maps {hex} to {}", ink.token());
    }
}
