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
    Scene::of(STORY, chart, (width, None), state, progress)
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
                        for room in [None, Some(300), Some(450), Some(700)] {
                            scenes.push(Scene::of(story, chart, (width, room), state, progress));
                        }
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
        let same_room =
            |s: &&Scene| std::ptr::eq(s.chart, first.chart) && s.width == first.width && s.room == first.room;
        for other in scenes.iter().filter(same_room) {
            let d = charts::layout(other).unwrap();
            let other_keys: Vec<&str> = d.marks.iter().map(|m| m.key.as_str()).collect();
            assert_eq!(other_keys, keys, "{} {} → {}: the same marks", first.chart.id, first.state, other.state);
            assert_eq!((d.width, d.height), (base.width, base.height), "{}: the same size", first.chart.id);
        }
    }
}

fn right_edge(m: &Mark) -> i32 {
    let x1 = m.shapes.iter().find_map(|s| match s {
        Shape::Rect { x1, .. } => Some(*x1),
        _ => None,
    });
    m.place.x + (f64::from(x1.unwrap_or(0)) * f64::from(m.place.scale_x) / f64::from(ONE)).round() as i32
}

#[test]
fn investment_nests_its_categories_and_grows_each_bar_showing_only_printed_figures() {
    let printed: Vec<String> = STORY.figures.iter().map(|f| f.as_written()).collect();
    let states = ["new", "over-50m", "over-100m"];
    for (step, state) in states.iter().enumerate() {
        for progress in (0..=20).map(|k| f64::from(k) / 20.0) {
            let d = at("investment-growth", state, progress);
            // Nesting: a contained category's bar never reaches past its container's, and
            // its container's bar lies behind it.
            for pair in states.windows(2).take(step) {
                let (outer, inner) = (mark(&d, &format!("this:{}", pair[0])), mark(&d, &format!("this:{}", pair[1])));
                assert!(
                    right_edge(inner) <= right_edge(outer),
                    "{state} at {progress}: {} inside {}",
                    pair[1],
                    pair[0]
                );
                let ghost = mark(&d, &format!("container:{}", pair[1]));
                assert_eq!(right_edge(ghost), right_edge(outer), "{state}: {}'s container behind it", pair[1]);
            }
            // Every number in the drawing is a printed figure, or a derived one marked.
            let values = ["this-label:", "last-label:", "growth:"];
            let labels = d.marks.iter().filter(|m| m.visible() && values.iter().any(|v| m.key.starts_with(v)));
            for text in labels.flat_map(texts_of) {
                let numbers = text.chars().any(|c| c.is_ascii_digit());
                let derived = text.ends_with(STORY.ui.derived_mark);
                let figure = printed.iter().any(|p| text.starts_with(p.as_str()) || text.ends_with(p.as_str()));
                assert!(!numbers || derived || figure, "{state} at {progress}: “{text}” is no printed figure");
            }
        }
    }
    // The step's bar grows from last year's length with the reader; its count waits for it.
    let bar = |d: &Drawing| mark(d, "this:over-50m").place.scale_x;
    let (start, partway, grown) = (
        at("investment-growth", "over-50m", 0.0),
        at("investment-growth", "over-50m", 0.15),
        at("investment-growth", "over-50m", 0.5),
    );
    assert!(bar(&start) < bar(&partway) && bar(&partway) < ONE && bar(&grown) == ONE);
    assert_eq!(right_edge(mark(&start, "this:over-50m")), right_edge(mark(&start, "last:over-50m")));
    assert!(!mark(&partway, "this-label:over-50m").visible() && mark(&grown, "this-label:over-50m").visible());
    assert!(mark(&partway, "this:over-50m").scrubbed);
    // The end: every figure, growth fastest where the article says, in the accent; only
    // inks the legend names.
    let last = at("investment-growth", "over-100m", 1.0);
    for (state, value, rate) in
        [("new", "343个", "+37.2%"), ("over-50m", "152个", "+100%"), ("over-100m", "134个", "+119.7%")]
    {
        assert_eq!(texts_of(mark(&last, &format!("this-label:{state}"))), vec![value]);
        assert_eq!(texts_of(mark(&last, &format!("growth:{state}"))), vec![rate]);
        // A count beside a container's bar that nearly ends with its own is set past the
        // container's end, not across it.
        if let Some(ghost) = last.marks.iter().find(|m| m.key == format!("container:{state}")) {
            let (bar, count) =
                (right_edge(mark(&last, &format!("this:{state}"))), mark(&last, &format!("this-label:{state}")));
            let edge = right_edge(ghost);
            assert!(edge - bar > 120 || count.place.x > edge, "{state}: its count is set across its container's end");
        }
    }
    let legend: Vec<Ink> =
        last.marks.iter().filter(|m| m.key.starts_with("legend:")).filter_map(fill_or_stroke).collect();
    for m in last.marks.iter().filter(|m| m.visible() && !m.key.starts_with("legend:")) {
        if let Some(ink) = fill_or_stroke(m) {
            assert!(legend.contains(&ink), "{}: {ink:?} is not in the legend {legend:?}", m.key);
        }
    }
    assert!(texts_of(mark(&last, "legend:derived")).concat().contains("推算"), "the legend says what derived means");
}

