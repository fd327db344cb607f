//! The “4+5+1+1” industry system as a picture of its formula: the four numbers over four
//! columns of tiles, one tile per industry (4 emerging, 5 advantage, 1 distinctive, and one
//! for the future industries, listing them), with the 20 sub-sector tracks stated below.
//! The overview sets the whole inside Qingdao's “10+1” frame, drawn a little smaller; each
//! tier's step takes the frame away, brings that tier's tiles forward in colour and lets
//! the others recede. Where the tiles' words do not fit four columns (English on a phone),
//! the tiers stand two by two.

use super::marks::{Anchor, Drawing, Ink, Mark};
use super::text::{width, wrap_balanced, wrap_lines};
use super::{ChartError, Scene};
use crate::content::ChartGroup;

const NUMBER: u16 = 30;
const PLUS: u16 = 20;
const GROUP: u16 = 14;
const TILE: u16 = 14;
const TILE_LINE: i32 = 17;
const TILE_PAD: i32 = 6;
const GAP: i32 = 6;
const NOTE: u16 = 14;
/// Room above the content for the frame's label; the overview draws the content at this
/// scale inside the frame.
const FRAME_TOP: i32 = 28;
const FRAME_SCALE: f64 = 0.93;

/// Which tier is in focus: the step's state, or `None` for the overview.
pub fn focus<'a>(scene: &Scene<'a>) -> Option<&'a str> {
    scene.chart.groups.iter().map(|g| g.state).find(|s| *s == scene.state)
}

/// A tile: one industry, or (for a tier counted as one that names several) all of them.
struct Tile {
    key: String,
    lines: Vec<String>,
}

fn tiles(group: &ChartGroup, inner: f64) -> Vec<Tile> {
    let counted = group.badge.and_then(|b| b.parse::<usize>().ok());
    if counted == Some(group.items.len()) || counted.is_none() {
        return group
            .items
            .iter()
            .map(|item| Tile { key: format!("tile:{item}"), lines: wrap_balanced(item, inner, f64::from(TILE), 3) })
            .collect();
    }
    let lines = group.items.iter().flat_map(|item| wrap_balanced(item, inner, f64::from(TILE), 2)).take(6).collect();
    vec![Tile { key: format!("tile:{}", group.state), lines }]
}

fn tile_height(tile: &Tile) -> i32 {
    tile.lines.len() as i32 * TILE_LINE + 2 * TILE_PAD
}

/// Whether every word of every tile fits a column `inner` px wide (none is cut; Chinese
/// breaks between any two characters).
fn words_fit(groups: &[ChartGroup], inner: f64) -> bool {
    let words = groups.iter().flat_map(|g| g.items).flat_map(|item| item.split(' '));
    words.filter(|word| word.is_ascii()).all(|word| width(word, f64::from(TILE)) <= inner)
}

/// A mark of the content, placed where the state puts the content (inside the frame, a
/// little smaller, in the overview).
struct Content {
    top: i32,
    scale: f64,
    left: i32,
}

impl Content {
    fn place<'d>(&self, mark: &'d mut Mark, x: i32, y: i32) -> &'d mut Mark {
        let at = |v: i32| (f64::from(v) * self.scale).round() as i32;
        mark.at(self.left + at(x), self.top + at(y)).scaled(self.scale, self.scale)
    }
}

