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

/// Where the tiers stand: four columns, or two by two, and the rows their tiles need.
struct Grid {
    four: bool,
    col_w: i32,
    /// Each tier's tiles, in the order of the chart's groups.
    tiles: Vec<Vec<Tile>>,
    /// Room above a tier's tiles for its number and name (two by two only).
    header: i32,
    /// Where each tier's block starts.
    block_y: Vec<i32>,
    /// The tallest tier's tiles (a lone tile stands as tall).
    tallest: i32,
    blocks_top: i32,
    blocks_height: i32,
}

impl Grid {
    fn new(groups: &[ChartGroup], w: i32) -> Grid {
        let four = words_fit(groups, f64::from((w - 3 * GAP) / 4 - 2 * TILE_PAD));
        let columns = if four { 4 } else { 2 };
        let col_w = (w - (columns - 1) * GAP) / columns;
        let inner = f64::from(col_w - 2 * TILE_PAD);
        let tiles: Vec<Vec<Tile>> = groups.iter().map(|g| tiles(g, inner)).collect();
        let header = if four { 0 } else { 34 };
        let row_of = |i: usize| if four { 0 } else { i / 2 };
        let rows = if four { 1 } else { groups.len().div_ceil(2) };
        let row_height: Vec<i32> = (0..rows)
            .map(|r| (0..tiles.len()).filter(|i| row_of(*i) == r).map(|i| header + tiles_height(&tiles[i])).max())
            .map(Option::unwrap_or_default)
            .collect();
        let blocks_top = if four { 62 } else { 0 };
        let mut row_y = Vec::with_capacity(rows);
        for (r, _) in row_height.iter().enumerate() {
            let above: i32 = row_height[..r].iter().map(|h| h + 14).sum();
            row_y.push(blocks_top + above);
        }
        let block_y = (0..tiles.len()).map(|i| row_y[row_of(i)]).collect();
        let tallest = tiles.iter().map(|t| tiles_height(t)).max().unwrap_or(0);
        let blocks_height = row_height.iter().sum::<i32>() + (rows as i32 - 1) * 14;
        Grid { four, col_w, tiles, header, block_y, tallest, blocks_top, blocks_height }
    }

    /// The left edge of tier `i`'s column.
    fn x(&self, i: usize) -> i32 {
        let column = if self.four { i as i32 } else { (i % 2) as i32 };
        column * (self.col_w + GAP)
    }

    fn note_top(&self) -> i32 {
        self.blocks_top + self.blocks_height + 14
    }
}

fn tiles_height(tiles: &[Tile]) -> i32 {
    tiles.iter().map(|t| tile_height(t) + GAP).sum::<i32>() - GAP
}

/// How a tier is drawn in the state: lit (in the overview or in focus), brought forward.
#[derive(Clone, Copy)]
struct Emphasis {
    lit: bool,
    forward: bool,
    overview: bool,
}

pub fn layout(scene: &Scene) -> Result<Drawing, ChartError> {
    let w = scene.w();
    let mut d = Drawing::new(scene.width.px());
    let groups = scene.chart.groups;
    let focus = focus(scene);
    let grid = Grid::new(groups, w);
    // The content's height, then where each state puts it.
    let content_height = grid.note_top() + 22;
    let height = FRAME_TOP + content_height + 10;
    let content = match focus {
        None => {
            let left = ((f64::from(w) * (1.0 - FRAME_SCALE)) / 2.0).round() as i32;
            Content { top: FRAME_TOP, scale: FRAME_SCALE, left }
        }
        Some(_) => Content { top: (height - content_height) / 2, scale: 1.0, left: 0 },
    };
    frame(&mut d, scene, content_height, focus.is_none());
    for (i, group) in groups.iter().enumerate() {
        let lit = focus.is_none_or(|f| f == group.state);
        let emphasis = Emphasis { lit, forward: focus == Some(group.state), overview: focus.is_none() };
        tier_heading(&mut d, &grid, &content, i, group, emphasis);
        tier_tiles(&mut d, &grid, &content, i, emphasis);
    }
    notes(&mut d, scene, &grid, &content, focus)?;
    d.height = height as u32;
    Ok(d)
}