/// The ink of a mark's first rect (filled or outlined).
fn fill_or_stroke(m: &Mark) -> Option<Ink> {
    m.shapes.iter().find_map(|s| match s {
        Shape::Rect { ink, .. } => Some(*ink),
        _ => None,
    })
}

/// A mark's texts, as laid out in lines.
fn lines_of(d: &Drawing, key: &str) -> Vec<String> {
    texts_of(mark(d, key)).into_iter().map(String::from).collect()
}

#[test]
fn the_industry_system_is_its_formula_with_tiles_as_wide_as_what_they_hold() {
    let overview = at("industry-system", "overview", 1.0);
    let tiles: Vec<&Mark> = overview.marks.iter().filter(|m| m.key.starts_with("tile:")).collect();
    assert_eq!(tiles.len(), 4 + 5 + 1 + 3, "one tile per industry the article names");
    let numbers: Vec<&str> =
        overview.marks.iter().filter(|m| m.key.starts_with("number:")).flat_map(texts_of).collect();
    assert_eq!(numbers, vec!["4", "5", "1", "一批"], "the future tier as the article has it");
    assert_eq!(texts_of(mark(&overview, "note:sub-sector-tracks")), vec!["确定的细分赛道：20条"]);
    let tracks = mark(&overview, "units:sub-sector-tracks");
    assert!(matches!(&tracks.shapes[0], Shape::Units { cells, .. } if cells.len() == 20), "20 tracks as 20 marks");
    // Columns share the width by what they hold: the lone industry's is the narrowest.
    let width_of = |key: &str| match mark(&overview, key).shapes[0] {
        Shape::Rect { x1, .. } => x1,
        _ => unreachable!(),
    };
    let lone = width_of("tile:美妆|编艺|时尚");
    assert!(["tile:低空|经济", "tile:智能|制造", "tile:人形|机器人"].iter().all(|t| width_of(t) > lone), "{lone}");
    // Labels wrap only at their break points: every line is a run of whole parts.
    for edition in Edition::ALL {
        let story = edition.story();
        let chart = story.chart("industry-system").unwrap();
        for width in Width::ALL {
            let d = charts::layout(&Scene::of(story, chart, (width, None), "overview", 1.0)).unwrap();
            for item in chart.groups.iter().flat_map(|g| g.items) {
                for line in lines_of(&d, &format!("tile:{item}")) {
                    assert!(whole_run(&line, item), "{item}: the line “{line}” breaks inside a word");
                }
            }
        }
    }
    // Every state draws the same tiles in the same places: a step changes colours only.
    for state in ["emerging", "advantage", "distinctive", "future"] {
        let d = at("industry-system", state, 1.0);
        for m in &overview.marks {
            assert_eq!(mark(&d, &m.key).place.x, m.place.x, "{state}: {} stays", m.key);
            assert_eq!(mark(&d, &m.key).place.y, m.place.y, "{state}: {} stays", m.key);
        }
    }
    let advantage = at("industry-system", "advantage", 1.0);
    assert_eq!(fill_of(mark(&advantage, "tile:智能|家居")), Some(Ink::Accent));
    assert_eq!(fill_of(mark(&advantage, "tile:低空|经济")), Some(Ink::Rule));
}

