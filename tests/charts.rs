//! Chart functions, natively: what each draws in each state, at each width and progress;
//! that a chart's marks keep their keys from state to state and its size never changes;
//! that text stays legible and inside the drawing; that hostile labels come out as inert
//! text; and that the output is the committed snapshot (which the wasm test checks too).
#![cfg(not(target_arch = "wasm32"))]

use pingdu_story::charts::marks::{Anchor, ONE};
use pingdu_story::charts::paint::Prim;
use pingdu_story::charts::{self, csv, scrubs, text, Drawing, Ink, Mark, Scene, Shape, Width};
use pingdu_story::content::{Chart, ChartGroup, ChartKind, Edition, Figure, STORY};

fn scene(chart: &'static Chart, width: Width, state: &'static str, progress: f64) -> Scene<'static> {
    Scene { chart, figures: STORY.figures, width, state, progress, derived_mark: STORY.ui.derived_mark }
}

fn chart(id: &str) -> &'static Chart {
    STORY.chart(id).unwrap_or_else(|| panic!("no chart {id}"))
}

fn at(id: &str, state: &'static str, progress: f64) -> Drawing {
    charts::layout(&scene(chart(id), Width::Narrow, state, progress)).unwrap()
}

/// Every scene of every edition: each chart in each state, width and (for a chart that
/// follows the reader) progress.
fn every_scene() -> Vec<Scene<'static>> {
    let mut scenes = Vec::new();
    for edition in Edition::ALL {
        let story = edition.story();
        for chart in story.charts {
            let progresses: &[f64] = if scrubs(chart) { &[0.0, 0.2, 0.5, 1.0] } else { &[1.0] };
            for state in chart.states {
                for width in Width::ALL {
                    for &progress in progresses {
                        let derived_mark = story.ui.derived_mark;
                        scenes.push(Scene { chart, figures: story.figures, width, state, progress, derived_mark });
                    }
                }
            }
        }
    }
    scenes
}

fn mark<'d>(d: &'d Drawing, key: &str) -> &'d Mark {
    d.get(key).unwrap_or_else(|| panic!("no mark {key} in {:?}", d.marks.iter().map(|m| &m.key).collect::<Vec<_>>()))
}

fn texts_of(m: &Mark) -> Vec<&str> {
    m.shapes
        .iter()
        .filter_map(|s| match s {
            Shape::Text { text, .. } => Some(text.as_str()),
            _ => None,
        })
        .collect()
}

fn fill_of(m: &Mark) -> Option<Ink> {
    m.shapes.iter().find_map(|s| match s {
        Shape::Rect { ink, filled: true, .. } => Some(*ink),
        _ => None,
    })
}

#[test]
fn every_chart_lays_out_and_paints_in_every_state_width_and_progress() {
    for scene in every_scene() {
        let painted = charts::draw(&scene).unwrap_or_else(|e| panic!("{} {}: {e}", scene.chart.id, scene.state));
        assert_eq!(painted.width, scene.width.px());
        assert!(
            painted.marks.iter().any(|m| m.prims.iter().any(|p| matches!(p, Prim::Text { .. }))),
            "{}",
            scene.chart.id
        );
        // Laying out is a pure function: the same scene, the same drawing.
        assert_eq!(charts::layout(&scene).unwrap(), charts::layout(&scene).unwrap());
    }
}

#[test]
fn a_charts_marks_keep_their_keys_and_its_size_from_state_to_state() {
    let scenes = every_scene();
    for first in &scenes {
        let base = charts::layout(first).unwrap();
        let keys: Vec<&str> = base.marks.iter().map(|m| m.key.as_str()).collect();
        let mut unique = keys.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), keys.len(), "{}: every key once", first.chart.id);
        for other in scenes.iter().filter(|s| std::ptr::eq(s.chart, first.chart) && s.width == first.width) {
            let d = charts::layout(other).unwrap();
            let other_keys: Vec<&str> = d.marks.iter().map(|m| m.key.as_str()).collect();
            assert_eq!(other_keys, keys, "{} {} → {}: the same marks", first.chart.id, first.state, other.state);
            assert_eq!((d.width, d.height), (base.width, base.height), "{}: the same size", first.chart.id);
        }
    }
}