/// The frame: Qingdao's “10+1”, around the whole in the overview only.
fn frame(d: &mut Drawing, scene: &Scene, content_height: i32, shown: bool) {
    let w = scene.w();
    let frame_bottom = FRAME_TOP + (f64::from(content_height) * FRAME_SCALE).round() as i32 + 6;
    d.mark("frame").shown(shown).rect((0, 0), (w, frame_bottom), Ink::Rule, false);
    if let Some(context) = scene.chart.context {
        let line = wrap_lines(context, f64::from(w - 20), 13.0, 1).concat();
        d.mark("context").at(10, 8).shown(shown).text(0, 0, line, 13, Ink::Muted);
    }
}

/// A tier's number (with the “+” before it) and its name: over its column, or beside its
/// number two by two.
fn tier_heading(d: &mut Drawing, grid: &Grid, content: &Content, i: usize, group: &ChartGroup, emphasis: Emphasis) {
    let (x, y, four) = (grid.x(i), grid.block_y[i], grid.four);
    let centre = x + grid.col_w / 2;
    if let Some(badge) = group.badge {
        let mark = d.mark(format!("number:{}", group.state));
        let ink = if emphasis.lit { Ink::Accent } else { Ink::Muted };
        if four {
            content.place(mark, centre, 0).text(0, 0, badge, NUMBER, ink).styled(Anchor::Middle, true);
        } else {
            content.place(mark, x, y).text(0, 0, badge, 24, ink).styled(Anchor::Start, true);
        }
    }
    if four && i > 0 {
        let mark = d.mark(format!("plus:{i}"));
        content.place(mark, x - GAP / 2, 8).text(0, 0, "+", PLUS, Ink::Muted).styled(Anchor::Middle, true);
    }
    let name_ink = if emphasis.lit { Ink::Text } else { Ink::Muted };
    let name = d.mark(format!("group:{}", group.state));
    if four {
        let line = wrap_lines(group.name, f64::from(grid.col_w), f64::from(GROUP), 1).concat();
        content.place(name, centre, 38).text(0, 0, line, GROUP, name_ink).styled(Anchor::Middle, true);
    } else {
        let lines = wrap_lines(group.name, f64::from(grid.col_w - 24), f64::from(GROUP), 2);
        content.place(name, x + 22, y + if lines.len() > 1 { 0 } else { 8 });
        for (k, line) in lines.iter().enumerate() {
            name.text(0, k as i32 * 17, line.as_str(), GROUP, name_ink).styled(Anchor::Start, true);
        }
    }
}

/// A tier's tiles, one under another in its column.
fn tier_tiles(d: &mut Drawing, grid: &Grid, content: &Content, i: usize, emphasis: Emphasis) {
    let (fill, ink) = match (emphasis.overview, emphasis.forward) {
        (true, _) => (Ink::AccentSoft, Ink::Text),
        (false, true) => (Ink::Accent, Ink::Surface),
        (false, false) => (Ink::Rule, Ink::Muted),
    };
    let tiles = &grid.tiles[i];
    let mut ty = grid.block_y[i] + grid.header;
    for tile in tiles {
        // A lone tile stands as tall as the tallest column: no column stands half empty.
        let h = if tiles.len() == 1 && grid.four { grid.tallest } else { tile_height(tile) };
        let mark = d.mark(tile.key.clone());
        content.place(mark, grid.x(i), ty).rect((0, 0), (grid.col_w, h), fill, true);
        for (k, line) in tile.lines.iter().enumerate() {
            mark.text(TILE_PAD, TILE_PAD + k as i32 * TILE_LINE, line.as_str(), TILE, ink)
                .styled(Anchor::Start, emphasis.forward);
        }
        ty += h + GAP;
    }
}

/// Figures of the chart that belong to no tier (the 20 sub-sector tracks) close it.
fn notes(
    d: &mut Drawing,
    scene: &Scene,
    grid: &Grid,
    content: &Content,
    focus: Option<&str>,
) -> Result<(), ChartError> {
    let groups = scene.chart.groups;
    let counted: Vec<&str> = groups.iter().filter_map(|g| g.count).collect();
    for id in scene.chart.figures.iter().filter(|id| !counted.contains(id)) {
        let figure = scene.figure(id)?;
        let lit = focus.is_none() || focus == groups.last().map(|g| g.state);
        let line = format!("{}：{}", figure.label, figure.as_written());
        let line = wrap_lines(&line, f64::from(scene.w()), f64::from(NOTE), 1).concat();
        let mark = d.mark(format!("note:{id}"));
        content.place(mark, 0, grid.note_top()).text(0, 0, line, NOTE, if lit { Ink::Text } else { Ink::Muted });
        mark.styled(Anchor::Start, lit);
    }
    Ok(())
}