/// Whether `line` is a run of whole phrases of the display text `text` (its parts between
/// break points and spaces): what a line of a label may be.
fn whole_run(line: &str, text: &str) -> bool {
    // The text as read, and where in it a line may start and end.
    let (mut read, mut starts, mut ends) = (String::new(), vec![0], Vec::new());
    for c in text.chars() {
        if c == '|' || c == ' ' {
            ends.push(read.len());
            if c == ' ' {
                read.push(c);
            }
            starts.push(read.len());
        } else {
            read.push(c);
        }
    }
    ends.push(read.len());
    starts.iter().any(|&a| ends.iter().any(|&b| b >= a && read[a..b] == *line))
}

#[test]
fn figure_groups_and_timelines_break_labels_only_at_their_break_points() {
    for edition in Edition::ALL {
        let story = edition.story();
        for chart in story.charts.iter().filter(|c| matches!(c.kind, ChartKind::FigureCards | ChartKind::Timeline)) {
            for width in Width::ALL {
                let d = charts::layout(&Scene::of(story, chart, (width, None), chart.states[0], 1.0)).unwrap();
                // What each mark may say: its figures' numbers (a long one wraps as running
                // text), their labels, the derived mark, and a timeline's event names.
                let figures: Vec<&Figure> = story.figures_of(chart).collect();
                let mut texts: Vec<String> = figures.iter().map(|f| f.label.to_owned()).collect();
                texts.extend(figures.iter().map(|f| format!("{}　|{}", f.as_written(), f.label)));
                texts.extend(chart.groups.iter().map(|g| g.name.to_owned()));
                for m in &d.marks {
                    for line in texts_of(m) {
                        let number = figures.iter().any(|f| f.as_written().contains(line));
                        let fits = line == story.ui.derived_mark || texts.iter().any(|t| whole_run(line, t));
                        assert!(number || fits, "{} {}: “{line}” breaks inside a word", edition.code(), chart.id);
                    }
                }
            }
        }
    }
}

#[test]
fn a_display_label_too_wide_for_its_tile_without_a_break_point_is_an_error() {
    let story = Edition::Hans.story();
    let chart = story.chart("industry-system").unwrap();
    let future = ChartGroup {
        items: &["可穿戴智能设备等可穿戴智能设备等可穿戴智能设备等可"], ..chart.groups[3]
    };
    let [a, b, c, _] = chart.groups else { unreachable!() };
    let groups: &'static [ChartGroup] =
        Box::leak(Box::new([ChartGroup { ..*a }, ChartGroup { ..*b }, ChartGroup { ..*c }, future]));
    let unbroken: &'static Chart = Box::leak(Box::new(Chart { groups, ..*chart }));
    let result = charts::layout(&Scene::of(story, unbroken, (Width::Narrow, None), "overview", 1.0));
    assert_eq!(
        result.err(),
        Some(charts::ChartError::Unbreakable("可穿戴智能设备等可穿戴智能设备等可穿戴智能设备等可".to_owned()))
    );
}

#[test]
fn english_tiers_too_long_for_four_columns_are_listed_one_under_another() {
    let story = Edition::En.story();
    let chart = story.chart("industry-system").unwrap();
    let scene = Scene::of(story, chart, (Width::Narrow, None), "emerging", 1.0);
    let d = charts::layout(&scene).unwrap();
    let top = |key: &str| mark(&d, key).place.y;
    let tiers = ["number:emerging", "number:advantage", "number:distinctive", "number:future"];
    assert!(tiers.windows(2).all(|pair| top(pair[0]) < top(pair[1])), "one under another");
    // An industry's chip follows its tier's header, in the tier's band.
    assert!(top("tile:Low-altitude economy") > top("number:emerging"));
    assert!(top("tile:Low-altitude economy") < top("number:advantage"));
    // In a room too short for every name, only the tier in focus names its industries (the
    // others show a square each), and the drawing keeps its size from step to step.
    let short = |state| charts::layout(&Scene::of(story, chart, (Width::Narrow, Some(400)), state, 1.0)).unwrap();
    let (overview, emerging) = (short("overview"), short("emerging"));
    assert!(texts_of(mark(&overview, "tile:Low-altitude economy")).is_empty());
    assert_eq!(texts_of(mark(&emerging, "tile:Low-altitude economy")), vec!["Low-altitude economy"]);
    assert!(texts_of(mark(&emerging, "tile:Smart home")).is_empty());
    assert_eq!((overview.width, overview.height), (emerging.width, emerging.height));
}