#[test]
fn investment_growth_grows_each_steps_bar_with_the_reader_and_counts_up() {
    // Every category's last year is there from the first step: the chart is whole at once.
    let start = at("investment-growth", "new", 0.0);
    for state in ["new", "over-50m", "over-100m"] {
        assert!(mark(&start, &format!("last:{state}")).visible(), "last year of {state}");
        assert_eq!(texts_of(mark(&start, &format!("last-label:{state}")))[0].split(' ').nth(1), Some("推算"));
    }
    assert!(!mark(&start, "this:over-50m").visible(), "a later step's bar waits");
    // At the step's start the bar is last year's length, and counts from last year's value.
    let bar = |d: &Drawing, s: &str| mark(d, &format!("this:{s}")).place.scale_x;
    let full = |s: &str| match mark(&start, &format!("this:{s}")).shapes[0] {
        Shape::Rect { x1, .. } => x1,
        _ => unreachable!(),
    };
    let last_len = match mark(&start, "last:new").shapes[0] {
        Shape::Rect { x1, .. } => x1,
        _ => unreachable!(),
    };
    assert_eq!((f64::from(bar(&start, "new")) / f64::from(ONE) * f64::from(full("new"))).round() as i32, last_len);
    assert_eq!(texts_of(mark(&start, "this-label:new")), vec!["250个"]);
    assert!(!mark(&start, "growth:new").visible());
    // Partway it has grown and counted on, and is marked as following the reader.
    let partway = at("investment-growth", "new", 0.15);
    assert!(bar(&partway, "new") > bar(&start, "new") && bar(&partway, "new") < ONE);
    let counted: i32 = texts_of(mark(&partway, "this-label:new"))[0].trim_end_matches('个').parse().unwrap();
    assert!(counted > 250 && counted < 343, "{counted}");
    assert!(mark(&partway, "this:new").scrubbed);
    // From a third of the way it holds the reported value, with its growth rate.
    let grown = at("investment-growth", "new", 0.5);
    assert_eq!(bar(&grown, "new"), ONE);
    assert_eq!(texts_of(mark(&grown, "this-label:new")), vec!["343个"]);
    assert_eq!(texts_of(mark(&grown, "growth:new")), vec!["+37.2%"]);
    assert!(mark(&grown, "growth:new").visible());
    // The last step: every category grown, the earlier ones receded.
    let last = at("investment-growth", "over-100m", 1.0);
    for (state, value, rate) in
        [("new", "343个", "+37.2%"), ("over-50m", "152个", "+100%"), ("over-100m", "134个", "+119.7%")]
    {
        assert_eq!(bar(&last, state), ONE);
        assert_eq!(texts_of(mark(&last, &format!("this-label:{state}"))), vec![value]);
        assert_eq!(texts_of(mark(&last, &format!("growth:{state}"))), vec![rate]);
    }
    assert_eq!(fill_of(mark(&last, "this:over-100m")), Some(Ink::Accent));
    assert_eq!(fill_of(mark(&last, "this:new")), Some(Ink::Dim));
}

#[test]
fn the_industry_system_is_its_formula_with_one_tile_per_industry() {
    let overview = at("industry-system", "overview", 1.0);
    let tiles: Vec<&Mark> = overview.marks.iter().filter(|m| m.key.starts_with("tile:")).collect();
    assert_eq!(tiles.len(), 4 + 5 + 1 + 1, "eleven tiles");
    let numbers: Vec<&str> =
        overview.marks.iter().filter(|m| m.key.starts_with("number:")).flat_map(texts_of).collect();
    assert_eq!(numbers, vec!["4", "5", "1", "1"]);
    assert_eq!(overview.marks.iter().filter(|m| m.key.starts_with("plus:")).count(), 3);
    // The overview sits inside Qingdao's “10+1”, a little smaller.
    assert!(mark(&overview, "frame").visible());
    assert_eq!(texts_of(mark(&overview, "context")), vec!["青岛“10+1”创新型产业"]);
    assert!(tiles.iter().all(|t| t.place.scale_x < ONE && fill_of(t) == Some(Ink::AccentSoft)));
    assert_eq!(texts_of(mark(&overview, "note:sub-sector-tracks")), vec!["确定的细分赛道：20条"]);
    // The future tier is one tile listing its industries.
    assert_eq!(texts_of(mark(&overview, "tile:future")).concat(), "人形机器人空天装备可穿戴智能设备等");

    // A tier's step: no frame, full size, that tier forward and the others receded.
    let advantage = at("industry-system", "advantage", 1.0);
    assert!(!mark(&advantage, "frame").visible());
    assert_eq!(fill_of(mark(&advantage, "tile:智能家居")), Some(Ink::Accent));
    assert_eq!(fill_of(mark(&advantage, "tile:低空经济")), Some(Ink::Rule));
    assert_eq!(mark(&advantage, "tile:智能家居").place.scale_x, ONE);
}