pub fn layout(scene: &Scene) -> Result<Drawing, ChartError> {
    let w = scene.w();
    let mut d = Drawing::new(scene.width.px());
    let groups = scene.chart.groups;
    let focus = focus(scene);
    let four = {
        let inner = f64::from((w - 3 * GAP) / 4 - 2 * TILE_PAD);
        words_fit(groups, inner)
    };
    let columns = if four { 4 } else { 2 };
    let col_w = (w - (columns - 1) * GAP) / columns;
    let inner = f64::from(col_w - 2 * TILE_PAD);

    // Where each tier's block starts (column, row) and how tall its tiles stand.
    let laid: Vec<(usize, Vec<Tile>)> = groups.iter().enumerate().map(|(i, g)| (i, tiles(g, inner))).collect();
    let header = if four { 0 } else { 34 };
    let tiles_height = |t: &[Tile]| t.iter().map(|t| tile_height(t) + GAP).sum::<i32>() - GAP;
    let row_of = |i: usize| if four { 0 } else { i / 2 };
    let rows = if four { 1 } else { groups.len().div_ceil(2) };
    let row_height: Vec<i32> = (0..rows)
        .map(|r| laid.iter().filter(|(i, _)| row_of(*i) == r).map(|(_, t)| header + tiles_height(t)).max().unwrap_or(0))
        .collect();
    let numbers_top = 0;
    let names_top = if four { 38 } else { 0 };
    let blocks_top = if four { 62 } else { 0 };

    // The content's height, then where each state puts it.
    let blocks_height: i32 = row_height.iter().sum::<i32>() + (rows as i32 - 1) * 14;
    let note_top = blocks_top + blocks_height + 14;
    let content_height = note_top + 22;
    let height = FRAME_TOP + content_height + 10;
    let content = match focus {
        None => {
            let left = ((f64::from(w) * (1.0 - FRAME_SCALE)) / 2.0).round() as i32;
            Content { top: FRAME_TOP, scale: FRAME_SCALE, left }
        }
        Some(_) => Content { top: (height - content_height) / 2, scale: 1.0, left: 0 },
    };

    // The frame: Qingdao's “10+1”, around the whole in the overview only.
    let frame_bottom = FRAME_TOP + (f64::from(content_height) * FRAME_SCALE).round() as i32 + 6;
    d.mark("frame").shown(focus.is_none()).rect((0, 0), (w, frame_bottom), Ink::Rule, false);
    if let Some(context) = scene.chart.context {
        let line = wrap_lines(context, f64::from(w - 20), 13.0, 1).concat();
        d.mark("context").at(10, 8).shown(focus.is_none()).text(0, 0, line, 13, Ink::Muted);
    }

    let mut block_y = vec![blocks_top; groups.len()];
    let mut y = blocks_top;
    for (r, h) in row_height.iter().enumerate() {
        for (i, _) in laid.iter().filter(|(i, _)| row_of(*i) == r) {
            block_y[*i] = y;
        }
        y += h + 14;
    }
    let tallest = laid.iter().map(|(_, t)| tiles_height(t)).max().unwrap_or(0);
    for (i, group) in groups.iter().enumerate() {
        let lit = focus.is_none_or(|f| f == group.state);
        let forward = focus == Some(group.state);
        let column = if four { i as i32 } else { (i % 2) as i32 };
        let x = column * (col_w + GAP);
        let centre = x + col_w / 2;
        if let Some(badge) = group.badge {
            let mark = d.mark(format!("number:{}", group.state));
            let ink = if lit { Ink::Accent } else { Ink::Muted };
            if four {
                content.place(mark, centre, numbers_top).text(0, 0, badge, NUMBER, ink).styled(Anchor::Middle, true);
            } else {
                content.place(mark, x, block_y[i]).text(0, 0, badge, 24, ink).styled(Anchor::Start, true);
            }
        }
        if four && i > 0 {
            let mark = d.mark(format!("plus:{i}"));
            content
                .place(mark, x - GAP / 2, numbers_top + 8)
                .text(0, 0, "+", PLUS, Ink::Muted)
                .styled(Anchor::Middle, true);
        }
        let name_ink = if lit { Ink::Text } else { Ink::Muted };
        let name = d.mark(format!("group:{}", group.state));
        if four {
            let line = wrap_lines(group.name, f64::from(col_w), f64::from(GROUP), 1).concat();
            content.place(name, centre, names_top).text(0, 0, line, GROUP, name_ink).styled(Anchor::Middle, true);
        } else {
            let lines = wrap_lines(group.name, f64::from(col_w - 24), f64::from(GROUP), 2);
            content.place(name, x + 22, block_y[i] + if lines.len() > 1 { 0 } else { 8 });
            for (k, line) in lines.iter().enumerate() {
                name.text(0, k as i32 * 17, line.as_str(), GROUP, name_ink).styled(Anchor::Start, true);
            }
        }
        let (fill, ink) = match (focus, forward) {
            (None, _) => (Ink::AccentSoft, Ink::Text),
            (Some(_), true) => (Ink::Accent, Ink::Surface),
            (Some(_), false) => (Ink::Rule, Ink::Muted),
        };
        let tiles = &laid[i].1;
        let mut ty = block_y[i] + header;
        for tile in tiles {
            // A lone tile stands as tall as the tallest column: no column stands half empty.
            let h = if tiles.len() == 1 && four { tallest } else { tile_height(tile) };
            let mark = d.mark(tile.key.clone());
            content.place(mark, x, ty).rect((0, 0), (col_w, h), fill, true);
            for (k, line) in tile.lines.iter().enumerate() {
                mark.text(TILE_PAD, TILE_PAD + k as i32 * TILE_LINE, line.as_str(), TILE, ink)
                    .styled(Anchor::Start, forward);
            }
            ty += h + GAP;
        }
    }

    // Figures of the chart that belong to no tier (the 20 sub-sector tracks) close it.
    let counted: Vec<&str> = groups.iter().filter_map(|g| g.count).collect();
    for id in scene.chart.figures.iter().filter(|id| !counted.contains(id)) {
        let figure = scene.figure(id)?;
        let lit = focus.is_none() || focus == groups.last().map(|g| g.state);
        let line = format!("{}：{}", figure.label, figure.as_written());
        let line = wrap_lines(&line, f64::from(w), f64::from(NOTE), 1).concat();
        let mark = d.mark(format!("note:{id}"));
        content.place(mark, 0, note_top).text(0, 0, line, NOTE, if lit { Ink::Text } else { Ink::Muted });
        mark.styled(Anchor::Start, lit);
    }
    d.height = height as u32;
    Ok(d)
}