#[test]
fn the_medical_network_draws_every_level_and_each_bracket_spans_its_own() {
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
    let levels = ["general-hospital", "medical-districts", "health-centres", "village-clinics"];
    let first = at("medical-network", "hospital", 1.0);
    assert_eq!(levels.map(|k| units(&first, &format!("level:{k}"))), [1, 2, 23, 767]);
    // Each bracket's bar spans exactly the marks of the level it joins.
    for level in &levels[1..] {
        let body = mark(&first, &format!("level:{level}"));
        let (left, right) = body.shapes.iter().fold((i32::MAX, i32::MIN), |(l, r), s| match s {
            Shape::Dot { x, r: radius, .. } => (l.min(x - radius), r.max(x + radius)),
            Shape::Units { cells, size, .. } => {
                cells.iter().fold((l, r), |(l, r), (x, _)| (l.min(*x), r.max(x + size)))
            }
            _ => (l, r),
        });
        let bar = mark(&first, &format!("link:{level}")).shapes.iter().find_map(|s| match s {
            Shape::Line { from, to, .. } if from.1 == to.1 => Some((from.0.min(to.0), from.0.max(to.0))),
            _ => None,
        });
        assert_eq!(bar, Some((left, right)), "{level}'s bracket spans its marks");
    }
    // Nothing moves between states (no line can cross a label mid-tween); levels light.
    for state in ["framework", "whole"] {
        for progress in [0.0, 0.2, 1.0] {
            let d = at("medical-network", state, progress);
            assert!(d.marks.iter().zip(&first.marks).all(|(a, b)| a.place == b.place), "{state}: nothing moves");
        }
    }
    let ink = |d: &Drawing, key: &str| match &mark(d, key).shapes[0] {
        Shape::Dot { ink, .. } | Shape::Units { ink, .. } => *ink,
        _ => unreachable!(),
    };
    assert_eq!(ink(&first, "level:general-hospital"), Ink::Accent);
    assert_eq!(ink(&first, "level:village-clinics"), Ink::Dim);
    let early = at("medical-network", "framework", 0.1);
    let reached = at("medical-network", "framework", 0.6);
    assert_eq!(ink(&early, "level:village-clinics"), Ink::Dim, "the clinics light when the sentence reaches them");
    assert_eq!(ink(&reached, "level:village-clinics"), Ink::Accent);
    // The clinics fill their width.
    let (w, clinics) = (f64::from(first.width), mark(&first, "level:village-clinics"));
    let Shape::Units { cells, size, .. } = &clinics.shapes[0] else { unreachable!() };
    let span = cells.iter().map(|c| c.0 + size).max().unwrap() - cells.iter().map(|c| c.0).min().unwrap();
    assert!(f64::from(span) > w * 0.95, "the clinics span {span} of {w}");
    let texts: Vec<&str> = first.texts().collect();
    for expected in ["1个总医院", "2个片区", "23个卫生院", "767个卫生室"] {
        assert!(texts.contains(&expected), "{expected} in {texts:?}");
    }
}

#[test]
fn a_sequences_drawing_fills_the_room_it_is_given() {
    for id in ["investment-growth", "industry-system", "medical-network"] {
        let chart = chart(id);
        for width in Width::ALL {
            let natural = charts::layout(&scene_in(chart, width, None)).unwrap().height as i32;
            for room in [natural + 40, natural + 200] {
                let d = charts::layout(&scene_in(chart, width, Some(room))).unwrap();
                assert_eq!(d.height as i32, room, "{id} {}: as tall as its room", width.name());
                let bottom = lowest_mark(&d);
                assert!(
                    room - bottom <= 48,
                    "{id} {} in {room}: {} units empty at the bottom",
                    width.name(),
                    room - bottom
                );
            }
        }
    }
}