#[test]
fn english_tiles_that_do_not_fit_four_columns_stand_two_by_two() {
    let story = Edition::En.story();
    let chart = story.chart("industry-system").unwrap();
    let scene = Scene {
        chart,
        figures: story.figures,
        width: Width::Narrow,
        state: "emerging",
        progress: 1.0,
        derived_mark: "",
    };
    let d = charts::layout(&scene).unwrap();
    let left = |key: &str| mark(&d, key).place.x;
    assert_eq!(left("number:emerging"), left("number:distinctive"), "a column of two tiers");
    assert!(left("number:advantage") > left("number:emerging"));
}

#[test]
fn the_medical_network_grows_level_by_level_and_fills_its_space() {
    let units = |d: &Drawing, key: &str| -> usize {
        mark(d, key)
            .shapes
            .iter()
            .map(|s| match s {
                Shape::Dot { .. } => 1,
                Shape::Units { cells, .. } => cells.len(),
                _ => 0,
            })
            .sum()
    };
    let first = at("medical-network", "hospital", 1.0);
    assert_eq!(
        ["level:hospital", "level:districts", "level:centres", "level:clinics"].map(|k| units(&first, k)),
        [1, 2, 23, 767],
        "one unit per hospital, district, centre and clinic"
    );
    assert!(mark(&first, "level:hospital").visible() && !mark(&first, "level:districts").visible());
    // The first step's one dot is drawn large; the last step shows the whole at full size.
    let last = at("medical-network", "clinics", 1.0);
    assert!(mark(&first, "level:hospital").place.scale_x > mark(&last, "level:hospital").place.scale_x);
    assert!(["level:hospital", "level:districts", "level:centres", "level:clinics"]
        .iter()
        .all(|k| mark(&last, k).visible()));
    let texts: Vec<&str> = last.texts().collect();
    for expected in ["1个总医院", "2个片区", "23个卫生院", "767个卫生室"] {
        assert!(texts.contains(&expected), "{expected} in {texts:?}");
    }
}

#[test]
fn figure_cards_write_numbers_as_the_article_does() {
    let texts: Vec<String> = at("huinuo-project", "all", 1.0).texts().map(String::from).collect();
    for expected in ["12亿元", "100亩", "6亿元", "近2个月"] {
        assert!(texts.iter().any(|t| t == expected), "{expected} in {texts:?}");
    }
}

#[test]
fn text_is_legible_and_stays_inside_the_drawing() {
    for scene in every_scene() {
        let drawing = charts::layout(&scene).unwrap();
        for m in drawing.marks.iter().filter(|m| m.visible()) {
            let (sx, sy) = (f64::from(m.place.scale_x) / 1000.0, f64::from(m.place.scale_y) / 1000.0);
            for shape in &m.shapes {
                let Shape::Text { x, y, text: t, size, anchor, .. } = shape else { continue };
                let (at, px) = (scene.chart.id, scene.width.px());
                let shown = f64::from(*size) * sx;
                assert!(shown >= 12.0, "{at} {}: “{t}” is {shown}px", scene.state);
                let w = text::width(t, f64::from(*size));
                let (left, right) = match anchor {
                    Anchor::Start => (f64::from(*x), f64::from(*x) + w),
                    Anchor::Middle => (f64::from(*x) - w / 2.0, f64::from(*x) + w / 2.0),
                    Anchor::End => (f64::from(*x) - w, f64::from(*x)),
                };
                let (left, right) = (f64::from(m.place.x) + left * sx, f64::from(m.place.x) + right * sx);
                let top = f64::from(m.place.y) + f64::from(*y) * sy;
                assert!(
                    left >= -1.0 && right <= f64::from(px) + 1.0,
                    "{at} {} at {px}px: “{t}” spans {left}..{right}",
                    scene.state
                );
                assert!(top >= 0.0 && top < f64::from(drawing.height), "{at} {}: “{t}” below the drawing", scene.state);
            }
        }
    }
}

#[test]
fn every_shape_a_reader_sees_stays_inside_the_drawing() {
    for scene in every_scene() {
        let d = charts::layout(&scene).unwrap();
        for m in d.marks.iter().filter(|m| m.visible()) {
            let (sx, sy) = (f64::from(m.place.scale_x) / 1000.0, f64::from(m.place.scale_y) / 1000.0);
            let at =
                |x: i32, y: i32| (f64::from(m.place.x) + f64::from(x) * sx, f64::from(m.place.y) + f64::from(y) * sy);
            let corners: Vec<(f64, f64)> = m
                .shapes
                .iter()
                .flat_map(|shape| match shape {
                    Shape::Rect { x0, y0, x1, y1, .. } => vec![at(*x0, *y0), at(*x1, *y1)],
                    Shape::Dot { x, y, r, .. } => vec![at(x - r, y - r), at(x + r, y + r)],
                    Shape::Units { cells, size, .. } => {
                        cells.iter().flat_map(|(x, y)| [at(*x, *y), at(x + size, y + size)]).collect()
                    }
                    Shape::Line { from, to, .. } => vec![at(from.0, from.1), at(to.0, to.1)],
                    Shape::Text { .. } => vec![],
                })
                .collect();
            for (x, y) in corners {
                let inside = x >= -1.0 && x <= f64::from(d.width) + 1.0 && y >= -1.0 && y <= f64::from(d.height) + 1.0;
                assert!(
                    inside,
                    "{} {} {}: {} reaches ({x}, {y}) of {}×{}",
                    scene.chart.id,
                    scene.width.name(),
                    scene.state,
                    m.key,
                    d.width,
                    d.height
                );
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
    use pingdu_story::components::drawing::{DrawingProps, DrawingView};
    for kind in ChartKind::ALL {
        let chart: &'static Chart = Box::leak(Box::new(Chart {
            id: "hostile",
            kind,
            title: HOSTILE[0],
            takeaway: HOSTILE[1],
            series: &HOSTILE,
            context: Some(HOSTILE[2]),
            figures: &["h-this", "h-growth", "h-last"],
            states: &["s"],
            groups: &HOSTILE_GROUPS,
        }));
        let scene = Scene {
            chart,
            figures: &HOSTILE_FIGURES,
            width: Width::Narrow,
            state: "s",
            progress: 1.0,
            derived_mark: HOSTILE[2],
        };
        let painted = match charts::draw(&scene) {
            Ok(painted) => painted,
            // Timeline needs a date figure first; a refusal is as safe as inert text.
            Err(charts::ChartError::MissingFigure(_)) if kind == ChartKind::Timeline => continue,
            Err(e) => panic!("{kind:?}: {e}"),
        };
        let props = DrawingProps { chart_id: "hostile", painted: painted.into(), width: Width::Narrow, settle: false };
        let html = futures::executor::block_on(yew::LocalServerRenderer::<DrawingView>::with_props(props).render());
        assert!(!html.contains("<script"), "{kind:?}: {html}");
        assert!(!html.contains("<svg onload"), "{kind:?}");
        assert!(!html.contains("<b>"), "{kind:?}");
        assert!(html.contains("&lt;script&gt;"), "{kind:?} keeps the label, escaped");
        assert_eq!(html.matches("<svg").count(), 1, "{kind:?}: one svg element only");
    }
}

#[test]
fn csv_has_exactly_the_table_numbers_with_a_byte_order_mark() {
    let growth = chart("investment-growth");
    let figures: Vec<&Figure> = STORY.figures_of(growth).collect();
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

/// The same (chart, width, state, progress) must give the same marks natively and in
/// wasm: both compare against `tests/snapshots/charts.txt`. `UPDATE_SNAPSHOTS=1` rewrites it.
#[test]
fn chart_output_matches_the_committed_snapshot() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots/charts.txt");
    let current = charts::snapshot::fingerprints();
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, &current).unwrap();
    }
    let committed = std::fs::read_to_string(&path).expect("run with UPDATE_SNAPSHOTS=1 to create the snapshot");
    assert_eq!(current, committed, "chart output changed; if on purpose, run with UPDATE_SNAPSHOTS=1");
}

/// Every colour a chart fills or strokes with is mapped back to its design token in the
/// CSS, as a fill or as a stroke as it is drawn, so dark mode and a portal's theme reach
/// the charts too.
#[test]
fn every_chart_colour_is_mapped_to_its_token_in_css() {
    let css =
        std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("styles/charts.css")).unwrap();
    let (mut fills, mut strokes) = (Vec::new(), Vec::new());
    for scene in every_scene() {
        for prim in charts::draw(&scene).unwrap().marks.iter().flat_map(|m| &m.prims) {
            match prim {
                Prim::Rect { ink, filled: true, .. } | Prim::Text { ink, .. } | Prim::Circle { ink, .. } => {
                    fills.push(*ink)
                }
                Prim::Rect { ink, filled: false, .. } | Prim::Polyline { ink, .. } => strokes.push(*ink),
            }
        }
    }
    for (used, property) in [(fills, "fill"), (strokes, "stroke")] {
        for ink in Ink::ALL.into_iter().filter(|ink| used.contains(ink)) {
            let rule = format!("[{property}=\"{}\"] {{ {property}: var({}); }}", ink.hex(), ink.token());
            assert!(css.contains(&rule), "styles/charts.css maps {property} {} to {}", ink.hex(), ink.token());
        }
    }
}