fn scene_in(chart: &'static Chart, width: Width, room: Option<i32>) -> Scene<'static> {
    Scene::of(STORY, chart, (width, room), chart.states[0], 1.0)
}

/// Where the lowest shape of the drawing ends (an estimate for text: its size).
fn lowest_mark(d: &Drawing) -> i32 {
    d.marks
        .iter()
        .flat_map(|m| {
            m.shapes.iter().map(move |s| {
                let bottom = match s {
                    Shape::Rect { y1, .. } => *y1,
                    Shape::Dot { y, r, .. } => y + r,
                    Shape::Units { cells, size, .. } => cells.iter().map(|c| c.1 + size).max().unwrap_or(0),
                    Shape::Line { from, to, .. } => from.1.max(to.1),
                    Shape::Text { y, size, .. } => y + i32::from(*size),
                };
                m.place.y + bottom
            })
        })
        .max()
        .unwrap_or(0)
}

#[test]
fn figure_cards_write_numbers_as_the_article_does() {
    let texts: Vec<String> = at("huinuo-project", "all", 1.0).texts().map(String::from).collect();
    for expected in ["12亿元", "100亩", "6亿元", "近2个月"] {
        assert!(texts.iter().any(|t| t == expected), "{expected} in {texts:?}");
    }
}

#[test]
fn every_figure_group_has_a_lead_drawn_largest_and_the_only_accent() {
    for chart in STORY.charts.iter().filter(|c| c.kind == ChartKind::FigureCards) {
        let lead = chart.lead.expect("a figure group has a lead").figure;
        for scene in every_scene().into_iter().filter(|s| s.chart.id == chart.id) {
            let d = charts::layout(&scene).unwrap();
            let texts = |m: &Mark| -> Vec<(u16, Ink)> {
                m.shapes
                    .iter()
                    .filter_map(|s| match s {
                        Shape::Text { size, ink, .. } => Some((*size, *ink)),
                        _ => None,
                    })
                    .collect()
            };
            let lead_size = texts(mark(&d, &format!("card:{lead}"))).iter().map(|t| t.0).max().unwrap();
            for m in d.marks.iter().filter(|m| m.key != format!("card:{lead}")) {
                for (size, ink) in texts(m) {
                    assert!(
                        size * 4 <= lead_size * 3,
                        "{}: {} is set at {size} px beside a {lead_size}-px lead",
                        chart.id,
                        m.key
                    );
                    assert_ne!(ink, Ink::Accent, "{}: {} is in the accent, which belongs to the lead", chart.id, m.key);
                }
            }
            // Units where the data asks: as many marks as the lead counts.
            if chart.lead.is_some_and(|l| l.units) {
                let units =
                    mark(&d, &format!("card:{lead}")).shapes.iter().filter(|s| matches!(s, Shape::Rect { .. })).count();
                assert_eq!(units as f64, STORY.figure(lead).unwrap().value, "{}: one mark per unit", chart.id);
            }
        }
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

static HOSTILE_GROUPS: [ChartGroup; 1] = [ChartGroup {
    state: "s",
    name: HOSTILE[0],
    count: Some("h-this"),
    badge: Some(HOSTILE[1]),
    quantity: Some(HOSTILE[2]),
    items: &HOSTILE,
}];

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
            lead: None,
        }));
        let scene = Scene {
            chart,
            figures: &HOSTILE_FIGURES,
            width: Width::Narrow,
            room: None,
            state: "s",
            progress: 1.0,
            derived_mark: HOSTILE[2],
            derived_note: HOSTILE[0],
        };
        let painted = match charts::draw(&scene) {
            Ok(painted) => painted,
            // Timeline needs a date figure first, and a label too wide with no break point
            // is refused (the build fails on it): a refusal is as safe as inert text.
            Err(charts::ChartError::MissingFigure(_)) if kind == ChartKind::Timeline => continue,
            Err(charts::ChartError::Unbreakable(_)) => continue,
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
